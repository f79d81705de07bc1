"""English hard negatives, round 15 (issue 10). Each family is a construction of news language seen in
several authors' sets; every sentence is written for this file (none is corpus or held-out text).

Recalled recognition told as a lasting state: a recognition verb in the perfect ("had recognised",
"has recognised") with "since" after its object tells a state that has lasted, not this news's step
(veto `recalled`), and a headline that reads as a new step gives way to a lead that tells it so. A
recognition made now, with "since" in another clause, or "since" as a cause, stays a fact."""

from __future__ import annotations

import pytest

from bot.core.extract import explain_item
from tests.unit.english_facts import recognitions


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Chile backs Palestinian bid at the United Nations",
            "Chile's foreign ministry said it had recognised Palestine since 2011 and urged members of the"
            " Security Council to admit it.",
        ),
        (
            "Peru opens embassy in Ramallah",
            "Peru has recognised the State of Palestine since 2011, its foreign minister told reporters on"
            " Friday.",
        ),
        (
            "Honduras upgrades Kosovo office",
            "The government in Tegucigalpa said the country had already recognised Kosovo since the spring"
            " and would now open a full embassy.",
        ),
        # the headline reads as a step; the lead tells it as lasting
        (
            "Bolivia recognises Palestine, names ambassador",
            "Bolivia's foreign ministry said the country had recognised the State of Palestine since 2010 and"
            " would send its first ambassador this year.",
        ),
        (
            "Uruguay recognises Palestine as a state, opens mission",
            "Uruguay has recognised Palestine since 2011, the foreign ministry said, as it opened a mission"
            " in Ramallah on Monday.",
        ),
    ],
)
def test_recognition_told_as_lasting_since_is_no_step(title: str, summary: str) -> None:
    assert recognitions(title, summary) == set()
    assert "recalled" in {d.veto for d in explain_item(title, summary, None).dropped}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a step made now, "since" in another clause
        (
            "Norway recognises Palestine",
            "Norway recognised the State of Palestine on Tuesday, the first Nordic step since talks"
            " collapsed.",
            {(("Norway",), "Palestine", "done")},
        ),
        # "since" as a cause, not a span
        (
            "Ireland formally recognises Palestine",
            "Ireland has formally recognised Palestine, since it believes a two-state solution needs"
            " two states, the prime minister said.",
            {(("Ireland",), "Palestine", "done")},
        ),
        # the headline's step stands when the lead tells a step of another state
        (
            "Spain recognises Palestine",
            "Spain recognised Palestine on Tuesday; Sweden has recognised it since 2014.",
            {(("Spain",), "Palestine", "done")},
        ),
    ],
)
def test_recognition_made_now_stays(
    title: str, summary: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title, summary) == expected
