"""Issue 10, round 13: embargo and recognition roles and status, one family per case, with sentences
written for these tests (not the phrasings of tests/data/extraction_round13_roles.jsonl, which found
the families, nor corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import explain_item, extract_embargoes, extract_recognitions

# (sentence, [(actor, target, action)])
EMBARGO_CASES = [
    # arms flowing, told as a flow: "the flow of arms into", "arms flows to"
    (
        "The General Assembly urged all states to prevent the flow of arms into Mali.",
        [("UN General Assembly", "Mali", "called_for")],
    ),
    ("Sweden halted arms flows to Qatar on Monday.", [("Sweden", "Qatar", "imposed")]),
    # parts of weapons are arms, and a restriction on part of the arms
    (
        "Austria will no longer approve exports of drone components to Qatar.",
        [("Austria", "Qatar", "partial")],
    ),
    # parts bound for an army restrict that army's state
    (
        "Denmark has blocked the export of vehicle parts to the Qatari army.",
        [("Denmark", "Qatar", "partial")],
    ),
    # a suspension extended is an extension
    (
        "Portugal extended its suspension of licences for explosives exports to Qatar.",
        [("Portugal", "Qatar", "extended")],
    ),
    # a capital stands for its state (also those added in round 13)
    ("Vienna imposed an arms embargo on Qatar on Friday.", [("Austria", "Qatar", "imposed")]),
    # "as part of" opens no clause: the experts are still the subject
    (
        "A panel of UN experts, named by the Human Rights Council as part of its mandate, called on "
        "states to stop arms transfers to Qatar.",
        [("UN experts", "Qatar", "called_for")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMBARGO_CASES)
def test_round13_embargo_roles(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text, date(2026, 12, 1))]
    assert got == expected


def test_an_embargo_imposed_in_a_month_long_ago_is_history() -> None:
    text = "Veterans recalled that the Security Council imposed an arms embargo on Qatar only in June 1996."
    got = explain_item("", text, date(2026, 12, 1))
    assert got.facts == []
    assert [d.veto for d in got.dropped] == ["history"]


# (sentence, [(actors, recognised, status)])
RECOGNITION_CASES = [
    # a switch gives up one side and takes the other: two facts
    (
        "Palau switched its recognition from Taipei to Beijing on Friday.",
        [(("Palau",), "China", "done"), (("Palau",), "Taiwan", "rejected")],
    ),
    (
        "Palau cut diplomatic ties with Taiwan and recognised the People's Republic of China.",
        [(("Palau",), "China", "done"), (("Palau",), "Taiwan", "rejected")],
    ),
    (
        "Palau will no longer recognise Taiwan and will instead recognise China from Monday.",
        [(("Palau",), "Taiwan", "rejected"), (("Palau",), "China", "announced")],
    ),
    # cutting ties with a state that is not a rival for the same seat withdraws no recognition
    (
        "Chile cut ties with Israel and recognised the State of Palestine.",
        [(("Chile",), "Palestine", "done")],
    ),
    # on a condition without a date: a possibility (considering); with a date: a plan (announced)
    (
        "Chile would recognise a Palestinian state if settlement building continues, its minister said.",
        [(("Chile",), "Palestine", "considering")],
    ),
    (
        "Chile would recognise a Palestinian state in September unless a ceasefire is agreed.",
        [(("Chile",), "Palestine", "announced")],
    ),
    # "not ready" in quotation marks is still not ready
    ("Chile 'not ready' to recognise Palestinian state", [(("Chile",), "Palestine", "rejected")]),
    # a capital stands for its state
    ("Warsaw recognised the State of Palestine on Tuesday.", [(("Poland",), "Palestine", "done")]),
    # a recognition someone else must first give is a requirement, not news
    ("Chile said a Palestinian state would first have to be recognised by its neighbours.", []),
    # whose own recognition it is, after "after"
    (
        "Taiwan lost an ally after Palau switched its recognition from Taipei to Beijing.",
        [(("Palau",), "China", "done"), (("Palau",), "Taiwan", "rejected")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECOGNITION_CASES)
def test_round13_recognition_roles(text: str, expected: list[tuple[tuple[str, ...], str, str]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, date(2026, 12, 1))]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government formally recognised the self-rule of the Haida Nation in a treaty.",
        "FIFA's recognition of Gibraltar's football association angered Madrid.",
        "Warsaw recognised Kosovo's chess federation as a member of the European body.",
    ],
)
def test_round13_not_diplomatic(text: str) -> None:
    assert extract_recognitions(text, date(2026, 12, 1)) == []


def test_a_switch_explains_the_side_it_gives_up() -> None:
    facts = extract_recognitions("Palau switched its recognition from Taipei to Beijing.", date(2026, 12, 1))
    left = next(f for f in facts if f.status == "rejected")
    assert left.why is not None
    assert left.why.recognizer == "switch"
    assert "Taiwan" in dict(left.why.roles)["recognized"]
