"""Hard negatives of issue 10, round 10 (helper enneg), by what dates a figure or frames it: sentences
written for these tests, not copied from any set. A possessive dates a year as an article does ("Rwanda's
1994 genocide"), and a present perfect after it tells a toll up to now; a war that ended long ago tells
history; an anniversary told as the time of an act dates a new act; a scenario is imagined; a trial
is about its charge."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.english_facts import casualty_counts, dropped_vetoes

DAY = date(2026, 12, 7)


# --- a possessive dates a long-past year; a present perfect tells a toll up to now


@pytest.mark.parametrize(
    "title",
    [
        "Rwanda's 1994 genocide killed 800,000 people. A new archive keeps their names",
        "Iraq's 1988 Anfal campaign left 50,000 Kurds dead, the report recalls",
        "The rebels' 1998 offensive killed 6,000 civilians in Freetown",
        "Argentina lost 649 soldiers in its 1982 war with Britain",
    ],
)
def test_a_possessive_year_long_past_is_history(title: str) -> None:
    assert casualty_counts(DAY, title) == []
    assert "history" in dropped_vetoes(DAY, title)


@pytest.mark.parametrize(
    "title",
    [
        "Russia's 2022 invasion has killed 12,000 civilians, the UN says",
        "The 2023 war has so far left 70,000 dead, the health ministry says",
    ],
)
def test_a_present_perfect_after_the_year_is_a_toll_up_to_now(title: str) -> None:
    assert casualty_counts(DAY, title) != []


# --- a war that ended long ago


@pytest.mark.parametrize(
    "title",
    [
        "The Korean War left nearly three million dead. Families still search for remains",
        "Nearly 20 million soldiers died in the First World War, a new exhibition recounts",
        "World War II killed some 70 million people, historians estimate",
        "The Iran-Iraq war claimed 500,000 lives; veterans gather in Tehran",
    ],
)
def test_a_war_that_ended_long_ago_is_history(title: str) -> None:
    assert casualty_counts(DAY, title) == []


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("Gaza war deadliest for journalists since World War II, with 180 killed", 180),
        ("Unexploded WWII bomb kills two construction workers near a front-line village in Donetsk", 2),
        ("Vietnam War veterans protest in Hanoi as militants kill 3 in a shooting", 3),
        ("Holocaust survivor among 3 killed in Hamas rocket attack on Ashkelon", 3),
        ("Israeli strike kills 20 in Gaza on Holocaust Remembrance Day", 20),
        (
            "Missile strike on Odesa kills 6 on the eve of Victory Day marking the end of "
            "the Second World War",
            6,
        ),
    ],
)
def test_a_compared_or_modifying_old_war_does_not_date_the_figure(title: str, count: int) -> None:
    assert "history" not in dropped_vetoes(DAY, title)
    assert count in casualty_counts(DAY, title)


# --- an anniversary told as the time of a new act


@pytest.mark.parametrize(
    ("title", "summary", "count"),
    [
        ("Russian strike kills 7 in Kharkiv on anniversary of full-scale invasion", "", 7),
        ("Drone attack wounds 12 in Odesa ahead of the anniversary of the war", "", 12),
        ("Car bomb kills 9 in Mogadishu on eve of anniversary of 2017 truck bombing", "", 9),
        (
            "Strike on Gaza school",
            "An airstrike killed 11 people in Gaza City, medics said, as Israelis marked two years since "
            "the attack.",
            11,
        ),
    ],
)
def test_an_anniversary_as_the_time_of_the_act_dates_a_new_act(title: str, summary: str, count: int) -> None:
    assert count in casualty_counts(DAY, title, summary)


@pytest.mark.parametrize(
    "title",
    [
        "Survivors lay wreaths for the 300 killed, on the anniversary of the bombing",
        "Hundreds gathered to remember the 57 people who died, on the tenth anniversary of the attack",
        "Israel marks anniversary of the attack in which 1,200 were killed",
    ],
)
def test_a_toll_remembered_on_an_anniversary_stays_dropped(title: str) -> None:
    assert casualty_counts(DAY, title) == []


# --- a scenario, a prediction, a trial


@pytest.mark.parametrize(
    "title",
    [
        "Pentagon fears up to 500 casualties a day in a Baltic war scenario",
        "Under the worst-case scenario, 20,000 people would be killed in the first week",
        "The simulation projected 8,000 dead in the city within days",
        "The ministry anticipates 2,000 wounded a day once the offensive begins",
    ],
)
def test_an_imagined_or_predicted_figure_is_a_forecast(title: str) -> None:
    assert casualty_counts(DAY, title) == []


def test_a_feared_toll_after_an_attack_is_still_news() -> None:
    assert casualty_counts(
        DAY, "Officials fear 40 dead after Russian strike on apartment block in Dnipro"
    ) == [40]


@pytest.mark.parametrize(
    "title",
    [
        "Guatemala ex-general goes on trial over deaths of 1,700 Ixil Maya",
        "Former militia leader stands trial over the killing of 30 villagers in Ituri",
        "Colonel faces trial for the massacre of 16 civilians in Bucha",
        "Prosecutors charge man over deaths of three soldiers in ambush",
    ],
)
def test_a_trial_is_about_its_charge(title: str) -> None:
    assert casualty_counts(DAY, title) == []
    assert "charge" in dropped_vetoes(DAY, title)


# --- what a remembrance honours, its deaths dated long past by the lead (tuned on the second set)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Poland honours 200,000 killed in the Warsaw Uprising",
            "Sirens sounded in the capital as people stood still to remember those who died in 1944.",
        ),
        (
            "Armenia remembers the 1.5 million who perished",
            "Crowds walked to the hilltop in Yerevan for those killed by Ottoman forces in 1915.",
        ),
    ],
)
def test_what_a_remembrance_honours_long_past_is_no_news(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []


@pytest.mark.parametrize(
    ("title", "summary", "count"),
    [
        (
            "Ukraine mourns 40 killed in Dnipro strike",
            "A missile hit a block of flats on Tuesday, killing 40.",
            40,
        ),
        (
            "Village honours the 12 soldiers killed in last week's ambush",
            "The funeral was held on Sunday, months after the 2021 ceasefire collapsed.",
            12,
        ),
    ],
)
def test_mourning_fresh_deaths_is_news(title: str, summary: str, count: int) -> None:
    assert count in casualty_counts(DAY, title, summary)
