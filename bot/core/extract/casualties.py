"""Casualty figures: how many were killed, injured or missing, who, where, and whether the figure is a
running toll or one incident.

How a figure is read (every pattern is a regex below, named for what it catches):

- a quantity (`numbers.QUANTITY`: "nearly 61,500", "two dozen", "dozens") is a casualty figure when
  * a victim phrase and a casualty word follow it: "five Al Jazeera journalists were killed",
    "17 martyrs", "38 dead", "434 casualties", "Thousands missing"           (`_AFTER`)
  * a casualty verb precedes it: "killed nearly 61,500 Palestinians", "wounding 102"   (`_VERB_BEFORE`)
  * a toll precedes it: "death toll ... rose to 40", "bringing the total ... to 232"  (`_toll_before`)
  * it is a part of another figure: "killing 18 people, among them nine children", "20 people, 18 of
    them women", "including 10 women and three infants"                                (`_parts`)
  * a range gives its floor: "between 20 and 30 were killed" -> 20, at_least
  * a sentence counts within the previous one's figure: "Of those, 21 were waiting for aid"
  * bodies found are the dead: "the bodies of 12 people were recovered", "17 bodies"   (`_bodies`)
  * one verb can count two groups: "killed 33 children and two teachers"             (`_sibling`)
- a number is not a figure when it is an age ("dead at 77"), a date ("29 April"), money, or remains
  handed back in a deal ("the bodies of 18 dead captives").
- the figure is dropped when the text is about a disaster, accident or disease and not about violence
  (the cue tables in `cues.py`, read in the figure's own clause first: "cholera killed 40 ..., as
  fighting raged" is disease), or when it is background history ("the 1994 genocide ... killed", "to
  mark two years since the attack, in which 1,200 people were killed").
- not a figure either: animals and idioms ("kill two birds"), and "killed or abducted" (a mixed count).
- cumulative: a running toll ("death toll", "since the war began", "so far") unless the figure is
  scoped to one day or incident ("in the past 24 hours", "on Saturday alone", "the strike").
- location: a place the sentence puts the figure in ("in Gaza", "the town of Pokrovsk", "attacked
  southern Israel"); failing that, the place the whole text most often puts things in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cached_property, lru_cache

from bot.core.extract import cues
from bot.core.extract.doc import CASUALTY, Doc, lower_same_length, prepare
from bot.core.extract.figure_places import (
    ADDRESSED_BEFORE,
    AGENT_BEFORE,
    HERE,
    NOT_A_PLACE,
    SEA,
    dateline_place,
    locative_places,
    specific_place,
    victims_country,
)
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import QUANTITY, is_year, parse_quantity, quantities, vague_floor
from bot.core.extract.places import canonical_name, find_places
from bot.core.extract.text import Sentence, lower_for_tests, may_hold
from bot.core.extract.vetoes import Dropped, Veto, VetoTable
from bot.core.model import CasualtyFigure, Why

# --- vocabulary -----------------------------------------------------------------------------------

_VICTIM_NOUNS = (
    r"people|persons|person|civilians?|children|child|kids|babies|infants|minors|women|men|girls|boys|"
    r"journalists?|reporters?|photographers?|soldiers?|troops|servicemen|servicemembers|militants?|"
    r"fighters?|rebels?|insurgents?|jihadists?|gunmen|militiamen|combatants|villagers?|residents?|"
    r"worshippers|students|pupils|teachers|farmers|miners|workers|aid\s+workers|medics|paramedics|"
    r"doctors|nurses|rescuers|health\s+workers|staff|employees|policemen|police\s+officers|officers|"
    r"police|guards|security\s+personnel|personnel|peacekeepers|protesters|demonstrators|refugees|"
    r"migrants|displaced|pilgrims|passengers|family\s+members|relatives|members|others|victims|"
    r"patients|prisoners|detainees|volunteers|crew|sailors|pilots|officials|leaders|commanders|"
    r"hostages|Palestinians|Israelis|Gazans|Ukrainians|Russians|Syrians|Lebanese|Sudanese|Iraqis|"
    r"Afghans|Yemenis|Somalis|Congolese|Nigerians|Ethiopians|Haitians|Kurds|Rohingya|Americans|"
    r"Iranians|Pakistanis|Indians|Egyptians|Libyans|Malians|Burkinabe|settlers|Bedouins|Christians|"
    r"Muslims|Jews|Yazidis|Alawites|Druze|tourists|foreigners|nationals|citizens|inmates|"
    r"attackers|assailants|terrorists|bandits|raiders|kidnappers|mourners|shoppers|fishermen|herders|"
    r"traders|labou?rers|firefighters|aid\s+seekers|nuns|priests|monks|imams|pastors|clerics|"
    r"colleagues|comrades|friends|guests|bystanders|neighbou?rs|siblings|sons|daughters|brothers|sisters|"
    r"drivers?|journalists|guards|climbers|"
    r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese))"
)
_FUNCTION_WORDS = (
    r"after|before|of|in|on|at|by|for|from|with|to|and|or|the|a|an|as|when|while|since|than|into|"
    r"days?|weeks?|months?|years?|hours?|minutes?|times|were|was|are|is|have|has|had|who|that|which|"
    r"killed|dead|died|wounded|injured|missing|including|among|said|says|according"
)
_MODIFIER = (
    rf"(?!(?:{_FUNCTION_WORDS})\b)(?:more|other|additional|further|new|innocent|unarmed|young|elderly|local|foreign|civilian|"
    r"[a-z]+-(?:old|aged|year-old)|(?-i:[A-Z][\w'.-]*)|[a-z]+)"
)
# A victim phrase: up to three modifiers then a victim noun; "Al Jazeera journalists", "more deaths"
_VICTIMS = rf"(?:{_MODIFIER}\s+){{0,3}}?(?:{_VICTIM_NOUNS})(?![\w-])"

# casualty words after a figure, to kind
_KIND_AFTER = (
    r"(?P<ki>killed\s+(?:and|or)\s+(?:injured|wounded)|dead\s+(?:and|or)\s+(?:injured|wounded)|casualties"
    r"|killed(?!\s+(?:or|and)\s+(?:abducted|kidnapped|taken|captured|detained|arrested))|dead|died|die|dies|deaths?|fatalities|lives|martyrs?|martyred|murdered|slain|massacred|"
    r"executed|perished|lost\s+their\s+lives|shot\s+dead|shot\s+and\s+killed|gunned\s+down|"
    r"wounded|injured|injuries|hurt|missing|unaccounted\s+for|disappeared)(?![\w-])"
)
_AUX = (
    r"(?:have|has|had|were|was|are|is|been|being|be|reportedly|also|all|now|so\s+far|reported|"
    r"confirmed|believed|feared|thought|said\s+to\s+be|still|later|allegedly|who|that|in\s+total|"
    r"seriously|critically|severely|gravely|badly|slightly|lightly|fatally|mortally|either|both|"
    r"were\s+left|left|remain|remained|remains|presumed|others|as|of\s+them)"
)
_AFTER = re.compile(
    rf"\s*['\"]?\s*(?:of\s+)?(?:the\s+)?(?P<vic>{_VICTIMS})?"
    # a dash aside ("302 people — 98 soldiers, 139 civilians — were killed") or who they were with
    # ("148 militants with armed groups ... were killed")
    rf"(?:\s*[—–]\s*[^—–.;]{{1,80}}?\s*[—–]|\s+(?:with|from|belonging\s+to|affiliated\s+with)\s+[^,;.]{{1,50}}?)?"
    rf"(?:\s*,?\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them)\s[^,;]{{1,40}}?,?)?"
    rf"\s*(?:{_AUX}\s+){{0,4}}(?:(?:more|other|additional|further|new)\s+)?{_KIND_AFTER}",
    re.IGNORECASE,
)
# Words every match of _AFTER holds (its casualty word), for a cheap test before the regex
_AFTER_WORDS = (
    "kill", "dead", "die", "death", "casualties", "fatalities", "lives", "martyr", "murdered", "slain",
    "massacred", "executed", "perished", "gunned", "wound", "injur", "hurt", "missing", "unaccounted",
    "disappeared",
)  # fmt: skip
_VERB_BEFORE = re.compile(
    r"(?P<verb>kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|massacr(?:e|es|ed|ing)|"
    r"murder(?:s|ed|ing)?|slaughter(?:s|ed|ing)?|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|"
    r"butcher(?:s|ed|ing)?|lynch(?:es|ed|ing)?|gunn(?:ed|ing)\s+down|shot\s+dead|shooting\s+dead|"
    r"(?:claim(?:s|ed|ing)?|took|take|takes|taking|cost|costing)\s+(?:the\s+)?lives\s+of|"
    r"death\s+of|deaths\s+of)"
    r"\s+(?:all\s+|another\s+|an?\s+additional\s+)?[\"']?\s*"
    # a household counted as one: "killed a family of seven", "killing an entire family of five"
    r"(?:(?:an?\s+|the\s+|entire\s+|whole\s+)*family\s+of\s+)?$",
    re.IGNORECASE,
)
# Two groups counted by one casualty word after both: "77 Afghans and 13 US soldiers were killed" (the
# first group; the second is read by _AFTER itself)
_QUANTITY_PLAIN = QUANTITY.replace("?P<qual>", "?:").replace("?P<num>", "?:")  # no named groups
_AFTER_PAIR = re.compile(
    rf"\s*(?P<vic>{_VICTIMS})\s+and\s+(?:{_QUANTITY_PLAIN}|his|her|their|its)\s+"
    rf"(?:{_VICTIMS})(?:\s+(?:with|from|of|in)\s+[^,;.]{{1,50}}?)?\s*(?:{_AUX}\s+){{0,4}}{_KIND_AFTER}",
    re.IGNORECASE,
)
# A part named after its whole: "Among those killed were five children", "the dead included 10 women"
_INVERTED_PART = re.compile(
    r"\b(?:among\s+(?:those|the\s+people|the)\s+(?P<k1>killed|dead|injured|wounded)\b[^,.;]{0,40}?\s+(?:were|are)"
    r"|\bthe\s+(?P<k2>dead|killed|injured|wounded|victims)\s+includ(?:e|ed|es))\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
_VERB_BEFORE_WORDS = (
    "kill", "wound", "injur", "massacr", "murder", "slaughter", "execut", "behead", "butcher", "lynch",
    "gunn", "shot", "shoot", "lives", "death",
)  # fmt: skip
# A toll before the figure: a toll noun, then within 130 characters (40 for a bare "deaths",
# "wounded" ...) a verb that ends right before the number: "the death toll ... rose to 40".
_TOLL_NOUN = re.compile(
    r"\b(?P<noun>death\s+toll|injury\s+toll|casualty\s+toll|toll|tally|death\s+count|body\s+count|"
    r"number\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:dead|deaths|fatalities|casualties|martyrs|victims|"
    r"killed|injured|wounded|injuries)|(?:bringing|raising|taking|pushing|putting)\s+(?:the|its|their)\s+"
    r"(?:overall\s+|total\s+)?(?:total|toll|tally)|(?P<bare>fatalities|deaths|casualties|injuries|"
    r"injured|wounded|martyrs|dead))\b",
    re.IGNORECASE,
)
_TOLL_VERB = re.compile(
    r"(?<![\w-])(?P<verb>(?:rose|rises|risen|rising|rise|climbed|climbs|climbing|climb|increased|increases|"
    r"jumped|jumps|surged|surges|soared|soars|grew|grown|mounted|revised(?:\s+(?:down|up|upward|downward))?)"
    r"(?:\s+to)?|reached|reaches|reaching|reach|hit|hits|hitting|passed|passes|passing|surpassed|"
    r"surpasses|surpassing|exceeded|exceeds|exceeding|topped|tops|topping|crossed|crosses|cleared|"
    r"clears|stands\s+at|stood\s+at|stand\s+at|now\s+at|is\s+now|to|at|of|from|past|above|over|is|was|"
    r"are|were|totals|totalled|totaled|nears|neared)\s+(?:the\s+)?[\"']?\s*$",
    re.IGNORECASE,
)


def _toll_before(tail: str) -> str | None:
    """The toll noun when `tail` (the text before a number) ends in a toll phrase, else None."""
    v = _TOLL_VERB.search(tail, max(0, len(tail) - 50))
    if not v:
        return None
    verb = v.group("verb").lower()
    found = None
    for n in _TOLL_NOUN.finditer(tail, max(0, v.start() - 140), v.start()):
        found = n
    if found is None or ";" in tail[found.end() : v.start()]:
        return None
    gap = v.start() - found.end()
    if gap > 130 or (found.group("bare") and gap > 40):
        return None
    noun = found.group("noun").lower()
    if noun in {"dead", "deaths"} and verb == "at" and gap < 3:
        return None  # "dead at 77" is an age
    return noun


_TOLL_STEMS = (  # a toll phrase holds one of these
    "toll",
    "total",
    "tally",
    "count",
    "number of",
    "fatalit",
    "death",
    "casualt",
    "injur",
    "wound",
    "martyr",
    "dead",
)
_TOLL_NOUN_JUST_BEFORE = re.compile(
    r"\b(?:toll|tally|count|deaths|fatalities|casualties|injuries|injured|wounded|dead)\s*$", re.I
)

_KIND_OF_WORD = (
    (re.compile(r"(?:killed|dead)\s+(?:and|or)\s+(?:injured|wounded)|casualt", re.I), "killed_and_injured"),
    (re.compile(r"wound|injur|hurt", re.I), "injured"),
    (re.compile(r"missing|unaccounted|disappeared", re.I), "missing"),
)

# Scope of a figure: one incident or day, or a running total.
_SINGLE = re.compile(
    r"past\s+24\s+hours|last\s+24\s+hours|past\s+day|since\s+midnight|since\s+dawn|since\s+(?:this|yesterday)\s+"
    r"morning|\balone\b|overnight|\bthis\s+week\b|\bsingle\b",
    re.IGNORECASE,
)
# (one "\b" in front of the alternation, not one per word: the regex then tries the words only at
# word starts, four times faster; it is only ever tested for a match, never read)
_CUMULATIVE = re.compile(
    r"\b(?:since|so\s+far|to\s+date|total|overall|in\s+all|the\s+war|this\s+war|the\s+conflict|"
    r"war\s+(?:in|on|with)|campaign|hostilities|wave\s+of\s+violence|ongoing|cumulative|bringing|"
    r"over\s+(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:months|years|weeks)|months\s+of|years\s+of)\b"
    r"|-month\s+period",
    re.IGNORECASE,
)
_INCIDENT = re.compile(
    r"\b(?:strike|attack|bombing|blast|explosion|massacre|raid|ambush|shooting|assault|shelling|"
    r"incident|bomb|car\s+bomb)\b",
    re.IGNORECASE,
)
# a toll over a span of time is a running toll: "over the past nine days", "after three days of
# fighting", "in 3 days" (the span itself is never a figure: the duration veto)
_OVER_DAYS = re.compile(
    r"\b(?:over|in|after|during|across|within)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days|nights|weeks|months|years)\b",
    re.I,
)
_TOLL_WORD = re.compile(r"\b(?:toll|tally|death\s+count)\b", re.IGNORECASE)

_HISTORY_YEAR = re.compile(r"\b(?:in|of|the|during)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ONGOING_YEAR = re.compile(
    r"\b(?:since|began|begun|started|broke\s+out|erupted|launched)\b[^.;]{0,30}$", re.I
)

# A toll restated on an anniversary, inside "in which ..." (not one still rising: "have been killed")
_ANNIVERSARY = re.compile(
    r"\b(?:anniversar\w*|commemorat\w*|memorial|remembrance|mourning|mark(?:s|ed|ing)?\s+(?:\w+\s+){1,2}"
    r"years?\s+since)",
    re.I,
)
# substrings every match of _ANNIVERSARY holds, for a cheap test first
_ANNIVERSARY_HINTS = ("anniversar", "commemorat", "memorial", "remembrance", "mourning", "since")
_IN_WHICH = re.compile(r"\b(?:in|during)\s+which\b", re.I)
# words that date a figure as this news, not a recalled one
_FRESH = re.compile(
    r"\b(?:today|tonight|yesterday|overnight|this\s+(?:morning|week|afternoon|evening)|last\s+night|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
# A court ruling on past killings restates their toll: "sentenced to life over the attacks that killed 130"
_COURT = re.compile(
    r"\b(?:sentenc(?:e|es|ed|ing)|convict(?:s|ed|ing|ion)|verdict|acquit\w*|jailed|found\s+guilty|"
    r"(?:war\s+crimes\s+)?court|tribunal)\b",
    re.I,
)
# A review of a book, film or play: what it tells is not news ("Review: a new history of the siege")
_REVIEW = re.compile(
    r"\breview\s*:|^\s*['\u2018\"][^'\u2019\"]{1,80}['\u2019\"]\s+review\b"
    # a prize for a film about a war: "a documentary about the killing fields ... won the top prize"
    r"|\b(?:documentary|film|novel|memoir)\s+about\b.{0,200}\b(?:wins?|won|premieres?|premiered)\b"
    r".{0,80}\b(?:prize|award|festival)\b",
    re.I,
)
_STILL_RISING = re.compile(r"\b(?:have|has)\s+(?:now\s+)?(?:been|died)\b|\bso\s+far\b|\bto\s+date\b", re.I)

_PREFILTER = re.compile(
    r"kill|dead|death|died|\bdie|fatalit|casualt|wound|injur|missing|martyr|murder|massacr|slain|"
    r"execut|perish|lives|toll|hurt|unaccounted|disappeared",
    re.IGNORECASE,
)
_HAS_QUANTITY = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|dozen|dozens|scores|several|numerous|hundreds|thousands)\b",
    re.IGNORECASE,
)


def might_have_casualties(text: str) -> bool:
    """The cheap prefilter: a casualty word and something that reads as a number."""
    return bool(_PREFILTER.search(text)) and bool(_HAS_QUANTITY.search(text))


def _kind_of(word: str) -> str:
    for rx, kind in _KIND_OF_WORD:
        if rx.search(word):
            return kind
    return "killed"


_COMMON_VICTIMS = frozenset(w for w in re.findall(r"[a-z]+", _VICTIM_NOUNS.split("(?-i")[0]) if len(w) > 2)


def _victims(phrase: str | None) -> str:
    if not phrase:
        return "people"
    words = phrase.split()
    while words and words[0].lower() in {"more", "other", "additional", "further", "new", "the"}:
        words = words[1:]
    # a headline's capitals are not the source's spelling of common nouns: "65 People" -> "65 people"
    words = [w.lower() if w[:1].isupper() and w.lower() in _COMMON_VICTIMS else w for w in words]
    out = " ".join(words)
    if not out or out.lower() in {"others", "victims"}:
        return "people"
    return out


class _Context:
    """What the whole text says about place and conflict, computed once per text, and each part only
    when a figure needs it: most figures name their own place, and most sentences settle whether they
    are about violence, so the whole-text readings are often never made."""

    def __init__(self, sents: list[Sentence], dateline: str) -> None:
        self._sents = sents
        self._dateline = dateline
        self._hits: dict[int, list[tuple[int, int]]] = {}
        self._about: dict[str, re.Match[str] | None] = {}
        self._locative: dict[str, list[tuple[int, str]]] = {}
        self._per_sentence: dict[tuple[str, int], str | None] = {}

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
            got = self._locative[text] = locative_places(text)
        return got

    @cached_property
    def review(self) -> str | None:
        """The words that make the item a review of a book or film (first two sentences), or None."""
        lead = " ".join(sent.text for sent in self._sents[:2]).lower()
        if "review" not in lead and " about " not in lead:
            return None  # every _REVIEW match holds one of these: a cheap test first
        for sent in self._sents[:2]:
            m = _REVIEW.search(sent.text)
            if m:
                return m.group(0)[:60]
        return None

    @cached_property
    def commemoration_lead(self) -> str | None:
        """The anniversary words when the item's lead (first two sentences) is about a commemoration."""
        lead = " ".join(sent.text for sent in self._sents[:2]).lower()
        if not any(w in lead for w in _ANNIVERSARY_HINTS):
            return None
        for sent in self._sents[:2]:
            m = _ANNIVERSARY.search(sent.text)
            if m:
                return m.group(0)
        return None

    def about(self, kind: str) -> re.Match[str] | None:
        """The first words of the lexicon list `kind` ("press_freedom", "crime_statistics") in the item,
        found once per item (a cheap substring test first: most items name none)."""
        if kind not in self._about:
            found = None
            low = self._low_text
            if any(w in low for w in _ABOUT_HINTS[kind]):
                for sent in self._sents:
                    found = _lexicon_res()[kind].search(sent.text)
                    if found:
                        break
            self._about[kind] = found
        return self._about[kind]

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
                if m.city:
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
    def _places(self) -> tuple[str | None, bool, bool]:
        """(the place the text most often puts things in, whether it names Gaza but not the West Bank,
        whether that place is only named, not put anything in)"""
        locative: Counter[str] = Counter()
        anywhere: Counter[str] = Counter()
        first: dict[str, int] = {}
        for s in self._sents:
            mentions = find_places(s.text)
            for pos, p in locative_places(s.text, mentions):
                locative[p] += 1
                first.setdefault(p, s.start + pos)
            for m in mentions:
                if (
                    not m.capital
                    and not m.demonym
                    and m.canonical not in NOT_A_PLACE
                    and not ADDRESSED_BEFORE.search(s.text, max(0, m.start - 40), m.start)
                    and not AGENT_BEFORE.search(s.text, max(0, m.start - 12), m.start)
                ):
                    anywhere[m.canonical] += 1
        main_place: str | None = None
        if locative:
            best = max(locative.values())
            tied = [p for p, n in locative.items() if n == best]
            main_place = min(tied, key=lambda p: first[p])
        elif anywhere:
            main_place = anywhere.most_common(1)[0][0]
        # the dateline only says where the report was filed (Doha, Cairo, Geneva), not where anything
        # happened, unless the text points at it: "... continued here", "in this city"
        if main_place is None and self._dateline and HERE.search(" ".join(s.text for s in self._sents)):
            main_place = dateline_place(self._dateline)
        gaza_only = "Gaza" in anywhere and "West Bank" not in anywhere
        if gaza_only and main_place == "Palestine":
            main_place = "Gaza"
        return main_place, gaza_only, not locative

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
            places = self.locative(s.text)
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


