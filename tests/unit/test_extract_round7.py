"""Issue 10, round 7: casualty-figure families found by tests/data/extraction_round7.jsonl, each with
sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_casualties
from bot.core.model import CasualtyFigure
from bot.core.series import headline_figure


def _figures(text: str) -> dict[tuple[int | None, str], CasualtyFigure]:
    return {(f.count, f.kind): f for f in extract_casualties(text)}


# --- a second figure joined to the first takes its victims and its running-toll reading -------------

# (text, count, kind, victims, cumulative)
JOINED_CASES = [
    ("Four police officers were killed and nine wounded when a roadside bomb hit their patrol in Kandahar.",
     9, "injured", "police officers", False),
    ("The shelling of Kherson killed 14 civilians and wounded 22 others, the governor said.",
     22, "injured", "civilians", False),
    ("An air strike on a market in Idlib killed 8 traders, among them two brothers, and injured 30 others.",
     30, "injured", "traders", False),
    ("At least 212 teachers have been killed and more than 700 injured since the war in Sudan began.",
     212, "killed", "teachers", True),
    ("At least 212 teachers have been killed and more than 700 injured since the war in Sudan began.",
     700, "injured", "teachers", True),
    ("Fighting around Tripoli over four days has killed 31 people and wounded 88, medics said.",
     88, "injured", "people", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count", "kind", "victims", "cumulative"), JOINED_CASES)
def test_a_joined_figure_takes_the_first_ones_victims_and_span(
    text: str, count: int, kind: str, victims: str, cumulative: bool
) -> None:
    fig = _figures(text)[(count, kind)]
    assert (fig.victims, fig.cumulative) == (victims, cumulative)
    assert fig.why is not None


def test_one_victim_lends_no_victims_to_a_joined_count() -> None:
    figs = _figures("One man was killed and 12 people injured when a missile struck Dnipro.")
    assert figs[(12, "injured")].victims == "people"


def test_a_second_figure_with_victims_of_its_own_keeps_them() -> None:
    figs = _figures("The strike killed six soldiers and wounded 15 civilians near Pokrovsk.")
    assert figs[(15, "injured")].victims == "civilians"


# --- an earlier figure quoted for comparison is marked and never heads its series -------------------

EARLIER_CASES = [
    ("The toll from the strike on Odesa rose to 19, up from 12 on Saturday.", 19, 12),
    ("Officials put the toll in Kassala at 87, revising their previous figure of 60.", 87, 60),
    ("The army revised the toll of the ambush down to 40 from an initial count of 55.", 40, 55),
    ("In May, 190 civilians were killed in Ukraine, compared with 164 killed in April.", 190, 164),
]


@pytest.mark.parametrize(("text", "new", "old"), EARLIER_CASES)
def test_an_earlier_figure_is_kept_but_marked_and_never_the_headline(text: str, new: int, old: int) -> None:
    figs = _figures(text)
    assert not figs[(new, "killed")].earlier
    earlier = figs[(old, "killed")]
    assert earlier.earlier
    assert earlier.to_json()["earlier"] is True
    assert earlier.why is not None and "earlier figure" in earlier.why.status
    same_series = [f for f in figs.values() if f.kind == "killed" and f.count is not None]
    assert headline_figure(same_series).count == new


# --- a running toll over a span named without a number, or a war's length ---------------------------

SPAN_CASES = [
    "Clashes in the Sahel town killed 41 people over a week, the army said.",
    "More than 120 people have been killed in a week of fighting in Sweida province.",
    "Raiders killed 73 villagers during a two-day assault on the district, residents said.",
    "The 12-year insurgency has killed more than 35,000 people in the region.",
]


@pytest.mark.parametrize("text", SPAN_CASES)
def test_a_toll_over_a_span_is_a_running_toll_and_the_span_no_figure(text: str) -> None:
    figs = extract_casualties(text)
    assert len(figs) == 1
    assert figs[0].cumulative
    assert figs[0].count not in {1, 2, 12}


# --- single victims told by role, and victims named after the verb ----------------------------------

ONE_VICTIM_CASES = [
    ("A UNICEF staff member died in shelling of Kadugli on Friday, the agency said.", "staff member"),
    ("A Sudanese Red Crescent volunteer died when a drone struck a clinic in Dilling.", "volunteer"),
    ("The army announced the death of a reservist in fighting in northern Gaza.", "reservist"),
    ("A firefighter was killed when a second Russian drone hit the burning depot in Kharkiv.", "firefighter"),
]


@pytest.mark.parametrize(("text", "victims"), ONE_VICTIM_CASES)
def test_one_victim_told_by_role_is_a_figure_of_one(text: str, victims: str) -> None:
    figs = _figures(text)
    assert (1, "killed") in figs
    assert figs[(1, "killed")].victims == victims
    assert figs[(1, "killed")].qualifier == "exact"


def test_victims_named_after_the_verb() -> None:
    figs = _figures(
        "A drone hit the ambulance as it reached the village near Kupiansk. Killed in the attack were "
        "two medics and a driver, officials said."
    )
    assert figs[(2, "killed")].victims == "medics"
    assert figs[(1, "killed")].victims == "driver"
    wounded = _figures("Shells landed on the square in Nikopol. Wounded were 11 people, the mayor said.")
    assert wounded[(11, "injured")].victims == "people"


# --- places, commemorations, and a merged figure's why -----------------------------------------------


def test_a_city_named_only_as_a_reference_point_is_not_the_place() -> None:
    figs = extract_casualties(
        "Fighters stormed the town of Mirebalais, north-east of Port-au-Prince, killing at least 25 people."
    )
    [fig] = figs
    assert fig.count == 25 and fig.location is not None
    assert fig.location.endswith("Haiti") and "Port-au-Prince" not in fig.location


def test_a_commemoration_dates_the_gathering_not_the_deaths() -> None:
    assert not extract_casualties(
        "Survivors mark 70 years since the battle of Dien Bien Phu at a memorial\n"
        "Some 13,000 soldiers died in the 56-day battle, and veterans gathered at the memorial on Tuesday."
    )


def test_a_merged_figure_explains_its_qualifier_and_span_where_they_came_from() -> None:
    (fig,) = extract_casualties(
        "Militia accused of killing 150 villagers\n"
        "About 150 villagers were killed over three days in raids on the district, a UN report said."
    )
    assert (fig.qualifier, fig.cumulative) == ("about", True)
    assert fig.why is not None
    assert "over three days" in fig.why.status
    assert "(about)" in dict(fig.why.roles)["count"]


# --- victims in the toll's own noun; a vague figure said again with a number ---------------------------


@pytest.mark.parametrize(
    ("text", "count", "kind", "victims"),
    [
        ("A reservist's death brought the number of soldiers killed in the offensive to 318.",
         318, "killed", "soldiers"),
        ("The number of civilians killed in the strike on the station in Sloviansk rose to 41.",
         41, "killed", "civilians"),
        ("The number of children wounded in the shelling of Idlib has risen to 23.",
         23, "injured", "children"),
    ],
)  # fmt: skip
def test_victims_named_in_a_number_of_toll(text: str, count: int, kind: str, victims: str) -> None:
    assert _figures(text)[(count, kind)].victims == victims


def test_a_headline_vague_figure_said_again_with_a_number_is_one_figure() -> None:
    figs = extract_casualties(
        "Dozens killed as gunmen raid villages in Zamfara\nGunmen killed at least 52 villagers in raids on "
        "three villages in Zamfara state, police said."
    )
    assert [(f.count, f.kind) for f in figs] == [(52, "killed")]


def test_a_vague_figure_stays_beside_a_part_or_a_toll_of_another_scope() -> None:
    with_part = extract_casualties(
        "A drone hit the market in Kadugli, killing dozens of people, including 30 children."
    )
    assert {(f.count, f.qualifier) for f in with_part} == {(None, "vague"), (30, "exact")}
    with_toll = extract_casualties(
        "Strikes killed dozens of people across Gaza on Monday, "
        "as the toll since the war began passed 60,000."
    )
    assert {(f.count, f.cumulative) for f in with_toll} == {(None, False), (60000, True)}


def test_two_different_vague_figures_are_two() -> None:
    figs = extract_casualties(
        "Scores have been killed in an attack on a village in Gezira. "
        "Thousands have died since the start of the war."
    )
    assert sorted((f.lower_bound or 0, f.cumulative) for f in figs) == [(40, False), (2000, True)]


# --- the figure families, checked with sentences of this round -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rising toll of one attack is no running toll; a toll since a war's start is
        ("The death toll rose to 88 in the attack on a hotel in Mogadishu, police said.", [(88, False)]),
        ("Some 310 people have been killed in Iran since Israel launched attacks on the country.",
         [(310, True)]),
        # the day's figure and the war's total are two facts, one of each kind
        ("Strikes killed 17 people in Gaza on Sunday, bringing the overall toll to 51,266.",
         [(17, False), (51266, True)]),
        # a span told in the main clause holds for the participle's figure; the span is never a figure
        ("Drones struck Kherson in six nights of attacks, killing 9 people, officials said.", [(9, True)]),
        # the toll noun far from its verb, with nothing counted in between
        ("The death toll from three days of fighting between the army and tribal fighters in the hills "
         "around the town and the reprisals that followed has risen to more than 240, medics said.",
         [(240, True)]),
    ],
)  # fmt: skip
def test_incident_and_running_tolls(text: str, expected: list[tuple[int, bool]]) -> None:
    assert (
        sorted((f.count or 0, f.cumulative) for f in extract_casualties(text) if f.kind == "killed")
        == expected
    )


def test_more_after_a_number_is_a_second_figure() -> None:
    figs = _figures("A missile hit a school in Kramatorsk, killing four people. Nineteen more were wounded.")
    assert (19, "injured") in figs
    vague = _figures(
        "The toll from the attack on the mall rose to 61. Dozens more were injured, officials said."
    )
    assert vague[(None, "injured")].lower_bound == 24


# --- round 8 (a second set of this round, written after the fixes above) --------------------------------


def test_a_toll_named_only_toll_gives_way_to_the_incident_said_elsewhere() -> None:
    figs = extract_casualties(
        "Death toll from Quetta bus hijacking climbs to 26\n"
        "The number of people killed in Tuesday's attack on a bus near Quetta rose to 26, officials said."
    )
    assert [(f.count, f.cumulative) for f in figs] == [(26, False)]


@pytest.mark.parametrize(
    ("text", "count", "kind", "victims"),
    [
        ("Militants hacked to death 14 farmers in an overnight raid near Oicha.", 14, "killed", "farmers"),
        ("The army said it killed more than 40 al-Shabaab fighters near Jowhar.", 40, "killed", "fighters"),
        ("Seven members of one family, among them four children, died when a shell hit their home in Idlib.",
         7, "killed", "family members"),
        ("Seven members of one family, among them four children, died when a shell hit their home in Idlib.",
         4, "killed", "children"),
    ],
)  # fmt: skip
def test_more_ways_to_name_victims(text: str, count: int, kind: str, victims: str) -> None:
    fig = _figures(text)[(count, kind)]
    assert fig.victims.endswith(victims)


def test_one_victim_beside_a_count_of_the_other_kind() -> None:
    figs = _figures("A drone strike near Marjayoun killed a medic and injured two of his colleagues.")
    assert figs[(1, "killed")].victims == "medic"
    assert (2, "injured") in figs
    third = _figures(
        "Two journalists were killed and a third wounded when a shell hit their car near Bakhmut."
    )
    assert (1, "injured") in third


def test_a_cartel_is_crime_not_war() -> None:
    assert not extract_casualties("Cartel killings left 11 dead in Guanajuato, police said.")


# --- round 9 (a third set, written after round 8's fixes) ------------------------------------------------


def test_years_ago_is_history() -> None:
    assert not extract_casualties(
        "Forty years ago, soldiers killed some 3,000 villagers in the valley, survivors recall."
    )
    # ... but not a war that began a few years ago and still kills
    assert extract_casualties("More than 9,000 people have been killed since the war began three years ago.")


def test_a_knife_attack_is_crime() -> None:
    assert not extract_casualties(
        "Knife attack at a Munich market: 2 dead\nA man stabbed two shoppers to death, police said."
    )


def test_wounded_another_is_one_injured() -> None:
    figs = _figures("Houthi fighters shot dead a fisherman and wounded another near the port of Hodeidah.")
    assert (1, "killed") in figs
    assert figs[(1, "injured")].victims == "people"


def test_a_years_toll_is_a_running_toll_and_a_worldwide_one_has_no_place() -> None:
    (fig,) = extract_casualties("A record 172 journalists were killed around the world in 2024, the UN said.")
    assert fig.cumulative
    assert fig.location is None


PLACE_CASES = [
    # "eastern Congo" is the DR Congo (pycountry's "Congo" is Brazzaville)
    ("ADF rebels killed 19 villagers in a night raid in eastern Congo, the army said.", "DR Congo"),
    # never a dateline city, nor the attacker's nationality
    ("CAIRO, May 2 (Reuters) - Shelling killed 12 people in Omdurman on Monday.", "Omdurman, Sudan"),
    (
        "A Russian missile strike killed two people in Zaporizhzhia, the governor said.",
        "Zaporizhzhia, Ukraine",
    ),
    # a village named after the verb that hit it
    (
        "Fourteen villagers were killed when jets bombed Kyauk Taw village in Sagaing region.",
        "Kyauk Taw, Myanmar",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACE_CASES)
def test_the_most_specific_place(text: str, place: str) -> None:
    (fig,) = extract_casualties(text)
    assert fig.location == place


def test_the_one_victim_named_with_the_article() -> None:
    figs = _figures("A drone struck a minibus near Izium, killing the driver and injuring six passengers.")
    assert figs[(1, "killed")].victims == "driver"
    assert figs[(6, "injured")].victims == "passengers"
    # a possessive is not the victim: "the soldier's family" is not one soldier
    assert (1, "killed") not in _figures("A shell killed the soldier's family in Khan Younis.")


def test_a_part_told_by_its_place() -> None:
    figs = _figures(
        "Israeli strikes killed 23 people across the Gaza Strip on Friday, including nine in Khan Younis, "
        "medics said."
    )
    assert figs[(23, "killed")].location == "Gaza"
    assert figs[(9, "killed")].location == "Khan Younis, Gaza"
    assert figs[(9, "killed")].victims == "people"


def test_a_months_toll_is_a_running_toll() -> None:
    figs = _figures("In March, 164 civilians were killed and 910 injured in Ukraine, UN monitors said.")
    assert figs[(164, "killed")].cumulative and figs[(910, "injured")].cumulative
    assert _figures("Strikes killed 41 civilians in Kharkiv in May alone.")[(41, "killed")].cumulative
    assert not _figures("Strikes killed 30 people in Gaza on Saturday alone.")[(30, "killed")].cumulative


def test_one_victim_with_a_clause_between_noun_and_verb() -> None:
    figs = _figures("The army said that a hostage held in Gaza had been killed in captivity.")
    assert figs[(1, "killed")].victims == "hostage"
