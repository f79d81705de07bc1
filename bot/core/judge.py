"""The judge step: what an entry says (facts) and which rules fire on it (matches).

One function for every caller that judges text: the pipeline, `conflict-alerts match`,
`conflict-alerts test-rule` and the chat's `/test`. Whether a fact is news is the resolver's
question (`bot.core.resolve`), asked inside the entry's transaction against the stored state.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.extract import extract_facts
from bot.core.model import Entry, Fact, RuleMatch
from bot.core.rules import RuleSet


@dataclass(frozen=True, slots=True)
class Judgment:
    facts: tuple[Fact, ...]
    matches: tuple[RuleMatch, ...]


def judge(entry: Entry, ruleset: RuleSet) -> Judgment:
    """Extract the facts of the entry (its publication date dates relative figures) and match them."""
    published = entry.published.date() if entry.published else None
    facts = extract_facts(entry.title, entry.summary, published, language=entry.language)
    return Judgment(tuple(facts), tuple(ruleset.match(entry, facts)))