def _location(
    sentence: str,
    start: int,
    ctx: _Context,
    victims: str | None = None,
    sent_start: int | None = None,
    cumulative: bool = False,
) -> tuple[str | None, str]:
    """Where the casualties happened, in this order:
    - a place the figure's clause puts them in;
    - a sea the sentence names, when the sentence puts nothing in a country;
    - a place the previous sentence puts something in;
    - the text's main place;
    - the victims' nationality ("Palestinians");
    - a country the text merely names.
    An attacker's demonym ("a Russian missile strike") and a country addressed or blamed ("pressure on
    Israel") never set it.

    Returns (place, how it was found), the second for the fact's `why`."""
    # the comma-delimited stretch holding the figure
    lo = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    hi_m = _COMMA_SEMI.search(sentence, start)
    hi = hi_m.start() if hi_m else len(sentence)
    places = ctx.locative(sentence[lo:hi])
    country: str | None
    how: str
    if places:
        country, how = places[0][1], "put there by the figure's clause"
    else:
        in_sentence = ctx.locative(sentence)
        sea = SEA.search(sentence)
        if sea and not in_sentence:
            return " ".join(sea.group(0).split()), "a sea the sentence names"
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
    if country == "Palestine" and ctx.gaza_only:
        country = "Gaza"
    specific = specific_place(sentence[lo:hi])  # in the figure's own stretch, not another clause's
    if country and "," not in country and not cumulative and not specific:
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


