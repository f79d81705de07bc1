"""Whether an English recognition is told as history, not news (pure): dated years before the item
("in 2019"), told as long ago ("Four years ago Russia recognised ..."), or a year old in its own clause
("recognised Palestine last year"). A year that dates something else does not count: one in a relative
clause after the verb ("which it had recognised since 1982"), in a relative clause without "which" on the
recognition withdrawn ("withdrawing the recognition it granted in 1978", lexicon [recognition]
granting_verbs), in a time clause of another event ("the first to do so since the movement seized
power in 2021", lexicon [recognition] other_event_verbs) or in a clause of its own after the verb's
("..., as Sweden, which took the step in 2014, urged others to follow")."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from bot.core.extract.lexicon import lexicon
from bot.core.extract.recognition_verb import Drop

# a year a recognition is told in: "in 2009", "since 1991", "Nauru's 2009 recognition", "the 2008 recognition"
# (a month may stand before the year: "in October 2014")
HISTORY = re.compile(
    r"(?:\b(?:in|since|of)|'s|’s|\bthe)\s+(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "four years ago", "a decade ago", "15 years ago": three years or more back
YEARS_AGO = re.compile(
    r"\b(?:(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|[3-9]|[1-9]\d)\s+years|(?:a|two|three)\s+decades?)"
    r"\s+ago\b",
    re.I,
)
# a relative clause after the verb, whose year dates the past, not this act
RELATIVE_AFTER = re.compile(r",\s*(?:which|who)\b[^,;.]*", re.IGNORECASE)


def told_as_history(s: str, verb_end: int, published: date | None) -> Drop | None:
    """A recognition dated years before the item or told as long ago, by the words of its own clause
    (`Drop("history", ...)`), else None."""
    others = _other_event_dated()
    told = others.sub("", s[:verb_end]) + " " + _dated_elsewhere(s[verb_end:])
    if published is not None:
        years = [int(y) for y in HISTORY.findall(told)]
        if years and max(years) <= published.year - 3:
            return Drop("history", str(max(years)))
    # "..., following Bolivia and Ecuador, which took the same step a decade ago": the relative clause
    # dates the others' step, not this one
    ago = YEARS_AGO.search(told)
    if ago:
        return Drop("history", ago.group(0))
    past = _PAST_VERB.search(s, max(0, verb_end - 20), verb_end)
    last = _LAST_YEAR_AFTER.match(s, verb_end) if past else None
    if last:  # "Britain recognised Palestine last year; experts say ...": the act is a year old
        return Drop("history", last.group(0).strip()[-30:])
    return None


def _dated_elsewhere(after: str) -> str:
    """The words after the verb without the clauses that date something else: a relative clause ("which
    it had recognised since 1982"), a relative clause without "which" on the noun ("the recognition it
    granted in 1978") and a time clause of another event ("since the movement seized power in 2021")."""
    another = _ANOTHER_CLAUSE.search(after)
    if another is not None:  # "..., as Sweden, which took the step in 2014, urged others to follow"
        after = after[: another.start()]
    return _other_event_dated().sub("", _contact_relative().sub("", RELATIVE_AFTER.sub("", after)))


# a clause of its own after the verb's: what it dates is not this recognition
_ANOTHER_CLAUSE = re.compile(r";|,\s+(?:as|while|whereas|even\s+as)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _contact_relative() -> re.Pattern[str]:
    """A relative clause with no "which" right after the recognition noun, by a verb of granting (lexicon
    [recognition] granting_verbs): "the recognition it granted in 1978", "the recognition that the former
    government extended in 2018"."""
    granted = lexicon("en").alternation("recognition", "granting_verbs")
    return re.compile(
        r"^\s+(?:that\s+(?:[\w'’-]+\s+){1,4}?|(?:it|they|he|she|the\s+(?:country|government|state))\s+)"
        rf"(?:had\s+|has\s+)?(?:first\s+)?(?:{granted})\b[^,;.]*",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _other_event_dated() -> re.Pattern[str]:
    """A time clause whose own subject and verb (lexicon [recognition] other_event_verbs) tell another
    event: "since the movement seized power in 2021", "two years after the generals took power in 2023",
    "since it declared independence in 2008"."""
    verbs = lexicon("en").alternation("recognition", "other_event_verbs")
    return re.compile(
        r"(?:\bsince|\b(?:\w+\s+)?(?:years?|months?|weeks?|decades?)\s+after)\s+"
        r"(?:it|they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?|(?-i:[A-Z])[\w-]+)\s+(?:had\s+|first\s+)?"
        rf"(?:{verbs})\b[^,;.]*",
        re.IGNORECASE,
    )


# a past act dated a year back in its own clause (not "last year's recognition", not "since last year")
_PAST_VERB = re.compile(r"\w+ed\s*$", re.IGNORECASE)
_LAST_YEAR_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:(?<!since\s)last\s+year|(?<!since\s)a\s+year\s+ago)\b", re.IGNORECASE
)
