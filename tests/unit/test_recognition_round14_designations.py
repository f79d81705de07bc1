"""English recognition, round 14 (enrec14): a recognition of people or a group as something no state is
(refugees, asylum seekers, a terrorist organisation) is no diplomatic recognition, also when the "as"
phrase comes after a long object (a relative clause, an aside between commas) or when the people are
the object itself ("recognises Afghan refugees"); the README lists recognition as a refugee or as a
terror organisation among the hard negatives. Near-misses keep a statehood recognition whose sentence
merely mentions victims or terror later. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.recognition_patterns import designated_as


def recognitions(title: str, summary: str = "") -> set[tuple[tuple[str, ...], str, str]]:
    return {
        (tuple(sorted(f.actors)), f.recognized, f.status)
        for f in extract_facts(title, summary, None, language="en")
        if f.type == "recognition"
    }


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Germany to take in Yazidi families",
            "Germany will recognise about 1,200 Yazidis who escaped the Islamic State group as refugees, "
            "the interior ministry said.",
        ),
        (
            "Dutch cabinet lists the movement",
            "The Dutch cabinet recognised the armed wing of the movement, and later all its branches, as a "
            "terrorist entity on Friday.",
        ),
        ("Kenya recognises Somaliland refugees from the border camps", ""),
        ("Canada recognises Taliban-era Afghan asylum seekers under a new scheme", ""),
        (
            "Britain widens its list",
            "Britain has recognised the whole of the Houthi movement, including its political bureau, as an "
            "extremist organisation, the Home Office said.",
        ),
    ],
)
def test_people_or_groups_recognised_as_no_state_give_no_recognition(title: str, summary: str) -> None:
    assert recognitions(title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Norway recognises Palestine",
            "Norway recognised the State of Palestine as an answer to terror, its prime minister said.",
            (("Norway",), "Palestine", "done"),
        ),
        (
            "Spain recognises Palestine",
            "Spain formally recognised the State of Palestine on Tuesday as a step towards peace for the "
            "victims of the war.",
            (("Spain",), "Palestine", "done"),
        ),
        ("Ireland recognises Palestine amid terror fears in the region", "", (("Ireland",), "Palestine", "done")),
        (
            "Chad recognises Somaliland",
            "Chad recognised the Republic of Somaliland as an independent state on Monday.",
            (("Chad",), "Somaliland", "done"),
        ),
    ],
)
def test_statehood_beside_victims_or_terror_is_kept(
    title: str, summary: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in recognitions(title, summary)


def test_the_designation_reads_at_most_twelve_words_and_no_stop() -> None:
    pattern = designated_as()
    assert pattern.match(" some 400 people who fled the fighting in the north as refugees")
    assert not pattern.match(" Palestine. Later the minister described the attackers as terrorists")
    assert not pattern.match(" one two three four five six seven eight nine ten eleven twelve thirteen as refugees")
