"""Hard negatives and missed items of issue 10, round 25 (helper enneg): sentences written for these
tests, not copied from any set. A disaster whose sentence describes its place as a war zone ("in a
province where the army fights rebels"); tolls of armed violence in places not on the [at_war] list
whose only tie is the attacker, the weapon or the attack; an embargo told in a capitalised "In 1977";
one ship turned away by a port or customs; a recognition of a territory as another state's; a refusal
that only says what a step done "without recognising" is not."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.casualty_vetoes import CASUALTY_VETOES
from bot.core.model import ArmsEmbargo, Recognition
from tests.unit.english_facts import casualty_counts, dropped_vetoes

DAY = date(2026, 12, 7)


def _embargoes(title: str, summary: str = "") -> list[ArmsEmbargo]:
    return [f for f in extract_facts(title, summary, DAY) if isinstance(f, ArmsEmbargo)]


def _recognitions(title: str, summary: str = "") -> list[Recognition]:
    return [f for f in extract_facts(title, summary, DAY) if isinstance(f, Recognition)]


# --- a relative "where" describes the disaster's place; it does not say what killed


@pytest.mark.parametrize(
    "text",
    [
        "A mudslide buried 12 miners at a gold pit in South Kivu on Friday, officials said, in a province "
        "where militias have clashed with the army for years.",
        "Floodwaters drowned 19 people in villages along the Nile in a state where the RSF and the army "
        "are fighting.",
        "An earthquake killed 31 people near Idlib, the civil defence said, in an area where shelling "
        "continues.",
    ],
)
def test_a_disaster_in_a_place_described_as_at_war_is_no_figure(text: str) -> None:
    assert casualty_counts(DAY, text) == []


def test_an_attack_in_the_clause_before_where_stays_a_figure() -> None:
    text = "A drone strike killed 7 people at a market in Kherson, where a fire broke out afterwards."
    assert 7 in casualty_counts(DAY, text)


# --- the tie to armed conflict: attackers, weapons and attacks, wherever the place


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Assailants killed eight people on a road outside Garissa, officials said.", 8),
        ("An IED killed five soldiers on patrol near Bajaur, officials said.", 5),
        ("Six villagers were killed in cross-border firing along the line in Poonch district.", 6),
        ("Vigilantes killed 9 people accused of aiding the rebels in Kasai, residents said.", 9),
        ("Snipers killed two farmers in their fields near Tavush, the ministry said.", 2),
    ],
)
def test_an_attacker_weapon_or_attack_ties_a_toll_outside_the_places_at_war(text: str, count: int) -> None:
    assert count in casualty_counts(DAY, text)


def test_a_toll_with_no_tie_at_all_is_still_dropped() -> None:
    text = "Eleven people were killed in Bamenda over the weekend, residents said."
    assert casualty_counts(DAY, text) == []
    assert "no_conflict_tie" in dropped_vetoes(DAY, text)


def test_the_tie_veto_is_in_the_table_and_can_be_turned_off() -> None:
    assert "no_conflict_tie" in CASUALTY_VETOES.names
    assert "no_conflict_tie" not in CASUALTY_VETOES.without("no_conflict_tie").names


# --- an embargo dated in a capitalised "In 1977" is background


def test_an_embargo_dated_long_ago_at_the_start_of_a_sentence_is_history() -> None:
    title = "Half a century after the embargo that cut off Pretoria's arms"
    summary = "In 1977 the UN Security Council imposed a mandatory arms embargo on South Africa."
    assert _embargoes(title, summary) == []
    assert "history" in dropped_vetoes(DAY, title, summary)


# --- one ship turned away by a port or customs is a partial restriction


@pytest.mark.parametrize(
    "text",
    [
        "Italy's customs agency refused clearance to a freighter carrying artillery shells bound for Israel.",
        "Malta denied docking to a vessel loaded with munitions for Sudan's army, the government said.",
        "Slovenia denied entry to a cargo ship transporting weapons to Israel at the port of Koper.",
    ],
)
def test_a_port_turning_away_one_arms_ship_is_a_partial_embargo(text: str) -> None:
    facts = _embargoes(text)
    assert facts and facts[0].action == "partial"


def test_a_port_refusing_entry_to_a_ship_of_grain_is_no_embargo() -> None:
    assert _embargoes("Turkey refused entry to a ship carrying grain from Crimea, the ministry said.") == []


# --- a territory recognised as another state's


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Washington is weighing recognising Crimea as part of Russia under a ceasefire deal, aides said.",
            "considering",
        ),
        (
            "Hungary is considering recognising Russia's annexation of Crimea, its foreign minister said.",
            "considering",
        ),
        ("The EU said it would never recognise Crimea as Russian territory.", "rejected"),
    ],
)
def test_a_territory_recognised_as_another_states_is_a_recognition(text: str, status: str) -> None:
    facts = _recognitions(text)
    assert facts and facts[0].recognized == "Crimea" and facts[0].status == status


def test_a_clause_about_who_controls_a_place_does_not_replace_the_object() -> None:
    facts = _recognitions(
        "Japan will not recognise a Palestinian state while Hamas stays in control of Gaza, Tokyo said."
    )
    assert [f.recognized for f in facts] == ["Palestine"]


# --- a refusal that only says what a step "without recognising" is not


def test_a_refusal_beside_a_step_without_recognition_is_a_disclaimer() -> None:
    title = "Greece to accept Kosovo identity cards without recognising Kosovo"
    summary = (
        "Greece will accept Kosovo identity cards at its borders, officials said, insisting that it does "
        "not recognise Kosovo."
    )
    assert _recognitions(title, summary) == []
    assert "disclaimer" in dropped_vetoes(DAY, title, summary)


def test_a_refusal_repeated_with_no_other_step_is_still_rejected() -> None:
    facts = _recognitions("Prime Minister repeats that Portugal will not recognise Palestine for now")
    assert facts and facts[0].status == "rejected"


# --- round 26: the disaster named in the headline decides a lead whose violence words are an aside


def test_a_lead_figure_with_violence_only_in_an_aside_takes_the_headlines_disaster() -> None:
    title = "Mudslide kills 21 near Bukavu as rebels hold the road"
    summary = (
        "Torrents of mud killed 21 people in hillside villages near Bukavu, officials said, as rebels "
        "who hold the main road stopped rescue teams."
    )
    assert casualty_counts(DAY, title, summary) == []


def test_a_lead_figure_with_an_attack_in_the_headline_stays() -> None:
    title = "Drone strike kills 21 near Bukavu"
    summary = (
        "The blast killed 21 people in hillside villages near Bukavu, officials said, as rebels advanced."
    )
    assert 21 in casualty_counts(DAY, title, summary)


@pytest.mark.parametrize(
    "text",
    [
        "A heat wave killed 26 people in Sindh's Jacobabad this week, officials said, in a district also "
        "plagued by bandit attacks.",
        "Cholera killed 14 people in Cabo Delgado last month, in a province hit by an Islamist insurgency.",
    ],
)
def test_a_place_described_after_a_comma_does_not_say_what_killed(text: str) -> None:
    assert casualty_counts(DAY, text) == []


def test_one_consignment_blocked_is_a_partial_embargo() -> None:
    facts = _embargoes("Irish customs stop munitions consignment bound for Israel at Shannon")
    assert facts and facts[0].action == "partial"


def test_an_administration_named_by_its_seat_is_a_government() -> None:
    facts = _recognitions("Russia will not recognise the administration in Benghazi, the Kremlin said.")
    assert facts and facts[0].recognized == "Libya government"


def test_the_headline_figure_in_digits_decides_the_lead_figure_in_words() -> None:
    title = "Frost kills 9 in Marib displacement camps"
    summary = (
        "Nine displaced people died of exposure in camps near Marib, where Houthi drones struck last week."
    )
    assert casualty_counts(DAY, title, summary) == []


def test_the_noun_denied_is_a_refusal() -> None:
    facts = _recognitions("Spain: no recognition of Somaliland while Mogadishu objects, minister says")
    assert facts and facts[0].status == "rejected"
