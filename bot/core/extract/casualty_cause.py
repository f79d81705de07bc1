"""A disaster named as a casualty figure's cause ("4,000 dead after the quake"): the not-violence cue
that decides the figure, whatever conflict word the sentence adds later."""

from __future__ import annotations

import re

from bot.core.extract import cues
from bot.core.extract.casualty_text_context import TextContext
from bot.core.extract.text import Sentence

# a cause named right after a figure: "3,000 dead after the magnitude 7 quake", "killed in the floods"
_CAUSE_BEFORE = re.compile(
    r"\b(?:after|in|by|from|during|following)\s+(?:the|a|an)\s+(?:[\w.-]+\s+){0,3}$", re.I
)


def disaster_named_as_cause(
    sent: Sentence, start: int, end: int, hits: list[tuple[int, int]], ctx: TextContext
) -> tuple[str, str] | None:
    """A disaster named as the figure's cause right after it ("4,000 dead after the quake") decides,
    whatever conflict word comes later in the sentence (", with rescue hampered by fighting"): no
    strong conflict word between the figure and the disaster word, nor after it up to the next comma
    ("killed in the blaze a drone strike started" stays violence)."""
    text = sent.text
    for pos, flag in hits:
        if not flag & cues.NOT or not start <= pos <= end + 60:
            continue
        if _CAUSE_BEFORE.search(text, max(0, pos - 50), pos) is None:
            continue
        comma = text.find(",", pos)
        if cues.kinds_between(hits, start, comma if comma > 0 else len(text)) & cues.STRONG:
            return None
        found = ctx.not_cue(sent, pos, pos + 1)
        return found if found is not None and found[0] == "disaster" else None
    return None
