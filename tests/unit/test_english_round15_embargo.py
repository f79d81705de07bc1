"""Round 15 (enroles15): English arms-embargo roles, families that recur across separate authors' sets.

Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

import pytest

from tests.unit.english_facts import embargoes

# --- W: a Belgian region grants arms licences itself; its government is Belgium's decision ----------------


@pytest.mark.parametrize(
    ("title", "summary", "action"),
    [
        ("Wallonia freezes explosives export licences for Saudi Arabia", "", "suspended_licences"),
        (
            "Regional ministers act on munitions",
            "The Walloon government said it had suspended three licences to export ammunition to Israel.",
            "suspended_licences",
        ),
        (
            "Flanders halts arms exports to Turkey",
            "The Flemish government stopped all arms exports to Turkey pending an inquiry.",
            "imposed",
        ),
    ],
)
def test_a_belgian_region_deciding_is_belgium(title: str, summary: str, action: str) -> None:
    facts = embargoes(title, summary)
    assert any(a == "Belgium" and act == action for a, _, act in facts), facts


def test_a_ruling_cited_as_the_reason_is_no_court_ruling() -> None:
    # the licences were suspended by the government; the court only gave it a reason
    facts = embargoes(
        "Belgian region stops explosives sales to Israel",
        "The Walloon government has suspended four licences to export explosives to Israel, citing a "
        "ruling of the International Court of Justice, a spokeswoman said.",
    )
    assert facts == {("Belgium", "Israel", "suspended_licences")}


def test_a_court_ordering_a_suspension_still_rules() -> None:
    # near miss: the court orders the halt itself, then it is the court's ruling
    facts = embargoes(
        "Court orders halt to arms licences",
        "A Liege court ordered the Walloon government to suspend licences for ammunition bound for Israel.",
    )
    assert any(act == "ruled_by_court" for _, _, act in facts), facts


@pytest.mark.parametrize(
    "summary",
    [
        "Judges in Brussels ordered the region to suspend licences allowing explosives and other military "
        "goods bound for Israel to transit through its airports.",
        "A Brussels court ordered the authorities to freeze military transit licences for cargo to Israel.",
    ],
)
def test_licences_named_by_what_they_let_through(summary: str) -> None:
    facts = embargoes("Belgian court rules on arms transit", summary)
    assert any(t == "Israel" and act == "ruled_by_court" for _, t, act in facts), facts


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # near misses: a licence that lets something else through, a region with no arms, a holiday permit
        ("Wallonia grants licences allowing farmers to export grain to Israel", ""),
        ("Flanders suspends transit permits for lorries after bridge collapse", ""),
        ("Wallonia tourism board halts visitor permits for the caves", ""),
    ],
)
def test_near_misses_give_no_fact(title: str, summary: str) -> None:
    assert embargoes(title, summary) == set()
