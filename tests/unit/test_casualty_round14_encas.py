"""Issue 10, round 14, English casualty figures and hard negatives tuned on the pool of sets written by
separate authors (helper encas14): only families that recur across authors (or a general one-author
family that is cheap). Every sentence here is this file's own (none is text of a set or a corpus).

Families: a violence word that names who holds the ground, who rules or who speaks does not outweigh a
disaster in the figure's clause; arson ("set homes on fire") is no blaze; a force verb or its counted
enemy in quotes; a force's claim about its enemy is not the whole figure said again; a span or "since"
after a count of the displaced, or after "in and around", is the figure's; a part with its own casualty
word or its own day; "since launching ... in <year>" is no history; one victim missing, one attacker
killed; a headline's "after <victim> killed"; a vague headline figure that says no scope is the running
figure within its range."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import explain_item, extract_facts
from bot.core.model import CasualtyFigure

_DAY = date(2026, 12, 7)


def _figures(title: str, summary: str = "", day: date = _DAY) -> list[CasualtyFigure]:
    return [f for f in extract_facts(title, summary, day) if isinstance(f, CasualtyFigure)]


def _by_count(title: str, summary: str = "", day: date = _DAY) -> dict[int | None, CasualtyFigure]:
    return {f.count: f for f in _figures(title, summary, day)}


# --- a disaster stays a disaster when a violence word only names the ground, the ruler or the speaker ---


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Gold mine collapse near Mambasa kills 40",
            "A gold mine collapsed near Mambasa, in a zone held by ADF rebels, killing at least 40 "
            "diggers, a rebel-appointed administrator said.",
        ),
        (
            "Landslide buries hillside village, 60 dead",
            "A landslide buried a hillside village in an area controlled by Kachin rebels, killing 60 "
            "people, a rebel-run news outlet reported.",
        ),
        (
            "Flash floods kill 85 in camps",
            "Flash floods swept through camps sheltering families already uprooted by the Ansar Dine "
            "insurgency, killing at least 85 people, officials said.",
        ),
        ("Cyclone toll climbs to 1,200, junta says", ""),
        (
            "Quake toll rises to 900",
            "The toll from Sunday's earthquake has risen to 900, the militia-appointed governor said.",
        ),
    ],
)
def test_a_disaster_in_a_place_held_or_run_by_an_armed_group_is_no_casualty_figure(
    title: str, summary: str
) -> None:
    assert _figures(title, summary) == []


def test_rebels_who_caused_the_deaths_still_outweigh_the_disaster_word() -> None:
    got = _by_count(
        "Rebels shell flooded camp, killing 14", "Rebels shelled a flooded camp, killing 14 people."
    )
    assert 14 in got


def test_a_strike_in_a_rebel_held_town_is_still_violence() -> None:
    got = _by_count(
        "Air strike on rebel-held market kills 22",
        "An air strike hit a market in a rebel-held town, killing 22 people, the rebel-run health office "
        "said.",
    )
    assert 22 in got


@pytest.mark.parametrize(
    "summary",
    [
        "Gang members killed at least 45 people in the town of Lavale and set scores of houses on fire.",
        "Gang members killed at least 45 people and set homes and a church on fire, witnesses said.",
    ],
)
def test_houses_set_on_fire_by_killers_are_no_blaze(summary: str) -> None:
    dropped = explain_item("Killings in farming town", summary, _DAY).dropped
    assert not any(d.veto == "disaster" for d in dropped), dropped


def test_a_house_that_caught_fire_is_still_a_blaze() -> None:
    assert _figures("House fire kills six", "Six people died when their house caught fire on Sunday.") == []


# --- a force's words in quotes, and its claim about the enemy ------------------------------------------


@pytest.mark.parametrize(
    "summary",
    [
        "The army said 'dozens of bandits' were neutralised in the counter-attack.",
        "The army said it had 'neutralised' dozens of bandits.",
        "The army said it had \u2018eliminated\u2019 scores of insurgents.",
    ],
)
def test_a_quoted_force_verb_or_quoted_enemy_is_still_a_vague_figure(summary: str) -> None:
    got = _figures(
        "Jihadists kill four soldiers at border post",
        "Four soldiers were killed at a border post. " + summary,
    )
    assert any(f.count is None and f.kind == "killed" for f in got), got


def test_a_forces_claim_about_the_attackers_is_a_second_figure() -> None:
    got = _figures(
        "Fighters kill up to 150 in assault on Dori",
        "Fighters killed as many as 150 people in an assault on Dori, while the army said it had neutralised "
        "dozens of assailants.",
    )
    assert {f.count for f in got} >= {150, None}, got


def test_a_vague_headline_figure_is_still_the_leads_figure_said_again() -> None:
    got = _figures(
        "Dozens killed in attack on Dori", "Fighters killed 43 people in an attack on Dori on Friday."
    )
    assert [f.count for f in got] == [43]


# --- the span or "since" after a count of the displaced, or after "in and around" -----------------------


@pytest.mark.parametrize(
    "summary",
    [
        "The fighting has killed at least 90 people and displaced more than 20,000 since Monday.",
        "At least 90 people have been killed and more than 20,000 displaced in six days of fighting.",
        "At least 90 people were killed and some 20,000 people were displaced over four days of clashes.",
    ],
)
def test_a_span_after_a_count_of_the_displaced_makes_a_running_toll(summary: str) -> None:
    got = _by_count("Clashes in border province", summary)
    assert got[90].cumulative is True, got[90].why


def test_a_day_after_a_count_of_the_displaced_stays_one_day() -> None:
    got = _by_count(
        "Clashes in border province",
        "At least 90 people were killed and more than 20,000 displaced on Monday, officials said.",
    )
    assert got[90].cumulative is False, got[90].why


def test_in_and_around_a_city_since_a_day_is_a_running_toll_for_both_figures() -> None:
    got = _by_count(
        "Fighting for Bukavu",
        "About 400 people have been killed and 1,900 wounded in and around Bukavu since Friday.",
    )
    assert got[400].cumulative is True and got[1900].cumulative is True, (got[400].why, got[1900].why)


# --- a part with its own casualty word or its own day ----------------------------------------------------


def test_a_part_that_names_its_own_kind_keeps_it() -> None:
    got = _by_count(
        "Strikes on Lebanon since 2023 have killed 4,100",
        "Strikes since October 2023 have killed 4,100 people and wounded 16,800, the ministry said on "
        "Monday, including 31 people killed in the past day.",
    )
    assert got[31].kind == "killed", got[31].why
    assert got[31].cumulative is False, got[31].why


@pytest.mark.parametrize(
    "summary",
    [
        "The ministry said 80,200 people had been killed since October 2023, including 61 bodies brought "
        "to hospitals in the past 48 hours.",
        "The ministry said 80,200 people had been killed since October 2023, including 61 in the past day.",
    ],
)
def test_a_part_told_of_the_past_day_is_the_days_figure(summary: str) -> None:
    got = _by_count("Gaza toll passes 80,000", summary)
    assert got[61].cumulative is False, got[61].why
    assert got[80200].cumulative is True


def test_a_part_without_a_day_of_its_own_stays_running() -> None:
    got = _by_count(
        "Gaza toll passes 80,000",
        "The ministry said 80,200 people had been killed since October 2023, including 21,000 children.",
    )
    assert got[21000].cumulative is True, got[21000].why


# --- "since launching ... in <year>" dates the start of what still goes on ------------------------------


def test_losses_since_an_invasion_launched_years_ago_are_a_running_toll() -> None:
    got = _by_count(
        "Kyiv says Russian losses pass 1.1 million",
        "Russia has lost about 1,100,000 troops killed or wounded since launching its invasion in "
        "February 2022, the General Staff said on Monday, including 990 in the past day.",
        date(2026, 3, 2),
    )
    assert got[1100000].cumulative is True
    assert got[990].cumulative is False, got[990].why


def test_a_war_dated_years_ago_without_since_is_still_history() -> None:
    got = _figures(
        "Veterans gather in Grozny",
        "Russian forces killed about 40,000 civilians in the city in December 1994.",
        date(2026, 3, 2),
    )
    assert got == []


# --- one victim missing, one attacker killed, a headline's "after <victim> killed" ---------------------


@pytest.mark.parametrize(
    ("summary", "kind", "victims"),
    [
        (
            "Gunmen killed five travellers on the road to Zhob. One passenger is still unaccounted for.",
            "missing",
            "passenger",
        ),
        ("Gunmen killed five travellers on the road to Zhob. A driver remains missing.", "missing", "driver"),
        (
            "Gunmen killed five guards at the post, police said. One attacker was killed in the firefight.",
            "killed",
            "attacker",
        ),
        ("Two soldiers were killed and a third soldier is missing after the ambush.", "missing", "soldier"),
    ],
)
def test_one_victim_missing_or_one_attacker_killed_is_a_figure_of_one(
    summary: str, kind: str, victims: str
) -> None:
    got = _figures("Attack in Balochistan", summary)
    ones = [f for f in got if f.count == 1]
    assert ones and ones[0].kind == kind and ones[0].victims == victims, got


def test_a_missing_child_outside_conflict_news_is_no_figure() -> None:
    assert _figures("Search in Brighton", "A boy is still missing after he went swimming, police said.") == []


@pytest.mark.parametrize(
    "title",
    [
        "Four dead in Misrata clashes after brigade commander killed",
        "Clashes after militia commander shot dead",
    ],
)
def test_a_headlines_victim_killed_after_which_clashes_broke_out_is_one_killed(title: str) -> None:
    got = _figures(title, "Fighting broke out overnight, leaving several people dead, the hospital said.")
    assert any(f.count == 1 and f.kind == "killed" for f in got), got


def test_after_a_leaders_speech_is_no_victim() -> None:
    got = _figures("Clashes after leader speaks", "Four people were killed in clashes after the speech.")
    assert [f.count for f in got] == [4]


# --- a hedged round figure takes the victims of the exact figure it rounds ------------------------------


@pytest.mark.parametrize(
    ("title", "summary", "round_count", "victims"),
    [
        (
            "Gaza death toll passes 80,000, ministry says",
            "The ministry said 80,341 Palestinians had been killed since October 2023.",
            80000,
            "Palestinians",
        ),
        (
            "Nearly 500 killed in a month of fighting in Darfur",
            "The UN said 482 civilians had been killed in a month of fighting around Tawila.",
            500,
            "civilians",
        ),
        (
            "Toll of Sumy strike tops 30",
            "At least 33 civilians were killed when two missiles struck the city centre of Sumy.",
            30,
            "civilians",
        ),
    ],
)
def test_a_round_figure_takes_the_victims_of_the_figure_it_rounds(
    title: str, summary: str, round_count: int, victims: str
) -> None:
    got = _by_count(title, summary)
    assert got[round_count].victims == victims, got[round_count].why


def test_a_round_figure_far_from_the_named_one_keeps_its_own_victims() -> None:
    got = _by_count(
        "Gaza death toll passes 80,000, ministry says",
        "Israeli strikes killed 41 Palestinians across Gaza on Monday, the ministry said.",
    )
    assert got[80000].victims in (None, "people")


def test_a_round_figure_of_another_kind_keeps_its_own_victims() -> None:
    got = _figures(
        "More than 30 killed in Sumy strike",
        "Two missiles struck the centre of Sumy, and 33 children were among the wounded, officials said.",
    )
    killed = [f for f in got if f.kind == "killed" and f.count == 30]
    assert killed and killed[0].victims in (None, "people"), got
