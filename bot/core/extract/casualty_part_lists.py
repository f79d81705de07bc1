"""Parts of a figure told in lists the readers of casualty_readings did not take (pure; no I/O): a part
whose "among them" follows it ("killed 40 villagers, six women among them") and the further parts of
"N of them ..." ("13 of them civilians and one a soldier", "25 of them Indians and one from Nepal")."""

from __future__ import annotations

import re

from bot.core.extract.casualty_patterns import AUX, VICTIMS
from bot.core.extract.numbers import QUANTITY, parse_quantity

__all__ = ["KIND_NEXT", "PART_AMONG_AFTER", "of_them_more", "sibling_after"]

# a casualty word right after a group: the group is counted by its own verb ("and 20 were wounded")
KIND_NEXT = re.compile(
    rf"\s*(?:{AUX}\s+){{0,3}}(?:killed|dead|died|wounded|injured|hurt|missing|kidnapped|abducted)\b", re.I
)
_SIBLING = re.compile(rf"\s+and\s+(?P<q>{QUANTITY})\s+(?P<vic>{VICTIMS})", re.I)
# a part whose "among them" follows it: "killed 40 villagers, six women among them", "with eight pupils
# among them"
PART_AMONG_AFTER = re.compile(
    rf",\s*(?:with\s+)?(?:(?:at\s+least|some)\s+)?(?P<q>{QUANTITY})\s+(?P<vic>{VICTIMS})\s+among\s+them\b",
    re.I,
)
# the further parts of "N of them": "13 of them civilians and one a soldier", "25 of them Indians and
# one from Nepal", "17 of them soldiers and four civilians" (the whole's victims when none is named)
_PART_OF_THEM_MORE = re.compile(
    rf"\s*(?:,\s*and|,|and)\s+(?P<q>{QUANTITY})\s+(?:(?:an?|from)\s+)?(?P<vic>{VICTIMS})?", re.I
)


def of_them_more(s: str, pos: int) -> list[tuple[int | None, str, str, int]]:
    """The parts told after "N of them ...": "and one a soldier", "and one from Nepal", "and four
    civilians"; not a group with its own casualty word ("and 20 were wounded")."""
    out: list[tuple[int | None, str, str, int]] = []
    while (more := _PART_OF_THEM_MORE.match(s, pos)) is not None and not KIND_NEXT.match(s, more.end()):
        if more.group("vic") is None and not re.match(r"\s+from\s+(?-i:[A-Z])", s[more.end("q") :]):
            break  # a bare number is no part: "and 12 ..." of another count
        count, qual = parse_quantity(more.group("qual"), more.group("num"))
        out.append((count, qual, more.group("vic") or "", more.end()))
        pos = more.end()
    return out


def sibling_after(s: str, end: int) -> tuple[int | None, str, str, int] | None:
    """A second group counted by the same verb: "killed 33 children and two teachers" -> two teachers.
    Not when a casualty word of its own follows ("killed 20 soldiers and 5 civilians were wounded")."""
    m = _SIBLING.match(s, end)
    if m is None or KIND_NEXT.match(s, m.end()):
        return None
    count, qual = parse_quantity(m.group("qual"), m.group("num"))
    return (count, qual, m.group("vic"), m.end()) if count is not None or qual == "vague" else None
