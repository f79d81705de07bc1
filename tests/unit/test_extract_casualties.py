"""Casualty extraction: table-driven, sentences written for these tests (not copied from the corpus)."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_casualties

# (sentence, expected [(count, qualifier, kind, victims, cumulative)])
CASES = [
    (
        "Shelling killed 14 civilians in the town of Avdiivka, Ukrainian officials said.",
        [(14, "exact", "killed", "civilians", False)],
    ),
    (
        "The war has killed more than 45,200 Palestinians since October, the ministry said.",
        [(45200, "more_than", "killed", "Palestinians", True)],
    ),
    (
        "At least seven soldiers were killed and 12 wounded in an ambush by militants in Mali.",
        [(7, "at_least", "killed", "soldiers", False), (12, "exact", "injured", "people", False)],
    ),
    (
        "A drone strike on a market killed nearly two dozen people, rebels said.",
        [(24, "nearly", "killed", "people", False)],
    ),
    ("Air raids killed dozens of villagers in Darfur.", [(None, "vague", "killed", "villagers", False)]),
    (
        "The death toll from the missile attack on Kharkiv rose to 31.",
        [(31, "exact", "killed", "people", False)],
    ),
    (
        "The overall death toll in the conflict has passed 1.2 million, according to the monitor.",
        [(1200000, "more_than", "killed", "people", True)],
    ),
    (
        "Some 300 fighters are missing after the battle for the airport.",
        [(300, "about", "missing", "fighters", False)],
    ),
    (
        "The bombing killed 23 people, including six children.",
        [(23, "exact", "killed", "people", False), (6, "exact", "killed", "children", False)],
    ),
    (
        "In the past 24 hours, 44 martyrs and 112 wounded were recorded amid the Israeli offensive.",
        [(44, "exact", "killed", "people", False), (112, "exact", "injured", "people", False)],
    ),
    (
        "Clashes left up to 40 protesters injured in the capital.",
        [(40, "up_to", "injured", "protesters", False)],
    ),
]

NOT_CASUALTIES = [
    "An earthquake killed 40 people in the mountain villages.",
    "Flash floods killed at least 22 people after monsoon rains.",
    "A bus plunged into a ravine, killing 18 passengers.",
    "A cholera outbreak has killed 150 people in the camps.",
    "More than 1.5 million people have been displaced by the fighting.",
    "Hamas still holds 50 hostages, 20 of whom are believed to be alive, the army said.",
    "The 35-year-old soldier was wounded in the attack on Tuesday.",
    "The army said 200 trucks of aid entered the enclave during the war.",
    "The EU pledged 120 million euros for victims of the war.",
    "Three weeks after the strike, rescuers were still searching the rubble.",
    "Facial recognition cameras found 12 suspects.",
    "The 1994 genocide killed 800,000 people, a memorial in Kigali recalls.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_count_qualifier_kind_victims_and_scope(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.count, f.qualifier, f.kind, f.victims, f.cumulative) for f in extract_casualties(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_CASUALTIES)
def test_ignores_disasters_displacement_hostages_ages_money_and_history(text: str) -> None:
    assert extract_casualties(text) == []


def test_evidence_is_the_sentence_the_figure_came_from() -> None:
    text = "Talks resumed in Doha. An air strike killed 9 people in Gaza City."
    (fact,) = extract_casualties(text)
    assert fact.evidence == "An air strike killed 9 people in Gaza City."
    assert fact.location == "Gaza"


def test_location_falls_back_to_the_place_the_text_is_about() -> None:
    text = "Fighting raged in Sudan on Sunday. Paramilitaries killed 30 people, witnesses said."
    (fact,) = extract_casualties(text)
    assert fact.location == "Sudan"


def test_a_bare_figure_without_any_context_counts_as_violence() -> None:
    (fact,) = extract_casualties("Health officials: 31 killed in 24 hours.")
    assert (fact.count, fact.kind, fact.cumulative) == (31, "killed", False)
