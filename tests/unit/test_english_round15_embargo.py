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


# --- H: a hold on arms released, a pause in deliveries ended: `lifted` ------------------------------------


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("White House releases hold on 500-pound bombs for Israel", ""),
        ("Washington releases its hold on precision bombs bound for Saudi Arabia", ""),
        (
            "President acts on munitions",
            "The United States said it was ending the pause in arms deliveries to Israel imposed in May.",
        ),
        ("Germany ends its pause on weapons shipments to Turkey", ""),
    ],
)
def test_a_hold_released_or_a_pause_ended_is_lifted(title: str, summary: str) -> None:
    facts = embargoes(title, summary)
    assert any(act == "lifted" for _, _, act in facts), facts


def test_a_pause_announced_is_no_lifting() -> None:
    # near miss: the pause begins
    facts = embargoes("US announces a pause in arms deliveries to Israel")
    assert facts and all(act != "lifted" for _, _, act in facts), facts


@pytest.mark.parametrize(
    "title",
    [
        "Fans hold on to hope as bombs fall on the city",  # no arms flow held
        "Negotiators agree a pause on talks over missiles",  # talks paused, not arms
    ],
)
def test_near_misses_of_a_hold_give_no_lifting(title: str) -> None:
    assert all(act != "lifted" for _, _, act in embargoes(title)), embargoes(title)


def test_a_paused_shipment_takes_its_destination_from_the_headline() -> None:
    # the headline names where the shipment goes, with a figure among its words
    facts = embargoes(
        "Washington pauses shipment of 1,000-pound bombs to Israel",
        "The United States paused a shipment of 900 1,000-pound bombs, officials said.",
    )
    assert ("United States", "Israel", "partial") in facts, facts


# --- X: an embargo widened to more places or groups is the same embargo carried further: `extended` -------


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Security Council widens the Somalia arms embargo to all armed groups", ""),
        (
            "Council acts on South Sudan",
            "The Security Council broadened its arms embargo on South Sudan to cover every militia.",
        ),
        ("EU expands arms embargo on Belarus", ""),
    ],
)
def test_an_embargo_widened_is_extended(title: str, summary: str) -> None:
    facts = embargoes(title, summary)
    assert any(act == "extended" for _, _, act in facts), facts


def test_a_call_to_widen_stays_a_call() -> None:
    facts = embargoes("Oxfam urges the Security Council to widen the arms embargo on South Sudan")
    assert facts == {("Oxfam", "South Sudan", "called_for")}, facts


def test_a_chip_embargo_widened_is_no_arms_embargo() -> None:
    assert embargoes("Washington widens chip embargo on China") == set()


# --- C: who calls: the reporter that also calls, a UN fact-finding mission, a quoted headline imperative ---


def test_the_reporter_that_also_calls_is_the_caller() -> None:
    facts = embargoes(
        "Rights group on Sudan",
        "Human Rights Watch said new rifles from abroad were reaching fighters in Darfur and called for "
        "the UN arms embargo to be enforced.",
    )
    assert ("Human Rights Watch", "Sudan", "called_for") in facts, facts


def test_a_report_then_another_caller_keeps_the_reported_clause_apart() -> None:
    # near miss: the one reporting is not the one calling when the call has its own subject
    facts = embargoes(
        "Israel reacts",
        "Israel said Amnesty International had called for an arms embargo on it.",
    )
    assert all(a != "Israel" for a, _, _ in facts), facts


@pytest.mark.parametrize(
    "summary",
    [
        "A UN fact-finding mission urged the Security Council to extend the arms embargo to all of Libya.",
        "A fact-finding mission appointed by the United Nations urged states to halt arms sales to Myanmar.",
    ],
)
def test_a_un_fact_finding_mission_is_un_experts(summary: str) -> None:
    facts = embargoes("Investigators report", summary)
    assert any(a == "UN experts" and act == "called_for" for a, _, act in facts), facts


def test_a_quoted_imperative_after_a_headline_colon_is_a_call() -> None:
    facts = embargoes("Independent UN experts: 'Halt all arms transfers to Israel'")
    assert ("UN experts", "Israel", "called_for") in facts, facts


def test_a_named_rights_group_calls() -> None:
    facts = embargoes(
        "Rights groups want embargo",
        "Fortify Rights urged governments to impose an arms embargo on Myanmar's military.",
    )
    assert ("Fortify Rights", "Myanmar", "called_for") in facts, facts


# --- A: a state reacting in a headline "after" another decides is no actor ----------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Russia rounds on Finland after Helsinki adopts a full arms embargo",
        "Russia rounds on Finland hours after Helsinki adopts a full arms embargo",
    ],
)
def test_the_state_after_after_decides(title: str) -> None:
    assert embargoes(title) == {("Finland", "Russia", "imposed")}


def test_a_decision_after_an_event_keeps_its_actor() -> None:
    # near miss: "after" introduces no subject that decides
    facts = embargoes("Norway halts arms exports to Turkey after the offensive in Syria")
    assert ("Norway", "Turkey", "imposed") in facts, facts