# Where the clause holding a figure starts and ends: "A cholera outbreak killed 40, as fighting raged".
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:as|while|amid|after|but|even\s+as|where)\s|\s(?:as|while|amid|even\s+as)\s", re.I
)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    hi_m = _CLAUSE_BREAK.search(sentence, end)
    return lo, hi_m.start() if hi_m else len(sentence)


def _not_violence(sent: Sentence, start: int, end: int, ctx: _Context) -> tuple[str, str] | None:
    """(category, word) of the not-violence cue that decides a figure is not about violence, or None
    when it is. A disaster, accident or disease word in the figure's own clause needs a strong
    conflict word in that clause too ("a drone strike hit a bus station, killing 30"; not "cholera
    killed 40 ... as fighting raged"); then the same test on the sentence; with no cue in the
    sentence, the whole text decides; with no cue anywhere, "killed" in news is taken as violence."""
    hits = ctx.hits(sent)
    lo, hi = _clause(sent.text, start, end)
    local = cues.kinds_between(hits, lo, hi)
    if local & cues.NOT:
        return None if local & cues.STRONG else ctx.not_cue(sent, lo, hi)
    if local & cues.STRONG:
        return None
    whole = cues.kinds(hits)
    if whole & cues.NOT:
        return None if whole & cues.STRONG else ctx.not_cue(sent)
    if whole & cues.STRONG:
        return None
    if whole & cues.WEAK:
        # only weak words here ("Iran executed 1,000 people"): a disaster, accident or judicial word
        # elsewhere in the text, with no strong conflict word anywhere, says it is not violence
        if ctx.cue_kinds & cues.NOT and not ctx.cue_kinds & cues.STRONG:
            return ctx.first_not_cue()
        return None
    if ctx.conflict or not ctx.not_conflict:
        return None
    return ctx.first_not_cue()


