"""Casualty figure families of issue 10, round 16 second wave (helper encas2w16): sentences written for
these tests (not copied from any set). Parts of a toll told in lists the readers missed: a part whose
"among them" follows it ("killed 40 villagers, six women among them"), the further parts of "N of them"
("ten of them Indian nationals and two from Nepal", "17 of them soldiers and four civilians"), parts
listed in the next sentence ("They include 12 civilians and 30 fighters", "Among them are 40
peacekeepers"), and a part named by whose it was ("including the mayor's two guards", which is no
single victim). Near-misses: a group with its own casualty word is no part, parts larger than their
whole are not taken, and a list in the next sentence with no casualty figure before it is nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.english_facts import casualty_figures

DAY = date(2026, 12, 7)


def _figures(title: str, summary: str = "") -> set[tuple[int | None, str]]:
    return {(f.count, f.kind) for f in casualty_figures(DAY, title, summary)}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Gunmen raid village in Zamfara",
            "Gunmen killed 40 villagers, six women among them, in a raid on Kaura Namoda on Sunday, police "
            "said.",
            {(40, "killed"), (6, "killed")},
        ),
        (
            "Shelling hits Donetsk market",
            "Shelling of a market in Donetsk wounded 22 people, three children among them, officials said.",
            {(22, "injured"), (3, "injured")},
        ),
        (
            "Blast at Kabul school",
            "A bomb at a school in Kabul killed 15 people, with eight pupils among them, the ministry said.",
            {(15, "killed"), (8, "killed")},
        ),
        (
            "Clashes in Tripoli",
            "At least 55 people have been killed in clashes in Tripoli since Monday, the health ministry "
            "said. They include 12 civilians and 30 fighters.",
            {(55, "killed"), (12, "killed"), (30, "killed")},
        ),
        (
            "Strikes on Khan Younis",
            "Israeli strikes killed 31 people in Khan Younis on Friday, medics said. They included nine "
            "children.",
            {(31, "killed"), (9, "killed")},
        ),
        (
            "Fighting in Goma",
            "Some 700 people have been killed in fighting in Goma this week, the UN said. Among them are 40 "
            "peacekeepers.",
            {(700, "killed"), (40, "killed")},
        ),
        (
            "Ambush in Tillaberi",
            "Militants killed 21 soldiers and civilians near Tillaberi, 17 of them soldiers and four "
            "civilians, the army said.",
            {(21, "killed"), (17, "killed"), (4, "killed")},
        ),
        (
            "Raid in Kashmir",
            "Gunmen killed 12 pilgrims near Reasi on Sunday, ten of them Indian nationals and two from "
            "Nepal, police said.",
            {(12, "killed"), (10, "killed"), (2, "killed")},
        ),
        (
            "Mortar fire in Mogadishu",
            "Mortar fire killed six people in Mogadishu, including two of the mayor's guards, police said.",
            {(6, "killed"), (2, "killed")},
        ),
        (
            "Wedding strike in Darfur",
            "At least 20 people, including the groom's three brothers, were killed when a drone struck a "
            "wedding in Darfur.",
            {(20, "killed"), (3, "killed")},
        ),
    ],
)
def test_parts_of_a_toll(title: str, summary: str, expected: set[tuple[int | None, str]]) -> None:
    assert _figures(title, summary) >= expected


@pytest.mark.parametrize(
    ("title", "summary", "expected", "absent"),
    [
        # a group with its own casualty word after "N of them" is no part of the whole
        (
            "Raid on Jenin",
            "Israeli forces killed nine people in Jenin, five of them fighters, and 20 were wounded.",
            {(9, "killed"), (5, "killed"), (20, "injured")},
            {(20, "killed")},
        ),
        # parts larger than their whole, together: not the whole's parts
        (
            "Strikes on Rafah",
            "Strikes killed 10 people in Rafah on Monday. They include 30 children and 40 women.",
            {(10, "killed")},
            {(30, "killed"), (40, "killed")},
        ),
        # a list opened by a casualty word is read as its own figure, of that word's kind
        (
            "Shelling of a camp in Darfur",
            "At least 30 people were killed and 12 wounded when shells hit a camp near Nyala on Monday. "
            "Among the dead were five children.",
            {(30, "killed"), (12, "injured"), (5, "killed")},
            {(5, "injured")},
        ),
        # the groom is no lone victim beside his counted brothers
        (
            "Wedding strike in Darfur",
            "At least 20 people, including the groom's three brothers, were killed in Darfur.",
            {(20, "killed")},
            {(1, "killed")},
        ),
    ],
)
def test_parts_near_misses(
    title: str, summary: str, expected: set[tuple[int | None, str]], absent: set[tuple[int | None, str]]
) -> None:
    got = _figures(title, summary)
    assert got >= expected
    assert not got & absent


def test_a_list_with_no_figure_before_is_nothing() -> None:
    summary = "Delegates met in Doha on Monday. They include 12 ministers."
    assert _figures("Talks in Doha", summary) == set()


# the whole told with where its people were before its parts and its verb: "Nine people in Mopti, seven
# of them soldiers, were killed" (the part list between a figure and its verb after "in <Place>")
@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Nine people in Mopti, seven of them soldiers, were killed on Thursday, the army said.",
            {(9, "killed"), (7, "killed")},
        ),
        (
            "At least 40 people in Gaza, including 12 children, were killed in Israeli strikes overnight.",
            {(40, "killed"), (12, "killed")},
        ),
        (
            "Some 25 civilians in El Fasher, among them eight women, died when shells hit a market.",
            {(25, "killed"), (8, "killed")},
        ),
        (
            "Eleven people in Kharkiv Oblast, three of them children, were wounded in a drone attack.",
            {(11, "injured"), (3, "injured")},
        ),
        (
            "Fifteen people in Chad, 12 of them herders and one a soldier, have been killed since Monday.",
            {(15, "killed"), (12, "killed"), (1, "killed")},
        ),
    ],
)
def test_whole_with_its_place_before_its_parts(summary: str, expected: set[tuple[int | None, str]]) -> None:
    assert _figures("Attack", summary) >= expected
