"""The words and patterns that make a number a casualty figure: victim nouns, casualty verbs and
nouns, tolls, and the cues for a running toll, one incident, history or a court (see `casualties`)."""

from __future__ import annotations

import re
from functools import lru_cache

# the scope words moved to casualty_scope_words; the vetoes still read two of them from here
from bot.core.extract.casualty_scope_words import CUMULATIVE as CUMULATIVE
from bot.core.extract.casualty_scope_words import OVER_DAYS as OVER_DAYS
from bot.core.extract.casualty_victim_nouns import VICTIM_NOUNS as _VICTIM_NOUNS
from bot.core.extract.casualty_victim_nouns import VICTIMS as VICTIMS
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import QUANTITY
from bot.core.extract.re2_outline import search_from_outline

# --- vocabulary -----------------------------------------------------------------------------------


# the group "another" or "a third" is one more of: "two aid workers were killed and a third wounded"
GROUP_BEFORE = re.compile(
    rf"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_VICTIM_NOUNS})(?![\w-])",
    re.IGNORECASE,
)


def one_of(group: str) -> str:
    """One of a group, as a victim noun: "soldiers" -> "soldier", "policemen" -> "policeman"."""
    low = group.lower()
    if low in {"people", "persons", "others", "victims", "personnel", "staff", "crew", "police"}:
        return "people"
    if low.endswith("men"):
        return group[:-3] + "man"
    if low in {"children", "kids"}:
        return "child"
    return group[:-1] if low.endswith("s") and not low.endswith("ss") else group


