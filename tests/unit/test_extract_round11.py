"""Issue 10, round 11: casualty-figure families found by tests/data/extraction_round11.jsonl, each with
sentences written for these tests (no corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import explain_item, extract_casualties

DAY = date(2025, 12, 1)

# --- crime and policing that looks like war: the named veto `crime_not_war` ---------------------------

CRIME_NOT_WAR = [
    ("Police kill 9 in raid on Salvador gang hideout",
     "Bahia police shot dead nine suspected gang members in a dawn raid on a hideout in Salvador, "
     "officials said."),
    ("Shooting at nightclub in Monterrey leaves 6 dead",
     "Gunmen burst into a nightclub in Monterrey and killed six people in an attack blamed on a "
     "local cartel."),
    ("Riot at Honduran women's prison kills 41 inmates",
     "Forty-one inmates died when members of one gang attacked a rival wing of the prison, the "
     "government said."),
    ("Four shot dead in Malmö in feud between criminal networks",
     "Swedish police said the four men killed on Sunday were part of a conflict between criminal networks."),
    ("Five shot dead at a pool hall in Tegucigalpa",
     "Gunmen killed five men at a pool hall in Tegucigalpa, in an attack blamed on a gang."),
    ("Three killed in Memphis drive-by", "Three teenagers were killed in a drive-by shooting in Memphis."),
    ("Punjab police kill 4 dacoits", "Police killed four dacoits in a shootout near Rahim Yar Khan."),
    ("São Paulo police operation leaves 12 suspects dead",
     "Police killed 12 suspected drug traffickers in a raid in Guarujá, the state's military police said."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "summary"), CRIME_NOT_WAR)
def test_crime_and_policing_without_armed_conflict_is_no_figure(title: str, summary: str) -> None:
    explained = explain_item(title, summary, DAY)
    assert explained.facts == []
    assert "crime_not_war" in {d.veto for d in explained.dropped}


ARMED_CONFLICT_KEPT = [
    ("Gunmen kill 8 soldiers in Katsina ambush",
     "Gunmen ambushed an army patrol near Safana on Tuesday, killing eight soldiers, police said.", 8),
    ("Militia attack kills 14 near Bunia",
     "A militia attack on a village near Bunia killed 14 civilians, a police spokesman said.", 14),
    ("Haiti police kill 10 gang members in Croix-des-Bouquets",
     "Haitian police said 10 gang members were killed in a shootout in Croix-des-Bouquets on Monday.", 10),
    ("Police kill 2 attackers after shooting at Jerusalem bus stop",
     "Israeli police shot dead two Palestinian gunmen after a shooting attack at a bus stop.", 2),
    ("Gangs storm Haitian town", "At least 20 people were killed as gangs stormed Mirebalais.", 20),
    ("Security forces kill 5 protesters as crackdown widens",
     "Police shot dead five protesters in the capital as the crackdown on the opposition widened.", 5),
]  # fmt: skip


@pytest.mark.parametrize(("title", "summary", "count"), ARMED_CONFLICT_KEPT)
def test_crime_words_beside_armed_conflict_keep_the_figure(title: str, summary: str, count: int) -> None:
    facts = explain_item(title, summary, DAY).facts
    assert count in {getattr(f, "count", None) for f in facts}


def test_a_police_source_alone_is_no_crime() -> None:
    figs = extract_casualties("Gunmen killed 11 villagers in an attack on a hamlet in Benue, police said.")
    assert [(f.count, f.kind) for f in figs] == [(11, "killed")]


# --- towns the gazetteer lacks keep the most specific place ------------------------------------------

TOWN_CASES = [
    ("Separatist fighters killed three soldiers in Bamenda on Sunday, the army said.", "Bamenda, Cameroon"),
    ("Gunmen killed 9 villagers near Bokkos in Plateau state, a local leader said.", "Bokkos, Nigeria"),
    ("Jihadists attacked Dikwa overnight, killing six people.", "Dikwa, Nigeria"),
    ("An Israeli drone strike killed two men in Bint Jbeil, the ministry said.", "Bint Jbeil, Lebanon"),
    ("Gunmen killed 3 guards in an attack in Kunduz province.", "Kunduz"),  # a region, not its town
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), TOWN_CASES)
def test_a_town_missing_from_the_gazetteer_is_the_figures_place(text: str, place: str) -> None:
    assert [f.location for f in extract_casualties(text)][:1] == [place]


@pytest.mark.parametrize(
    ("sentence", "towns"),
    [
        ("Four people were killed in Mobile, Alabama.", []),  # a common word, on the stop list
        ("Shelling killed 3 In Police Station Road.", []),
        ("The talks in Geneva ended.", []),  # where talks are held, not a town of news
        ("Militants stormed Kyaukme at dawn.", [(18, "Kyaukme, Myanmar")]),
        ("Troops were ambushed near Dera Ismail Khan.", [(26, "Dera Ismail Khan, Pakistan")]),
        ("killed in barsalogho", []),  # only a capitalised name is a town
    ],
)
def test_town_mentions_read_only_capitalised_towns_after_a_locative(
    sentence: str, towns: list[tuple[int, str]]
) -> None:
    from bot.core.extract.towns import town_mentions

    assert town_mentions(sentence, []) == towns


def test_the_town_table_is_not_read_at_import() -> None:
    import subprocess
    import sys

    code = (
        "import bot.core.extract.figure_places, bot.core.extract.towns as t; "
        "print(t._towns.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


# --- figures in shapes that were not read -------------------------------------------------------------

# (text, count, kind, victims)
UNREAD_SHAPES = [
    ("A missile hit a market in Sloviansk, killing four people, and 19 were taken to hospital.",
     19, "injured", "people"),
    ("Shelling killed two civilians in Nikopol, while 7 others were rushed to hospital.",
     7, "injured", "people"),
    ("Troops shot dead three Palestinian youths near Nablus and a fourth was wounded, medics said.",
     1, "injured", "youth"),
    ("Two policemen were killed and a third was injured when militants attacked a checkpoint in Bannu.",
     1, "injured", "policeman"),
    # one named victim and a number of others are one figure
    ("A drone strike on a car near Tyre killed the village's imam and two others, the ministry said.",
     3, "killed", "people"),
    ("Rebels ambushed a patrol in Ituri, killing the company commander and six other soldiers.",
     7, "killed", "soldiers"),
    ("Gunmen killed the district head of Kurfi and five others in Dutsinma, officials said.",
     6, "killed", "people"),
    # a counted part after a lone one in the same list
    ("Gunmen stormed a mosque in Katsina, killing 15 people, including an imam and four children.",
     4, "killed", "children"),
    ("A strike on a flat in Khan Younis killed nine people, including a nurse and her two sons.",
     2, "killed", "sons"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count", "kind", "victims"), UNREAD_SHAPES)
def test_figures_in_unread_shapes(text: str, count: int, kind: str, victims: str) -> None:
    figs = {(f.count, f.kind): f for f in extract_casualties(text)}
    assert figs[(count, kind)].victims == victims


def test_bandits_make_a_lone_victim_conflict_news() -> None:
    figs = extract_casualties("Bandits shot dead a farmer in Zurmi, residents said.")
    assert [(f.count, f.victims) for f in figs] == [(1, "farmer")]


def test_a_coal_mine_blast_is_an_accident() -> None:
    assert extract_casualties("A methane explosion in a coal mine in Boyacá killed 9 miners.") == []


def test_a_counted_group_and_others_are_two_figures() -> None:
    figs = extract_casualties("Shelling killed 3 soldiers and two others in Toretsk.")
    assert sorted((f.count, f.victims) for f in figs) == [(2, "people"), (3, "soldiers")]


def test_a_hospital_alone_in_a_disaster_is_no_figure() -> None:
    text = "Two people died and about 120 were taken to hospital with food poisoning after a wedding."
    assert extract_casualties(text) == []


def test_a_number_quoted_for_comparison_is_the_earlier_figure_of_the_same_toll() -> None:
    figs = extract_casualties(
        "Medics said 640 civilians have been killed in Kadugli since the siege began, "
        "up from 515 a month earlier."
    )
    earlier = [f for f in figs if f.earlier]
    assert [(f.count, f.kind, f.victims, f.cumulative) for f in earlier] == [
        (515, "killed", "civilians", True)
    ]
    assert [f.count for f in figs if not f.earlier] == [640]


def test_a_share_quoted_for_comparison_is_no_figure() -> None:
    figs = extract_casualties("Air strikes killed 90 people in March, up from 40% a year earlier.")
    assert [f.count for f in figs] == [90]


# --- a headline's place that the lead names only as a landmark or a region gives way ------------------


@pytest.mark.parametrize(
    ("title", "summary", "place"),
    [
        ("Troops kill 3 near Tubas", "Troops shot dead three men in Tammun, near Tubas.", "Tammun"),
        ("Gunmen kill 14 in Plateau village raid",
         "Gunmen killed 14 people in Bokkos in Nigeria's Plateau state overnight, officials said.", "Bokkos"),
    ],
)  # fmt: skip
def test_the_leads_town_beats_a_headline_landmark_or_region(title: str, summary: str, place: str) -> None:
    facts = [f for f in explain_item(title, summary, DAY).facts if getattr(f, "kind", None) == "killed"]
    assert [f.location.split(",")[0] for f in facts] == [place]
