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


# families round 28's set found (written after the first fixes)
ROUND28_CASES = [
    # "as did X", "and so did X": the same step by more states
    (
        "Peru recognised the State of Palestine on Tuesday, as did Bolivia a few hours later.",
        [(("Peru", "Bolivia"), "Palestine", "done")],
    ),
    # a second group after an aside, in a sentence of its own; "no plans to do so" is a refusal
    (
        "Austria and Hungary are considering recognising Kosovo, diplomats said. Slovakia, by contrast, "
        "said it had no plans to do so.",
        [(("Austria", "Hungary"), "Kosovo", "considering"), (("Slovakia",), "Kosovo", "rejected")],
    ),
    (
        "Malta will recognise Somaliland in April. Cyprus, for its part, said it was considering doing the "
        "same.",
        [(("Malta",), "Somaliland", "announced"), (("Cyprus",), "Somaliland", "considering")],
    ),
    # a follow-suit list that goes on after its time
    (
        "Chile recognised Palestine on Monday, with Peru set to follow on Tuesday and Uruguay later in the "
        "month.",
        [(("Chile",), "Palestine", "done"), (("Peru", "Uruguay"), "Palestine", "announced")],
    ),
    # the states right before the verb after a main clause: the reacting state is not the actor
    (
        "Serbia summoned Croatia's envoy on Friday after Montenegro recognised Kosovo's independence.",
        [(("Montenegro",), "Kosovo", "done")],
    ),
    # recognition kept for the end of a peace process: not now
    (
        "Japan would only recognise a Palestinian state at the end of a negotiated peace process, the "
        "minister said.",
        [(("Japan",), "Palestine", "rejected")],
    ),
    (
        "India will recognise Palestine only after a comprehensive settlement, officials said.",
        [(("India",), "Palestine", "rejected")],
    ),
    # a headline read as done gives way to the body's firm plan
    (
        "Brazil's Palestine recognition\nBrazil is ready to recognise the State of Palestine, the minister "
        "said.",
        [(("Brazil",), "Palestine", "announced")],
    ),
]

ROUND28_NOT_RECOGNITIONS = [
    "Taiwan marked on Friday the anniversary of its recognition by Paraguay, which established ties in 1957.",
    "Croatia to accept Kosovo ID cards, still refuses recognition of Kosovo\nCroatia will accept Kosovo "
    "identity cards at the border, officials said, adding that the step did not mean recognising Kosovo.",
    "Amnesty urges Portugal's leaders on Monday to recognise the State of Palestine.",
]


@pytest.mark.parametrize(("text", "expected"), ROUND28_CASES)
def test_round28_more_states_asides_peace_conditions(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert got == expected


@pytest.mark.parametrize("text", ROUND28_NOT_RECOGNITIONS)
def test_round28_anniversaries_disclaimers_and_calls_are_not_facts(text: str) -> None:
    assert extract_recognitions(text) == []
