"""Figures told by their place beside another figure (pure; no I/O):

- a part told by its place: "killed 19 people across Gaza, including seven in Deir al-Balah";
- a part told by when or where it happened: "killed 21 across Gaza, eight of them in a single strike
  on a house in Gaza City", "killed 11 over the weekend, six of them on Sunday alone";
- a sibling told by its place, counted by the same verb: "killed four people in Kharkiv and two in
  Odesa", "five in Nabatieh, three in Tyre and one in Marjayoun".

Each takes the figure's kind and victims; its own place (with the figure's country) when it names one.
"""

from __future__ import annotations

import re

from bot.core.extract.casualty_one_victim import figure_why
from bot.core.extract.casualty_scope_words import SINGLE
from bot.core.extract.clause_places import place_within
from bot.core.extract.figure_places import (
    NEXT_PART_WHERE,
    PART_AMONG_WHERE,
    PART_OF_THEM_WHERE,
    PLACE_NAME,
    TIME_WORDS,
    locative_places,
    specific_place,
)
from bot.core.extract.numbers import QUANTITY, parse_quantity
from bot.core.extract.places import find_places
from bot.core.extract.text import Sentence
from bot.core.model import CasualtyFigure

# (count, qualifier, place or the part's own words, end)
Part = tuple[int | None, str, str, int]

# the figure's own place right after it: "killed four people in Kharkiv"
_OWN_PLACE = re.compile(rf"\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?{PLACE_NAME}")
_SIBLING_BY_PLACE = re.compile(
    rf"\s*(?:,\s*and|,|and)\s+(?P<q>{QUANTITY})\s+(?:(?:more|others|people|civilians)\s+)?(?:in|at)\s+"
    rf"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(?P<place>{PLACE_NAME})",
    re.I,
)
# what makes a part one incident or one day within a running toll
_ONE_INCIDENT_OR_DAY = re.compile(
    r"\b(?:single|one)\s+(?:strike|attack|raid|house|building|blast|explosion|incident)\b|"
    r"\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:today|yesterday)\b",
    re.I,
)


def place_siblings_after(s: str, end: int) -> list[Part]:
    """The siblings told by their place after a figure that ends at `end` and names its own place."""
    own = _OWN_PLACE.match(s, end)
    return [] if own is None else siblings_from(s, own.end())


def siblings_from(s: str, pos: int) -> list[Part]:
    """The figures told by their place from `pos` on: ", three in Tyre and one in Marjayoun"."""
    out: list[Part] = []
    while (m := _SIBLING_BY_PLACE.match(s, pos)) is not None:
        place = m.group("place")
        if place.split()[0].lower() in TIME_WORDS:
            break
        count, qual = parse_quantity(m.group("qual"), m.group("num"))
        if count is None:
            break
        out.append((count, qual, place, m.end()))
        pos = m.end()
    return out


# a part told by what its people were doing: "among them 12 who were waiting for aid in Deir al-Balah"
# (a part that names its victims after the verb, "including two who were children", is parts_after's)
_PART_WHO = re.compile(
    rf",?\s*\b(?:including|among\s+them|among\s+whom)\s+(?:(?:at\s+least|some)\s+)?(?P<q>{QUANTITY})\s+"
    r"(?:who|that)\s+(?:were|was|had\s+been)\s+(?P<rest>\w+ing\b[^,;]*)",
    re.I,
)


_PART_HEADS = (" of ", " who ", " that ", " among ", "including")


def part_of_them_where(s: str, end: int) -> list[Part]:
    """(count, qualifier, the part's own words, end) of "N of them in/on ...", "among them N in ..." or
    "among them N who were waiting for aid in ..." right after a figure, and of the further parts told
    the same way after it ("..., and six at a tent camp in Mawasi")."""
    window = s[end : end + 110]
    if not any(w in window for w in _PART_HEADS):
        return []  # a cheap test first
    m = PART_OF_THEM_WHERE.match(s, end) or PART_OF_THEM_WHERE.match(s, s.find(",", end))
    m = m or PART_AMONG_WHERE.search(s, end, end + 160) or _PART_WHO.search(s, end, end + 160)
    if m is None or len(s[end : m.start()]) > 100:
        return []
    count, qual = parse_quantity(m.group("qual"), m.group("num"))
    if count is None:
        return []
    out: list[Part] = [(count, qual, m.group("rest"), m.end())]
    if m.re is _PART_WHO:
        return out
    while (nxt := NEXT_PART_WHERE.match(s, out[-1][3])) is not None:
        count, qual = parse_quantity(nxt.group("qual"), nxt.group("num"))
        if count is None:
            break
        out.append((count, qual, nxt.group("rest"), nxt.end()))
    return out


def figure_by_place(
    sent: Sentence,
    q_start: int,
    part: Part,
    whole: CasualtyFigure,
    read: tuple[str, list[tuple[str, str]], str],
) -> tuple[CasualtyFigure, int]:
    """The figure of a part or sibling told by its place, with the whole's kind and victims.

    `read`: (the recognizer's name, the whole's roles, the whole's running-toll evidence)."""
    recognizer, roles, cumulative_why = read
    pcount, pqual, said, pend = part
    told_by_place = recognizer != "part_of_them_where"
    place = said if told_by_place else _place_in(said)
    location = place_within(place, whole.location) if place else whole.location
    cumulative = whole.cumulative
    # "including 1,180 in the past day" of a toll since 2022: the day's (casualty_scope_words.SINGLE)
    if not told_by_place and cumulative and (_ONE_INCIDENT_OR_DAY.search(said) or SINGLE.search(said)):
        cumulative, cumulative_why = False, f"one incident or day of the running toll: '{said.strip()}'"
    how = "a sibling told by its place" if recognizer == "place_sibling" else "a part of the figure before"
    part_roles = [
        ("count", f"{pcount} ({pqual}), {how}"),
        *[(r, e) for r, e in roles if r not in {"count", "location"}],
        ("location", f"{location}: '{place}', its own place" if place else f"{location}: the figure's"),
    ]
    trigger = dict(roles).get("kind", "").split("'")[1:2] or [""]
    why = figure_why(recognizer, trigger[0], sent, q_start, pend, part_roles, cumulative_why)
    fact = CasualtyFigure(
        pcount,
        pqual,
        whole.kind,
        whole.victims,
        location,
        cumulative,
        evidence=sent.text.strip(),
        why=why,
    )
    return fact, pend


def _place_in(words: str) -> str | None:
    """The most specific place a part's own words name ("in a house in the Tuffah neighbourhood of
    Gaza City" -> "Gaza City"), or None."""
    cities = [m for m in find_places(words) if m.city]
    if cities:  # "a house in the Tuffah neighbourhood of Gaza City": the city, as labels name places
        return cities[-1].surface
    places = locative_places(words)
    if places:
        return places[-1][1].split(", ")[0]
    return specific_place(words)
