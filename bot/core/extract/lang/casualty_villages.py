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
    names.update(_before_its_district(item, taken))
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


_DISTRICT_AFTER_COMMA = 3  # tokens from the comma to the word for a district: ", dans le territoire"


def _before_its_district(item: Item, taken: frozenset[int]) -> list[tuple[str, ...]]:
    """'une paroisse de Komanda, dans le territoire d'Irumu', 'a aldeia Nango, no distrito de
    Macomia': the capitalised words right before a comma that a word for a district (`[names]
    region_words`) and the district's capitalised name follow, after a short preposition ("de",
    "em"), name a town of that district. An acronym ("les ADF, dans le territoire de Beni") is an
    armed group, not a town."""
    commas = [
        i
        for i in range(1, len(item.tokens))
        if item.norm[item.tokens[i - 1].end : item.tokens[i].start].strip() == ","
    ]
    if not commas:
        return []
    districts = {h.first: h.last for h in item.lists.region_words.hits(item.tokens)}
    found = []
    for i in commas:
        district = next((d for d in range(i, i + _DISTRICT_AFTER_COMMA) if d in districts), None)
        if district is None or not any(_capitalised(item, k) for k in _after(item, districts[district])):
            continue
        run: list[int] = []
        j = i - 1
        while j >= 0 and len(run) < _MAX_WORDS and j not in taken and _capitalised(item, j):
            if item.tokens[j].is_number or item.words(j, j).isupper() or _opens_sentence(item, j):
                run = []
                break
            run.insert(0, j)
            j -= 1
        if run and _after_a_preposition(item, run[0]):
            found.append(tuple(t.text for t in item.tokens[run[0] : run[-1] + 1]))
    return found


def _after(item: Item, i: int) -> range:
    """The tokens where a district's name may stand after its word ("territoire d'Irumu")."""
    return range(i + 1, min(i + 3, len(item.tokens)))


def _after_a_preposition(item: Item, i: int) -> bool:
    """'de Komanda', 'em Nango': a short word written small before the name, as a place follows;
    a person's name follows a title or a verb ("le gouverneur Jean ..., dans la province")."""
    return i > 0 and len(item.tokens[i - 1].text) <= 3 and not _capitalised(item, i - 1)


def _opens_sentence(item: Item, i: int) -> bool:
    return item.sentence_of[i] != item.sentence_of[i - 1] if i > 0 else True


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
