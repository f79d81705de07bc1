"""Ten-language opinion pieces (round 16, helper ml16; issue 15): a headline that opens on its label and a
separator ("Tribune :", "Opinión:", "Kommentar:", "Мнение:", "Görüş:", "مقال رأي:", "דעה:", "یادداشت:";
lexicon `[commentary] frame`) argues what states should do: its embargoes and recognitions are dropped (veto
`commentary`, `lang/commentary.py`); a label that does not open the headline with a separator, and the
casualty figures of an opinion piece, are kept. Every sentence here is written for this file (none is
corpus or held-out text)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.extract.vetoes import Dropped
from bot.core.model import fact_json


def types(language: str, title: str, summary: str = "") -> list[str]:
    return [fact_json(f)["type"] for f in read_facts(language, title, summary)]


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "fr",
            "Tribune : « L'Europe doit cesser de vendre des armes à Israël »",
            "Dans cette tribune, des universitaires estiment que l'Union européenne devrait suspendre "
            "ses exportations d'armes.",
        ),
        (
            "fr",
            "Éditorial : pour un embargo sur les armes à destination de l'Arabie saoudite",
            "Notre journal estime que la France devrait imposer un embargo sur les armes.",
        ),
        (
            "es",
            "Opinión: España debería dejar de vender armas a Israel",
            "El autor sostiene que el Gobierno tendría que suspender las exportaciones.",
        ),
        ("es", "Tribuna | Por qué Europa debe imponer un embargo de armas a Israel", ""),
        ("pt", "Opinião: O Brasil deveria suspender a venda de armas a Israel", ""),
        (
            "pt",
            "Artigo de opinião: Portugal deve reconhecer a Palestina",
            "O autor defende que o governo deveria reconhecer o Estado palestiniano.",
        ),
        ("de", "Kommentar: Deutschland sollte die Waffenexporte nach Israel stoppen", ""),
        ("de", "Meinung: Warum Berlin Palästina anerkennen sollte", ""),
        ("ru", "Мнение: Европа должна прекратить поставки оружия Израилю", ""),
        ("uk", "Колонка: Захід має визнати незалежність Ічкерії", ""),
        ("uk", "Думка: чому Німеччина повинна припинити постачання зброї до Ізраїлю", ""),
        ("tr", "Görüş: Avrupa İsrail'e silah satışını durdurmalı", ""),
        ("ar", "مقال رأي: على أوروبا وقف تصدير الأسلحة إلى إسرائيل", ""),
        ("he", "דעה: על גרמניה להפסיק את מכירת הנשק לסעודיה", ""),
        ("fa", "یادداشت: اروپا باید فروش سلاح به اسرائیل را متوقف کند", ""),
    ],
)
def test_an_opinion_piece_has_no_embargo_or_recognition(language: str, title: str, summary: str) -> None:
    assert [t for t in types(language, title, summary) if t != "casualty"] == []


def test_the_veto_is_named_with_its_label() -> None:
    trace: list[Dropped] = []
    read_facts("es", "Opinión: España debería dejar de vender armas a Israel", "", trace=trace)
    assert [(d.trigger, d.veto, d.evidence) for d in trace] == [("arms_embargo", "commentary", "'Opinión'")]


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        (
            "fr",
            "Chronique d'une décision : la Slovénie impose un embargo sur les armes à Israël",
            ["arms_embargo"],
        ),
        ("tr", "Yorumcular şaşırdı: Türkiye İsrail'e silah satışını yasakladı", ["arms_embargo"]),
        (
            "ru",
            "Мнение экспертов разделилось после того, как Словения запретила поставки оружия Израилю",
            ["arms_embargo"],
        ),
    ],
)
def test_a_label_that_does_not_open_the_headline_is_no_frame(
    language: str, title: str, expected: list[str]
) -> None:
    assert types(language, title) == expected
