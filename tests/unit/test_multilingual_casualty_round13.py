"""Casualty figures in the ten languages, after the round-5 held-out run (issue 15): "une
soixantaine" is a number word like "une vingtaine", armed men and attackers speak of violence
("Bewaffnete erschießen ..."), and a Turkish wounded count in the genitive ("yaralıların sayısı
... 'e yükseldi") is a wounded toll. Every sentence is written for this file (none is corpus or
held-out text)."""

from __future__ import annotations

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def figures(language: str, text: str) -> set[tuple[int, str]]:
    found = [fact_json(f) for f in read_facts(language, text, "")]
    return {(f["count"], f["kind"]) for f in found if f["type"] == "casualty"}


def test_une_soixantaine_is_sixty() -> None:
    assert (60, "injured") in figures("fr", "Bombardement à Goma : une soixantaine de blessés")


def test_une_soixantaine_is_approximate_like_une_vingtaine() -> None:
    for word in ("soixantaine", "vingtaine"):
        text = f"Une {word} de civils tués dans une attaque près de Bunia"
        found = [fact_json(f) for f in read_facts("fr", text, "")]
        assert [f["qualifier"] for f in found] == ["about"], word


def test_armed_men_killing_speak_of_violence() -> None:
    assert (30, "killed") in figures("de", "Mali: Bewaffnete töten mindestens 30 Dorfbewohner")


def test_a_turkish_wounded_toll_in_the_genitive() -> None:
    text = "Lübnan'da saldırılarda yaralıların sayısı 4.120'ye yükseldi"
    assert (4120, "injured") in figures("tr", text)
