"""Where a casualty figure happened: what the whole text says about place and conflict (read once per
text, each part only when a figure needs it), and the place a figure's clause, sentence or text gives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from typing import Any

from bot.core.extract import cues
from bot.core.extract.casualty_dating import scholar_of_the_past
from bot.core.extract.casualty_lead_town import lead_town
from bot.core.extract.casualty_patterns import (
    ANNIVERSARY,
    ANNIVERSARY_HINTS,
    OBITUARY_HINTS,
    OBITUARY_MIN_AGE,
    OLD_RECALLER,
    RECALL_HINTS,
    REVIEW,
    lexicon_patterns,
    may_be_about,
)
from bot.core.extract.clause_places import (
    first_town_of_main_clause,
    fronted_place,
    main_clause_place,
    not_an_earlier_figures,
    through_apposition,
    town_in_region_of_main_clause,
)
from bot.core.extract.doc import lower_same_length
from bot.core.extract.figure_places import (
    ADDRESSED_BEFORE,
    AGENT_BEFORE,
    HERE,
    NOT_A_PLACE,
    PLACE_NAME,
    RELATIVE_TO_BEFORE,
    SEA,
    dateline_place,
    first_incident_place,
    in_a_part,
    locative_places,
    source_city,
    specific_place,
    victims_country,
)
from bot.core.extract.frames import invented_frame
from bot.core.extract.places import canonical_name, find_places
from bot.core.extract.text import Sentence
from bot.core.extract.towns import town_country

# substrings every REVIEW match holds: a cheap test first
_REVIEW_HINTS = (
    "review", " about ", "book", "novel", "memoir", "film", "movie", "documentary", "drama", "biograph",
    "series", "exhibit",
)  # fmt: skip


def _commemoration_lead(lead: list[str]) -> str | None:
    """The anniversary words when the lead is about a commemoration."""
    if not any(w in " ".join(lead).lower() for w in ANNIVERSARY_HINTS):
        return None
    for sent in lead:
        m = ANNIVERSARY.search(sent)
        if m:
            return m.group(0)
    return None


def _obituary_lead(lead: list[str]) -> str | None:
    """The words that make the lead an obituary ("died aged 78", "Obituary:")."""
    if not any(w in " ".join(lead).lower() for w in OBITUARY_HINTS):
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
        self._locative: dict[str, list[tuple[int, str]]] = {}
        self._sentence_locative: dict[str, list[tuple[int, str]]] = {}  # as _places read each sentence
        self._per_sentence: dict[tuple[str, int], str | None] = {}
        self._leads: dict[str, str | None] = {}
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
            home, named = self._places[3]  # which reads every sentence's locative places
            got = self._sentence_locative.get(text)
            if got is None:
                got = locative_places(text)
            # a small town whose name is also a town abroad takes the one country whose cities and
            # regions the item names: "in Kani township" of an item on Sagaing is in Myanmar, not Japan
            if len(home) == 1 and any("," in p for _, p in got):
                (country,) = home
                got = [(at, _town_at_home(p, country, named)) for at, p in got]
            self._locative[text] = got
        return got

    @cached_property
    def review(self) -> str | None:
        """The words that make the item a review of a book or film (first two sentences), or None."""
        lead = " ".join(sent.text for sent in self._sents[:2]).lower()
        if not any(w in lead for w in _REVIEW_HINTS):
            return None  # every REVIEW match holds one of these: a cheap test first
        for sent in self._sents[:2]:
            m = REVIEW.search(sent.text)
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
            if may_be_about(kind, low, self._sents):
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
        anywhere: Counter[str] = Counter()
        within: set[str] = set()
        named: set[str] = set()
        first: dict[str, int] = {}
        for s in self._sents:
            mentions = find_places(s.text)
            found = self._sentence_locative[s.text] = locative_places(s.text, mentions)
            for pos, p in found:
                if in_a_part(s.text, pos):
                    continue  # "including seven in Deir al-Balah": the part's place, not the text's
                locative[p] += 1
                first.setdefault(p, s.start + pos)
            for m in mentions:
                named.add(m.canonical)
                if (
                    not m.capital
                    and not m.demonym
                    and m.canonical not in NOT_A_PLACE
                    and not ADDRESSED_BEFORE.search(s.text, max(0, m.start - 40), m.start)
                    and not AGENT_BEFORE.search(s.text, max(0, m.start - 12), m.start)
                ):
                    anywhere[m.canonical] += 1
                    if m.surface != m.canonical:
                        within.add(m.canonical)
        main_place: str | None = None
        if locative:
            best = max(locative.values())
            tied = [p for p, n in locative.items() if n == best]
            main_place = min(tied, key=lambda p: first[p])
        else:  # a place before its incident: "Toll from Odesa port strike rises to 9"
            main_place = first_incident_place(self._sents) or next(iter(anywhere.most_common(1)), (None,))[0]
        # the dateline only says where the report was filed (Doha, Cairo, Geneva), not where anything
        # happened, unless the text points at it: "... continued here", "in this city"
        if main_place is None and self._dateline and HERE.search(" ".join(s.text for s in self._sents)):
            main_place = dateline_place(self._dateline)
        if main_place is not None and "," in main_place and len(within) == 1:
            main_place = _town_at_home(main_place, next(iter(within)), named)
        gaza_only = "Gaza" in anywhere and "West Bank" not in anywhere
        if gaza_only and main_place == "Palestine":
            main_place = "Gaza"
        return main_place, gaza_only, not locative, (within, named)

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
        return self._places[1]

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

    @property
    def not_conflict(self) -> bool:
        return bool(self.cue_kinds & cues.NOT)

    def hits(self, sent: Sentence) -> list[tuple[int, int]]:
        """The violence/disaster cues of a sentence, found once."""
        got = self._hits.get(sent.start)
        if got is None:
            got = self._hits[sent.start] = cues.cue_hits(lower_same_length(sent.text))
        return got


_COMMA_SEMI = re.compile(r"[,;]")
_WAR = re.compile(r"\bwar\b", re.I)
_PARTICIPLE_START = re.compile(r"\s*(?:killing|wounding|injuring|leaving)\b", re.I)
# a place named as a town, not a region: "the village of Kafr Nabl", "the town of Kostiantynivka"
_TOWN_OF = re.compile(
    r"\b(?:city|town|village|camp|township|suburb|settlement|neighbou?rhood)\s+of\s+"
    rf"(?P<p>{PLACE_NAME})",
    re.I,
)


# a count over many countries has no one place: "281 aid workers were killed around the world"
def _town_at_home(place: str, country: str, named: set[str]) -> str:
    """ "Kani, Japan" -> "Kani, Myanmar" when the item names cities and regions of Myanmar only and Japan
    in no way: a town of the towns list (not a gazetteer city) the list puts abroad."""
    town, _, abroad = place.rpartition(", ")
    if abroad in named or town_country(town) != abroad or canonical_name(town) is not None:
        return place
    return f"{town}, {country}"


_WORLDWIDE = re.compile(r"\b(?:around|across)\s+the\s+(?:world|globe)\b|\bworldwide\b|\bglobally\b", re.I)


def figure_location(
    sentence: str,
    start: int,
    ctx: TextContext,
    victims: str | None = None,
    sent_start: int | None = None,
    cumulative: bool = False,
) -> tuple[str | None, str]:
    """Where the casualties happened, in this order:
    - a place the figure's clause puts them in;
    - a sea the sentence names, when the sentence puts nothing in a country;
    - a place the previous sentence puts something in;
    - the text's main place;
    - the victims' nationality ("Palestinians"); a country the text merely names.
    An attacker's demonym ("a Russian missile strike") and a country addressed or blamed ("pressure on
    Israel") never set it.

    Returns (place, how it was found), the second for the fact's `why`."""
    # the comma-delimited stretch holding the figure
    lo = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    hi_m = _COMMA_SEMI.search(sentence, start)
    hi = hi_m.start() if hi_m else len(sentence)
    places = not_an_earlier_figures(sentence[lo:hi], start - lo, ctx.locative(sentence[lo:hi]))
    places = places or fronted_place(sentence, lo, ctx)
    main = ""  # a participle's main clause: "fired into Yemen's Saada province, killing nine"
    if not places and lo > 0 and sentence[lo - 1] == "," and _PARTICIPLE_START.match(sentence, lo, start):
        main = sentence[sentence.rfind(";", 0, lo) + 1 : lo]
        town = (
            town_in_region_of_main_clause(main, ctx)
            or _town_of_main_clause(main, ctx)
            or first_town_of_main_clause(main, ctx)
        )
        if town is not None:
            return town
    country: str | None
    how: str
    worldwide = _WORLDWIDE.search(sentence, lo, hi)
    if worldwide:
        return None, f"'{worldwide.group(0)}': no one place"
    if places:
        country, how = places[0][1], "put there by the figure's clause"
    else:
        in_sentence = ctx.locative(sentence)
        sea = SEA.search(sentence)
        if sea and not in_sentence:
            return " ".join(sea.group(0).split()), "a sea the sentence names"
        country, how = _place_beyond_sentence(sentence, ctx, victims, sent_start, cumulative)
        country, how = main_clause_place(main, country, how, ctx)
    if country == "Palestine" and ctx.gaza_only:
        country = "Gaza"
    stretch = sentence[lo : through_apposition(sentence, hi)]  # "in Tawila, a town near ...": Tawila
    place, how = _most_specific(stretch, country, how, ctx, cumulative)
    if cumulative or place is None:
        return place, how
    return _lead_place(ctx, place, how)


