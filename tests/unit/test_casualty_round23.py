"""Casualty figure families of issue 10, round 23 (helper encas): sentences written for these tests
(not copied from any set). A second place's figure in a per-place list, parts told by where or when they
happened ("eight of them in ..."), a town named with its region, a region that tells an ambiguous
country apart, a whole counted across a territory."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import CasualtyFigure


def _casualties(title: str, summary: str = "") -> list[CasualtyFigure]:
    facts = extract_facts(title, summary, date(2026, 12, 6))
    return [f for f in facts if isinstance(f, CasualtyFigure)]


def _by_count(title: str, summary: str = "") -> dict[int | None, CasualtyFigure]:
    return {f.count: f for f in _casualties(title, summary)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian drones killed three people in Sumy and one in Chernihiv, officials said.",
            {3: "Sumy, Ukraine", 1: "Chernihiv, Ukraine"},
        ),
        (
            "Air strikes killed six people in Aleppo, four in Ariha and two in Saraqib on Friday.",
            {6: "Aleppo, Syria", 4: "Ariha, Syria", 2: "Saraqib, Syria"},
        ),
    ],
)
def test_each_place_of_a_per_place_list_keeps_its_own_figure(text: str, expected: dict[int, str]) -> None:
    got = _by_count(text)
    assert {n: got[n].location for n in expected if n in got} == expected
    assert all(got[n].kind == "killed" for n in expected)


def test_a_time_after_a_figure_is_no_sibling_place() -> None:
    got = _by_count("Shelling killed five people in Kherson and two in March, the governor said.")
    assert 2 not in got


def test_a_part_told_by_its_place_is_a_part_there_and_the_whole_stays_across_the_territory() -> None:
    got = _by_count(
        "Israeli fire kills 30 across Gaza",
        "Israeli strikes killed 30 Palestinians across the Gaza Strip on Monday, ten of them in a "
        "single strike on a school in Gaza City, medics said.",
    )
    assert got[30].location == "Gaza"
    assert got[10].location == "Gaza City, Gaza"
    assert got[10].victims == got[30].victims


def test_a_day_of_a_running_toll_is_no_running_toll() -> None:
    got = _by_count(
        "Fighting in Sudan's capital has killed 90 civilians since Tuesday, 25 of them on Friday alone, "
        "a doctors' union said."
    )
    assert got[90].cumulative is True
    assert got[25].cumulative is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed 12 villagers near Sabon Birni in Nigeria's Sokoto state.", "Sabon Birni, Nigeria"),
        ("A drone killed 7 traders near Bure in the Amhara region, witnesses said.", "Bure, Ethiopia"),
        ("Artillery killed 9 civilians in Minbya township of Rakhine state.", "Minbya, Myanmar"),
        ("Fighters killed 15 people after they overran Abu Zabad in West Kordofan.", "Abu Zabad, Sudan"),
    ],
)
def test_a_town_named_with_its_region_is_the_place(text: str, place: str) -> None:
    (fact,) = _casualties(text)
    assert fact.location == place


def test_a_landmark_named_with_its_city_is_not_a_town() -> None:
    (fact,) = _casualties("A strike killed 4 patients at Nasser Hospital in Khan Younis, medics said.")
    assert fact.location is not None and not fact.location.startswith("Nasser")


def test_a_region_tells_an_ambiguous_country_apart() -> None:
    (fact,) = _casualties("Rebels kill 11 in raid in Congo's North Kivu province")
    assert fact.location is not None and fact.location.endswith("DR Congo")


@pytest.mark.parametrize(
    ("title", "summary", "not_place"),
    [
        (
            "Attack kills 9 soldiers in Burkina Faso",
            "Jihadists killed nine soldiers at an army post, security sources told Reuters in Ouagadougou.",
            "Ouagadougou",
        ),
        (
            "Minister says 44 killed in assault on Zamzam camp",
            "The minister told reporters in Cairo that the assault on the Zamzam displacement camp had "
            "killed 44 people.",
            "Cairo",
        ),
    ],
)
def test_the_city_a_source_spoke_in_is_never_the_place(title: str, summary: str, not_place: str) -> None:
    facts = _casualties(title, summary)
    assert facts
    assert all(not_place not in (f.location or "") for f in facts)


def test_a_camp_attacked_is_the_place() -> None:
    (fact,) = _casualties("The assault on the Zamzam displacement camp killed 44 people, medics said.")
    assert fact.location == "Zamzam, Sudan"


def test_a_suburb_in_the_lead_wins_over_the_capital_of_the_headline() -> None:
    (fact,) = _casualties(
        "Missile strike near Kyiv kills 4",
        "A Russian missile hit a house in Irpin, outside Kyiv, killing four people, the mayor said.",
    )
    assert fact.location == "Irpin, Ukraine"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Three cadets killed as grenade goes off during drill",
            "Three cadets were killed when a grenade went off during a training session at a military "
            "academy, the army said.",
        ),
        (
            "Shell explodes at firing range, killing two gunners",
            "Two artillerymen were killed when a shell exploded in the barrel during a live-fire exercise, "
            "the defence ministry said.",
        ),
    ],
)
def test_a_military_training_accident_is_no_toll(title: str, summary: str) -> None:
    assert _casualties(title, summary) == []


def test_an_attack_on_troops_in_training_is_a_toll() -> None:
    facts = _casualties(
        "Missile strike on training ground kills 14 soldiers",
        "A ballistic missile struck soldiers during a training exercise, killing 14, the army said.",
    )
    assert [(f.count, f.kind) for f in facts] == [(14, "killed")]


def test_a_clause_that_opens_with_its_place_puts_its_figure_there() -> None:
    got = _by_count(
        "Night of drone strikes across the south",
        "In Mykolaiv, a drone killed one man near the port; in Kherson, shelling wounded six people.",
    )
    assert got[6].location == "Kherson, Ukraine"


def test_a_place_told_of_an_earlier_figure_in_the_same_headline_is_not_the_next_figures() -> None:
    got = _by_count("Shelling kills 3 in Pokrovsk as glide bomb wounds 12 in Kramatorsk")
    assert got[3].location == "Pokrovsk, Ukraine"
    assert got[12].location == "Kramatorsk, Ukraine"


def test_parts_told_by_place_one_after_another_each_keep_their_place_and_the_whole_its_own() -> None:
    got = _by_count(
        "Israeli strikes kill 25 in Gaza",
        "Israeli strikes killed 25 Palestinians on Monday, including 9 in Jabalia and 16 in Rafah, "
        "medics said.",
    )
    assert got[25].location == "Gaza"
    assert got[9].location == "Jabalia, Gaza"
    assert got[16].location == "Rafah, Gaza"


def test_people_found_dead_after_a_strike_are_a_figure_of_the_killed() -> None:
    got = _by_count("Twelve sailors were missing and three were found dead after a missile hit their ship.")
    assert (got[12].kind, got[3].kind) == ("missing", "killed")


def test_one_count_in_two_towns_is_two_figures() -> None:
    facts = _casualties(
        "Drones kill 4 across the south",
        "In Kherson, two people died when a drone hit a car; in Nikopol, two more were killed at a market.",
    )
    assert sorted(f.location or "" for f in facts if f.count == 2) == ["Kherson, Ukraine", "Nikopol, Ukraine"]


def test_a_headline_with_one_count_in_two_towns_keeps_both() -> None:
    facts = _casualties("Drones kill 2 in Sumy and 2 in Kharkiv")
    assert sorted(f.location or "" for f in facts) == ["Kharkiv, Ukraine", "Sumy, Ukraine"]


def test_a_sentence_that_opens_with_a_town_puts_its_figure_there() -> None:
    (fact,) = _casualties("In Marhanets, four people were killed by shelling overnight.")
    assert fact.location == "Marhanets, Ukraine"


def test_a_bus_depot_is_where_an_attack_struck_not_a_road_accident() -> None:
    got = _by_count(
        "Night of missile strikes on Kryvyi Rih",
        "A missile hit a block of flats; five people were killed and 12 injured at a bus depot nearby.",
    )
    assert (got[5].kind, got[12].kind) == ("killed", "injured")


def test_a_bus_crash_by_a_bus_station_is_still_an_accident() -> None:
    assert (
        _casualties("Bus overturns near bus station, killing 9", "Nine passengers died, police said.") == []
    )


def test_a_region_naming_its_town_gives_the_town() -> None:
    (fact,) = _casualties("Dozens killed as fighters storm North Darfur town of Mellit, residents say")
    assert fact.location == "Mellit, Sudan"


def test_a_part_told_by_what_its_people_were_doing_is_a_part_with_its_own_place() -> None:
    got = _by_count(
        "Israeli strikes across Gaza kill 30 since dawn",
        "Israeli strikes across the Gaza Strip have killed 30 people since dawn, among them 11 who were "
        "waiting for aid in Rafah, medics said.",
    )
    assert got[30].location == "Gaza"
    assert (got[11].location, got[11].victims) == ("Rafah, Gaza", got[30].victims)
