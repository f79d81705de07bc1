"""Two casualty vetoes keyed on how the figure's own words are built, not on the topic of the item:

- `cognate_death`: the number counts the deaths someone "died", the verb's own noun as its object
  ("died a thousand deaths", "dies two deaths in one season"): an idiom, since news tells the dead as
  the subject of "died", never as its object;
- `exchanged_wounded`: wounded people counted as those handed over in a prisoner exchange ("the swap
  included 20 severely wounded servicemen", "returned 12 wounded POWs"): "wounded" stands before its
  noun as a description of who was exchanged, not as the report of an attack (lexicon [casualty]
  prisoner_exchange);
- `returned_remains`: the dead counted as bodies or remains handed back by the other side ("the remains
  of 909 servicemen were repatriated", "receives the bodies of 40 soldiers from Russia"): the dead of
  earlier fighting, not a new toll (lexicon [casualty] remains_handed_back).
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


# "the bodies of", "the remains of some": what the figure counts are the dead's remains
_REMAINS_OF_BEFORE = re.compile(
    r"\b(?:bodies|remains)\s+of\s+(?:the\s+|another\s+|at\s+least\s+|some\s+|more\s+than\s+)?$", re.I
)
# received from the other side: "Ukraine receives the bodies of ... from Russia"
_RECEIVED_BEFORE = re.compile(r"\breceiv(?:e|es|ed|ing)\s+(?:the\s+)?$", re.I)
_FROM_A_SIDE_AFTER = re.compile(r"[^.;,]{0,60}?\bfrom\s+(?:the\s+)?(?-i:[A-Z])[\w-]*", re.I)
# ... not the dead brought in to be cared for: "the hospital received the bodies of 30 people from Gaza City"
_CARERS_BEFORE = re.compile(
    r"\b(?:hospitals?|morgues?|mortuar(?:y|ies)|medics|clinics?|doctors)\b[^.;,]{0,30}$", re.I
)


@lru_cache(maxsize=1)
def _handed_back_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon().alternation('casualty', 'remains_handed_back')})\b", re.I)


def returned_remains(c: Candidate) -> str | None:
    """Bodies or remains handed back: a word of handing back in the figure's sentence, or remains
    received from a named side ("receives the bodies of 909 soldiers from Russia")."""
    s = c.sent.text
    remains = _REMAINS_OF_BEFORE.search(s, max(0, c.start - 30), c.start)
    if remains is None:
        return None
    handed = _handed_back_words().search(s)
    if handed:
        return f"'{remains.group(0).strip()}' ... '{handed.group(0)}'"
    received = _RECEIVED_BEFORE.search(s, max(0, remains.start() - 20), remains.start())
    if received is None or _CARERS_BEFORE.search(s, max(0, received.start() - 40), received.start()):
        return None
    side = _FROM_A_SIDE_AFTER.match(s, c.end)
    return f"'{received.group(0)}{remains.group(0).strip()}' ... '{side.group(0).strip()}'" if side else None
