"""Casualty figures in the ten languages by family (issue 15, round 10): a toll over a past week or
N days is cumulative, fractions of a hundred ("medio centenar"), Turkish partitive parts ("12'si
çocuk"), "and" written onto a number, a hedged year-like count, a number inside a place's name, a
lone victim named by trade, a capital as a last-resort place, and victims that are fighters. Every
sentence is written for this file (none is corpus text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.numbers import quantities
from bot.core.extract.lang.reader import read_facts
from bot.core.extract.lang.tokens import normalise, tokenize
from bot.core.model import fact_json


def casualties(language: str, title: str, summary: str = "") -> list[dict[str, Any]]:
    return [fact_json(f) for f in read_facts(language, title, summary) if f.type == "casualty"]


def by_count(found: list[dict[str, Any]]) -> dict[tuple[Any, str], dict[str, Any]]:
    return {(f["count"], f["kind"]): f for f in found}


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("ru", "За прошедшую неделю при обстрелах Курской области погибли 6 мирных жителей", 6),
        ("uk", "За минулий тиждень через обстріли Харківщини загинули 8 людей", 8),
        ("de", "In den vergangenen 5 Tagen wurden bei Angriffen auf Cherson 11 Menschen getötet", 11),
        (
            "fr",
            "Soudan : 45 civils tués dans des bombardements au cours de la semaine écoulée à El-Facher",
            45,
        ),
        ("es", "Los bombardeos sobre Gaza dejan 90 muertos en la última semana", 90),
        ("pt", "Ataques israelenses deixam 38 mortos no Líbano nos últimos 6 dias", 38),
        ("tr", "Sudan'da son 10 günde çatışmalarda 75 kişi hayatını kaybetti", 75),
        ("he", "בימים האחרונים נהרגו 30 בני אדם בהפצצות בלבנון", 30),
    ],
)
def test_a_toll_over_a_past_week_or_days_is_cumulative(language: str, title: str, count: int) -> None:
    found = by_count(casualties(language, title))
    assert found[(count, "killed")]["cumulative"] is True


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("ru", "За последние сутки при обстрелах Донецка погибли 4 человека", 4),
        ("tr", "Gazze'de son 24 saatte İsrail saldırılarında 19 kişi öldü", 19),
    ],
)
def test_a_daily_report_is_not_cumulative(language: str, title: str, count: int) -> None:
    assert by_count(casualties(language, title))[(count, "killed")]["cumulative"] is False


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("es", "medio centenar", 50),
        ("es", "media docena", 6),
        ("pt", "meia centena", 50),
        ("es", "medio millón", 500_000),
    ],
)
def test_half_of_the_next_number_word(language: str, text: str, count: int) -> None:
    assert [q.count for q in quantities(language, tokenize(normalise(text)[0]))] == [count]


def test_a_fraction_word_alone_is_no_number() -> None:
    assert quantities("es", tokenize(normalise("a medio camino de la frontera")[0])) == []


def test_half_a_hundred_dead_is_about_fifty() -> None:
    found = by_count(
        casualties("es", "Medio centenar de muertos en un ataque armado contra un mercado en Malí")
    )
    assert found[(50, "killed")]["qualifier"] == "about"


@pytest.mark.parametrize(
    ("title", "part", "kind"),
    [
        ("Suriye sınırındaki roket saldırısında 6'sı çocuk 14 kişi yaralandı", 6, "injured"),
        ("Gazze'de hava saldırısında 22 kişi öldü, 9'u çocuk", 9, "killed"),
        ("Han Yunus'ta 31 kişi hayatını kaybetti; bunlardan 4'ü kadın", 4, "killed"),
    ],
)
def test_turkish_partitive_parts(title: str, part: int, kind: str) -> None:
    found = by_count(casualties("tr", title))
    assert (part, kind) in found
    assert found[(part, kind)]["victims"] in {"children", "women"}


def test_and_written_onto_a_number_opens_its_own_part() -> None:
    found = by_count(casualties("he", "ארבעה אזרחים נהרגו וחמישה נוספים נפצעו בירי רקטות בצפון"))
    assert (4, "killed") in found and (5, "injured") in found
    assert (5, "killed") not in found


def test_a_hedged_year_like_number_is_a_count() -> None:
    found = by_count(casualties("uk", "Внаслідок обстрілів понад 2000 людей отримали поранення"))
    assert found[(2000, "injured")]["qualifier"] == "more_than"


def test_a_number_word_inside_a_place_name_counts_no_one() -> None:
    found = casualties("he", "שני הרוגים ועשרות פצועים מפגיעת רקטה בבאר שבע")
    assert {(f["count"], f["kind"]) for f in found} == {(2, "killed"), (None, "injured")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Liban : un secouriste tué dans une frappe de drone près de Tyr"),
        ("es", "Muere un voluntario en un bombardeo ruso en Járkov"),
        ("de", "Sanitäter bei Drohnenangriff in Cherson getötet"),
    ],
)
def test_a_lone_victim_named_by_trade(language: str, title: str) -> None:
    assert (1, "killed") in by_count(casualties(language, title))


def test_a_capital_is_the_place_when_no_other_is_named() -> None:
    found = by_count(casualties("tr", "Ankara'da bombalı saldırıda 3 kişi hayatını kaybetti"))
    assert found[(3, "killed")]["location"] == "Ankara, Turkey"


def test_a_city_outranks_a_capital() -> None:
    found = by_count(casualties("fr", "Paris condamne la frappe qui a fait 12 morts à Kharkiv"))
    assert found[(12, "killed")]["location"] == "Kharkiv, Ukraine"


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("de", "Armee: 25 Kämpfer bei Gefechten im Norden Malis getötet", 25),
        ("es", "Mueren 18 yihadistas en un bombardeo del ejército en Burkina Faso", 18),
        ("ar", "مقتل 9 مسلحين في اشتباكات مع الجيش في درعا", 9),
    ],
)
def test_fighters_are_militants(language: str, title: str, count: int) -> None:
    assert by_count(casualties(language, title))[(count, "killed")]["victims"] == "militants"


def test_a_victim_word_of_the_next_sentence_is_not_the_figures() -> None:
    found = by_count(
        casualties(
            "de", "Zahl der Toten nach Angriff auf Markt in Goma steigt auf 27. Kämpfer der Miliz hatten ..."
        )
    )
    assert found[(27, "killed")]["victims"] == "people"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ar", "قالت لجان المقاومة إن 14 شخصا قتلوا في قصف على نيالا"),
        ("fa", "روز دوشنبه ۸ نفر در حمله پهپادی به شهر نیالا کشته شدند"),
    ],
)
def test_common_words_that_geonames_has_as_towns_are_not_places(language: str, title: str) -> None:
    found = casualties(language, title)
    assert found and all(f["location"] == "Nyala, Sudan" for f in found)


def test_german_spelling_of_jenin() -> None:
    found = by_count(casualties("de", "Vier Tote bei israelischem Einsatz in Dschenin"))
    assert found[(4, "killed")]["location"] == "Jenin, West Bank"


@pytest.mark.parametrize(
    ("language", "title", "part", "victims"),
    [
        ("pt", "Ataque aéreo mata 14 pessoas em Rafah; 6 eram crianças", 6, "children"),
        ("es", "Mueren 11 civiles en un bombardeo en Jartum. Cuatro eran mujeres.", 4, "women"),
        ("fr", "Frappe russe sur Soumy : 9 morts, 3 étaient des enfants", 3, "children"),
        ("de", "Luftangriff auf Chan Junis: 16 Tote, 7 waren Kinder", 7, "children"),
    ],
)
def test_a_copula_after_a_number_makes_it_a_part(language: str, title: str, part: int, victims: str) -> None:
    found = by_count(casualties(language, title))
    assert found[(part, "killed")]["victims"] == victims


@pytest.mark.parametrize(
    ("language", "title", "place"),
    [
        ("ar", "مقتل 3 أشخاص في غارة على النبطية", "Nabatieh, Lebanon"),
        ("fa", "۷ نفر در حمله موشکی به خارکف کشته شدند", "Kharkiv, Ukraine"),
    ],
)
def test_reviewed_place_aliases(language: str, title: str, place: str) -> None:
    found = casualties(language, title)
    assert found and found[0]["location"] == place


def test_a_day_of_the_month_past_a_preposition_is_a_date() -> None:
    found = casualties("es", "Más de 350 muertos en Cisjordania desde el 9 de noviembre")
    assert {(f["count"], f["kind"]) for f in found} == {(350, "killed")}


def test_a_figure_in_thousands_with_no_scope_word_is_a_running_total() -> None:
    found = by_count(casualties("fa", "سازمان ملل: بیش از ۸ هزار غیرنظامی در سودان کشته شده‌اند"))
    assert found[(8000, "killed")]["cumulative"] is True


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("es", "Drones lanzados desde Venezuela dejan 4 muertos en una base militar en Cúcuta", 4),
        ("fr", "Des roquettes tirées depuis le Liban font 3 blessés en Galilée", 3),
    ],
)
def test_from_a_place_is_not_since(language: str, title: str, count: int) -> None:
    found = casualties(language, title)
    assert found and all(not f["cumulative"] for f in found if f["count"] == count)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "Al menos 70 muertos en Gaza desde el inicio de la tregua"),
        ("fr", "Liban : 120 morts depuis le 2 mars dans les frappes israéliennes"),
        ("pt", "Ataques israelenses mataram 90 pessoas no Líbano desde outubro"),
        ("fa", "طی ۱۰ روز درگیری ۸۵ نفر در خارطوم کشته شدند"),
    ],
)
def test_since_a_date_or_over_n_days_is_still_cumulative(language: str, title: str) -> None:
    found = casualties(language, title)
    assert found and all(f["cumulative"] for f in found)


def test_the_most_specific_of_two_places_named_together() -> None:
    found = by_count(
        casualties("tr", "Filistin Sağlık Bakanlığı: İsrail'in Gazze Şeridi'ne saldırılarında 33 kişi öldü")
    )
    assert found[(33, "killed")]["location"] == "Gaza"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Взрыв на шахте в Воркуте: погибли 6 горняков"),
        ("uk", "Внаслідок вибуху на шахті на Львівщині загинули двоє шахтарів"),
        ("fa", "انفجار در معدن زغال سنگ در کرمان ۸ کشته برجای گذاشت"),
    ],
)
def test_an_explosion_in_a_mine_is_an_accident(language: str, title: str) -> None:
    assert casualties(language, title) == []


@pytest.mark.parametrize(
    ("language", "title", "second", "victims"),
    [
        ("he", "לפחות 31 פלסטינים נהרגו ו-140 נפצעו בתקיפות בעזה", (140, "injured"), "Palestinians"),
        ("es", "Seis soldados muertos y nueve heridos en una emboscada en Cauca", (9, "injured"), "soldiers"),
        ("pt", "Um soldado morto e 8 feridos em ataque em Cabo Delgado", (8, "injured"), "people"),
        (
            "pt",
            "Pelo menos 12 pessoas morreram, entre elas três crianças, e 40 ficaram feridas em Kiev",
            (40, "injured"),
            "people",
        ),
    ],
)
def test_a_figure_joined_by_and_shares_the_victims_of_the_one_before(
    language: str, title: str, second: tuple[int, str], victims: str
) -> None:
    assert by_count(casualties(language, title))[second]["victims"] == victims


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Niger : 12 soldats tués dans une embuscade près de Tillabéri"),
        ("tr", "Hakkari'de pusuya düşürülen 3 asker hayatını kaybetti"),
        ("ru", "В Мали 20 военных погибли, попав в засаду"),
    ],
)
def test_an_ambush_speaks_of_violence(language: str, title: str) -> None:
    assert casualties(language, title)
