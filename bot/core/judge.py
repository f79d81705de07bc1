"""The judge step: what an entry says (facts) and which rules fire on it (matches).

One function for every caller that judges text: the pipeline, `conflict-alerts match`,
`conflict-alerts test-rule` and the chat's `/test`. Whether a fact is news is the resolver's
question (`bot.core.resolve`), asked inside the entry's transaction against the stored state.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.extract import extract_facts
from bot.core.model import Entry, Fact, RuleMatch

if TYPE_CHECKING:  # the parser process reads facts (entry_facts) and never loads the rules
    from bot.core.rules import RuleSet

log = logging.getLogger("conflict_alerts.judge")


@dataclass(frozen=True, slots=True)
class Judgment:
    facts: tuple[Fact, ...]
    matches: tuple[RuleMatch, ...]


def judge(entry: Entry, ruleset: RuleSet, facts: tuple[Fact, ...] | None = None) -> Judgment:
    """Extract the facts of the entry (unless given: read already by `entry_facts`, in the parser
    process) and match them."""
    if facts is None:
        facts = entry_facts(entry)
    return Judgment(facts, tuple(ruleset.match(entry, facts)))


def entry_facts(entry: Entry) -> tuple[Fact, ...]:
    """The facts of an entry; its publication date dates relative figures ("yesterday")."""
    published = entry.published.date() if entry.published else None
    try:
        return tuple(extract_facts(entry.title, entry.summary, published, language=entry.language))
    except Exception:
        # a bug the text of one item reaches must cost that item its facts, never the rest of its
        # feed (the poll of the feed would fail on every tick while the item is in it) nor a `match`
        # run; keyword rules still see the item
        item = entry.link or entry.key
        log.exception(
            "extracting facts from an item failed; it is judged with no facts: %s", item,
            extra={"event": "extract_failed", "fields": {"feed": entry.feed_id, "item": item}},
        )
        return ()
