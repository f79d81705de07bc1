"""A country named as the one who strikes another place is no place of the figure (pure; no I/O)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import Mention

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"


@lru_cache(maxsize=1)
def _attacker_act_after() -> re.Pattern[str]:
    en = lexicon("en")
    acts, days = en.alternation("casualty", "attacker_act_nouns"), en.alternation("casualty", "weekdays")
    return re.compile(
        rf"(?:'s|’s|-led|-backed)?\s+(?:{acts})\s+(?:on|against|targeting|in|at)\s+(?!(?:{days}|{_MONTHS})\b|\d)",
        re.IGNORECASE,
    )


def attacker_named(sentence: str, m: Mention) -> bool:
    """Whether a country is named as the one who strikes another place, not where the dead fell: "in US
    strikes on Ras Isa port", "Israel strikes on the southern suburbs", "Pakistan air strikes in
    Afghanistan" (lexicon [casualty] attacker_act_nouns). Not a city ("Kharkiv strikes on a school"),
    nor a strike dated by "on" ("killed in Gaza strikes on Tuesday")."""
    return not (m.city or m.capital or m.demonym) and _attacker_act_after().match(sentence, m.end) is not None
