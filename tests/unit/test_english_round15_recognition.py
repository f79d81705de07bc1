"""Round 15, English recognitions: status families that recur across several authors' sets (issue 10).
Sentences are our own; each family has several phrasings and near misses that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from tests.unit.english_facts import recognitions


# a decision not yet taken, a step still under review: considering
@pytest.mark.parametrize(
    ("title", "summary", "actors", "state"),
    [
        ("Ghana says no decision yet on recognising Somaliland", "", ("Ghana",), "Somaliland"),
        ("Togo reports no decision so far about recognising Kosovo", "", ("Togo",), "Kosovo"),
        ("Chad says Kosovo recognition still under review", "", ("Chad",), "Kosovo"),
        ("Peru says Palestine recognition still under consideration", "", ("Peru",), "Palestine"),
    ],
)
def test_no_decision_yet_is_considering(
    title: str, summary: str, actors: tuple[str, ...], state: str
) -> None:
    assert recognitions(title, summary) == {(actors, state, "considering")}


# readiness whose time the same sentence leaves open: considering
@pytest.mark.parametrize(
    "title",
    [
        "Norway says it is ready to recognise Palestine, but timing open",
        "Iceland is prepared to recognise Palestine and is still weighing when to act",
        "Austria should be ready to recognise Palestine, but the cabinet said it was still assessing it",
        "Chile is ready to recognise Palestine, but there is no timetable",
    ],
)
def test_ready_with_open_timing_is_considering(title: str) -> None:
    assert {f[2] for f in recognitions(title)} == {"considering"}


@pytest.mark.parametrize(
    "title",
    [
        "Norway is ready to recognise Palestine and will do so on Friday",
        "Norway is ready to recognise Palestine, the minister said, and students marched in Oslo",
        "Norway is prepared to recognise Palestine next month",
    ],
)
def test_ready_with_a_plan_stays_announced(title: str) -> None:
    assert {f[2] for f in recognitions(title)} == {"announced"}


# a recognition put on hold or suspended together with the ties: rejected
@pytest.mark.parametrize(
    ("title", "actors", "state"),
    [
        ("Malawi has put on hold its recognition of Kosovo", ("Malawi",), "Kosovo"),
        ("Ghana puts on hold its recognition of Kosovo after talks with Belgrade", ("Ghana",), "Kosovo"),
        (
            "Peru is suspending diplomatic relations with and recognition of the Sahrawi republic",
            ("Peru",),
            "Sahrawi Arab Democratic Republic",
        ),
        (
            "Bolivia breaks off ties with and recognition of the SADR",
            ("Bolivia",),
            "Sahrawi Arab Democratic Republic",
        ),
    ],
)
def test_put_on_hold_or_suspended_with_ties_is_rejected(
    title: str, actors: tuple[str, ...], state: str
) -> None:
    assert recognitions(title) == {(actors, state, "rejected")}


def test_hold_elsewhere_is_no_withdrawal() -> None:
    # "on hold" that is not about the recognition leaves a recognition made as it is
    assert recognitions("Malawi recognises Kosovo; trade talks put on hold") == {
        (("Malawi",), "Kosovo", "done")
    }


# "not on the table", conditions not yet met, the moment not come: rejected
@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Vienna says recognition of Palestine 'not on the table' for now", ""),
        ("Denmark says conditions for recognising Palestine not yet met", ""),
        ("Denmark says conditions for recognising Palestine not met", ""),
        (
            "Danish minister speaks on Palestine",
            "The minister said Denmark would recognise Palestine only when it helps peace, and that the "
            "moment had not yet come.",
        ),
    ],
)
def test_not_on_the_table_or_not_yet_met_is_rejected(title: str, summary: str) -> None:
    assert {f[2] for f in recognitions(title, summary)} == {"rejected"}


def test_on_the_table_stays_considering() -> None:
    assert {f[2] for f in recognitions("Austria says recognising Palestine is on the table")} == {
        "considering"
    }


# a recognition held since a year is recalled, not made in this news
@pytest.mark.parametrize(
    "summary",
    [
        "Colombia said it had recognised Palestine since 2024 and asked the council to act.",
        "Brazil has recognised the State of Palestine since December 2024, the ministry recalled.",
    ],
)
def test_held_since_a_year_is_no_fact(summary: str) -> None:
    facts = extract_facts(
        "Latin American support for UN membership bid", summary, date(2025, 5, 1), language="en"
    )
    assert [f for f in facts if f.type == "recognition"] == []


@pytest.mark.parametrize(
    "summary",
    [
        "Colombia recognised Palestine on Monday, the first in the region to take the step since 2024.",
        "Colombia recognised Palestine on Monday, a step it had resisted since 2024.",
        "Colombia has recognised Palestine, the ministry said on Monday.",
    ],
)
def test_since_of_another_clause_keeps_the_fact(summary: str) -> None:
    facts = extract_facts("Colombia moves on Palestine", summary, date(2025, 5, 1), language="en")
    assert [(f.actors, f.status) for f in facts if f.type == "recognition"] == [(("Colombia",), "done")]


# states that take the same step in a clause of their own join the fact; those recalled do not
@pytest.mark.parametrize(
    ("title", "summary", "actors"),
    [
        (
            "Envoys gather at UN session",
            "Ireland's premier told the assembly that his country recognised Palestine; Spain and Norway "
            "made similar declarations later that day.",
            ("Ireland", "Norway", "Spain"),
        ),
        (
            "Envoys gather at UN session",
            "Iceland formally recognised the State of Palestine on Friday, and Slovenia announced its own "
            "recognition hours later.",
            ("Iceland", "Slovenia"),
        ),
    ],
)
def test_same_step_in_a_clause_of_its_own_joins(title: str, summary: str, actors: tuple[str, ...]) -> None:
    assert recognitions(title, summary) == {(actors, "Palestine", "done")}


@pytest.mark.parametrize(
    "summary",
    [
        "Slovenia will recognise the State of Palestine on Friday, joining Spain, which announced its own "
        "decision in May, the ministry said.",
        "Slovenia on Friday formally recognised the State of Palestine, a year after Spain and Ireland "
        "took the same step.",
    ],
)
def test_a_step_recalled_does_not_join(summary: str) -> None:
    assert {a for f in recognitions("Slovenia moves on Palestine", summary) for a in f[0]} == {"Slovenia"}


@pytest.mark.parametrize(
    "summary",
    [
        "Andorra's parliament approved recognition of the State of Palestine on Monday, while Monaco said it "
        "was still consulting.",
        "Andorra's parliament approved recognition of the State of Palestine on Monday, while neighbouring "
        "micro-state Monaco said it was still deliberating.",
    ],
)
def test_a_second_group_still_consulting_is_considering(summary: str) -> None:
    assert recognitions("Andorra acts on Palestine", summary) == {
        (("Andorra",), "Palestine", "done"),
        (("Monaco",), "Palestine", "considering"),
    }


def test_still_consulting_with_an_object_is_no_group() -> None:
    summary = (
        "Andorra recognised the State of Palestine on Monday, while Monaco was still consulting its lawyers."
    )
    assert {a for f in recognitions("Andorra acts", summary) for a in f[0]} == {"Andorra"}


# a recognition whose formal or legal effect is put off until a condition is met: a plan (announced)
@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Austria news",
            "Austria will recognise the State of Palestine at the summit next week, the chancellor said, but "
            "the recognition will only be formalised by decree once the captives are home.",
        ),
        (
            "Austria news",
            "Austria said it recognised Palestine in principle but would formalise the step only once a "
            "truce holds.",
        ),
        (
            "Austria to recognise Palestine, but only once captives are freed",
            "Austria will recognise the State of Palestine at the summit this month, the chancellor said, "
            "but the recognition will only be formalised once the captives are home.",
        ),
    ],
)
def test_effect_put_off_is_announced(title: str, summary: str) -> None:
    assert recognitions(title, summary) == {(("Austria",), "Palestine", "announced")}


def test_a_second_state_giving_legal_effect_later_is_its_own_plan() -> None:
    summary = (
        "Spain recognised the State of Palestine on Tuesday. Austria said its recognition would only be "
        "given legal effect once the captives are freed."
    )
    assert recognitions("Spain moves on Palestine", summary) == {
        (("Spain",), "Palestine", "done"),
        (("Austria",), "Palestine", "announced"),
    }


def test_formalised_at_once_stays_done() -> None:
    summary = (
        "Austria recognised the State of Palestine on Tuesday and the decree was formalised the same day."
    )
    assert recognitions("Austria acts", summary) == {(("Austria",), "Palestine", "done")}


# ties with one of China's rival governments cut in favour of the other: a switch (done + rejected)
@pytest.mark.parametrize(
    ("title", "old", "new"),
    [
        ("Tuvalu cuts ties with Taiwan in favour of China", "Taiwan", "China"),
        ("Tuvalu severs relations with Taipei in a switch to Beijing", "Taiwan", "China"),
        ("Tuvalu ends diplomatic ties with Beijing in favor of Taipei", "China", "Taiwan"),
    ],
)
def test_ties_cut_in_favour_of_the_rival_is_a_switch(title: str, old: str, new: str) -> None:
    assert recognitions(title) == {(("Tuvalu",), new, "done"), (("Tuvalu",), old, "rejected")}


@pytest.mark.parametrize(
    "title",
    [
        "Tuvalu could cut ties with Taiwan in favour of China",
        "Tuvalu rules out cutting ties with Taipei for Beijing",
        "Tuvalu cuts ties with Taiwan over fishing row",
    ],
)
def test_a_switch_not_made_is_no_fact(title: str) -> None:
    assert recognitions(title) == set()
