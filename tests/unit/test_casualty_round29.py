"""Casualty figure families of issue 10, round 29 (helper encas): sentences written for these tests
(not copied from any set). A part named after its whole whose clause runs long, or with no verb ("Among
the dead, ..."); "as many" repeating the figure before it with another kind; a part of a force told by
its owner ("23 of the brigade's men"); a bare total taking the kind of the figure it sums; the injury
noun late ("evacuated with serious injuries", "sustained gunshot wounds"); one victim with an
apposition before the verb; forces trading fire and an "exchange of fire" (gunfire, no blaze); a
suicide blast is an attack."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import CasualtyFigure


def _casualties(title: str, summary: str = "") -> list[CasualtyFigure]:
    facts = extract_facts(title, summary, date(2026, 12, 7))
    return [f for f in facts if isinstance(f, CasualtyFigure)]


def _figures(title: str, summary: str = "") -> set[tuple[int | None, str]]:
    return {(f.count, f.kind) for f in _casualties(title, summary)}


@pytest.mark.parametrize(
    ("title", "summary", "part"),
    [
        (
            "Shelling of Kramatorsk market kills 14",
            "Among those killed when the shells struck the covered market near the central square on "
            "Sunday were four pensioners, the regional governor said.",
            (4, "killed"),
        ),
        (
            "Drone strike on Gao bus station kills 19",
            "Among the dead, six women, local officials said; the strike was the deadliest in months.",
            (6, "killed"),
        ),
        (
            "Air raid on Mayangadi kills 12",
            "Among the wounded: seven pupils of the village school, the resistance group said.",
            (7, "injured"),
        ),
    ],
)
def test_a_part_named_after_its_whole_long_or_verbless(
    title: str, summary: str, part: tuple[int, str]
) -> None:
    assert part in _figures(title, summary)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Three policemen were killed and as many were wounded when militants attacked a checkpoint "
            "in Lakki Marwat.",
            {(3, "killed"), (3, "injured")},
        ),
        ("Four soldiers dead, as many missing after ambush near Menaka", {(4, "killed"), (4, "missing")}),
    ],
)
def test_as_many_repeats_the_figure_before_it(text: str, figures: set[tuple[int, str]]) -> None:
    assert figures <= _figures(text)


def test_as_many_as_a_hedge_is_no_second_figure() -> None:
    got = _figures("As many as 40 people were killed in the raid on the village near Djibo, residents said.")
    assert (40, "killed") in got and (40, "injured") not in got


@pytest.mark.parametrize(
    ("text", "count", "victims"),
    [
        (
            "The rebels said 17 of the brigade's fighters were killed in the assault on Lashio.",
            17,
            "fighters",
        ),
        (
            "Kyiv said 12 of our soldiers died in the shelling near Kupiansk, the commander told reporters.",
            12,
            "soldiers",
        ),
    ],
)
def test_a_part_of_a_force_told_by_its_owner(text: str, count: int, victims: str) -> None:
    got = [f for f in _casualties(text) if f.count == count and f.kind == "killed"]
    assert got and got[0].victims == victims


def test_a_bare_total_takes_the_kind_of_the_figure_it_sums() -> None:
    got = _casualties(
        "Russia lost 980 troops killed or wounded in the past day, Kyiv said, bringing the total since "
        "the invasion to 1,102,300."
    )
    assert (1102300, "killed_and_injured") in {(f.count, f.kind) for f in got}


def test_a_death_toll_stays_a_death_toll_after_a_mixed_figure() -> None:
    got = _figures(
        "In all 60 people were killed or wounded in the strikes on Sumy, bringing the death toll since "
        "Friday to 21."
    )
    assert (21, "killed") in got


@pytest.mark.parametrize(
    "text",
    [
        "A mortar round hit the camp near Bunia, killing five people; two others were evacuated "
        "with serious injuries.",
        "Five people were killed in the mortar attack near Bunia and two survivors were treated "
        "for shrapnel wounds.",
        "A mortar attack near Bunia killed five people, and two others sustained gunshot wounds, "
        "the army said.",
    ],
)
def test_an_injury_noun_late_in_the_clause(text: str) -> None:
    assert (2, "injured") in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "A 22-year-old Palestinian, Yazan Odeh, was shot dead by troops near Qalqilya, the ministry said.",
        "Two soldiers were killed and a shepherd, a father of five from Kafr Qud, was wounded in the raid.",
    ],
)
def test_one_victim_with_an_apposition_before_the_verb(text: str) -> None:
    kinds = {f.kind for f in _casualties(text) if f.count == 1}
    assert kinds


@pytest.mark.parametrize(
    ("title", "summary", "figure"),
    [
        (
            "India, Pakistan troops trade fire along Line of Control",
            "Two Indian soldiers were killed in the firing in Poonch sector, the army said.",
            (2, "killed"),
        ),
        (
            "Four soldiers killed on Lebanon border",
            "Four soldiers died in an exchange of fire with gunmen near the Masnaa crossing, the army said.",
            (4, "killed"),
        ),
        (
            "Suicide blast at Bannu bus terminal kills 9",
            "Police said the bomber struck as passengers waited to board a coach bound for Peshawar.",
            (9, "killed"),
        ),
    ],
)
def test_gunfire_and_suicide_blasts_are_attacks(title: str, summary: str, figure: tuple[int, str]) -> None:
    assert figure in _figures(title, summary)


def test_a_house_fire_is_still_a_blaze() -> None:
    assert not _figures(
        "House fire kills five in Leeds", "Firefighters said the blaze started in the kitchen."
    )


# --- after the second (round 30) set: the same mechanisms, other words --------------------------------


@pytest.mark.parametrize(
    ("title", "summary", "parts"),
    [
        (
            "Strike on Kupiansk market kills 12",
            "Those killed included five pensioners and a nurse, the prosecutor's office said.",
            {(5, "killed")},
        ),
        (
            "Shelling of Bentiu camp kills eight",
            "The dead, four women, three men and a boy, were queueing for water, the UN said.",
            {(4, "killed"), (3, "killed")},
        ),
    ],
)
def test_parts_after_those_killed_included_or_in_apposition(
    title: str, summary: str, parts: set[tuple[int, str]]
) -> None:
    assert parts <= _figures(title, summary)


def test_the_same_number_repeats_the_figure_before_it() -> None:
    got = _figures(
        "Gunmen attacked a police post in Dera Ismail Khan, killing two officers and injuring the "
        "same number."
    )
    assert {(2, "killed"), (2, "injured")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "A shell hit the clinic in Malakal, killing a nurse, while four patients suffered burns.",
        "The bomb killed a guard in Mogadishu and four recruits needed hospital treatment for wounds.",
        "The blast in Jalalabad killed a cleric, with four people still in hospital, police said.",
        "Mines killed a herder near Kidal and four villagers were maimed, the UN mission said.",
    ],
)
def test_the_hurt_told_by_burns_treatment_hospital_or_maiming(text: str) -> None:
    assert (4, "injured") in _figures(text)


def test_a_force_s_losses_brought_to_a_total() -> None:
    got = _figures(
        "The army said two soldiers were killed by a roadside bomb in Jenin, bringing its losses since "
        "the operation began to 57."
    )
    assert {(2, "killed"), (57, "killed")} <= got


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two villagers caught in the crossfire near Kadugli died, the medics said.", (2, "killed")),
        ("Troops killed two gunmen near Tubas and wounded a third, the army said.", (1, "injured")),
        (
            "Two medics were killed and a third was badly hurt in the strike on the ambulance in Bakhmut.",
            (1, "injured"),
        ),
    ],
)
def test_where_the_victims_were_and_a_third_one(text: str, figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    ("title", "summary", "figure"),
    [
        (
            "Drone hits Kherson bus stop, wounding 11",
            "The people had been waiting for a bus to the city centre, the regional governor said.",
            (11, "injured"),
        ),
        ("Gunboats fire on fishing boat off Rafah, wounding two", "", (2, "injured")),
    ],
)
def test_a_vehicle_awaited_and_craft_firing_are_no_accident(
    title: str, summary: str, figure: tuple[int, str]
) -> None:
    assert figure in _figures(title, summary)


def test_a_bus_crash_stays_an_accident() -> None:
    assert not _figures("Bus plunges off road in Peru, killing 24", "The bus skidded on a mountain bend.")


@pytest.mark.parametrize(
    ("title", "summary", "one"),
    [
        (
            "Six aid workers, including a driver and two nurses, killed in Darfur ambush",
            "",
            ("killed", "driver"),
        ),
        (
            "Shelling of Bentiu camp kills eight",
            "Among the dead, four women and a nurse, the UN said.",
            ("killed", "nurse"),
        ),
        (
            "Bomb on Kandahar bus kills nine, wounds 14",
            "The dead were mostly teachers, police said; the wounded included a traffic policeman.",
            ("injured", "policeman"),
        ),
        (
            "Drone hits ferry off Kherson",
            "The regional administration said one sailor was killed and two are missing.",
            ("killed", "sailor"),
        ),
    ],
)
def test_a_lone_victim_in_a_list_of_parts_or_told_by_one(
    title: str, summary: str, one: tuple[str, str]
) -> None:
    got = {(f.kind, (f.victims or "").split()[-1]) for f in _casualties(title, summary) if f.count == 1}
    assert one in got


def test_a_part_told_only_by_how_badly() -> None:
    got = _figures("Mortar fire on Goma camp wounds 22, seven of them critically, the army said.")
    assert {(22, "injured"), (7, "injured")} <= got
