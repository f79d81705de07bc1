"""A toll of a past atrocity that the item recognises: the lead that makes it recalled, not news
(veto recognised_atrocity in casualty_vetoes, which keeps a figure its own stretch dates as new)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.casualty_text_context import TextContext, first_in_lead
from bot.core.extract.lexicon import lexicon
from bot.core.extract.text import Sentence


def recognised_atrocity(sent: Sentence, start: int, ctx: TextContext) -> str | None:
    """A toll of a past atrocity that the item recognises ("parliament recognises the Armenian genocide,
    in which up to 1.5 million were killed"; "recognised as genocide the killing of 8,000"): the toll is
    recalled as what is recognised, not news. The recognition is in the item's lead or in the figure's
    own sentence before the figure, and no later clause of the sentence starts a new event before the
    figure ("... as shelling killed five"); a figure its own stretch dates as new stays (lexicon
    recognised_atrocity_verbs, recognised_atrocity_nouns)."""
    lead = ctx.per_sentence("recognised_atrocity", ctx.sents[0], lambda _: _atrocity_lead(ctx.sents[:2]))
    s = sent.text
    if lead is None:
        m = _recognised_atrocity_pattern().search(s, 0, start)
        if m is None:
            return None
        lead = m.group(0)
        if _new_event().search(s, m.end(), start):
            return None
    elif sent in ctx.sents[:2]:
        m = _recognised_atrocity_pattern().search(s, 0, start)
        if m is not None and _new_event().search(s, m.end(), start):
            return None
    return lead


def _atrocity_lead(lead: list[Sentence]) -> str | None:
    return first_in_lead(lead, ("recogni", "acknowledg"), _recognised_atrocity_pattern())


@lru_cache(maxsize=1)
def _new_event() -> re.Pattern[str]:
    """A clause that tells a new event after the recognition ("..., as shelling killed five"); "as" that
    names what is recognised ("recognised the famine as genocide") is not one."""
    nouns = lexicon("en").alternation("casualty", "recognised_atrocity_nouns")
    return re.compile(
        rf"\b(?:as(?!\s+(?:an?\s+|the\s+)?(?:act\s+of\s+)?(?:{nouns})\b)|while|amid|but|meanwhile|after|when)\s",
        re.I,
    )


@lru_cache(maxsize=1)
def _recognised_atrocity_pattern() -> re.Pattern[str]:
    lex = lexicon("en")
    return re.compile(
        rf"\b(?:{lex.alternation('casualty', 'recognised_atrocity_verbs')})\b[^.;]{{0,60}}?"
        rf"\b(?:{lex.alternation('casualty', 'recognised_atrocity_nouns')})\b",
        re.I,
    )
