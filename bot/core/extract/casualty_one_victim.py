"""One victim told without a number ("a journalist was killed", "an aid worker died in a strike"):
a figure of 1 (or 2, "a photographer and his translator"), read only in conflict news."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from bot.core.extract.casualty_location import figure_location
from bot.core.extract.casualty_patterns import GROUP_BEFORE, kind_of, one_of
from bot.core.extract.casualty_text_context import TextContext
from bot.core.extract.casualty_vetoes import ONE_VICTIM_VETOES, Candidate, clause_around
from bot.core.extract.doc import Doc
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import NUMBER_ANY, parse_number
from bot.core.extract.re2_branches import BranchFinder
from bot.core.extract.re2_outline import Outline, top_level_branches
from bot.core.extract.text import Sentence
from bot.core.extract.vetoes import Dropped
from bot.core.model import CasualtyFigure, Why


def figure_why(
    recognizer: str,
    trigger: str,
    sent: Sentence,
    start: int,
    end: int,
    roles: list[tuple[str, str]],
    status: str,
) -> Why:
    lo, hi = clause_around(sent.text, start, end)
    return Why(recognizer, (trigger,) if trigger else (), sent.text[lo:hi].strip(), tuple(roles), status)


# One named victim, no number: "troops shot dead a 16-year-old Palestinian", "A Palestinian man was
# killed", "a peacekeeper was also injured", "two journalists were killed and another injured",
# "An American photographer and his translator were killed" (two). Read only in conflict news (a
# strong or weak cue in the text): in crime news it is no toll. The nouns are lexicon data
# ([casualty] one_victim_nouns).
_ONE_MODIFIERS = r"(?:(?!(?:and|or|in|of|at|on|by|near|who|with|was|were)\b)[\w-]+\s+){0,3}?"
_ONE_PASSIVE = (
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|later\s+|seriously\s+|"
    r"critically\s+|badly\s+|lightly\s+|moderately\s+|severely\s+|gravely\s+|slightly\s+)?"
    r"(?P<pv>killed|shot\s+dead|shot\s+and\s+killed|martyred|(?:fatally|mortally)\s+(?:wounded|injured)|injured|"
    r"wounded|hurt)\b"
    # one named as part of a group: "a nurse was among six people wounded", "is among the dead"
    r"|(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<am>killed|dead|wounded|injured|hurt)\b"
    # one missing: "one passenger is still unaccounted for", "a crew member remains missing"
    r"|(?:is|was|remains|remained)\s+(?:still\s+)?(?P<ms>missing|unaccounted\s+for)(?!\s+(?:child|person|people)\b)"
)


# an age that is the victim noun itself, only right before the verb: "a 16-year-old was wounded" (not
# "a 16-year-old boy", where the noun follows)
_AGE_NOUN = r"\d{1,2}-year-old(?=\s+(?:was|were|is|has|had)\s)"
_AGE = re.compile(r"(\d{1,2})-year-old")


# a wound told by what it cost: "a fourth officer lost a leg" (injured)
_LOST_LIMB = re.compile(r"lost\s+(?:a|an|his|her|one|both)\s+(?:legs?|arms?|hands?|feet|foot|eyes?|limbs?)\b")


# a bare verb that is no threat or forecast: "vow to kill a journalist", "could kill"
_NOT_TO = r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
_SMALL_NUMBER = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# words before a title in "killed Hamas battalion commander <name>": no numbers, no function words
_NAME_MODIFIERS = (
    r"(?:(?!(?:and|or|in|of|at|on|by|near|who|with|was|were|including|among|the|an?)\b)[a-z][\w-]*\s+){0,3}?"
)
# a person's name after the victim noun: "Yousef Qudra", "Anas al-Sharif", "Maria dos Santos"
_PERSON_NAME = (
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z][\w'’-]+)|(?:al|el|bin|ibn|abu|dos|da|de|van|von)(?:-\w+)?)){1,3}"
)


def _headline_and_told_before(noun: str) -> str:
    """Branches of _one_victim_re: a headline's victim without an article, and one told of before
    beside a counted part."""
    return (
        # a headline's one victim without an article: "Armenian serviceman killed by border fire"
        # (or after "after": "Six dead in clashes after militia chief killed")
        rf"(?:^\s*|\b(?-i:after)\s+)(?P<vic16>{_ONE_MODIFIERS}{noun})\s+"
        rf"(?P<pv16>killed|shot\s+dead|martyred|wounded|injured)\b"
        # "Drone kills man near Sumy", "Settlers wound 14-year-old boy": a bare noun that ends the phrase
        rf"|\b(?P<v17>kill(?:s|ed|ing)|wound(?:s|ed|ing)|injur(?:es|ed|ing)|{_NOT_TO}(?:kill|wound|injure))\s+"
        rf"(?P<vic17>(?:\d{{1,2}}-year-old\s+)?(?:(?!\d|(?:{_SMALL_NUMBER}|one|dozens|scores|hundreds|more|several|many)\b)[\w-]+\s+)?{noun})"
        rf"(?=\s*(?:[,:;]|$|\s+(?:in|near|at|on|outside)\b))"
        # one told of before, then beside a counted part: "the commander and three of his guards were among
        # the dead" (the commander; the three are read as a figure of their own)
        rf"|(?:^\s*|[.;:]\s+|\b(?:and|that|said|says?)\s+)(?-i:[Tt]he)\s+(?P<vic18>{_ONE_MODIFIERS}{noun})"
        rf"(?:\s+of\s+[^,.;]{{1,40}}?)?\s+and\s+"
        rf"(?:\d{{1,3}}|{_SMALL_NUMBER})\s+(?:of\s+(?:his|her|their)\s+)?[\w-]+\s+(?:were|have\s+been)\s+"
        rf"(?:also\s+)?(?:among\s+(?:the\s+|those\s+)?)?(?P<pv18>killed|dead|wounded|injured)\b"
        # one named after the verb beside a counted part of their own people: "Gunmen kill council chairman
        # and three of his bodyguards" (the chairman; the three are a figure of their own)
        rf"|\b(?P<v19>kill(?:s|ed|ing)?|wound(?:s|ed|ing)|injur(?:es|ed|ing))\s+(?:(?:an?|the)\s+)?"
        rf"(?P<vic19>{_NAME_MODIFIERS}{noun})\s+and\s+(?:(?:\d{{1,3}}|{_SMALL_NUMBER})\s+of\s+(?:his|her|their|its)"
        rf"|(?:his|her|their)\s+(?:\d{{1,3}}|{_SMALL_NUMBER}))\s"
    )


def _parts_and_states(noun: str) -> str:
    """Branches of _one_victim_re: one victim as a part of a group, one more of a group, one left dead or
    wounded, a death announced, victims named after the verb."""
    return (
        # a part that is one victim: "six civilians, among them a 12-year-old boy"
        rf"|\b(?:among\s+them|including|among\s+whom|one\s+of\s+(?:them|whom)(?:\s+(?:was|is))?|among\s+the\s+dead\s*[,:]|"
        rf"the\s+(?:dead|victims|wounded|injured)\s+includ(?:ed|e|es))\s+(?:[^.;]{{0,40}}?\s+and\s+)?(?:an?|the|his|her|their)\s+"
        # (not whose a counted part was: "including the groom's three cousins")
        rf"(?P<vic6>{_ONE_MODIFIERS}{noun})\b(?!['’]s?\s+(?:{NUMBER_ANY})(?![\w-]))"
        rf"|\band\s+(?:(?:one\s+)?another(?!\s+(?:{NUMBER_ANY})(?![\w-]))|an?\s+(?:third|fourth|fifth))\s+"
        rf"(?:\w+\s+){{0,2}}(?P<another>injured|wounded|hurt|killed|missing|unaccounted\s+for)\b"
        rf"|\band\s+(?P<another2>injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)\s+(?:one\s+)?"
        rf"(?:another|an?\s+(?:third|fourth|fifth))\b(?!\s+\d)"
        # "leaving a 12-year-old girl dead and her mother wounded"
        rf"|\bleav(?:ing|es|e)\s+(?:an?|the|his|her|their)\s+(?P<vic20>{_ONE_MODIFIERS}{noun})\s+"
        rf"(?P<pv20>dead|wounded|injured|hurt)\b"
        # two told by "both": "both attackers were killed", "both pilots were killed"
        rf"|\bboth\s+(?:of\s+)?(?:the\s+)?(?P<both>(?:[\w-]+\s+)?[\w-]+s)\s+(?:were|have\s+been|had\s+been)\s+"
        rf"(?:also\s+)?(?P<pv22>killed|shot\s+dead|wounded|injured)\b"
        # "leaving one dead and his wife wounded", "one man was killed and his wife wounded"
        rf"|(?:(?<=dead|hurt)|(?<=killed))\s+and\s+(?:an?|the|his|her|their)\s+(?P<vic21>{_ONE_MODIFIERS}{noun})\s+(?:(?:was|were)\s+)?"
        rf"(?P<pv21>wounded|injured|hurt)\b"
        # a death announced: "the army announced the death of a reservist"
        rf"|\b(?:announc\w*|confirm\w*|report\w*|mourn\w*)\s+the\s+death\s+of\s+an?\s+"
        rf"(?P<vic7>{_ONE_MODIFIERS}{noun})\b"
        # victims named after the verb: "Killed in the strike were three medics and a firefighter"
        rf"|(?:^|[.;:]\s+)(?:Among\s+(?:the|those)\s+(?:[\d,]+\s+)?)?(?P<inv>Killed|Wounded|Injured|(?<=\s)dead|(?<=\s)hurt)\b"
        rf"[^.;]{{0,60}}?\s(?:were|was|is|are)\s[^.;]{{0,60}}?"
        rf"\ban?\s+(?P<vic8>{_ONE_MODIFIERS}{noun})\b"
    )


@lru_cache(maxsize=1)
def _one_victim_re() -> re.Pattern[str]:
    # an age standing for the victim: "a 16-year-old was wounded" (_AGE_NOUN)
    noun = rf"(?:{lexicon('en').alternation('casualty', 'one_victim_nouns')}|{_AGE_NOUN})"
    return re.compile(
        # one named and a number of others: "killing the battalion commander and four other soldiers",
        # "killed the town's mayor and three others" (4)
        rf"\b(?P<v9>kill(?:s|ed|ing)|shot\s+dead|wound(?:s|ed|ing)|injur(?:es|ed|ing))\s+(?:(?:an?|the)\s+)?"
        # not a counted group: "killed 3 soldiers and two others" is two figures
        rf"(?!(?:\d|{_SMALL_NUMBER}|one|dozens|scores|hundreds)\b)"
        rf"(?:[\w'’-]+\s+){{0,5}}?(?P<vic9>[\w-]+)\s+and\s+(?P<others>\d{{1,3}}|{_SMALL_NUMBER})\s+"
        rf"other(?:s\b|\s+(?P<ov>[\w-]+))"
        rf"|\b(?P<v1>kill(?:s|ed|ing)|(?<!\bto\s)kill|shot\s+dead|shoot(?:s|ing)?\s+dead|shot\s+and\s+killed|"
        # "lightly wounding a woman", "killing a man and wounding his wife", "killing its pilot"
        rf"wound(?:ed|ing)|injur(?:ed|ing))"
        # (the one right after the verb first: "killing a woman and her son" is two, not the son alone)
        rf"\s+(?:[^.;,]{{0,60}}?\s+and\s+)??(?:an?|the|his|her|its|their)\s+(?P<vic>{_ONE_MODIFIERS}{noun})"
        # "shot dead a police officer and two civilians" (1 and 2)
        rf"(?:\s+and\s+(?P<n13>\d{{1,3}}|{_SMALL_NUMBER})\s+(?P<vic13>[\w-]+)(?![\w'’-]|\s+(?:and|or)\s))?"
        # "killing a woman and her son" (two)
        rf"(?:\s+and\s+(?:his|her|their)\s+(?P<kin1>{_ONE_MODIFIERS}{noun})(?![\w'’-]|\s+and\s))?"
        # not "killed a photographer and his translator" (two), but "killed a paramedic and injured three"
        rf"(?![\w'’-]|\s+and\s(?!\s*(?:injur|wound|hurt|kill)))"
        # reported speech without "that": "the ministry said a municipal employee was killed"
        rf"|(?:(?:^\s*|\n\s*|[.;:]\s+|\s[—–-]+\s+)(?-i:An?|Another|One)|(?:\b(?:and|that|said|says?|after|when|while)|[.;:])\s+(?-i:an?|another|one))"
        rf"\s+(?P<vic2>{_ONE_MODIFIERS}{noun})"
        rf"(?:\s+and\s+(?:his|her|their|an?)\s+(?:(?P<n3>{_SMALL_NUMBER})\s+(?P<vic4>{_ONE_MODIFIERS}{noun}(?:s|ren)?)|"
        rf"(?P<vic3>{_ONE_MODIFIERS}{noun})))?"
        # "a hostage held in Gaza had been killed", "a nurse working at the clinic was injured"
        # "a peacekeeper serving with UNIFIL was killed"
        rf"(?:\s+(?:held|taken|detained|abducted|kidnapped|working|travell?ing|sheltering|serving|stationed|"
        rf"deployed|posted|patrolling|based|caught|trapped|aboard|of)\s+[^,.;]{{1,30}}?)?(?:,\s+[^,.;]{{1,60}}?,)?"
        rf"\s+(?:{_ONE_PASSIVE}|"
        rf"(?P<died>died|dies|lost\s+(?:his|her)\s+life)\b|(?P<limb>{_LOST_LIMB.pattern}))"
        # a headline's one victim with an age: "Teenage shepherd, 15, shot dead near Hebron"
        rf"|(?:^\s*|\n\s*|[.;:]\s+)(?P<vic14>{_ONE_MODIFIERS}{noun}),\s+\d{{1,2}},\s+(?:(?:was|is|has\s+been)\s+)?"
        rf"(?P<pv14>killed|shot\s+dead|shot\s+and\s+killed|martyred|injured|wounded)\b"
        rf"|{_headline_and_told_before(noun)}"
        # one victim named by name, no article: "Palestinian photojournalist Yousef Qudra was killed"
        rf"|(?:^\s*|\n\s*|[.;:]\s+)(?P<vic10>{_ONE_MODIFIERS}{noun})\s+{_PERSON_NAME}"
        rf"(?:,[^,.;]{{1,60}},)?\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+)?"
        rf"(?P<pv10>killed|shot\s+dead|shot\s+and\s+killed|martyred|injured|wounded)\b"
        # the name first: "Olha Marchenko, a 41-year-old nurse, was killed"
        rf"|(?:^\s*|\n\s*|[.;:]\s+){_PERSON_NAME},\s+an?\s+(?P<vic11>{_ONE_MODIFIERS}{noun}),\s+"
        rf"(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?P<pv11>killed|shot\s+dead|martyred|injured|wounded)\b"
        # a title and a name after the verb: "it killed Hamas battalion commander Rafiq Shamali"
        rf"|\b(?P<v12>kill(?:s|ed|ing)|assassinat(?:es|ed|ing))\s+(?P<vic12>{_NAME_MODIFIERS}{noun})\s+{_PERSON_NAME}"
        # one victim beside a counted group: "Two paramedics and their driver were killed"
        rf"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[\w-]+\s+and\s+(?:his|her|their|its)\s+"
        rf"(?P<vic5>{noun})\s+(?:were|have\s+been)\s+(?P<pv5>killed|injured|wounded)\b"
        rf"{_parts_and_states(noun)}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _one_victim_outline() -> Outline:
    """_one_victim_re without its lookarounds, in RE2, branch by branch: one linear scan tells most
    sentences that hold a casualty word (and none of the victims this reads) from the few it may
    match, and which of its branches may."""
    return Outline(_one_victim_re(), top_level_branches(_one_victim_re().pattern))


@lru_cache(maxsize=1)
def _victim_finder() -> BranchFinder:
    """_one_victim_re tried with the branches that may match in a sentence only: most sentences that
    reach it hold the words of one or two of its twenty branches."""
    return BranchFinder(_one_victim_re(), _one_victim_outline())


# Around a casualty word, what every match of _one_victim_re holds: a cheap test ("killed a",
# "was also wounded", "and another injured")
_ONE_AFTER = re.compile(r"\w*\s+(?:an?|the|his|her|its|their)\s")


# "killed Hamas battalion commander Rafiq Shamali": the first two capitalised words in a row after the
# casualty word (a name), which a victim noun must precede (a cheap pre-test of that shape)
_TWO_CAPS_AFTER = re.compile(r"\w*\s+(?:[\w-]+\s+){1,4}?[A-Z][\w'’-]+\s+[A-Z]")


# "kills man near Sumy": a bare word after the casualty word that ends the phrase
_BARE_AFTER = re.compile(r"\w*\s+[\w-]+(?:\s+[\w-]+)?(?:\s*[,:;]|$|\s+(?:in|near|at|on|outside)\b)")


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(w.split()[-1] for w in lexicon("en").words("casualty", "one_victim_nouns"))


def _title_and_name_after(s: str, p: int) -> bool:
    m = _TWO_CAPS_AFTER.match(s, p)
    if m is None:
        return False
    words = s[p : m.end()].split()
    return len(words) >= 3 and words[-3].lower() in _nouns()


_ONE_BEFORE = re.compile(
    r"(?:was|were|been)\s+(?:\w+\s+)?$|\bamong\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}$|^\s*(?:[\w'-]+\s+){1,4}$|(?:another|an?\s+(?:third|fourth|fifth))\s+(?:\w+\s+)?$"
    r"|(?:^|[.;:]\s+|\b(?:after|when|while)\s+)(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){1,8}$"
    r"|,\s+\d{1,2},\s+(?:(?:was|is|has\s+been)\s+)?(?:shot\s+)?$"
    # a headline's "... after militia commander killed"
    r"|\bafter\s+(?:[\w-]+\s+){1,4}(?:shot\s+)?$"
)


_KIND_BEFORE_PART = re.compile(
    # a whole of both kinds is one word here: "killed or wounded 16 people, one of them a child"
    r"\b(?:(?:kill(?:s|ed|ing)?|dead)\s+(?:or|and)\s+(?:wound|injur)\w*|"
    r"killed|killing|wounded|wounding|injured|injuring|hurt|hurting|dead)\b",
    re.I,
)
# a part that says its own kind: "15 dead or wounded, among them a commander who was killed"
_KIND_OF_PART = re.compile(
    r",?\s+(?:who|that)\s+(?:(?:was|were|is|had\s+been|has\s+been)\s+(?:also\s+|later\s+)?"
    r"(?P<k>killed|wounded|injured|hurt|shot\s+dead)|(?:later\s+|subsequently\s+)?(?P<d>died))\b",
    re.I,
)


@lru_cache(maxsize=1)
def _two_word_nouns() -> frozenset[str]:
    return frozenset(w for w in lexicon("en").words("casualty", "one_victim_nouns") if " " in w)


def _victim_noun(phrase: str) -> str:
    """The victim noun of "a freelance journalist" (journalist), "a WFP staff member" (staff member),
    "a 16-year-old" (teenager)."""
    words = phrase.split()
    age = _AGE.fullmatch(words[-1]) if words else None
    if age:
        years = int(age.group(1))
        return "child" if years < 13 else "teenager" if years < 18 else "person"
    two = " ".join(words[-2:]).lower()
    return two if len(words) > 1 and two in _two_word_nouns() else words[-1]


# the count role of "a man and his two sons" (3): the figure "two sons" it holds is not a figure of its own
WITH_KIN = "one named and their"


def _count_why(count: int, others: str | None, kin: str | None = None) -> str:
    if kin:
        return f"{WITH_KIN} '{kin}': {count}"
    if others:
        return f"one named and '{others}' others: {count}"
    return f"{'two victims' if count == 2 else 'one victim'} named without a number: {count}"


# the groups of _one_victim_re that hold its casualty word, in the order they are read
_WORD_GROUPS = (
    "pv",
    "ms",
    "pv22",
    "am",
    "pv16",
    "v17",
    "pv18",
    "pv5",
    "pv10",
    "pv11",
    "pv14",
    "another",
    "another2",
    "inv",
    "v9",
    "v12",
    "v1",
    "v19",
    "pv20",
    "pv21",
    "limb",
)


def _count_and_victims(m: re.Match[str], s: str) -> tuple[int, str]:
    """The count and victims of a match of _one_victim_re in sentence `s`."""
    if m.group("others"):
        return (parse_number(m.group("others")) or 0) + 1, m.group("ov") or "people"
    if m.group("n3"):  # "a man and his two sons": one and the number
        return (parse_number(m.group("n3")) or 0) + 1, "people"
    if m.group("both"):
        return 2, m.group("both")
    if m.group("another") or m.group("another2"):
        groups = list(GROUP_BEFORE.finditer(s, 0, m.start()))  # one more of the group before
        return 1, one_of(" ".join(groups[-1].group("noun").split())) if groups else "people"
    named = (
        m.group(g)
        for g in (
            "vic",
            "vic2",
            "vic16",
            "vic17",
            "vic18",
            "vic19",
            "vic20",
            "vic21",
            "vic5",
            "vic6",
            "vic7",
            "vic8",
            "vic10",
            "vic11",
            "vic12",
            "vic14",
        )
    )
    vic = _victim_noun(next(v for v in named if v))
    if m.group("vic16") and m.group("vic16").strip() == vic:
        vic = vic.lower()  # "Soldier killed in ...": capitalised only as the headline's first word
    companion = m.group("vic3") or m.group("kin1")
    if companion:
        return 2, f"{vic} and {_victim_noun(companion)}"
    return 1, vic


def _figure(m: re.Match[str], sent: Sentence, word: str, kind: str, ctx: TextContext) -> CasualtyFigure:
    """The figure a match of _one_victim_re in `sent` reads, with its why."""
    s = sent.text
    count, vic = _count_and_victims(m, s)
    location, how = figure_location(s, m.start(), ctx)
    kin = m.group("n3") and f"{m.group('n3')} {m.group('vic4')}"
    roles = [
        ("count", _count_why(count, m.group("others"), kin)),
        ("kind", f"'{word}' -> {kind}"),
        ("victims", f"'{vic}'"),
        ("location", f"{location}: {how}"),
    ]
    why = figure_why("one_victim", m.group(0).strip(), sent, m.start(), m.end(), roles, "one incident")
    return CasualtyFigure(count, "exact", kind, vic, location, False, evidence=s.strip(), why=why)


def _retold(why: Why | None, count: int, victims: str) -> Why | None:
    """The why of the counted group after one named victim: its own count and victims."""
    if why is None:
        return None
    roles = tuple(
        (
            r,
            f"'{count} {victims}' after one named victim"
            if r == "count"
            else f"'{victims}'"
            if r == "victims"
            else e,
        )
        for r, e in why.roles
    )
    return replace(why, roles=roles)


def one_victim_figures(
    doc: Doc, published: date | None, trace: list[Dropped] | None, ctx: TextContext
) -> list[CasualtyFigure]:
    """One victim (or two, joined by "and his"), told without a number (see _one_victim_re)."""
    out: list[CasualtyFigure] = []
    vetoed_nouns: set[str] = set()  # the victims of figures a veto dropped
    bare: list[CasualtyFigure] = []  # a headline's victim without an article ("Mine kills shepherd")
    for sent, positions in zip(doc.sents, doc.casualty_words, strict=True):
        s = sent.text
        # (the same tests as below, cheapest first: no casualty word and no lost limb, no outline match)
        if not positions and "lost " not in s:
            continue
        maybe = _victim_finder().branches_in(s)  # None: every branch may match
        if maybe is not None and not maybe:
            continue
        if not ("lost " in s and _LOST_LIMB.search(s)) and not any(
            _ONE_AFTER.match(s, p)
            or _ONE_BEFORE.search(s, max(0, p - 70), p)
            or " and a" in s[p : p + 90]
            or "among th" in s[max(0, p - 20) : p + 90]
            or "includ" in s[max(0, p - 90) : p + 90]
            or "one of " in s[max(0, p - 90) : p + 90]
            or s.startswith("death of a", p)
            or " another" in s[p : p + 20]
            or "leav" in s[max(0, p - 60) : p]
            or " life" in s[max(0, p - 90) : p + 90]
            or (p < 2 and " were " in s[p : p + 70])
            or _title_and_name_after(s, p)
            or _BARE_AFTER.match(s, p) is not None
            for p in positions
        ):
            continue  # none of the shapes _one_victim_re reads is around a casualty word
        for m in _victim_finder().finditer(s, maybe):
            word = next((m.group(g) for g in _WORD_GROUPS if m.group(g)), "killed")
            if m.group("vic6"):
                # a part takes its own kind when it says one ("among them a guard who was wounded"), else
                # its figure's: the casualty word nearest before it ("the wounded included")
                own = _KIND_OF_PART.match(s, m.end("vic6"))
                if own is not None:
                    word = own.group("k") or own.group("d")
                else:
                    before = _KIND_BEFORE_PART.findall(s, 0, m.start("vic6"))
                    word = before[-1] if before else "killed"
            kind = kind_of(word) if not m.group("limb") else "injured"
            vetoed = ONE_VICTIM_VETOES.first(Candidate(sent, m.start(), m.end(), kind, ctx, published))
            if vetoed is not None:
                if trace is not None:
                    trace.append(Dropped("casualty", *vetoed, m.group(0).strip(), s.strip()))
                vetoed_nouns.add(_count_and_victims(m, s)[1].lower())
                continue
            out.append(_figure(m, sent, word, kind, ctx))
            if m.group("vic16") or m.group("vic17"):
                bare.append(out[-1])
            if m.group("n13"):  # "shot dead a police officer and two civilians": the two are a figure too
                n13 = parse_number(m.group("n13")) or 0
                vic13 = m.group("vic13")
                out.append(replace(out[-1], count=n13, victims=vic13, why=_retold(out[-1].why, n13, vic13)))
    # the headline's bare victim is the body's, told again: a veto that drops the body's ("an old landmine
    # from the 1948 war killed a shepherd") drops it too
    return [f for f in out if not any(f is b for b in bare) or (f.victims or "").lower() not in vetoed_nouns]
