"""Casualty figure families of issue 10, round 27/28 (helper encas): sentences written for these tests
(not copied from any set). A force's kill words ("neutralised", "eliminated", "took out"), the one town a
lead names within a figure's region or near its city, "hurting N", "N of them fatal", a part no larger
than its whole, "killing one woman", two groups joined by "and", the dead counted by their names, the
missing under the rubble, "a man and his N children", "killed or maimed", tolls over the past weeks or
this year."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import CasualtyFigure


def _casualties(title: str, summary: str = "") -> list[CasualtyFigure]:
    facts = extract_facts(title, summary, date(2026, 12, 7))
    return [f for f in facts if isinstance(f, CasualtyFigure)]


def _figures(title: str, summary: str = "") -> set[tuple[int | None, str]]:
    return {(f.count, f.kind) for f in _casualties(title, summary)}


@pytest.mark.parametrize(
    ("text", "count", "victims"),
    [
        (
            "Chadian troops neutralised 41 Boko Haram fighters near Bol, the army said.",
            41,
            "Boko Haram fighters",
        ),
        ("The army said 9 insurgents were eliminated in a dawn raid near Ouallam.", 9, "insurgents"),
        ("Drones took out dozens of jihadists gathering near Mopti, officials said.", None, "jihadists"),
        ("Six attackers were sent to hell in the exchange of fire near Tank, the army said.", 6, "attackers"),
    ],
)
def test_a_force_kill_word_counts_armed_enemies(text: str, count: int | None, victims: str) -> None:
    got = [f for f in _casualties(text) if f.count == count]
    assert got and got[0].kind == "killed" and got[0].victims == victims


@pytest.mark.parametrize(
    "text",
    [
        "Engineers neutralised 12 unexploded shells found near a school, police said.",
        "Ghana eliminated 3 rivals to reach the final of the tournament.",
    ],
)
def test_a_force_kill_word_without_an_armed_enemy_is_no_figure(text: str) -> None:
    assert _casualties(text) == []


@pytest.mark.parametrize(
    ("title", "summary", "place"),
    [
        (
            "Eleven killed in bandit raid in Katsina",
            "Bandits killed eleven villagers in a night raid on Yargoje in Katsina State, police said.",
            "Yargoje, Nigeria",
        ),
        (
            "Shelling of Zaporizhzhia region kills two",
            "Russian shells hit houses in Stepnohirsk near Zaporizhzhia, killing two people, officials said.",
            "Stepnohirsk, Ukraine",
        ),
        (
            "Drone strike kills five in Afghanistan's Khost",
            "Five civilians died in drone strikes on Spera district overnight, a local official said.",
            "Spera, Afghanistan",
        ),
    ],
)
def test_the_one_town_the_lead_names_within_the_region(title: str, summary: str, place: str) -> None:
    got = _casualties(title, summary)
    assert got and all(f.location == place for f in got)


def test_a_district_of_a_city_stays_the_city() -> None:
    got = _casualties(
        "Shelling of Kharkiv's Kholodnohirskyi district kills three",
        "Russian shells hit Kharkiv's Kholodnohirskyi district, killing three people, the mayor said.",
    )
    assert got and all(f.location == "Kharkiv, Ukraine" for f in got)


def test_hurting_a_group_and_a_lone_victim_among_them() -> None:
    got = _figures(
        "Settlers attack West Bank village",
        "Settlers raided Burqa, hurting five Palestinians, among them an elderly woman, medics said.",
    )
    assert {(5, "injured"), (1, "injured")} <= got


def test_casualties_and_the_fatal_part_of_them() -> None:
    got = _figures("Shelling of Nikopol leaves nine casualties, two of them fatal")
    assert {(9, "killed_and_injured"), (2, "killed")} <= got


def test_a_part_is_no_larger_than_its_whole() -> None:
    got = _casualties("Missile kills one, wounds 17, among them three children, in Sumy")
    assert not [f for f in got if f.kind == "killed" and f.count == 3]
    assert (3, "injured") in {(f.count, f.kind) for f in got}


def test_one_victim_named_after_one() -> None:
    got = [
        f
        for f in _casualties("A drone hit a car in Kupiansk, killing one teacher, officials said.")
        if f.count == 1
    ]
    assert got and got[0].victims == "teacher"


def test_two_groups_joined_by_and_are_one_figure() -> None:
    got = _casualties(
        "At least 40 policemen and vigilantes were killed when gunmen stormed Mubi, officials said."
    )
    assert [(f.count, f.victims) for f in got] == [(40, "policemen and vigilantes")]


def test_the_dead_counted_by_their_names() -> None:
    got = _figures(
        "Attack on Darfur town",
        "Dozens were killed in the RSF assault on Kutum, and activists published the names of 23 victims.",
    )
    assert (23, "killed") in got


def test_the_missing_under_the_rubble() -> None:
    got = _figures(
        "Missile hits Odesa block",
        "A Russian missile killed four people in Odesa; three residents are believed to be under the rubble.",
    )
    assert {(4, "killed"), (3, "missing")} <= got


def test_a_man_and_his_children() -> None:
    got = _figures(
        "Strike kills family in Deir al-Balah",
        "A strike killed a woman and her four children in Deir al-Balah.",
    )
    assert {(1, "killed"), (4, "killed")} <= got


def test_killed_or_maimed_is_one_figure_of_both_kinds() -> None:
    assert (7, "killed_and_injured") in _figures(
        "Landmine killed or maimed 7 shepherds near Kadugli, medics said."
    )


@pytest.mark.parametrize(
    "text",
    [
        "About 90 people have been killed over the past three weeks in clashes near Kidal, medics said.",
        "The UN said 820 civilians had been killed in air strikes in Sudan this year.",
    ],
)
def test_a_toll_over_past_weeks_or_this_year_is_running(text: str) -> None:
    got = _casualties(text)
    assert got and all(f.cumulative for f in got)


def test_fighting_a_fire_is_no_armed_fighting() -> None:
    assert (
        _casualties(
            "Nine firefighters and volunteers were killed fighting wildfires in Evros, officials said."
        )
        == []
    )


def test_bodies_a_hospital_received_are_the_dead_with_their_parts() -> None:
    got = _figures(
        "Strikes on Gaza",
        "Gaza's hospitals received 61 bodies, 19 of them women, over the past 24 hours, the ministry said.",
    )
    assert {(61, "killed"), (19, "killed")} <= got


def test_remains_handed_back_are_no_toll() -> None:
    assert _casualties("The Red Cross said Israel returned 15 bodies to Gaza under the exchange deal.") == []


def test_the_wounded_who_died_are_people() -> None:
    got = [
        f
        for f in _casualties("The Quetta blast toll rose as two of the wounded died in hospital on Monday.")
        if f.count == 2
    ]
    assert got and got[0].kind == "killed" and got[0].victims == "people"
