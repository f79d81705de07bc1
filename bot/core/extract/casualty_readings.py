"""How a number reads as a casualty figure: the casualty word after it, a verb or toll before it,
bodies found, and its parts ("including 10 women"), siblings and ranges."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.core.extract.casualty_dead_counted import bodies_found, victims_named
from bot.core.extract.casualty_force_verbs import force_verb_figure
from bot.core.extract.casualty_part_lists import PART_AMONG_AFTER, of_them_more
from bot.core.extract.casualty_patterns import (
    AFTER,
    AFTER_PAIR,
    AFTER_WORDS,
    AUX,
    INVERTED_PART,
    KIND_AFTER,
    TOLL_NOUN_JUST_BEFORE,
    TOLL_STEMS,
    VERB_BEFORE,
    VERB_BEFORE_WORDS,
    VICTIMS,
    kind_of,
    toll_before,
)
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import QUANTITY, is_year, parse_quantity
from bot.core.extract.re2_outline import AnchoredOutline, search_from_outline
from bot.core.extract.text import may_hold

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


# A count of animals or things, not people: "kill two birds with one stone", "killed 40 cattle"
# (lexicon [casualty] not_people_after)
@lru_cache(maxsize=1)
def _not_people_after() -> re.Pattern[str]:
    things = lexicon("en").alternation("casualty", "not_people_after")
    return re.compile(rf"\s+(?:\w+\s+)?(?:{things})\b", re.I)


@lru_cache(maxsize=1)
def _one_noun_after() -> re.Pattern[str]:
    """One victim's noun right after "one" (lexicon [casualty] one_victim_nouns): "killing one woman"."""
    nouns = lexicon("en").alternation("casualty", "one_victim_nouns")
    return re.compile(rf"\s+(?:[a-z][\w-]*\s+)?(?P<vic>{nouns})\b")


_LIVES_VERB = re.compile(r"(?:claim\w*|cost\w*|took|taken|lost|loss\s+of)\s+(?:\w+\s+)?$", re.I)
# (past the quote that closes a quoted figure: "claimed to have killed 'more than 40' soldiers")
_VICTIMS_AFTER = re.compile(rf"(?:['\"’”](?=\s))?\s*(?:of\s+)?(?:the\s+)?(?P<vic>{VICTIMS})", re.I)
_VICTIMS_RIGHT = re.compile(rf"\s*(?P<vic>{VICTIMS})", re.I)


Reading = tuple[str, str | None, bool, int, str, str]


def read_figure(s: str, start: int, end: int, num: str, qual: str, low: str | None) -> Reading | None:
    """(kind, victims, via_toll, end of the phrase, recognizer, trigger words) if the quantity at
    s[start:end] is a casualty figure. The recognizer names the reading: figure_then_casualty_word,
    verb_then_figure, toll_then_figure, bodies_found.

    `low`: `lower_for_tests(s)`, to skip the regexes whose words are not there."""
    left_tail = s[max(0, start - 40) : start]
    if may_hold(low, _NOT_A_COUNT_WORDS, max(0, start - 40), start) and _NOT_A_COUNT_BEFORE.search(left_tail):
        return None
    if may_hold(low, ("bodies",), max(0, start - 40)):
        bodies = bodies_found(s, start, end, _VICTIMS_AFTER)
        if bodies is not None:
            return bodies
    # the two readers of a casualty word after the figure ask the same test of the same text: asked once
    words_after = may_hold(low, AFTER_WORDS, end)
    if is_year(num):
        # only the readers that keep a year ("2019 soldiers were killed", the named dead): all others drop one
        return _casualty_word_after(s, start, end, num, words_after) or victims_named(s, start, end)
    return (
        _casualty_word_after(s, start, end, num, words_after)
        or _two_groups_after(s, start, end, num, words_after)
        or _part_named_after_whole(s, start, end, num, low)
        or _verb_before(s, start, end, num, low)
        or _kind_first(s, start, end, num, low)
        or _lost_before(s, start, end, num, low)
        or _toll_just_before(s, start, end, num, qual)
        or _toll_before_figure(s, start, end, num)
        or (force_verb_figure(s, start, end, low or s.lower()) if not is_year(num) else None)
        or victims_named(s, start, end)
    )