# casualty words after a figure, to kind
KIND_AFTER = (
    r"(?P<ki>killed\s+(?:and|or)\s+(?:injured|wounded|maimed)|dead\s+(?:and|or)\s+(?:injured|wounded)|casualties"
    r"|killed(?!\s+(?:or|and)\s+(?:abducted|kidnapped|taken|captured|detained|arrested))|found\s+dead|killings|dead|died|die|dies|deaths?|fatalities|lives|martyrs?|martyred|murdered|slain|massacred|"
    r"executed|perished|lost\s+their\s+lives|shot\s+dead|shot\s+and\s+killed|gunned\s+down|(?<=them\s)fatal|"
    r"wounded|injured|injuries|hurt|(?:went\s+)?missing|unaccounted\s+for|disappeared|"
    # the missing told by where they are: "five residents believed to be under the debris"
    r"(?:believed|thought|feared|presumed)\s+(?:to\s+be\s+)?(?:still\s+)?(?:trapped\s+)?under\s+the\s+(?:rubble|debris|ruins)|"
    # the hurt told: "31 were taken to hospital", "treated for injuries", "brought in with wounds"
    r"(?:taken|rushed|admitted|evacuated)\s+to\s+(?:a\s+|the\s+|local\s+|nearby\s+)?hospitals?|hospitali[sz]ed|"
    # "with 17 people in critical condition", "five were in a serious condition"
    r"in\s+(?:a\s+)?(?:critical|serious|grave|life-threatening)\s+condition|"
    # the injury noun late, after the verb that carries them: "three others were evacuated with serious
    # injuries", "six survivors were treated for shrapnel wounds", "two sustained gunshot wounds"
    r"(?:treated\s+for|brought\s+in\s+with|arrived\s+with|evacuated\s+with|hospitali[sz]ed\s+with|suffered|"
    r"sustained|suffering|sustaining|needed\s+(?:hospital\s+)?treatment\s+for|received\s+treatment\s+for)\s+"
    r"(?:(?:their|minor|light|serious|severe|critical|shrapnel|blast|gunshot|bullet|stab|burn|multiple)\s+){0,2}"
    r"(?:injuries|wounds|burns|fractures|concussion)|maimed|"
    # the hurt told by where they lie: "with 194 people still in hospital"
    r"(?:still\s+|remain(?:ed)?\s+)in\s+hospital)"
    r"(?![\w-])"
)
AUX = (
    r"(?:have|has|had|were|was|are|is|been|being|be|reportedly|also|all|now|so\s+far|reported|"
    r"confirmed|believed|feared|thought|said\s+to\s+be|still|later|allegedly|who|that|in\s+total|"
    r"seriously|critically|severely|gravely|badly|slightly|lightly|moderately|fatally|mortally|either|both|"
    # a part named as among a whole: "Two children were among the wounded"
    r"among\s+the|among\s+those|"
    # (a death told as a finding: "21 of whom were declared dead on arrival", "pronounced dead")
    r"were\s+left|left|remain|remained|remains|presumed|others|as|of\s+them|of\s+whom|listed|registered|"
    r"officially|declared|pronounced|"
    # an estimate of what happened, not a forecast: "as many as 30 may have been killed"
    r"may|might)"
)
AFTER = re.compile(
    # a part of a force told by its owner: "three of its soldiers", "23 of the group's fighters"
    # (not a noun alone in scare quotes, "13 'terrorists' killed": the speaker's word, not the victims)
    rf"\s*(?:['\"]\s*(?![\w-]+['\"’”]\s))?(?:of\s+(?:his|her|their|its|our)\s+|of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+(?:'s|’s|s')\s+(?!(?:were|was|are|is|have|has|had)\b)"
    rf"|of\s+)?(?:the\s+)?(?P<vic>{VICTIMS})?"
    r"(?:['\"’”](?=\s))?"  # the quote closing a quoted figure: "said 'dozens of terrorists' were killed"
    # "Twelve more were wounded", "Dozens more were injured"
    r"(?:\s+more(?=\s+(?:were|have|had|are|was|died|killed|dead|injured|wounded)\b))?"
    # a dash aside ("302 people — 98 soldiers, 139 civilians — were killed") or who they were with
    # ("148 militants with armed groups ... were killed")
    # or where they were ("11 civilians caught in the crossfire died")
    rf"(?:\s*[—–]\s*[^—–.;]{{1,80}}?\s*[—–]|\s+(?:with|from|belonging\s+to|affiliated\s+with|caught\s+in|"
    rf"trapped\s+in|sheltering\s+in|waiting\s+(?:for|at|in)|"
    # who they fought or served with: "14 soldiers fighting alongside the army were killed"
    rf"fighting\s+(?:alongside|with|for)|serving\s+(?:with|in|alongside))\s+[^,;.]{{1,50}}?"
    # where they were, before a part: "14 people in Thailand, 13 of them civilians, have been killed"
    r"|\s+in\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?(?=\s*,\s*(?:including|among\s+them|(?:\d+|[a-z]+)\s+of\s+them)\s)"
    # "Nine members of one family", "12 members of the security forces"
    rf"|(?<=members)\s+of\s+(?:one|the\s+same|a|the|an?\s+\w+)\s+[\w-]+(?:\s+[\w-]+)?)?"
    # a part between the figure and its verb: "including ...", "five people, two of them children, had died"
    # or an apposition of who they all were: "two more people, both adults, died"
    rf"(?:\s*,?\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|(?:\d+|[a-z]+)\s+of\s+them|"
    rf"all|both|mostly"
    # a figure corrected in passing: "three people, not five as initially reported, were killed"
    rf"|not(?=\s+[\w-]+\s+as\s+(?:first|initially|earlier|previously|originally)\s))"
    rf"\s[^,;]{{1,64}}?,?)?"  # up to 64: "many of them civilians digging trenches around the town"
    rf"\s*(?:{AUX}\s+){{0,4}}(?:(?:more|other|additional|further|new)\s+)?{KIND_AFTER}",
    re.IGNORECASE,
)
# Words every match of AFTER holds (its casualty word), for a cheap test before the regex
AFTER_WORDS = (
    "kill", "dead", "die", "death", "casualties", "fatalities", "lives", "martyr", "murdered", "slain",
    "massacred", "executed", "perished", "gunned", "wound", "injur", "hurt", "missing", "unaccounted",
    "disappeared", "hospital", "fatal", "under the", "condition", "maim", "burns", "fractures", "concussion",
)  # fmt: skip
VERB_BEFORE = re.compile(
    # "killed or wounded 45": one count of both kinds
    r"(?P<verb>kill(?:s|ed|ing)?\s+(?:or|and)\s+(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed|ing)?)|"
    r"kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|hurt(?:s|ing)?|massacr(?:e|es|ed|ing)|"
    r"murder(?:s|ed|ing)?|slaughter(?:s|ed|ing)?|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|"
    r"butcher(?:s|ed|ing)?|lynch(?:es|ed|ing)?|gunn(?:ed|ing)\s+down|shot\s+dead|shooting\s+dead|"
    r"(?:hack|stabb|beat|burn|bludgeon|club)(?:ed|ing|s)?\s+to\s+death|"
    r"(?:claim(?:s|ed|ing)?|took|take|takes|taking|cost|costing)\s+(?:the\s+)?lives\s+of|"
    # the act as a noun: "documented the killing of 111 civilians", "the massacre of 40 villagers"
    r"death\s+of|deaths\s+of|killings?\s+of|massacre\s+of|murders?\s+of)"
    r"\s+(?:all\s+|another\s+|an?\s+additional\s+|(?:its|their|his|her)\s+)?[\"']?\s*"
    # a household counted as one: "killed a family of seven", "killing an entire family of five"
    r"(?:(?:an?\s+|the\s+|entire\s+|whole\s+)*family\s+of\s+)?$",
    re.IGNORECASE,
)
# Two groups counted by one casualty word after both: "77 Afghans and 13 US soldiers were killed" (the first
# group; the second is read by AFTER itself, or by casualty_one_victim: "19 women and one man were killed")
_QUANTITY_PLAIN = QUANTITY.replace("?P<qual>", "?:").replace("?P<num>", "?:")  # no named groups
AFTER_PAIR = re.compile(
    # or a comma between them, as headlines list them: "Army says 12 soldiers, over 80 militants killed"
    rf"\s*(?P<vic>{VICTIMS})(?:\s+and|\s*,(?:\s*and)?)\s+(?:{_QUANTITY_PLAIN}|an?|his|her|their|its)\s+"
    rf"(?:{VICTIMS}|(?:[\w-]+\s+)?(?:man|woman))(?:\s+(?:with|from|of|in)\s+[^,;.]{{1,50}}?)?"
    # a part told between the groups and their verb: "seven police and 23 civilians, including four
    # children, were hurt"
    r"(?:\s*,\s*(?:including|among\s+them|among\s+whom)\s+[^,;.]{1,40}?,)?"
    rf"\s*(?:{AUX}\s+){{0,4}}{KIND_AFTER}",
    re.IGNORECASE,
)
# A part named after its whole: "Among those killed were five children", "the dead included 10 women"
INVERTED_PART = re.compile(
    # "among the dead were", "Among the 20 wounded were two children"
    # the whole's clause may run long before its verb ("Among those killed in the air strike on a camp
    # of rebels in Guaviare province were seven minors") but not past a clause mark; with no verb, a
    # comma or colon ends it ("Among the dead, nine children")
    r"\b(?:among\s+(?:those|the\s+people|the)\s+(?:[\d,]+\s+)?(?P<k1>killed|dead|injured|wounded)\b"
    r"(?:[^,.;:]{0,110}?\s+(?:were|are)|\s*[,:])"
    # "the dead since Friday include"
    r"|\b(?:the|those)\s+(?P<k2>dead|killed|injured|wounded|victims)(?:\s+(?:since|of|from)\s+[^,;.]{1,30}?)?"
    r"\s+includ(?:e|ed|es)"
    # with no verb, the parts in apposition: "The dead, six women, two men and a boy, had ..."
    r"|(?:^|[.;:]\s+)(?-i:The)\s+(?P<k3>dead|killed|injured|wounded|victims)\s*,)"
    # the parts before this one in the same list ("six women, two men and")
    r"(?:\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"\s*(?:,|\band\b))*"
    # a lone victim first (casualty_one_victim reads it): "Among the injured were a girl and two officers"
    r"(?:\s+an?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+and)?\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
