"""BranchFinder runs a large alternation with the branches its outline says may match: the matches
(spans and every named group) must be the whole pattern's, in ASCII and beyond it."""

from __future__ import annotations

import re

import pytest

from bot.core.extract.casualty_one_victim import _one_victim_re, _victim_finder
from bot.core.extract.re2_branches import BranchFinder, branch_read_as_ascii
from tests.unit.one_victim_sentences import ONE_VICTIM_SENTENCES

SENTENCES = [
    *ONE_VICTIM_SENTENCES,
    # beyond ASCII: curly apostrophes, dashes, accents
    "Local reporter Amal O’Hara was killed in the shelling of the market.",
    "The town’s mayor — a retired teacher — was killed when the shell hit.",
    "A café owner was wounded – the second this week – near Bogotá.",
    "The convoy was hit at dawn — A nurse was killed on the road.",
    "Shelling killed the village’s headman and three others, officials said.",
    "Medic Jean-Luc Dubé was wounded near the front.",
    # no one victim
    "The storm killed livestock across the valley.",
    "Talks on a truce resumed in Bogotá on Monday — the first in weeks.",
]


def _matches(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_branches_that_may_match_find_what_the_whole_pattern_finds(sentence: str) -> None:
    finder = _victim_finder()
    maybe = finder.branches_in(sentence)
    whole = _matches(_one_victim_re().finditer(sentence))
    if maybe is not None and not maybe:
        assert whole == []
    else:
        assert _matches(finder.finditer(sentence, maybe)) == whole


def test_curly_apostrophes_and_dashes_are_read_as_ascii() -> None:
    finder = _victim_finder()
    for sentence in (
        "Local reporter Amal O’Hara was killed in the shelling of the market.",
        "The convoy was hit at dawn — A nurse was killed on the road.",
    ):
        maybe = finder.branches_in(sentence)
        assert _one_victim_re().search(sentence) is not None
        assert maybe is not None and 0 < len(maybe) < 3


def test_a_branch_is_read_as_ascii_only_where_that_loses_no_match() -> None:
    assert branch_read_as_ascii(r"[\w'’-]+\s[—–-]+", 0) == r"[\w'-]+\s[-]+"
    assert branch_read_as_ascii(r"O’Hara", 0) is None  # a literal outside a class
    assert branch_read_as_ascii(r"[^’]+", 0) is None  # in a negated class
    assert branch_read_as_ascii(r"[\w’]", 0) is None  # the class does not hold "'"
    assert branch_read_as_ascii(r"[^']’?", 0) is None  # takes "’", not "'"
    assert branch_read_as_ascii(r"\[’", 0) is None  # an escaped bracket opens no class


def test_groups_of_branches_left_out_read_as_unset() -> None:
    finder = BranchFinder(re.compile(r"(?P<a>x+)y|(?P<b>z+)w|(?P<c>q)"))
    maybe = finder.branches_in("zzw and xxy")
    assert maybe == frozenset({0, 1})
    got = [m.groupdict() for m in finder.finditer("zzw and xxy", maybe)]
    assert got == [{"a": None, "b": "zz", "c": None}, {"a": "xx", "b": None, "c": None}]
    assert finder.branches_in("nothing here") == frozenset()


def test_a_pattern_naming_a_curly_apostrophe_is_outlined_on_text_beyond_ascii() -> None:
    finder = BranchFinder(re.compile(r"(?P<a>[\w'’]+) fled|(?P<b>\w+) stayed"))
    assert finder.branches_in("O’Neill fled — Amélie stayed") == frozenset({0, 1})
    assert finder.branches_in("O’Neill ran — Amélie stayed") == frozenset({1})
    assert finder.branches_in("O’Neill ran — Amélie left") == frozenset()
    got = [m.groupdict() for m in finder.finditer("O’Neill fled — Amélie stayed", frozenset({0, 1}))]
    assert got == [{"a": "O’Neill", "b": None}, {"a": None, "b": "Amélie"}]
