"""Casualty figure families of issue 10, round 16 (helper encas16): sentences written for these tests
(not copied from any set). A toll told over an episode that lasts days is a running toll, whatever the
words of the span ("in days of fighting", "Three days of heavy fighting ... have left", "during a
four-day rampage", "a weeks-long battle", "week-long assault"; lexicon [casualty] episode_nouns), and
"since" after an "and" that joins two names ("between the army and RSF fighters in ... since Friday")
is the figure's own. One hour-long battle, a day of an offensive or days between two attacks are not.
A second group counted by the same verb ("killed 14 soldiers and 20 civilians") is a figure of its
own even when it is the larger."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.english_facts import casualty_figures

DAY = date(2026, 12, 7)


def _read(title: str, summary: str = "") -> set[tuple[int | None, str, bool]]:
    return {(f.count, f.kind, f.cumulative) for f in casualty_figures(DAY, title, summary)}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Fighting in West Kordofan",
            "At least 45 people have been killed in fighting between the army and RSF fighters in Babanusa "
            "since Friday, medics said.",
            {(45, "killed", True)},
        ),
        (
            "Clashes in Sweida",
            "Thirty-one people were killed in clashes between Druze and Bedouin fighters in Sweida that have "
            "raged since Sunday.",
            {(31, "killed", True)},
        ),
        (
            "Clashes in Catatumbo",
            "Clashes between the ELN and FARC dissidents have left 60 people dead in Catatumbo since "
            "Thursday, officials said.",
            {(60, "killed", True)},
        ),
        (
            "Coastal provinces",
            "About 700 civilians had been killed in Latakia and Tartus provinces since clashes erupted on "
            "Thursday, the monitor said.",
            {(700, "killed", True)},
        ),
        (
            "Tripoli clashes",
            "More than 120 people were killed in days of fighting around Tripoli, the health ministry said.",
            {(120, "killed", True)},
        ),
        (
            "Pokrovsk",
            "About 70 soldiers were killed during a weeks-long battle for the town of Pokrovsk, the general "
            "staff said.",
            {(70, "killed", True)},
        ),
        (
            "Ituri",
            "The rebels killed at least 90 villagers during a four-day rampage through Ituri, UN officials "
            "said.",
            {(90, "killed", True)},
        ),
        (
            "El Fasher",
            "Three days of heavy fighting in El Fasher have left 150 people dead, the army said.",
            {(150, "killed", True)},
        ),
        ("Sudan: 400 killed in week-long RSF assault on Zamzam camp", "", {(400, "killed", True)}),
        ("Monitor: 1,000 dead in days of Syria coastal violence", "", {(1000, "killed", True)}),
        (
            "Bakhmut",
            "Sixty fighters died in months of fighting for Bakhmut, a commander said.",
            {(60, "killed", True)},
        ),
    ],
)
def test_a_toll_over_an_episode_of_days_is_a_running_toll(
    title: str, summary: str, expected: set[tuple[int | None, str, bool]]
) -> None:
    assert _read(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Gao",
            "At least 20 soldiers were killed in a three-hour battle near Gao, the army said.",
            {(20, "killed", False)},
        ),
        (
            "Kharkiv",
            "Seven people were killed on the first day of the offensive near Kharkiv, officials said.",
            {(7, "killed", False)},
        ),
        (
            "Kyiv",
            "A missile hit a hospital in Kyiv, killing 15 people, two days after a strike on Dnipro.",
            {(15, "killed", False)},
        ),
        (
            "Mogadishu",
            "A car bomb killed 9 people in Mogadishu on Saturday, days after a similar attack, police said.",
            {(9, "killed", False)},
        ),
        (
            "Kherson",
            "Russian shelling killed four people in Kherson; the city declared three days of mourning.",
            {(4, "killed", False)},
        ),
    ],
)
def test_a_day_an_hour_or_days_between_attacks_are_no_span(
    title: str, summary: str, expected: set[tuple[int | None, str, bool]]
) -> None:
    assert _read(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Attack in Burkina Faso",
            "Militants killed 14 soldiers and 20 civilians in northern Burkina Faso, security sources said.",
            {(14, "killed", "soldiers"), (20, "killed", "civilians")},
        ),
        (
            "Attack in Mali",
            "Jihadists killed 9 soldiers and 3 civilians in an ambush near Gao, the army said.",
            {(9, "killed", "soldiers"), (3, "killed", "civilians")},
        ),
        (
            "Raid in Zamfara",
            "Gunmen shot dead five vigilantes and 12 villagers in Zamfara state, police said.",
            {(5, "killed", "vigilantes"), (12, "killed", "villagers")},
        ),
        (
            "Attack near Beni",
            "The attack killed two soldiers and 23 civilians near Beni, officials said.",
            {(2, "killed", "soldiers"), (23, "killed", "civilians")},
        ),
    ],
)
def test_a_second_group_of_the_same_verb_may_be_the_larger(
    title: str, summary: str, expected: set[tuple[int | None, str, str | None]]
) -> None:
    assert {(f.count, f.kind, f.victims) for f in casualty_figures(DAY, title, summary)} == expected


def test_the_second_group_says_how_it_was_read() -> None:
    (_, second) = sorted(
        casualty_figures(
            DAY, "Attack in Burkina Faso", "Militants killed 4 soldiers and 20 civilians in Djibo."
        ),
        key=lambda f: f.count or 0,
    )
    assert second.why is not None and second.why.recognizer == "same_verb_group"


@pytest.mark.parametrize(
    ("title", "summary", "country"),
    [
        (
            "Strikes on Yemen port",
            "Yemen's Houthi-run health ministry said 38 people were killed in US strikes on the port of "
            "Mokha.",
            "Yemen",
        ),
        (
            "Israel strikes on Beirut suburbs",
            "Eight people were killed in Israel strikes on the southern suburbs of Beirut, Lebanon's health "
            "ministry said.",
            "Lebanon",
        ),
        (
            "Pakistan strikes in Afghanistan",
            "The Taliban said 46 people were killed in Pakistan air strikes on Paktika in eastern "
            "Afghanistan.",
            "Afghanistan",
        ),
        (
            "Strikes on Syria",
            "At least 11 militants were killed in US-led coalition strikes on a hideout in Syria, the "
            "Pentagon said.",
            "Syria",
        ),
    ],
)
def test_a_country_that_strikes_is_not_where_the_dead_fell(title: str, summary: str, country: str) -> None:
    (figure,) = casualty_figures(DAY, title, summary)
    assert figure.location is not None and country in figure.location


def test_a_country_that_strikes_is_no_place_at_all_when_nothing_else_is_named() -> None:
    (figure,) = casualty_figures(
        DAY, "Strikes on port", "Officials said 12 people were killed in US strikes on the port."
    )
    assert figure.location is None


@pytest.mark.parametrize(
    ("title", "summary", "country"),
    [
        ("Strikes on Gaza", "Twenty people were killed in Gaza strikes on Tuesday, medics said.", "Gaza"),
        (
            "Attack in Ukraine",
            "Nine people were killed in Ukraine on Monday when a missile hit a bus.",
            "Ukraine",
        ),
        ("Sudan clashes", "Clashes in Sudan killed 14 people, medics said.", "Sudan"),
    ],
)
def test_a_place_struck_on_a_day_stays_the_place(title: str, summary: str, country: str) -> None:
    (figure,) = casualty_figures(DAY, title, summary)
    assert figure.location is not None and country in figure.location


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Coastal violence",
            "Nearly 900 civilians, most of them Alawites, had been killed in Latakia since clashes erupted "
            "on Thursday, the monitor said.",
            {(900, "killed", True)},
        ),
        (
            "Villages attacked",
            "The RSF killed over 150 villagers, including women and children, during a three-day assault on "
            "Um Kadada, lawyers said.",
            {(150, "killed", True)},
        ),
        (
            "Raids in Cabo Delgado",
            "Insurgents killed 14 civilians, several of them by beheading, in raids on villages in Cabo "
            "Delgado over four days.",
            {(14, "killed", True)},
        ),
        (
            "Syria monitor",
            "The monitor documented the killing of 600 civilians, mostly Alawites, by government forces "
            "since March 6.",
            {(600, "killed", True)},
        ),
        (
            "Sahel attacks",
            "Jihadists killed 230 soldiers, most of them conscripts, in attacks across the Sahel over the "
            "past two months.",
            {(230, "killed", True)},
        ),
        (
            "Ambush near Menaka",
            "Eighteen soldiers, two of them officers, were killed in the ambush near Menaka on Sunday, the "
            "army said.",
            {(18, "killed", False), (2, "killed", False)},
        ),
        (
            "Drones over Sumy",
            "Drones killed 9 people, most of them women, in Sumy overnight, the governor said.",
            {(9, "killed", False)},
        ),
        (
            "Strike in Khan Younis",
            "An Israeli strike killed 11 people, including five children, in Khan Younis, two days after the "
            "ceasefire collapsed.",
            {(11, "killed", False), (5, "killed", False)},
        ),
    ],
)
def test_the_span_after_an_apposition_of_the_victims_is_the_figures(
    title: str, summary: str, expected: set[tuple[int | None, str, bool]]
) -> None:
    assert _read(title, summary) == expected
