"""A state denying its own recognition (pure): before the verb, in any tense ("Kenya denies recognising
Kosovo", "denied media reports that it had recognised", "refutes claims it plans to recognise"), or told
right after the step by the state itself or its capital ("Kosovo says Kenya has recognised its
independence; Nairobi denies"). Both are refusals (`rejected`); the words are lexicon [recognition]
denial_verbs and denied_nouns."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import find_places


def denied_before(near: str) -> str | None:
    """The words of a denial right before the verb ("denies", "denied reports that it was about to")."""
    m = _denied_before().search(near) if _DENIAL_WORDS.search(near) else None
    return m.group(0).strip() if m else None


_DENIAL_WORDS = re.compile(r"\b(?:den(?:y|ies|ied|ying)|refut|dismiss)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _denied_before() -> re.Pattern[str]:
    """The step denied before the verb (lexicon [recognition] denial_verbs, denied_nouns): "denies
    recognising", "denied media reports that it had recognised", "denied on Monday that it was about to
    recognise", "refutes claims it plans to recognise"."""
    en = lexicon("en")
    verbs = en.alternation("recognition", "denial_verbs")
    nouns = en.alternation("recognition", "denied_nouns")
    return re.compile(
        rf"\b(?:{verbs})\s+(?:(?:on|late|early)\s+\w+\s+)?(?:(?:the\s+|any\s+)?(?:[\w-]+\s+)?(?:{nouns})\s+)?"
        r"(?:that\s+)?(?:(?:it|they|the\s+(?:country|government|kingdom|state|republic)|(?-i:[A-Z])[\w-]+)\s+)?"
        r"(?:(?:had|has|have|was|were|is|are|would|will)\s+)?(?:(?:been|be|already|ever)\s+)?"
        r"(?:(?:preparing|planning|about|going|set|poised|due|ready|moving)\s+to\s+|plans?\s+to\s+)?"
        r"(?:formally\s+|officially\s+)?$",
        re.IGNORECASE,
    )


def denied_by_actor(after: str, actors: list[str]) -> str | None:
    """The words of a denial told after the step by one of its actors (or its capital), in the same
    sentence: "; Nairobi denies", ", but Egypt denied it"; not another's ("; Israel denies it will
    retaliate")."""
    m = _denial_after().match(after)
    if m is None:
        return None
    named = find_places(m.group("who"))
    return m.group(0).strip()[-60:] if named and named[0].canonical in actors else None


@lru_cache(maxsize=1)
def _denial_after() -> re.Pattern[str]:
    """A state denying right after the verb's clause (lexicon [recognition] denial_verbs)."""
    verbs = lexicon("en").alternation("recognition", "denial_verbs")
    return re.compile(
        r"[^.;]{0,100}?(?:;|,)\s*(?:but\s+|while\s+|though\s+)?(?:(?:hours|days|a\s+day)\s+later\s+)?"
        r"(?P<who>(?-i:[A-Z])[\w'’-]+(?:[\s-]+(?-i:[A-Z])[\w'’-]+){0,3})\s+"
        rf"(?:(?:quickly|swiftly|later|flatly|promptly)\s+)?(?:{verbs})\b",
        re.IGNORECASE,
    )