_MEMBERS_OF = re.compile(
    r"\s+of\s+(?:one|the\s+same|the|an?)\s+(?P<group>[\w-]+(?:\s+(?!were|was|had|have|killed|dead|died|injured|wounded|hurt)[\w-]+)?)"
)


@lru_cache(maxsize=1)
def _active_verbs() -> frozenset[str]:
    """The doers of an active verb, not its victims: "Two gunmen killed five worshippers", "one killed 14
    people" (the verb's object is a counted group; no auxiliary makes the verb passive)."""
    return lexicon("en").word_set("casualty", "active_verbs")


_PASSIVE_AUX = re.compile(r"\b(?:were|was|are|is|been|be|being|have|has|had)\b", re.I)
_QUANTITY_PLAIN = QUANTITY.replace("?P<qual>", "?:").replace("?P<num>", "?:")
_OBJECT_GROUP = re.compile(
    rf"\s+(?:{_QUANTITY_PLAIN})\s+(?:{VICTIMS})"
    # not a second figure with a casualty word of its own: "Four killed two injured"
    rf"(?!\s*(?:{AUX}\s+){{0,2}}(?:killed|dead|died|wounded|injured|hurt|missing)\b)",
    re.I,
)


# one figure of two groups joined by "and", with no number before the second
_AND_GROUP = re.compile(
    rf"\s*['\"]?\s*(?P<v1>{VICTIMS})\s+and\s+(?!\d|(?:{_QUANTITY_PLAIN})\s)(?P<v2>{VICTIMS})(?=\s+(?:were|have|had|are)\b)",
    re.I,
)
_WOUNDED_WHO_DIED = re.compile(r"\s+(?:(?:have|has|had|later|since|also)\s+)*(?P<d>died|succumbed)\b", re.I)


@lru_cache(maxsize=1)
def _outlines() -> dict[str, Any]:
    """Patterns in RE2 (re2_outline.py): a failed `re` match of their victim words and many optional
    parts costs tens of microseconds, a failed outline scan one."""
    return {
        "after": AnchoredOutline(AFTER),
        "after_pair": AnchoredOutline(AFTER_PAIR),
        "and_group": AnchoredOutline(_AND_GROUP),
    }


def _casualty_word_after(s: str, start: int, end: int, num: str, words_after: bool) -> Reading | None:
    """ "five journalists were killed", "38 dead".

    `words_after`: whether s[end:] may hold a word of AFTER_WORDS (`may_hold`), which every match holds."""
    a = AFTER.match(s, end) if words_after and not _outlines()["after"].absent_at(s, end) else None
    pair = None
    if (
        a is None
        and " and " in s[end : end + 60]
        and not _outlines()["and_group"].absent_at(s, end)
        and (pair := _AND_GROUP.match(s, end)) is not None
    ):
        a = AFTER.match(s, pair.end())  # "100 soldiers and volunteer fighters were killed": one group of two
    if a is None:
        return None
    kind_word = a.group("ki")
    vic = f"{pair.group('v1')} and {pair.group('v2')}" if pair is not None else a.group("vic")
    if (
        kind_word.lower() in _active_verbs()
        and not _PASSIVE_AUX.search(s, end, a.start("ki"))
        and _OBJECT_GROUP.match(s, a.end("ki"))
    ):
        return None  # the doers, not the victims: the verb's object is read as the figure
    if kind_word.lower() in {"wounded", "injured"} and (died := _WOUNDED_WHO_DIED.match(s, a.end("ki"))):
        # "three of the wounded died in hospital": a rise in the dead, not a count of the wounded
        return "killed", vic, False, died.end(), "figure_then_casualty_word", died.group("d")
    if (
        (is_year(num) and not vic)
        or (kind_word.lower() == "lives" and not _LIVES_VERB.search(s[max(0, start - 40) : start]))
        or (vic and vic.split()[-1].lower() == "hostages" and kind_word.lower() in {"missing"})
    ):
        return None
    if vic and vic.lower().endswith("members"):
        of = _MEMBERS_OF.match(s, a.end("vic"))
        if of:
            vic = f"{of.group('group')} members"  # "members of one family" -> family members
    return kind_of(kind_word), vic, False, a.end(), "figure_then_casualty_word", kind_word


