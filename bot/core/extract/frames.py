"""Frames that make a whole item something other than news of a development: fiction, film, games.

A novel that "imagines a future in which Texas is recognised by Mexico", a video game studio that
"halted sales of weapon skins", a thriller whose plot turns on an arms embargo: the trigger words are
there, but nothing happened in the world. The frame words (lexicon [cues] invented_frame) are read on
the whole item, since the title often carries the frame ("Novel imagines ...", "Video game studio
...") and the sentence with the trigger does not. Each extractor that uses it drops its facts under
the named veto `invented` (vetoes.py), with the frame words as evidence.

A second frame, commentary: a headline labelled "Analysis:", "Opinion:", "Explainer:" ... (lexicon
[cues] commentary_frame) discusses what a state might do ("Recognising a Palestinian state would give
Britain little leverage"). In such an item a sentence with a modal ("would", "could", "should",
"might") is the writer's hypothesis, not a state's act: its facts are dropped (veto `commentary`). A
state that acts in the same piece ("France recognised Palestine on Monday") is still read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Protocol, TypeVar

from bot.core.extract.lexicon import lexicon
from bot.core.extract.vetoes import Dropped

__all__ = ["invented_frame", "not_commentary"]


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + lexicon("en").alternation("cues", "invented_frame") + r")\b", re.I)


def invented_frame(text: str) -> str | None:
    """The words that put the item in a work of fiction or a game, or None."""
    m = _frame().search(text)
    return m.group(0) if m else None


@lru_cache(maxsize=1)
def _commentary() -> re.Pattern[str]:
    labels = lexicon("en").alternation("cues", "commentary_frame")
    return re.compile(r"^\s*(?:" + labels + r")\s*[:|-]", re.I)


@lru_cache(maxsize=1)
def _modal() -> re.Pattern[str]:
    """A modal (lexicon [cues] commentary_modals): in a commentary item, the writer's hypothesis."""
    return re.compile(rf"\b(?:{lexicon('en').alternation('cues', 'commentary_modals')})\b", re.I)


def commentary_frame(text: str) -> str | None:
    """The label that makes the item's headline (its first line) commentary, or None."""
    m = _commentary().match(text)
    return m.group(0).strip() if m else None


class _Told(Protocol):
    @property
    def evidence(self) -> str: ...


F = TypeVar("F", bound=_Told)


def not_commentary(
    body: str, facts: list[F], trace: list[Dropped] | None, trigger: str, candidate: Callable[[F], str]
) -> list[F]:
    """The facts, less those a commentary item tells with a modal (veto `commentary`): "Opinion:
    the EU should halt arms sales", "Analysis: ... recognising Palestine would give Britain ..."."""
    label = commentary_frame(body) if facts else None
    if label is None:
        return facts
    kept: list[F] = []
    for f in facts:
        modal = _modal().search(f.evidence)
        if modal is None:
            kept.append(f)
        elif trace is not None:
            trace.append(
                Dropped(trigger, "commentary", f"{label} ... {modal.group(0)}", candidate(f), f.evidence)
            )
    return kept
