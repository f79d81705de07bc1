"""Arms-embargo readings in the ten languages, round 9 of issue 15 (helper mlemb): an armed group
named where the arms go is the target, under the state it fights in, never the supplier called on
before it (lexicon `[embargo_groups]`, lang/embargo_groups.py); weapon kinds (drones, helicopters,
missiles, fighter types) are arms words; a ban noun beside an arms word is an embargo without a
supply word; a call to lift an embargo is no fact. Every sentence is written for this file (none is
corpus or benchmark-set text)."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import embargo_roles


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Amnesty International призвала Египет остановить поставки оружия Силам быстрого реагирования",
            {("Amnesty International", "Sudan (Rapid Support Forces)", "called_for")},
        ),
        (
            "ar",
            "مجلس الأمن يفرض حظرا على توريد الأسلحة إلى الحوثيين",
            {("UN Security Council", "Yemen (Houthis)", "imposed")},
        ),
        (
            "fr",
            "Le Conseil de sécurité prolonge l'embargo sur les armes visant les shebab",
            {("UN Security Council", "Somalia (al-Shabaab)", "extended")},
        ),
        (
            "es",
            "Human Rights Watch pide a Irán que deje de vender armas a los hutíes",
            {("Human Rights Watch", "Yemen (Houthis)", "called_for")},
        ),
    ],
)
def test_an_armed_group_where_the_arms_go_is_the_target(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert embargo_roles(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Norwegen stoppt den Export von Drohnen nach Indien", {("Norway", "India", "imposed")}),
        ("uk", "Польща призупинила продаж гелікоптерів Пакистану", {("Poland", "Pakistan", "imposed")}),
        ("pt", "Brasil suspende a venda de helicópteros ao Peru", {("Brazil", "Peru", "imposed")}),
    ],
)
def test_weapon_kinds_are_arms_words(language: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(a, t, "imposed") for a, t, _ in embargo_roles(language, text)} == expected


def test_a_ban_noun_beside_the_arms_words_is_an_embargo() -> None:
    text = "Güvenlik Konseyi Sudan'a yönelik silah yasağını uzattı"
    assert embargo_roles("tr", text) == {("UN Security Council", "Sudan", "extended")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "الحكومة الليبية تدعو مجلس الأمن إلى رفع حظر الأسلحة عن البلاد"),
        ("fr", "Le gouvernement libyen appelle l'ONU à lever l'embargo sur les armes"),
    ],
)
def test_a_call_to_lift_an_embargo_is_no_fact(language: str, text: str) -> None:
    assert embargo_roles(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Ливия останется под эмбарго на поставки оружия ещё на год, решил Совет Безопасности ООН"),
        ("pt", "O Conselho de Segurança manteve o Sudão sob embargo de armas por mais um ano"),
        ("de", "Der Sicherheitsrat hält das Waffenembargo gegen Libyen ein weiteres Jahr aufrecht"),
    ],
)
def test_a_renewal_told_by_its_new_period_extends(language: str, text: str) -> None:
    assert {action for _, _, action in embargo_roles(language, text)} == {"extended"}


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("uk", "Угорщина не приєднається до ембарго на постачання зброї Ізраїлю", "Hungary"),
        ("es", "Italia no se sumará al embargo de armas contra Israel, dice Meloni", "Italy"),
    ],
)
def test_a_state_that_will_not_join_an_embargo_rejects_it(language: str, text: str, actor: str) -> None:
    assert embargo_roles(language, text) == {(actor, "Israel", "rejected")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Paris et Berlin suspendent les livraisons d'armes à l'Égypte"),
        ("ar", "باريس وبرلين تعلقان صادرات الأسلحة إلى مصر"),
        ("pt", "Exportações de armas para o Egito foram suspensas pela França e pela Alemanha"),
        ("es", "Las ventas de armas a Egipto fueron suspendidas por Francia y Alemania"),
    ],
)
def test_capitals_and_passive_agents_in_a_list_each_decide(language: str, text: str) -> None:
    assert {actor for actor, _, _ in embargo_roles(language, text)} == {"France", "Germany"}


def test_a_capital_after_the_decision_is_no_co_actor() -> None:
    text = "Paris suspend les livraisons d'armes à l'Égypte, a annoncé Berlin"
    assert {actor for actor, _, _ in embargo_roles("fr", text)} == {"France"}
