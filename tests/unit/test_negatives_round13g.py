"""Hard negatives and the true items beside them, issue 10 round 13 (helper enneg13): sentences written for
these tests, not copied from any set. The dead handed back by the other side are no new toll; a running
toll a source gives on an anniversary is news, and so is a part of a new figure; a year in a later
time clause of another event dates that event; a recognition of years ago is told with a month too
("in October 2014"), and a year in a later "as ..." clause dates another state's step; a call to push
another to recognise, or a candidate's pledge, is no state's decision; an embargo that "should be
lifted" is a call to lift, no development."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo, Recognition
from tests.unit.english_facts import casualty_counts, dropped_vetoes

DAY = date(2026, 12, 7)


def _recognitions(title: str, summary: str = "") -> list[Recognition]:
    return [f for f in extract_facts(title, summary, DAY) if isinstance(f, Recognition)]


def _embargoes(title: str, summary: str = "") -> list[ArmsEmbargo]:
    return [f for f in extract_facts(title, summary, DAY) if isinstance(f, ArmsEmbargo)]


# --- the dead handed back ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Kyiv receives the bodies of 512 fallen soldiers from Moscow",
            "Officials said the handover took place at the border on Tuesday.",
        ),
        (
            "Armenia and Azerbaijan exchange the bodies of 40 troops killed in the 2020 war",
            "",
        ),
        (
            "The bodies of 73 servicemen were repatriated under a deal brokered by the Gulf state",
            "",
        ),
    ],
)
def test_remains_handed_back_are_no_new_toll(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []


def test_the_veto_names_the_remains_handed_back() -> None:
    assert "returned_remains" in dropped_vetoes(
        DAY, "Kyiv receives the bodies of 512 fallen soldiers from Moscow"
    )


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("Al-Aqsa hospital received the bodies of 27 people from Deir al-Balah after overnight strikes", 27),
        ("Rescuers pulled the bodies of 14 people from the rubble of a Kharkiv block hit by a missile", 14),
    ],
)
def test_bodies_brought_in_or_found_after_an_attack_are_the_dead(title: str, count: int) -> None:
    assert count in casualty_counts(DAY, title)


# --- a running toll on an anniversary ---------------------------------------------------------------


def test_a_running_toll_a_source_gives_on_an_anniversary_is_news() -> None:
    title = "Three years of war: Sudan death toll reaches 61,500, monitors say"
    summary = (
        "As Sudanese marked three years since the fighting began, the monitoring group said at least 61,500"
        " people had been killed since April 2023, and 83,200 wounded."
    )
    counts = casualty_counts(date(2026, 4, 16), title, summary)
    assert 61500 in counts
    assert 83200 in counts


@pytest.mark.parametrize(
    "summary",
    [
        "Crowds gathered to mark two years since the war began, honouring the 4,000 soldiers killed.",
        "Relatives laid flowers to mark 25 years since gunmen killed 300 villagers in the valley.",
    ],
)
def test_a_toll_honoured_on_an_anniversary_stays_a_commemoration(summary: str) -> None:
    assert casualty_counts(DAY, "A day of remembrance", summary) == []


def test_a_part_of_a_new_figure_is_dated_with_it() -> None:
    title = "Drone strike on Sumy kills four as region marks memorial day"
    summary = (
        "Four people, including a teenage girl, were killed when a drone hit a bus stop in Sumy overnight,"
        " the regional governor said."
    )
    counts = casualty_counts(DAY, title, summary)
    assert 4 in counts
    assert 1 in counts


def test_a_year_in_a_later_time_clause_dates_another_event() -> None:
    summary = (
        "Five people were killed when a glide bomb hit a market in Kherson on Friday, the governor said,"
        " hours before veterans gathered to remember the 1943 battle for the city."
    )
    assert casualty_counts(DAY, "Glide bomb hits Kherson market", summary) == [5]


# --- recognitions of the past and of others --------------------------------------------------------


def test_a_recognition_dated_by_month_and_year_long_ago_is_history() -> None:
    title = "Iceland and Palestine: a look back"
    summary = "In November 2011 Iceland became the first Nordic state to recognise the State of Palestine."
    assert _recognitions(title, summary) == []


def test_a_year_in_a_later_as_clause_dates_another_states_step() -> None:
    summary = (
        "Portugal will recognise the State of Palestine at the assembly next month, the prime minister said,"
        " as Iceland, a pioneer of recognition in 2011, urged more states to follow."
    )
    facts = _recognitions("Lisbon moves on Palestine", summary)
    assert [(f.actors, f.recognized, f.status) for f in facts] == [(("Portugal",), "Palestine", "announced")]


@pytest.mark.parametrize(
    "summary",
    [
        "The senator said she would push Washington to recognise Somaliland before the summit.",
        "Activists lobbied Paris for months to recognise Palestine.",
        "A parliamentary candidate in Britain said the UK would recognise Somaliland within a year.",
    ],
)
def test_a_push_on_another_or_a_candidates_pledge_is_no_decision(summary: str) -> None:
    assert _recognitions("Campaign notes", summary) == []


def test_a_state_that_pushes_ahead_still_recognises() -> None:
    facts = _recognitions("Spain pushed ahead to recognise Palestine on Tuesday despite objections")
    assert [f.actors for f in facts] == [("Spain",)]


# --- a call to lift an embargo ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Hungary's foreign minister said the EU arms embargo on Belarus should be lifted",
        "The African Union says the arms embargo on South Sudan must be eased for the army",
        "The Security Council should now lift the arms embargo on Somalia, Mogadishu said",
    ],
)
def test_an_embargo_that_should_be_lifted_is_a_call_to_lift(title: str) -> None:
    assert _embargoes(title) == []


def test_an_embargo_lifted_is_still_a_lifting() -> None:
    facts = _embargoes("The Security Council lifted the arms embargo on Somalia on Friday")
    assert [(f.target, f.action) for f in facts] == [("Somalia", "lifted")]
