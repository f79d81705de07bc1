"""Arms-embargo readings in the ten languages, round 8 of issue 15 (helper mlemb): a state condemning
another's decision is its target, not its actor; renewing a suspension extends it; suspending
licences is no lifting; a ban on a route alone (transit, ports, overflight) is partial; stopping a
restriction lifts it; easing is lifting; a government or council named without its country takes it
from the item's context (a national body, a capital), never from a theatre of war; a capital after
the trigger words is the target; a ban on supplies in one word ("Lieferverbot") is a ban and a
supply; calls written as a participle; a court upholding a sale refuses to stop it. Every sentence
is written for this file (none is corpus or benchmark-set text)."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import embargo_roles


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Израиль осудил решение Ирландии запретить экспорт оружия"),
        ("uk", "Ізраїль різко розкритикував рішення Ірландії заборонити продаж зброї"),
        ("pt", "Israel condena decisão da Irlanda de proibir a venda de armas"),
        ("de", "Israel verurteilt die Entscheidung Irlands, Waffenexporte zu verbieten"),
        ("tr", "İsrail, İrlanda'nın silah satışını yasaklama kararını kınadı"),
    ],
)
def test_a_state_condemning_a_decision_is_its_target(language: str, text: str) -> None:
    assert embargo_roles(language, text) == {("Ireland", "Israel", "imposed")}


def test_a_state_condemning_the_target_and_deciding_stays_the_actor() -> None:
    text = "Turquía condena a Israel y suspende la venta de armas a Israel"
    assert embargo_roles("es", text) == {("Turkey", "Israel", "imposed")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Канада продлила приостановку лицензий на экспорт оружия в Турцию"),
        ("es", "Canadá prorroga la suspensión de los permisos de exportación de armas a Turquía"),
        ("fr", "Le Canada proroge la suspension des licences d'exportation d'armes vers la Turquie"),
    ],
)
def test_renewing_a_suspension_of_licences_extends_it(language: str, text: str) -> None:
    assert embargo_roles(language, text) == {("Canada", "Turkey", "extended")}


def test_suspending_licences_is_no_lifting_but_suspending_an_embargo_is() -> None:
    licences = "Норвегия приостановила действие двенадцати лицензий на экспорт оружия в Израиль"
    assert embargo_roles("ru", licences) == {("Norway", "Israel", "suspended_licences")}
    embargo = "Норвегия приостановила действие эмбарго на поставки оружия в Израиль"
    assert embargo_roles("ru", embargo) == {("Norway", "Israel", "lifted")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "L'Irlande interdit le survol de son territoire aux avions transportant des armes vers Israël",
            ("Ireland", "Israel", "partial"),
        ),
        ("uk", "Польща заборонила транзит зброї до Білорусі", ("Poland", "Belarus", "partial")),
        ("de", "Österreich untersagt die Durchfuhr von Waffen nach Israel", ("Austria", "Israel", "partial")),
        # the trade itself banned with the route: the whole embargo
        (
            "es",
            "Irlanda prohíbe la compraventa y el tránsito de armas con Israel",
            ("Ireland", "Israel", "imposed"),
        ),
    ],
)
def test_a_ban_on_a_route_alone_is_partial(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert embargo_roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Londres met fin aux restrictions sur les ventes d'armes à l'Argentine",
            ("United Kingdom", "Argentina", "lifted"),
        ),
        ("de", "Schweden beendet den Exportstopp für Waffen in die Türkei", ("Sweden", "Turkey", "lifted")),
        (
            "tr",
            "Japonya, Filipinler'e silah ihracatı kısıtlamalarını gevşetti",
            ("Japan", "Philippines", "lifted"),
        ),
        (
            "es",
            "Washington suaviza las restricciones a la venta de armas a Vietnam",
            ("United States", "Vietnam", "lifted"),
        ),
    ],
)
def test_stopping_or_easing_a_restriction_lifts_it(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert embargo_roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "pt",
            "Governo suspende venda de armas a Israel",
            "Em Lisboa, o primeiro-ministro citou a situação em Gaza.",
            ("Portugal", "Israel", "imposed"),
        ),
        (
            "de",
            "Bundesrat stoppt Waffenlieferungen nach Saudi-Arabien",
            "Die Regierung in Bern verwies auf den Krieg im Jemen.",
            ("Switzerland", "Saudi Arabia", "imposed"),
        ),
        (
            "es",
            "El Gobierno frena la venta de fusiles a Perú",
            "La decisión, tomada en Madrid, responde a la represión de protestas cerca de Bolivia.",
            ("Spain", "Peru", "imposed"),
        ),
    ],
)
def test_a_government_named_without_its_country_takes_it_from_the_context(
    language: str, title: str, summary: str, expected: tuple[str, str, str]
) -> None:
    assert embargo_roles(language, title, summary) == {expected}


def test_a_capital_after_the_trigger_words_is_the_target() -> None:
    assert embargo_roles("ru", "Франция прекратила поставки оружия в Баку") == {
        ("France", "Azerbaijan", "imposed")
    }


def test_a_ban_on_supplies_in_one_word_is_a_ban_and_a_supply() -> None:
    text = "Österreich verhängt Lieferverbot für Kriegsmaterial nach Aserbaidschan"
    assert embargo_roles("de", text) == {("Austria", "Azerbaijan", "imposed")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "L'Assemblée nationale vote un texte réclamant la suspension des ventes d'armes à l'Égypte",
            ("France", "Egypt", "called_for"),
        ),
        (
            "es",
            "El Congreso aprueba una moción pidiendo el fin de la venta de armas a Marruecos",
            ("Spain", "Morocco", "called_for"),
        ),
    ],
)
def test_a_call_written_as_a_participle_is_a_call(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert embargo_roles(language, text) == {expected}


def test_a_court_upholding_a_sale_refuses_to_stop_it() -> None:
    text = "La Audiencia Nacional avala la exportación de fragatas a Arabia Saudí"
    assert embargo_roles("es", text) == {("Audiencia Nacional (Spain)", "Saudi Arabia", "rejected")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un juzgado embarga las cuentas de una armería de Toledo por impago"),
        ("de", "Gericht verlängert Waffenverbot für Gewalttäter aus Bremen"),
        ("tr", "Rusya, Türkiye'den narenciye ithalatı yasağını kaldırdı"),
        ("fr", "Washington prolonge l'embargo commercial contre Cuba"),
    ],
)
def test_embargo_like_news_without_an_arms_decision_has_no_fact(language: str, text: str) -> None:
    assert embargo_roles(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Индия не поддержит эмбарго на поставки оружия в Эфиопию, заявил министр"),
        ("fr", "L'Inde ne soutiendra pas un embargo sur les armes contre l'Éthiopie"),
        ("pt", "Índia não apoiará embargo de armas à Etiópia"),
    ],
)
def test_a_state_that_will_not_support_an_embargo_rejects_it(language: str, text: str) -> None:
    assert embargo_roles(language, text) == {("India", "Ethiopia", "rejected")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("he", "בריטניה האריכה בחצי שנה את ההקלה באמברגו הנשק על ארגנטינה"),
        ("tr", "İngiltere, Arjantin'e silah ambargosunun gevşetilmesini altı ay daha uzattı"),
    ],
)
def test_renewing_a_lifting_extends_it(language: str, text: str) -> None:
    assert embargo_roles(language, text) == {("United Kingdom", "Argentina", "extended")}


def test_a_parliament_named_alone_in_portuguese_is_portugal() -> None:
    text = "Parlamento aprova proibição da venda de armas a Israel"
    assert embargo_roles("pt", text) == {("Portugal", "Israel", "imposed")}
