"""Casualty and embargo families the round-10 held-out English sets showed (helper r10encas; tuned on
those sets, so no estimate), by mechanism: a part of a figure told by how it was caused ("two of them
by live fire") is a part, of the whole's victims; one victim "is among the wounded" in the present
tense; a crime wave or criminal violence makes a shooting crime news; a country's border that a place
lies near is not where the place is; a sea's coast or port is land; a town the gazetteer lists keeps
its own country when another country is named by an alias beside it; Nagorno-Karabakh is a territory
of its own; "displaced" before a noun is its adjective; a decision told with a longer verb chain on a
condition ("would move to block ... if") is no embargo. Every sentence is written for this file (none
is corpus text or an item of a set)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo, CasualtyFigure


def _facts(title: str, summary: str = "") -> list[CasualtyFigure]:
    return [f for f in extract_facts(title, summary, date(2026, 12, 7)) if isinstance(f, CasualtyFigure)]


def _by_count(title: str, summary: str = "") -> dict[int | None, CasualtyFigure]:
    return {f.count: f for f in _facts(title, summary)}


@pytest.mark.parametrize(
    ("title", "summary", "whole", "part", "victims"),
    [
        (
            "Raid on Nablus",
            "Twenty-five Palestinians were wounded, three of them by live ammunition, during an Israeli "
            "raid on "
            "Nablus, medics said.",
            25,
            3,
            "Palestinians",
        ),
        (
            "Protest shooting",
            "At least 40 protesters were hurt, six of them by rubber bullets, when soldiers fired on a "
            "march in "
            "Kisumu, a hospital said.",
            40,
            6,
            "protesters",
        ),
        (
            "Clashes in Jenin",
            "Thirty people were wounded, five of them from gunshots, in clashes with troops in Jenin on "
            "Monday.",
            30,
            5,
            "people",
        ),
        (
            "Shell hits camp",
            "Nine refugees were injured, two of them with shrapnel wounds, when a shell hit the camp near "
            "Rafah.",
            9,
            2,
            "refugees",
        ),
    ],
)
def test_part_told_by_its_cause(title: str, summary: str, whole: int, part: int, victims: str) -> None:
    got = _by_count(title, summary)
    assert whole in got and part in got
    assert got[part].kind == got[whole].kind == "injured"
    assert got[part].victims == victims


@pytest.mark.parametrize(
    ("title", "summary", "victim", "kind"),
    [
        (
            "Odesa strike",
            "A missile hit Odesa on Monday, killing three people and wounding 12. A six-year-old boy is "
            "among "
            "the injured, the governor says.",
            "boy",
            "injured",
        ),
        (
            "Kharkiv bombing",
            "Russian bombs killed four people in Kharkiv on Tuesday, the mayor said. A teenager is also "
            "among "
            "the dead.",
            "teenager",
            "killed",
        ),
        (
            "Zaporizhzhia",
            "Drones hit Zaporizhzhia overnight, wounding seven people, the governor writes. A nurse is "
            "among the "
            "wounded.",
            "nurse",
            "injured",
        ),
    ],
)
def test_one_victim_is_among_them(title: str, summary: str, victim: str, kind: str) -> None:
    one = [f for f in _facts(title, summary) if f.count == 1]
    assert [(f.victims, f.kind) for f in one] == [(victim, kind)]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Four killed in shooting in Kafr Qasim",
            "The deaths bring the number of people killed in criminal violence in Arab towns this year to a "
            "record, police said.",
        ),
        ("Gunmen kill two brothers in Tayibe as crime wave grips Arab communities", ""),
        (
            "Gunmen kill three in Tira",
            "Gunmen shot dead three men in Tira overnight, the latest killings in a wave of crime among "
            "Arab citizens.",
        ),
    ],
)
def test_crime_wave_is_crime_news(title: str, summary: str) -> None:
    assert _facts(title, summary) == []


def test_war_news_beside_a_crime_wave_stays() -> None:
    got = _by_count(
        "Two soldiers killed in Gaza",
        "Two soldiers were killed in southern Gaza on Sunday, the army said, as a crime wave hit Arab towns.",
    )
    assert 2 in got


@pytest.mark.parametrize(
    ("title", "summary", "count", "place"),
    [
        (
            "Five soldiers killed in Catatumbo",
            "Five Colombian soldiers were killed in an ambush in the Catatumbo region near the Venezuelan "
            "border, the army said.",
            5,
            "Catatumbo, Colombia",
        ),
        (
            "Strike on Salif port",
            "Air strikes on the port of Hodeidah on Yemen's Red Sea coast killed six workers on Monday, the "
            "Houthi-run health ministry said.",
            6,
            "Hodeidah, Yemen",
        ),
        (
            "Shelling in Karabakh",
            "Azerbaijan said on Monday that shelling had killed four of its soldiers in Nagorno-Karabakh.",
            4,
            "Nagorno-Karabakh",
        ),
    ],
)
def test_figure_place(title: str, summary: str, count: int, place: str) -> None:
    assert _by_count(title, summary)[count].location == place


def test_sea_itself_stays_the_place() -> None:
    got = _by_count(
        "Ship hit", "A missile hit a cargo ship in the Red Sea, killing three crew members, the US said."
    )
    assert got[3].location == "Red Sea"


@pytest.mark.parametrize(
    ("summary", "count", "neighbour"),
    [
        (
            "Seven Nigerien soldiers were killed when jihadists attacked their post near the Malian "
            "border, the "
            "defence ministry said.",
            7,
            "Mali",
        ),
        (
            "Gunmen killed four Kenyan police officers in an ambush near the Somali border on Tuesday.",
            4,
            "Somalia",
        ),
        (
            "A landmine killed two Thai rangers on a patrol along the Cambodian border, the army said.",
            2,
            "Cambodia",
        ),
    ],
)
def test_the_border_a_place_lies_near_is_not_its_country(summary: str, count: int, neighbour: str) -> None:
    assert _by_count("Attack", summary)[count].location != neighbour


@pytest.mark.parametrize(
    ("summary", "victims"),
    [
        (
            "Shelling killed nine displaced people sheltering in a school in Zamzam camp, aid groups said.",
            "displaced people",
        ),
        (
            "An air strike on a monastery in Sagaing region killed 11 displaced villagers, residents said.",
            "displaced villagers",
        ),
    ],
)
def test_displaced_before_a_noun_is_its_adjective(summary: str, victims: str) -> None:
    assert [f.victims for f in _facts("Strike", summary) if f.count in (9, 11)] == [victims]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Lawmakers warn Egypt",
            "US lawmakers said they would move to block all arms sales to Egypt if Cairo jailed more "
            "activists.",
        ),
        (
            "Berlin warns Riyadh",
            "Germany would be forced to suspend weapons exports to Saudi Arabia should the war in Yemen "
            "continue, "
            "the minister said.",
        ),
        (
            "Rome warns Cairo",
            "Italy said it would be prepared to stop all weapons deliveries to Egypt if the investigation "
            "stalled.",
        ),
    ],
)
def test_conditional_embargo_is_no_fact(title: str, summary: str) -> None:
    assert [f for f in extract_facts(title, summary, date(2026, 12, 7)) if isinstance(f, ArmsEmbargo)] == []


def test_embargo_without_a_condition_stays() -> None:
    facts = extract_facts(
        "Canada halts arms", "Canada halted all arms exports to Turkey on Friday.", date(2026, 12, 7)
    )
    assert [f.action for f in facts if isinstance(f, ArmsEmbargo)] == ["imposed"]
