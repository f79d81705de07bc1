"""The extraction layer: news text in, typed facts out (pure; no I/O).

`extract_facts(title, summary, published)` is what the matcher calls for every entry. Title and
summary are read as one text (the title as its own first sentence), and a figure or event they both
state becomes one fact.

Cost: one RE2 scan of the text for the stems of all three extractors (`doc.has_trigger`). An item
with none of them (most items) stops there, and so does one with only casualty words and no number
anywhere. Otherwise the text is cleaned and split into sentences once, and each extractor reads only
the sentences holding its stems (a casualty word and a number; an arms or embargo word; "recogni").
Items in other languages (`bot.core.extract.lang`, docs/languages.md) are told apart in that same
scan (`lang.first_look`: the gate's stems, letters beyond ASCII, the accent-free gate's stems, other
scripts' letters), or by their script first when they open in another script, so an English item
pays one scan.

Explainable extraction (the structure every language builds on):
- word lists are data: `lexicon/<language>.toml` (format in `lexicon/__init__.py`), loaded lazily
  and cached by `lexicon(language)`; a new language adds a file, not code;
- every fact carries `why` (`bot.core.model.Why`): the named recognizer that read it, the trigger
  words, the clause, the evidence for each role and for the status; `fact_json(fact)` is the
  `match` shape plus `why`;
- every reason to drop a candidate is a named entry in an ordered `VetoTable` (`vetoes.py`) per
  trigger; `explain_item(...)` returns the facts and the candidates each veto dropped.

The three extractors are imported on first use, not with this package: their ~150 regular
expressions take ~0.1 s to compile, which a process that meets no trigger word (or only wants
`canonical_name`, or `conflict-alerts match` on an empty input) should not pay at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from bot.core.extract.doc import (
    CASUALTY,
    EMBARGO,
    NUMBER,
    RECOGNITION,
    families,
    has_digit,
    has_trigger,
    may_trigger,
    prepare,
    stem_hits,
    union_of,
)
from bot.core.extract.lang import (
    ENGLISH_STEM,
    LATIN_BEYOND_ASCII,
    OTHER_SCRIPT,
    PLAIN_STEM,
    first_look,
    lexicon_scripts,
    may_be_other_latin,
    other_language_facts,
    plain_latin_facts,
    script_of,
)
from bot.core.extract.places import canonical_name, regions_of
from bot.core.extract.text import normalise
from bot.core.extract.vetoes import Dropped
from bot.core.model import ArmsEmbargo, CasualtyFigure, Fact, Recognition, fact_json
from bot.core.regex_table import ready_compiled

__all__ = [
    "Dropped",
    "Explanation",
    "canonical_name",
    "explain_item",
    "extract_casualties",
    "extract_embargoes",
    "extract_facts",
    "extract_recognitions",
    "load_extractors",
    "regions_of",
]


def _day(published: date | datetime | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def extract_casualties(text: str, published: date | None = None) -> list[CasualtyFigure]:
    """Casualty figures about violence in `text` (not disasters, accidents or disease)."""
    load_extractors()
    from bot.core.extract.casualties import casualties_in

    return casualties_in(prepare(text), _day(published))


def extract_embargoes(text: str, published: date | None = None) -> list[ArmsEmbargo]:
    """Arms-embargo developments in `text` (not oil, trade or press embargoes)."""
    load_extractors()
    from bot.core.extract.embargoes import embargoes_in

    return embargoes_in(prepare(text), _day(published))


def extract_recognitions(text: str, published: date | None = None) -> list[Recognition]:
    """Diplomatic recognitions in `text` (not facial recognition or awards)."""
    load_extractors()
    from bot.core.extract.recognitions import recognitions_in

    return recognitions_in(prepare(text), _day(published))


_ANY = 0b1111  # every stem family: the gate already passed
# the first code point of a script other than Latin that `script_of` knows (Greek)
_FIRST_OTHER_SCRIPT = "\u0370"
_TRIGGERS = CASUALTY | EMBARGO | RECOGNITION


def extract_facts(
    title: str,
    summary: str,
    published: date | None = None,
    trace: list[Dropped] | None = None,
    language: str | None = None,
) -> list[Fact]:
    """Every fact in one news item: casualties, then embargoes, then recognitions. With `trace`,
    every candidate a named veto dropped is appended to it (see `explain_item`).

    `language` is the language the feed or item declares (a hint: the text decides). English is read
    by the extractors of this package; an item in another script, or a Latin-script item English
    finds nothing in that has another lexicon's words, goes to `bot.core.extract.lang` (its facts
    carry their `language`)."""
    if not (title.isprintable() and "  " not in title and title[:1] != " " and title[-1:] != " "):
        # runs of whitespace as one space, none at the ends (a printable title's only whitespace is
        # the plain space, so nearly every title is that already and costs no split and join)
        title = " ".join(title.split())
    text = f"{title}\n{summary}" if summary else title
    if text.isascii() or text[0] < _FIRST_OTHER_SCRIPT:
        # most likely Latin script (English above all): the one scan tells whether another script's
        # letters are there at all, and only then is the script read
        look = first_look(text)
        script = script_of(text) if look & OTHER_SCRIPT else "latin"
    else:
        # opens in another script (or with a sign): most likely not Latin script, so the script
        # first, and the scan only for Latin script (items in a script without a lexicon stop here)
        script = script_of(text)  # from the first 300 characters
        look = first_look(text) if script == "latin" else 0
    if script != "latin":
        if script not in lexicon_scripts():
            return []  # Bengali, Devanagari, Greek ...: no lexicon, nothing to read
        return other_language_facts(title, summary, _day(published), language, script, trace)[1]
    if not look and language is None:
        # Latin script with no stem of English's gate or of the accent-free gate, no letter English
        # does not use (é, ñ, ş ...) and no declared language: most items; the lines below would
        # conclude the same
        return []
    day = _day(published)
    facts = _english_facts(text, published, trace, rough_found=True) if look & ENGLISH_STEM else []
    beyond_ascii = bool(look & LATIN_BEYOND_ASCII)
    if facts and beyond_ascii and may_be_other_latin(text, language, beyond_ascii=True):
        # "Zuvor war von 15 Toten die Rede": English reads "die" in a German lead; an item the text
        # names another lexicon's language is read in it, whatever English found
        read_as, other = other_language_facts(title, summary, day, language, script, trace)
        if read_as not in (None, "en"):
            return other
    # (without a letter beyond ASCII only a declared language can make the item another one's)
    if facts or not ((beyond_ascii or language) and may_be_other_latin(text, language, beyond_ascii)):
        # typed without accents? Only an item holding a stem of that gate, in its start, can be
        plain = None
        if look & PLAIN_STEM and not beyond_ascii:
            plain = plain_latin_facts(title, summary, day, language, trace, text)
        return facts if plain is None else plain
    return other_language_facts(title, summary, day, language, script, trace)[1]


@lru_cache(maxsize=1)
def load_extractors() -> None:
    """Import the English extractors, with their regular expressions' programs read from the shipped
    table (`bot.core.regex_table`) rather than compiled: at the first item with a trigger word, or
    before a process forks workers that all need them."""
    with ready_compiled():
        from bot.core.extract import casualties, casualty_one_victim, embargoes, recognitions  # noqa: F401


@lru_cache(maxsize=1)
def _english_readers() -> tuple[Any, Any, Any, Any, Any]:
    """The English extractors' entry points, imported once (an import statement in `_english_facts`
    costs every item that passes the gate its lookups again)."""
    load_extractors()
    from bot.core.extract.casualties import casualties_in
    from bot.core.extract.casualty_one_victim_gate import might_have_one_victim
    from bot.core.extract.embargo_gate import may_hold_embargo
    from bot.core.extract.embargoes import embargoes_in
    from bot.core.extract.recognitions import recognitions_in

    return casualties_in, might_have_one_victim, may_hold_embargo, embargoes_in, recognitions_in


def _english_facts(
    text: str, published: date | None, trace: list[Dropped] | None, rough_found: bool = False
) -> list[Fact]:
    """The English extractors' facts. `rough_found`: `first_look` already found the gate's rough
    pattern (its set holds that very pattern), so the gate's RE2 scan is not run twice."""
    if not rough_found and not may_trigger(text):
        return []
    hits = stem_hits(text)  # one automaton pass for the gate, the families and `prepare`, or None
    if not (has_trigger(text, rough_found=True) if hits is None else union_of(hits) & _TRIGGERS):
        return []
    casualties_in, might_have_one_victim, may_hold_embargo, embargoes_in, recognitions_in = _english_readers()
    if not has_digit(text):
        found = families(normalise(text)) if hits is None else union_of(hits)
        if (
            not found & (NUMBER | RECOGNITION)
            and not (found & EMBARGO and may_hold_embargo(text))
            and not might_have_one_victim(text)
        ):
            # Only casualty words, and no number anywhere for them to count (a quarter of the items
            # that pass the gate), nor one victim told without a number; and arms words ("warship",
            # "grenade") with no ban, halt, export or arms flow for an embargo: no fact can be read,
            # so skip cleaning and splitting the text.
            return []
    else:
        # (the whole text's families when `hits` has them: the test below reads the same either way)
        found = families(normalise(text), until=CASUALTY | RECOGNITION) if hits is None else union_of(hits)
        if not found & (CASUALTY | RECOGNITION) and not (found & EMBARGO and may_hold_embargo(text)):
            # Numbers, but only arms words ("warship", "grenade") and no ban, halt, export or arms flow
            # for an embargo: nothing for a number to count and no embargo to read. (The scan stops
            # at the first casualty or recognition stem: the item is read then.)
            return []
    doc = prepare(text, _ANY, hits)
    day = _day(published)
    facts: list[Fact] = []
    facts.extend(casualties_in(doc, day, trace))
    facts.extend(embargoes_in(doc, day, trace))
    facts.extend(recognitions_in(doc, day, trace))
    return facts


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the extractors made of one item: the facts (each with its `why`) and the candidates that
    named vetoes dropped."""

    facts: list[Fact]
    dropped: list[Dropped]

    def to_json(self) -> dict[str, Any]:
        return {"facts": [fact_json(f) for f in self.facts], "dropped": [d.to_json() for d in self.dropped]}


def explain_item(
    title: str, summary: str, published: date | None = None, language: str | None = None
) -> Explanation:
    """The facts of an item and every candidate fact a veto dropped, with the veto's name."""
    dropped: list[Dropped] = []
    facts = extract_facts(title, summary, published, dropped, language)
    return Explanation(facts, dropped)
