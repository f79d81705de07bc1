"""Casualty figures in the ten languages by family (issue 15, round 6, helper mlcas): small towns
outside the city tables (names/towns-<script>.tsv) kept with their country when the item names it,
the Democratic Republic of the Congo under its other names ("RDC", "КДР", "Kongo"), a province
giving way to a town in it, gang violence in Haiti, "une dizaine", Ukrainian "missing" and a
Persian forecast. Every sentence is written for this file (none is corpus text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def casualties(language: str, title: str, summary: str = "") -> list[dict[str, Any]]:
    return [fact_json(f) for f in read_facts(language, title, summary) if f.type == "casualty"]


def places(language: str, title: str, summary: str = "") -> set[str | None]:
    return {f["location"] for f in casualties(language, title, summary)}


@pytest.mark.parametrize(
    ("language", "title", "place"),
    [
        # a village the city tables lack, with the region that says its country
        ("uk", "Унаслідок обстрілу Високопілля на Херсонщині загинули троє людей", "Vysokopillya, Ukraine"),
        ("ru", "При обстреле Волчанска погибли два человека, ещё четверо ранены", "Vovchansk, Ukraine"),
        # after a word for a town, with a place of its country named
        ("ar", "استشهاد شابين برصاص الاحتلال في بلدة يعبد جنوب غرب جنين", "Yabad, West Bank"),
        # the town over the province it is in, and over the province named first
        ("tr", "Şırnak'ın Silopi ilçesinde saldırı: 3 asker şehit oldu", "Silopi, Turkey"),
        ("fr", "RDC : au moins 17 civils tués par des rebelles à Lubero", "Lubero, DR Congo"),
    ],
)
def test_a_small_town_is_the_figures_place(language: str, title: str, place: str) -> None:
    assert places(language, title) == {place}


def test_a_town_name_in_a_script_without_capitals_needs_a_word_for_a_town() -> None:
    # "يعبد" (worships) is a verb too: without "بلدة" before it, it is no place
    found = places("ar", "مقتل 4 أشخاص في غارة على ريف جنين", "وقال مسعف إن الجيش يعبد الطريق")
    assert "Yabad, West Bank" not in found


def test_a_small_town_of_another_country_than_the_one_named_is_not_the_place() -> None:
    # Lice is a town in Turkey; the item is about Ukraine
    found = places(
        "de", "Lice Müller berichtet: Bei einem Angriff auf Charkiw starben 5 Menschen in der Ukraine"
    )
    assert found == {"Kharkiv, Ukraine"}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "RDC : au moins 12 morts dans une attaque contre un village"),
        ("es", "Al menos 12 muertos en un ataque de rebeldes en la RDC"),
        ("pt", "Ataque de rebeldes deixa 12 mortos na RDC"),
        ("ru", "В КДР боевики убили 12 человек"),
        ("uk", "У Конго бойовики вбили 12 людей"),
        ("de", "Kongo: Mindestens 12 Tote bei Angriff von Rebellen"),
        ("tr", "Kongo'da isyancıların saldırısında 12 kişi öldü"),
        ("ar", "مقتل 12 شخصاً في هجوم للمتمردين شرقي الكونغو الديمقراطية"),
        ("he", "12 בני אדם נהרגו בהתקפה של מורדים בקונגו"),
        ("fa", "۱۲ نفر در حمله شورشیان در کنگو کشته شدند"),
    ],
)
def test_the_congo_of_conflict_news_is_the_democratic_republic(language: str, title: str) -> None:
    assert places(language, title) == {"DR Congo"}


def test_a_province_gives_way_to_the_town_in_it() -> None:
    title = "Güney Kivu eyaletindeki Uvira kentinde M23 saldırısında 9 kişi öldü"
    assert places("tr", title) == {"Uvira, DR Congo"}


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("fr", "Haïti : des membres de gangs tuent au moins 14 personnes à Kenscoff", 14),
        ("de", "Haiti: In Mirebalais wurden 22 Menschen getötet", 22),
    ],
)
def test_gang_killings_in_haiti_are_figures(language: str, title: str, count: int) -> None:
    assert count in {f["count"] for f in casualties(language, title)}


def test_une_dizaine_is_about_ten() -> None:
    found = casualties("fr", "Attaque à Djibo : une dizaine de soldats portés disparus")
    assert [(f["count"], f["qualifier"], f["kind"]) for f in found] == [(10, "about", "missing")]


def test_missing_without_trace_in_ukrainian() -> None:
    found = casualties("uk", "Після обстрілу Херсона загинули двоє людей, ще 3 вважаються зниклими безвісти")
    assert {(f["count"], f["kind"]) for f in found} == {(2, "killed"), (3, "missing")}


def test_a_persian_forecast_is_no_figure() -> None:
    assert casualties("fa", "کارشناسان: درگیری تازه می‌تواند هزاران کشته برجای بگذارد") == []


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("uk", "Окупанта засудили до довічного ув'язнення за вбивство трьох цивільних на Київщині"),
        ("ru", "Суд приговорил боевика к пожизненному лишению свободы за убийство 4 человек"),
        ("fr", "Le tireur condamné à la réclusion à perpétuité pour le meurtre de 6 personnes"),
        ("es", "Condenan a cadena perpetua al autor del atentado que mató a 9 personas"),
        ("de", "Attentäter zu lebenslanger Haft verurteilt: Er hatte 5 Menschen getötet"),
        ("pt", "Atirador recebe prisão perpétua por matar 7 pessoas em ataque"),
        ("he", "המחבל נידון למאסר עולם על רצח 2 אזרחים"),
    ],
)
def test_a_sentence_passed_quotes_an_old_toll(language: str, title: str) -> None:
    assert casualties(language, title) == []


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("pt", "Ataque russo a Odessa fere 12 civis", 12),
        ("es", "Un ataque con drones en Zaporiyia hiere a 8 personas", 8),
        ("fr", "Une frappe de drone russe blesse 5 personnes à Kharkiv", 5),
    ],
)
def test_a_verb_of_wounding_in_the_present(language: str, title: str, count: int) -> None:
    assert [(f["count"], f["kind"]) for f in casualties(language, title)] == [(count, "injured")]


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("fr", "Haïti : deux policiers tués à Kenscoff", "La police a confirmé leur mort."),
        ("es", "Haití: un tiroteo con pandillas en Mirebalais deja 4 muertos", ""),
        ("de", "Haiti: Drei Polizisten bei Einsatz gegen Bande getötet", "Die Polizei bestätigte die Zahl."),
    ],
)
def test_policing_in_a_place_at_war_is_the_wars(language: str, title: str, summary: str) -> None:
    assert casualties(language, title, summary) != []


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "México: un tiroteo entre la policía y sicarios deja 4 muertos en Culiacán"),
        ("fr", "Marseille : deux morts dans une fusillade, la police enquête sur un règlement de comptes"),
    ],
)
def test_policing_elsewhere_stays_crime(language: str, title: str) -> None:
    assert casualties(language, title) == []
