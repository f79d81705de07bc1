"""English arms-embargo mechanisms of round 9 (issue 10), with sentences written for these tests: a list
of target states, a second decision clause with its own decider, the decider or target named only in
another sentence of the item, a halt kept going, a lifting or renewal inside a condition, nouns for a halt
("arms curbs", "halt on weapons"), a rebuffed demand, a vote against a proposal, a chamber's members."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_embargoes, extract_facts
from bot.core.model import ArmsEmbargo

Fact = tuple[str | None, str | None, str]

TEXT_CASES: list[tuple[str, list[Fact]]] = [
    # every state of a list joined by commas, "and", "as well as" is a target of the one decision
    (
        "Austria suspended arms exports to Egypt, Jordan as well as Qatar on Monday.",
        [("Austria", "Egypt", "imposed"), ("Austria", "Jordan", "imposed"), ("Austria", "Qatar", "imposed")],
    ),
    (
        "Lawmakers in Oslo voted against a motion to ban weapons sales to Bahrain and Kuwait.",
        [("Norway", "Bahrain", "rejected"), ("Norway", "Kuwait", "rejected")],
    ),
    # a later clause with its own decider and arms words is a second decision
    (
        "Hungary said it would go on selling rifles to Serbia, two weeks after Croatia suspended all arms"
        " exports to Belgrade.",
        [("Hungary", "Serbia", "rejected"), ("Croatia", "Serbia", "imposed")],
    ),
    # a halt kept going is renewed, not refused
    (
        "Portugal will keep halting weapons sales to Israel, the prime minister said.",
        [("Portugal", "Israel", "extended")],
    ),
    # nouns for a halt
    ("Chile scraps Peru arms curbs", [("Chile", "Peru", "lifted")]),
    (
        "Greece refuses to join the Cypriot halt on weapons for Libya",
        [("Greece", "Libya", "rejected")],
    ),
    # a demand rebuffed is a refusal of what was demanded
    (
        "Madrid rebuffs opposition demand for arms halt to Morocco",
        [("Spain", "Morocco", "rejected")],
    ),
    # one deal paused is part of the arms
    (
        "Greece paused a contract for howitzers with Chad's army, officials said.",
        [("Greece", "Chad", "partial")],
    ),
    ("Norway halts arms sales to Chad", [("Norway", "Chad", "imposed")]),
    # the change told as a noun after its owner; a minister's state reacting is the target
    (
        "Armenian minister welcomes Paris easing of arms curbs",
        [("France", "Armenia", "lifted")],
    ),
    # blocking the embargo itself; refusing to honour one
    ("Moscow blocks UN arms embargo on Mali", [("Russia", "Mali", "rejected")]),
    (
        "China said it would not respect the Western arms embargo on Myanmar.",
        [("China", "Myanmar", "rejected")],
    ),
    # a second state seeing no grounds for the step refuses it
    (
        "Portugal will grant no further export licences for military goods bound for Israel, while Warsaw"
        " said it saw no grounds for such a step.",
        [("Portugal", "Israel", "suspended_licences"), ("Poland", "Israel", "rejected")],
    ),
    # how others voted, told aside, names neither actor nor target
    (
        "The Security Council voted 12-0, with Russia and China abstaining, to renew the arms embargo on"
        " Mali.",
        [("UN Security Council", "Mali", "extended")],
    ),
    # a decision verb inside an if-clause
    (
        "Experts say Rome would pay heavy penalties if it cancelled the frigate contract with Egypt.",
        [],
    ),
    # the members of the US Congress, with a US-only cue in the item
    (
        "Senators blocked a joint resolution of disapproval that would have stopped a sale of missiles"
        " to Egypt.",
        [("United States", "Egypt", "rejected")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_CASES)
def test_round9_english_mechanisms(text: str, expected: list[Fact]) -> None:
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text)]
    assert got == expected


def _facts(title: str, summary: str) -> list[Fact]:
    facts = extract_facts(title, summary)
    return [(f.actor, f.target, f.action) for f in facts if isinstance(f, ArmsEmbargo)]


def test_the_target_named_in_a_later_sentence() -> None:
    got = _facts(
        "Norway freezes arms export permits",
        "The trade minister said no new permits would be issued. The freeze applies to all military"
        " equipment destined for Qatar, the ministry added.",
    )
    assert got == [("Norway", "Qatar", "suspended_licences")]


def test_the_decider_named_by_a_passive_in_another_sentence() -> None:
    got = _facts(
        "Weapons sales to Chad halted",
        "The sales were halted on Friday by France's armed forces ministry after reports of abuses.",
    )
    assert got == [("France", "Chad", "imposed")]


def test_a_renewal_inside_a_condition_is_no_development() -> None:
    assert extract_embargoes("Exporters warn of job losses if Italy extends its arms ban on Turkey.") == []
