"""Hard negatives and missed items of issue 10, round 27 (helper enneg): sentences written for these
tests, not copied from any set. Troops restoring order in a prison or a riot are policing; football
crowds are crime, not war; a work's plot ("the film follows ...") is fiction; an aircraft shot down is
an attack, not an accident; a crime word is outweighed by an attacker of armed conflict; a possessive
before the count ("killing its two pilots")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import explain_item, extract_facts
from bot.core.model import CasualtyFigure

DAY = date(2026, 12, 7)


def _counts(title: str, summary: str = "") -> list[int | None]:
    return [f.count for f in extract_facts(title, summary, DAY) if isinstance(f, CasualtyFigure)]


def _vetoes(title: str, summary: str = "") -> set[str]:
    return {d.veto for d in explain_item(title, summary, DAY).dropped}


# --- troops restoring order in a crime item are no word of armed conflict


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Nine prisoners dead after gang fight at Honduran jail",
            "Rival gangs fought with machetes inside the penitentiary until soldiers restored order, the "
            "prison authority said.",
        ),
        (
            "Riot in Venezuelan prison leaves 7 inmates dead",
            "The national guard took control of the facility on Sunday after inmates set mattresses alight.",
        ),
    ],
)
def test_troops_restoring_order_in_a_prison_are_policing(title: str, summary: str) -> None:
    assert _counts(title, summary) == []
    assert "crime_not_war" in _vetoes(title, summary)


def test_troops_fighting_a_cartel_stay_armed_conflict_words() -> None:
    title = "Soldiers kill 6 cartel gunmen in Michoacán shootout"
    summary = "Army troops came under fire from cartel gunmen near Apatzingán and returned fire."
    assert 6 in _counts(title, summary)


# --- football crowds


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Eleven officers injured as hooligans riot after cup final",
            "Police said eleven officers were hurt when supporters hurled stones outside the ground.",
        ),
        (
            "Rival fans clash in Marseille; 5 hurt",
            "Five people were injured in brawls in the Old Port before the match, the prefecture said.",
        ),
    ],
)
def test_football_crowd_violence_is_no_conflict_figure(title: str, summary: str) -> None:
    assert _counts(title, summary) == []


# --- a work's plot


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Berlinale opens with Aleppo story",
            "The movie, a French-Syrian co-production, follows a nurse during the siege in which thousands "
            "of civilians were killed.",
        ),
        (
            "Stage premiere in Sarajevo",
            "The play is set during the 1990s siege, when a sniper killed 11 people queuing for bread.",
        ),
    ],
)
def test_a_figure_in_a_works_plot_is_fiction(title: str, summary: str) -> None:
    assert _counts(title, summary) == []


def test_a_series_of_strikes_is_no_work() -> None:
    summary = "The series of strikes follows a week of shelling; 12 people were killed in Kherson on Monday."
    assert 12 in _counts("Russian strikes kill 12 in Kherson", summary)


# --- an aircraft shot down


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters shot down a Saudi-led coalition helicopter over Marib, killing three crew.",
        "Insurgents shoot down a military plane in Somalia, killing 4 soldiers on board.",
    ],
)
def test_an_aircraft_shot_down_is_an_attack(text: str) -> None:
    assert _counts(text) != []


def test_an_aircraft_that_crashed_stays_an_accident() -> None:
    assert _counts("A military helicopter crashed in bad weather near Kunduz, killing five crew.") == []


# --- a crime word and an attacker of armed conflict


def test_a_stabbing_by_an_assailant_in_a_conflict_item_is_violence() -> None:
    title = "Two soldiers hurt in stabbing near Hebron"
    summary = "An assailant stabbed two Israeli soldiers at a checkpoint near Hebron, the army said."
    assert _counts(title, summary) != []


def test_a_stabbing_without_conflict_words_stays_crime() -> None:
    title = "Three stabbed outside Birmingham nightclub"
    summary = "An assailant stabbed three men after an argument in the queue, West Midlands police said."
    assert _counts(title, summary) == []


# --- a possessive before the count


def test_a_possessive_before_the_count_is_read() -> None:
    assert _counts("A drone struck the ambulance near Bakhmut, killing its two medics.") == [2]
