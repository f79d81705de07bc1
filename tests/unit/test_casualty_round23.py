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
