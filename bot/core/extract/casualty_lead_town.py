"""The one town an item's lead names, for a figure its own clause puts only in a country, a region or
the city around that town (pure; no I/O).

A wire names an incident's town once, often in a clause of its own, and the figure's clause names
the region or the nearby city: "killed forty-two people ... in a raid on Darul Jamal in Borno State",
"Troops neutralised 17 militants in North Waziristan's Mir Ali area", "hit port infrastructure in
Pivdennyi near Odesa, killing two". The town is read from how the sentence names it, not from a list:
a name with a place noun after it ("Kyauktaw township", "Barmal district", "the Abu Shouk displacement
camp"), a place noun of it ("the town of Shebekino"), a region's or city's possessive before it
("North Waziristan's Mir Ali area"), a name put near a known place ("in Pivdennyi near Odesa"), a name
in a region ("Mayikengo in Lubero territory"), or a town of the towns list the lead puts something in.
It is used only when the lead names exactly one such town, and a city stays unless the lead puts the
town near it, outside it, in it or calls it the city's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.figure_places import NOT_SPECIFIC, PLACE_NAME, is_region, town_in_region
from bot.core.extract.places import DEMONYMS, canonical_name
from bot.core.extract.re2_outline import finditer_outlined, search_outlined
from bot.core.extract.text import lower_for_tests, may_hold
from bot.core.extract.towns import town_country

__all__ = ["lead_town", "lead_village"]

_PUT = (
    r"(?:in|at|near|on|outside|around|overran|overruns?|stormed|storms?|struck|hit|attacked|shelled|raided|"
    r"bombed|targeted|of)"
)
# a part of a place or an area ("Kyauktaw township", "Barmal district", "the Abu Shouk displacement camp",
# "North Waziristan's Mir Ali area"): the place of a figure told only in its region or country
_NAMED_AREA = re.compile(
    rf"\b{_PUT}\s+(?:the\s+)?(?P<a>{PLACE_NAME})\s+(?:(?:displacement|refugee|IDP)\s+)?"
    r"(?P<na>township|district|territory|county|locality|area|camp|neighbou?rhood|suburb|commune|village"
    r"|forest)\b"
    rf"|(?:'s|’s)\s+(?P<b>{PLACE_NAME})\s+(?P<nb>township|district|area|camp|neighbou?rhood|suburb|locality)\b"
    rf"|\b(?P<nc>township|camp|suburb|neighbou?rhood|locality)\s+of\s+(?P<c>{PLACE_NAME})",
    re.I,
)
_TOWN_AREA_NOUNS = frozenset({"area", "locality", "village", "forest", "commune"})
# a town named as one ("the town of Shebekino") or put near a known place ("in Pivdennyi near Odesa"):
# also the place of a figure told in the city it is near
_NAMED_TOWN = re.compile(
    rf"\b(?:town|village|hamlet|settlement)\s+of\s+(?P<c>{PLACE_NAME})"
    rf"|\b(?:in|at)\s+(?:the\s+)?(?P<d>{PLACE_NAME})\s*,?\s+(?:near|outside|close\s+to|north\s+of|south\s+of|"
    rf"east\s+of|west\s+of)\s+(?:the\s+)?(?:city\s+of\s+)?(?-i:[A-Z])",
    re.I,
)
# the region a town is named in, which is not itself the town: "in Buleda, Kech district"
_CONTAINER = re.compile(
    rf"\b(?:in|at|near)\s+(?-i:[A-Z])[\w'-]+(?:[ -](?-i:[A-Z])[\w'-]+){{0,2}}\s*,\s+(?P<r>{PLACE_NAME})\s+"
    r"(?:district|province|region|state|county|territory|township)\b",
    re.I,
)
# several places counted together ("attacks on two villages", "in Nyaung Kone and Kyarsi villages"):
# no one town is the figure's
_SEVERAL = re.compile(r"\b(?:villages|towns|districts|townships|camps|neighbou?rhoods|localities)\b", re.I)

# Words each pattern above cannot match without (`text.may_hold`): most lead sentences name no area,
# town or region noun, and an `in` test is far cheaper than a failed scan.
_AREA_WORDS = (
    "township", "district", "territory", "county", "locality", "area", "camp", "neighbo", "suburb",
    "commune", "village", "forest",
)  # fmt: skip
_TOWN_WORDS = (
    "town", "village", "hamlet", "settlement", "near", "outside", "close", "north", "south", "east", "west",
)  # fmt: skip
_CONTAINER_WORDS = ("district", "province", "region", "state", "county", "territory", "township")
_SEVERAL_WORDS = ("villages", "towns", "districts", "camps", "neighbo", "localities")


def _own(name: str) -> str:
    """ "Balochistan's Bolan" -> "Bolan": the place a possessive names, not its region."""
    return re.split(r"['’]s\s+", name)[-1]


def _a_town(name: str, country: str) -> bool:
    """Whether a name the lead names as a town can be one in `country`: not a country, a region, a
    nationality, a time or another country's place."""
    words = name.split()
    if words[0].lower() in NOT_SPECIFIC or name in DEMONYMS:
        return False
    known = canonical_name(name)
    if known is not None and (known.lower() == name.lower() or is_region(name) or known != country):
        return False
    home = town_country(name)
    return home is None or home == country