def _two_groups_after(s: str, start: int, end: int, num: str, words_after: bool) -> Reading | None:
    """ "12 soldiers and 4 civilians were killed" (`words_after` as for `_casualty_word_after`)."""
    pair = (
        AFTER_PAIR.match(s, end)
        if words_after
        and (" and " in s[end : end + 120] or "," in s[end : end + 60])
        and not _outlines()["after_pair"].absent_at(s, end)
        else None
    )
    if not pair or is_year(num) or VERB_BEFORE.search(s[max(0, start - 60) : start]):
        # (not after a casualty verb: "killed 12 soldiers and 4 civilians were wounded" is two kinds)
        return None
    kind_word = pair.group("ki")
    return (
        kind_of(kind_word),
        pair.group("vic"),
        False,
        pair.start("vic") + len(pair.group("vic")),
        ("two_groups_then_casualty_word"),
        kind_word,
    )


# what every match of INVERTED_PART holds (a cheap test first)
_INVERTED_WORDS = ("among", "includ", "dead,", "killed,", "wounded,", "injured,", "victims,")


def _part_named_after_whole(s: str, start: int, end: int, num: str, low: str | None) -> Reading | None:
    """ "the dead include 10 women"."""
    inverted = (
        INVERTED_PART.search(s, max(0, start - 150), start)
        if may_hold(low, _INVERTED_WORDS, max(0, start - 150), start)
        else None
    )
    if not inverted or is_year(num):
        return None
    vic_m = _VICTIMS_RIGHT.match(s, end)
    word = inverted.group("k1") or inverted.group("k2") or inverted.group("k3")
    kind = "killed" if word.lower() == "victims" else kind_of(word)
    return (
        kind,
        vic_m.group("vic") if vic_m else None,
        False,
        vic_m.end() if vic_m else end,
        "part_named_after_whole",
        word,
    )


# one named between the verb and a counted part of their own people: "kill the district head and two of
# his guards" (the two are the verb's too; the one named is read by casualty_one_victim)
_VERB_ONE_AND = re.compile(
    r"\b(?P<verb>kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|shot\s+dead)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?!and\b)[\w'-]+\s+){1,4}and\s+(?P<poss>(?:his|her|their)\s+)?$",
    re.I,
)
_OF_THEIR_OWN = re.compile(rf"\s+of\s+(?:his|her|their|its)\s+(?P<vic>{VICTIMS})", re.I)


def _verb_before(s: str, start: int, end: int, num: str, low: str | None) -> Reading | None:
    """ "killed nearly 61,500 Palestinians", "wounding 102", "killed the mayor and three of his guards"."""
    lo = max(0, start - 60)
    window = s[lo:start]
    v = search_from_outline(VERB_BEFORE, window) if may_hold(low, VERB_BEFORE_WORDS, lo, start) else None
    own = None
    if v is None and " of " in s[end : end + 5] and (own := _OF_THEIR_OWN.match(s, end)) is not None:
        v = _VERB_ONE_AND.search(s, max(0, start - 60), start)
    elif v is None and s[max(0, start - 7) : start].rstrip().endswith(("his", "her", "their")):
        # "killed a man and his three children": the one named is read by casualty_one_victim
        v = _VERB_ONE_AND.search(s, max(0, start - 60), start)
        v = v if v is not None and v.group("poss") else None
    if not v or is_year(num) or _not_people_after().match(s, end):
        return None
    vic_m = own or _VICTIMS_AFTER.match(s, end)
    if vic_m is None and num.lower() in ("one", "1"):
        vic_m = _one_noun_after().match(s, end)  # "killing one woman": the one victim's noun
    return (
        kind_of(v.group("verb")),
        vic_m.group("vic") if vic_m else None,
        False,
        vic_m.end() if vic_m else end,
        "verb_then_figure",
        v.group("verb"),
    )


