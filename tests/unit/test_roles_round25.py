"""Round-25 role families (own sentences): who calls and what a partial ban is for embargoes; a second
state's clause, a speaker after an agentless decision, status cue classes and claimed territories for
recognitions."""

from __future__ import annotations

import pytest

from bot.core.extract.embargoes import extract_embargoes
from bot.core.extract.recognitions import extract_recognitions

EMBARGO_CASES = [
    # one rapporteur is not "UN experts", in either case
    (
        "The UN Special Rapporteur on Myanmar urged states to stop selling weapons to the junta in Myanmar.",
        [("UN Special Rapporteur", "Myanmar", "called_for")],
    ),
    (
        "A UN special rapporteur called for an arms embargo on Israel.",
        [("UN Special Rapporteur", "Israel", "called_for")],
    ),
    # a group that campaigns can only call, whatever its verb
    ("Saferworld tells Britain to stop arming Saudi Arabia.", [("Saferworld", "Saudi Arabia", "called_for")]),
    # the supplier asked to stop is not the target: the armed group supplied is
    (
        "The UAE must stop arming the Rapid Support Forces, Amnesty International said.",
        [("Amnesty International", "Sudan (Rapid Support Forces)", "called_for")],
    ),
    # a body of Gulf states calls
    (
        "The Gulf Cooperation Council called for a halt to arms sales to Israel.",
        [("Gulf Cooperation Council", "Israel", "called_for")],
    ),
    # a ban on the routes arms take is partial ...
    ("Belgium bans transit of arms bound for Israel through its ports.", [("Belgium", "Israel", "partial")]),
    (
        "Spain bars ships carrying weapons for Israel from docking at its ports.",
        [("Spain", "Israel", "partial")],
    ),
    # ... unless the trade itself is banned beside them, or the ban is told as whole
    (
        "Slovenia banned imports, exports and transit of weapons to and from Israel.",
        [("Slovenia", "Israel", "imposed")],
    ),
    ("Malta bans all arms transit to Israel through its ports.", [("Malta", "Israel", "imposed")]),
]


@pytest.mark.parametrize(("text", "expected"), EMBARGO_CASES)
def test_embargo_callers_suppliers_and_route_bans(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.actor, f.target, f.action) for f in extract_embargoes(text)] == expected


RECOGNITION_CASES = [
    # two states in two clauses are two facts
    (
        "Portugal formally recognised the State of Palestine, while Italy said it would not recognise a "
        "Palestinian state for now.",
        {(("Portugal",), "done"), (("Italy",), "rejected")},
    ),
    (
        "Ethiopia will recognise Somaliland in March; Djibouti refuses to recognise Somaliland.",
        {(("Ethiopia",), "announced"), (("Djibouti",), "rejected")},
    ),
    # a decision told without its subject, by a speaker after it
    (
        "The parallel government in Nyala will not be recognised, the Security Council said.",
        {(("UN Security Council",), "rejected")},
    ),
    ("Recognition of Somaliland is not on the agenda, Kenya says.", {(("Kenya",), "rejected")}),
    # the agent of the noun
    ("Recognition of Palestine by Slovenia took effect on Tuesday.", {(("Slovenia",), "done")}),
    # a country's own plan told with a verb
    ("Canada plans to recognise Palestine at the UN in September.", {(("Canada",), "announced")}),
    # the owning body of a possessive is its state
    ("Pakistan's Foreign Office said it will not recognise Israel.", {(("Pakistan",), "rejected")}),
    # postponement and "too early" are refusals for now
    ("Australia delays its decision on recognising Palestine.", {(("Australia",), "rejected")}),
    ("Germany says it is too early to recognise a Palestinian state.", {(("Germany",), "rejected")}),
    ("Recognising Palestine now would be premature, Austria said.", {(("Austria",), "rejected")}),
]


@pytest.mark.parametrize(("text", "expected"), RECOGNITION_CASES)
def test_recognition_clauses_speakers_and_status_cues(text: str, expected: set[tuple[object, ...]]) -> None:
    assert {(f.actors, f.status) for f in extract_recognitions(text)} == expected


@pytest.mark.parametrize(
    ("text", "recognized"),
    [
        (
            "The US is weighing recognising Crimea as Russian territory under a peace plan.",
            "Crimea",
        ),
        ("Washington recognised the Golan Heights as part of Israel.", "Golan Heights"),
        ("Honduras is considering switching recognition back to Taiwan.", "Taiwan"),
    ],
)
def test_claimed_territories_and_switches_back(text: str, recognized: str) -> None:
    assert [f.recognized for f in extract_recognitions(text)] == [recognized]


def test_a_capital_is_no_claimed_territory() -> None:
    assert [
        f.recognized for f in extract_recognitions("He recognised Jerusalem as the Israeli capital.")
    ] == []


ROUND26_EMBARGO_CASES = [
    # ministers of a body act for it
    (
        "Foreign ministers of the Arab League, meeting in Cairo, demanded a halt to arms sales to Israel.",
        [("Arab League", "Israel", "called_for")],
    ),
    # a destination told without "to"; the exporter's demonym is not the target
    (
        "The Bergen District Court rejected a lawsuit to halt Norwegian exports of F-35 parts that end up in "
        "Israel.",
        [("Bergen District Court (Norway)", "Israel", "rejected")],
    ),
    # a state named as an adjective decides; a third state that condemns it is neither
    (
        "Ankara condemned the US decision to lift its arms embargo on Cyprus.",
        [("United States", "Cyprus", "lifted")],
    ),
    # ... unless the move is blocked: who blocks it acts
    ("Hungary blocks EU move to curb arms exports to Israel.", [("Hungary", "Israel", "rejected")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND26_EMBARGO_CASES)
def test_round26_bodies_destinations_and_attributive_deciders(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(f.actor, f.target, f.action) for f in extract_embargoes(text)] == expected


ROUND26_RECOGNITION_CASES = [
    # a headline's bare negation; the neighbour named by a possessive is not an actor
    (
        "Spain's neighbour holds firm: Portugal not recognising Palestine this year",
        {(("Portugal",), "rejected")},
    ),
    ("Australia has no timetable for recognising a Palestinian state.", {(("Australia",), "rejected")}),
    # the Security Council speaking for itself; a parallel government an armed group set up
    (
        "The Security Council said it rejected any recognition of the parallel administration set up by the "
        "Rapid Support Forces.",
        {(("UN Security Council",), "rejected")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND26_RECOGNITION_CASES)
def test_round26_negations_relations_and_the_council(text: str, expected: set[tuple[object, ...]]) -> None:
    assert {(f.actors, f.status) for f in extract_recognitions(text)} == expected


def test_a_parallel_government_set_up_by_an_armed_group_is_named_after_it() -> None:
    text = "Security Council members rejected any recognition of the parallel government formed by the RSF."
    assert [f.recognized for f in extract_recognitions(text)] == ["RSF parallel government (Sudan)"]


def test_a_recognition_imagined_after_its_agent_is_no_fact() -> None:
    assert (
        extract_recognitions("Recognition of Somaliland by Ethiopia would give it access to the sea.") == []
    )