def _towns_named(
    sentence: str, country: str, located: list[tuple[int, str]]
) -> tuple[dict[str, bool], dict[str, bool]]:
    """(towns, areas) the sentence names that may be in `country`, each with whether the sentence puts
    it there: the towns list says so, or the sentence puts something in `country` and nothing of another
    country under the same name ("in North Waziristan near the Afghan border" is not in Afghanistan)."""
    low = lower_for_tests(sentence)
    towns = {
        _own(next(g for g in m.groups() if g))
        for m in (finditer_outlined(_NAMED_TOWN, sentence) if may_hold(low, _TOWN_WORDS) else ())
    }
    named = [
        (_own(m["a"] or m["b"] or m["c"]), (m["na"] or m["nb"] or m["nc"]).lower())
        for m in (finditer_outlined(_NAMED_AREA, sentence) if may_hold(low, _AREA_WORDS) else ())
    ]
    areas = {name for name, _ in named}
    in_region = town_in_region(sentence)
    if in_region is not None:
        towns.add(in_region)
    for _, place in located:  # a town of the towns list the sentence puts something in ("near Kfar Roummane")
        town, _, where = place.rpartition(", ")
        if town and where == country and town_country(town) == country and canonical_name(town) is None:
            towns.add(town)
    # "North Waziristan's Mir Ali area": a town of the towns list; not "Kherson's Dniprovskyi district"
    towns |= {a for a, noun in named if noun in _TOWN_AREA_NOUNS and town_country(a) == country}
    containers = {
        m.group("r")
        for m in (finditer_outlined(_CONTAINER, sentence) if may_hold(low, _CONTAINER_WORDS) else ())
    }
    here = any(p.rpartition(", ")[2] == country or p == country for _, p in located)
    abroad = [p.rpartition(", ")[0] for _, p in located if p.rpartition(", ")[2] != country]

    def there(t: str) -> bool:
        if town_country(t) == country:
            return True
        return here and not any(a and (a in t or t in a) for a in abroad)

    def keep(names: set[str]) -> dict[str, bool]:
        return {t: there(t) for t in names if t not in containers and _a_town(t, country)}

    return keep(towns), keep(areas - towns)


def _around(sentences: list[str], town: str, city: str) -> bool:
    """Whether the lead puts `town` near, outside or in `city`, or calls it the city's own."""
    t, c = re.escape(town), re.escape(city)
    near = re.compile(
        rf"\b{t}\b[^.;]{{0,40}}?\b(?:near|outside|in|of|north\s+of|south\s+of|east\s+of|west\s+of)\s+"
        rf"(?:the\s+)?(?:city\s+of\s+)?{c}\b|\b{c}(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?{t}\b"
        rf"|\b{t}\s*,\s+{c}\b"  # "in Puerto Jordan, Arauca"
    )
    return any(near.search(s) for s in sentences)


def lead_town(lead: list[str], locative: Callable[[str], list[tuple[int, str]]], place: str) -> str | None:
    """The one town the lead sentences name, as "Town, Country", when `place` (a figure's place: a
    country or "Name, Country") is only the country, a region or the city around that town; else None.

    `locative`: a lead sentence's locative places (`TextContext.locative`), read only when the lead
    names no several places."""
    name, _, country = place.rpartition(", ")
    if not country:
        country, name = place, ""
    if canonical_name(country) != country or any(
        may_hold(lower_for_tests(s), _SEVERAL_WORDS) and search_outlined(_SEVERAL, s) for s in lead
    ):
        return None
    towns: dict[str, bool] = {}
    areas: dict[str, bool] = {}
    for sentence in lead:
        t, a = _towns_named(sentence, country, locative(sentence))
        towns.update((k, v or towns.get(k, False)) for k, v in t.items())
        areas.update((k, v or areas.get(k, False)) for k, v in a.items())
    city = bool(name) and not is_region(name)
    # a city keeps its districts and camps ("Abu Salim district" of Tripoli); a town near it is the place
    found = {**({} if city else areas), **towns}
    found.pop(name, None)
    if len(found) != 1:
        return None
    ((town, there),) = found.items()
    if not there or (city and not _around(lead, town, name)):
        return None  # not told in this country, or a city the lead does not put the town near or in
    return f"{town}, {country}"


_VILLAGE_OF = re.compile(rf"\b(?:village|hamlet)\s+of\s+(?P<p>{PLACE_NAME})", re.I)


def lead_village(lead: list[str], country: str) -> str | None:
    """The one village the item's lead names as one ("in the village of Kisharo in Rutshuru
    territory"), when the gazetteer knows no place of that name elsewhere: the most specific place of an
    incident the headline puts in the region or town around it."""
    found = {m.group("p") for sent in lead for m in finditer_outlined(_VILLAGE_OF, sent)}
    if len(found) != 1:
        return None
    (village,) = found
    known = canonical_name(village)
    if known is not None or town_country(village) not in (None, country):
        return None
    return village
