"""Ten-language families that recur across separate authors' sets (round 14, helper ml14: figures, places
and hard negatives; issue 15). Every sentence here is written for this file (none is corpus or held-out
text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def facts_of(language: str, title: str, summary: str = "", kind: str = "casualty") -> list[dict[str, Any]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return [f for f in facts if f["type"] == kind]


def counts(language: str, title: str, summary: str = "") -> list[tuple[int | None, str]]:
    return [(f["count"], f["kind"]) for f in facts_of(language, title, summary)]


# "N of them" after a number with no casualty word: a part of the figure before it in its sentence


@pytest.mark.parametrize(
    ("language", "title", "summary", "whole", "part"),
    [
        ("he", "פיגוע ירי בחיפה", "שני בני אדם נהרגו ו-9 נפצעו, ארבעה מהם במצב קשה, בפיגוע ירי בחיפה.", 9, 4),
        ("he", "פיגוע בבאר שבע", "שמונה בני אדם נפצעו, שתיים מהן באורח בינוני, בפיגוע דקירה בבאר שבע.", 8, 2),
        (
            "uk",
            "Удар по Одесі",
            "Унаслідок ракетного удару по Одесі поранено 25 людей, 12 з них госпіталізовані.",
            25,
            12,
        ),
        (
            "ru",
            "Удар по Белгороду",
            "При обстреле Белгорода ранены 14 человек, 6 из них в тяжелом состоянии.",
            14,
            6,
        ),
        (
            "es",
            "Ataque en Jenin",
            "Al menos 20 personas resultaron heridas en Yenín, seis de ellos de gravedad.",
            20,
            6,
        ),
        (
            "pt",
            "Ataque em Kharkiv",
            "O ataque russo em Kharkiv deixou 30 feridos, oito deles em estado grave.",
            30,
            8,
        ),
        (
            "fr",
            "Frappe sur Kharkiv",
            "La frappe russe sur Kharkiv a fait 30 blessés, huit d'entre eux grièvement.",
            30,
            8,
        ),
        (
            "de",
            "Angriff auf Charkiw",
            "Bei dem Angriff auf Charkiw wurden 30 Menschen verletzt, acht von ihnen schwer.",
            30,
            8,
        ),
        (
            "ar",
            "غارة على خان يونس",
            "أصيب 15 فلسطينيا، خمسة منهم بجروح خطيرة، في غارة إسرائيلية على خان يونس.",
            15,
            5,
        ),
    ],
)
def test_a_number_then_of_them_is_a_part_of_the_figure_before_it(
    language: str, title: str, summary: str, whole: int, part: int
) -> None:
    got = counts(language, title, summary)
    assert (whole, "injured") in got
    assert (part, "injured") in got


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        # no figure before it in its sentence: nothing to be a part of
        ("he", "בחירות", "5 מהם הצביעו בבחירות בחיפה, שלושה מהם נפצעו."),
        ("uk", "Навчання", "40 з них студенти, які навчаються у Києві."),
    ],
)
def test_of_them_with_no_figure_before_it_counts_nothing(language: str, title: str, summary: str) -> None:
    assert counts(language, title, summary) == []


def test_of_them_in_the_next_sentence_is_no_part() -> None:
    got = counts("he", "פיגוע בחיפה", "שני בני אדם נהרגו בפיגוע בחיפה. 40 מהם עובדים בעירייה.")
    assert got == [(2, "killed")]


# lists of parts: "and" written onto a number word; a whole's casualty word past a part in commas


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "ar",
            "غارة على رفح",
            "استشهد 12 مواطنا، بينهم خمسة أطفال وأربع نساء، في غارة إسرائيلية على رفح.",
            {(12, "killed"), (5, "killed"), (4, "killed")},
        ),
        (
            "he",
            "תקיפה ברפיח",
            "30 בני אדם נהרגו בתקיפה ברפיח, בהם שמונה נשים וחמישה ילדים.",
            {(30, "killed"), (8, "killed"), (5, "killed")},
        ),
        (
            "es",
            "Ataque en Gaza",
            "Al menos 30 personas, entre ellas ocho mujeres y cinco niños, murieron"
            " en un bombardeo en Jan Yunis.",
            {(30, "killed"), (8, "killed"), (5, "killed")},
        ),
        (
            "fr",
            "Frappe sur Gaza",
            "Au moins 30 personnes, dont huit femmes et cinq enfants, ont été tuées"
            " dans une frappe à Khan Younès.",
            {(30, "killed"), (8, "killed"), (5, "killed")},
        ),
        (
            "de",
            "Angriff auf Gaza",
            "Mindestens 30 Menschen, darunter acht Frauen und fünf Kinder, wurden bei einem Angriff"
            " in Chan Junis getötet.",
            {(30, "killed"), (8, "killed"), (5, "killed")},
        ),
        (
            "pt",
            "Ataque em Gaza",
            "Pelo menos 30 pessoas foram mortas, entre as quais oito crianças,"
            " num bombardeamento em Khan Younis.",
            {(30, "killed"), (8, "killed")},
        ),
    ],
)
def test_every_member_of_a_list_of_parts_and_its_whole(
    language: str, title: str, summary: str, expected: set[tuple[int, str]]
) -> None:
    assert set(counts(language, title, summary)) == expected


def test_a_part_named_by_victims_takes_them() -> None:
    figures = facts_of(
        "ar", "غارة على رفح", "استشهد 12 مواطنا، بينهم خمسة أطفال وأربع نساء، في غارة على رفح."
    )
    assert {(f["count"], f["victims"]) for f in figures if f["count"] in (4, 5)} == {
        (5, "children"),
        (4, "women"),
    }


def test_a_number_word_that_starts_like_and_is_no_list() -> None:
    # "وأربعين" is no "and" + number before a victim word: one figure only
    assert counts("ar", "غارة على رفح", "استشهد أربعون مواطنا في غارة إسرائيلية على رفح.") == [(40, "killed")]


# bodies recovered are the dead


@pytest.mark.parametrize(
    ("language", "title", "summary", "count"),
    [
        (
            "ar",
            "انتشال جثامين في خان يونس",
            "انتشلت طواقم الدفاع المدني 23 جثمانا من تحت الأنقاض في خان يونس.",
            23,
        ),
        ("uk", "Удар по Дніпру", "З-під завалів у Дніпрі дістали тіла ще трьох людей.", 3),
        ("ru", "Удар по Газе", "За сутки в больницы Газы доставлены тела 25 человек.", 25),
        (
            "tr",
            "Gazze'de saldırı",
            "Son 24 saatte Gazze'deki hastanelere 25 kişinin cansız bedeni getirildi.",
            25,
        ),
        ("pt", "Combates em Goma", "Pelo menos 700 corpos foram recolhidos nas ruas de Goma.", 700),
        ("fr", "Combats à Goma", "Les corps sans vie de 40 civils ont été retrouvés près de Goma.", 40),
    ],
)
def test_bodies_recovered_are_the_dead(language: str, title: str, summary: str, count: int) -> None:
    assert (count, "killed") in counts(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("fr", "Guerre en Ukraine", "Le 3e corps d'armée ukrainien a repris 12 villages près de Koupiansk."),
        ("ar", "حرب غزة", "شيّع آلاف الفلسطينيين جثمان القائد في جنين."),
        (
            "fr",
            "Naufrage au large de Lampedusa",
            "Les corps de 40 migrants ont été repêchés au large de Lampedusa.",
        ),
    ],
)
def test_an_army_corps_a_funeral_and_a_shipwreck_are_no_figures(
    language: str, title: str, summary: str
) -> None:
    assert counts(language, title, summary) == []


def test_a_bodyguard_is_no_body() -> None:
    got = counts(
        "fr",
        "Guerre au Soudan",
        "Deux gardes du corps du général ont été blessés lors d'une attaque à Khartoum.",
    )
    assert got == [(2, "injured")]


# dates are no figures


@pytest.mark.parametrize(
    ("language", "title", "summary", "count"),
    [
        (
            "fr",
            "Massacre à Port-au-Prince",
            "Au moins 50 personnes ont été tuées entre le 3 et le 9 mars à Port-au-Prince.",
            50,
        ),
        (
            "es",
            "Masacre en Haití",
            "Al menos 50 personas fueron asesinadas entre el 3 y el 9 de marzo en Puerto Príncipe.",
            50,
        ),
        (
            "pt",
            "Massacre no Haiti",
            "Pelo menos 50 pessoas foram mortas entre 3 e 9 de março em Porto Príncipe.",
            50,
        ),
        (
            "fa",
            "حملات به ایران",
            "شمار کشته‌شدگان حملات از ۲۳ خرداد تاکنون در تهران به ۳۰۰ نفر رسیده است.",
            300,
        ),
        ("fa", "حملات به ایران", "از ۱۲ اردیبهشت تاکنون ۴۰ نفر در حملات هوایی به اصفهان کشته شده‌اند.", 40),
    ],
)
def test_the_first_day_of_a_range_and_a_persian_month_day_are_dates(
    language: str, title: str, summary: str, count: int
) -> None:
    assert counts(language, title, summary) == [(count, "killed")]


def test_a_range_of_people_is_still_a_figure() -> None:
    got = counts("fr", "Attaque au Mali", "Entre 3 et 9 soldats ont été tués dans une attaque près de Gao.")
    assert (9, "killed") in got or (3, "killed") in got


# places


@pytest.mark.parametrize(
    ("language", "title", "summary", "place"),
    [
        ("ar", "غارة على صعدة", "قتل 12 شخصا في غارة جوية على محافظة صعدة شمالي اليمن.", "Saada, Yemen"),
        (
            "de",
            "Angriff in Saada",
            "Bei einem Luftangriff in der Provinz Saada wurden 12 Menschen getötet.",
            "Saada, Yemen",
        ),
        (
            "pt",
            "OMS: ataque em El Fasher",
            "A OMS disse que 30 pessoas foram mortas num ataque em El Fasher.",
            "El Fasher, Sudan",
        ),
        (
            "es",
            "OMS: ataque en El Fasher",
            "La OMS dijo que 30 personas murieron en un ataque en El Fasher.",
            "El Fasher, Sudan",
        ),
        (
            "he",
            "רקטה במג'דל שמס",
            "ארבעה בני אדם נפצעו מפגיעת רקטה במגרש בכפר מג'דל שמס.",
            "Majdal Shams, Golan Heights",
        ),
        (
            "fr",
            "Haïti : tuerie à Wharf Jérémie",
            "Au moins 40 personnes ont été tuées dans le quartier de Wharf Jérémie.",
            "Port-au-Prince, Haiti",
        ),
        (
            "pt",
            "Haiti: massacre em Wharf Jérémie",
            "Pelo menos 40 pessoas foram mortas no bairro de Wharf Jérémie.",
            "Port-au-Prince, Haiti",
        ),
    ],
)
def test_places_as_the_wires_name_them(language: str, title: str, summary: str, place: str) -> None:
    figures = facts_of(language, title, summary)
    assert figures
    assert {f["location"] for f in figures} == {place}


def test_a_pitch_is_no_jordanian_town() -> None:
    figures = facts_of("he", "רקטה פגעה במגרש", "שלושה בני אדם נפצעו כשרקטה פגעה במגרש כדורגל בקריית שמונה.")
    assert {f["location"] for f in figures} == {"Kiryat Shmona, Israel"}


# a lone victim before its verb counts beside a figure of its kind in another clause


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "לוחם נהרג בג'נין",
            "לוחם משמר הגבול נהרג הבוקר מירי מחבלים בג'נין. בפעילות חוסלו שלושה מחבלים.",
            {(1, "killed"), (3, "killed")},
        ),
        (
            "לוחם נפל בעזה",
            "לוחם בחטיבת גבעתי נפל בקרב בצפון רצועת עזה. עם מותו עלה מספר החללים ל-500.",
            {(1, "killed"), (500, "killed")},
        ),
        (
            "רקטה בקריית שמונה",
            "אישה כבת 60 נפצעה באורח קשה, ושלושה אנשים נוספים נפצעו באורח קל בקריית שמונה.",
            {(1, "injured"), (3, "injured")},
        ),
    ],
)
def test_a_lone_victim_beside_a_figure_of_its_kind_elsewhere(
    title: str, summary: str, expected: set[tuple[int, str]]
) -> None:
    assert set(counts("he", title, summary)) == expected


def test_a_victim_word_inside_a_counted_clause_is_no_lone_victim() -> None:
    # the soldier is one of the five counted in its own clause: no figure of one beside them
    got = counts("he", "תקיפה בעזה", "חמישה חיילים נהרגו בתקיפה בעזה, חייל נוסף נפצע.")
    assert (5, "killed") in got
    assert (1, "killed") not in got


def test_at_the_scene_is_no_iranian_city() -> None:
    figures = facts_of("he", "פיגוע בצומת", "מחבל דקר אזרח בצומת הגוש ונורה ונהרג בידי כוח צבאי שהיה במקום.")
    assert all(f["location"] != "Qom, Iran" for f in figures)


# the state after a word for aggression or invasion (or before a verb of killing) is the attacker


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        (
            "uk",
            "Унаслідок збройної агресії Росії в Україні загинули 500 дітей, повідомили в Офісі генпрокурора.",
        ),
        ("uk", "Від початку повномасштабного вторгнення Росії в Україну загинули 90 журналістів."),
        ("ru", "С начала вторжения России в Украину погибли 90 журналистов."),
        ("uk", "Росія вбила 600 дітей в Україні від початку повномасштабного вторгнення."),
    ],
)
def test_the_invader_is_not_where_the_dead_fell(language: str, summary: str) -> None:
    figures = facts_of(language, "Війна" if language == "uk" else "Война", summary)
    assert figures
    assert {f["location"] for f in figures} == {"Ukraine"}


def test_a_strike_on_a_russian_city_stays_there() -> None:
    figures = facts_of(
        "uk", "Удар по Бєлгороду", "Унаслідок обстрілу Бєлгорода загинули 3 людини, повідомили в Росії."
    )
    assert {f["location"] for f in figures} == {"Belgorod, Russia"}
