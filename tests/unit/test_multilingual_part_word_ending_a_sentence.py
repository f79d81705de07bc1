"""A parts word that ends its sentence ("... entre as vítimas", "... unter den Opfern") introduces no
figure of the next sentence: the next sentence's opening number is a whole figure, and reading it must
never fail (a headline ending on a parts word once stopped the reader of such an item with an error).
Sentences written for this file."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json

CASES = [
    (
        "pt",
        "Ataque a comboio no Sahel: dois professores entre as vítimas",
        "Pelo menos nove civis morreram quando homens armados abriram fogo perto de Djibo.",
        (9, "killed"),
    ),
    (
        "es",
        "Bombardeo en el norte: tres periodistas entre las víctimas",
        "Al menos once personas murieron en el ataque contra el mercado de la ciudad.",
        (11, "killed"),
    ),
    (
        "de",
        "Angriff auf Konvoi: Helfer unter den Opfern",
        "Mindestens zwölf Menschen wurden bei dem Angriff getötet, teilten die Behörden mit.",
        (12, "killed"),
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "figure"), CASES)
def test_the_next_sentence_figure_is_a_whole_figure(
    language: str, title: str, summary: str, figure: tuple[int, str]
) -> None:
    facts = [fact_json(f) for f in read_facts(language, title, summary)]
    figures = {(f["count"], f["kind"]) for f in facts if f["type"] == "casualty"}
    assert figure in figures


@pytest.mark.parametrize(("language", "title", "summary", "figure"), CASES)
def test_reading_never_fails_with_or_without_the_language_hint(
    language: str, title: str, summary: str, figure: tuple[int, str]
) -> None:
    for hint in (language, None):
        extract_facts(title, summary, None, language=hint)
