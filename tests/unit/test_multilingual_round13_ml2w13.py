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
            "Число погибших в результате обстрелов Харьковской области с 24 февраля 2022 года достигло 4 512 человек.",
            4512,
        ),
        (
            "es",
            "El número de muertos en la región de Darfur desde el comienzo de los combates en abril ha llegado a 12.306.",
            12306,
        ),
        (
            "fr",
            "Le nombre de morts dans la bande de Gaza depuis le début de la guerre en octobre a atteint 41 118.",
            41118,
        ),
    ],
)
def test_a_toll_phrase_names_its_figure_across_the_cause_place_and_date(
    language: str, text: str, count: int
) -> None:
    figures = facts_of(language, text)
    assert [(f["count"], f["kind"], f["cumulative"]) for f in figures] == [(count, "killed", True)]
