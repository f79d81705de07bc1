"""Arms-embargo extraction: table-driven, with sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_embargoes

CASES = [
    ("Italy imposed an arms embargo on Russia on Friday.", ("Italy", "Russia", "imposed")),
    (
        "Belgium has suspended a dozen arms export licences to Saudi Arabia.",
        ("Belgium", "Saudi Arabia", "suspended_licences"),
    ),
    (
        "Norway announced a partial arms embargo on Israel covering offensive weapons.",
        ("Norway", "Israel", "partial"),
    ),
    (
        "The UN Security Council voted to extend the arms embargo on Libya for another year.",
        ("UN Security Council", "Libya", "extended"),
    ),
    (
        "The Security Council lifted its arms embargo against Eritrea.",
        ("UN Security Council", "Eritrea", "lifted"),
    ),
    ("Ireland urged the EU to impose an arms embargo on Israel.", ("Ireland", "Israel", "called_for")),
    ("Hungary rejected calls for an EU arms embargo against Israel.", ("Hungary", "Israel", "rejected")),
    (
        "Japan will halt weapons deliveries to Myanmar, the foreign ministry said.",
        ("Japan", "Myanmar", "imposed"),
    ),
    (
        "A Belgian court ordered the government to stop arms shipments to Israel.",
        ("Belgium", "Israel", "ruled_by_court"),
    ),
    (
        "Britain will keep selling weapons to Saudi Arabia despite pressure from campaigners.",
        ("United Kingdom", "Saudi Arabia", "rejected"),
    ),
]

CASES += [
    ("Chile suspends weapons purchases from Israel.", ("Chile", "Israel", "imposed")),
]

NOT_EMBARGOES = [
    "The United States has kept its trade embargo against Cuba in place for decades.",
    "OPEC members imposed an oil embargo on Western countries in 1973.",
    "The EU agreed an embargo on Russian coal imports.",
    "The story is under embargo until 06:00 GMT.",
    "Arms were raised in celebration as the team won.",
    "No new embargo was imposed by the Security Council last year.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_actor_target_and_action(text: str, expected: tuple[str, str, str]) -> None:
    assert [(f.actor, f.target, f.action) for f in extract_embargoes(text)] == [expected]


@pytest.mark.parametrize("text", NOT_EMBARGOES)
def test_ignores_trade_oil_press_embargoes_and_negations(text: str) -> None:
    assert extract_embargoes(text) == []


def test_rejection_and_the_call_it_rejects_are_two_facts() -> None:
    text = "France said it would continue arms exports to Egypt, brushing aside Dutch calls for an embargo."
    got = {(f.actor, f.target, f.action) for f in extract_embargoes(text)}
    assert got == {("France", "Egypt", "rejected"), ("Netherlands", "Egypt", "called_for")}
