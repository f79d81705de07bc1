"""Hard-negative families of issue 10, round 20 (helper enneg): each family is dropped by a named veto,
and a true positive beside it is still read. Sentences written for these tests, not copied from any set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import explain_item, extract_facts
from bot.core.model import Recognition

DAY = date(2026, 12, 6)


def _types(title: str, summary: str = "") -> list[str]:
    return [f.type for f in extract_facts(title, summary, DAY)]


def _vetoes(title: str, summary: str = "") -> set[tuple[str, str]]:
    return {(d.trigger, d.veto) for d in explain_item(title, summary, DAY).dropped}


CASUALTY_DROPS = [
    # crime: a bar shooting told by prosecutors, a murder charge after a street party
    (
        "Gunmen kill 5 in bar in Zacatecas",
        "Gunmen burst into a bar in Fresnillo late on Friday and killed five, prosecutors said.",
        "crime_not_war",
    ),
    (
        "Two men charged with murder after 4 die in Memphis shooting",
        "Four people were killed when shots were fired into a crowd outside a club, police said.",
        "crime_not_war",
    ),
    # a video game told by its modes, not by a brand
    (
        "Studio unveils new shooter",
        "In its story mode, players lead a squad that can kill 30 raiders in a single mission.",
        "game_context",
    ),
    # an obituary lead: the figure tells the life of the dead
    (
        "Former air force chief dies aged 88",
        "The commander, whose squadrons killed thousands in raids on the capital, died in hospital.",
        "obituary",
    ),
    # a recollection of the long past
    (
        "Veterans recall the day 40 comrades died at Goose Green",
        "At a reunion in Hereford the veterans remembered how 40 comrades were killed in the assault.",
        "recollection",
    ),
    # a state's executions are its judiciary's, not violence
    (
        "Iran executed 975 people in 2026, monitors say",
        "Iran executed 975 people this year, a monitoring group said.",
        "judicial",
    ),
    # round 21: poisoning by bootleg drink and suicides are not violence
    (
        "Methanol in bootleg gin kills 19 in Kenya",
        "Nineteen people died after drinking toxic alcohol sold in Kirinyaga county, police said.",
        "disease",
    ),
    (
        "Farmer suicides: 1,200 deaths in a year",
        "About 1,200 farmers took their own lives in the state last year, officials said.",
        "disease",
    ),
    # a recaller aged 80 or more tells of the long past
    (
        "Former prisoner of war, 94, recalls the march on which 600 died",
        "The 94-year-old recalled the march on which 600 of his comrades died.",
        "recollection",
    ),
    # round 22: climbers perish in an accident; a lynching, a serial killer and a cult are crime
    (
        "Seven climbers perished on K2 this summer",
        "Seven climbers perished on K2 this summer, Pakistan's alpine club said.",
        "accident",
    ),
    (
        "Villagers lynch 3 men accused of stealing goats",
        "Villagers beat three men to death after accusing them of stealing goats, police said.",
        "crime",
    ),
    (
        "Serial killer who murdered 6 hikers is caught",
        "Police arrested a serial killer who murdered six hikers in the national park.",
        "crime_not_war",
    ),
    # deaths on screen are no toll
    (
        "Sequel racks up 75 deaths on screen",
        "The sequel racks up 75 deaths on screen, critics counted.",
        "game_context",
    ),
]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # an armed group's executions are violence
        (
            "Militants executed 12 captives in Cabo Delgado",
            "The insurgents executed 12 captives, the army said.",
        ),
        # an anniversary and a veteran, but a new strike dated today
        (
            "Drone strike kills 6 as veterans gather for anniversary in Kharkiv",
            "A Russian drone killed six people in Kharkiv on Saturday, as veterans recalled the 2022 siege.",
        ),
        # a young victim who "died aged" is news of the war, not an obituary
        (
            "Boy dies aged 9 of wounds from air strike in Khan Younis",
            "A boy died aged 9 on Tuesday of wounds from an Israeli air strike in Khan Younis, medics said.",
        ),
        # police killing protesters is political violence, not crime
        ("Police shoot dead 6 protesters in Dhaka", "Police shot dead six protesters in Dhaka on Monday."),
    ],
)
def test_a_positive_next_to_those_families_is_still_read(title: str, summary: str) -> None:
    assert "casualty" in _types(title, summary)


RECOGNITION_DROPS = [
    # an epithet, not an act
    (
        "Libya's UN-recognised government reshuffles cabinet",
        "The UN-recognised government in Tripoli named four new ministers on Sunday.",
        "not_diplomatic",
    ),
    # a disclaimer restates a standing position
    (
        "Greece to accept Kosovo licence plates",
        "Athens said the move would not amount to recognition of Kosovo.",
        "disclaimer",
    ),
    # a recognition imagined
    (
        "What if Kenya recognised Somaliland?",
        "Analysts weigh the costs of a move Nairobi has never made.",
        "hypothetical",
    ),
    # round 21: a question to readers, a debate on whether to, a year told before the noun
    (
        "Should Ireland recognise Western Sahara? Letters",
        "Readers write on whether Dublin should recognise the Sahrawi republic.",
        "hypothetical",
    ),
    (
        "Tuvalu's 2011 recognition of Abkhazia, and its reversal",
        "An essay looks back at the small state's short-lived decision.",
        "history",
    ),
    # round 22: "N years ago" is history; a document named after a state and a qualifier
    (
        "Looking back",
        "Five years ago Nicaragua recognised the independence of Abkhazia and South Ossetia.",
        "history",
    ),
    (
        "Belgium recognises Kosovo vaccination certificates",
        "Belgium will accept the certificates for travel from Monday.",
        "not_diplomatic",
    ),
]


@pytest.mark.parametrize(
    ("trigger", "title", "summary", "veto"),
    [("casualty", *case) for case in CASUALTY_DROPS] + [("recognition", *case) for case in RECOGNITION_DROPS],
)
def test_a_family_that_is_no_fact_is_dropped_by_its_named_veto(
    trigger: str, title: str, summary: str, veto: str
) -> None:
    assert trigger not in _types(title, summary)
    assert (trigger, veto) in _vetoes(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "status"),
    [
        ("Britain will not recognise Palestine at this time, minister says", "", "rejected"),
        (
            "Portugal recognises Palestine",
            "Portugal formally recognised the State of Palestine on Sunday.",
            "done",
        ),
    ],
)
def test_a_recognition_beside_those_families_keeps_its_status(title: str, summary: str, status: str) -> None:
    facts = [f for f in extract_facts(title, summary, DAY) if isinstance(f, Recognition)]
    assert [f.status for f in facts] == [status]
