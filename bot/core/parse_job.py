"""What the parser process does with one feed document (bot/throughput.py FeedParser): parse it and,
for a feed polled for the first time, read the facts of its entries as well.

A first poll's entries are all new, so their facts will be needed: read in the parser process, the
extraction runs beside the database work of the bot's process instead of taking turns with it (a
cold start of thousands of feeds is mostly that work). Later polls bring a few new entries among
many seen ones; which are new is known only after the seen-filter, in the bot's process, so their
facts are read there (`bot.core.judge`). Pure: the same facts as `judge` would read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.core.model import Fact
from bot.core.parse import ParsedFeed, parse_feed, take_newest


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    feed: ParsedFeed
    # The facts of the newest `facts_for` entries, by entry key (empty unless asked for).
    facts: Mapping[str, tuple[Fact, ...]] = field(default_factory=dict)


def parse_document(
    body: bytes,
    *,
    feed_id: str,
    url: str,
    source: str,
    headers: Mapping[str, str],
    now: datetime,
    facts_for: int = 0,
) -> ParsedDocument:
    """`parse_feed`, and with `facts_for` the facts of that many of the newest entries (the ones the
    poll will read: `settings.max_entries_per_poll`)."""
    parsed = parse_feed(body, feed_id=feed_id, url=url, source=source, headers=headers, now=now)
    if facts_for <= 0 or not parsed.entries:
        return ParsedDocument(parsed)
    # Imported at the first document that needs it: a worker that only parses stays small.
    from bot.core.judge import entry_facts

    newest, _ = take_newest(parsed.entries, facts_for, now)
    return ParsedDocument(parsed, {entry.key: entry_facts(entry) for entry in newest})
