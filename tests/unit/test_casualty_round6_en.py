"""Casualty figure families of round 6 (helper r6encas): sentences written for these tests (not copied
from any set). One victim or a small part named beside a numbered figure ("a nurse was among six people
wounded", "Among the wounded were a boy and ..."), a death told as a wound ("fatally wounded"), a
headline's victim without an article, a disaster named as the cause in a war zone, a festival honouring
a film that quotes a historical toll."""

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
        (
            "Missile strike kills four in Odesa",
            "A rocket hit a port warehouse, the governor said. A nurse was among six people wounded.",
            {(4, "killed", "people"), (6, "injured", "people"), (1, "injured", "nurse")},
        ),
        (
            "Shelling kills five in Kramatorsk",
            "The mayor said a rescuer was among the dead and that ten people were hurt.",
            {(1, "killed", "rescuer")},
        ),
        (
            "Missile strike kills four in Zaporizhzhia",
            "A missile hit a depot on Monday. Among the wounded were a teenage boy and a firefighter.",
            {(1, "injured", "boy")},
        ),
        (
            "Missile strike kills four in Zaporizhzhia",
            "A missile hit a depot on Monday, the governor said. Three firefighters were among the wounded.",
            {(3, "injured", "firefighters")},
        ),
        (
            "Militants kill five soldiers and a policeman near Gao",
            "The attack hit a base outside the town.",
            {(5, "killed", "soldiers"), (1, "killed", "policeman")},
        ),
        (
            "Gunmen kill two police officers in Gusau",
            "Gunmen raided a post, officials said. A farmer caught in the crossfire was also killed.",
            {(1, "killed", "farmer")},
        ),
        (
            "Shelling kills three in Kherson",
            "The regional governor said a medic was moderately hurt.",
            {(1, "injured", "medic")},
        ),
    ],
)
def test_one_victim_or_a_small_part_beside_a_numbered_figure(
    title: str, summary: str, expected: set[tuple[int | None, str, str]]
) -> None:
    assert expected <= _figures(title, summary)


def test_fatally_wounded_is_a_death() -> None:
    got = _figures(
        "Georgian serviceman killed by sniper fire, ministry says",
        "The defence ministry said the sergeant was fatally wounded at a post near the line on Monday.",
    )
    assert (1, "killed", "serviceman") in got
    assert all(kind != "injured" for _, kind, _ in got)


def test_headline_victim_without_an_article() -> None:
    assert (1, "killed", "man") in _figures("Drone strike on Sumy kills man, officials say")


def test_no_one_victim_read_from_a_threat_to_kill() -> None:
    assert not _figures("Rebels vow to kill a journalist in Goma", "The group threatened the reporter.")


def test_disaster_named_as_the_cause_in_a_war_zone_is_no_toll() -> None:
    assert not _figures(
        "Quake toll in Afghanistan's Herat rises to 2,100",
        "The government said 2,100 people were confirmed dead after the magnitude 6.3 earthquake, "
        "with aid slowed by clashes.",
    )


def test_fire_started_by_a_strike_stays_a_toll() -> None:
    got = _figures(
        "Fire kills 12 in Kharkiv",
        "At least 12 people were killed in the blaze a Russian drone strike started at a depot.",
    )
    assert any(count == 12 for count, _, _ in got)


def test_festival_honouring_a_film_quotes_no_toll() -> None:
    assert not _figures(
        "Berlin festival honours film about Chechen war widows",
        "The jury praised the documentary's account of villages where rights groups say hundreds died.",
    )


def test_the_one_told_of_before_and_a_counted_part_among_the_dead() -> None:
    got = _figures(
        "Truck bomb kills at least nine in Baidoa, including district commissioner",
        "Police said the commissioner and two of his bodyguards were among the dead.",
    )
    assert {(1, "killed", "commissioner"), (2, "killed", "bodyguards")} <= got


def test_arson_is_no_blaze_that_vetoes_the_missing() -> None:
    got = _figures(
        "Insurgents kill at least 12 in raid on villages near Nasiriyah",
        "Armed men set fire to homes on the edge of the town, police said, adding that dozens of "
        "residents were unaccounted for.",
    )
    assert (None, "missing", "residents") in got


def test_a_headline_victim_goes_with_the_body_victim_a_veto_drops() -> None:
    assert not _figures(
        "Lebanon: decades-old mine kills farmer",
        "A landmine left from the 1982 war killed a farmer tending his field, local media said.",
    )
