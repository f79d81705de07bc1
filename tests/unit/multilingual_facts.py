"""What the ten-language reader finds in one item, in the shapes the unit tests compare: one module,
so each tests/unit/test_multilingual_* file states its cases rather than its own copy of these readers."""

from __future__ import annotations

from typing import Any

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json

# (the recognising states, sorted; what they recognise; the status)
RecognitionGroup = tuple[tuple[str, ...], str, str]
# (actor, target, action)
EmbargoRoles = tuple[str | None, str | None, str | None]


def _facts(language: str, title: str, summary: str, kind: str) -> list[dict[str, Any]]:
    return [f for f in (fact_json(f) for f in read_facts(language, title, summary)) if f["type"] == kind]


def recognition_groups(language: str, title: str, summary: str = "") -> set[RecognitionGroup]:
    """Each recognition fact as (its actors, what they recognise, its status)."""
    return {
        (tuple(sorted(f["actors"])), f["recognized"], f["status"])
        for f in _facts(language, title, summary, "recognition")
    }


def embargo_roles(language: str, title: str, summary: str = "") -> set[EmbargoRoles]:
    """Each arms-embargo fact as (its actor, its target, its action)."""
    return {(f["actor"], f["target"], f["action"]) for f in _facts(language, title, summary, "arms_embargo")}
