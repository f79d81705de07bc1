"""Recognitions in the ten languages, after the round-5 held-out run (issue 15): the state whose
claim or whose rival is recognised, named beside the recognition (reporting it, backing its own
plan), recognises nothing; a withdrawal with its object between the verb's parts ("zieht ...
zurück") or an annulment ("deja sin efecto") rejects. Every sentence is written for this file
(none is corpus or held-out text)."""

from __future__ import annotations

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def groups(language: str, text: str) -> set[tuple[tuple[str, ...], str, str]]:
    found = [fact_json(f) for f in read_facts(language, text, "")]
    found = [f for f in found if f["type"] == "recognition"]
    return {(tuple(sorted(f["actors"])), f["recognized"], f["status"]) for f in found}


def test_the_rival_reporting_a_withdrawal_is_no_actor() -> None:
    found = groups("de", "Togo zieht die Anerkennung des Kosovo zurück, berichtet Belgrad")
    assert found == {(("Togo",), "Kosovo", "rejected")}


def test_the_claimant_whose_plan_is_backed_is_no_actor() -> None:
    text = "Bolivia deja sin efecto el reconocimiento de la RASD y respalda la propuesta marroquí"
    found = groups("es", text)
    assert found == {(("Bolivia",), "Sahrawi Arab Democratic Republic", "rejected")}


def test_the_rival_refusing_before_the_recognition_word_keeps_its_refusal() -> None:
    found = groups("uk", "Сербія ніколи не визнає Косово, заявив міністр після зустрічі з Угорщиною")
    assert found == {(("Serbia",), "Kosovo", "rejected")}


def test_a_turkish_refusal_to_make_a_recognition() -> None:
    found = groups("tr", "Yunanistan, Kosova'yı tanıma yapmayacağını açıkladı")
    assert found == {(("Greece",), "Kosovo", "rejected")}