def _lead_place(ctx: TextContext, place: str, how: str) -> tuple[str | None, str]:
    """The one village or town the lead names within a figure's place, else that place."""
    where = place.rsplit(", ", 1)[-1]
    village = _lead_village(ctx, where)
    if village is not None:
        return f"{village}, {where}", f"'{village}', the one village the lead names; {how}"
    lead, sents = [sent.text for sent in ctx._sents[:2]], ctx._sents  # this module's own class
    lone = ctx.per_sentence(f"lead_town {place}", sents[0], lambda _: lead_town(lead, ctx.locative, place))
    if lone is not None:
        return lone, f"'{lone}', the one town the lead names within '{place}'; {how}"
    return place, how


def _town_of_main_clause(main: str, ctx: TextContext) -> tuple[str, str] | None:
    """The town a participle's main clause names as one ("A warplane struck the village of Kafr Nabl in
    Idlib province, killing four"; "shelled the town of Kostiantynivka in the Donetsk region, killing
    six"), with its country: the participle's figure is there, not in the region around it."""
    m = _TOWN_OF.search(main)
    if m is None or "'s" in m.group("p") or "’s" in m.group("p"):
        return None  # "Tabayin township of Myanmar's Sagaing region": the region of the town before it
    town = m.group("p")
    country = canonical_name(town)
    if country is None or country.lower() == town.lower():
        named = ctx.locative(main)
        country = named[0][1].rsplit(", ", 1)[-1] if named else None
    if country is None or country.lower() == town.lower():
        return None
    home, in_item = ctx._places[3]  # this module's own class
    place = (
        _town_at_home(f"{town}, {country}", next(iter(home)), in_item)
        if len(home) == 1
        else f"{town}, {country}"
    )
    return place, f"'{town}' named as a town by the main clause of the participle"


