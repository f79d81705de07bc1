"""An arms embargo told as left as it was is no development (veto `unchanged` of the action ladder, and of
a kept embargo in the item; pure).

A decision about other measures often names the embargo only to say it was not touched: "eases trade
curbs but leaves the arms embargo unchanged", "the arms ban was not changed", "no change to the arms
embargo", "keeps the arms ban out of the debate", "arms embargo left off the agenda". Nothing was done to
the embargo, so there is no fact, and a headline's "keeps the arms embargo in place" over such a lead is
not an extension either (`left_unchanged_in`). Renewing or extending the embargo "unchanged" is still an
extension: a renewing verb right before the embargo words decides (the rungs after this one read it).

Word lists: lexicon [embargo] `unchanged_words`, `change_verbs`, `left_out_of`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.embargo_patterns import EXTEND
from bot.core.extract.lexicon import lexicon

# what may stand between the embargo words and the word that leaves them as they were, in their clause
# ("the arms embargo on Minsk unchanged", "arms ban would remain intact")
_GAP = r"[^,;:.]{0,50}?"
_BE = (
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|"
    r"remains?|remained|stays?|stayed)\s+)?"
)


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    words = lexicon().alternation("embargo", "unchanged_words")
    change = lexicon().alternation("embargo", "change_verbs")
    left_out = lexicon().alternation("embargo", "left_out_of")
    return re.compile(
        rf"{_GAP}\b(?:(?:{words})\b"
        # "the arms ban was not changed", "arms embargo not discussed", "will not be reviewed"
        rf"|{_BE}(?:not|never)\s+(?:be\s+|been\s+)?(?:{change})\b"
        # "not part of the review", "no part of the package"
        r"|(?:not|no)\s+(?:a\s+)?part\s+of\b"
        # "keeps arms ban out of debate", "left off the agenda"
        rf"|(?:left\s+)?(?:out\s+of|off)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\w'-]+\s+)?(?:{left_out})\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _before() -> re.Pattern[str]:
    change = lexicon().alternation("embargo", "change_verbs")
    return re.compile(
        # "no change to the arms embargo", "no changes in its weapons ban"
        rf"\b(?:no\s+|without\s+(?:any\s+)?)(?:{change})\s+(?:to|of|in|on)\s+"
        r"(?:the\s+|its\s+|their\s+|an\s+|a\s+)?(?:[\w'-]+\s+){0,3}?$"
        # "does not touch the embargo", "did not alter the arms ban"
        rf"|\b(?:did|does|do|will|would)(?:\s+not|n't)\s+(?:{change})\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){{0,3}}?$",
        re.IGNORECASE,
    )


# a renewing verb acting on the embargo words themselves: "extends the arms embargo on Belarus unchanged"
_RENEWED_BEFORE = re.compile(
    r"(?:\s+(?:the|its|their|a|an|[\w'-]+'s))?(?:\s+[\w'-]+){0,2}?\s+$", re.IGNORECASE
)
_CLAUSE_START = re.compile(r"[,;:.]")


def _renewed(s: str, span: tuple[int, int]) -> bool:
    start = 0
    for c in _CLAUSE_START.finditer(s, 0, span[0]):
        start = c.end()
    return any(_RENEWED_BEFORE.fullmatch(s, e.end(), span[0]) for e in EXTEND.finditer(s, start, span[0]))


def unchanged(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """The embargo words with a word after them in their clause that leaves them as they were, or a
    negated change before them; not when a renewing verb acts on them ("extends ... unchanged")."""
    m = _after().match(s, span[1]) or _before().search(s, max(0, span[0] - 60), span[0])
    if m is None or _renewed(s, span):
        return None
    return "", m.group(0).strip()
