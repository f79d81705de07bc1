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
