"""The extraction layer: news text in, typed facts out (pure; no I/O).

`extract_facts(title, summary, published)` is what the matcher calls for every entry. Each extractor
starts with a cheap prefilter (a casualty word and a number; "embargo/arms/weapons/licence"; "recogni")
so that most items cost one or two regex scans. Title and summary are read as one text (the title
as its own first sentence), and a figure or event they both state becomes one fact.
"""

from __future__ import annotations

from datetime import date, datetime

from bot.core.extract.casualties import extract_casualties as _casualties
from bot.core.extract.casualties import might_have_casualties
from bot.core.extract.embargoes import extract_embargoes as _embargoes
from bot.core.extract.embargoes import might_have_embargoes
from bot.core.extract.places import canonical_name, regions_of
from bot.core.extract.recognitions import extract_recognitions as _recognitions
from bot.core.extract.recognitions import might_have_recognitions
from bot.core.model import ArmsEmbargo, CasualtyFigure, Fact, Recognition

__all__ = [
    "canonical_name",
    "extract_casualties",
    "extract_embargoes",
    "extract_facts",
    "extract_recognitions",
    "regions_of",
]


def _day(published: date | datetime | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def extract_casualties(text: str, published: date | None = None) -> list[CasualtyFigure]:
    """Casualty figures about violence in `text` (not disasters, accidents or disease)."""
    return _casualties(text, _day(published))


def extract_embargoes(text: str, published: date | None = None) -> list[ArmsEmbargo]:
    """Arms-embargo developments in `text` (not oil, trade or press embargoes)."""
    return _embargoes(text, _day(published))


def extract_recognitions(text: str, published: date | None = None) -> list[Recognition]:
    """Diplomatic recognitions in `text` (not facial recognition or awards)."""
    return _recognitions(text, _day(published))


# The first, cheapest gate: plain substring tests on the lowercased text (C speed, no regex).
_CASUALTY_STEMS = (
    "kill",
    "dead",
    "death",
    "died",
    "die",
    "fatalit",
    "casualt",
    "wound",
    "injur",
    "missing",
    "martyr",
    "murder",
    "massacr",
    "slain",
    "execut",
    "perish",
    "lives",
    "toll",
    "hurt",
    "unaccounted",
    "disappeared",
)
_EMBARGO_STEMS = (
    "embargo",
    "arms",
    "weapon",
    "munition",
    "military",
    "defence",
    "defense",
    "licen",
    "permit",
    "f-35",
    "f-16",
    "fighter jet",
)


def extract_facts(title: str, summary: str, published: date | None = None) -> list[Fact]:
    """Every fact in one news item: casualties, then embargoes, then recognitions."""
    title = " ".join(title.split())
    text = f"{title}\n{summary}" if summary else title
    low = text.lower()
    day = _day(published)
    facts: list[Fact] = []
    if any(s in low for s in _CASUALTY_STEMS) and might_have_casualties(text):
        facts.extend(_casualties(text, day))
    if any(s in low for s in _EMBARGO_STEMS) and might_have_embargoes(text):
        facts.extend(_embargoes(text, day))
    if "recogni" in low and might_have_recognitions(text):
        facts.extend(_recognitions(text, day))
    return facts