# a force losing its own: "the army said it lost four soldiers", "losing two crew members" (only people
# of a force: "lost three seats", "lost 10%" are no figures)
_LOST_BEFORE = re.compile(r"\b(?:lost|loses|losing|lose)\s+(?:at\s+least\s+|another\s+)?$", re.I)
_FORCE_AFTER = re.compile(
    r"\s+(?:more\s+|of\s+(?:its|their)\s+)?(?P<vic>(?:[\w-]+\s+)?(?:soldiers|troops|servicemen|service\s+members|"
    r"crew\s+members|crewmen|sailors|marines|pilots|airmen|fighters|policemen|police\s+officers|officers|"
    r"peacekeepers|personnel|men|comrades))\b",
    re.I,
)


def _lost_before(s: str, start: int, end: int, num: str, low: str | None) -> Reading | None:
    """ "the army said it lost four soldiers in the ambush"."""
    if not may_hold(low, ("los",), max(0, start - 30), start) or is_year(num):
        return None
    v = _LOST_BEFORE.search(s, max(0, start - 30), start)
    vic_m = _FORCE_AFTER.match(s, end) if v else None
    if v is None or vic_m is None:
        return None
    return "killed", vic_m.group("vic"), False, vic_m.end(), "lost_then_figure", v.group(0).strip()


# victims named after the verb: "Killed in the strike were three paramedics", "Among the wounded was"
_KIND_FIRST = re.compile(
    r"(?:^|[.;:]\s+)(?P<k>(?-i:Killed|Wounded|Injured|Dead))\b[^.;,]{0,50}?\s(?:were|was)\s+$", re.I
)


_KIND_FIRST_WORDS = ("Killed", "Wounded", "Injured", "Dead")  # capitalised: they open the sentence


def _kind_first(s: str, start: int, end: int, num: str, low: str | None) -> Reading | None:
    """ "Killed in the strike were three paramedics"."""
    lo = max(0, start - 70)
    window = s[lo:start]
    k = _KIND_FIRST.search(s, lo, start) if any(w in window for w in _KIND_FIRST_WORDS) else None
    if not k or is_year(num):
        return None
    vic_m = _VICTIMS_RIGHT.match(s, end)
    if vic_m is None:
        return None
    return kind_of(k.group("k")), vic_m.group("vic"), False, vic_m.end(), "kind_then_figure", k.group("k")


def _toll_just_before(s: str, start: int, end: int, num: str, qual: str) -> Reading | None:
    """ "the death toll up to 40"."""
    if not qual.lower().startswith("up"):
        return None  # the hedge first: most figures have none, and the look-back tries every position
    just_before = TOLL_NOUN_JUST_BEFORE.search(s[max(0, start - 40) : start])
    if not just_before or is_year(num):
        return None
    word = just_before.group(0)
    kind = kind_of(word) if "toll" not in word.lower() else "killed"
    return kind, None, True, end, "toll_then_figure", word.strip()


_NUMBER_OF_VICTIMS = re.compile(
    rf"\bnumber\s+of\s+(?:the\s+)?(?P<vic>{VICTIMS})\s+(?:(?:who\s+(?:were|have\s+been)|reported)\s+)?"
    r"(?P<k>killed|dead|injured|wounded)\b",
    re.I,
)


_NUMBER_OF_VICTIMS_AFTER = re.compile(rf"\s+the\s+{_NUMBER_OF_VICTIMS.pattern[2:]}", re.I)