VERB_BEFORE_WORDS = (
    "kill", "wound", "injur", "hurt", "massacr", "murder", "slaughter", "execut", "behead", "butcher",
    "lynch", "gunn", "shot", "shoot", "lives", "death",
)  # fmt: skip
# A toll before the figure: a toll noun, then within 130 characters (40 for a bare "deaths",
# "wounded" ...) a verb that ends right before the number: "the death toll ... rose to 40".
_TOLL_NOUN = re.compile(
    r"\b(?P<noun>death\s+toll|injury\s+toll|casualty\s+toll|toll|tally|death\s+count|body\s+count|"
    r"number\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:dead|deaths|fatalities|casualties|martyrs|victims|"
    r"killed|injured|wounded|injuries)|number\s+(?:of\s+(?:people\s+)?)?(?:killed|dead|injured|wounded)|"
    # "bringing the total ... to", "bringing its estimate of total Russian losses since 2022 to"
    r"(?:bringing|raising|taking|pushing|putting)\s+(?:the|its|their)\s+(?:estimate\s+of\s+(?:the\s+)?)?"
    r"(?:overall\s+|total\s+)?(?:[A-Z][\w-]+\s+)?(?:total|toll|tally|losses)|(?P<bare>fatalities|deaths|casualties|injuries|"
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


_DIGIT = re.compile(r"\d")


_PUT_THE_DEAD_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing)\s+the\s+(?:dead|deaths)\s+at\s*$", re.I
)


