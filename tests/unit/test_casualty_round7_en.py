"""Casualty figure families of round 7 (helper encas): sentences written for these tests (not copied
from any set). One victim or a later member of a part list beside a numbered figure ("Among the 12
injured were three women and a medic", "Another civilian was also killed"), one victim read after a
wounding verb ("lightly wounding a farmer", "killing a man and wounding his son"), an age standing for
the victim ("a 15-year-old was hurt"), one named beside "three of his guards"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import CasualtyFigure


def _figures(title: str, summary: str = "") -> set[tuple[int | None, str, str]]:
    facts = extract_facts(title, summary, date(2026, 12, 7))
    return {(f.count, f.kind, (f.victims or "").lower()) for f in facts if isinstance(f, CasualtyFigure)}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a later member of a part list after "Among the N wounded were"
        (
            "Shelling kills three, wounds 12 in Kherson",
            "Among the 12 injured were three women and a medic, the regional governor said.",
            {(3, "killed", "people"), (12, "injured", "people"), (1, "injured", "medic")},
        ),
        # "Among the wounded is a ..."
        (
            "Missile strike on Dnipro kills two, injures 15",
            "Among the injured is a 10-year-old girl, the mayor said.",
            {(1, "injured", "girl")},
        ),
        # a later member of "including ... and the ..."
        (
            "Air strike on village in Sagaing kills 14, including four women and the village head",
            "",
            {(14, "killed", "people"), (1, "killed", "village head")},
        ),
        # "Another ... was also killed"
        (
            "Israeli strike kills four in Deir al-Balah",
            "Another fisherman was also killed when a navy boat opened fire off the coast, medics said.",
            {(4, "killed", "people"), (1, "killed", "fisherman")},
        ),
        # one victim after a wounding verb; "killing a man and wounding his son"
        (
            "Drone hits car near Kupiansk, killing a man and wounding his son",
            "",
            {(1, "killed", "man"), (1, "injured", "son")},
        ),
        (
            "Shell hits Nikopol market, lightly wounding a vendor",
            "Russian artillery struck the market on Tuesday morning, the governor said.",
            {(1, "injured", "vendor")},
        ),
        # an age as the victim
        (
            "Israeli troops kill Palestinian near Nablus",
            "A Palestinian man was shot dead and a 15-year-old was hurt in a raid, the ministry said.",
            {(1, "injured", "teenager")},
        ),
        # one named after the verb beside "N of his ..."
        (
            "Bandits kill district head and two of his guards in Katsina",
            "",
            {(1, "killed", "district head"), (2, "killed", "guards")},
        ),
        # the one told of before with a place in between
        (
            "Ambush in Borno kills local leader",
            "The chairman of Gwoza council and four of his escorts were killed, police said.",
            {(1, "killed", "chairman"), (4, "killed", "escorts")},
        ),
        # a single victim in a time clause: "after a ... died"
        (
            "Toll from Kostiantynivka strike rises to 12",
            "The toll rose to 12 after a pensioner died in hospital, officials said.",
            {(12, "killed", "people"), (1, "killed", "pensioner")},
        ),
    ],
)
def test_one_victim_or_a_later_part_beside_a_numbered_figure(
    title: str, summary: str, expected: set[tuple[int | None, str, str]]
) -> None:
    assert expected <= _figures(title, summary)


def test_an_adult_age_is_a_person_and_an_age_before_a_noun_keeps_the_noun() -> None:
    got = _figures(
        "Shelling hits Kherson's Korabel district",
        "A 64-year-old was wounded in the Korabel district and a 30-year-old nurse was killed nearby.",
    )
    assert (1, "injured", "person") in got
    assert (1, "killed", "nurse") in got


def test_wounding_verb_in_crime_news_is_no_toll() -> None:
    assert not _figures(
        "Man arrested after stabbing in Leeds pub", "Police said he was wounding a neighbour."
    )


def _facts(title: str, summary: str = "") -> list[CasualtyFigure]:
    return [f for f in extract_facts(title, summary, date(2026, 12, 7)) if isinstance(f, CasualtyFigure)]


def test_a_month_s_toll_told_after_the_figure_is_a_running_toll() -> None:
    facts = _facts(
        "Monitors: 205 civilians killed in Sudan in March",
        "The monitoring group said 205 civilians were killed and 640 wounded in March, it said.",
    )
    assert {(f.count, f.kind) for f in facts if f.cumulative} >= {(205, "killed"), (640, "injured")}


def test_a_month_named_beside_one_attack_is_no_running_toll() -> None:
    facts = _facts(
        "Report recalls strike that killed 31 in Kharkiv in March",
        "A missile strike killed 31 people in Kharkiv in March, investigators said in a report.",
    )
    assert any(f.count == 31 and not f.cumulative for f in facts)


def test_a_part_after_among_the_counted_wounded_is_no_running_toll() -> None:
    facts = _facts(
        "Blast at Kabul checkpoint kills three, wounds 14",
        "Among the 14 wounded were five policemen, the interior ministry said.",
    )
    assert any((f.count, f.kind, f.cumulative) == (5, "injured", False) for f in facts)


def test_a_town_told_as_in_a_region_is_the_place() -> None:
    facts = _facts(
        "Three soldiers killed in Spinwam blast",
        "A roadside bomb hit a patrol in Spinwam, a village in North Waziristan, killing three soldiers.",
    )
    assert {f.location for f in facts if f.count == 3} == {"Spinwam, Pakistan"}


def test_a_lake_is_not_the_country_it_shares_a_name_with() -> None:
    facts = _facts("Jihadists kill 11 fishermen on Lake Chad", "")
    assert all(f.location != "Chad" for f in facts)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a part told as "one of whom was"
        (
            "Shelling of Huliaipole kills four",
            "Four people, one of whom was a paramedic, were killed by shelling, officials said.",
            {(4, "killed", "people"), (1, "killed", "paramedic")},
        ),
        # "the dead included a ..."
        (
            "Strike on Rafah tent camp kills nine",
            "An Israeli strike killed nine people; the dead included a journalist, the civil defence said.",
            {(9, "killed", "people"), (1, "killed", "journalist")},
        ),
        # "lost his life"
        (
            "Ambush on patrol near Menaka",
            "A Malian soldier lost his life and four were wounded when jihadists ambushed a patrol.",
            {(1, "killed", "soldier"), (4, "injured", "people")},
        ),
        # "leaving a ... dead and her ... wounded"
        (
            "Drone strikes house in Kherson region",
            "A drone hit a home in Beryslav, leaving an elderly man dead and his wife wounded.",
            {(1, "killed", "man"), (1, "injured", "wife")},
        ),
        # one and a companion named by kin after the verb: two
        (
            "Air strike on Marib home",
            "A drone strike hit a farmhouse outside Marib, killing a farmer and his brother, residents said.",
            {(2, "killed", "farmer and brother")},
        ),
        # "went missing"
        (
            "Boat attack on Lake Albert",
            "Seven fishermen were killed and five went missing after rebels attacked their boat.",
            {(7, "killed", "fishermen"), (5, "missing", "fishermen")},
        ),
    ],
)
def test_one_victim_phrasings_of_round_26(
    title: str, summary: str, expected: set[tuple[int | None, str, str]]
) -> None:
    assert expected <= _figures(title, summary)


def test_a_lost_limb_is_a_wound() -> None:
    got = _figures(
        "Drone strike kills two soldiers near Izium",
        "Two soldiers were killed when a Russian drone hit their trench. A third soldier lost both legs.",
    )
    assert {(2, "killed", "soldiers"), (1, "injured", "soldier")} <= got
    got = _figures(
        "Shelling kills two in Nikopol",
        "Russian artillery shelled the town overnight, the governor said. A 40-year-old farmer lost an arm.",
    )
    assert (1, "injured", "farmer") in got


def test_a_numbered_part_after_a_lone_victim_in_an_inverted_list() -> None:
    got = _figures(
        "Missile hits Odesa port, killing three and wounding 11",
        "The port was struck at dawn, the governor said. Among the wounded were a pregnant woman and "
        "four dock workers.",
    )
    assert {(1, "injured", "woman"), (4, "injured", "dock workers")} <= got
