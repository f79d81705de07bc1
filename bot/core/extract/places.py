"""Canonical names for countries, territories and organisations, and the region tags rules filter on.

Countries come from pycountry (ISO 3166-1), renamed to the short English name newsrooms use
("Russia", not "Russian Federation"). What pycountry lacks — organisations, territories, demonyms,
abbreviations and capitals used as metonyms — lives in the tables of `bot/core/data/places.toml`: edit
them, not the code.

`find_places(text)` returns every mention with its canonical name; the extractors use it to pick
actors, targets and locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

# The tables are data (bot/core/data/places.toml), read on first use: the extractors import them by
# name (module __getattr__ below), and a process that never reads a place (`match` on an empty
# input) never reads the file.
# pycountry's name -> the name used in alerts (only where they differ): _places().short_names.
# Extra spellings, abbreviations, territories and organisations -> canonical name.
ALIASES: dict[str, str]
# Conflict-relevant cities and towns -> the country (or territory) a location or a rule's region filter
# should see. A city is never an actor or a target.
CITIES: dict[str, str]
# Institutions that stand for their government in actor and target slots ("the Pentagon halted ...").
INSTITUTIONS: dict[str, str]
# A territory where a state's arms are used, standing for that state as an embargo's target.
THEATRE_STATE: dict[str, str]
# Leaders by surname -> country, for sentences that name only the leader ("Macron said France ...").
LEADERS: dict[str, str]
# Demonyms and adjectives -> canonical name ("British" -> United Kingdom).
DEMONYMS: dict[str, str]
# Capitals used for their governments ("Berlin has no plans to ..."): actor and target slots only.
CAPITALS: dict[str, str]
# The two rivals for one seat ("China" <-> "Taiwan"): a switch of recognition gives one up for the other.
RIVAL_OF: dict[str, str]
# The state whose claim or whose rival is recognised ("Kosovo" -> Serbia): it reports, not recognises.
CLAIMANT_OF: dict[str, str]
# The country of a government recognised, no actor of it ("Taliban government" -> Afghanistan).
OWN_COUNTRY: dict[str, str]
_TABLES = {
    "RIVAL_OF": "rival_of",
    "CLAIMANT_OF": "claimant_of",
    "OWN_COUNTRY": "own_country",
    "ALIASES": "aliases",
    "CITIES": "cities",
    "INSTITUTIONS": "institutions",
    "THEATRE_STATE": "theatre_state",
    "LEADERS": "leaders",
    "DEMONYMS": "demonyms",
    "CAPITALS": "capitals",
}


# Sets of canonical names (places.toml [<section>] names = [...]), read on first use like the tables.
# What a recognition can be of (Palestine, Kosovo, ...): an object, never an actor.
RECOGNISABLE: frozenset[str]
# States recognised only as the object of a recognition word (Israel, China); actors elsewhere.
RECOGNISABLE_AS_OBJECT: frozenset[str]
# Capitals that stand for no state as an actor (Jerusalem).
CAPITALS_FOR_NO_STATE: frozenset[str]
# Organisations that impose or call for arms embargoes but are never their targets.
NOT_ARMS_TARGETS: frozenset[str]
# States whose cities a report names without naming the state (the ten-language reader's city gate).
CONFLICT_STATES: frozenset[str]
# Regions inside a state that ALIASES lacks (Colombia's departments): a figure's place gives way to a town
# of the state named beside them, as a region of ALIASES does (the ten-language reader).
REGIONS: frozenset[str]
_SETS = {
    "RECOGNISABLE": "recognisable",
    "RECOGNISABLE_AS_OBJECT": "recognisable_as_object",
    "CAPITALS_FOR_NO_STATE": "capitals_for_no_state",
    "NOT_ARMS_TARGETS": "not_arms_targets",
    "CONFLICT_STATES": "conflict_states",
    "REGIONS": "regions",
}


@dataclass(frozen=True)
class _Places:
    data: dict[str, Any]
    short_names: dict[str, str]
    # Region tags: canonical name -> broader tags. A name is always its own (lowercase) tag as well.
    region_of: dict[str, tuple[str, ...]]
    middle_east: frozenset[str]
    # pycountry has no continents; these are the UN geoscheme's, by ISO alpha-2 code.
    africa: frozenset[str]
    europe: frozenset[str]
    asia: frozenset[str]
    americas: frozenset[str]
    at_war: frozenset[str]


@lru_cache(maxsize=1)
def _places() -> _Places:
    import tomllib

    data = tomllib.loads(resources.files("bot.core.data").joinpath("places.toml").read_text("utf-8"))
    groups = data["region_groups"]
    return _Places(
        data,
        data["short_names"],
        {name: tuple(tags) for name, tags in data["region_of"].items()},
        **{g: frozenset(groups[g]) for g in ("middle_east", "africa", "europe", "asia", "americas")},
        at_war=frozenset(data["at_war"]["places"]),
    )


def within_states(name: str) -> bool:
    """Whether a territory lies within another state or states ([region_of] tags one: Nagorno-Karabakh,
    Kashmir, Abkhazia), not a state of its own: where arms are used, never whose supply is restricted."""
    return any(canonical_name(tag) not in (None, name) for tag in _places().region_of.get(name, ()))


def places_at_war() -> frozenset[str]:
    """The canonical names of the places at war (places.toml [at_war])."""
    return _places().at_war


def __getattr__(name: str) -> Any:
    """ALIASES, CITIES, RECOGNISABLE ... read from places.toml on first use (PEP 562)."""
    if name in _SETS:
        names = frozenset(_places().data[_SETS[name]]["names"])
        globals()[name] = names
        return names
    if name not in _TABLES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    table: dict[str, str] = _places().data[_TABLES[name]]
    globals()[name] = table
    return table


def _table(name: str) -> dict[str, str]:
    return __getattr__(name)  # type: ignore[no-any-return]


def _short(name: str) -> str:
    return _places().short_names.get(name, name)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(lowercase name -> canonical, canonical -> alpha-2) built once from pycountry and the tables."""
    import pycountry  # here, not at the top: its import reads package metadata (~20 ms) every start

    names: dict[str, str] = {}
    alpha2: dict[str, str] = {}
    for c in pycountry.countries:
        canon = _short(c.name)
        alpha2[canon] = c.alpha_2
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), canon):
            if n:
                names[n.lower()] = canon
    for alias, canon in {**_table("CITIES"), **_table("ALIASES"), **_table("DEMONYMS")}.items():
        names[alias.lower()] = canon
    return names, alpha2