def _toll_before_figure(s: str, start: int, end: int, num: str) -> Reading | None:
    """ "death toll ... rose to 40", "bringing the total ... to 232"."""
    tail = s[max(0, start - 200) : start]
    noun = toll_before(tail) if may_hold(tail.lower(), TOLL_STEMS) else None
    if not noun or is_year(num) or _DATE_AFTER.match(s, end):
        return None
    vic_m = _VICTIMS_RIGHT.match(s, end)
    if vic_m is None and (after := _NUMBER_OF_VICTIMS_AFTER.match(s, end)) is not None:
        # "bringing to 1,000 the number of civilians killed": the toll's own noun after the figure
        return kind_of(after.group("k")), after.group("vic"), True, end, "toll_then_figure", noun
    if vic_m is None and noun.startswith("number of"):
        # "the number of soldiers killed ... rose to 455": the victims are in the toll's own noun
        named = None
        for found in _NUMBER_OF_VICTIMS.finditer(tail):
            named = found  # the last one: the nearest to the figure
        if named is not None:
            kind = kind_of(named.group("k"))
            return kind, named.group("vic"), True, end, "toll_then_figure", noun
    if "toll" in noun or "total" in noun or "tally" in noun:
        kind = "killed" if "injur" not in noun and "casualt" not in noun else kind_of(noun)
    else:
        kind = kind_of(noun)
    vic_end = vic_m.end() if vic_m else end
    return kind, vic_m.group("vic") if vic_m else None, True, vic_end, "toll_then_figure", noun


_LAST_WORD = re.compile(r"(\w+)\s+(?:the\s+)?[\"']?\s*$")
_MORE_THAN_VERB = re.compile(
    r"passed|passes|passing|surpassed|surpasses|surpassing|exceeded|exceeds|exceeding|topped|tops|"
    r"topping|crossed|crosses|cleared|clears|past|above|over"
)
_NEARLY_VERB = re.compile(r"nears|neared|nearing|approaches|approached")


def qualifier_from_toll(left: str, qual: str) -> str:
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
# A part may name its victims after a verb rather than as the number's noun: "among them 12 who were
# children", "of whom 7 were women", "nine of whom are minors".
_NO_NOUN_LINK = r"(?:(?:who|that)\s+)?(?:(?:were|are|was|is|being)\s+)?"
_PART_INCL = re.compile(
    rf"\b(?:including|among\s+them|among\s+whom|of\s+whom|mostly)\s+"
    # a lone victim first (read as one by casualty_one_victim): "including a commander and three soldiers"
    rf"(?:an?\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+and\s+(?:(?:her|his|their)\s+)?)?"
    # whose they were first: "including the groom's three cousins", "a bride's two brothers"
    rf"(?:(?:the|an?|his|her|their)\s+(?:[\w-]+\s+)?[\w-]+['’]s?\s+)?(?:(?:at\s+least|some)\s+)?"
    rf"(?P<q>{QUANTITY})\s+{_NO_NOUN_LINK}(?:of\s+(?:the|his|her|their)\s+(?:[\w-]+['’]s?\s+)?)?(?P<vic>{VICTIMS})",
    re.I,
)
# parts between dashes: "302 people — 98 soldiers, 139 civilians and 65 rebels — were killed"
_PART_DASH = re.compile(rf"\s(?:[—–]|--)\s*(?P<q>{QUANTITY})\s+(?P<vic>{VICTIMS})", re.I)
# (or no noun, only how badly or by what: "14 were hurt, three of them seriously", "two of them by live fire")
_PART_OF_THEM = re.compile(
    rf",\s*(?P<q>{QUANTITY})\s+of\s+(?:them|whom)\s+(?:{_NO_NOUN_LINK}(?P<vic>{VICTIMS})"
    r"|(?:seriously|critically|badly|severely|gravely)\b|(?:by|from|with)\s+(?!the\b|them\b)[a-z])",
    re.I,
)
_PART_MORE = re.compile(
    rf"\s*(?:,\s*and|,?\s*as\s+well\s+as|,|and)\s+(?P<q>{QUANTITY})\s+(?P<vic>{VICTIMS})", re.I
)
_OTHER_KIND = re.compile(
    r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|missing|hurt)\b|[;]", re.I
)


