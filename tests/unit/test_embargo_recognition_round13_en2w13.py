"""English embargo and recognition facts after round 13's published held-out sets (issue 10): only new
licences stopped while old deals go on is a `partial` halt; all trade cut with the arms named in it is an
arms embargo; "abolish" is a lifting, so a call to abolish restrictions is a call to lift (no fact); a
government saying it will not follow a motion "at this moment" rejects the recognition; a poll's share
of the public backing a recognition is no state's step. Every sentence is written for this file (none
is corpus or held-out text)."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts


def embargoes(title: str, summary: str = "") -> set[tuple[str | None, str | None, str]]:
    return {
        (f.actor, f.target, f.action)
        for f in extract_facts(title, summary, None, language="en")
        if f.type == "arms_embargo"
    }


def recognitions(title: str, summary: str = "") -> list[tuple[list[str], str, str]]:
    return [
        (list(f.actors), f.recognized, f.status)
        for f in extract_facts(title, summary, None, language="en")
        if f.type == "recognition"
    ]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Norway stops issuing new arms export licences for Egypt",
            "Norway will stop issuing new arms export licences for Egypt, the trade minister said, "
            "though existing licences issued last year remain in force.",
        ),
        (
            "Spain grants no new weapons permits for Egypt",
            "Spain has not authorised any new arms exports to Egypt since March, the minister said, adding "
            "that contracts signed before then are still being fulfilled.",
        ),
        ("Spain freezes new arms permits for Egypt but honours existing contracts", ""),
    ],
)
def test_new_licences_only_while_old_deals_go_on_is_partial(title: str, summary: str) -> None:
    assert {a for _, _, a in embargoes(title, summary)} == {"partial"}


def test_new_licences_stopped_alone_stay_suspended_licences() -> None:
    facts = embargoes("Norway stops issuing new arms export licences for Egypt", "")
    assert {a for _, _, a in facts} == {"suspended_licences"}


def test_all_trade_cut_with_the_arms_named_is_an_embargo() -> None:
    facts = embargoes(
        "Algeria severs commerce with Morocco",
        "Algeria has ended all trade with Morocco, including weapons and ammunition, the foreign ministry "
        "said.",
    )
    assert facts == {("Algeria", "Morocco", "imposed")}


def test_all_trade_cut_without_arms_is_no_embargo() -> None:
    assert embargoes("Norway has ended all trade with Egypt, including fruit and textiles.") == set()


def test_call_to_abolish_arms_restrictions_is_no_fact() -> None:
    text = (
        "Mali's government urged the Security Council to abolish the remaining curbs on arms deliveries "
        "to Mali."
    )
    assert embargoes(text) == set()


def test_abolishing_an_arms_embargo_is_a_lifting() -> None:
    facts = embargoes("The Security Council voted on Monday to abolish the arms embargo on Somalia.")
    assert {a for _, _, a in facts} == {"lifted"}


def test_government_not_following_a_motion_at_this_moment_rejects() -> None:
    found = recognitions(
        "Irish senators back motion on Western Sahara",
        "Senators in Ireland backed a motion urging the government to recognise Western Sahara, but the "
        "foreign minister said the cabinet would not follow it at this moment.",
    )
    assert [s for _, _, s in found] == ["rejected"]


@pytest.mark.parametrize(
    "text",
    [
        "Most Irish voters back recognising Western Sahara, a poll for a Dublin newspaper found on Sunday.",
        "Some 61% of Canadians support recognising a Palestinian state, a survey released on Friday showed.",
    ],
)
def test_poll_backing_recognition_is_no_fact(text: str) -> None:
    assert recognitions(text) == []


def test_recognition_beside_a_poll_stays() -> None:
    found = recognitions(
        "Spain recognised Palestine on Tuesday, and a poll showed most voters backed the move."
    )
    assert found == [(["Spain"], "Palestine", "done")]
