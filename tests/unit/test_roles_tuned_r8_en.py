"""English arms-embargo and recognition families tuned on the separate author's round-8 set (helper
r8enroles), with sentences written for these tests: a legislature known by its own name is its country,
a renewed lifting is an extension, a speaker's bare imperative after a headline colon is a call, a
second group that "will join", and a later sentence's recognition told by a pronoun."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_embargoes, extract_facts, extract_recognitions
from bot.core.model import ArmsEmbargo, Recognition

Fact = tuple[str | None, str | None, str]

EMBARGO_CASES: list[tuple[str, list[Fact]]] = [
    # a national legislature known by its own name votes as its country (corpus README)
    ("Riksdag votes down motion for arms embargo on Saudi Arabia", [("Sweden", "Saudi Arabia", "rejected")]),
    (
        "The Folketing rejected a proposal to halt all weapons exports to Israel on Thursday.",
        [("Denmark", "Israel", "rejected")],
    ),
    ("Eduskunta defeats bill for arms embargo on Turkey", [("Finland", "Turkey", "rejected")]),
    # renewing a (partial) lifting is an extension; a lifting alone stays one
    (
        "Washington once more extends the lifting of its arms embargo on Cyprus until next September",
        [("United States", "Cyprus", "extended")],
    ),
    (
        "The US renewed the partial lifting of the arms embargo on Cyprus for a further year.",
        [("United States", "Cyprus", "extended")],
    ),
    ("Washington lifts arms embargo on Cyprus", [("United States", "Cyprus", "lifted")]),
    # a speaker's bare imperative after a headline colon: their call
    (
        "Human Rights Watch: widen the arms embargo on South Sudan to cover all armed groups",
        [("Human Rights Watch", "South Sudan", "called_for")],
    ),
    ("UN experts: halt arms transfers to Myanmar now", [("UN experts", "Myanmar", "called_for")]),
    (
        "Oxfam, Saferworld: impose arms embargo on Sudan",
        [("Oxfam", "Sudan", "called_for"), ("Saferworld", "Sudan", "called_for")],
    ),
    # a topic before the colon is no speaker, and a decision after it is no call
    ("Haiti: Security Council renews arms embargo", [("UN Security Council", "Haiti", "extended")]),
]


@pytest.mark.parametrize(("text", "expected"), EMBARGO_CASES)
def test_embargo_roles(text: str, expected: list[Fact]) -> None:
    assert [(f.actor, f.target, f.action) for f in extract_embargoes(text)] == expected


Rec = tuple[tuple[str, ...], str, str]

RECOGNITION_CASES: list[tuple[str, list[Rec]]] = [
    # a legislature known by its own name is its country
    (
        "Storting throws out bill to recognise Palestine",
        [(("Norway",), "Palestine", "rejected")],
    ),
    # a second group that will join the step
    (
        "Portugal recognises Palestine, and Malta says it will join next week",
        [(("Portugal",), "Palestine", "done"), (("Malta",), "Palestine", "announced")],
    ),
    (
        "South Korea holds off on recognising Palestine as Australia confirms it will join",
        [(("South Korea",), "Palestine", "rejected"), (("Australia",), "Palestine", "announced")],
    ),
    # "join" followed by something else joined is no step
    (
        "Canada recognises Palestine as Germany says it will join talks on Gaza",
        [(("Canada",), "Palestine", "done")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECOGNITION_CASES)
def test_recognition_groups(text: str, expected: list[Rec]) -> None:
    assert [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)] == expected


def _recognitions(title: str, summary: str) -> list[Rec]:
    facts = extract_facts(title, summary)
    return [(f.actors, f.recognized, f.status) for f in facts if isinstance(f, Recognition)]


def test_a_later_list_announcing_their_recognition_joins_the_step() -> None:
    got = _recognitions(
        "Ireland recognises the State of Palestine",
        "Slovenia, Norway and Spain also announced their recognition at the same ceremony in Dublin.",
    )
    assert got == [(("Ireland", "Slovenia", "Norway", "Spain"), "Palestine", "done")]


def test_a_state_recognised_before_is_the_object_told_by_a_pronoun() -> None:
    got = _recognitions(
        "Britain recognises Palestine",
        "Lisbon said it would recognise the state at the General Assembly next month.",
    )
    assert got == [(("United Kingdom",), "Palestine", "done"), (("Portugal",), "Palestine", "announced")]


def test_a_pronoun_without_a_named_state_gives_nothing_more() -> None:
    got = _recognitions(
        "Spain recognises Palestine",
        "Officials said facial recognition at the border would be expanded next year.",
    )
    assert got == [(("Spain",), "Palestine", "done")]


def test_an_opposition_motion_calling_on_the_government_is_no_refusal() -> None:
    got = _recognitions(
        "Norwegian parliament debates Palestine recognition",
        "The Storting adopted a non-binding opposition motion on Tuesday urging the government to recognise"
        " the State of Palestine.",
    )
    assert got == [(("Norway",), "Palestine", "considering")]


def test_a_us_chamber_deciding_is_the_united_states() -> None:
    facts = extract_facts(
        "House defeats resolution to block arms sales to Saudi Arabia",
        "The joint resolution of disapproval fell short, although several House Democrats backed it.",
    )
    got = [(f.actor, f.target, f.action) for f in facts if isinstance(f, ArmsEmbargo)]
    assert got == [("United States", "Saudi Arabia", "rejected")]


def test_a_chamber_with_no_us_cue_keeps_no_actor() -> None:
    facts = extract_facts(
        "Senate votes down motion for arms embargo on Israel",
        "Liberal Democrats said they would table the motion again.",
    )
    got = [(f.actor, f.target, f.action) for f in facts if isinstance(f, ArmsEmbargo)]
    assert got == [(None, "Israel", "rejected")]
