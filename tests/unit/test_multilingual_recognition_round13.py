"""Recognitions in the ten languages, after the round-5 held-out run (issue 15): the state whose
claim or whose rival is recognised, named beside the recognition (reporting it, backing its own
plan), recognises nothing; a withdrawal with its object between the verb's parts ("zieht ...
zurück") or an annulment ("deja sin efecto") rejects. Every sentence is written for this file
(none is corpus or held-out text)."""

from __future__ import annotations

from tests.unit.multilingual_facts import recognition_groups


def test_the_rival_reporting_a_withdrawal_is_no_actor() -> None:
    found = recognition_groups("de", "Togo zieht die Anerkennung des Kosovo zurück, berichtet Belgrad")
    assert found == {(("Togo",), "Kosovo", "rejected")}


def test_the_claimant_whose_plan_is_backed_is_no_actor() -> None:
    text = "Bolivia deja sin efecto el reconocimiento de la RASD y respalda la propuesta marroquí"
    found = recognition_groups("es", text)
    assert found == {(("Bolivia",), "Sahrawi Arab Democratic Republic", "rejected")}


def test_the_rival_refusing_before_the_recognition_word_keeps_its_refusal() -> None:
    found = recognition_groups(
        "uk", "Сербія ніколи не визнає Косово, заявив міністр після зустрічі з Угорщиною"
    )
    assert found == {(("Serbia",), "Kosovo", "rejected")}


def test_a_turkish_refusal_to_make_a_recognition() -> None:
    found = recognition_groups("tr", "Yunanistan, Kosova'yı tanıma yapmayacağını açıkladı")
    assert found == {(("Greece",), "Kosovo", "rejected")}