# a part told by place: "killed 19 people across Gaza, including seven in Deir al-Balah"
_PART_PLACE = re.compile(
    rf",?\s*\b(?:including|among\s+them)\s+(?:(?:at\s+least|some)\s+)?(?P<q>{QUANTITY})\s+(?:people\s+)?"
    r"(?:in|at)\s+(?:the\s+)?(?P<place>(?-i:[A-Z][\w'-]+)"
    r"(?:[ -](?:(?-i:al|el|ad|as|an|ar)-)?(?-i:[A-Z][\w'-]+)){0,2})",
    re.I,
)


def place_part_after(s: str, end: int) -> tuple[int | None, str, str, int] | None:
    """(count, qualifier, place, end) of a part told by its place right after a figure."""
    window = s[end : end + 150]
    if "including" not in window and "among them" not in window:
        return None  # a cheap test first
    m = _PART_PLACE.search(s, end, end + 150)
    if m is None or len(m.group(0)) == 0:
        return None
    between = s[end : m.start()]
    if len(between) > 90 or _OTHER_KIND.search(between) or any(c.isdigit() for c in between):
        return None
    count, qual = parse_quantity(m.group("qual"), m.group("num"))
    return (count, qual, m.group("place"), m.end()) if count is not None else None


# a part told before its whole: "Five journalists among 21 killed", "three medics were among the 40 dead"
_PART_BEFORE = re.compile(
    rf"\b(?P<q>{QUANTITY})\s+(?P<vic>{VICTIMS})\s+(?:(?:were|are)\s+)?among\s+(?:the\s+)?$", re.I
)


def part_before(s: str, q_start: int) -> tuple[int | None, str, str, int] | None:
    """(count, qualifier, victims, end) of a part named right before its whole ("Five journalists among
    21 killed"); its end is where the whole starts."""
    if "among" not in s[max(0, q_start - 16) : q_start]:
        return None  # a cheap test first
    m = _PART_BEFORE.search(s, max(0, q_start - 90), q_start)
    if m is None:
        return None
    count, qual = parse_quantity(m.group("qual"), m.group("num"))
    return (count, qual, m.group("vic"), q_start) if count is not None else None


def parts_after(s: str, end: int) -> list[tuple[int | None, str, str, int]]:
    """(count, qualifier, victims, end) for the parts of the figure that ends at `end`."""
    dash = _PART_DASH.search(s, end) if "—" in s or "–" in s or "--" in s else None
    among = PART_AMONG_AFTER.search(s, end) if "among them" in s else None
    found = [m for m in (_PART_INCL.search(s, end), _PART_OF_THEM.search(s, end), dash, among) if m]
    if not found:
        return []
    m = min(found, key=lambda x: x.start())
    between = s[end : m.start()]
    # the whole's clause may run on (where, between whom) before its parts, while no other number
    # stands between them
    if _OTHER_KIND.search(between) or len(between) > (160 if not any(c.isdigit() for c in between) else 90):
        return []
    count, qual = parse_quantity(m.group("qual"), m.group("num"))
    out: list[tuple[int | None, str, str, int]] = [(count, qual, m.group("vic") or "", m.end())]
    pos = m.end()
    if m.re is _PART_INCL or m.re is _PART_DASH:
        while more := _PART_MORE.match(s, pos):
            count, qual = parse_quantity(more.group("qual"), more.group("num"))
            out.append((count, qual, more.group("vic"), more.end()))
            pos = more.end()
    elif m.re is _PART_OF_THEM:
        out += of_them_more(s, pos)
    return [p for p in out if p[0] is not None]


# A range: "between 20 and 30 people were killed" -> 20, at_least (the floor is what is known).
RANGE_TAIL = re.compile(rf"\s*(?:and|to|-|–)\s*(?P<q2>{QUANTITY})(?![\w-]|,\d|\.\d|%)", re.I)
BETWEEN = re.compile(r"\bbetween\s+$", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
KIND_AFTER_END = re.compile(rf"{KIND_AFTER}$", re.I)
