"""Arms-embargo facts in the ten languages, after the round-5 held-out run (issue 15): a call
puts its verb in the subjunctive or the zu-infinitive ("pide que deje de vender", "pede que
suspenda", "fordert, die Lieferungen einzustellen"), and a "by" marker before an arms word is
"of" ("die Weitergabe von Waffen an Katar"), not the agent of a passive. Every sentence is
written for this file (none is corpus or held-out text)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def roles(language: str, text: str) -> set[tuple[str | None, str | None, str | None]]:
    found = [fact_json(f) for f in read_facts(language, text, "")]
    return {(f["actor"], f["target"], f["action"]) for f in found if f["type"] == "arms_embargo"}


@pytest.mark.parametrize(
    ("language", "text", "actor", "target"),
    [
        (
            "es",
            "Human Rights Watch pide a Francia que deje de vender armas a Egipto",
            "Human Rights Watch",
            "Egypt",
        ),
        (
            "es",
            "Amnistía Internacional reclama que Italia suspenda la venta de armas a Arabia Saudí",
            "Amnesty International",
            "Saudi Arabia",
        ),
        (
            "pt",
            "Human Rights Watch pede ao Brasil que suspenda a venda de armas ao Egito",
            "Human Rights Watch",
            "Egypt",
        ),
        (
            "pt",
            "Amnistia Internacional exige que a Itália deixe de exportar armas para a Arábia Saudita",
            "Amnesty International",
            "Saudi Arabia",
        ),
    ],
)
def test_a_call_in_the_subjunctive_restricts(language: str, text: str, actor: str, target: str) -> None:
    assert (actor, target, "called_for") in roles(language, text)


def test_a_by_marker_before_an_arms_word_is_no_agent() -> None:
    text = "Oxfam fordert die Bundesregierung auf, die Weitergabe von Waffen an Katar einzustellen"
    found = roles("de", text)
    assert found and all(target == "Qatar" and action == "called_for" for _a, target, action in found)


@pytest.mark.parametrize(
    ("language", "text", "action"),
    [
        ("uk", "Рада Безпеки ООН продовжила збройне ембарго щодо Сомалі", "extended"),
        ("tr", "Norveç, Suudi Arabistan'a silah satışı yasağını kaldırdı", "lifted"),
        ("de", "Die Niederlande heben den Teilstopp für Waffenexporte nach Saudi-Arabien auf", "lifted"),
    ],
)
def test_embargo_words_of_the_round(language: str, text: str, action: str) -> None:
    assert any(a == action for _actor, _target, a in roles(language, text))


def test_frozen_licences_in_the_hebrew_passive() -> None:
    found = roles("he", "בלגיה: הוקפאו רישיונות יצוא חדשים של נשק לרוסיה")
    assert ("Belgium", "Russia", "suspended_licences") in found


@pytest.mark.parametrize(
    ("language", "text", "action"),
    [
        ("es", "Chile se niega a adherirse al embargo de armas contra Rusia", "rejected"),
        ("pt", "O Brasil recusou-se a aderir ao embargo de armas contra a Rússia", "rejected"),
        ("pt", "A Alemanha suspende a entrega de algumas armas à Arábia Saudita", "partial"),
        ("es", "Francia suspende la entrega de algunas armas a Arabia Saudí", "partial"),
    ],
)
def test_refusing_to_join_and_some_arms_only(language: str, text: str, action: str) -> None:
    assert {a for _actor, _target, a in roles(language, text)} == {action}