@lru_cache(maxsize=4096)
def canonical_name(name: str) -> str | None:
    """The canonical English name of a country, territory or organisation, or None when unknown.

    >>> canonical_name("British"), canonical_name("Russian Federation"), canonical_name("Mars")
    ('United Kingdom', 'Russia', None)
    """
    key = " ".join(name.strip().strip(".,;:").split()).lower()
    if key.startswith("the ") and key not in _tables()[0]:
        key = key[4:]
    found = _tables()[0].get(key)
    if found is None and key.endswith("'s"):
        found = _tables()[0].get(key[:-2])
    return found


def regions_of(place: str) -> frozenset[str]:
    """Lowercase region tags for a place; "Gaza" -> {"gaza", "palestine", "middle east"}.

    A compound location ("Dnipro, Ukraine") takes the tags of every part that is known.
    Unknown places give an empty set.
    """
    tags: set[str] = set()
    for part in [place, *place.split(",")]:
        part = re.sub(r"\s*\(.*?\)\s*", " ", part).strip()
        canon = canonical_name(part)
        if canon is None:
            continue
        tags.add(canon.lower())
        places = _places()
        tags.update(places.region_of.get(canon, ()))
        if canon in places.middle_east:
            tags.add("middle east")
        code = _tables()[1].get(canon)
        if code in places.africa:
            tags.add("africa")
        elif code in places.europe:
            tags.add("europe")
        elif code in places.asia:
            tags.add("asia")
        elif code in places.americas:
            tags.add("americas")
    return frozenset(tags)


# --- finding mentions -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    surface: str
    canonical: str
    demonym: bool  # "Dutch", "Israeli": an adjective, not the place itself
    capital: bool  # "Berlin" standing for Germany, "the Pentagon" for the United States
    city: bool = False  # "Kharkiv": a place where things happen, never an actor or a target


