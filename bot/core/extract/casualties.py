"""Casualty figures: how many were killed, injured or missing, who, where, and whether the figure is a
running toll or one incident.

How a figure is read (every pattern is a regex below, named for what it catches):

- a quantity (`numbers.QUANTITY`: "nearly 61,500", "two dozen", "dozens") is a casualty figure when
  * a victim phrase and a casualty word follow it: "five Al Jazeera journalists were killed",
    "17 martyrs", "38 dead", "434 casualties", "Thousands missing"           (`_AFTER`)
  * a casualty verb precedes it: "killed nearly 61,500 Palestinians", "wounding 102"   (`_VERB_BEFORE`)
  * a toll precedes it: "death toll ... rose to 40", "bringing the toll to 50,021"     (`_TOLL_BEFORE`)
  * it follows "including" after another figure: "killing 11 people, including five children"
- the figure is dropped when the text is about a disaster, accident or disease and not about violence
  (`_NOT_CONFLICT` / `_CONFLICT`), or when it is background history ("the 1994 genocide ... killed").
- cumulative: a running toll ("death toll", "since the war began", "so far") unless the figure is
  scoped to one day or incident ("in the past 24 hours", "on Saturday alone", "the strike").
- location: a place the sentence puts the figure in ("in Gaza", "the town of Pokrovsk", "attacked
  southern Israel"); failing that, the place the whole text most often puts things in.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from bot.core.extract.numbers import QUANTITY, is_year, parse_quantity
from bot.core.extract.places import find_places
from bot.core.extract.text import Sentence, clean, sentences
from bot.core.model import CasualtyFigure

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
    r"|killed|dead|died|die|dies|deaths?|fatalities|lives|martyrs?|martyred|murdered|slain|massacred|"
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
    rf"^\s*(?:of\s+)?(?:the\s+)?(?P<vic>{_VICTIMS})?"
    rf"(?:\s*,?\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them)\s[^,;]{{1,40}}?,?)?"
    rf"\s*(?:{_AUX}\s+){{0,4}}(?:(?:more|other|additional|further|new)\s+)?{_KIND_AFTER}",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"(?P<verb>kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|massacr(?:e|es|ed|ing)|"
    r"murder(?:s|ed|ing)?|slaughter(?:s|ed|ing)?|execut(?:e|es|ed|ing)|"
    r"(?:claim(?:s|ed|ing)?|took|take|takes|taking|cost|costing)\s+(?:the\s+)?lives\s+of|"
    r"death\s+of|deaths\s+of)"
    r"\s+(?:all\s+|another\s+|an?\s+additional\s+)?[\"']?\s*$",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(
    r"\b(?P<noun>death\s+toll|injury\s+toll|casualty\s+toll|toll|tally|death\s+count|body\s+count|"
    r"number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|casualties|martyrs|victims|people\s+killed|"
    r"those\s+killed|killed|injured|wounded|injuries)|fatalities|deaths|casualties|injuries|"
    r"injured|wounded|martyrs|dead)\b[^;]{0,130}?"
    r"(?P<verb>(?:rose|rises|risen|rising|rise|climbed|climbs|climbing|climb|increased|increases|"
    r"jumped|jumps|surged|surges|soared|soars|grew|grown|mounted|revised(?:\s+(?:down|up|upward|downward))?)"
    r"(?:\s+to)?|reached|reaches|reaching|reach|hit|hits|hitting|passed|passes|passing|surpassed|"
    r"surpasses|surpassing|exceeded|exceeds|exceeding|topped|tops|topping|crossed|crosses|cleared|"
    r"clears|stands\s+at|stood\s+at|stand\s+at|now\s+at|is\s+now|to|at|of|from|past|above|over|is|was|"
    r"are|were|totals|totalled|totaled|nears|neared)\s+(?:the\s+)?[\"']?\s*$",
    re.IGNORECASE,
)
_TOLL_STEMS = (
    "toll",
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
_INCLUDING = re.compile(
    rf"^\s*(?:{_VICTIMS})?\s*,?\s*(?:including|among\s+them|among\s+whom)\s+(?P<q>{QUANTITY})\s+"
    rf"(?P<vic>{_VICTIMS})",
    re.IGNORECASE,
)
_QUANTITY_RE = re.compile(rf"(?<![\w.,$€£-]){QUANTITY}(?![\w-]|,\d|\.\d|%)", re.IGNORECASE)

_KIND_OF_WORD = (
    (re.compile(r"(?:killed|dead)\s+(?:and|or)\s+(?:injured|wounded)|casualt", re.I), "killed_and_injured"),
    (re.compile(r"wound|injur|hurt", re.I), "injured"),
    (re.compile(r"missing|unaccounted|disappeared", re.I), "missing"),
)

# Text about violence (strong cues win over a disaster cue in the same sentence; weak ones do not).
_CONFLICT_STRONG = re.compile(
    r"\b(?:war|wars|warfare|conflict|air\s*strikes?|strikes?|attack(?:s|ed|ers)?|bomb(?:s|ed|ing|ings|ardment)?|"
    r"blasts?|missiles?|shell(?:s|ed|ing)|rockets?|drones?|militants?|rebels?|insurgents?|insurgency|"
    r"jihadists?|militias?|militiamen|gunmen|massacres?|martyrs?|clash(?:es|ed)?|fighting|violence|"
    r"aggression|genocide|siege|hostilities|offensive|terror(?:ist|ists|ism)?|suicide\s+bomber|"
    r"explosives?|ambush(?:ed)?|raids?|snipers?|gunfire|opened\s+fire|crossfire|artillery|"
    r"mortars?|grenades?|invasion|occupation|junta|coup|armed\s+groups?|Hamas|Hezbollah|Houthis?|"
    r"RSF|Rapid\s+Support\s+Forces|Islamic\s+State|ISIS|al-Shabaa?b|Boko\s+Haram|Taliban|ADF|M23|"
    r"paramilitar(?:y|ies)|battles?|combat|front\s*lines?|warplanes?|airstrikes?|fighter\s+jets?|ceasefire|cease-fire|"
    r"murdered|slaughtered|executed|killing\s+spree)\b",
    re.IGNORECASE,
)
_NOT_CONFLICT = re.compile(
    r"\b(?:earthquakes?|quakes?|tsunamis?|floods?|flooding|flash\s+floods?|landslides?|mudslides?|"
    r"monsoon|cyclones?|hurricanes?|typhoons?|storms?|tornado(?:es)?|heat\s*waves?|heat|temperatures|"
    r"wildfires?|bushfires?|blaze|fire|avalanches?|volcan(?:o|ic)|eruption|drought|lightning|"
    r"crash(?:es|ed)?|collisions?|collided|derail(?:ed|ment)|accidents?|accidental|bus|buses|truck|"
    r"lorry|plane|aircraft|helicopter|train|ferry|boat\s+capsized|capsized|sank|shipwreck|stampede|"
    r"crush|collapse[ds]?|mine\s+collapse|disease|outbreak|cholera|ebola|covid(?:-19)?|coronavirus|"
    r"virus|epidemic|pandemic|measles|dengue|malaria|mpox|influenza|flu|overdoses?|poisoning|"
    r"pilgrims?|pilgrimage|Hajj|mall|gunman|school\s+shooting|mass\s+shooting|police\s+officer)\b",
    re.IGNORECASE,
)

# Scope of a figure: one incident or day, or a running total.
_SINGLE = re.compile(
    r"past\s+24\s+hours|last\s+24\s+hours|past\s+day|since\s+midnight|since\s+dawn|since\s+(?:this|yesterday)\s+"
    r"morning|\balone\b|overnight|\bthis\s+week\b|\bsingle\b",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(
    r"\bsince\b|\bso\s+far\b|\bto\s+date\b|\btotal\b|\boverall\b|\bin\s+all\b|\bthe\s+war\b|\bthis\s+war\b|"
    r"\bthe\s+conflict\b|\bwar\s+(?:in|on|with)\b|\bcampaign\b|\bhostilities\b|\bwave\s+of\s+violence\b|"
    r"\bongoing\b|\bcumulative\b|\bbringing\b|\bover\s+(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:months|years|weeks)\b|"
    r"-month\s+period|\bmonths\s+of\b|\byears\s+of\b",
    re.IGNORECASE,
)
_INCIDENT = re.compile(
    r"\b(?:strike|attack|bombing|blast|explosion|massacre|raid|ambush|shooting|assault|shelling|"
    r"incident|bomb|car\s+bomb)\b",
    re.IGNORECASE,
)
_TOLL_WORD = re.compile(r"\b(?:toll|tally|death\s+count)\b", re.IGNORECASE)

# Where: specific places and the prepositions/verbs that put a figure in a place.
_SPECIFIC = re.compile(
    r"\b(?:city|town|village|villages|camp|region|province|district|state|port|capital|governorate|"
    r"township|neighbou?rhood|oblast|county|suburb|settlement|municipality)\s+of\s+"
    r"(?P<p>(?-i:[A-Z][\w'-]+)(?:[ -](?-i:[A-Z][\w'-]+)){0,2})"
    r"|\b(?:in|at)\s+(?:the\s+)?(?P<q>(?-i:[A-Z][\w'-]+)(?:[ -](?-i:[A-Z][\w'-]+)){0,2})"
    r"(?=\s+(?:city|town|village|camp|region|province|district|state|township|area|neighbou?rhood|"
    r"refugee\s+camp|governorate|oblast)\b)",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|inside|across|throughout|into|near|outside|within|at)\s+(?:the\s+)?"
    r"|\b(?:attacked|struck|hit|bombed|shelled|stormed|invaded|raided|pounded|targeted)\s+(?:the\s+)?"
    r"|\b(?:strikes?|attacks?|raids?|assault|offensive|bombardment|shelling|airstrikes?|war|invasion|"
    r"occupation|re-occupation|reoccupation)\s+(?:on|of|in|against)\s+(?:the\s+)?)"
    r"(?:(?:southern|northern|eastern|western|central|south|north|east|west|northeastern|"
    r"northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|"
    r"south-western|occupied|coastal|besieged|war-torn|[\w]+-(?:run|held|controlled|led|occupied))\s+)?$",
    re.IGNORECASE,
)
_NOT_SPECIFIC = {
    "the",
    "a",
    "an",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "israeli",
    "russian",
    "us",
    "un",
}

_HISTORY_YEAR = re.compile(r"\b(?:in|of|the|during)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ONGOING_YEAR = re.compile(
    r"\b(?:since|began|begun|started|broke\s+out|erupted|launched)\b[^.;]{0,30}$", re.I
)

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


def _victims(phrase: str | None) -> str:
    if not phrase:
        return "people"
    words = phrase.split()
    while words and words[0].lower() in {"more", "other", "additional", "further", "new", "the"}:
        words = words[1:]
    out = " ".join(words)
    if not out or out.lower() in {"others", "victims"}:
        return "people"
    return out


# --- places ---------------------------------------------------------------------------------------


def _locative_places(sentence: str) -> list[tuple[int, str]]:
    """(position, canonical place) for places the sentence puts something in."""
    out: list[tuple[int, str]] = []
    for m in find_places(sentence):
        before = sentence[: m.start]
        if m.capital:
            continue
        if m.demonym:
            # "the Ukrainian city of Dnipro", "in the Syrian capital"
            after = sentence[m.end : m.end + 40]
            if re.match(
                r"\s+(?:city|town|village|capital|region|province|border|coast|port|"
                r"territory|enclave|side)\b",
                after,
                re.I,
            ):
                out.append((m.start, m.canonical))
            continue
        after = sentence[m.end : m.end + 40]
        if (
            _LOCATIVE_BEFORE.search(before[-60:])
            or re.match(
                r"'s?\s+(?:\w+\s+)?(?:region|capital|city|province|north|south|east|west|coast|"
                r"border|enclave|territory)\b",
                after,
                re.I,
            )
            or re.match(r"\s+(?:death\s+toll|toll|war)\b", after, re.I)
        ):
            out.append((m.start, m.canonical))
    return out


def _specific_place(sentence: str) -> str | None:
    for m in _SPECIFIC.finditer(sentence):
        name = m.group("p") or m.group("q")
        if not name or name.split()[0].lower() in _NOT_SPECIFIC:
            continue
        return name
    return None


class _Context:
    """What the whole text says about place and conflict, computed once per text."""

    def __init__(self, sents: list[Sentence], dateline: str) -> None:
        locative: Counter[str] = Counter()
        anywhere: Counter[str] = Counter()
        first: dict[str, int] = {}
        for s in sents:
            for pos, p in _locative_places(s.text):
                locative[p] += 1
                first.setdefault(p, s.start + pos)
            for m in find_places(s.text):
                if not m.capital and not m.demonym:
                    anywhere[m.canonical] += 1
        self.main_place: str | None = None
        if locative:
            best = max(locative.values())
            tied = [p for p, n in locative.items() if n == best]
            self.main_place = min(tied, key=lambda p: first[p])
        elif anywhere:
            self.main_place = anywhere.most_common(1)[0][0]
        elif dateline:
            places = find_places(dateline)
            self.main_place = places[0].canonical if places else None
        full = " ".join(s.text for s in sents)
        self.gaza_only = "Gaza" in anywhere and "West Bank" not in anywhere
        if self.gaza_only and self.main_place == "Palestine":
            self.main_place = "Gaza"
        self.conflict = bool(_CONFLICT_STRONG.search(full))
        self.not_conflict = bool(_NOT_CONFLICT.search(full))


def _location(sentence: str, start: int, ctx: _Context) -> str | None:
    # the comma-delimited stretch holding the figure
    lo = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    hi_m = re.search(r"[,;]", sentence[start:])
    hi = start + hi_m.start() if hi_m else len(sentence)
    places = _locative_places(sentence[lo:hi])
    country = places[0][1] if places else ctx.main_place
    if country == "Palestine" and ctx.gaza_only:
        country = "Gaza"
    specific = _specific_place(sentence)
    if specific and country and specific.lower() != country.lower():
        from bot.core.extract.places import canonical_name

        if canonical_name(specific) is None:
            return f"{specific}, {country}"
    return country


def _is_violence(sentence: str, ctx: _Context) -> bool:
    """A figure about violence: a disaster/accident/disease cue in its sentence needs a strong conflict
    cue there too ("military", "soldiers" alone do not outweigh "plane crash"); with no cue in the
    sentence, the whole text decides; with no cue anywhere, "killed" in news is taken as violence."""
    strong = bool(_CONFLICT_STRONG.search(sentence))
    if _NOT_CONFLICT.search(sentence):
        return strong
    if strong:
        return True
    return ctx.conflict or not ctx.not_conflict


def _cumulative(sentence: str, start: int, end: int, via_toll: bool) -> bool:
    # the clause holding the figure: back to the previous clause break, on to the next one
    left = sentence[:start]
    cut = max(left.rfind(";"), left.rfind(" but "), left.rfind(" and "), left.rfind(", "))
    clause_left = left[cut + 1 :] if cut >= 0 else left
    right = sentence[end:]
    m = re.search(r"[;,]| and | but ", right)
    clause_right = right[: m.start()] if m else right
    local = clause_left[-90:] + " # " + clause_right[:90]
    if _SINGLE.search(local):
        return False
    if _CUMULATIVE.search(local) or _CUMULATIVE.search(left[-80:]):
        return not _SINGLE.search(clause_right[:60])
    if via_toll or _TOLL_WORD.search(left[-120:]):
        return not _INCIDENT.search(left[-120:])
    return False


def _historical(sentence: str, published: date | None) -> bool:
    for m in _HISTORY_YEAR.finditer(sentence):
        year = int(m.group(1))
        if _ONGOING_YEAR.search(sentence[: m.start()]):
            continue
        if (published is not None and year <= published.year - 3) or (published is None and year < 2000):
            return True
    return False


# --- extraction -----------------------------------------------------------------------------------


def _read_figure(s: str, m: re.Match[str]) -> tuple[str, str | None, bool, int] | None:
    """(kind, victims, via_toll, end of the phrase) if the quantity at `m` is a casualty figure."""
    left, right = s[: m.start()], s[m.end() :]
    num = m.group("num")
    left_tail = left[-40:]
    if re.search(
        r"(?:aged|ages|age\s+of|\$|€|£|US\$|No\.|number|page|resolution|article)\s*$", left_tail, re.I
    ):
        return None
    a = _AFTER.match(right)
    if a:
        kind_word = a.group("ki")
        vic = a.group("vic")
        if (
            (is_year(num) and not vic)
            or (
                kind_word.lower() == "lives"
                and not re.search(
                    r"(?:claim\w*|cost\w*|took|taken|lost|loss\s+of)\s+(?:\w+\s+)?$", left_tail, re.I
                )
            )
            or (vic and vic.split()[-1].lower() == "hostages" and kind_word.lower() in {"missing"})
        ):
            a = None
        if a:
            return _kind_of(kind_word), vic, False, m.end() + a.end()
    v = _VERB_BEFORE.search(left[-60:])
    if v and not is_year(num):
        vic_m = re.match(rf"\s*(?:of\s+)?(?:the\s+)?(?P<vic>{_VICTIMS})", right, re.I)
        vic = vic_m.group("vic") if vic_m else None
        end = m.end() + (vic_m.end() if vic_m else 0)
        return _kind_of(v.group("verb")), vic, False, end
    qual = (m.group("qual") or "").lower()
    just_before = _TOLL_NOUN_JUST_BEFORE.search(left)
    if just_before and qual.startswith("up") and not is_year(num):
        word = just_before.group(0)
        return (
            _kind_of(word) if "toll" not in word.lower() else "killed",
            None,
            True,
            m.end(),
        )
    tail = left[-200:]
    tail_low = tail.lower()
    has_toll_noun = any(w in tail_low for w in _TOLL_STEMS)
    t = _TOLL_BEFORE.search(tail) if has_toll_noun else None
    if t and not is_year(num):
        vic_m = re.match(rf"\s*(?P<vic>{_VICTIMS})", right, re.I)
        noun = t.group("noun").lower()
        kind = (
            "killed" if "toll" in noun and "injur" not in noun and "casualt" not in noun else _kind_of(noun)
        )
        return kind, vic_m.group("vic") if vic_m else None, True, m.end() + (vic_m.end() if vic_m else 0)
    return None


def _qualifier_from_toll(left: str, qual: str) -> str:
    verb = re.search(r"(\w+)\s+(?:the\s+)?[\"']?\s*$", left)
    if not verb:
        return qual
    w = verb.group(1).lower()
    if qual == "exact" and re.fullmatch(
        r"passed|passes|passing|surpassed|surpasses|surpassing|exceeded|exceeds|exceeding|topped|tops|"
        r"topping|crossed|crosses|cleared|clears|past|above|over",
        w,
    ):
        return "more_than"
    if qual == "exact" and re.fullmatch(r"nears|neared|nearing|approaches|approached", w):
        return "nearly"
    return qual


def _extract(text: str, published: date | None) -> list[CasualtyFigure]:
    dateline, body = clean(text)
    sents = sentences(body)
    ctx: _Context | None = None
    out: list[CasualtyFigure] = []
    for sent in sents:
        s = sent.text
        if not _PREFILTER.search(s) or not _HAS_QUANTITY.search(s):
            continue
        consumed = -1
        for m in _QUANTITY_RE.finditer(s):
            if m.start() < consumed:
                continue
            read = _read_figure(s, m)
            if read is None:
                continue
            kind, vic, via_toll, end = read
            if ctx is None:
                ctx = _Context(sents, dateline)
            if not _is_violence(s, ctx) or _historical(s, published):
                break
            count, qual = parse_quantity(m.group("qual"), m.group("num"))
            left = s[: m.start()]
            if qual == "up_to" and _TOLL_NOUN_JUST_BEFORE.search(left):
                qual = "exact"  # "injuries up to 11,530": the total went up to it
            if via_toll:
                qual = _qualifier_from_toll(left, qual)
            cumulative = _cumulative(s, m.start(), end, via_toll)
            location = _location(s, m.start(), ctx)
            fact = CasualtyFigure(count, qual, kind, _victims(vic), location, cumulative, evidence=s.strip())
            out.append(fact)
            consumed = end
            inc = _INCLUDING.match(s[end:]) or _INCLUDING.match(s[m.end() :])
            if inc:
                icount, iqual = parse_quantity(inc.group("qual"), inc.group("num"))
                out.append(
                    CasualtyFigure(
                        icount,
                        iqual,
                        kind,
                        _victims(inc.group("vic")),
                        location,
                        cumulative,
                        evidence=s.strip(),
                    )
                )
    return out


def extract_casualties(text: str, published: date | None = None) -> list[CasualtyFigure]:
    """Every casualty figure in `text`, in order, de-duplicated."""
    if not might_have_casualties(text):
        return []
    return merge_casualties(_extract(text, published))


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
        )
    return list(merged.values())
