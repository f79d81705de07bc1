"""What an English item must hold for `embargoes.embargoes_in` to find anything (pure; no I/O)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.embargo_licence_patterns import NO_MORE_LICENCES
from bot.core.extract.embargo_patterns import (
    ARMS_EMBARGO_WORDS,
    ARMS_FLOW,
    ARMS_IN_SENTENCE,
    allowed_again,
)
from bot.core.extract.embargo_restored import given_back_before
from bot.core.extract.re2_outline import Outline
from bot.core.extract.text import lower_for_tests, may_hold, normalise

# "licen", "permit": licences refused with the arms told after the verb ("no new licences will be granted
# for military goods")
_EMBARGO_OR_EXPORT = (*ARMS_EMBARGO_WORDS, "export", "licen", "permit")


@lru_cache(maxsize=1)
def _arms_flow_outline() -> Outline:
    """ARMS_FLOW in RE2: one linear scan rules out the sentences without arms flows, where the re scan
    tries its branches at every position."""
    return Outline(ARMS_FLOW)


def may_hold_embargo(text: str) -> bool:
    """False when no sentence of `text` can be one `embargoes._is_arms_sentence` accepts, so
    `embargoes_in` finds nothing: each of its ways needs a word of ARMS_EMBARGO_WORDS ("embargo" among
    them), "export", "licen", "permit" or an ARMS_FLOW match in the sentence, and a sentence is a part of
    one line of the (cleaned) text (cleaning only straightens quotes and spaces and blanks datelines)."""
    text = normalise(text)  # as cleaning does: curly quotes made straight leave most items ASCII,
    # where the outline can rule a text out
    if may_hold(lower_for_tests(text), _EMBARGO_OR_EXPORT):
        return True
    outline = _arms_flow_outline()
    if outline.absent_in(text):
        return False
    # The outline is loose: ARMS_FLOW itself decides, on each line (a sentence never spans lines, and
    # the pattern's lookaheads read "\n" as a space, so a line may not be searched as part of the
    # whole), from the first place its outline occurs.
    for line in text.split("\n"):
        at = outline.first_start(line)
        if at is not None and ARMS_FLOW.search(line, at) is not None:
            return True
    return False


def refused_licences_for_arms(s: str) -> re.Match[str] | None:
    """Licences no longer granted, with the arms they are for told after the verb ("no new licences
    will be granted for military goods to Israel"): the licences word stands apart from the arms."""
    m = NO_MORE_LICENCES.search(s)
    return m if m is not None and ARMS_IN_SENTENCE.search(s, m.end(), m.end() + 60) else None


def allowed_again_before(s: str, at: int) -> bool:
    """Arms allowed again, told up to 80 characters before the arms flow ("will allow sales of lethal
    weapons to Cyprus for the first time since 1987"): the "again" may follow the flow."""
    m = allowed_again().search(s, max(0, at - 80))
    # or given back: "release a shipment of bombs ... that had been held up" (embargo_restored)
    return (m is not None and m.start() < at) or given_back_before(s, at)
