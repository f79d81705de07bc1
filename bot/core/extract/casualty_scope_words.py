"""The words that scope a casualty figure: one incident or day, or a running total (pure; no I/O)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon

__all__ = [
    "CUMULATIVE",
    "MONTHS_BETWEEN",
    "MONTH_SPAN",
    "OVER_DAYS",
    "SINGLE",
    "TOLL_MAY_RISE",
    "incident_named",
]

# Scope of a figure: one incident or day, or a running total.
SINGLE = re.compile(
    r"(?:past|last|previous|preceding)\s+(?:24|48|72)\s+hours|(?:past|previous|preceding)\s+day|since\s+midnight|since\s+dawn|since\s+(?:this|yesterday)\s+"
    r"morning|\balone\b|overnight|\bthis\s+week\b|\bsingle\b",
    re.IGNORECASE,
)
# (one "\b" in front of the alternation, not one per word: the regex then tries the words only at
# word starts, four times faster; it is only ever tested for a match, never read)
CUMULATIVE = re.compile(
    r"\b(?:since|so\s+far|to\s+date|total|overall|in\s+all|the\s+war|this\s+war|the\s+conflict|"
    r"war\s+(?:in|on|with)|(?<=['’])s\s+(?:[\w-]+\s+)?war(?!\s+(?:planes?|ships?|jets?|crimes?|games?)\b)|campaign|hostilities|wave\s+of\s+violence|ongoing|cumulative|bringing|"
    r"over\s+(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:months|years|weeks)|months\s+of|years\s+of|"
    # a span told before: "450 civilians had been killed over the same period"
    r"(?:over|in|during)\s+(?:the\s+same|that)\s+period|"
    r"between\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December))\b"
    r"|-month\s+period",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def incident_named() -> re.Pattern[str]:
    """One event named (lexicon [casualty] incident_nouns: "strike", "ambush", "car bomb"), told by a
    clause of its own ("the number of people killed when jets bombed a market") or by the day it happened
    ("the number of people shot dead near the aid site on Sunday"; [casualty] weekdays)."""
    en = lexicon("en")
    nouns, days = en.alternation("casualty", "incident_nouns"), en.alternation("casualty", "weekdays")
    return re.compile(
        rf"\b(?:{nouns})\b"
        r"|\b(?:killed|died|dead|wounded|injured|hurt)\s+(?:when|as)\s+(?:an?|the|two|three|\w+\s+)?\w+"
        rf"|\b(?:killed|died|dead|wounded|injured|hurt)\b[^,;]{{0,80}}?\bon\s+(?:{days})\b",
        re.IGNORECASE,
    )


# a toll over a span of time is a running toll: "over the past nine days", "after three days of
# fighting", "in 3 days" (the span itself is never a figure: the duration veto)
OVER_DAYS = re.compile(
    r"\b(?:over|in|after|during|across|within)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days|nights|weeks|months|years)\b"
    # "over a week", "in a week of clashes", "during a three-day assault", "a 16-year insurgency that
    # has killed"
    r"|\b(?:over|in|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(?:a|one)\s+(?:week|month|year)\b"
    r"|\b(?:[\w]+|\d+)-(?:day|week|month|year)(?:-long)?\s+(?:\w+\s+)?(?:war|conflict|insurgency|offensive|assault|"
    r"siege|campaign|battle|fighting|rebellion|uprising)\b"
    # a year's toll: "281 aid workers were killed in 2024", "this year" (not "in a 2024 attack")
    r"|\b(?:in|during|throughout)\s+(?:19|20)\d\d\b(?!\s+(?:attack|strike|bombing|raid|massacre))"
    r"|\b(?:so\s+far\s+)?this\s+year\b"
    # a part of a year: "in the first quarter", "during the first half of 2025"
    r"|\b(?:in|during|over|throughout)\s+(?:the\s+)?(?:first|second|third|fourth|last|past)\s+(?:quarter|half)\b",
    re.I,
)
# a month as the frame of a statistic: "In June, 232 civilians were killed", "killed in May alone"
MONTH_SPAN = re.compile(
    r"(?:^|[.;:]\s+)(?:in|during|throughout)\s+(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+(?:19|20)\d\d)?\s*,\s*$"
    r"|\bin\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+alone\b",
    re.I,
)


# a toll still expected to grow is a fresh attack's, not a running count: "the toll could rise"
TOLL_MAY_RISE = re.compile(
    r"\s+(?:could|may|might|will|is\s+(?:expected|likely|feared)\s+to|was\s+(?:expected|likely|feared)\s+to)"
    r"\s+(?:still\s+|further\s+)?(?:rise|climb|increase|grow)\b",
    re.I,
)


# a span between two months, anywhere after the figure in its sentence: "killed and 300 injured in
# raids and clashes between February and May", "from April to June"
MONTHS_BETWEEN = re.compile(
    r"\b(?:between|from)\s+(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+(?:19|20)\d\d)?\s+(?:and|to|through|until)\s+(?-i:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
