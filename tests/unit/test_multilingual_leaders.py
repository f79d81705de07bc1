"""Leaders' surnames in the ten-language lexicons (`[leaders]`): read as their state when a sentence
names none, and, in a script with capitals, only when written with one (a surname that is a common
word written small is that word). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import recognition_groups


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("tr", "Hükümet Filistin devletini tanıdı, dedi Fidan", "Turkey"),
        ("tr", "Fidan: Hükümet Filistin devletini tanıyacak", "Turkey"),
        ("ru", "Правительство признало Палестину, сообщил Лавров", "Russia"),
        # each lexicon lists the spellings of its own press ("Aliyev'in" is Turkish, not German)
        ("de", "Die Regierung erkennt Palästina an, sagte Aliyev", "Azerbaijan"),
        ("de", "Die Regierung erkennt Palästina an, sagte Alijew", "Azerbaijan"),
    ],
)
def test_a_leader_named_alone_stands_for_the_state(language: str, text: str, state: str) -> None:
    assert {actors for actors, _r, _s in recognition_groups(language, text)} == {(state,)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "fidan" (a sapling) is not Turkey's foreign minister
        ("tr", "Hükümet, fidan dikme töreninde Filistin devletini tanıdığını açıkladı"),
        # "милейшего" (the dearest) does not start with the surname of Argentina's president
        ("ru", "Правительство милейшего городка признало Палестину"),
    ],
)
def test_a_surname_written_small_is_a_common_word(language: str, text: str) -> None:
    assert {actors for actors, _r, _s in recognition_groups(language, text)} == {()}
