"""Events marked, statistics of violence at home, designations: sentences written for these tests
(families found by the round-3 held-out sets, measured before these rules were written)."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.model import CasualtyFigure, Recognition


def counts(title: str, summary: str) -> list[int | None]:
    return [f.count for f in extract_facts(title, summary) if isinstance(f, CasualtyFigure)]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the toll inside the clause that an anniversary marks is the event marked
        ("Town marks 20 years since massacre",
         "Hundreds gathered on Sunday to mark two decades since militiamen killed more than 300 villagers."),
        ("Survivors remember",
         "Survivors met at the memorial on Monday, marking five years since the siege in which 90 died."),
        # "two decades ago" is twenty years: history, not news
        ("Old wounds", "Two decades ago, militiamen killed 300 people in the valley, a court heard."),
        # statistics of violence against women are crime, not armed conflict
        ("Rights group: 310 women killed last year",
         "A women's rights group said 310 women were killed by men last year, most by husbands or partners."),
        ("Report on domestic violence",
         "Domestic violence killed 85 women in the country in 2024, the report found."),
    ],
)  # fmt: skip
def test_no_new_figure(title: str, summary: str) -> None:
    assert counts(title, summary) == []


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a fresh attack in a town with a marked past keeps its own figure, not the recalled one
        ("Gunmen kill 12 in town scarred by massacre",
         "Gunmen killed 12 villagers on Sunday in the town where, two decades ago, militiamen killed 300.",
         [12]),
        # "since" without an anniversary is a running toll, kept
        ("War toll passes 40,000",
         "More than 40,000 people have been killed since the war began, the health ministry said.",
         [40000]),
        # violence against women in a war is the war's
        ("Strike kills 9 women in Gaza",
         "An Israeli airstrike killed nine women in Gaza on Monday, medics said, amid a war that has seen "
         "violence against women rise.",
         [9]),
    ],
)  # fmt: skip
def test_figure_kept(title: str, summary: str, expected: list[int]) -> None:
    assert counts(title, summary) == expected


@pytest.mark.parametrize(
    "summary",
    [
        "Argentina's government formally recognised the militia as a terrorist organisation on Friday.",
        "The parliament voted to recognise the movement as a terror group and froze its assets.",
        "Its recognition of the network as a criminal organisation takes effect on Monday.",
    ],
)
def test_a_designation_is_no_recognition(summary: str) -> None:
    facts = extract_facts("Government designates group", summary)
    assert [f for f in facts if isinstance(f, Recognition)] == []


def test_a_state_is_still_recognised() -> None:
    facts = extract_facts("Spain recognises Palestine", "Spain formally recognised Palestine today.")
    assert [f.recognized for f in facts if isinstance(f, Recognition)] == ["Palestine"]
