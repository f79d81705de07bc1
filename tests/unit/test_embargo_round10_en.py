"""English arms-embargo mechanisms of round 10 (issue 10), with sentences written for these tests:
licences no longer granted told in any voice and with any words before the licences, and a bare
"Council" deciding, read as the one council the item names in full."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo

Fact = tuple[str | None, str | None, str]


def _facts(title: str, summary: str = "") -> list[Fact]:
    return [
        (f.actor, f.target, f.action) for f in extract_facts(title, summary) if isinstance(f, ArmsEmbargo)
    ]


LICENCE_CASES: list[tuple[str, list[Fact]]] = [
    # the grant negated in the passive, the arms told after the verb
    (
        "Portuguese minister tells MPs no fresh licences will be issued for military equipment to Angola",
        [("Portugal", "Angola", "suspended_licences")],
    ),
    (
        "Export permits for weapons bound for Qatar will no longer be approved, Austria's chancellor said",
        [("Austria", "Qatar", "suspended_licences")],
    ),
    # words between the negated verb and the licences
    (
        "Chile will not authorise any further military export permits for Bolivia",
        [("Chile", "Bolivia", "suspended_licences")],
    ),
    (
        "Finland says no additional permits are to be granted for arms sales to Bahrain",
        [("Finland", "Bahrain", "suspended_licences")],
    ),
    # granted licences are no halt
    ("Denmark has issued new permits for arms exports to Egypt", []),
]


@pytest.mark.parametrize(("text", "expected"), LICENCE_CASES)
def test_licences_no_longer_granted_in_any_voice(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == expected


def test_a_bare_council_is_the_security_council_the_item_names() -> None:
    got = _facts(
        "Council votes to keep Mali arms embargo in place",
        "The Security Council renewed the measures for a year with two abstentions.",
    )
    assert got == [("UN Security Council", "Mali", "extended")]


def test_a_bare_council_is_the_eu_when_the_item_names_the_council_of_the_eu() -> None:
    got = _facts(
        "The council prolonged its arms embargo on Myanmar until 2028.",
        "The Council of the EU said the restrictions would stay as long as the junta rules.",
    )
    assert got == [("European Union", "Myanmar", "extended")]


def test_a_bare_council_with_no_council_named_decides_nothing() -> None:
    assert _facts("Council votes to renew Mali arms embargo") == []


SPEAKER_CASES: list[tuple[str, list[Fact]]] = [
    # a state's official telling lawmakers: the state speaks, the lawmakers are only addressed
    (
        "Belgian foreign minister tells lawmakers the government will halt arms exports to Rwanda",
        [("Belgium", "Rwanda", "imposed")],
    ),
    # a group named by its demonym still speaks for itself, not for the state
    (
        "Italian dockworkers' union calls for a halt to arms shipments to Israel",
        [(None, "Israel", "called_for")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CASES)
def test_an_official_addressing_lawmakers_speaks_for_the_state(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == expected


ONE_TRANSFER_CASES: list[tuple[str, list[Fact]]] = [
    # a port or customs body of one town deciding is the town's country
    (
        "Customs officers in Antwerp blocked a shipment of grenades bound for Sudan.",
        [("Belgium", "Sudan", "partial")],
    ),
    (
        "The port authority in Genoa refused to let a ship carrying weapons for Yemen dock",
        [("Italy", "Yemen", "partial")],
    ),
    # arms another state bought, passed on, are one transfer; a refused request to pass them on halts it
    ("Austria blocks re-export of Austrian rifles to Georgia", [("Austria", "Georgia", "partial")]),
    (
        "Sweden denies Norway's request to send Swedish-made howitzers to Armenia",
        [("Sweden", "Armenia", "partial")],
    ),
    # tanks named as weapons are arms; fuel tanks are not
    (
        "Italy refuses Spain's request to re-export Leopard tanks to Morocco",
        [("Italy", "Morocco", "partial")],
    ),
    ("Germany stops delivery of fuel tanks to Serbia", []),
]


@pytest.mark.parametrize(("text", "expected"), ONE_TRANSFER_CASES)
def test_one_transfer_refused_by_a_state_body(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == expected


REFUSAL_CASES: list[tuple[str, list[Fact]]] = [
    # a refusal in any tense, "declines to" as "refuses to", joining another's halt as following it
    ("Greece declined to join the Cypriot ban on arms sales to Libya", [("Greece", "Libya", "rejected")]),
    ("Portugal refused to halt rifle exports to Angola", [("Portugal", "Angola", "rejected")]),
    ("The Irish government declined to comment on arms exports to Egypt", []),
]


@pytest.mark.parametrize(("text", "expected"), REFUSAL_CASES)
def test_a_refusal_in_any_tense(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == expected


def test_the_au_peace_and_security_council_is_the_african_union() -> None:
    got = _facts("The AU Peace and Security Council called on states to halt arms supplies to Chad")
    assert got == [("African Union", "Chad", "called_for")]


def test_a_second_states_bare_refusal_is_not_the_sentences_decision() -> None:
    got = _facts(
        "Austria halts arms exports to Georgia, Hungary declines to join",
        "Vienna stopped issuing licences for weapons to Tbilisi, but Budapest said it had no plans"
        " to follow.",
    )
    assert ("Hungary", "Georgia", "rejected") in got
    assert all(action != "rejected" for actor, _, action in got if actor == "Austria")
