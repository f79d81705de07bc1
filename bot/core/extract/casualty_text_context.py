"""What the whole text of an item says about its casualty figures, read once per text and each part
only when a figure needs it (`TextContext`): its lead's place and setting, whether it commemorates,
is an obituary, recalls the long past or reviews a book or film, and its conflict cues."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from bot.core.extract import cues
from bot.core.extract.attacker_places import attacker_named
from bot.core.extract.casualty_dating import scholar_of_the_past
from bot.core.extract.casualty_lexicon_patterns import (
    OBITUARY_HINTS,
    OBITUARY_MIN_AGE,
    OLD_RECALLER,
    RECALL_HINTS,
    about_ruled_out,
    lexicon_patterns,
    may_be_about,
)
from bot.core.extract.casualty_patterns import (
    ANNIVERSARY,
    ANNIVERSARY_HINTS,
    review_pattern,
)
from bot.core.extract.clause_places import countries_named
from bot.core.extract.doc import lower_same_length
from bot.core.extract.figure_places import (
    ADDRESSED_BEFORE,
    AGENT_BEFORE,
    HERE,
    NOT_A_PLACE,
    RELATIVE_TO_BEFORE,
    dateline_place,
    first_incident_place,
    in_a_part,
    locative_places,
    source_city,
)
from bot.core.extract.frames import invented_frame
from bot.core.extract.places import Mention, canonical_name, find_places
from bot.core.extract.re2_outline import search_outlined
from bot.core.extract.text import Sentence
from bot.core.extract.towns import town_country

# substrings every review_pattern match holds: a cheap test first
_REVIEW_HINTS = (
    "review", " about ", "book", "novel", "memoir", "film", "movie", "documentary", "drama", "biograph",
    "series", "exhibit",
)  # fmt: skip


def first_in_lead(lead: list[Sentence], stems: tuple[str, ...], pattern: re.Pattern[str]) -> str | None:
    """The first words `pattern` finds in the lead's sentences, tried only on a sentence holding one of
    `stems` (a cheap substring test first: most leads hold none)."""
    for sent in lead:
        low = sent.text.lower()
        if any(stem in low for stem in stems):
            m = pattern.search(sent.text)
            if m:
                return m.group(0)
    return None


def _commemoration_lead(lead: list[str]) -> str | None:
    """The anniversary words when the lead is about a commemoration."""
    low = " ".join(lead).lower()  # once, not once per hint tried
    if not any(w in low for w in ANNIVERSARY_HINTS):
        return None
    for sent in lead:
        m = ANNIVERSARY.search(sent)
        if m:
            return m.group(0)
    return None


def _obituary_lead(lead: list[str]) -> str | None:
    """The words that make the lead an obituary ("died aged 78", "Obituary:")."""
    low = " ".join(lead).lower()  # once, not once per hint tried
    if not any(w in low for w in OBITUARY_HINTS):
        return None
    for sent in lead:
        for m in lexicon_patterns()["obituary"].finditer(sent):
            if m.group("age") is None or int(m.group("age")) >= OBITUARY_MIN_AGE:
                return m.group(0)
    return None


def _recollection_lead(lead: list[str]) -> str | None:
    """The words that make the lead a recollection of the long past: a recall verb and a word of the
    long past ("veteran recalls", "remembered as a boy"), or a scholar's word and a year of the last
    century ("historians raise the siege toll", "an archive study ... between 1941 and 1944")."""
    text = " ".join(lead)
    low = text.lower()
    scholar = scholar_of_the_past(text, low)
    if scholar:
        return scholar
    if not any(w in low for w in RECALL_HINTS):
        return None
    res = lexicon_patterns()
    recall, past = res["recall"].search(text), res["long_past"].search(text) or OLD_RECALLER.search(text)
    return f"{past.group(0)} ... {recall.group(0)}" if recall and past else None


LEAD_READERS: dict[str, Callable[[list[str]], str | None]] = {
    "commemoration": _commemoration_lead,
    "obituary": _obituary_lead,
    "recollection": _recollection_lead,
}


class TextContext:
    """What the whole text says about place and conflict, computed once per text, and each part only
    when a figure needs it: most figures name their own place, and most sentences settle whether they
    are about violence, so the whole-text readings are often never made."""

    def __init__(self, sents: list[Sentence], dateline: str) -> None:
        self._sents = sents
        self.sents = sents  # read by vetoes that compare a headline with its lead
        self._dateline = dateline
        self._hits: dict[int, list[tuple[int, int]]] = {}
        self._about: dict[str, re.Match[str] | None] = {}
        self._ruled_out: frozenset[str] | None = None  # the kinds `about` surely finds nowhere in the item
        self._locative: dict[str, list[tuple[int, str]]] = {}
        self._sentence_locative: dict[str, list[tuple[int, str]]] = {}  # as _places read each sentence
        self._per_sentence: dict[tuple[str, int], str | None] = {}
        self._leads: dict[str, str | None] = {}
        self._names: ItemNames | None = None  # read by `_item_names` on first use
        # any other reading of one sentence a module makes once per item: (name, sentence start) -> it
        self.memo: dict[tuple[str, int], Any] = {}

    def per_sentence(self, name: str, sent: Sentence, test: Callable[[Sentence], str | None]) -> str | None:
        """A veto test that reads only the sentence, run once per sentence of this item."""
        key = (name, sent.start)
        if key not in self._per_sentence:
            self._per_sentence[key] = test(sent)
        return self._per_sentence[key]

    def locative(self, text: str) -> list[tuple[int, str]]:
        """`locative_places(text)`, once per text of this item: a figure's location reads its clause,
        its sentence and the sentence before, and an item's figures share them."""
        got = self._locative.get(text)
        if got is None:
            names = _item_names(self)
            got = self._sentence_locative.get(text)  # a sentence `_places` has read already
            if got is None:
                got = locative_places(text, countries=names.countries)
            # a small town whose name is also a town abroad takes the one country whose cities and
            # regions the item names: "in Kani township" of an item on Sagaing is in Myanmar, not Japan
            if len(names.within) == 1 and any("," in p for _, p in got):
                (country,) = names.within
                got = [(at, town_at_home(p, country, names.named)) for at, p in got]
            self._locative[text] = got
        return got

    @cached_property
    def review(self) -> str | None:
        """The words that make the item a review of a book or film (first two sentences), or None."""
        lead = " ".join(sent.text for sent in self._sents[:2]).lower()
        if not any(w in lead for w in _REVIEW_HINTS):
            return None  # every review_pattern match holds one of these: a cheap test first
        for sent in self._sents[:2]:
            m = review_pattern().search(sent.text)
            if m:
                return m.group(0)[:60]
        return None

    def lead(self, kind: str) -> str | None:
        """The words that make the item's lead (its first two sentences) tell of the past, once per item:
        `kind` is "commemoration", "obituary" or "recollection" (`LEAD_READERS`)."""
        if kind not in self._leads:
            self._leads[kind] = LEAD_READERS[kind]([sent.text for sent in self._sents[:2]])
        return self._leads[kind]

    def about(self, kind: str) -> re.Match[str] | None:
        """The first words of the lexicon list `kind` ("press_freedom", "crime_statistics") in the item,
        found once per item (a cheap substring test and an RE2 scan first: most items name none)."""
        if kind not in self._about:
            found = None
            low = self._low_text
            if self._ruled_out is None:  # one scan of the item for every kind (`about_ruled_out`)
                self._ruled_out = about_ruled_out(" ".join(sent.text for sent in self._sents))
            if may_be_about(kind, low, self._ruled_out):
                for sent in self._sents:
                    found = lexicon_patterns()[kind].search(sent.text)
                    if found:
                        break
            self._about[kind] = found
        return self._about[kind]

    @cached_property
    def invented(self) -> str | None:
        """The words that set the whole item in fiction or a game (frames.py), or None."""
        return invented_frame(self._low_text)

    @cached_property
    def _low_text(self) -> str:
        return " ".join(sent.text for sent in self._sents).lower()

    @cached_property
    def lead_cities(self) -> dict[str, set[str]]:
        """Country -> the cities of it the item's lead (its first two sentences) names: where a figure
        told without a place happened when the lead names one city ("Missile hits Mykolaiv
        building" ... "seven people have died in the attack")."""
        out: dict[str, set[str]] = {}
        for sent in self._sents[:2]:
            for m in find_places(sent.text):
                before = (sent.text, max(0, m.start - 40), m.start)
                if (
                    m.city
                    and not in_a_part(sent.text, m.start)
                    and not source_city(sent.text, m.start)
                    and not RELATIVE_TO_BEFORE.search(*before)
                ):
                    out.setdefault(m.canonical, set()).add(m.surface)
        return out

    def not_cue(self, sent: Sentence, lo: int = 0, hi: int | None = None) -> tuple[str, str] | None:
        return cues.not_cue(lower_same_length(sent.text), self.hits(sent), lo, hi)

    def not_cues(self, sent: Sentence, lo: int = 0, hi: int | None = None) -> list[tuple[str, str]]:
        return list(cues.not_cues(lower_same_length(sent.text), self.hits(sent), lo, hi))

    def first_not_cue(self) -> tuple[str, str] | None:
        for sent in self._sents:
            found = self.not_cue(sent)
            if found:
                return found
        return None

    @cached_property
    def _places(self) -> tuple[str | None, bool, bool, tuple[set[str], set[str]]]:
        """(the place the text most often puts things in, whether it names Gaza but not the West Bank,
        whether that place is only named, not put anything in, (the countries of the cities and regions
        it names, every country it names in any way))"""
        locative: Counter[str] = Counter()
        first: dict[str, int] = {}
        names = _item_names(self)
        for s, mentions in zip(self._sents, names.mentions, strict=True):
            found = self._sentence_locative[s.text] = locative_places(s.text, mentions, names.countries)
            for pos, p in found:
                if in_a_part(s.text, pos):
                    continue  # "including seven in Deir al-Balah": the part's place, not the text's
                locative[p] += 1
                first.setdefault(p, s.start + pos)
        main_place: str | None = None
        if locative:
            best = max(locative.values())
            tied = [p for p, n in locative.items() if n == best]
            main_place = min(tied, key=lambda p: first[p])
        else:  # a place before its incident: "Toll from Odesa port strike rises to 9"
            most_named = next(iter(names.anywhere.most_common(1)), (None,))[0]
            main_place = first_incident_place(self._sents) or most_named
        # the dateline only says where the report was filed (Doha, Cairo, Geneva), not where anything
        # happened, unless the text points at it: "... continued here", "in this city"
        if main_place is None and self._dateline and HERE.search(" ".join(s.text for s in self._sents)):
            main_place = dateline_place(self._dateline)
        if main_place is not None and "," in main_place and len(names.within) == 1:
            main_place = town_at_home(main_place, next(iter(names.within)), names.named)
        if names.gaza_only and main_place == "Palestine":
            main_place = "Gaza"
        return main_place, names.gaza_only, not locative, (names.within, names.named)

    @property
    def main_place(self) -> str | None:
        return self._places[0]

    @property
    def main_place_is_weak(self) -> bool:
        """The main place is only a country the text names, or the dateline: nothing is put in it."""
        return self._places[2]

    def previous_place(self, sent_start: int, back: int = 1) -> str | None:
        """The first place the sentence(s) just before the one at `sent_start` put something in:
        "Russian forces struck Zaporizhzhia city ... One missile hit an apartment building, killing one"."""
        idx = next((i for i, s in enumerate(self._sents) if s.start == sent_start), None)
        if idx is None:
            return None
        for s in reversed(self._sents[max(0, idx - back) : idx]):
            places = [(pos, p) for pos, p in self.locative(s.text) if not in_a_part(s.text, pos)]
            if places:
                return places[0][1]
        return None

    @property
    def gaza_only(self) -> bool:
        return _item_names(self).gaza_only

    @cached_property
    def cue_kinds(self) -> int:
        """The cue kinds found anywhere in the text."""
        found = 0
        for s in self._sents:
            found |= cues.kinds(self.hits(s))
        return found

    @property
    def conflict(self) -> bool:
        return bool(self.cue_kinds & (cues.STRONG | cues.WEAK))

    def hits(self, sent: Sentence) -> list[tuple[int, int]]:
        """The violence/disaster cues of a sentence, found once."""
        got = self._hits.get(sent.start)
        if got is None:
            got = self._hits[sent.start] = cues.cue_hits(lower_same_length(sent.text))
        return got


