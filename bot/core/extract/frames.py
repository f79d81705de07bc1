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
state that acts in the same piece ("France recognised Palestine on Monday") is still read, and so is
one whose act the writer comments on in an aside ("Mexico recognised Palestine on Monday, a move that
could strain ties with Washington"): only a modal outside such an aside, one that governs the decision
itself, makes it a hypothesis.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Protocol, TypeVar

from bot.core.extract.lexicon import lexicon
from bot.core.extract.re2_outline import Outline
from bot.core.extract.vetoes import Dropped

__all__ = ["governing_modal", "invented_frame", "not_commentary"]


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + lexicon("en").alternation("cues", "invented_frame") + r")\b", re.I)


@lru_cache(maxsize=1)
def _frame_outline() -> Outline:
    """_frame in RE2: one linear scan says "no frame" for almost every item, where the re scan tries
    each frame word at every position."""
    return Outline(_frame())


def invented_frame(text: str) -> str | None:
    """The words that put the item in a work of fiction or a game, or None: a frame word (lexicon
    [cues] invented_frame), or a plot told of a work ("the film, shot in Romania, follows a medic
    through the siege": lexicon work_nouns, an optional aside, plot_verbs)."""
    if not _frame_outline().absent_in(text):
        m = _frame().search(text)
        if m:
            return m.group(0)
    if not _plot_outline().absent_in(text):
        m = _plot().search(text)
        if m:
            return m.group(0)
    return None


@lru_cache(maxsize=1)
def _plot() -> re.Pattern[str]:
    lex = lexicon("en")
    return re.compile(
        # a headline drops the article: "Graphic novel retells the siege of Sarajevo"
        rf"(?:^\s*|\b(?:the|this|a|new)\s+)(?:[\w-]+\s+)?(?:{lex.alternation('cues', 'work_nouns')})"
        r"(?:\s*,[^,.;]{1,60},)?\s+"
        rf"(?:{lex.alternation('cues', 'plot_verbs')})\b",
        re.I,
    )


@lru_cache(maxsize=1)
def _plot_outline() -> Outline:
    return Outline(_plot())


@lru_cache(maxsize=1)
def _commentary() -> re.Pattern[str]:
    labels = lexicon("en").alternation("cues", "commentary_frame")
    return re.compile(r"^\s*(?:" + labels + r")\s*[:|-]", re.I)


@lru_cache(maxsize=1)
def _modal() -> re.Pattern[str]:
    """A modal (lexicon [cues] commentary_modals): in a commentary item, the writer's hypothesis."""
    return re.compile(rf"\b(?:{lexicon('en').alternation('cues', 'commentary_modals')})\b", re.I)


@lru_cache(maxsize=1)
def _aside() -> re.Pattern[str]:
    """An aside after a comma or dash, up to the next comma or the end: ", a move that could anger Z",
    ", which might ...", ", saying it would ..." (lexicon [cues] aside_relatives, aside_subordinators)."""
    lex = lexicon("en")
    relatives = lex.alternation("cues", "aside_relatives")
    subordinators = lex.alternation("cues", "aside_subordinators")
    return re.compile(
        rf"(?:,|\s[-–—])\s+(?:(?:in\s+)?(?:a|an|the|one|something)\s+(?:[\w'-]+\s+){{0,4}}?(?:{relatives})"
        rf"|(?:{subordinators}))\b[^,;]*",
        re.I,
    )


def governing_modal(evidence: str, trigger: str) -> str | None:
    """The modal that governs the decision of a sentence (the writer's hypothesis), or None: a modal in
    an aside that does not hold the decision's trigger words comments on the decision, it does not make
    it hypothetical ("X recognised Y, a move that could anger Z" is X's act)."""
    low_trigger = trigger.lower()
    kept: list[str] = []
    at = 0
    for m in _aside().finditer(evidence):
        if low_trigger and low_trigger in m.group(0).lower():
            continue  # the decision itself is in it: "..., which should recognise Palestine"
        kept.append(evidence[at : m.start()])
        at = m.end()
    kept.append(evidence[at:])
    modal = _modal().search(" ".join(kept))
    return modal.group(0) if modal else None


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
    """The facts, less those a commentary item tells with a modal that governs the decision (veto
    `commentary`): "Opinion: the EU should halt arms sales", "Analysis: ... recognising Palestine
    would give Britain ..."; not "Spain imposed an arms embargo on Tuesday, a step that could cost
    its industry" (`governing_modal`)."""
    label = commentary_frame(body) if facts else None
    if label is None:
        return facts
    kept: list[F] = []
    for f in facts:
        why = getattr(f, "why", None)
        words = why.trigger[0] if why is not None and why.trigger else ""
        modal = governing_modal(f.evidence, words)
        if modal is None:
            kept.append(f)
        elif trace is not None:
            trace.append(Dropped(trigger, "commentary", f"{label} ... {modal}", candidate(f), f.evidence))
    return kept
