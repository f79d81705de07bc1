"""Arms-embargo roles in the ten languages, round 15 (issue 15): a court with a name of its own acts in
that name (a court named only by its place stands for its country), one UN rapporteur or independent
expert is named as such, a national body named without its country stands for it, "America" is the
United States, military aid is an arms supply, easing a restriction is lifting it, "no new licences"
suspends them, one kind of arms held back is partial. Every sentence is written for this file (none
is corpus or benchmark-set text)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def roles(language: str, text: str, summary: str = "") -> set[tuple[str | None, str | None, str | None]]:
    found = [fact_json(f) for f in read_facts(language, text, summary)]
    return {(f["actor"], f["target"], f["action"]) for f in found if f["type"] == "arms_embargo"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Saisi par des ONG, le Conseil d'État a rejeté mardi le recours contre les livraisons "
            "d'armes à Israël",
            ("Council of State", "Israel", "rejected"),
        ),
        (
            "es",
            "El Tribunal Supremo rechaza paralizar la venta de armas a Arabia Saudí",
            ("Supreme Court", "Saudi Arabia", "rejected"),
        ),
        (
            "de",
            "Das Verwaltungsgericht Berlin lehnt Eilantrag gegen Rüstungsexporte nach Israel ab",
            ("Administrative Court (Germany)", "Israel", "rejected"),
        ),
        (
            "he",
            "בית המשפט העליון בבריטניה הורה לעצור את ייצוא הנשק לסעודיה",
            ("Supreme Court (United Kingdom)", "Saudi Arabia", "ruled_by_court"),
        ),
        (
            "tr",
            "Belçika Danıştayı, İsrail'e silah transit geçişini durdurma kararı verdi",
            ("Council of State (Belgium)", "Israel", "ruled_by_court"),
        ),
    ],
)
def test_a_court_with_a_name_of_its_own_acts_in_that_name(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


def test_a_court_named_only_by_its_place_stands_for_its_country() -> None:
    assert roles("es", "Un tribunal de Bruselas ordena suspender el tránsito de armas hacia Israel") == {
        ("Belgium", "Israel", "ruled_by_court")
    }


def test_a_court_after_the_deciding_state_is_not_the_actor() -> None:
    # the government decides after the ruling; the state named first is the subject
    found = roles("es", "España, tras la sentencia del Tribunal Supremo, prohíbe la venta de armas a Israel")
    assert {(actor, target) for actor, target, _ in found} == {("Spain", "Israel")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "La relatora especial de la ONU pide un embargo de armas a Sudán", "UN Special Rapporteur"),
        ("pt", "Relator especial da ONU pede o fim da venda de armas a Israel", "UN Special Rapporteur"),
        ("ru", "Независимый эксперт ООН призвал прекратить поставки оружия Мьянме", "UN independent expert"),
        ("fa", "کارشناس مستقل سازمان ملل خواستار توقف صادرات سلاح به میانمار شد", "UN independent expert"),
    ],
)
def test_one_un_rapporteur_or_expert_is_named_as_such(language: str, text: str, expected: str) -> None:
    assert {a for a, _, _ in roles(language, text)} == {expected}


def test_un_experts_in_the_plural_stay_un_experts() -> None:
    assert roles("es", "Expertos de la ONU piden detener las ventas de armas a Israel") == {
        ("UN experts", "Israel", "called_for")
    }


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "El Congreso vota a favor de prohibir la exportación de armas a Israel",
            ("Spain", "Israel", "imposed"),
        ),
        ("de", "Bundesregierung stoppt Waffenlieferungen an die Türkei", ("Germany", "Turkey", "imposed")),
    ],
)
def test_a_national_body_named_without_its_country_stands_for_it(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


def test_a_sentence_going_on_about_the_embargo_keeps_its_actor() -> None:
    assert roles(
        "es",
        "El Congreso aprueba prohibir la venta de armas a Israel",
        "La norma prohíbe también el tránsito de material de defensa con destino a Israel.",
    ) == {("Spain", "Israel", "imposed")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "أميركا توقف تصدير الأسلحة إلى جنوب السودان"),
        ("ru", "Америка прекратила поставки оружия Южному Судану"),
        ("fa", "امریکا صادرات سلاح به سودان جنوبی را متوقف کرد"),
    ],
)
def test_america_is_the_united_states(language: str, text: str) -> None:
    assert roles(language, text) == {("United States", "South Sudan", "imposed")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Вашингтон приостановил военную помощь Грузии", ("United States", "Georgia", "imposed")),
        ("uk", "Німеччина заморозила військову допомогу Грузії", ("Germany", "Georgia", "imposed")),
    ],
)
def test_military_aid_is_an_arms_supply(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert roles(language, text) == {expected}


def test_military_aid_without_a_restriction_is_no_embargo() -> None:
    assert roles("ru", "США выделили Тайваню военную помощь на 500 миллионов долларов") == set()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "Австрія пом'якшила заборону на транзит зброї до Ізраїлю", ("Austria", "Israel", "lifted")),
        ("ru", "Япония смягчила запрет на экспорт оружия в Филиппины", ("Japan", "Philippines", "lifted")),
    ],
)
def test_easing_a_ban_is_lifting_it(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert roles(language, text) == {expected}


def test_no_new_licences_suspends_them() -> None:
    assert roles("pt", "Irlanda não vai autorizar novas licenças de exportação de armas para Israel") == {
        ("Ireland", "Israel", "suspended_licences")
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "بریتانیا ارسال بمب‌های سنگین به عربستان سعودی را متوقف کرد"),
        ("de", "Großbritannien stoppt die Lieferung schwerer Bomben an Saudi-Arabien"),
    ],
)
def test_one_kind_of_arms_held_back_is_partial(language: str, text: str) -> None:
    assert roles(language, text) == {("United Kingdom", "Saudi Arabia", "partial")}


def test_an_action_word_inside_a_court_name_is_no_call() -> None:
    # "appel" in "cour d'appel" calls on no one: the court rules
    found = roles("fr", "La cour d'appel de La Haye ordonne l'arrêt des exportations d'armes vers Israël")
    assert {(actor, action) for actor, _, action in found} == {
        ("Court of Appeal (Netherlands)", "ruled_by_court")
    }


def test_no_new_licences_in_spanish_suspends_them() -> None:
    assert roles("es", "Bélgica no concederá nuevas licencias de exportación de armas a Arabia Saudí") == {
        ("Belgium", "Saudi Arabia", "suspended_licences")
    }


def test_a_proposal_to_be_examined_is_no_decision() -> None:
    text = "L'Assemblée examinera une proposition de loi interdisant les ventes d'armes à Israël"
    assert roles("fr", text) == set()


@pytest.mark.parametrize(
    ("language", "text", "summary", "expected"),
    [
        (
            "fa",
            "کانادا تعلیق مجوزهای صادرات سلاح به عربستان سعودی را لغو کرد",
            "",
            ("Canada", "Saudi Arabia", "lifted"),
        ),
        (
            "pt",
            "Alemanha retoma entregas de armas à Turquia",
            "As entregas estavam suspensas desde 2019.",
            ("Germany", "Turkey", "lifted"),
        ),
        (
            "ru",
            "Вашингтон приостановил действие закона, ограничивающего военную помощь Армении",
            "",
            ("United States", "Armenia", "lifted"),
        ),
    ],
)
def test_ending_a_restriction_is_lifting_it(
    language: str, text: str, summary: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text, summary) == {expected}


def test_resumed_deliveries_with_no_restriction_named_are_no_embargo() -> None:
    assert roles("pt", "Alemanha retoma entregas de armas à Turquia") == set()