_CLAUSE_LEFT_CUT = re.compile(r";| but | and |, ")
_CLAUSE_RIGHT_CUT = re.compile(r"[;,]| and | but ")


def _cumulative(sentence: str, start: int, end: int, via_toll: bool) -> tuple[bool, str]:
    """(running toll?, the words that decided it)."""
    # the clause holding the figure: back to the previous clause break, on to the next one
    left = sentence[:start]
    cut = -1
    for m in _CLAUSE_LEFT_CUT.finditer(left):
        cut = m.start() + (1 if m.group(0) in {";", ", "} else 0)
    clause_left = left[cut + 1 :] if cut >= 0 else left
    right = sentence[end:]
    cut_m = _CLAUSE_RIGHT_CUT.search(right)
    clause_right = right[: cut_m.start()] if cut_m else right
    local = clause_left[-90:] + " # " + clause_right[:90]
    single = _SINGLE.search(local)
    if single:
        return False, f"one day or incident: '{single.group(0)}'"
    cum = _CUMULATIVE.search(local) or _CUMULATIVE.search(left[-80:])
    if cum:
        single = _SINGLE.search(clause_right[:60])
        if single:
            return False, f"one day or incident: '{single.group(0)}'"
        return True, f"running toll: '{cum.group(0)}'"
    low_local = local.lower()
    over_days = (
        _OVER_DAYS.search(local)
        if any(u in low_local for u in ("day", "night", "week", "month", "year"))
        else None
    )
    if over_days:
        return True, f"a toll over a span of time: '{over_days.group(0)}'"
    toll = _TOLL_WORD.search(left[-120:])
    if via_toll or toll:
        # a rising toll of one attack is not a running toll: "toll from the station attack rose to 57",
        # "toll rises to 90 in the airport blast"
        incident = _INCIDENT.search(left[-120:]) or _INCIDENT.search(clause_right[:90])
        if incident:
            return False, f"toll of one incident: '{incident.group(0)}'"
        return True, f"running toll: '{toll.group(0) if toll else 'toll'}'"
    return False, "no running-toll words"


def _court(c: _Candidate) -> str | None:
    """A verdict on past killings (new deaths are not reported in a court's sentence)."""
    return c.ctx.per_sentence("court", c.sent, _court_words)


_COURT_HINTS = ("sentenc", "convict", "verdict", "acquit", "jailed", "guilty", "court", "tribunal")


def _court_words(sent: Sentence) -> str | None:
    low = sent.text.lower()
    if not any(h in low for h in _COURT_HINTS):
        return None  # a cheap test first: most sentences name no court
    m = _COURT.search(sent.text)
    return m.group(0) if m else None


def _commemoration(c: _Candidate) -> str | None:
    """A toll restated on an anniversary: "to mark two years since the attack, in which about 1,200
    people were killed" (not one still rising: "have been killed"); or any figure of an item whose
    lead is about a commemoration, unless its sentence dates it as new ("on Thursday", "today")."""
    s = c.sent.text
    lead = c.ctx.commemoration_lead
    if not lead and not c.ctx.per_sentence("anniversary_hint", c.sent, _anniversary_hint):
        return None  # a cheap test first: most items and sentences mark no anniversary
    if _STILL_RISING.search(s, c.start, c.start + 80):
        return None
    m = _ANNIVERSARY.search(s)
    if m and _IN_WHICH.search(s, max(0, c.start - 60), c.start):
        return m.group(0)
    if lead and not _FRESH.search(s):
        return f"{lead} (the item's lead)"
    return None


def _anniversary_hint(sent: Sentence) -> str | None:
    low = sent.text.lower()
    return "hint" if any(h in low for h in _ANNIVERSARY_HINTS) else None


def _history(c: _Candidate) -> str | None:
    """A year long past that the figure is told in ("the 1994 genocide killed ...")."""
    published = c.published
    return c.ctx.per_sentence("history", c.sent, lambda sent: _past_year(sent.text, published))


def _past_year(s: str, published: date | None) -> str | None:
    for m in _HISTORY_YEAR.finditer(s):
        year = int(m.group(1))
        if _ONGOING_YEAR.search(s[: m.start()]):
            continue
        if (published is not None and year <= published.year - 3) or (published is None and year < 2000):
            return m.group(0)
    return None


@lru_cache(maxsize=1)
def _lexicon_res() -> dict[str, re.Pattern[str]]:
    lex = lexicon("en")
    return {
        "duration": re.compile(rf"\s*-?\s*(?:{lex.alternation('casualty', 'duration_units')})\b", re.I),
        "press_freedom": re.compile(rf"\b(?:{lex.alternation('casualty', 'press_freedom')})\b", re.I),
        "crime_statistics": re.compile(rf"\b(?:{lex.alternation('casualty', 'crime_statistics')})\b", re.I),
        "armed_conflict": re.compile(rf"\b(?:{lex.alternation('casualty', 'armed_conflict')})\b", re.I),
    }