_VILLAGE_OF = re.compile(rf"\b(?:village|hamlet)\s+of\s+(?P<p>{PLACE_NAME})", re.I)


def _lead_village(ctx: TextContext, country: str) -> str | None:
    """The one village the item's lead names as one ("in the village of Kisharo in Rutshuru
    territory"), when the gazetteer knows no place of that name elsewhere: the most specific place of an
    incident the headline puts in the region or town around it."""
    found = {m.group("p") for sent in ctx._sents[:2] for m in _VILLAGE_OF.finditer(sent.text)}  # own class
    if len(found) != 1:
        return None
    (village,) = found
    known = canonical_name(village)
    if known is not None or town_country(village) not in (None, country):
        return None
    return village


def _place_beyond_sentence(
    sentence: str, ctx: TextContext, victims: str | None, sent_start: int | None, cumulative: bool
) -> tuple[str | None, str]:
    """The place when the figure's clause names none: the previous sentence's, the victims'
    nationality, or the text's main place."""
    country = None  # a place elsewhere in the sentence is often another clause's ("attack on Israel")
    how = "the previous sentence's place"
    if sent_start is not None:
        country = ctx.previous_place(sent_start)
    if country is None:
        by_victims = victims_country(victims)
        if by_victims is not None and (ctx.main_place is None or ctx.main_place_is_weak):
            country, how = by_victims, "the victims' nationality"
            if country == "Palestine" and (ctx.gaza_only or (cumulative and _WAR.search(sentence))):
                country = "Gaza"  # "the war, which has killed 61,500 Palestinians": Gaza's toll
        else:
            country, how = ctx.main_place, "the place the whole text puts things in"
    return country, how


_ACROSS = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _most_specific(
    stretch: str, country: str | None, how: str, ctx: TextContext, cumulative: bool
) -> tuple[str | None, str]:
    """The country narrowed to a city or region: one named in the figure's own stretch, or the one
    city of that country the lead names."""
    specific = specific_place(stretch)  # in the figure's own stretch, not another clause's
    across = _ACROSS.search(stretch)  # "killed 21 across the Gaza Strip": a whole, not one city's
    if country and "," not in country and not cumulative and not specific and not across:
        named = ctx.lead_cities.get(country, set())
        if len(named) == 1:
            # the most specific place: the one city of that country the item names
            city = next(iter(named))
            return (
                f"{city}, {country}",
                f"'{city}', the one city of {country} the item's lead names; country: {how}",
            )
    if specific and "," not in (country or ""):
        known = canonical_name(specific)  # a gazetteer city or region gives its country
        if known is not None and known.lower() == specific.lower():
            known = None  # "in the Gaza Strip": a territory, not a place within one
        where = country or known
        if where and specific.lower() != where.lower() and known in (None, where):
            return f"{specific}, {where}", f"'{specific}' named as a town/city/region; country: {how}"
        if where is None and known is None:
            return specific, f"'{specific}' named as a town/city/region (country unknown)"
    return country, how
