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


# Round 14: a second set written after the round-13 fixes found these families.
EMBARGO_CASES_14 = [
    # "keeps its export halt in place" renews the halt; it is no refusal to stop supplying arms
    ("Finland keeps its arms export halt to Qatar in place", [("Finland", "Qatar", "extended")]),
    # a government acting after a court's ruling: the government decides, not the court
    (
        "Norway will resume arms deliveries to Qatar after the Supreme Court quashed the ban.",
        [("Norway", "Qatar", "lifted")],
    ),
    # "Brussels" in an item about the EU is the EU
    (
        "Brussels lifts arms embargo on Libya. The European Union acted after elections.",
        [("European Union", "Libya", "lifted")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMBARGO_CASES_14)
def test_round14_embargo_roles(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text, date(2026, 12, 1))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "veto"),
    [
        # no agreement reached is no decision
        ("Nordic ministers failed to agree on halting arms exports to Qatar.", "negated"),
        # an embargo broken is no decision about it
        ("Investigators said Oman breached the arms embargo on Yemen by shipping rifles.", "violation"),
        # a report under a press embargo
        ("An embargoed study on arms exports to Qatar comes out on Friday.", "press_embargo"),
    ],
)
def test_round14_embargo_vetoes(text: str, veto: str) -> None:
    got = explain_item("", text, date(2026, 12, 1))
    assert [f for f in got.facts if f.type == "arms_embargo"] == []
    assert veto in [d.veto for d in got.dropped]


RECOGNITION_CASES_14 = [
    # "hints at", "the possibility of" recognising: considering
    ("Chile hints at recognising Somaliland", [(("Chile",), "Somaliland", "considering")]),
    (
        "Chile is studying the possibility of recognising Somaliland.",
        [(("Chile",), "Somaliland", "considering")],
    ),
    # who thanks another for its withdrawal is not its actor
    ("Serbia thanked Palau for withdrawing its recognition of Kosovo.", [(("Palau",), "Kosovo", "rejected")]),
    # a second group still weighing, or refusing
    (
        "Chile and Peru recognised Palestine on Friday, while Fiji said it was still weighing the move.",
        [(("Chile", "Peru"), "Palestine", "done"), (("Fiji",), "Palestine", "considering")],
    ),
    (
        "Chile recognised Palestine on Friday, while Fiji said it would not do so.",
        [(("Chile",), "Palestine", "done"), (("Fiji",), "Palestine", "rejected")],
    ),
    # a call on others is no recognition by the speaker
    ("Chile's president said other Latin American countries should recognise Palestine.", []),
    ("The Chilean minister said the rest of the region should follow Chile and recognise Palestine.", []),
]


@pytest.mark.parametrize(("text", "expected"), RECOGNITION_CASES_14)
def test_round14_recognition_roles(text: str, expected: list[tuple[tuple[str, ...], str, str]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, date(2026, 12, 1))]
    assert got == expected


def test_a_state_named_in_a_quote_is_neither_actor_nor_target() -> None:
    text = "'Only helps Oman' - Netanyahu urged Macron to drop his push for an arms embargo on Israel."
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text, date(2026, 12, 1))]
    assert got == [("France", "Israel", "called_for")]


# Round 15: a third set written after the round-14 fixes found these families.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "unlikely to ... soon": not now
        (
            "Chile is unlikely to recognise the Taliban government any time soon.",
            [(("Chile",), "Taliban government", "rejected")],
        ),
        # recognition only at the end of a process: not now
        (
            "Chile: recognition of Palestine must come at the end of talks",
            [(("Chile",), "Palestine", "rejected")],
        ),
        # a recognition that will take effect later is announced, not done
        (
            "Chile's recognition of Somaliland will take effect in March.",
            [(("Chile",), "Somaliland", "announced")],
        ),
    ],
)
def test_round15_recognition_status(text: str, expected: list[tuple[tuple[str, ...], str, str]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, date(2026, 12, 1))]
    assert got == expected


def test_a_recognition_dated_before_the_news_is_recalled() -> None:
    got = explain_item(
        "", "Two years after recognising Palestine, Chile opened an embassy in Ramallah.", None
    )
    assert got.facts == []
    assert [d.veto for d in got.dropped] == ["recalled"]


def test_one_sale_of_rifles_halted_is_partial() -> None:
    got = extract_embargoes("Peru halted the sale of 5,000 rifles to Qatar.", date(2026, 12, 1))
    assert [(f.actor, f.target, f.action) for f in got] == [("Peru", "Qatar", "partial")]


# Round 16: a fourth set written after the round-15 fixes found these families.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conditions not met: not now
        (
            "Chile said the conditions for recognising Somaliland had not been met.",
            [(("Chile",), "Somaliland", "rejected")],
        ),
        # "on the table": considering
        (
            "Chile's minister said recognising Somaliland was on the table.",
            [(("Chile",), "Somaliland", "considering")],
        ),
        # told in the perfect after "announced": made already
        (
            "The minister announced on Friday that Chile had formally recognised Somaliland.",
            [(("Chile",), "Somaliland", "done")],
        ),
        ("Chilean president announces recognition of Somaliland", [(("Chile",), "Somaliland", "done")]),
    ],
)
def test_round16_recognition_status(text: str, expected: list[tuple[tuple[str, ...], str, str]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, date(2026, 12, 1))]
    assert got == expected


def test_a_legislature_endorsing_an_embargo_imposes_it() -> None:
    got = extract_embargoes("Peru's congress endorsed an arms embargo on Qatar.", date(2026, 12, 1))
    assert [(f.actor, f.target, f.action) for f in got] == [("Peru", "Qatar", "imposed")]


@pytest.mark.parametrize(
    ("text", "veto"),
    [
        # a lifting dated years back is background
        ("The UN arms embargo on Qatar expired in March 2019, diplomats noted.", "history"),
        # an embargo remembered
        ("Veterans remember the arms embargo on Qatar", "recalled"),
    ],
)
def test_round16_embargo_vetoes(text: str, veto: str) -> None:
    got = explain_item("", text, date(2026, 12, 1))
    assert [f for f in got.facts if f.type == "arms_embargo"] == []
    assert veto in [d.veto for d in got.dropped]


def test_recalling_an_envoy_over_an_embargo_is_not_remembering_it() -> None:
    got = extract_embargoes("Qatar recalled its ambassador, after Peru imposed an arms embargo on Qatar.")
    assert [(f.actor, f.target, f.action) for f in got] == [("Peru", "Qatar", "imposed")]


# Round 17: a fifth set written after the round-16 fixes found these families.
@pytest.mark.parametrize(
    "text",
    [
        # a call on other governments is no recognition by the caller
        "Chile's president urged European governments to recognise Somaliland.",
        # an occupation, not a state
        "Chile's senate voted to recognise the northern region as a territory temporarily occupied by Peru.",
    ],
)
def test_round17_no_recognition(text: str) -> None:
    assert extract_recognitions(text, date(2026, 12, 1)) == []


def test_will_recognise_only_when_is_a_precondition() -> None:
    text = "Chile will recognise Somaliland only when the African Union does so, the minister said."
    got = [(f.actors, f.status) for f in extract_recognitions(text, date(2026, 12, 1))]
    assert got == [(("Chile",), "considering")]