# substrings (lowercase) one of which every entry of these lexicon lists holds: a cheap test first
_ABOUT_HINTS = {
    "press_freedom": ("press", "journalist", "reporters", "cpj", "ifj", "watchdog"),
    "crime_statistics": ("homicide", "murder", "crime", "femicide"),
}


def _duration(c: _Candidate) -> str | None:
    """A number of days, nights, years ... is a duration, never a figure ("over five days", "a 20-year
    war", "two days of clashes"); the sentence's other numbers are still read."""
    m = _lexicon_res()["duration"].match(c.sent.text, c.num_end)
    return f"'{c.sent.text[c.start : m.end()].strip()}'" if m else None


def _statistics(kind: str) -> Callable[[_Candidate], str | None]:
    def test(c: _Candidate) -> str | None:
        res = _lexicon_res()
        m = c.ctx.about(kind)  # the item is about such statistics (judged once per item)
        if m is None:
            return None
        lo, hi = _clause(c.sent.text, c.start, c.end)
        if res["armed_conflict"].search(c.sent.text, lo, hi):
            return None  # "journalists killed in the war in Gaza, the CPJ said" is conflict news
        return f"'{m.group(0)}'"

    return test


def _review(c: _Candidate) -> str | None:
    """A review of a book or film about a war (the first two sentences say so)."""
    return c.ctx.review


def _missing_outside_conflict(c: _Candidate) -> str | None:
    """Missing people are casualties only in conflict news, not in a police appeal."""
    return "missing, and no conflict word in the text" if c.kind == "missing" and not c.ctx.conflict else None


def _one_victim_outside_conflict(c: _Candidate) -> str | None:
    """One victim told without a number is read only in conflict news: in crime news it is no toll."""
    return None if c.ctx.conflict else "one victim, and no conflict word in the text"


def _not_violence_veto(category: str) -> Veto[_Candidate]:
    def test(c: _Candidate) -> str | None:
        verdict = c.not_violence
        return f"'{verdict[1]}'" if verdict is not None and verdict[0] == category else None

    return Veto(
        category, f"a {category} word decides the figure is not about violence (lexicon not_{category})", test
    )


class _Candidate:
    """A figure read but not yet judged: what the vetoes test."""

    __slots__ = ("__dict__", "ctx", "end", "kind", "num_end", "published", "sent", "start")

    def __init__(
        self,
        sent: Sentence,
        start: int,
        end: int,
        kind: str,
        ctx: _Context,
        published: date | None,
        num_end: int | None = None,
    ) -> None:
        self.sent = sent
        self.start = start
        self.end = end
        self.kind = kind
        self.ctx = ctx
        self.published = published
        self.num_end = end if num_end is None else num_end  # where the number itself ends

    @cached_property
    def not_violence(self) -> tuple[str, str] | None:
        return _not_violence(self.sent, self.start, self.end, self.ctx)


_COMMON_VETOES: list[Veto[_Candidate]] = [
    Veto("review", "a review of a book or film about a war", _review),
    *(_not_violence_veto(c) for c in cues.NOT_CATEGORIES),
    Veto(
        "press_freedom",
        "press-freedom statistics not tied to a war in the figure's clause",
        _statistics("press_freedom"),
    ),
    Veto(
        "crime_statistics",
        "crime statistics not tied to a war in the figure's clause",
        _statistics("crime_statistics"),
    ),
    Veto("court", "a court's verdict restates past killings", _court),
    Veto("commemoration", "an anniversary restates a past toll ('in which ... were killed')", _commemoration),
    Veto("history", "told in a year three or more years before publication", _history),
]
# Ordered: the first veto that applies names the reason a figure was dropped.
CASUALTY_VETOES: VetoTable[_Candidate] = VetoTable(
    "casualty",
    [
        _COMMON_VETOES[0],
        Veto("duration", "a number of days, nights, years: a duration, not a figure", _duration),
        Veto("missing_outside_conflict", "missing people outside conflict news", _missing_outside_conflict),
        *_COMMON_VETOES[1:],
    ],
)
# vetoes that drop one number and let the sentence's other numbers be read
_SKIP_ONE = frozenset({"duration", "missing_outside_conflict"})
ONE_VICTIM_VETOES: VetoTable[_Candidate] = VetoTable(
    "casualty",
    [
        _COMMON_VETOES[0],
        Veto(
            "one_victim_outside_conflict",
            "one victim without a number outside conflict news",
            _one_victim_outside_conflict,
        ),
        *_COMMON_VETOES[1:],
    ],
)


# --- extraction -----------------------------------------------------------------------------------

_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:aged|ages|age\s+of|\$|€|£|US\$|No\.|number|page|resolution|article)\s*$"
    # remains handed back in a deal are not a new toll: "hand over the bodies of 18 dead captives"
    r"|\b(?:hand(?:s|ed|ing)?\s+over|return(?:s|ed|ing)?|releas\w*|exchang\w*|swap\w*|repatriat\w*)\s+"
    r"(?:the\s+)?(?:bodies|remains)\s+of\s+(?:the\s+)?$"
    # people a hospital treated are not a toll; "killed off three airlines" is a metaphor
    r"|\b(?:treat(?:s|ed|ing)?|cared\s+for|caring\s+for|operated\s+on)\s+(?:(?:more\s+than|over|some|about|"
    r"nearly|almost)\s+)?$"
    r"|\bkill(?:s|ed|ing)?\s+off\s+$",
    re.I,
)
_NOT_A_COUNT_WORDS = (
    "age", "$", "€", "£", "no.", "number", "resolution", "article", "bodies", "remains", "treat", "cared",
    "caring", "operated", " off",
)  # fmt: skip
_DATE_AFTER = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"
)
# Bodies found are the dead: "the bodies of 12 people were recovered", "17 bodies had been pulled out"
# (remains handed back in a deal are caught by _NOT_A_COUNT_BEFORE first).
_BODIES_OF_BEFORE = re.compile(r"\bbodies\s+of\s+(?:the\s+|another\s+|at\s+least\s+|some\s+)?$", re.I)
_BODIES_AFTER = re.compile(r"\s*(?:more\s+|other\s+|[A-Z]\w+\s+)?bodies\b")
_BODIES_HANDED = re.compile(
    r"\b(?:hand(?:s|ed|ing)?\s+over|return\w*|releas\w*|exchang\w*|swap\w*|repatriat\w*|receiv\w*)\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
# A count of animals or things, not people: "kill two birds with one stone", "killed 40 cattle"
_NOT_PEOPLE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:birds|animals|cattle|livestock|cows|goats|sheep|camels|donkeys|dogs|fish|"
    r"points|goals|hopes|chances|bills|jobs|trees|rhinos?|elephants|lions|tigers|whales|dolphins|"
    r"wolves|bears|deer|horses|pigs|chickens|poultry)\b",
    re.I,
)
_LIVES_VERB = re.compile(r"(?:claim\w*|cost\w*|took|taken|lost|loss\s+of)\s+(?:\w+\s+)?$", re.I)
_VICTIMS_AFTER = re.compile(rf"\s*(?:of\s+)?(?:the\s+)?(?P<vic>{_VICTIMS})", re.I)
_VICTIMS_RIGHT = re.compile(rf"\s*(?P<vic>{_VICTIMS})", re.I)


_Read = tuple[str, str | None, bool, int, str, str]


