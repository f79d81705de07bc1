"""Named vetoes: every reason an extractor drops a candidate fact, as an entry in an ordered table.

A candidate (a number next to "killed", a sentence about an arms embargo, a "recognise" with a state
after it) is read first and judged after: each extractor runs its table of vetoes over it in order,
and the first veto whose test answers drops it. A veto has a name ("history", "disaster",
"duration", "figurative", "commemoration", ...), a one-line description, and a test that returns the
words that triggered it (its evidence) or None. So an explanation can say *which* veto dropped a
figure and on which words, a test can exercise one veto alone, and `VetoTable.without(name)` turns
one off (STYLE 17: a veto with a name can be shown, tested and turned off on its own; one inside a
regex alternation cannot).

Word lists the tests match on live in the lexicon (lexicon/<language>.toml), not here.

Tracing is optional and free when off: extractors take `trace: list[Dropped] | None`; with a list,
every dropped candidate is appended as a `Dropped` (trigger, veto name, evidence, the candidate and
its sentence). `bot.core.extract.explain_item` returns facts and drops together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

__all__ = ["Dropped", "Veto", "VetoTable"]

C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class Veto(Generic[C]):
    """One named reason to drop a candidate. `test(candidate)` returns the evidence (the words that
    triggered it) or None when the veto does not apply."""

    name: str
    description: str
    test: Callable[[C], str | None]


@dataclass(frozen=True, slots=True)
class Dropped:
    """A candidate a veto dropped, for explanations."""

    trigger: str  # casualty | arms_embargo | recognition
    veto: str  # the veto's name
    evidence: str  # the words that triggered the veto
    candidate: str  # what was dropped ("12 killed", "arms embargo", "recognise Palestine")
    sentence: str  # where it was read

    def to_json(self) -> dict[str, Any]:
        return {
            "trigger": self.trigger,
            "veto": self.veto,
            "evidence": self.evidence,
            "candidate": self.candidate,
            "sentence": self.sentence,
        }


class VetoTable(Generic[C]):
    """An ordered table of vetoes for one trigger; the first that applies wins."""

    __slots__ = ("trigger", "vetoes")

    def __init__(self, trigger: str, vetoes: Iterable[Veto[C]]) -> None:
        self.trigger = trigger
        self.vetoes: tuple[Veto[C], ...] = tuple(vetoes)
        names = [v.name for v in self.vetoes]
        if len(set(names)) != len(names):
            raise ValueError(f"{trigger} veto table names a veto twice: {names}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.vetoes)

    def first(self, candidate: C) -> tuple[str, str] | None:
        """(veto name, evidence) of the first veto that applies to `candidate`, else None."""
        for veto in self.vetoes:
            evidence = veto.test(candidate)
            if evidence is not None:
                return veto.name, evidence
        return None

    def without(self, *names: str) -> VetoTable[C]:
        """The same table with the named vetoes turned off (for tests and experiments)."""
        unknown = set(names) - set(self.names)
        if unknown:
            raise KeyError(f"no {self.trigger} veto named {sorted(unknown)}; known: {list(self.names)}")
        return VetoTable(self.trigger, (v for v in self.vetoes if v.name not in names))

    def describe(self) -> list[tuple[str, str]]:
        """(name, description) in order, for docs and `--explain` listings."""
        return [(v.name, v.description) for v in self.vetoes]
