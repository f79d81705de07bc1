"""A bug that the text of one item reaches in an extractor costs that item its facts and nothing else:
the other items of the feed, and the other lines of a `match` run, are read as always, and the failure
is logged with the item's link (a feed poll used to fail on every tick while such an item was in it)."""

from __future__ import annotations

import json
import logging

import pytest

from bot.core import judge
from bot.core.items import item_entry
from bot.core.rules import RuleSet
from bot.match_cmd import match_line


def _buggy(real):  # type: ignore[no-untyped-def]
    def extract(title: str, summary: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "trips the bug" in title:
            raise StopIteration  # what a `next()` without a default raised in one reader
        return real(title, summary, *args, **kwargs)

    return extract


@pytest.fixture
def buggy_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judge, "extract_facts", _buggy(judge.extract_facts))


def _entry(title: str, index: int, link: str = "https://news.example/item"):  # type: ignore[no-untyped-def]
    return item_entry({"id": f"i{index}", "title": title, "url": link}, index)


def test_the_failing_item_has_no_facts_and_the_failure_is_logged(
    buggy_extractor: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="conflict_alerts.judge"):
        assert judge.entry_facts(_entry("This headline trips the bug", 0)) == ()
    (record,) = caplog.records
    assert record.event == "extract_failed"  # type: ignore[attr-defined]
    assert record.exc_info is not None


def test_the_next_item_is_read_as_always(buggy_extractor: None) -> None:
    judge.entry_facts(_entry("This headline trips the bug", 0))
    facts = judge.entry_facts(_entry("Shelling kills 14 civilians in Kharkiv", 1))
    assert [(f.count, f.kind) for f in facts] == [(14, "killed")]  # type: ignore[union-attr]


def test_match_answers_every_line(buggy_extractor: None) -> None:
    ruleset = RuleSet([])
    lines = [
        {"id": "a", "title": "This headline trips the bug"},
        {"id": "b", "title": "Shelling kills 14 civilians in Kharkiv"},
    ]
    answers = [
        json.loads(match_line(json.dumps(line).encode(), number, ruleset, None))
        for number, line in enumerate(lines, start=1)
    ]
    assert answers[0] == {"id": "a", "facts": [], "alerts": []}
    assert [f["count"] for f in answers[1]["facts"]] == [14]
