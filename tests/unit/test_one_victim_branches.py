"""The one-victim gate tries _one_victim_re branch by branch: it must say what the whole pattern says."""

from __future__ import annotations

import pytest

from bot.core.extract.casualty_one_victim import _one_victim_re
from bot.core.extract.casualty_one_victim_gate import might_have_one_victim
from bot.core.extract.re2_outline import top_level_branches
from tests.unit.one_victim_sentences import ONE_VICTIM_SENTENCES

SENTENCES = [
    *ONE_VICTIM_SENTENCES,
    "The ministry confirmed the death of a border guard.",
    # beyond ASCII: the outline reads curly apostrophes and dashes as ASCII
    "Local reporter Amal O’Hara was killed in the shelling of the market.",
    "The convoy was hit at dawn — A nurse was killed on the road.",
    "The village’s headman was shot – and his guard killed – at the gate.",
    # no one victim
    "The storm killed livestock across the valley.",
    "The storm’s floods killed livestock — and crops — across the valley.",
    "Hundreds died in the floods, officials said.",
    "A ceasefire was agreed after talks in the capital.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_branch_by_branch_agrees_with_the_whole_pattern(sentence: str) -> None:
    low = sentence.lower()
    whole = any(w in low for w in ("kill", "dead", "died", "dies", "injur", "wound", "hurt")) and bool(
        _one_victim_re().search(sentence)
    )
    assert might_have_one_victim(sentence) is whole


def test_a_positive_and_a_negative() -> None:
    assert might_have_one_victim("The agency said a volunteer medic was killed when the convoy was hit.")
    assert not might_have_one_victim("The storm killed livestock across the valley.")


def test_top_level_branches_split_outside_groups_and_classes() -> None:
    assert top_level_branches(r"a|(b|c)|[|]x|\||[]|]y") == ["a", "(b|c)", "[|]x", r"\|", "[]|]y"]
    assert "|".join(top_level_branches(_one_victim_re().pattern)) == _one_victim_re().pattern
    assert len(top_level_branches(_one_victim_re().pattern)) > 10
