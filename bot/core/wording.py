"""Words for what the bot prints: counts ("1 alert", "2 alerts"), and "did you mean" for a name that
is close to a known one."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """`count` and the noun, singular for exactly one ("1 entry", "0 entries", "3 entries")."""
    if count == 1:
        return f"{count} {noun}"
    if plural_noun is None:
        plural_noun = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{count} {plural_noun}"


def did_you_mean(got: object, known: Iterable[str]) -> str:
    """" did you mean 'x'?" for the known name closest to a misspelled one, else ""."""
    if not isinstance(got, str):
        return ""
    names = list(known)
    close = difflib.get_close_matches(got, names, n=1, cutoff=0.7)
    if not close:  # 'Desk' for 'desk': compare without case
        lowered = difflib.get_close_matches(got.lower(), [k.lower() for k in names], n=1, cutoff=0.7)
        close = [k for k in names if lowered and k.lower() == lowered[0]][:1]
    return f" (did you mean '{close[0]}'?)" if close else ""
