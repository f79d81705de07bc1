"""The place a figure's neighbouring words give when its own stretch names none (pure; no I/O): a
clause that opens with its place, the main clause of a participle ("hit a block in Bucha, outside
Kyiv, killing five"), and the place of a part within its whole's country."""

from __future__ import annotations

import re
from typing import Protocol

from bot.core.extract.figure_places import NOT_A_PLACE, PLACE_NAME, town_in_region
from bot.core.extract.numbers import QUANTITY_RE
from bot.core.extract.places import Mention, canonical_name


class Locating(Protocol):
    """What these readers need of an item's context: the places a text puts things in."""

    def locative(self, text: str) -> list[tuple[int, str]]: ...


def not_an_earlier_figures(stretch: str, at: int, places: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The places of a stretch less those told of an earlier figure right before them ("kills 2 in
    Kharkiv as missile wounds 9 in Sumy": Kharkiv is the 2's place, not the 9's), unless none is left."""
    own = [
        (pos, p) for pos, p in places if pos > at or not QUANTITY_RE.search(stretch, max(0, pos - 25), pos)
    ]
    return own or places


# a clause that opens with its place: "In Odesa, three people died ...; in Dnipro, two more were killed"
# (after a report's lead too: "The office said that in Kordofan, 450 civilians had been killed")
_FRONTED = re.compile(
    r"(?:[^,;]{0,60}?\b(?:said|says|reported|reports|added|noted|stated)\s+(?:that\s+)?)?"
    rf"\s*(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?{PLACE_NAME}\s*,$",
    re.I,
)


def fronted_place(sentence: str, lo: int, ctx: Locating) -> list[tuple[int, str]]:
    """The place of the stretch before the figure's when that stretch is only a fronted place."""
    if lo <= 0 or sentence[lo - 1] != ",":
        return []
    before = max(sentence.rfind(",", 0, lo - 1), sentence.rfind(";", 0, lo - 1)) + 1
    return ctx.locative(sentence[before:lo]) if _FRONTED.match(sentence, before, lo) else []


def town_in_region_of_main_clause(main: str, ctx: Locating) -> tuple[str, str] | None:
    """The town a participle's main clause names with its region ("struck a minibus near Debre Markos in
    the Amhara region, killing 11"), with the region's country."""
    town = town_in_region(main)
    named = ctx.locative(main) if town is not None else []
    if town is None or not named:
        return None
    country = named[-1][1].rsplit(", ", 1)[-1]
    return f"{town}, {country}", f"'{town}' named with its region by the main clause of the participle"


def first_town_of_main_clause(main: str, ctx: Locating) -> tuple[str, str] | None:
    """The first town or city a participle's main clause puts something in ("hit an apartment block in
    Bucha, outside Kyiv, killing five"): the figure's place, before the headline's city."""
    named = ctx.locative(main)
    if not named or "," not in named[0][1]:
        return None
    return named[0][1], f"'{named[0][1]}', the first town the main clause of the participle names"


def main_clause_place(main: str, country: str | None, how: str, ctx: Locating) -> tuple[str | None, str]:
    """The place a participle's main clause puts its act in, when the place found beyond the figure's
    sentence is of another country ("Saudi border guards fired artillery into Yemen's Saada province,
    killing nine": Yemen, not the Saudi border the headline names)."""
    named = ctx.locative(main) if main else []  # the last, nearest the participle ("Saudi border" is first)
    if not named or (country is not None and named[-1][1].rsplit(", ", 1)[-1] == country.rsplit(", ", 1)[-1]):
        return country, how
    return named[-1][1], f"'{named[-1][1]}', where the main clause of the participle puts its act"


def place_within(place: str, whole: str | None) -> str:
    """A place named for a part of a figure, with the country the whole figure is in: "Deir al-Balah"
    within "Gaza" -> "Deir al-Balah, Gaza"; a country or a known city stands on its own."""
    known = canonical_name(place)
    if known is not None:
        return place if known.lower() == place.lower() else f"{place}, {known}"
    country = whole.rsplit(",", 1)[-1].strip() if whole else None
    return f"{place}, {country}" if country else place


_CLAUSE_END = re.compile(r"[,;]")
# an apposition that says what the name before it is: "in Tungan Dutse, a village outside Zurmi, ..."
_TOWN_APPOSITION = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+)?(?:town|village|city|hamlet|settlement|camp)\s+(?!who\b|that\b|which\b)", re.I
)


# the region a town is named in, after a comma: "in Pokrovske, Donetsk region, on Monday"
_REGION_AFTER_COMMA = re.compile(
    rf",\s+(?:the\s+)?{PLACE_NAME}\s+(?:region|province|state|governorate|oblast|district|county|territory)\b",
    re.I,
)


def through_apposition(sentence: str, hi: int) -> int:
    """The end of the figure's stretch, read on through an apposition naming its last word's kind of
    place (the town the figure is in, not the one the apposition is near) or the region after it."""
    region = _REGION_AFTER_COMMA.match(sentence, hi)
    if region is not None:
        return region.end()
    app = _TOWN_APPOSITION.match(sentence, hi)
    if app is None:
        return hi
    nxt = _CLAUSE_END.search(sentence, app.end())
    return nxt.start() if nxt else len(sentence)


def countries_named(every: list[list[Mention]]) -> frozenset[str]:
    """The countries a village the English tables lack may lie in: those an item names as places or
    through a city or region of theirs; when it names none, those whose nationals it names ("Somali
    troops ... in Hiran" is not Iraq's Hiran), never an organisation; none at all: any country."""
    places = [m for ms in every for m in ms if m.canonical not in NOT_A_PLACE]
    return frozenset(m.canonical for m in places if not m.demonym) or frozenset(m.canonical for m in places)


# a town the figure's own words name as one: "the village of Kafr Nabl", "attacked the Ntessa village" (not
# a camp: a city keeps its camps, "the Damanyo camp" of Mogadishu)
_NAMED_AS_TOWN = re.compile(
    rf"\b(?:town|village|hamlet|settlement)\s+of\s+(?P<p>{PLACE_NAME})"
    r"|\b(?:in|at|near|on|outside|attacked|raided|stormed|struck|hit|bombed|shelled|overran)\s+(?:the\s+)?"
    rf"(?P<q>{PLACE_NAME})\s+(?:village|town)\b",
    re.I,
)


def own_town_first(stretch: str, place: str, how: str) -> tuple[str, str]:
    """A town the figure's stretch names as a town or village, in the country of `place` (a town found
    beyond the figure's sentence), instead of that town; else `place`."""
    m = _NAMED_AS_TOWN.search(stretch)
    town = (m.group("p") or m.group("q")) if m else town_in_region(stretch)
    if town is None or "'" in town or "’" in town or canonical_name(town) is not None:
        return place, how
    if place.startswith(f"{town}, "):
        return place, how
    return place.rsplit(", ", 1)[-1], f"'{town}' named as a town by the figure's own words, not {how}"
