"""Ten-language casualty figures as written, tuned on tests/data/authors_r13f_ml.jsonl (issue 15, round
13, helper mlcounts13). Every sentence here is written for this file (none is corpus or held-out text):
a declared language read on text typed without accents, "others" taking the victims named before them,
a figure's victims ending at its clause or its part, a word past "and" opening the next figure, a part
before its whole, a later toll's scope, Persian "of them", new victim words, and hard negatives with
tolls (a famine, a world war, a stabbing, a gang war, an exhumation, an epidemic)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.lang.reader import read_facts
from bot.core.model import CasualtyFigure, fact_json


def casualties(language: str, title: str, summary: str = "") -> list[dict[str, Any]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return [f for f in facts if f["type"] == "casualty"]


def by_count(language: str, title: str, summary: str = "") -> dict[tuple[object, str], dict[str, Any]]:
    return {(f["count"], f["kind"]): f for f in casualties(language, title, summary)}


def test_a_declared_language_reads_text_typed_without_accents() -> None:
    # German with no letter beyond ASCII: English would read "20 Toten die" as a figure of its own
    facts = extract_facts(
        "Zahl der Toten nach Angriff auf Charkiw steigt auf 31 - darunter drei Kinder",
        "Zuvor war von 20 Toten die Rede gewesen. Mehr als 90 Menschen wurden verletzt.",
        language="de",
    )
    figures = [f for f in facts if isinstance(f, CasualtyFigure)]
    assert {(f.count, f.kind) for f in figures} == {
        (31, "killed"),
        (3, "killed"),
        (20, "killed"),
        (90, "injured"),
    }
    assert {f.language for f in figures} == {"de"}


@pytest.mark.parametrize(
    ("language", "text", "count", "kind", "victims"),
    [
        (
            "es",
            "Un soldado murió en una emboscada en el norte y otros tres resultaron heridos",
            3,
            "injured",
            "soldiers",
        ),
        (
            "de",
            "Ein Polizist wurde bei dem Anschlag getötet, zwei weitere wurden verletzt",
            2,
            "injured",
            "police officers",
        ),
        ("ar", "مقتل ٧ مدنيين بينهم طفلان وإصابة ١٢ آخرين في قصف على القرية", 12, "injured", "civilians"),
        ("pt", "Um soldado morreu na emboscada e outros quatro ficaram feridos", 4, "injured", "soldiers"),
    ],
)
def test_others_take_the_victims_named_before_them(
    language: str, text: str, count: int, kind: str, victims: str
) -> None:
    assert by_count(language, text)[(count, kind)]["victims"] == victims


def test_a_figures_victims_end_at_its_part() -> None:
    found = by_count("pt", "O bombardeio da cidade matou 12 pessoas e feriu 40, incluindo 9 crianças")
    assert found[(40, "injured")]["victims"] == "people"
    assert found[(9, "injured")]["victims"] == "children"


def test_a_word_past_and_opens_the_next_figure() -> None:
    found = by_count("fa", "وزارت بهداشت شمار کشته‌شدگان این حملات را ۲۳ نفر و زخمیان را ۸۰ نفر اعلام کرد")
    assert set(found) == {(23, "killed"), (80, "injured")}


def test_a_part_before_its_whole_in_its_clause_is_that_wholes() -> None:
    found = by_count("tr", "Saldırıda 5 kişi öldü. Aralarında 3 çocuğun da bulunduğu 30 kişi yaralandı")
    assert set(found) == {(5, "killed"), (3, "injured"), (30, "injured")}


def test_a_later_tolls_scope_is_not_the_days_figures() -> None:
    found = by_count(
        "ar",
        "استشهد ثلاثة أشخاص وأصيب خمسة آخرون في غارة على صور، ليرتفع عدد الشهداء منذ وقف إطلاق النار إلى 280",
    )
    assert found[(3, "killed")]["cumulative"] is False
    assert found[(5, "injured")]["cumulative"] is False
    assert found[(280, "killed")]["cumulative"] is True


def test_persian_of_them_names_the_victims_after_it() -> None:
    found = by_count("fa", "در این حمله ۲۵ نفر کشته شدند که ۶ نفر از آنان زن و ۴ نفر کودک بودند")
    assert found[(6, "killed")]["victims"] == "women"
    assert found[(4, "killed")]["victims"] == "children"
    assert (1, "killed") not in found  # the woman of "of them" is no lone victim


@pytest.mark.parametrize(
    ("language", "text", "count", "kind", "victims"),
    [
        ("tr", "Okula düzenlenen saldırıda 14 öğrenci hayatını kaybetti", 14, "killed", "students"),
        ("ru", "При обстреле автобуса погибли 6 туристов", 6, "killed", "tourists"),
        ("pt", "Ataque contra base da ONU fere 3 capacetes azuis no Mali", 3, "injured", "peacekeepers"),
        (
            "es",
            "Emboscada de la guerrilla deja 9 policías muertos en el Cauca",
            9,
            "killed",
            "police officers",
        ),
        ("fa", "در حمله هوایی به دفتر خبرگزاری ۷ روزنامه‌نگار کشته شدند", 7, "killed", "journalists"),
    ],
)
def test_victim_words(language: str, text: str, count: int, kind: str, victims: str) -> None:
    assert by_count(language, text)[(count, kind)]["victims"] == victims


def test_since_this_morning_is_one_days_toll() -> None:
    found = by_count("he", "לפי משרד הבריאות נהרגו מאז הבוקר 27 בני אדם בתקיפות ברצועה")
    assert found[(27, "killed")]["cumulative"] is False


@pytest.mark.parametrize(
    ("language", "text", "count", "qualifier"),
    [
        ("pt", "Número de mortos no Sudão passa de 40 mil", 40000, "more_than"),
        ("he", "שלושה נהרגו וכ-70 נפצעו בתקיפה בחיפה", 70, "about"),
    ],
)
def test_qualifiers(language: str, text: str, count: int, qualifier: str) -> None:
    assert {f["count"]: f["qualifier"] for f in casualties(language, text)}[count] == qualifier


def test_an_earlier_toll_with_no_casualty_word() -> None:
    found = by_count("es", "Ataque con drones contra Járkov deja 19 muertos; la cifra inicial era de 11")
    assert set(found) == {(19, "killed"), (11, "killed")}


def test_a_massacre_by_armed_men_outweighs_the_police_as_a_source() -> None:
    text = "Massacre em aldeia do Níger deixa 40 mortos, segundo a polícia"
    assert {(f["count"], f["kind"]) for f in casualties("pt", text)} == {(40, "killed")}


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "uk",
            "Під час Голодомору, влаштованого радянською владою у війні проти селянства,",
            "загинули понад 4 мільйони людей",
        ),
        ("ru", "В годы Великой Отечественной войны погибли более 26 миллионов человек", ""),
        (
            "ru",
            "В Саратове мужчина зарезал двоих знакомых",
            "Ещё один человек ранен, его доставили в больницу.",
        ),
        ("fr", "Nîmes : 12 morts en un an dans la guerre des gangs", ""),
        ("es", "Exhumados en Teruel los restos de 60 milicianos muertos durante la guerra", ""),
        (
            "de",
            "Mpox im Ostkongo: Mehr als 300 Tote seit Januar",
            "Die Provinz ist seit Jahren vom Krieg geprägt.",
        ),
    ],
)
def test_hard_negatives_with_tolls(language: str, title: str, summary: str) -> None:
    assert casualties(language, title, summary) == []


def test_others_take_no_organisation_nor_more_casualties() -> None:
    # "الدفاع المدني" (the civil defence) is a source, not the civilians counted
    found = by_count("ar", "قال الدفاع المدني في غزة إن القصف أسفر عن إصابة ١٥ آخرين بجروح")
    assert found[(15, "injured")]["victims"] == "people"
    # "ещё трое" is three more casualties, not three more of the residents named before
    found = by_count("ru", "При обстреле погиб местный житель, еще трое ранены")
    assert found[(3, "injured")]["victims"] == "people"


def test_two_parts_joined_by_and_are_no_part_and_whole() -> None:
    found = by_count(
        "pt",
        "Ataque de insurgentes em Cabo Delgado mata 9 pessoas.",
        "Entre as vítimas estão duas mulheres e outras quatro pessoas seguem desaparecidas",
    )
    assert found[(2, "killed")]["victims"] == "women"
    assert (4, "missing") in found


def test_an_arabic_dual_before_its_noun_counts() -> None:
    found = by_count("ar", "مقتل أكثر من ألفي مدني في الهجوم على المدينة")
    assert found[(2000, "killed")]["qualifier"] == "more_than"
    assert (200, "killed") in by_count("ar", "غارات جوية تقتل مئتي شخص في القطاع")


def test_a_shared_predicate_keeps_its_scope_for_a_part() -> None:
    text = "Более 500 человек, в том числе 300 мирных жителей, " + "погибли за несколько дней боёв"
    found = by_count("ru", text)
    assert found[(300, "killed")]["cumulative"] is True
