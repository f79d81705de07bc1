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
    "clause_right_end",
    "episode_span",
    "figure_clause_right",
    "incident_named",
    "span_of_days",
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


@lru_cache(maxsize=1)
def episode_span() -> re.Pattern[str]:
    """An episode of violence that lasts days or more (lexicon [casualty] episode_nouns), so a toll told
    over it is a running toll: "in days of sectarian violence", "Three days of heavy fighting in the
    city have left 150 dead", "during a four-day rampage", "a weeks-long battle", "week-long RSF
    assault". Not "three days of mourning" or "within days of the attack": the noun must be an
    episode's."""
    nouns = lexicon("en").alternation("casualty", "episode_nouns")
    few = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|many)"
    span = r"(?:day|night|week|month|year)"
    return re.compile(
        rf"\b(?:{few}\s+)?{span}s\s+of\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b"
        rf"|\b(?:(?:\d+|[a-z]+)-{span}(?:-long)?|{span}s?-long)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b",
        re.IGNORECASE,
    )


def span_of_days(text: str) -> re.Match[str] | None:
    """A span of days or more that makes a toll a running one: "over three days" (OVER_DAYS) or an
    episode that lasts days ("in days of fighting", "a week-long assault": episode_span)."""
    return OVER_DAYS.search(text) or episode_span().search(text)


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


_CLAUSE_RIGHT_CUT = re.compile(r"[;,]| and | but ")


@lru_cache(maxsize=1)
def _noun_and() -> re.Pattern[str]:
    """An "and" that joins two nouns, not two clauses: a few words (no number, no verb of a figure: the
    lexicon's [casualty] clause_and_words) and then a preposition or the clause's end ("killed in
    shelling and drone strikes on El Fasher since"; names too: "in fighting between the army and RSF
    fighters in Babanusa since Friday", "in Latakia and Tartus provinces since Thursday")."""
    clause_words = lexicon("en").alternation("casualty", "clause_and_words")
    return re.compile(
        # "in and around Goma since Sunday": two prepositions of one place
        r"(?:around|near|outside)\b|"
        rf"(?!(?:\w+\s+){{0,3}}?(?:{clause_words}|\d)\b)"
        r"(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*\s+(?:on|in|at|near|across|around|since|during|over)\b"
    )


@lru_cache(maxsize=1)
def _displaced_and() -> re.Pattern[str]:
    """A count of the displaced after "and" (lexicon [casualty] displacement_words): "and displaced more
    than 32,000", "and more than 11,000 displaced". It is no clause of its own: a span or "since" after
    it is the figure's too."""
    words = lexicon("en").alternation("casualty", "displacement_words")
    about = r"(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least)\s+)?"
    count = rf"{about}\d[\d,]*(?:\s+(?:people|others|residents|civilians))?"
    return re.compile(
        rf"(?:{words})\s+{count}\b|{count}\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:{words})\b", re.I
    )


def clause_right_end(right: str) -> int:
    """Where the clause of a figure ends in `right` (the sentence after the figure): at the next ";", ","
    or "and"/"but" that starts a clause, not one that joins two nouns or a count of the displaced ("in
    shelling and drone strikes ... since", "and displaced more than 32,000 since Thursday")."""
    cut_m = _CLAUSE_RIGHT_CUT.search(right)
    while cut_m is not None and cut_m.group(0) == " and ":
        joined = _noun_and().match(right, cut_m.end()) or _displaced_and().match(right, cut_m.end())
        if joined is None:
            break
        cut_m = _CLAUSE_RIGHT_CUT.search(right, joined.end())
    return cut_m.start() if cut_m else len(right)


# an apposition right after a figure that says who the victims were: ", most of them Alawites,",
# ", including women and children,", ", several of them by beheading,", ", mostly civilians,"
_APPOSITION = re.compile(
    r"(?P<head>[^,;]{0,40}?),\s+(?:(?:most|many|several|some|all|half|none|\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+of\s+(?:them|whom)|among\s+them|including|mostly|mainly|largely|primarily)\b"
    r"[^,;]{0,80},",
    re.IGNORECASE,
)


def figure_clause_right(right: str) -> str:
    """The clause of a figure after it (`right`: the sentence after the figure): up to `clause_right_end`,
    and on past an apposition that says who the victims were, so that the span or "since" after it is
    the figure's ("1,500 civilians, most of them Alawites, had been killed ... since Thursday", "killed
    200 civilians, including women and children, during a three-day assault")."""
    cut = clause_right_end(right)
    m = _APPOSITION.match(right)
    if m is None or m.end("head") != cut:
        return right[:cut]
    rest = right[m.end() :]
    return f"{right[: m.end('head')]} {rest[: clause_right_end(rest)]}"
