"""Hard negatives and missed items of issue 10, round 27 (helper enneg): sentences written for these
tests, not copied from any set. Troops restoring order in a prison or a riot are policing; football
crowds are crime, not war; a work's plot ("the film follows ...") is fiction; an aircraft shot down is
an attack, not an accident; a crime word is outweighed by an attacker of armed conflict; a possessive
before the count ("killing its two pilots")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.english_facts import casualty_counts, dropped_vetoes

DAY = date(2026, 12, 7)


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
    assert casualty_counts(DAY, title, summary) == []
    assert "crime_not_war" in dropped_vetoes(DAY, title, summary)


def test_troops_fighting_a_cartel_stay_armed_conflict_words() -> None:
    title = "Soldiers kill 6 cartel gunmen in Michoacán shootout"
    summary = "Army troops came under fire from cartel gunmen near Apatzingán and returned fire."
    assert 6 in casualty_counts(DAY, title, summary)


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
    assert casualty_counts(DAY, title, summary) == []


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
    assert casualty_counts(DAY, title, summary) == []


def test_a_series_of_strikes_is_no_work() -> None:
    summary = "The series of strikes follows a week of shelling; 12 people were killed in Kherson on Monday."
    assert 12 in casualty_counts(DAY, "Russian strikes kill 12 in Kherson", summary)


# --- an aircraft shot down


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters shot down a Saudi-led coalition helicopter over Marib, killing three crew.",
        "Insurgents shoot down a military plane in Somalia, killing 4 soldiers on board.",
    ],
)
def test_an_aircraft_shot_down_is_an_attack(text: str) -> None:
    assert casualty_counts(DAY, text) != []


def test_an_aircraft_that_crashed_stays_an_accident() -> None:
    assert (
        casualty_counts(DAY, "A military helicopter crashed in bad weather near Kunduz, killing five crew.")
        == []
    )


# --- a crime word and an attacker of armed conflict


def test_a_stabbing_by_an_assailant_in_a_conflict_item_is_violence() -> None:
    title = "Two soldiers hurt in stabbing near Hebron"
    summary = "An assailant stabbed two Israeli soldiers at a checkpoint near Hebron, the army said."
    assert casualty_counts(DAY, title, summary) != []


def test_a_stabbing_without_conflict_words_stays_crime() -> None:
    title = "Three stabbed outside Birmingham nightclub"
    summary = "Three men were wounded when an assailant stabbed them in the queue, West Midlands police said."
    assert casualty_counts(DAY, title, summary) == []


# --- a possessive before the count


def test_a_possessive_before_the_count_is_read() -> None:
    assert casualty_counts(DAY, "A drone struck the ambulance near Bakhmut, killing its two medics.") == [2]


# --- a terror designation's lead gives the group's past killings


def test_a_terror_designation_gives_past_killings_not_news() -> None:
    title = "New Zealand designates Sahel jihadist group a terrorist entity"
    summary = (
        "Wellington said the group was responsible for hundreds of killings of civilians across the region."
    )
    assert casualty_counts(DAY, title, summary) == []
    assert "designation" in dropped_vetoes(DAY, title, summary)


def test_an_attack_dated_as_new_in_a_designation_item_stays() -> None:
    title = "Japan lists militia as a terrorist organisation"
    summary = "The militia killed 9 soldiers in an ambush near Beni on Monday, the army said."
    assert 9 in casualty_counts(DAY, title, summary)


# --- forecasts with other verbs than "kill"


@pytest.mark.parametrize(
    "text",
    [
        "Russia could suffer 40,000 more casualties next year at the current rate, analysts estimate.",
        "A second front would see 12,000 casualties in the first month, the study said.",
    ],
)
def test_a_forecast_with_lose_suffer_or_see_is_no_figure(text: str) -> None:
    assert casualty_counts(DAY, text) == []


# --- a war word alone in quotes is figurative


def test_a_quoted_war_word_is_figurative() -> None:
    title = "Paris streets a 'battlefield' as PSG fans celebrate title"
    summary = "Four people were injured and 30 cars torched as fans partied through the night, police said."
    assert casualty_counts(DAY, title, summary) == []


def test_an_attack_quoted_as_a_claim_keeps_its_cue() -> None:
    assert 3 in casualty_counts(
        DAY, "Three killed in 'terrorist attack' on Belgorod bus station, governor says"
    )


# --- cold and snow are weather


def test_deaths_from_cold_in_camps_are_weather() -> None:
    title = "Snowfall kills 6 in Idlib camps"
    summary = (
        "Six displaced people, among them two infants, froze to death in tents near Idlib, rescuers said."
    )
    assert casualty_counts(DAY, title, summary) == []


# --- protest and its crackdown outweigh an accident word; partisans are an armed group


def test_a_protest_crackdown_outweighs_a_factory_word() -> None:
    title = "Two killed as police fire on textile factory protest in Gazipur"
    summary = "Police fired live rounds at workers demanding unpaid wages, killing two, a union leader said."
    assert casualty_counts(DAY, title, summary) != []


def test_partisans_with_knives_are_armed_violence() -> None:
    text = "Partisans killed two occupying soldiers with knives at a checkpoint in Melitopol, the group said."
    assert 2 in casualty_counts(DAY, text)


# --- crime words of round 28: crime groups, a dispute between neighbours, murders counted


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Six shot dead at billiard hall in Sonora",
            "Armed men opened fire in a billiard hall in Cajeme, killing six, in what police blamed on "
            "organised crime.",
        ),
        (
            "Man kills two neighbours in Odesa row over parking",
            "The man shot two neighbours with a shotgun after a row over a parking space, police said.",
        ),
        (
            "Jamaica records 600 murders so far this year",
            "Police figures show 600 people were murdered by November, down 20 per cent on last year.",
        ),
    ],
)
def test_crime_in_words_of_round_28_is_no_conflict_figure(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []


def test_riot_police_retaking_a_jail_are_policing() -> None:
    title = "Five inmates killed in Manaus jail fight"
    summary = "Inmates of rival criminal factions fought with blades until riot police retook the wing."
    assert casualty_counts(DAY, title, summary) == []


# --- predictions, conditions and wargames (casualty_forecast.py)


@pytest.mark.parametrize(
    "text",
    [
        "A university model predicts 8,000 deaths in the city if the blockade lasts until spring.",
        "Aid agencies warned of 30,000 casualties should the offensive on the port go ahead.",
        "Another 5,000 deaths if the siege of the camp continues, the agency said.",
    ],
)
def test_a_predicted_or_conditional_figure_is_no_toll(text: str) -> None:
    assert casualty_counts(DAY, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The strike killed 12 people, if the ministry's figures are right.", 12),
        ("The war has caused 40,000 deaths if one counts the missing, the monitor said.", 40000),
    ],
)
def test_a_hedge_after_a_toll_that_happened_keeps_it(text: str, count: int) -> None:
    assert count in casualty_counts(DAY, text)


def test_a_wargame_toll_is_invented() -> None:
    title = "Baltic invasion would leave 30,000 NATO troops dead in a week, wargame finds"
    summary = "The tabletop exercise, run by a Berlin institute, assumed a Russian attack on Lithuania."
    assert casualty_counts(DAY, title, summary) == []


def test_celebratory_gunfire_is_an_accident() -> None:
    text = "Three people were killed by celebratory gunfire at a wedding in Baalbek, state media said."
    assert casualty_counts(DAY, text) == []


# --- deaths with no violence in places at war: animals, road plunges, illness, thirst


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Crocodile kills 2 fishermen near Maiduguri",
            "A crocodile attacked two fishermen on the river, locals said.",
        ),
        (
            "Van plunges into ravine in Ibb, killing 7",
            "The van skidded and plunged into a ravine in Ibb province, killing seven, police said.",
        ),
        (
            "9 dead after drinking from contaminated well in Tawila",
            "Nine displaced people died of illness after drinking contaminated water in Tawila, medics said.",
        ),
    ],
)
def test_deaths_without_violence_in_a_place_at_war_are_no_toll(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []


def test_a_headline_figure_takes_the_cause_its_lead_gives() -> None:
    title = "12 die crossing the Sahara into Libya"
    summary = "Twelve migrants died of thirst after their truck broke down, Niger's army said."
    assert casualty_counts(DAY, title, summary) == []


def test_a_headline_figure_whose_lead_names_an_attack_stays() -> None:
    title = "12 die in Kharkiv"
    summary = "Twelve people died when a missile hit a bus in the city centre, the governor said."
    assert 12 in casualty_counts(DAY, title, summary)


def test_a_gang_storming_a_town_is_no_weather_for_the_lead_figure() -> None:
    title = "Bandit gang storms village in Katsina, killing 9"
    summary = "Armed men stormed the village before dawn and nine residents were killed, police said."
    assert 9 in casualty_counts(DAY, title, summary)
