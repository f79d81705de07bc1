"""Ten-language families tuned on round 13's published held-out sets (tests/data/heldout_r13_ml.jsonl and
heldout_r13b_ml.jsonl; issue 15, helper ml2w13). Every sentence here is written for this file (none is
corpus or held-out text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def facts_of(language: str, title: str, summary: str = "", kind: str = "casualty") -> list[dict[str, Any]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return [f for f in facts if f["type"] == kind]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        (
            "ru",
            "Число погибших в результате обстрелов Харьковской области"
            " с 24 февраля 2022 года достигло 4 512 человек.",
            4512,
        ),
        (
            "es",
            "El número de muertos en la región de Darfur desde el comienzo de los combates"
            " en abril ha llegado a 12.306.",
            12306,
        ),
        (
            "fr",
            "Le nombre de morts dans la bande de Gaza depuis le début de la guerre"
            " en octobre a atteint 41 118.",
            41118,
        ),
    ],
)
def test_a_toll_phrase_names_its_figure_across_the_cause_place_and_date(
    language: str, text: str, count: int
) -> None:
    figures = facts_of(language, text)
    assert [(f["count"], f["kind"], f["cumulative"]) for f in figures] == [(count, "killed", True)]


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("fr", "Un Afghan menacé par les talibans reconnu comme réfugié en France", ""),
        (
            "fr",
            "Fin d'une longue attente pour un opposant afghan",
            "La cour a reconnu la qualité de réfugié à un opposant afghan menacé par les talibans.",
        ),
        ("de", "Afghanischer Journalist, von den Taliban bedroht, als Flüchtling anerkannt", ""),
        ("es", "Un periodista afgano perseguido por los talibanes, reconocido como refugiado en España", ""),
        ("pt", "Ativista afegão perseguido pelos talibãs é reconhecido como refugiado em Portugal", ""),
    ],
)
def test_a_person_recognised_as_a_refugee_is_no_state_recognised(
    language: str, title: str, summary: str
) -> None:
    assert facts_of(language, title, summary, kind="recognition") == []


def test_a_state_recognised_beside_the_word_refugee_is_still_read() -> None:
    found = facts_of(
        "fr",
        "La Slovénie a reconnu l'État de Palestine, où vivent des millions de réfugiés",
        kind="recognition",
    )
    assert [(f["actors"], f["recognized"]) for f in found] == [(["Slovenia"], "Palestine")]


def test_a_turkish_veto_on_an_arms_sale_lifted_is_an_embargo_lifted() -> None:
    found = facts_of(
        "tr", "İsveç, Türkiye'ye savaş uçağı ihracatına koyduğu vetoyu kaldırdı", kind="arms_embargo"
    )
    assert [(f["actor"], f["target"], f["action"]) for f in found] == [("Sweden", "Turkey", "lifted")]


def test_a_security_council_veto_alone_is_no_embargo() -> None:
    text = "ABD, Gazze'de ateşkes çağrısı yapan karar tasarısını veto etti"
    assert facts_of("tr", text, kind="arms_embargo") == []