# Upper-case abbreviations must match case-sensitively ("US" yes, "us" no).
_CASE_SENSITIVE_UPPER = {
    "US",
    "UK",
    "UN",
    "EU",
    "CAR",
    "DRC",
    "USA",
    "UNSC",
    "UNGA",
    "ICC",
    "ICJ",
    "NATO",
    "U.S.",
    "U.K.",
    "U.N.",
}
_CASE_SENSITIVE = {"US", "UK", "UN", "EU", "CAR", "DRC", "USA", "UNSC", "UNGA", "ICC", "ICJ", "NATO"}


@lru_cache(maxsize=1)
def _automaton() -> tuple[Any, dict[str, tuple[str, bool, bool, bool]]]:
    """One Aho-Corasick automaton over every lowercase name: a scan costs the same for 10 or 1,000
    names (a regex alternation of them was the extractors' main cost)."""
    lookup: dict[str, tuple[str, bool, bool, bool]] = {}
    names, _ = _tables()
    for key, canon in names.items():
        if "," in key or "(" in key:
            continue
        lookup[key] = (canon, False, False, False)
    for dem, canon in _table("DEMONYMS").items():
        lookup[dem.lower()] = (canon, True, False, False)
    aliases = _table("ALIASES")
    for city, canon in _table("CITIES").items():
        if city not in aliases:
            lookup[city.lower()] = (canon, False, False, True)
    for cap, canon in {**_table("CAPITALS"), **_table("INSTITUTIONS")}.items():
        lookup.setdefault(cap.lower(), (canon, False, True, False))
    for vague in ("the bloc", "the strip", "america"):
        lookup.pop(vague, None)
    for region in _places().data["not_places"]["names"]:  # "Latin American": matched, then dropped
        lookup[region.lower()] = ("", False, False, False)
    auto = ahocorasick.Automaton()
    for key in lookup:
        auto.add_word(key, key)
    auto.make_automaton()
    return auto, lookup


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "-_"


# the words before a country's name that make it part of a town's name ("Puerto Jordan", "Fort Jordan")
# and a lake's ("Lake Chad" is the lake and its shores, shared by four countries, not Chad)
_INSIDE_TOWN_NAME_BEFORE = (" Puerto ", " Porto ", " Port ", " Fort ", " Lake ")


def find_places(text: str) -> list[Mention]:
    """Every country, territory, organisation, demonym or capital named in `text`, in order.

    A name must start with a capital letter in the text; abbreviations ("US", "UN") must be
    upper-case, so "us" and "un-" are not places.

    An item's extractors ask about the same sentence several times (its figure's location, the
    item's main place, its lead's cities, its embargo roles): the last texts' answers are kept, and
    each caller gets its own list.
    """
    return list(_places_in(text))


@lru_cache(maxsize=64)
def _places_in(text: str) -> tuple[Mention, ...]:
    auto, lookup = _automaton()
    out: list[Mention] = []
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowercased; keep offsets exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for end, key in auto.iter_long(low):
        start = end - len(key) + 1
        if (start > 0 and _is_word_char(text[start - 1])) or (
            end + 1 < len(text) and _is_word_char(text[end + 1])
        ):
            continue
        surface = text[start : end + 1]
        if not surface[0].isupper() and key.startswith("the ") and key[4:] in lookup:
            # "the Netherlands": the longest key ("The Netherlands") shadows the name it holds
            start, key, surface = start + 4, key[4:], surface[4:]
        if not surface[0].isupper():
            continue
        if surface.upper() in _CASE_SENSITIVE_UPPER and surface != surface.upper():
            continue
        if text.startswith(" Town", end + 1) or (" " + text[max(0, start - 8) : start]).endswith(
            _INSIDE_TOWN_NAME_BEFORE
        ):
            continue  # a town's or lake's name holding a country's: "Puerto Jordan", "Spanish Town"
        canon, demonym, capital, city = lookup[key]
        if not canon:
            continue
        out.append(Mention(start, end + 1, surface, canon, demonym, capital, city))
    return tuple(out)
