"""Casualty families of issue 10, round 13: sentences written for these tests (not copied from any set)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_casualties, extract_facts


def _figures(title: str, summary: str = "") -> list[tuple[int | None, str, str | None]]:
    facts = extract_facts(title, summary, date(2025, 12, 6))
    return sorted(
        ((f.count, f.kind, f.location) for f in facts if f.type == "casualty"),  # type: ignore[attr-defined]
        key=str,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one victim beside "others", with a participle phrase between
        (
            "A Nepali peacekeeper stationed with MONUSCO was killed and three others were hurt in Beni.",
            [(1, "killed"), (3, "injured")],
        ),
        # a named victim with no article
        (
            "Ukrainian paramedic Olena Kovalenko was killed when a drone hit her ambulance in Kherson.",
            [(1, "killed")],
        ),
        # a victim and the kin with him: one and the number, and no figure of the kin alone
        (
            "A farmer and his three daughters were killed when shells hit their house in Nabatieh.",
            [(4, "killed")],
        ),
        # settlers make a single victim conflict news
        ("A Palestinian shepherd was shot dead by settlers near Huwara.", [(1, "killed")]),
        # a force losing its own
        ("The Burkinabe army said it lost seven soldiers in an ambush near Djibo.", [(7, "killed")]),
        ("Kyiv said it was losing two marines a day on the Dnipro islands.", [(2, "killed")]),
    ],
)
def test_new_shapes_of_a_figure(text: str, expected: list[tuple[int, str]]) -> None:
    got = sorted((f.count, f.kind) for f in extract_casualties(text))
    assert got == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The club lost three players to injury and two more to suspension.",
        "The party lost 12 seats in the election.",
        "Shares lost 8 percent on Tuesday.",
    ],
)
def test_losing_what_is_not_a_force_is_no_figure(text: str) -> None:
    assert extract_casualties(text) == []


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a video game has air strikes too
        (
            "Season two adds drone strikes",
            "Gamers who kill seven rivals in Fortnite's new mode can call a drone strike.",
        ),
        # a police-military operation against gangs is crime
        (
            "Police-military raid kills 5",
            "Five suspected gang members died in a joint police-military operation.",
        ),
        # heatstroke during an exercise
        (
            "Three recruits die",
            "Three army recruits died of heat exhaustion during a field exercise, the army said.",
        ),
        # a new book about an old battle
        (
            "Book of the week",
            "A new history of Verdun, where 300,000 soldiers were killed, reads like a novel.",
        ),
        # an anniversary told as "N years on", and a month before the year
        ("Seventy years on, Hiroshima remembers", "The city remembered the 140,000 killed in August 1945."),
    ],
)
def test_hard_negatives_of_round_13(title: str, summary: str) -> None:
    assert _figures(title, summary) == []


def test_a_town_named_inside_a_longer_name_is_not_the_country() -> None:
    # "Spanish Town" is in Jamaica, "Puerto Jordan" in Colombia
    figs = _figures("Rebels kill 3 soldiers", "ELN rebels killed three soldiers at a base in Puerto Jordan.")
    assert figs == [(3, "killed", "Puerto Jordan, Colombia")]


def test_a_town_shared_by_two_countries_takes_the_region_s_country() -> None:
    figs = _figures(
        "Air raid kills 9", "An air raid killed nine villagers in Kani township of Sagaing region."
    )
    assert figs == [(9, "killed", "Kani, Myanmar")]


def test_the_lead_s_town_beats_the_headline_s_region() -> None:
    figs = _figures(
        "Kherson region: shelling kills 3",
        "Three people were killed when Russian shells hit the centre of Beryslav.",
    )
    assert figs == [(3, "killed", "Beryslav, Ukraine")]


def test_a_town_after_of_is_read() -> None:
    figs = _figures(
        "Shelling kills 6", "Six civilians were killed in the RSF's shelling of Babanusa, medics said."
    )
    assert figs == [(6, "killed", "Babanusa, Sudan")]


# --- round 14 (written after round 13's fixes) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name first, then who they were
        ("Anton Hrytsenko, a 29-year-old volunteer, was killed by a drone near Kupiansk.", [(1, "killed")]),
        # a title and a name after the verb, no article
        ("The army said it killed Houthi brigade commander Saleh Mashhour in a strike.", [(1, "killed")]),
        # one named and a counted group after one verb: two figures
        (
            "Militants shot dead a schoolteacher and three villagers near Bijapur.",
            [(1, "killed"), (3, "killed")],
        ),
        # "martyred" is killed
        (
            "An Afghan policeman was martyred and four others wounded in Kunduz.",
            [(1, "killed"), (4, "injured")],
        ),
    ],
)
def test_round_14_shapes_of_a_figure(text: str, expected: list[tuple[int, str]]) -> None:
    got = sorted((f.count, f.kind) for f in extract_casualties(text))
    assert got == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The raid killed 3 militants including commander Abu Omar.",
        "It killed 12 fighters, among them commander Ali Taher.",
    ],
)
def test_a_named_commander_within_a_counted_group_is_no_figure_of_his_own(text: str) -> None:
    assert [f.count for f in extract_casualties(text)] == [int(next(w for w in text.split() if w.isdigit()))]


def test_a_force_s_losses_said_as_killed_and_wounded_are_one_figure() -> None:
    figs = _figures(
        "Kyiv says Russia lost 940 troops in a day", "Russia lost 940 troops killed and wounded in a day."
    )
    assert [(c, k) for c, k, _ in figs] == [(940, "killed_and_injured")]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Air show crash",
            "A stunt plane crashed at an air show in Wisconsin, killing the pilot and injuring 4 spectators.",
        ),
        (
            "Drone light show goes wrong",
            "Four visitors were hurt when drones fell during a drone light show in Melbourne.",
        ),
        (
            "A decade after the Bataclan",
            "Paris paid tribute to the 130 killed in the attacks a decade after.",
        ),
        (
            "Report: 200,000 killed 1992-1995",
            "Researchers said about 100,000 people were killed between 1992 and 1995.",
        ),
        (
            "Documentary review",
            "The award-winning documentary 'Nine Days in Aleppo' recalls a siege that killed 3,000.",
        ),
        (
            "Mob kills suspected thieves",
            "A mob beat three suspected thieves to death at a market in Kano, police said.",
        ),
        ("Boar attack", "A wild boar attack left a farmer dead in his field in Tamil Nadu."),
    ],
)
def test_hard_negatives_of_round_14(title: str, summary: str) -> None:
    assert _figures(title, summary) == []


def test_the_jordan_valley_is_the_west_bank() -> None:
    figs = _figures(
        "Raid kills 2", "Two Palestinians were killed in a raid on a village in the Jordan Valley."
    )
    assert figs == [(2, "killed", "West Bank")]