def _read_figure(s: str, start: int, end: int, num: str, qual: str, low: str | None) -> _Read | None:
    """(kind, victims, via_toll, end of the phrase, recognizer, trigger words) if the quantity at
    s[start:end] is a casualty figure. The recognizer names the reading: figure_then_casualty_word,
    verb_then_figure, toll_then_figure, bodies_found.

    `low`: `lower_for_tests(s)`, to skip the regexes whose words are not there."""
    left_tail = s[max(0, start - 40) : start]
    if may_hold(low, _NOT_A_COUNT_WORDS, max(0, start - 40), start) and _NOT_A_COUNT_BEFORE.search(left_tail):
        return None
    if may_hold(low, ("bodies",), max(0, start - 40)):
        bodies = _bodies(s, start, end)
        if bodies is not None:
            return bodies
    a = _AFTER.match(s, end) if may_hold(low, _AFTER_WORDS, end) else None
    if a:
        kind_word = a.group("ki")
        vic = a.group("vic")
        if (
            (is_year(num) and not vic)
            or (kind_word.lower() == "lives" and not _LIVES_VERB.search(left_tail))
            or (vic and vic.split()[-1].lower() == "hostages" and kind_word.lower() in {"missing"})
        ):
            a = None
        if a:
            return _kind_of(kind_word), vic, False, a.end(), "figure_then_casualty_word", kind_word
    pair = (
        _AFTER_PAIR.match(s, end)
        if may_hold(low, _AFTER_WORDS, end) and " and " in s[end : end + 120]
        else None
    )
    if pair and not is_year(num) and not _VERB_BEFORE.search(s[max(0, start - 60) : start]):
        # (not after a casualty verb: "killed 12 soldiers and 4 civilians were wounded" is two kinds)
        kind_word = pair.group("ki")
        return (
            _kind_of(kind_word),
            pair.group("vic"),
            False,
            pair.start("vic") + len(pair.group("vic")),
            ("two_groups_then_casualty_word"),
            kind_word,
        )
    inverted = (
        _INVERTED_PART.search(s, max(0, start - 80), start)
        if may_hold(low, ("among", "includ"), max(0, start - 80), start)
        else None
    )
    if inverted and not is_year(num):
        vic_m = _VICTIMS_RIGHT.match(s, end)
        word = inverted.group("k1") or inverted.group("k2")
        kind = "killed" if word.lower() == "victims" else _kind_of(word)
        return (
            kind,
            vic_m.group("vic") if vic_m else None,
            False,
            vic_m.end() if vic_m else end,
            "part_named_after_whole",
            word,
        )
    v = (
        _VERB_BEFORE.search(s[max(0, start - 60) : start])
        if may_hold(low, _VERB_BEFORE_WORDS, max(0, start - 60), start)
        else None
    )
    if v and not is_year(num) and not _NOT_PEOPLE_AFTER.match(s, end):
        vic_m = _VICTIMS_AFTER.match(s, end)
        return (
            _kind_of(v.group("verb")),
            vic_m.group("vic") if vic_m else None,
            False,
            vic_m.end() if vic_m else end,
            "verb_then_figure",
            v.group("verb"),
        )
    just_before = _TOLL_NOUN_JUST_BEFORE.search(s[max(0, start - 40) : start])
    if just_before and qual.lower().startswith("up") and not is_year(num):
        word = just_before.group(0)
        kind = _kind_of(word) if "toll" not in word.lower() else "killed"
        return kind, None, True, end, "toll_then_figure", word.strip()
    tail = s[max(0, start - 200) : start]
    tail_low = tail.lower()
    noun = _toll_before(tail) if may_hold(tail_low, _TOLL_STEMS) else None
    if noun and not is_year(num) and not _DATE_AFTER.match(s, end):
        vic_m = _VICTIMS_RIGHT.match(s, end)
        if "toll" in noun or "total" in noun or "tally" in noun:
            kind = "killed" if "injur" not in noun and "casualt" not in noun else _kind_of(noun)
        else:
            kind = _kind_of(noun)
        vic_end = vic_m.end() if vic_m else end
        return kind, vic_m.group("vic") if vic_m else None, True, vic_end, "toll_then_figure", noun
    return None


def _bodies(s: str, start: int, end: int) -> _Read | None:
    """A count of bodies found ("the bodies of 12 people", "17 bodies"): the dead, unless handed back."""
    if _BODIES_OF_BEFORE.search(s, max(0, start - 40), start):
        vic_m = _VICTIMS_AFTER.match(s, end)
        vic_end = vic_m.end() if vic_m else end
        return "killed", vic_m.group("vic") if vic_m else None, False, vic_end, "bodies_found", "bodies of"
    b = _BODIES_AFTER.match(s, end)
    if b and not _BODIES_HANDED.search(s, max(0, start - 40), start):
        return "killed", None, False, b.end(), "bodies_found", "bodies"
    return None


_LAST_WORD = re.compile(r"(\w+)\s+(?:the\s+)?[\"']?\s*$")
_MORE_THAN_VERB = re.compile(
    r"passed|passes|passing|surpassed|surpasses|surpassing|exceeded|exceeds|exceeding|topped|tops|"
    r"topping|crossed|crosses|cleared|clears|past|above|over"
)
_NEARLY_VERB = re.compile(r"nears|neared|nearing|approaches|approached")


def _qualifier_from_toll(left: str, qual: str) -> str:
    verb = _LAST_WORD.search(left[-40:])
    if not verb:
        return qual
    w = verb.group(1).lower()
    if qual == "exact" and _MORE_THAN_VERB.fullmatch(w):
        return "more_than"
    if qual == "exact" and _NEARLY_VERB.fullmatch(w):
        return "nearly"
    return qual


# Parts of a figure: "killing 18 people, among them nine children", "20 people, 18 of them women",
# "including 10 women and three infants". Each names its own victims and shares the figure's kind.
_PART_INCL = re.compile(
    rf"\b(?:including|among\s+them|among\s+whom|of\s+whom|mostly)\s+(?:(?:at\s+least|some)\s+)?"
    rf"(?P<q>{QUANTITY})\s+(?P<vic>{_VICTIMS})",
    re.I,
)
# parts between dashes: "302 people — 98 soldiers, 139 civilians and 65 rebels — were killed"
_PART_DASH = re.compile(rf"\s(?:[—–]|--)\s*(?P<q>{QUANTITY})\s+(?P<vic>{_VICTIMS})", re.I)
_PART_OF_THEM = re.compile(
    rf",\s*(?P<q>{QUANTITY})\s+of\s+(?:them|whom)(?:\s+(?:were|being))?\s+(?P<vic>{_VICTIMS})", re.I
)
_PART_MORE = re.compile(rf"\s*(?:,\s*and|,|and)\s+(?P<q>{QUANTITY})\s+(?P<vic>{_VICTIMS})", re.I)
_SIBLING = re.compile(rf"\s+and\s+(?P<q>{QUANTITY})\s+(?P<vic>{_VICTIMS})", re.I)
_KIND_NEXT = re.compile(
    rf"\s*(?:{_AUX}\s+){{0,3}}(?:killed|dead|died|wounded|injured|hurt|missing|kidnapped|abducted)\b", re.I
)
_OTHER_KIND = re.compile(
    r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|missing|hurt)\b|[;]", re.I
)


def _sibling(s: str, end: int) -> tuple[int | None, str, str, int] | None:
    """A second group counted by the same verb: "killed 33 children and two teachers" -> two teachers.
    Not when a casualty word of its own follows ("killed 20 soldiers and 5 civilians were wounded")."""
    m = _SIBLING.match(s, end)
    if m is None or _KIND_NEXT.match(s, m.end()):
        return None
    count, qual = parse_quantity(m.group("qual"), m.group("num"))
    return (count, qual, m.group("vic"), m.end()) if count is not None else None


