"""The villages no table knows, in the Latin script (a name written in it is its English one): the
capitalised words right after a word for a village (`[names] town_words`: "le village de
Mangurujipa", "a aldeia de Mucojo", "el corregimiento de El Plateado") name a small town, wherever
the item names it again ("à Mangurujipa, dans le territoire de Lubero"), in the country of the place
named nearest to it. GeoNames lists the towns of a few thousand people; reporters of an attack name
the village (pure; no I/O)."""

from __future__ import annotations

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention, script_of_language
from bot.core.extract.places import canonical_name

_MAX_WORDS = 3  # the words of a village's name ("El Plateado", "Ngome Ya Tsaka")


def villages(item: Item, taken: frozenset[int]) -> list[Mention]:
    """The villages named after a word for one, at every place the item names them, none of them on
    a token of `taken` (the names the tables know); none when no place names the country."""
    if item.plain or script_of_language(item.language) != "latin":
        return []
    names: set[tuple[str, ...]] = set()
    for h in item.lists.town_words.hits(item.tokens):
        run = _capitalised_run(item, h.last + 1, taken)
        if run:
            names.add(tuple(t.text for t in item.tokens[run[0] : run[-1] + 1]))
    if not names:
        return []
    found = [
        (i, i + len(name) - 1)
        for i in range(len(item.tokens))
        for name in names
        if tuple(t.text for t in item.tokens[i : i + len(name)]) == name
        and not taken.intersection(range(i, i + len(name)))
        and _capitalised(item, i)
    ]
    country = _nearest_country(item, found)
    if country is None:
        return []
    return [Mention(a, b, item.words(a, b), "town", country) for a, b in found]


def _capitalised(item: Item, i: int) -> bool:
    return item.original[item.where[item.tokens[i].start]].isupper()


def _capitalised_run(item: Item, start: int, taken: frozenset[int]) -> list[int]:
    """The capitalised words from `start` on, one space apart, up to `_MAX_WORDS`."""
    run: list[int] = []
    i = start
    while i < len(item.tokens) and len(run) < _MAX_WORDS and i not in taken and _capitalised(item, i):
        if run and item.norm[item.tokens[i - 1].end : item.tokens[i].start] != " ":
            break
        if item.tokens[i].is_number:
            break
        run.append(i)
        i += 1
    return run


def _country(m: Mention) -> str | None:
    """The country a place or state is in: "Belgorod Oblast, Russia" is in Russia."""
    if m.kind == "organisation":
        return None
    known = m.country or canonical_name(m.canonical) or ""
    return known.rpartition(", ")[2] or None


def _nearest_country(item: Item, spans: list[tuple[int, int]]) -> str | None:
    """The country of the place named nearest to one of `spans` ("El Plateado, Cauca": Colombia, not
    the Algeria of a municipality named "Argelia" further on)."""
    best: tuple[int, str] | None = None
    for m in item.mentions:
        country = _country(m)
        if country is None:
            continue
        for a, b in spans:
            distance = m.first - b if m.first > b else a - m.last
            if best is None or distance < best[0]:
                best = (distance, country)
    return best[1] if best is not None else None