def toll_before(tail: str) -> str | None:
    """The toll noun when `tail` (the text before a number) ends in a toll phrase, else None."""
    v = search_from_outline(_TOLL_VERB, tail, max(0, len(tail) - 50))
    if not v:
        return None
    verb = v.group("verb").lower()
    found = None
    for n in _TOLL_NOUN.finditer(tail, max(0, v.start() - 180), v.start()):
        found = n
    if found is None or ";" in tail[found.end() : v.start()]:
        return None
    gap = v.start() - found.end()
    # a toll noun may be far from its verb when what it counts is described at length ("the death toll
    # from a week of fighting between the army and the militias that rose against it has climbed to"),
    # as long as no other number stands between them
    limit = (
        175
        if "toll" in found.group("noun").lower() and not _DIGIT.search(tail, found.end(), v.start())
        else 130
    )
    if gap > limit or (found.group("bare") and gap > 40):
        return None
    noun = found.group("noun").lower()
    if noun in {"dead", "deaths"} and verb == "at" and gap < 3 and not _PUT_THE_DEAD_AT.search(tail):
        return None  # "dead at 77" is an age (not "put the dead at 26": a source's toll)
    return noun


TOLL_STEMS = (  # a toll phrase holds one of these
    "toll",
    "total",
    "tally",
    "count",
    "number",
    "fatalit",
    "death",
    "casualt",
    "injur",
    "wound",
    "martyr",
    "dead",
    "losses",
)
TOLL_NOUN_JUST_BEFORE = re.compile(
    r"\b(?:toll|tally|count|deaths|fatalities|casualties|injuries|injured|wounded|dead)\s*$", re.I
)

_KIND_OF_WORD = (
    # a death told as a wound: "was fatally wounded"
    (re.compile(r"(?:fatally|mortally)\s+(?:wound|injur)", re.I), "killed"),
    (
        re.compile(r"(?:kill(?:ed|ing|s)?|dead)\s+(?:and|or)\s+(?:injur|wound|maim)|casualt", re.I),
        "killed_and_injured",
    ),
    (re.compile(r"wound|injur|hurt|hospital|condition|maim|burns|fractures|concussion", re.I), "injured"),
    (re.compile(r"missing|unaccounted|disappeared|under\s+the\s+(?:rubble|debris|ruins)", re.I), "missing"),
)

TOLL_WORD = re.compile(r"\b(?:toll|tally|death\s+count)\b", re.IGNORECASE)
# a month's toll told after the figure, in the same sentence: "312 civilians were killed and 1,450
# injured in October", "killed in January, the UN said in its monthly report" (not a date: "in October
# 2024 attack", "on October 7"; an attack named beside it makes it one incident's: see _cumulative)
MONTH_AFTER = re.compile(
    r"[^.;]{0,70}?\b(?:(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?-i:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b(?!\s+\d{1,2}\b|\s+(?:19|20)\d\d\s+(?:attack|strike))"
    r"|monthly\s+(?:toll|report|update|figures?|tally))"
    # the whole of the last month or year: "killed in gang violence across Haiti last year" (not beside
    # one spot, the date of one engagement: "killed 47 soldiers in fighting near the border last month")
    r"|(?:(?!\b(?:near|outside)\b)[^.;]){0,70}?\blast\s+(?:month|year)\b",
    re.I,
)