def _parts(s: str, end: int) -> list[tuple[int | None, str, str, int]]:
    """(count, qualifier, victims, end) for the parts of the figure that ends at `end`."""
    dash = _PART_DASH.search(s, end) if "—" in s or "–" in s or "--" in s else None
    found = [m for m in (_PART_INCL.search(s, end), _PART_OF_THEM.search(s, end), dash) if m]
    if not found:
        return []
    m = min(found, key=lambda x: x.start())
    between = s[end : m.start()]
    if _OTHER_KIND.search(between) or len(between) > 90:
        return []
    count, qual = parse_quantity(m.group("qual"), m.group("num"))
    out: list[tuple[int | None, str, str, int]] = [(count, qual, m.group("vic"), m.end())]
    pos = m.end()
    if m.re is _PART_INCL or m.re is _PART_DASH:
        while more := _PART_MORE.match(s, pos):
            count, qual = parse_quantity(more.group("qual"), more.group("num"))
            out.append((count, qual, more.group("vic"), more.end()))
            pos = more.end()
    return [p for p in out if p[0] is not None]


# A range: "between 20 and 30 people were killed" -> 20, at_least (the floor is what is known).
_RANGE_TAIL = re.compile(rf"\s*(?:and|to|-|–)\s*(?P<q2>{QUANTITY})(?![\w-]|,\d|\.\d|%)", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# A sentence that counts within the previous sentence's figure: "Of those, 21 were waiting for aid."
_REFER_BACK = re.compile(
    rf"^\s*(?:of\s+(?:those|them|these|the\s+(?:dead|victims|casualties|killed|wounded|injured))|"
    rf"among\s+(?:them|those|the\s+(?:dead|victims|casualties)))\s*,?\s+(?P<q>{QUANTITY})\s+(?:were|was|had|are)\b"
    rf"(?:\s+(?P<rvic>{_VICTIMS}))?",
    re.I,
)


_KIND_AFTER_END = re.compile(rf"{_KIND_AFTER}$", re.I)


def _why(
    recognizer: str,
    trigger: str,
    sent: Sentence,
    start: int,
    end: int,
    roles: list[tuple[str, str]],
    status: str,
) -> Why:
    lo, hi = _clause(sent.text, start, end)
    return Why(recognizer, (trigger,) if trigger else (), sent.text[lo:hi].strip(), tuple(roles), status)


def _extract(
    doc: Doc, published: date | None, trace: list[Dropped] | None, ctx: _Context
) -> list[CasualtyFigure]:
    wanted = {s.start: (words, cas) for s, words, cas in doc.casualty_sentences()}
    if not wanted:
        return []
    out: list[CasualtyFigure] = []
    previous: CasualtyFigure | None = None  # the last figure of the previous sentence
    for sent in doc.sents:
        s = sent.text
        if sent.start not in wanted:
            ref = _REFER_BACK.match(s) if previous is not None else None
            if ref and previous is not None:
                count, qual = parse_quantity(ref.group("qual"), ref.group("num"))
                place, how = _location(s, ref.start("q"), ctx)
                why = _why(
                    "refer_back",
                    ref.group(0).split(",")[0].strip(),
                    sent,
                    ref.start(),
                    ref.end(),
                    [
                        ("count", f"'{ref.group('q')}'"),
                        ("kind", f"the previous sentence's figure ({previous.kind})"),
                        ("location", f"{place}: {how}"),
                    ],
                    "a part of the previous figure: not a running toll",
                )
                out.append(
                    CasualtyFigure(
                        count,
                        qual,
                        previous.kind,
                        _victims(ref.group("rvic")),
                        place,
                        False,
                        evidence=s.strip(),
                        why=why,
                    )
                )
            previous = None
            continue
        previous = None
        consumed = -1
        number_words, casualty_words = wanted[sent.start]
        low = lower_for_tests(s)
        for q_start, q_end, q_qual, num in quantities(s, number_words):
            if q_start < consumed or not any(q_start - 200 <= c <= q_end + 120 for c in casualty_words):
                continue  # no casualty word near enough to make this number a figure
            qual_word = q_qual or ""
            end = q_end
            # the value is parsed only for a range or a figure (most numbers are neither)
            parsed: tuple[int | None, str] | None = None
            rng = _RANGE_TAIL.match(s, end)
            if rng:
                parsed = parse_quantity(q_qual, num)
                if (
                    parsed[0] is not None
                    and parse_quantity(rng.group("qual"), rng.group("num"))[0] is not None
                    and (
                        _BETWEEN.search(s, 0, q_start)
                        if rng.group(0).lstrip().startswith("and")
                        else not _FROM_BEFORE.search(s, 0, q_start)
                    )
                ):
                    end = rng.end()
                    if parsed[1] == "exact":
                        parsed = (parsed[0], "at_least")
            read = _read_figure(s, q_start, end, num, qual_word, low)
            if read is None:
                continue
            count, qual = parse_quantity(q_qual, num) if parsed is None else parsed
            kind, vic, via_toll, phrase_end, recognizer, trigger = read
            vetoed = CASUALTY_VETOES.first(_Candidate(sent, q_start, phrase_end, kind, ctx, published, q_end))
            if vetoed is not None:
                if trace is not None:
                    trace.append(Dropped("casualty", *vetoed, f"{s[q_start:phrase_end]} ({kind})", s.strip()))
                if vetoed[0] in _SKIP_ONE:
                    continue
                break  # the sentence is about something else: its other numbers are too
            left = s[:q_start]
            if qual == "up_to" and _TOLL_NOUN_JUST_BEFORE.search(left[-40:]):
                qual = "exact"  # "injuries up to 11,530": the total went up to it
            if via_toll:
                qual = _qualifier_from_toll(left, qual)
            cumulative, cumulative_why = _cumulative(s, q_start, phrase_end, via_toll)
            location, how = _location(s, q_start, ctx, _victims(vic), sent.start, cumulative)
            roles = [
                ("count", f"'{s[q_start:end].strip()}' ({qual})"),
                ("kind", f"'{trigger}' -> {kind}"),
                ("victims", f"'{vic}'" if vic else "none named: people"),
                ("location", f"{location}: {how}"),
            ]
            why = _why(recognizer, trigger, sent, q_start, phrase_end, roles, cumulative_why)
            floor = vague_floor(num) if count is None else None
            if floor is not None:
                roles.append(("lower_bound", f"'{num}' means at least {floor}"))
                why = _why(recognizer, trigger, sent, q_start, phrase_end, roles, cumulative_why)
            fact = CasualtyFigure(
                count,
                qual,
                kind,
                _victims(vic),
                location,
                cumulative,
                evidence=s.strip(),
                why=why,
                lower_bound=floor,
            )
            out.append(fact)
            previous = fact
            consumed = phrase_end
            # parts are read after the figure's own casualty word: "left 23 dead, including four children"
            parts = _parts(s, end) or (_parts(s, phrase_end) if phrase_end > end else [])
            if not parts and phrase_end > end and not _KIND_AFTER_END.search(s, end, phrase_end):
                sibling = _sibling(s, phrase_end)
                parts = [sibling] if sibling else []
            for pcount, pqual, pvic, pend in parts:
                part_roles = [
                    ("count", f"{pcount} ({pqual}), a part of '{s[q_start:end].strip()}'"),
                    *roles[1:],
                ]
                part_roles[2] = ("victims", f"'{pvic}'")
                part_why = _why("part_of_figure", trigger, sent, q_start, pend, part_roles, cumulative_why)
                out.append(
                    CasualtyFigure(
                        pcount,
                        pqual,
                        kind,
                        _victims(pvic),
                        location,
                        cumulative,
                        evidence=s.strip(),
                        why=part_why,
                    )
                )
                consumed = max(consumed, pend)
    return out


# One named victim, no number: "troops shot dead a 16-year-old Palestinian", "A Palestinian man was
# killed", "a peacekeeper was also injured", "two journalists were killed and another injured",
# "An American photographer and his translator were killed" (two). Read only in conflict news (a
# strong or weak cue in the text): in crime news it is no toll. The nouns are lexicon data
# ([casualty] one_victim_nouns).
_ONE_MODIFIERS = r"(?:(?!(?:and|or|in|of|at|on|by|near|who|with|was|were)\b)[\w-]+\s+){0,2}?"
_ONE_PASSIVE = (
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|later\s+|seriously\s+|"
    r"critically\s+|badly\s+|lightly\s+)?(?P<pv>killed|shot\s+dead|shot\s+and\s+killed|injured|wounded|hurt)\b"
)


@lru_cache(maxsize=1)
def _one_victim_re() -> re.Pattern[str]:
    noun = rf"(?:{lexicon('en').alternation('casualty', 'one_victim_nouns')})"
    return re.compile(
        rf"\b(?:kill(?:s|ed|ing)|shot\s+dead|shoot(?:s|ing)?\s+dead|shot\s+and\s+killed)"
        rf"\s+(?:[^.;,]{{0,60}}?\s+and\s+)?an?\s+(?P<vic>{_ONE_MODIFIERS}{noun})(?![\w-]|\s+and\s)"
        rf"|(?:(?:^\s*|\n\s*|[.;:]\s+|\s[—–-]+\s+)(?-i:An?)|\band\s+(?-i:an?))\s+(?P<vic2>{_ONE_MODIFIERS}{noun})"
        rf"(?:\s+and\s+(?:his|her|their|an?)\s+(?P<vic3>{_ONE_MODIFIERS}{noun}))?\s+(?:{_ONE_PASSIVE}|"
        rf"(?P<died>died|dies)\b)"
        # one victim beside a counted group: "Two paramedics and their driver were killed"
        rf"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[\w-]+\s+and\s+(?:his|her|their|its)\s+"
        rf"(?P<vic5>{noun})\s+(?:were|have\s+been)\s+(?P<pv5>killed|injured|wounded)\b"
        # a part that is one victim: "six civilians, among them a 12-year-old boy"
        rf"|\b(?:among\s+them|including|among\s+whom)\s+an?\s+(?P<vic6>{_ONE_MODIFIERS}{noun})\b"
        rf"|\band\s+(?:one\s+)?another\s+(?:\w+\s+)?(?P<another>injured|wounded|hurt|killed)\b",
        re.IGNORECASE,
    )


# Around a casualty word, what every match of _one_victim_re holds: a cheap test ("killed a",
# "was also wounded", "and another injured")
_ONE_AFTER = re.compile(r"\w*\s+an?\s")
_ONE_BEFORE = re.compile(
    r"(?:was|were|been)\s+(?:\w+\s+)?$|another\s+(?:\w+\s+)?$|(?:^|[.;:]\s+)An?\s+(?:[\w-]+\s+){1,3}$"
)


_KIND_BEFORE_PART = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\b", re.I)


def might_have_one_victim(text: str) -> bool:
    """Whether `text` may tell of one victim without a number (see _one_victim_re)."""
    low = text.lower()
    return (
        any(w in low for w in ("kill", "dead", "died", "dies", "injur", "wound", "hurt"))
        and _one_victim_re().search(text) is not None
    )


def _one_victim(
    doc: Doc, published: date | None, trace: list[Dropped] | None, ctx: _Context
) -> list[CasualtyFigure]:
    """One victim (or two, joined by "and his"), told without a number (see _one_victim_re)."""
    out: list[CasualtyFigure] = []
    for sent, positions in zip(doc.sents, doc.casualty_words, strict=True):
        s = sent.text
        if not any(
            _ONE_AFTER.match(s, p)
            or _ONE_BEFORE.search(s, max(0, p - 40), p)
            or " and a" in s[p : p + 90]
            or "among them a" in s[p : p + 90]
            or "including a" in s[p : p + 90]
            for p in positions
        ):
            continue  # none of the shapes _one_victim_re reads is around a casualty word
        for m in _one_victim_re().finditer(s):
            word = m.group("pv") or m.group("pv5") or m.group("another") or "killed"
            if m.group("vic6"):
                # a part takes its figure's kind: the casualty word before it in the sentence
                before = _KIND_BEFORE_PART.findall(s, 0, m.start())
                word = before[-1] if before else "killed"
            kind = _kind_of(word)
            vetoed = ONE_VICTIM_VETOES.first(_Candidate(sent, m.start(), m.end(), kind, ctx, published))
            if vetoed is not None:
                if trace is not None:
                    trace.append(Dropped("casualty", *vetoed, m.group(0).strip(), s.strip()))
                continue
            count = 2 if m.group("vic3") else 1
            if m.group("another"):
                vic = "people"
            else:
                vic = (m.group("vic") or m.group("vic2") or m.group("vic5") or m.group("vic6")).split()[-1]
                if m.group("vic3"):
                    vic = f"{vic} and {m.group('vic3').split()[-1]}"
            location, how = _location(s, m.start(), ctx)
            roles = [
                ("count", f"{'two victims' if count == 2 else 'one victim'} named without a number: {count}"),
                ("kind", f"'{word}' -> {kind}"),
                ("victims", f"'{vic}'"),
                ("location", f"{location}: {how}"),
            ]
            why = _why("one_victim", m.group(0).strip(), sent, m.start(), m.end(), roles, "one incident")
            out.append(
                CasualtyFigure(count, "exact", kind, vic, location, False, evidence=s.strip(), why=why)
            )
    return out


def extract_casualties(text: str, published: date | None = None) -> list[CasualtyFigure]:
    """Every casualty figure in `text`, in order, de-duplicated."""
    return casualties_in(prepare(text), published)


def casualties_in(
    doc: Doc, published: date | None = None, trace: list[Dropped] | None = None
) -> list[CasualtyFigure]:
    """`extract_casualties` on an already prepared text (what `extract_facts` calls); with `trace`,
    every figure a veto dropped is appended to it."""
    if not doc.mask & CASUALTY:
        return []
    ctx = _Context(doc.sents, doc.dateline)  # lazy: it reads the whole text only when a figure asks
    return merge_casualties(_extract(doc, published, trace, ctx) + _one_victim(doc, published, trace, ctx))


_QUALIFIER_RANK = {"exact": 0, "vague": 0, "about": 1, "up_to": 1, "nearly": 2, "at_least": 2, "more_than": 2}


def merge_casualties(facts: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """One fact per (kind, count): a title and its summary usually repeat a figure, and the fuller
    reading (a hedge over none, named victims over "people", a specific place) wins."""
    merged: dict[tuple[str, int | None], CasualtyFigure] = {}
    for f in facts:
        key = (f.kind, f.count)
        old = merged.get(key)
        if old is None:
            merged[key] = f
            continue
        qual = f.qualifier if _QUALIFIER_RANK[f.qualifier] > _QUALIFIER_RANK[old.qualifier] else old.qualifier
        victims = old.victims if old.victims not in (None, "people") else f.victims
        location = old.location
        if f.location and (location is None or ("," in f.location and "," not in location)):
            location = f.location
        merged[key] = CasualtyFigure(
            old.count,
            qual,
            old.kind,
            victims,
            location,
            old.cumulative or f.cumulative,
            evidence=old.evidence,
            why=old.why,
            lower_bound=old.lower_bound if old.lower_bound is not None else f.lower_bound,
        )
    return list(merged.values())
