"""Ten-language embargo roles: the decider a relative clause on the embargo words names (round 16, helper
ml16; issue 15). "Israel critica el embargo de armas que España impuso", "l'embargo sur les armes que la
Slovénie a imposé", "das Waffenembargo, das Slowenien verhängt hat", "эмбарго ..., которое ввела Словения",
"تحریم تسلیحاتی که اسپانیا اعمال کرد": the state within three words after a relative word right after the
embargo words, with a decision word in its clause, is the actor (lexicon `[embargo_agent] relative`,
`embargo_roles._relative_agent`); the state that condemns it is the target. Every sentence here is written
for this file (none is corpus or held-out text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def embargoes(language: str, title: str) -> list[tuple[Any, Any, Any]]:
    facts = (fact_json(f) for f in read_facts(language, title, ""))
    return [(f["actor"], f["target"], f["action"]) for f in facts if f["type"] == "arms_embargo"]


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        (
            "es",
            "Israel critica el embargo de armas que España impuso la semana pasada",
            ("Spain", "Israel", "imposed"),
        ),
        (
            "es",
            "La opinión pública respalda el embargo de armas que España impuso a Israel",
            ("Spain", "Israel", "imposed"),
        ),
        (
            "fr",
            "Israël dénonce l'embargo sur les armes que la Slovénie a imposé",
            ("Slovenia", "Israel", "imposed"),
        ),
        (
            "fr",
            "Les industriels s'inquiètent de l'embargo sur les armes que la Slovénie a décrété contre Israël",
            ("Slovenia", "Israel", "imposed"),
        ),
        ("pt", "Israel condena o embargo de armas que a Espanha aprovou", ("Spain", "Israel", "imposed")),
        (
            "de",
            "Israel verurteilt das Waffenembargo, das Slowenien gegen das Land verhängt hat",
            ("Slovenia", "Israel", "imposed"),
        ),
        (
            "ru",
            "Израиль осудил эмбарго на поставки оружия, которое ввела Словения",
            ("Slovenia", "Israel", "imposed"),
        ),
        (
            "uk",
            "Ізраїль засудив ембарго на постачання зброї, яке запровадила Словенія",
            ("Slovenia", "Israel", "imposed"),
        ),
        ("he", "ישראל מגנה את אמברגו הנשק שהטילה ספרד", ("Spain", "Israel", "imposed")),
        ("ar", "إسرائيل تندد بحظر الأسلحة الذي فرضته إسبانيا عليها", ("Spain", "Israel", "imposed")),
        ("tr", "İsrail, İspanya'nın uyguladığı silah ambargosunu kınadı", ("Spain", "Israel", "imposed")),
        ("fa", "اسرائیل تحریم تسلیحاتی که اسپانیا اعمال کرد را محکوم کرد", ("Spain", "Israel", "imposed")),
        (
            "es",
            "El Gobierno israelí condenó el embargo que España ha impuesto a la venta de armas",
            ("Spain", "Israel", "imposed"),
        ),
        (
            "fr",
            "La Russie dénonce l'embargo sur les armes que l'Union européenne lui a imposé",
            ("European Union", "Russia", "imposed"),
        ),
        (
            "pt",
            "Israel lamenta a suspensão da venda de armas que o Canadá anunciou na terça-feira",
            ("Canada", "Israel", "imposed"),
        ),
        (
            "ru",
            "Москва осудила оружейное эмбарго, которое Евросоюз продлил ещё на год",
            ("European Union", "Russia", "extended"),
        ),
        (
            "fa",
            "اسرائیل ممنوعیت فروش سلاح که دولت اسپانیا تصویب کرد را محکوم کرد",
            ("Spain", "Israel", "imposed"),
        ),
        (
            "es",
            "España pide un embargo de armas a Israel que toda la Unión Europea debería respetar",
            ("Spain", "Israel", "called_for"),
        ),
    ],
)
def test_the_decider_of_a_relative_clause_on_the_embargo(
    language: str, title: str, expected: tuple[str, str, str]
) -> None:
    assert embargoes(language, title) == [expected]


# a relative clause with no decision word names no decider; a call keeps its caller


def test_a_relative_clause_without_a_decision_names_no_decider() -> None:
    assert embargoes("fr", "La Slovénie impose un embargo sur les armes que Israël trouve injuste") == [
        ("Slovenia", "Israel", "imposed")
    ]
    assert embargoes(
        "es", "España pide un embargo de armas a Israel que toda la Unión Europea debería respetar"
    ) == [("Spain", "Israel", "called_for")]
