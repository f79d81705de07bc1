"""Hard negatives of issue 10, round 16 (helper enneg3w16): a toll of a past atrocity that the item
recognises ("recognises the genocide, in which ... were killed") is recalled, not news (veto
recognised_atrocity). Sentences written for these tests, not copied from any set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.english_facts import casualty_counts, dropped_vetoes

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "title",
    [
        "Germany's parliament recognises the Armenian genocide, in which up to 1.5 million were killed",
        "Canada formally recognizes the Srebrenica massacre, where over 8,000 men and boys were killed",
        "The Dutch senate recognised as genocide the killing of 8,000 Bosniaks at Srebrenica",
        "Peru's congress recognized the Holodomor as genocide; an estimated 3.9 million Ukrainians died",
        "Biden recognises Armenian genocide, in which about 1.5 million Armenians died",
        "Belgium acknowledges the massacre of 300 villagers by colonial troops as a war crime",
        "Parliament passes a motion recognising the Yazidi genocide, in which ISIS killed 5,000 men",
        "Lithuania officially recognized the Bangladesh genocide, during which three million were killed",
        "The assembly voted to recognise the Rohingya genocide; thousands were killed and 700,000 fled",
        "Mexico becomes the latest country to recognise the Armenian genocide that killed 1.5 million",
    ],
)
def test_a_recognised_atrocity_toll_is_recalled(title: str) -> None:
    assert casualty_counts(DAY, title) == []


def test_the_lead_recognition_covers_the_next_sentence() -> None:
    title = "Peru recognized the Holodomor as genocide. About 3.9 million Ukrainians died"
    assert casualty_counts(DAY, title) == []
    assert "recognised_atrocity" in dropped_vetoes(DAY, title)


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("Ukraine thanks Peru for recognising the Holodomor. Russian strikes killed 12 on Monday", 12),
        ("Gunmen massacre 40 villagers in Burkina Faso", 40),
        ("Sudan: RSF killed 200 in El Fasher massacre, the UN acknowledged on Tuesday", 200),
        ("Kosovo recognises Srebrenica genocide; meanwhile a car bomb killed 3 in Mitrovica today", 3),
    ],
)
def test_a_new_toll_beside_a_recognition_stays(title: str, count: int) -> None:
    assert casualty_counts(DAY, title) == [count]


# --- a blast the item blames on an electrical fault is an accident (lexicon not_accident)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Blast at fuel depot kills 20", "Officials said the explosion was caused by an electrical fault."),
        ("Blast kills 4 at military arsenal", "The ministry ruled out sabotage, citing a short circuit."),
        ("Blast at power station kills 6", "A short-circuit sparked the fire, the utility said."),
    ],
)
def test_a_blast_blamed_on_an_electrical_fault_is_an_accident(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []


def test_a_strike_beside_a_fault_word_stays() -> None:
    title = "Russian drone strike sets fuel depot ablaze, killing 3"
    assert casualty_counts(DAY, title, "Officials said a short circuit was not to blame.") == [3]
