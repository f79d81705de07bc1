"""What the English extractor makes of one item, in the shapes the hard-negative unit tests compare: one
module, so each tests/unit/test_negatives_round* file states its cases rather than its own copy of these
readers (as tests/unit/multilingual_facts.py does for the ten languages)."""

from __future__ import annotations

from datetime import date

from bot.core.extract import explain_item, extract_facts
from bot.core.model import CasualtyFigure


def casualty_figures(day: date, title: str, summary: str = "") -> list[CasualtyFigure]:
    """Each casualty figure read from the item, published on `day`."""
    return [f for f in extract_facts(title, summary, day) if isinstance(f, CasualtyFigure)]


def casualty_counts(day: date, title: str, summary: str = "") -> list[int | None]:
    """The count of each casualty figure read from the item, published on `day`."""
    return [f.count for f in casualty_figures(day, title, summary)]


def dropped_vetoes(day: date, title: str, summary: str = "") -> set[str]:
    """The named vetoes that dropped a candidate figure of the item, published on `day`."""
    return {d.veto for d in explain_item(title, summary, day).dropped}


def embargoes(title: str, summary: str = "") -> set[tuple[str | None, str | None, str]]:
    """(actor, target, action) of each embargo fact read from the item as English."""
    return {
        (f.actor, f.target, f.action)
        for f in extract_facts(title, summary, None, language="en")
        if f.type == "arms_embargo"
    }


def recognitions(title: str, summary: str = "") -> set[tuple[tuple[str, ...], str, str]]:
    """(sorted actors, recognised entity, status) of each recognition fact read from the item as English."""
    return {
        (tuple(sorted(f.actors)), f.recognized, f.status)
        for f in extract_facts(title, summary, None, language="en")
        if f.type == "recognition"
    }
