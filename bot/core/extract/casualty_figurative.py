"""Two casualty vetoes keyed on how the figure's own words are built, not on the topic of the item:

- `cognate_death`: the number counts the deaths someone "died", the verb's own noun as its object
  ("died a thousand deaths", "dies two deaths in one season"): an idiom, since news tells the dead as
  the subject of "died", never as its object;
- `exchanged_wounded`: wounded people counted as those handed over in a prisoner exchange ("the swap
  included 20 severely wounded servicemen", "returned 12 wounded POWs"): "wounded" stands before its
  noun as a description of who was exchanged, not as the report of an attack (lexicon [casualty]
  prisoner_exchange).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.core.extract.lexicon import lexicon

if TYPE_CHECKING:
    from bot.core.extract.casualty_vetoes import Candidate

_DIE_BEFORE = re.compile(r"\b(?:die|dies|died|dying)\s+$", re.I)
_DEATHS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?deaths?\b", re.I)
# "20 (severely) wounded servicemen": "wounded" before its noun (not "wounded in", "wounded by")
_WOUNDED_BEFORE_NOUN = re.compile(
    r"\s+(?:[\w-]+ly\s+)?(?:wounded|injured)\s+(?!(?:in|on|at|by|when|as|after|during|and|or|while)\b)"
    r"(?-i:[a-z])[\w-]*",
    re.I,
)


def cognate_death(c: Candidate) -> str | None:
    """The deaths a subject "died", told as the verb's object: "died a thousand deaths"."""
    s = c.sent.text
    if "die" not in s[max(0, c.start - 8) : c.start].lower():
        return None  # a cheap test first
    if _DIE_BEFORE.search(s, max(0, c.start - 12), c.start) and _DEATHS_AFTER.match(s, c.num_end):
        return f"'{s[max(0, c.start - 6) : c.num_end].strip()} deaths'"
    return None


@lru_cache(maxsize=1)
def _exchange_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon().alternation('casualty', 'prisoner_exchange')})\b", re.I)


def exchanged_wounded(c: Candidate) -> str | None:
    """Wounded prisoners or soldiers handed over in an exchange the item tells of."""
    if c.kind != "injured":
        return None
    s = c.sent.text
    if not _WOUNDED_BEFORE_NOUN.match(s, c.num_end):
        return None
    for sent in c.ctx.sents:  # the item's sentences: the exchange may be the headline's
        exchange = _exchange_words().search(sent.text)
        if exchange:
            return f"'{exchange.group(0)}'"
    return None
