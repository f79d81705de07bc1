"""An arms embargo broken or enforced (pure): breach words right before the embargo words make the
sentence no decision ("accused X of violating the arms embargo": veto `violation`), unless what enforces
the embargo is renewed before them ("extended the authorisation to inspect vessels suspected of
violating the arms embargo": `extended`, rung `enforcement_extended`), its nouns the lexicon's
[embargo] enforcement_nouns."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.embargo_patterns import VIOLATION
from bot.core.extract.lexicon import lexicon

# a cheap test before the costlier patterns
_BREACH_WORDS = re.compile(r"violat|breach|flout|bust|circumvent|evad|defy|defie|smuggl")


def _breach_before(s: str, span: tuple[int, int]) -> bool:
    return _BREACH_WORDS.search(s[max(0, span[0] - 40) : span[0]].lower()) is not None


def violation(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """("", the breach words) when the embargo words are what was (said to be) broken."""
    if not _breach_before(s, span):
        return None
    m = VIOLATION.search(s, max(0, span[0] - 40), span[0])
    return ("", m.group(0)) if m else None


def enforcement_extended(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """What enforces the embargo renewed, before the embargo words: the breach words after it only say
    what inspections look for ("renewed the authority to inspect ships suspected of breaching the
    embargo"), so the embargo is extended."""
    if not _breach_before(s, span):
        return None
    m = _enforcement_renewed().search(s, 0, span[0])
    return ("extended", m.group(0)) if m else None


@lru_cache(maxsize=1)
def _enforcement_renewed() -> re.Pattern[str]:
    """An extension of what enforces an embargo, a few words after its verb: "extended for six months
    the authorisation for member states ... to inspect" (a period and a day between: "renewed for another
    year on Tuesday the authority")."""
    nouns = lexicon("en").alternation("embargo", "enforcement_nouns")
    return re.compile(
        rf"\b(?:renew\w*|extend\w*|prolong\w*|roll(?:s|ed|ing)?\s+over)\s+(?:[\w']+\s+){{0,7}}?(?:{nouns})\b",
        re.IGNORECASE,
    )
