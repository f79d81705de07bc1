"""Towns the gazetteer (bot/core/data/places.toml) does not list, for the most specific place of a
figure: "killed four gendarmes in Bamenda" -> "Bamenda, Cameroon", not "Cameroon".

The table is data: `towns-en.tsv` generated from GeoNames by tools/build_towns.py, and
`towns-reviewed.tsv`, towns too small for GeoNames written by hand. A town is read only where a
sentence puts something in it (after "in", "near", "outside", "at", "the town of" ...), written with
a capital, and never when it is a common word (`towns-not.txt`: "Mobile", "Bath", "Police"). The
files are read on the first such test, never at import: `match` on an item with no figure never
reads them.

Villages and small towns under the English table's floor (GeoNames places over 1,000 people in the
countries conflict news is about: `lang/names/towns-latin.tsv`, built by tools/build_small_towns.py
for every Latin-script language) are read the same way, but only in a country the item itself names,
or when it names no country at all, as the other Latin-script readers do (`town_mentions(...,
countries=...)`): thousands of village names are also words or surnames, and the country an item
names tells which of them a village can be.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from bot.core.extract.re2_outline import Outline

__all__ = ["not_towns", "own_area", "small_town_country", "town_country", "town_mentions"]

# a capitalised name of one to three words after a word that puts something in a place
_TOWN_AFTER = re.compile(
    # a sentence may open with the place: "In Nikopol, three people were killed"
    r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]t|(?:town|village|city|district|area|outskirts|neighbou?rhoods?|centre|center"
    r"|suburbs?|control|capture|fall|shelling|bombing|bombardment|siege|people|residents)\s+of"
    r"|attacked|struck|hit|bombed|shelled|stormed|raided|overran|targeted"
    # "an assault on the Abu Shouk displacement camp"
    # "gang raids on Kenscoff" (not "attacks on Nyaung Kone": a bare "attacks on" often names a
    # village the list lacks, whose first word may be a town elsewhere)
    r"|(?:assault|attack|attacks|strike|strikes|raid)\s+on\s+the|raids\s+on(?:\s+the)?)\s+"
    r"(?P<n>(?>[A-ZÀ-Þ][\w'’]+(?:[ -][A-ZÀ-Þ][\w'’]+){0,2}))"
    # "in Kunduz province": the region, which the gazetteer's reading of the sentence names
    r"(?!\s+(?:province|region|state|governorate|oblast|county|department|prefecture)\b)",
)


@lru_cache(maxsize=1)
def _town_after_outline() -> Outline:
    """The RE2 outline of _TOWN_AFTER, its atomic group read as a plain one (which only widens what it
    matches, as leaving out its lookahead does)."""
    return Outline(re.compile(_TOWN_AFTER.pattern.replace("(?>", "(?:")))


def _data(name: str) -> str:
    return resources.files("bot.core.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def not_towns() -> frozenset[str]:
    """Lowercase words never read as a town."""
    lines = (line.strip() for line in _data("towns-not.txt").splitlines())
    return frozenset(line.lower() for line in lines if line and line[0] != "#")


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ("towns-en.tsv", "towns-reviewed.tsv"):
        rows = (line.split("\t", 2) for line in _data(name).splitlines() if line and line[0] != "#")
        out.update((row[0], row[1]) for row in rows)
    return out


@lru_cache(maxsize=1)
def _towns_folded() -> dict[str, str]:
    """The towns by their lowercase names: a wire may capitalise within a name ("Al-Bu-Kamal")."""
    out: dict[str, str] = {}
    for name, country in _towns().items():
        out.setdefault(name.lower(), country)
    return out


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, str]:
    """The small towns by name as an English wire writes them (the row's plain Latin name) -> country."""
    text = (
        resources.files("bot.core.extract.lang")
        .joinpath("names", "towns-latin.tsv")
        .read_text(encoding="utf-8")
    )
    out: dict[str, str] = {}
    for line in text.splitlines():
        row = line.split("\t")
        if len(row) == 4 and row[2] == "town" and row[0] == row[1] and row[0][:1].isupper():
            out.setdefault(row[0], row[3])
    return out


def small_town_country(name: str, countries: frozenset[str] | None) -> str | None:
    """The country of the small town `name` when the item names it or no other country (`countries`:
    those the item names; None, an unknown item: never), else None; never a common word
    (`towns-not.txt`)."""
    if countries is None or name.lower() in not_towns():
        return None
    found = _small_towns().get(name)
    return found if found is not None and (found in countries or not countries) else None


def town_country(name: str) -> str | None:
    """The country of the town `name` as written (capitalised), or None; a name the table writes
    with other capitals after an apostrophe or hyphen ("Al-bu-Kamal", "Al-Bu-Kamal") is the same town."""
    if name.lower() in not_towns():
        return None
    found = _towns().get(name)
    if found is None and any(c in name for c in "'’-"):  # not "NATO" for a town "Nato"
        found = _towns_folded().get(name.lower())
    return found


def town_mentions(
    sentence: str, taken: list[tuple[int, int]], countries: frozenset[str] | None = None
) -> list[tuple[int, str]]:
    """(position, "Town, Country") for each town the sentence puts something in, outside the spans
    `taken` by places the gazetteer found; the longest name first ("Dera Ismail Khan"). A small town
    is read only in one of `countries`, those the item names, or when the item names none."""
    out: list[tuple[int, str]] = []
    if _town_after_outline().absent_in(sentence):
        return out  # (most sentences: the pattern is tried at every position, its outline in one scan)
    for m in _TOWN_AFTER.finditer(sentence):
        start = m.start("n")
        if any(lo <= start < hi for lo, hi in taken):
            continue
        words = re.split(r"(?<=\S)(?=[ -])", m.group("n"))
        for n in range(len(words), 0, -1):
            name = "".join(words[:n])
            country = town_country(name) or small_town_country(name, countries)
            if country:
                out.append((start, f"{name}, {country}"))
                break
    return out


# a place's own town, village, camp or district, named with the place's possessive: "Gao's Ansongo
# district", "North Waziristan's Mir Ali area", "the Kherson region's Bilozerka village"
_OWN_AREA = re.compile(
    r"(?P<region>\s+(?:region|province|state|oblast|governorate))?(?:'s|’s)\s+"
    r"(?P<n>(?>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2}))\s+"
    r"(?:(?:displacement|refugee)\s+)?(?P<noun>village|town|camp|district|area|township|locality|county)\b"
)
_TOWN_NOUNS = frozenset({"village", "town", "camp"})


def own_area(sentence: str, end: int, country: str, city: bool) -> str | None:
    """ "Ansongo, Mali" for "Gao's Ansongo district" after the place ending at `end` (of `country`): the
    most specific place. A city's district or area is the city's own part (the city stays the place)
    unless the small-towns table knows it as a town of that country; a region's is its town."""
    m = _OWN_AREA.match(sentence, end)
    if m is None or m.group("n").lower() in not_towns():
        return None
    name = m.group("n")
    if (
        city
        and not m.group("region")
        and m.group("noun") not in _TOWN_NOUNS
        and _small_towns().get(name) != country
    ):
        return None
    return f"{name}, {country}"