YEARS_AGO = re.compile(r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years?|decades?)\s+(?P<w>ago|on|after)\b", re.I)
# "since launching its full-scale invasion in February 2022": the start of what still goes on
ONGOING_YEAR = re.compile(
    r"\b(?:since|began|begun|started|starting|broke\s+out|erupted|launched|launching)\b[^.;]{0,30}$", re.I
)

# A toll restated on an anniversary, inside "in which ..." (not one still rising: "have been killed"),
# or marked as a span of time since ("to mark 1,000 days since the invasion, remembering those killed").
# Days of mourning declared ("declaring three days of national mourning", "a day of mourning") answer
# a fresh massacre: not a commemoration.
ANNIVERSARY = re.compile(
    r"\b(?:anniversar\w*|commemorat\w*|memorial|remembrance|(?<!days\sof\s)(?<!day\sof\s)(?<!national\s)mourning|mark(?:s|ed|ing)?\s+(?:\w+(?:,\d{3})*\s+){1,2}"
    r"(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))\s+since)",
    re.I,
)
# substrings every match of ANNIVERSARY holds, for a cheap test first
ANNIVERSARY_HINTS = ("anniversar", "commemorat", "memorial", "remembrance", "mourning", "since")
IN_WHICH = re.compile(r"\b(?:in|during)\s+which\b", re.I)
# words that date a figure as this news, not a recalled one
FRESH = re.compile(
    r"\b(?:today|tonight|yesterday|overnight|this\s+(?:morning|week|afternoon|evening)|last\s+night|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
# A court ruling on past killings restates their toll: "sentenced to life over the attacks that killed 130"
COURT = re.compile(
    r"\b(?:sentenc(?:e|es|ed|ing)|convict(?:s|ed|ing|ion)|verdict|acquit\w*|jailed|found\s+guilty|"
    r"(?:war\s+crimes\s+)?court|tribunal)\b",
    re.I,
)
# a review of a book, film or play (`review_pattern` adds an exhibition telling a past)
_REVIEW_OF_WORK = (
    r"\breview\s*:|^\s*['\u2018\"][^'\u2019\"]{1,80}['\u2019\"]\s+review\b|\bbook\s+of\s+the\s+(?:week|month|year)\b"
    # "the historian's new book follows ...", "a gritty new war drama"
    r"|\b(?:new|latest|forthcoming)\s+(?:[\w-]+\s+){0,2}?(?:book|novel|memoir|film|movie|documentary|drama|"
    r"biography|(?:tv|television|streaming|war|drama|documentary)\s+series)\b"
    # "the Oscar-winning documentary '20 Days in ...'", "the film 'Civil War'"
    r"|\b(?:[\w-]+-(?:winning|nominated)\s+)?(?:book|novel|memoir|film|movie|documentary|drama|series)\s+"
    r"['\u2018\"][^'\u2019\"]{2,60}['\u2019\"]"
    # a prize for a film about a war: "a documentary about the killing fields ... won the top prize"
    r"|\b(?:documentary|film|novel|memoir)\s+about\b.{0,200}\b(?:wins?|won|premieres?|premiered)\b"
    r".{0,80}\b(?:prize|award|festival)\b"
    # a festival or jury honouring a film: "a festival honours a documentary on ...", "the jury praised
    # the film's portrait of ..."
    r"|\b(?:festival|jury|academy)\b.{0,40}?\b(?:honou?rs?|honou?red|praised?|praises|awards?|awarded|crowns?|"
    r"crowned)\b.{0,40}?\b(?:documentary|film|movie|novel|memoir|book)\b"
    r"|\bthe\s+(?:film|documentary|movie|novel|book|memoir)['\u2019]s\s+(?:portrait|portrayal|depiction|account)\b"
)


@lru_cache(maxsize=1)
def review_pattern() -> re.Pattern[str]:
    """A review of a book, film or play, or an exhibition telling a past: what it tells is not news
    ("Review: a new history of the siege"; the exhibition's words are the lexicon's [casualty]
    exhibition_nouns, exhibition_buildings and exhibition_verbs)."""
    lex = lexicon("en")
    exhibition = lex.alternation("casualty", "exhibition_nouns")
    building = lex.alternation("casualty", "exhibition_buildings")
    shows = lex.alternation("casualty", "exhibition_verbs")
    return re.compile(
        _REVIEW_OF_WORK
        # an exhibition, the subject at the head of its sentence, that shows or tells a past: "an exhibition
        # in Warsaw shows photos of the uprising" (not a hall struck: "drone hits an exhibition hall ...")
        + rf"|^\W*(?:[\w-]+\s+){{0,3}}?(?:{exhibition})\b(?!\s+(?:{building}))"
        + rf"[^.;,]{{0,40}}?\b(?:{shows})\b",
        re.I,
    )


# a toll still running, told as standing now: "have been killed", "so far", or a source's reported toll
# since a start ("the ministry said 40,000 had been killed since October"); read after the figure
STILL_RISING = re.compile(
    r"\b(?:have|has)\s+(?:now\s+)?(?:been|died)\b|\bso\s+far\b|\bto\s+date\b"
    r"|\bhad\s+(?:now\s+)?(?:been\s+\w+|died)\s+since\b",
    re.I,
)
# ... or a toll that moves, told before the figure in the present: "the death toll reaches 5,000",
# "the toll has risen to 210" (a restated toll of the past is told in the past: "the massacre's toll
# reached 8,000")
TOLL_MOVES_BEFORE = re.compile(
    r"\b(?:toll|tally|count)\s+(?:now\s+)?(?:(?:rises|climbs|jumps|reaches|passes|tops|surpasses|exceeds|hits|nears)"
    r"|(?:has|have)\s+(?:now\s+)?(?:risen|climbed|jumped|reached|passed|topped|surpassed|exceeded|hit|neared))"
    r"(?:\s+to)?\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?$",
    re.I,
)

_PREFILTER = re.compile(
    r"kill|dead|death|died|\bdie|fatalit|casualt|wound|injur|missing|martyr|murder|massacr|slain|"
    r"execut|perish|lives|toll|hurt|unaccounted|disappeared|neutrali|eliminat|took\s+out|taken\s+out|sent\s+to\s+hell|"
    r"under\s+the\s+(?:rubble|debris|ruins)",
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


def kind_of(word: str) -> str:
    for rx, kind in _KIND_OF_WORD:
        if rx.search(word):
            return kind
    return "killed"


_COMMON_VICTIMS = frozenset(w for w in re.findall(r"[a-z]+", _VICTIM_NOUNS.split("(?-i")[0]) if len(w) > 2)


def victim_phrase(phrase: str | None) -> str:
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


# An earlier figure quoted for comparison is not news: "rose to 31, up from 23 on Friday", "revising its
# previous toll of 300", "compared with 183 killed in May", "had earlier put the number at 133"
_HEDGE = r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over)\s+)?"
EARLIER_FIGURE_BEFORE = re.compile(
    r"\b(?:(?:up|down|rose|risen|rising|climbed|jumped|increased)\s+from"
    r"|(?:previous|earlier|initial|preliminary|prior)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally|"
    r"estimate|report|number)s?\s+(?:of|at|was|had\s+been|stood\s+at)"
    r"|compared\s+(?:with|to)|versus|against"
    r"|(?:earlier|previously|initially)\s+(?:[\w-]+\s+){0,2}?(?:put|gave|given|reported|said|set|placed)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:at|as)"
    r"|from\s+(?:an?\s+|the\s+)?(?:earlier|previous|initial)\s+(?:[\w-]+\s+)?(?:of\s+)?"
    # "revised the toll to 11, after earlier reporting 14"
    r"|(?:after|having)\s+(?:earlier|previously|initially|first|originally)\s+(?:reporting|reported|giving|citing))"
    # (the figure may be quoted: "revising an earlier estimate of 'at least 130'")
    rf"\s+(?:the\s+)?['\"‘“]?\s*{_HEDGE}$",
    re.I,
)
# A figure corrected in passing: "three people, not five as initially reported, were killed"
NOT_AS_REPORTED = re.compile(r",\s+not\s+$", re.I)
NOT_AS_REPORTED_AFTER = re.compile(
    r"[\w,.-]+\s+(?:[\w-]+\s+)?as\s+(?:first|initially|earlier|previously|originally)\s+"
    r"(?:reported|stated|announced|said|feared)\b",
    re.I,
)
EARLIER_FIGURE_HINTS = (
    "from", "previous", "earlier", "initial", "prelim", "prior", "compared", "versus", "against",
)  # fmt: skip
