"""English embargo and recognition roles tuned on the round-7 set of a separate author: sentences
written for these tests (never the set's), one block per family, each with a sentence that must stay
as it is."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_embargoes, extract_recognitions

DAY = date(2026, 6, 2)

# the embargo's own clause, past a contrast: the verb before "but/while" acts on another measure
EMBARGO_CLAUSE = [
    (
        "The EU scrapped most trade restrictions on Myanmar but extended the arms embargo by twelve months.",
        ("European Union", "Myanmar", "extended"),
    ),
    (
        "The UN Security Council renewed travel bans on Somali warlords while lifting the arms embargo "
        "on Somalia.",
        ("UN Security Council", "Somalia", "lifted"),
    ),
    # stays: the contrast comes after the embargo, whose own verb is first
    (
        "The UN Security Council extended the arms embargo on Libya, while easing an asset freeze on "
        "its oil firm.",
        ("UN Security Council", "Libya", "extended"),
    ),
]


@pytest.mark.parametrize(("text", "want"), EMBARGO_CLAUSE)
def test_embargo_action_is_read_in_its_own_clause(text: str, want: tuple[str, str, str]) -> None:
    got = {(f.actor, f.target, f.action) for f in extract_embargoes(text, DAY)}
    assert got == {want}


def _recognitions(text: str) -> set[tuple[tuple[str, ...], str, str]]:
    return {(f.actors, f.recognized, f.status) for f in extract_recognitions(text, DAY)}


# documents recognised, in the noun as in the verb, are not a state
@pytest.mark.parametrize(
    "text",
    [
        "Kosovo and North Macedonia sign a deal on mutual recognition of professional qualifications.",
        "Serbia agrees to the recognition of driving licences issued in Kosovo, officials said.",
    ],
)
def test_recognition_of_documents_is_no_fact(text: str) -> None:
    assert _recognitions(text) == set()


def test_recognition_of_a_state_in_the_noun_stays() -> None:
    got = _recognitions("Ghana announced its recognition of Kosovo as an independent state on Monday.")
    assert got == {(("Ghana",), "Kosovo", "done")}


# a state following, told in a sentence of its own with no recognition word
def test_a_follower_in_the_next_sentence_joins_the_recognition() -> None:
    text = (
        "Ireland and Norway recognise Palestinian state. The two governments announced the decision on "
        "Tuesday morning, with Slovenia following in the afternoon."
    )
    assert _recognitions(text) == {(("Ireland", "Norway", "Slovenia"), "Palestine", "done")}


def test_a_follower_due_in_the_next_sentence_is_announced() -> None:
    text = (
        "Belgium will recognise Palestine in September. Officials confirmed the timing, with Luxembourg "
        "expected to follow suit."
    )
    assert _recognitions(text) == {(("Belgium", "Luxembourg"), "Palestine", "announced")}


def test_following_something_else_in_the_next_sentence_stays_out() -> None:
    text = (
        "Spain recognised Palestine on Tuesday. Arms exports to Israel fell, with Germany following "
        "the trend."
    )
    assert _recognitions(text) == {(("Spain",), "Palestine", "done")}


# a second group refusing or holding back, with the step named by a pro-form (lexicon same_step) or a
# postponement cue
SECOND_GROUP = [
    (
        "Ireland to recognise Palestine as Austria and Hungary hold back",
        {(("Ireland",), "Palestine", "announced"), (("Austria", "Hungary"), "Palestine", "rejected")},
    ),
    (
        "Malta will recognise Palestine next month, while Vienna said it would not take that step yet.",
        {(("Malta",), "Palestine", "announced"), (("Austria",), "Palestine", "rejected")},
    ),
    # stays: a second group that will do so is announced
    (
        "Malta will recognise Palestine next month, while Austria said it would do so later.",
        {(("Malta", "Austria"), "Palestine", "announced")},
    ),
]


@pytest.mark.parametrize(("text", "want"), SECOND_GROUP)
def test_second_group_status(text: str, want: set[tuple[tuple[str, ...], str, str]]) -> None:
    assert _recognitions(text) == want


# a court a headline names by its country keeps the name the text gives it later
COURT_NAMES = [
    (
        "Dutch top court orders halt to arms exports to Israel. The Supreme Court ruled that the government "
        "must stop the deliveries within a week.",
        ("Supreme Court (Netherlands)", "Israel", "ruled_by_court"),
    ),
    # stays: no court named later, the country stands for it
    (
        "Belgian court orders halt to arms transit to Israel. The judges said the region must stop "
        "the shipments.",
        ("Belgium", "Israel", "ruled_by_court"),
    ),
]


@pytest.mark.parametrize(("text", "want"), COURT_NAMES)
def test_court_keeps_the_name_given_later(text: str, want: tuple[str, str, str]) -> None:
    got = {(f.actor, f.target, f.action) for f in extract_embargoes(text, DAY)}
    assert got == {want}


# arms that could end up in a territory are used there: the state using them is the target, and a ban
# on them covers part of the arms
END_UP_IN = [
    ("Sweden halts sales of munitions that could end up in Gaza.", ("Sweden", "Israel", "partial")),
    # stays: a ban on all sales to the state is whole
    ("Sweden halts all sales of munitions to Israel.", ("Sweden", "Israel", "imposed")),
]


@pytest.mark.parametrize(("text", "want"), END_UP_IN)
def test_arms_that_end_up_in_a_territory(text: str, want: tuple[str, str, str]) -> None:
    got = {(f.actor, f.target, f.action) for f in extract_embargoes(text, DAY)}
    assert got == {want}
