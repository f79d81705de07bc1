"""English recognition families fixed in round 8 (issue 10): states added by "followed ... by",
hosts and mediators who are no actors, a reacting state beside unnamed states, second groups told
in a sentence of their own, a group "reports" say is weighing the step, concessions, calls on one
government, denials of a plan, a legislature's motion calling on its government, and a headline's
`done` giving way to the body's refusal, weighing or dated plan. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_recognitions

CASES = [
    # "followed ... by" and "joined ... by" add the states that took the same step
    (
        "Chile recognised the State of Palestine on Monday, followed within hours by Colombia and Peru.",
        [(("Chile", "Colombia", "Peru"), "Palestine", "done")],
    ),
    (
        "Norway formally recognised Palestine, joined later that day by Iceland.",
        [(("Norway", "Iceland"), "Palestine", "done")],
    ),
    # hosts, mediators and places visited are the setting, not actors
    (
        "At a summit hosted by Egypt and Jordan, Brazil said it would recognise a Palestinian state in "
        "March.",
        [(("Brazil",), "Palestine", "announced")],
    ),
    (
        "During a visit to Qatar, Ireland's prime minister said Dublin was weighing recognition of "
        "Somaliland.",
        [(("Ireland",), "Somaliland", "considering")],
    ),
    # a reacting state is no actor, also when those it reacts to are not named
    ("Morocco condemns several African states over Sahrawi recognition", []),
    # second groups told in a sentence of their own, after the step
    (
        "Slovakia recognised Kosovo on Friday. Cyprus said it would do the same next month, while Romania "
        "said it was still considering the move.",
        [
            (("Slovakia",), "Kosovo", "done"),
            (("Cyprus",), "Kosovo", "announced"),
            (("Romania",), "Kosovo", "considering"),
        ],
    ),
    (
        "Iceland and Estonia recognised Palestine on Tuesday. Latvia and Lithuania said they would not "
        "do so.",
        [(("Iceland", "Estonia"), "Palestine", "done"), (("Latvia", "Lithuania"), "Palestine", "rejected")],
    ),
    # "after reports that X was considering the step": a second group, weighing
    (
        "Mexico said it would not recognise Somaliland, after press reports that Brazil was weighing a "
        "similar move.",
        [(("Mexico",), "Somaliland", "rejected"), (("Brazil",), "Somaliland", "considering")],
    ),
    # "the occupation of" a territory is a claim over it
    (
        "Hungary said it would not recognise the occupation of Crimea.",
        [(("Hungary",), "Crimea", "rejected")],
    ),
    # a denial of a plan is a refusal
    ("Croatia dismissed reports it would recognise Somaliland.", [(("Croatia",), "Somaliland", "rejected")]),
    ("Cyprus denies plans to recognise Northern Cyprus", [(("Cyprus",), "Northern Cyprus", "rejected")]),
    # a legislature's motion calling on its government: the government has yet to decide
    (
        "Belgium's parliament passed a resolution urging the government to recognise the State of Palestine.",
        [(("Belgium",), "Palestine", "considering")],
    ),
    (
        "Austria's parliament voted down a motion calling on the government to recognise Palestine.",
        [(("Austria",), "Palestine", "rejected")],
    ),
    # a headline read as done gives way to the body's refusal or dated plan
    (
        "Lisbon and Palestinian statehood: recognition after elections\n"
        "Portugal will not recognise a Palestinian state before the election, the premier said.",
        [(("Portugal",), "Palestine", "rejected")],
    ),
    (
        "Slovenia fixes a day for Palestine recognition\nSlovenia will recognise Palestine on June 4.",
        [(("Slovenia",), "Palestine", "announced")],
    ),
]

NOT_RECOGNITIONS = [
    # a concession is imagined
    "Even if Germany recognised Palestine next week, the war would go on, analysts said.",
    "Students urged the Irish government on Friday to follow Spain and recognise Somaliland.",
    "Campaigners urged Norway's neighbours to recognise the State of Palestine.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round27_actor_sets_groups_and_statuses(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_RECOGNITIONS)
def test_round27_concessions_and_calls_are_not_facts(text: str) -> None:
    assert extract_recognitions(text) == []
