"""A killing with a personal motive is crime, not armed conflict (veto `personal_motive`, pure).

A soldier, a guard or a police officer who kills comrades, relatives or neighbours after a quarrel, in a
feud, over money or a debt, or out of jealousy ("Soldier shoots dead 3 comrades in barracks row",
"Army major kills 4 in domestic dispute", "Guard kills 3 colleagues after argument over leave") is a crime
told in a barracks: the army words that make the item look like conflict news name the killer, not a war.
The figure stays a toll when the item names war itself: an attack, militants, an ambush, clashes, a
border dispute ("Insider attack: Afghan soldier kills 3 US troops", "Clashes over border dispute kill 12
soldiers").

Word lists: lexicon [casualty] `personal_motives`, `war_not_personal`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.core.extract.lexicon import lexicon

if TYPE_CHECKING:
    from bot.core.extract.casualty_vetoes import Candidate
    from bot.core.extract.text import Sentence


@lru_cache(maxsize=1)
def _motive() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon('en').alternation('casualty', 'personal_motives')})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _war() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon('en').alternation('casualty', 'war_not_personal')})\b", re.IGNORECASE)


def _motive_in(sent: Sentence) -> str | None:
    motive = _motive().search(sent.text)
    return motive.group(0) if motive else None


def _war_in(sent: Sentence) -> str | None:
    war = _war().search(sent.text)
    return war.group(0) if war else None


def personal_motive(c: Candidate) -> str | None:
    """A personal motive in the figure's sentence or the item's headline or lead, and no word of war in
    the item. Each sentence is searched once per item, however many figures ask."""
    ctx = c.ctx
    for sent in (c.sent, *ctx.sents[:2]):
        motive = ctx.per_sentence("personal_motive", sent, _motive_in)
        if motive is not None:
            break
    else:
        return None
    if any(ctx.per_sentence("war_not_personal", sent, _war_in) for sent in ctx.sents):
        return None
    return f"'{motive}', and no word of war in the item"
