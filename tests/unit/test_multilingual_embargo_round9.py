"""Arms-embargo roles in the ten languages, round 9 (issue 15): partial suspensions
('parcialmente') are `partial` (pt), the French Human Rights Council named with its body's
long title, and German arms sales ('Waffenverkäufe', 'Verkauf von Waffen') as a supply word.
Every sentence is written for this file (none is corpus text)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def roles(language: str, text: str) -> set[tuple[str | None, str | None, str | None]]:
    found = [fact_json(f) for f in read_facts(language, text, "")]
    return {(f["actor"], f["target"], f["action"]) for f in found if f["type"] == "arms_embargo"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "Espanha suspende parcialmente as vendas de armamento a Israel",
            ("Spain", "Israel", "partial"),
        ),
    ],
)
def test_partial_suspensions_are_partial(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil des droits de l'homme des Nations unies exige un embargo sur les armes contre le Soudan",
        "Le Conseil des droits humains demande l'arrêt des livraisons d'armes au Soudan",
    ],
)
def test_the_human_rights_council_with_its_long_title_is_the_caller(text: str) -> None:
    assert roles("fr", text) == {("UN Human Rights Council", "Sudan", "called_for")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norwegen verbietet Waffenverkäufe an Israel", ("Norway", "Israel", "imposed")),
        ("Italien stoppt den Verkauf von Waffen an die Türkei", ("Italy", "Turkey", "imposed")),
    ],
)
def test_german_arms_sales_are_a_supply(text: str, expected: tuple[str, str, str]) -> None:
    assert roles("de", text) == {expected}


def test_a_sale_of_other_goods_is_no_embargo() -> None:
    assert roles("de", "Der Verkauf von Autos an Russland wurde gestoppt") == set()
