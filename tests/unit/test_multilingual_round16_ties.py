"""Ten-language recognitions told as establishing or restoring diplomatic relations (round 16, helper ml16;
issue 15): "Honduras restablece relaciones con Taiwán", "Haïti rétablit ses relations diplomatiques avec
Taïwan", "Гватемала восстановила дипломатические отношения с Тайванем", "Tayvan ile diplomatik
ilişkilerini yeniden kurdu" recognise Taiwan, as English reads "restores diplomatic ties with Taiwan"
(lexicon `[recognition]` done / announced / neutral); relations with a state no one disputes ("con Argelia")
recognise nothing (the `no_state` veto). Every sentence here is written for this file (none is corpus or
held-out text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def recognitions(language: str, title: str) -> list[list[Any]]:
    facts = (fact_json(f) for f in read_facts(language, title, ""))
    return sorted([[f["actors"], f["recognized"], f["status"]] for f in facts if f["type"] == "recognition"])


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        (
            "es",
            "Honduras estudia restablecer relaciones diplomáticas con Taiwán",
            [[["Honduras"], "Taiwan", "considering"]],
        ),
        (
            "es",
            "Honduras restablece relaciones con Taiwán y rompe con Pekín",
            [[["Honduras"], "China", "rejected"], [["Honduras"], "Taiwan", "done"]],
        ),
        ("fr", "Haïti rétablit ses relations diplomatiques avec Taïwan", [[["Haiti"], "Taiwan", "done"]]),
        (
            "fr",
            "Haïti envisage de rétablir des relations diplomatiques avec Taïwan",
            [[["Haiti"], "Taiwan", "considering"]],
        ),
        (
            "pt",
            "São Tomé e Príncipe pondera restabelecer relações diplomáticas com Taiwan",
            [[["Sao Tome and Principe"], "Taiwan", "considering"]],
        ),
        (
            "de",
            "Eswatini lehnt Aufnahme diplomatischer Beziehungen zu Peking ab",
            [[["Eswatini"], "China", "rejected"]],
        ),
        (
            "ru",
            "Гватемала восстановила дипломатические отношения с Тайванем",
            [[["Guatemala"], "Taiwan", "done"]],
        ),
        (
            "tr",
            "Saint Lucia, Tayvan ile diplomatik ilişkilerini yeniden kurdu",
            [[["Saint Lucia"], "Taiwan", "done"]],
        ),
        ("uk", "Нікарагуа відновила дипломатичні відносини з Тайванем", [[["Nicaragua"], "Taiwan", "done"]]),
        (
            "fr",
            "La Serbie refuse d'établir des relations diplomatiques avec le Kosovo",
            [[["Serbia"], "Kosovo", "rejected"]],
        ),
    ],
)
def test_relations_established_with_a_disputed_state_recognise_it(
    language: str, title: str, expected: list[list[Any]]
) -> None:
    assert recognitions(language, title) == expected


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "España restablece relaciones con Argelia tras la crisis"),
        ("fr", "Le Maroc a rétabli ses relations diplomatiques avec l'Iran"),
        ("ru", "Россия установила дипломатические отношения с Бутаном"),
        ("pt", "Brasil restabelece relações com a Venezuela"),
    ],
)
def test_relations_with_a_state_no_one_disputes_recognise_nothing(language: str, title: str) -> None:
    assert recognitions(language, title) == []
