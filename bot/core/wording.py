"""Counts in words for what the bot prints: "1 alert", "2 alerts"."""

from __future__ import annotations


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """`count` and the noun, singular for exactly one ("1 entry", "0 entries", "3 entries")."""
    if count == 1:
        return f"{count} {noun}"
    if plural_noun is None:
        plural_noun = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{count} {plural_noun}"
