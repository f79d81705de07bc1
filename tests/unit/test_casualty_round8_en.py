"""Casualty figure families of round 8 (helper r8encas): sentences written for these tests (not copied
from any set). A policing word that only names a source ("a police officer told AFP"), two counted
groups with a part between them and their verb, the hurt told by their condition, a toll that "could
rise" (a fresh attack's), a time between two joined figures, a headline's aged victim after a plural
doer's bare verb, "both" of a group, armed groups and communities as victim nouns, "the dead since
<date> include", a place named before its incident ("Odesa port strike"), a place fronted after a
report's lead, a span of months, a part of the previous sentence's running toll, and a town name the
table writes with other capitals inside it."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import CasualtyFigure


def _facts(title: str, summary: str = "") -> list[CasualtyFigure]:
    return [f for f in extract_facts(title, summary, date(2026, 12, 7)) if isinstance(f, CasualtyFigure)]


def _figures(title: str, summary: str = "") -> set[tuple[int | None, str, str]]:
    return {(f.count, f.kind, (f.victims or "").lower()) for f in _facts(title, summary)}


def _one(title: str, summary: str, count: int, kind: str) -> CasualtyFigure:
    found = [f for f in _facts(title, summary) if f.count == count and f.kind == kind]
    assert found, _facts(title, summary)
    return found[0]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a policing word that names who spoke is no crime cue
        (
            "Car bomb kills nine at army checkpoint in Baidoa",
            "A police officer told AFP the explosion also injured at least 14 soldiers; al-Shabaab said it "
            "carried out the attack.",
            {(9, "killed", "people"), (14, "injured", "soldiers")},
        ),
        # two counted groups with a part between them and their verb
        (
            "Rocket attack on Kramatorsk market",
            "Seven soldiers and 23 civilians, including four children, were injured, the governor said.",
            {(7, "injured", "soldiers"), (23, "injured", "civilians"), (4, "injured", "children")},
        ),
        # the hurt told by their condition
        (
            "Drone strike on bus in Kherson kills two",
            "Doctors said five passengers were in a serious condition.",
            {(2, "killed", "people"), (5, "injured", "passengers")},
        ),
        # a headline's aged victim after a plural doer's bare verb
        (
            "Settlers wound 14-year-old boy near Ramallah",
            "",
            {(1, "injured", "boy")},
        ),
        # "both" of a group
        (
            "Gunmen attack police post in Quetta, killing three officers",
            "Officials said both attackers were killed in the exchange of fire.",
            {(3, "killed", "officers"), (2, "killed", "attackers")},
        ),
        # an armed group and a community as victim nouns
        (
            "Afghan border clashes",
            "Pakistan's military said 45 Taliban were killed in the fighting on Sunday.",
            {(45, "killed", "taliban")},
        ),
        (
            "Clashes in Homs countryside",
            "The dead since Friday include 40 Alawite civilians and 12 security personnel, the monitor said.",
            {(40, "killed", "alawite civilians"), (12, "killed", "security personnel")},
        ),
    ],
)
def test_round8_figures(title: str, summary: str, expected: set[tuple[int | None, str, str]]) -> None:
    assert expected <= _figures(title, summary)


def test_a_time_between_joined_figures_keeps_the_victims() -> None:
    fig = _one(
        "Militia raid on Djugu village",
        "Leaders said at least 17 villagers were killed on Tuesday night and some 30 others are missing.",
        30,
        "missing",
    )
    assert fig.victims == "villagers"


def test_a_later_figure_of_one_kind_takes_the_first_victims() -> None:
    fig = _one(
        "UN monitors report",
        "The mission said 180 civilians were killed and 900 injured in May, and at least 12,000 have been "
        "killed since the invasion began.",
        12000,
        "killed",
    )
    assert fig.victims == "civilians"


def test_a_toll_that_could_rise_is_a_fresh_attacks() -> None:
    fig = _one(
        "Air strike on Kutum market kills 30",
        "A local official said the toll could rise, with 17 people in critical condition at the hospital.",
        17,
        "injured",
    )
    assert fig.cumulative is False


def test_a_place_named_before_its_incident() -> None:
    assert _one("Toll from Odesa port strike rises to 9", "", 9, "killed").location == "Odesa, Ukraine"


def test_a_place_fronted_after_a_reports_lead() -> None:
    fig = _one(
        "Over 2,000 civilians killed in Sudan's Darfur this year, UN says",
        "The office said that in Kordofan, 450 civilians had been killed over the same period.",
        450,
        "killed",
    )
    assert fig.location == "Kordofan, Sudan" or fig.location == "Sudan"
    assert fig.cumulative is True


def test_a_span_of_months_is_a_running_toll() -> None:
    fig = _one(
        "Militia violence in Ituri",
        "The UN said 83 civilians were killed in attacks by armed groups in Djugu between February and May.",
        83,
        "killed",
    )
    assert fig.cumulative is True


def test_a_part_of_the_previous_running_toll() -> None:
    fig = _one(
        "More than 500 aid seekers killed in Gaza since June, agency says",
        "The agency said 310 of them were killed near distribution points.",
        310,
        "killed",
    )
    assert fig.cumulative is True


def test_a_town_written_with_other_inner_capitals() -> None:
    fig = _one(
        "Drone strike kills eight in eastern Syria",
        "Militants killed eight soldiers near Al-Bu-Kamal on Monday, sources said.",
        8,
        "killed",
    )
    assert fig.location == "Al-Bu-Kamal, Syria"