@dataclass(frozen=True, slots=True)
class ItemNames:
    """The places an item names, read from each sentence's place mentions alone (not from what the
    sentences put where): what a figure's own clause needs of the whole item, read before the item's
    main place, which most items never need."""

    mentions: list[list[Mention]]  # each sentence's `find_places`
    countries: frozenset[str]  # `countries_named`: where a village the tables lack may lie
    anywhere: Counter[str]  # how often each place other than a capital, nationality, addressee or agent
    within: set[str]  # the countries of the cities and regions among `anywhere`
    named: set[str]  # every country named in any way

    @property
    def gaza_only(self) -> bool:
        return "Gaza" in self.anywhere and "West Bank" not in self.anywhere


def read_item_names(sents: list[Sentence]) -> ItemNames:
    anywhere: Counter[str] = Counter()
    within: set[str] = set()
    named: set[str] = set()
    every = [find_places(s.text) for s in sents]
    for s, mentions in zip(sents, every, strict=True):
        for m in mentions:
            named.add(m.canonical)
            if (
                not m.capital
                and not m.demonym
                and m.canonical not in NOT_A_PLACE
                and not search_outlined(ADDRESSED_BEFORE, s.text, max(0, m.start - 40), m.start)
                and not AGENT_BEFORE.search(s.text, max(0, m.start - 12), m.start)
                and not attacker_named(s.text, m)
            ):
                anywhere[m.canonical] += 1
                if m.surface != m.canonical:
                    within.add(m.canonical)
    return ItemNames(every, countries_named(every), anywhere, within, named)


def _item_names(ctx: TextContext) -> ItemNames:
    """The item's `ItemNames`, read once per item on first use."""
    if ctx._names is None:
        ctx._names = read_item_names(ctx._sents)
    return ctx._names


def town_at_home(place: str, country: str, named: set[str]) -> str:
    """ "Kani, Japan" -> "Kani, Myanmar" when the item names cities and regions of Myanmar only and Japan
    in no way: a town of the towns list (not a gazetteer city) the list puts abroad."""
    town, _, abroad = place.rpartition(", ")
    if abroad in named or town_country(town) != abroad or canonical_name(town) is not None:
        return place
    return f"{town}, {country}"
