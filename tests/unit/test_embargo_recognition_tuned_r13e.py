"""English arms-embargo and recognition families tuned on a separate author's set (round 13, helper
enroles13), with sentences written for these tests.

Embargo: a council named by its size is the council the item names in full; a step "not ruled out"
is a possibility, and a refusal to lift or a call to lift told after the embargo words is no
development; a renewed inspection authority a period and a day after its verb is an extension; a
shipment that had been held, released or gone ahead with, and a hold ended right after the sale, are
liftings; machine-gun links, attack helicopters and "defence trade" are arms.

Recognition: a recognition that continues is no news; a legislator's bill is not the state's step;
"under consideration" after the noun is a weighing; a second group told by the capital it speaks in,
studying another state's decision, or in a sentence whose recognition noun the verb reader leaves."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo, Recognition

Embargo = tuple[str | None, str | None, str]
Recognised = tuple[tuple[str, ...], str, str]


def _embargoes(title: str, summary: str = "") -> list[Embargo]:
    return [
        (f.actor, f.target, f.action) for f in extract_facts(title, summary) if isinstance(f, ArmsEmbargo)
    ]


def _recognitions(title: str, summary: str = "") -> list[Recognised]:
    return [
        (f.actors, f.recognized, f.status)
        for f in extract_facts(title, summary)
        if isinstance(f, Recognition)
    ]


EMBARGO_CASES: list[tuple[str, str, list[Embargo]]] = [
    # the council named by its size is the Security Council the headline names
    (
        "Security Council keeps South Sudan measures in place",
        "The 15-nation council voted on Thursday to extend the arms embargo on South Sudan for a year.",
        [("UN Security Council", "South Sudan", "extended")],
    ),
    # an inspection authority renewed, a period and a day between the verb and the authority
    (
        "Navies may keep searching ships off Yemen",
        "The Security Council extended for another twelve months on Thursday the authorisation for navies "
        "to inspect vessels suspected of breaching the UN arms embargo on Yemen.",
        [("UN Security Council", "Yemen", "extended")],
    ),
    # a paused shipment gone ahead with, and one released, are liftings
    (
        "Berlin clears tank parts for Ankara",
        "Germany will go ahead with the delivery of tank parts to Turkey that had been paused since March, "
        "officials said.",
        [("Germany", "Turkey", "lifted")],
    ),
    (
        "Tokyo lets drone parts go",
        "Japan released the frozen shipment of drone parts to the Philippines on Monday.",
        [("Japan", "Philippines", "lifted")],
    ),
    # a hold ended right after the sale it held
    (
        "Senators' objection dropped",
        "Washington approved the sale of attack helicopters to Egypt, ending a hold placed by two senators.",
        [("United States", "Egypt", "lifted")],
    ),
    # the US term for its arms export rules, an easing renewed, welcomed by the state it covers
    (
        "Cyprus thanks Washington",
        "The Cypriot government on Monday praised the US decision to extend for one more year the easing "
        "of defence trade restrictions on Cyprus.",
        [("United States", "Cyprus", "extended")],
    ),
    # belts of a machine gun, paused on their way
    (
        "Rome stops one cargo",
        "Italy said it had paused a shipment of machine-gun links bound for Israel pending checks.",
        [("Italy", "Israel", "partial")],
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), EMBARGO_CASES)
def test_embargo_roles_and_actions(title: str, summary: str, expected: list[Embargo]) -> None:
    assert _embargoes(title, summary) == expected


NO_EMBARGO_CASES: list[tuple[str, str]] = [
    # not ruled out: a possibility, neither a decision nor a refusal
    ("Madrid 'cannot rule out' halting arms sales to Morocco", ""),
    (
        "Minister keeps options open",
        "The defence minister said Spain could not rule out restricting arms exports to Morocco if talks "
        "failed.",
    ),
    ("Prime minister did not rule out an arms embargo on Azerbaijan", ""),
    # a refusal to lift leaves the embargo as it was
    ("Brussels rejects lifting arms embargo on Belarus", ""),
    ("The bloc ruled out easing its arms embargo on Russia, diplomats said.", ""),
    # a call to lift told after the embargo words
    (
        "Mogadishu presses envoys",
        "The minister told envoys the UN arms embargo on Somalia weakened his army and asked the Council to "
        "lift it.",
    ),
]


@pytest.mark.parametrize(("title", "summary"), NO_EMBARGO_CASES)
def test_no_embargo_decision(title: str, summary: str) -> None:
    assert _embargoes(title, summary) == []


def test_a_plain_refusal_to_impose_stays_rejected() -> None:
    # the refusal veto is only for lifting: refusing an embargo is still a refusal
    assert _embargoes("Sweden rejects arms embargo on Turkey") == [("Sweden", "Turkey", "rejected")]


RECOGNITION_CASES: list[tuple[str, str, list[Recognised]]] = [
    # weighing told after the noun
    ("Ghana says Kosovo recognition under review", "", [(("Ghana",), "Kosovo", "considering")]),
    # a second group told by the capital its government speaks in
    (
        "Slovenia to recognise Palestine next week",
        "In Vienna, the government said it was still weighing the move.",
        [(("Slovenia",), "Palestine", "announced"), (("Austria",), "Palestine", "considering")],
    ),
    # a second group studying another state's decision
    (
        "Russia recognises Taliban government",
        "Belarus said it was studying Moscow's decision.",
        [(("Russia",), "Taliban government", "done"), (("Belarus",), "Taliban government", "considering")],
    ),
    # a second group in a sentence whose recognition noun the verb reader leaves
    (
        "Ireland to recognise Palestine in May",
        "In Oslo, the government said it was discussing whether its recognition should wait for elections.",
        [(("Ireland",), "Palestine", "announced"), (("Norway",), "Palestine", "considering")],
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), RECOGNITION_CASES)
def test_recognition_actors_and_status(title: str, summary: str, expected: list[Recognised]) -> None:
    assert _recognitions(title, summary) == expected


NO_RECOGNITION_CASES: list[tuple[str, str]] = [
    # a recognition that goes on is no news
    (
        "Ghana recalls envoy from Benin",
        "Ghana said relations with Benin were strained but it continued to recognise the Beninese state.",
    ),
    # a legislator's bill is a proposal, not the state's step nor a chamber's vote
    ("US congresswoman introduces bill to recognise Somaliland", ""),
    ("Philippine senator files bill to recognise Kosovo", ""),
    ("Two Australian MPs table motion to recognise Palestine", ""),
]


@pytest.mark.parametrize(("title", "summary"), NO_RECOGNITION_CASES)
def test_no_recognition_news(title: str, summary: str) -> None:
    assert _recognitions(title, summary) == []


def test_a_chamber_voting_down_a_bill_is_still_its_refusal() -> None:
    assert _recognitions("Danish parliament votes down bill to recognise Palestine") == [
        (("Denmark",), "Palestine", "rejected")
    ]
