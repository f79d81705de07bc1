"""Hard negatives of issue 10, round 29 (helper enneg), by what the figure's own words say of it:
sentences written for these tests, not copied from any set. A denied figure ("no one was hurt", "none
of the 40 passengers") counts nobody; the deaths a verdict punishes are its charge, not news; a court
that only hears a case decides nothing; a standing refusal told as an aside in commas ("Serbia, which
does not recognise Kosovo, ...") is no recognition news; a bomb by another name outweighs a vehicle."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo, Recognition
from tests.unit.english_facts import casualty_counts, dropped_vetoes

DAY = date(2026, 12, 14)


# --- a denied figure


@pytest.mark.parametrize(
    "sentence",
    [
        "A rocket hit a warehouse in Sderot on Friday, but no one was killed or wounded, police said.",
        "Shelling struck the school in Nikopol overnight; not one pupil was hurt, the mayor said.",
        "None of the 40 passengers was injured when the drone hit the train near Sumy, the railway said.",
        "Not a single soldier died in the assault on the outpost, the army said.",
    ],
)
def test_a_denied_figure_counts_nobody(sentence: str) -> None:
    assert casualty_counts(DAY, "Strike in the night", sentence) == []


def test_a_denied_figure_leaves_the_sentence_s_real_toll() -> None:
    summary = (
        "No one was hurt in Odesa, but a drone hit a minibus in Kherson, killing four people and wounding "
        "nine, officials said."
    )
    assert sorted(c or 0 for c in casualty_counts(DAY, "Drones over the south", summary)) == [4, 9]
    assert "negated" in dropped_vetoes(DAY, "Drones over the south", summary)


def test_no_fewer_than_is_a_floor_not_a_denial() -> None:
    assert casualty_counts(
        DAY, "Strike on Kharkiv", "No fewer than 20 people were killed in a Russian strike on Kharkiv."
    ) == [20]


# --- what a verdict punishes


@pytest.mark.parametrize(
    "summary",
    [
        "The judiciary said the two men were hanged in Shiraz for the killing of four members of the Basij.",
        "A military court in Kharkiv jailed the soldier for life over the deaths of three civilians in a "
        "village near Izium.",
    ],
)
def test_the_deaths_a_verdict_punishes_are_its_charge(summary: str) -> None:
    assert casualty_counts(DAY, "Verdict announced", summary) == []


def test_the_charge_veto_names_the_punishment() -> None:
    summary = (
        "The judiciary said the men were executed in Isfahan for the deaths of three members of the police."
    )
    assert casualty_counts(DAY, "Iran hangs three men", summary) == []
    assert "charge" in dropped_vetoes(DAY, "Iran hangs three men", summary)


def test_accused_of_killing_is_news_not_a_charge() -> None:
    assert casualty_counts(
        DAY,
        "Army accused over market strike",
        "The army is accused of killing 30 people in a strike on a market in Gaza.",
    ) == [30]


# --- a court that hears a case decides nothing


def test_a_court_hearing_a_case_gives_no_embargo() -> None:
    facts = extract_facts(
        "Judges weigh challenge to Belgian arms transit to Israel",
        "A court in Brussels heard arguments on Monday in a case by rights groups seeking to halt the "
        "transit of ammunition to Israel; a decision is expected next month.",
        DAY,
    )
    assert [f for f in facts if isinstance(f, ArmsEmbargo)] == []


def test_a_court_that_orders_a_halt_still_rules() -> None:
    facts = extract_facts(
        "Belgian court orders halt to arms transit to Israel",
        "A court in Brussels ordered the region to stop the transit of ammunition to Israel.",
        DAY,
    )
    assert [f.action for f in facts if isinstance(f, ArmsEmbargo)] == ["ruled_by_court"]


# --- a standing refusal told as an aside


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Serbia, which does not recognise Kosovo, protests over border post", ""),
        ("Northern Cyprus delegation, not recognised by Greece, attends Baku summit", ""),
        (
            "Abe Foundation hosts Abbas",
            "Japan, which has never recognised Palestine, welcomed the delegation.",
        ),
    ],
)
def test_a_standing_refusal_in_an_aside_is_no_news(title: str, summary: str) -> None:
    assert [f for f in extract_facts(title, summary, DAY) if isinstance(f, Recognition)] == []


def test_a_refusal_told_as_news_stays_rejected() -> None:
    facts = extract_facts("Greece will not recognise Kosovo, foreign minister says", "", DAY)
    assert [f.status for f in facts if isinstance(f, Recognition)] == ["rejected"]


# --- a bomb by another name outweighs a vehicle


def test_an_improvised_explosive_device_under_a_bus_is_an_attack() -> None:
    assert casualty_counts(
        DAY,
        "Blast on the road to Gao",
        "The bus hit an improvised explosive device near Gao, killing six passengers, a local official said.",
    ) == [6]


# --- round 30 (fixed after the second set's honest measure): what people fled is no cause; a
# preparation's aim is a forecast; an armed group's "court" is no verdict; a headline's work noun


def test_what_people_fled_does_not_outweigh_a_disaster() -> None:
    summary = (
        "Heavy rain flooded a camp for families uprooted by the fighting near Kalehe, killing nine people, "
        "the governor said."
    )
    assert casualty_counts(DAY, "Floods hit camp", summary) == []


def test_people_fleeing_are_still_victims_of_the_shells_that_hit_them() -> None:
    assert casualty_counts(
        DAY, "Militia shells convoy of families fleeing the fighting near Bunia, killing 12"
    ) == [12]


@pytest.mark.parametrize(
    "title",
    [
        "Hospitals in Khartoum prepare for up to 800 wounded a day as assault looms",
        "Kherson clinics stockpile blood for as many as 300 casualties",
    ],
)
def test_a_preparation_s_aim_is_a_forecast(title: str) -> None:
    assert casualty_counts(DAY, title) == []


def test_an_armed_group_s_court_is_no_verdict() -> None:
    summary = (
        "JNIM fighters shot dead four men near Djenné after the group's court accused them of helping "
        "the army."
    )
    assert casualty_counts(DAY, "Jihadists kill four men in Mali", summary) == [4]


def test_a_state_court_still_restates_past_killings() -> None:
    summary = "A court in Quetta sentenced the man to death over the bombing that killed 12 people in 2021."
    assert casualty_counts(DAY, "Bomber sentenced", summary) == []


def test_a_headline_work_noun_without_an_article_is_a_work() -> None:
    assert (
        casualty_counts(DAY, "Documentary retells the fall of Mariupol, where 600 died in the theatre") == []
    )
