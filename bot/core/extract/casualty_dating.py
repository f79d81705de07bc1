"""What dates a figure beyond a year read in its clause (vetoes `history` and `commemoration`):

- a present perfect after a long-past year tells a toll up to now, not history: "Russia's 2022 invasion
  has killed 12,000 civilians" (the year dates the war's start, the toll runs to today);
- a war that ended long ago, named in the figure's clause, tells history: "the Korean War left nearly
  three million dead", "two million died in the Second World War" (lexicon [casualty] ended_wars), but
  not as the date of a noun it modifies ("a drone hit a Second World War memorial, killing two";
  lexicon ended_war_modified: a survivor, a memorial) nor as a comparison ("the deadliest attack since
  the Second World War");
- an anniversary told after the figure as the time of the act dates a new act, not a restated toll:
  "a strike kills 11 on the anniversary of the attack", "... killed 11, as Israelis marked two years
  since the assault" (lexicon anniversary_time_openers), unless the sentence remembers before the
  figure ("wreaths were laid for the 300 killed, on the anniversary"; lexicon remembrance_words).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.core.extract.casualty_patterns import ANNIVERSARY, ANNIVERSARY_HINTS, FRESH, ONGOING_YEAR, YEARS_AGO
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import parse_quantity

if TYPE_CHECKING:
    from bot.core.extract.casualty_vetoes import Candidate

# "in 1994", "the 1994 genocide", "a 2019 raid"; a possessive determines the year as an article does, the
# year dating what the noun after it names: "Rwanda's 1994 genocide", "its 1982 war", "the rebels' 1998 push"
HISTORY_YEAR = re.compile(
    r"(?:\b(?:in|of|the|during|between|a|an|its|their|his|her)|\b\w+(?:'s|\u2019s|s'|s\u2019))\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
TOLL_UP_TO_NOW = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+|since\s+)?(?:killed|left|claimed|cost)\b", re.I
)
# substrings every ended_wars entry holds: a cheap test first
_ENDED_WAR_HINTS = ("war", "holocaust", "genocide", "wwi")
# between the figure and the war a few words, no clause break, then "in", "during", "of", "from"
_WHERE_THE_DEAD_FELL = re.compile(r"[^,;]{0,25}?\b(?:in|during|of|from)\s+(?:the\s+)?", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:since|than|before|after|like|as\s+in)\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon("en")
    ended = re.compile(
        rf"\b(?:{lex.alternation('casualty', 'ended_wars')})\b"
        rf"(?!\s*-?\s*(?:{lex.alternation('casualty', 'ended_war_modified')})\b)",
        re.I,
    )
    opener = re.compile(
        rf"\b(?:{lex.alternation('casualty', 'anniversary_time_openers')})\s+(?:[\w-]+\s+){{0,3}}?$", re.I
    )
    remembrance = re.compile(rf"\b(?:{lex.alternation('casualty', 'remembrance_words')})\b", re.I)
    return ended, opener, remembrance


@lru_cache(maxsize=1)
def _year_of_a_pact() -> re.Pattern[str]:
    """The pact or vote a year dates, right after it ("the 2016 peace accord"; lexicon year_of_pact_nouns)."""
    return re.compile(rf"\s+(?:{lexicon('en').alternation('casualty', 'year_of_pact_nouns')})\b", re.I)


@lru_cache(maxsize=1)
def _remembered_before() -> re.Pattern[str]:
    """A remembrance word right before the figure, only articles between: "honours the 200,000"."""
    words = lexicon("en").alternation("casualty", "remembrance_words")
    return re.compile(
        rf"\b(?:{words})\s+(?:(?:the|some|about|around|nearly|more\s+than|over|all)\s+)*$", re.I
    )


def ended_war(s: str, start: int, end: int) -> str | None:
    """The name of a war that ended long ago that the figure at s[start:end] belongs to: before it in
    its clause ("the Korean War left ..."), or after it as where the dead fell ("died in the First
    World War", "victims of the Holocaust"); not a war a later time phrase names ("on the eve of Victory
    Day marking the end of the Second World War")."""
    low = s.lower()
    if not any(h in low for h in _ENDED_WAR_HINTS):
        return None  # a cheap test first: most clauses name no war at all
    for m in _patterns()[0].finditer(s):
        if m.start() >= end and not _WHERE_THE_DEAD_FELL.fullmatch(s, end, m.start()):
            continue
        if not _COMPARED_BEFORE.search(s, max(0, m.start() - 20), m.start()):
            return m.group(0)
    return None


def anniversary_adjunct(s: str, start: int, end: int) -> int | None:
    """Where, after the figure at s[start:end], an anniversary told as the time of the act begins ("kills
    9 on the eve of the anniversary of the 2017 bombing"): the figure is a new act, and a year past that
    point dates the anniversary's event, not the figure. None when there is none, or when the sentence
    remembers before the figure ("wreaths for the 300 killed, on the anniversary": a past toll)."""
    low = s.lower()
    if not any(h in low for h in ANNIVERSARY_HINTS):
        return None  # a cheap test first: most sentences mark no anniversary
    _, opener, remembrance = _patterns()
    if remembrance.search(s, 0, start):
        return None
    for m in ANNIVERSARY.finditer(s, end):
        if ";" in s[end : m.start()]:
            return None
        told_when = opener.search(s, max(0, m.start() - 60), m.start())
        if told_when:
            return told_when.start()
    return None


@lru_cache(maxsize=1)
def _act_then_participle() -> tuple[re.Pattern[str], re.Pattern[str]]:
    participles = lexicon("en").alternation("casualty", "act_participles")
    return (
        re.compile(r"(?:^|[.;:!?]\s*)(?:\S+\s+){2,}$"),
        re.compile(rf"[^,;:]{{0,60}},\s+(?:{participles})\s+(?:\S+\s+){{0,3}}?$", re.I),
    )


def anniversary_before_act(s: str, start: int) -> bool:
    """Whether an anniversary before the figure at s[start:] is the time of a new act: an opener right
    before it ("on", "on the eve of": lexicon anniversary_time_openers), a main clause of two or more
    words before the opener, and the figure told by a participle after a comma ("a missile hits Kharkiv
    on a day of remembrance, killing 7"), not inside a relative clause of the event remembered ("on the
    anniversary of the bombing that killed 270")."""
    low = s[:start].lower()
    if not any(h in low for h in ANNIVERSARY_HINTS):
        return False  # a cheap test first: most figures follow no anniversary
    _, opener, remembrance = _patterns()
    main_clause, participle = _act_then_participle()
    for m in ANNIVERSARY.finditer(s, 0, start):
        told_when = opener.search(s, max(0, m.start() - 60), m.start())
        if (
            told_when
            and main_clause.search(s, 0, told_when.start())
            and not remembrance.search(s, 0, told_when.start())
            and participle.fullmatch(s, m.end(), start)
        ):
            return True
    return False


# a year of the last century: with a scholar's word, the lead studies the long past
_LAST_CENTURY = re.compile(r"\b19\d\d\b")


@lru_cache(maxsize=1)
def _scholar() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The scholar_words pattern, and a cheap test taken from the same list (the first six letters of
    each entry's first word: one of them is in any lead the pattern matches, whatever is added)."""
    words = lexicon("en").words("casualty", "scholar_words")
    hints = tuple(sorted({w.split()[0].rstrip("*").lower()[:6] for w in words}))
    return hints, re.compile(rf"\b(?:{lexicon('en').alternation('casualty', 'scholar_words')})\b", re.I)


def scholar_of_the_past(text: str, low: str) -> str | None:
    """A scholar's word and a year of the last century in a lead (`low` its lowercase): a new count of an
    old toll ("historians raise the siege toll ... deaths between 1941 and 1944"; lexicon scholar_words)."""
    hints, pattern = _scholar()
    if not any(w in low for w in hints):
        return None  # a cheap test first: most leads name no scholar
    scholar, year = pattern.search(text), _LAST_CENTURY.search(text)
    return f"{scholar.group(0)} ... {year.group(0)}" if scholar and year else None


_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def past_year(s: str, published: date | None) -> str | None:
    """The words that date `s` three or more years before `published`, or None."""
    low = s.lower()
    if "ago" in low or "years " in low or "year " in low or "decade" in low:
        for m in YEARS_AGO.finditer(s):
            n = m.group("n").lower()
            years = 1 if n in ("a", "one") else parse_quantity(None, n)[0]
            if years is not None and "decade" in m.group(0).lower():
                years *= 10
            # "Eighty years on, Dresden remembers ...", "a decade after the attack", not "four years on,
            # the war has killed ..." nor "two years after the war began"
            floor = 3 if m.group("w").lower() == "ago" else 10
            if years is not None and years >= floor and not ONGOING_YEAR.search(s[: m.start()]):
                return m.group(0)  # "Thirty years ago, extremists killed ...": told as history
    if "19" not in s and "20" not in s:
        return None  # no year of 19xx or 20xx for the two patterns below (most sentences)
    for m in _YEAR_RANGE.finditer(s):  # "2003-2011": a span that ended long ago
        end = int(m.group(2))
        if (published is not None and end <= published.year - 3) or (published is None and end < 2000):
            return m.group(0)
    for m in HISTORY_YEAR.finditer(s):
        year = int(m.group(1))
        if ONGOING_YEAR.search(s[: m.start()]) or TOLL_UP_TO_NOW.search(s, m.end()):
            continue
        if _year_of_a_pact().match(s, m.end()):
            continue  # "who signed the 2016 peace accord": the year dates the pact, not the deaths
        if (published is not None and year <= published.year - 3) or (published is None and year < 2000):
            return m.group(0)
    return None


# what dates the honoured deaths as recent ("the 12 soldiers killed in last week's ambush")
_RECENT = re.compile(r"\b(?:last|this|past)\s+(?:week|month)|\brecent\w*", re.I)
_A_YEAR_BACK = re.compile(
    r"\blast\s+year\b|\b(?:a|one|two|three|four|five|\d+)\s+years?\s+ago\b|\ba\s+year\s+(?:since|after|on)\b",
    re.I,
)
_DEATH_WORD = re.compile(
    r"\b(?:died|dead|killed|perished|murdered|massacred|slain|lost\s+their\s+lives)\b", re.I
)


def remembered(c: Candidate) -> str | None:
    """The figure is what a remembrance honours ("Poland honours 200,000 killed in the uprising",
    "France remembers 130 victims"; lexicon remembrance_words, then only articles) and the item's lead
    dates deaths three or more years back ("... who died in 1944"): a past toll restated, unless the
    figure's own stretch dates it as new. "Ukraine mourns 40 killed in Dnipro strike" over a lead of
    Tuesday's strike is news."""
    s = c.sent.text
    if not _patterns()[2].search(s, max(0, c.start - 40), c.start):
        return None  # a cheap test first: most figures follow no remembrance word
    honoured = _remembered_before().search(s, max(0, c.start - 40), c.start)
    if honoured is None or FRESH.search(s, c.start, c.end + 60) or _RECENT.search(s, c.start, c.end + 60):
        return None
    # the honoured deaths dated a year or more back: "remember the seven killed ... last year"
    back = _A_YEAR_BACK.search(s, c.end, c.end + 120)
    if back is not None:
        return f"'{honoured.group(0).strip()}' ... '{back.group(0)}'"
    for sent in c.ctx.sents[:2]:
        if not _DEATH_WORD.search(sent.text):
            continue  # the lead's long-past year must date deaths: "... who died in 1944"
        year = past_year(sent.text, c.published) or (
            m.group(0) if (m := _A_YEAR_BACK.search(sent.text)) else None
        )
        if year is not None:
            return f"'{honoured.group(0).strip()}' ... '{year}'"
    return None
