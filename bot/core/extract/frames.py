"""Frames that make a whole item something other than news of a development: fiction, film, games.

A novel that "imagines a future in which Texas is recognised by Mexico", a video game studio that
"halted sales of weapon skins", a thriller whose plot turns on an arms embargo: the trigger words are
there, but nothing happened in the world. The frame words (lexicon [cues] invented_frame) are read on
the whole item, since the title often carries the frame ("Novel imagines ...", "Video game studio
...") and the sentence with the trigger does not. Each extractor that uses it drops its facts under
the named veto `invented` (vetoes.py), with the frame words as evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon

__all__ = ["invented_frame"]


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + lexicon("en").alternation("cues", "invented_frame") + r")\b", re.I)


def invented_frame(text: str) -> str | None:
    """The words that put the item in a work of fiction or a game, or None."""
    m = _frame().search(text)
    return m.group(0) if m else None
