"""Arms-embargo readings in the ten languages, round 10 of issue 15 (helper mlemb): the agent of a
passive written with a government word ("par le gouvernement danois", "Japonya hükümeti
tarafından") is the decider whatever verb is near, and a capital named as the target of a passive
stays the target; a call word before a lifting word is a call to lift, which is no fact; Russian
lifting verbs in the infinitive and the short participle. Every sentence is written for this file
(none is corpus or benchmark-set text)."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import embargo_roles


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "L'arrêt des livraisons d'armes à Ankara a été annoncé par le gouvernement danois",
            {("Denmark", "Turkey", "imposed")},
        ),
        (
            "tr",
            "Pakistan'a silah ihracatının durdurulması Japonya hükümeti tarafından onaylandı",
            {("Japan", "Pakistan", "imposed")},
        ),
        (
            "pt",
            "A venda de armas a Israel foi interrompida pelo governo da Irlanda",
            {("Ireland", "Israel", "imposed")},
        ),
    ],
)
def test_a_government_word_makes_the_passive_agent_the_decider(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert embargo_roles(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Турция призвала Швецию отменить запрет на поставки оружия"),
        ("es", "Ankara pide a Canadá que levante las restricciones a la venta de armas"),
        ("fr", "Bakou exhorte la France à lever l'embargo sur les armes"),
    ],
)
def test_a_call_to_lift_is_no_fact(language: str, text: str) -> None:
    assert embargo_roles(language, text) == set()


def test_a_russian_short_participle_lifts() -> None:
    text = "Как сообщили в Оттаве, запрет на продажу оружия Индии был снят правительством Канады"
    assert embargo_roles("ru", text) == {("Canada", "India", "lifted")}


# tuned on tests/data/multilingual_round22_embargo.jsonl after its honest measure


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "he",
            "בריטניה חידשה את משלוחי התחמושת לסעודיה שהוקפאו בשנה שעברה",
            {("United Kingdom", "Saudi Arabia", "lifted")},
        ),
        (
            "es",
            "Italia renovó los envíos de armas a Egipto tras la suspensión de 2023",
            {("Italy", "Egypt", "lifted")},
        ),
    ],
)
def test_renewing_a_supply_resumes_it(language: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert embargo_roles(language, text) == expected


def test_a_german_refusal_in_the_past_with_its_separated_particle() -> None:
    text = "Der Nationalrat lehnte gestern eine Forderung nach einem Waffenembargo gegen Aserbaidschan ab"
    assert {a for _, _, a in embargo_roles("de", text)} == {"rejected"}


def test_ukrainian_permits_are_licences() -> None:
    text = "Норвегія призупинила дію дозволів на продаж зброї Індії"
    assert embargo_roles("uk", text) == {("Norway", "India", "suspended_licences")}
