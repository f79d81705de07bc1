"""The parser process reads a first poll's facts (bot/core/parse_job.py): the same facts the bot's
process would read, for the entries the poll reads and no others."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.judge import entry_facts
from bot.core.parse_job import ParsedDocument, parse_document
from tests.fakes.feed_server import FeedItem, rss_document

NOW = datetime(2026, 5, 4, 12, tzinfo=UTC)
HOUR = timedelta(hours=1)
SHELLING = "Nine villagers were killed and 20 wounded when shells hit the market on Sunday, officials said."
ITEMS = [
    FeedItem("Shelling kills 9 in a market town", "https://news.example/a", SHELLING, "a", NOW - HOUR),
    FeedItem("Norway suspends arms exports to Israel", "https://news.example/b",
             "Norway said on Monday it had suspended all arms exports to Israel.", "b", NOW - 2 * HOUR),
    FeedItem("Floods close schools", "https://news.example/c", "Schools stayed shut.", "c", NOW - 3 * HOUR),
]  # fmt: skip


def _parse(facts_for: int) -> ParsedDocument:
    return parse_document(
        rss_document(ITEMS), feed_id="f", url="https://news.example/feed", source="Outlet", headers={},
        now=NOW, facts_for=facts_for,
    )  # fmt: skip


def test_the_facts_read_with_the_document_are_the_facts_of_each_entry() -> None:
    document = _parse(facts_for=250)
    assert set(document.facts) == {"a", "b", "c"}
    for entry in document.feed.entries:
        assert document.facts[entry.key] == entry_facts(entry)
    assert document.facts["a"] and document.facts["b"] and not document.facts["c"]


def test_facts_are_read_only_when_asked_and_only_for_the_newest_the_poll_reads() -> None:
    assert _parse(facts_for=0).facts == {}
    assert set(_parse(facts_for=2).facts) == {"a", "b"}
