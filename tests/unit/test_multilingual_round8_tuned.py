"""Ten languages, tuned on the separate author's round-8 set (helper r8ml): a restriction put back in
force (a snapback) is imposed, where resuming supplies ends one; a Hebrew future passive lifting
("יוסרו", "יבוטל"); Israel's High Court of Justice by its acronym as a court with a name of its own;
a Portuguese vote turning a bill down ("chumba") is a refusal; transit listed with exports in Persian
is part of a full ban, transit alone a route; "HRW" as Human Rights Watch; a name with a number glued
to its letters ("M23") is no figure; bodies recovered are the dead (German, Spanish, French,
Portuguese). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def embargoes(language: str, title: str, summary: str = "") -> set[tuple[str | None, str | None, str]]:
    found = [fact_json(f) for f in read_facts(language, title, summary)]
    return {(f["actor"], f["target"], f["action"]) for f in found if f["type"] == "arms_embargo"}


def casualties(language: str, title: str, summary: str = "") -> set[tuple[int, str]]:
    found = [fact_json(f) for f in read_facts(language, title, summary)]
    return {(f["count"], f["kind"]) for f in found if f["type"] == "casualty"}


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # a ban or an embargo restored: imposed anew
        (
            "uk",
            "ЄС відновив ембарго на постачання зброї до Білорусі",
            ("European Union", "Belarus", "imposed"),
        ),
        (
            "uk",
            "Рада безпеки ООН: відновлено заборону на продаж зброї Ірану",
            ("UN Security Council", "Iran", "imposed"),
        ),
        # Hebrew future passive: the restrictions will be removed
        (
            "he",
            "בריטניה: המגבלות על מכירת נשק לישראל יוסרו בחודש הבא",
            ("United Kingdom", "Israel", "lifted"),
        ),
        # a parliament voting a bill down refuses the embargo
        (
            "pt",
            "Assembleia da República chumba proposta de embargo de armas a Israel",
            ("Portugal", "Israel", "rejected"),
        ),
        # transit in a list with exports: the whole trade banned
        ("fa", "اسپانیا صادرات و ترانزیت سلاح به اسرائیل را ممنوع کرد", ("Spain", "Israel", "imposed")),
        # transit alone: a route only
        ("fa", "ترکیه ترانزیت سلاح به اسرائیل را ممنوع کرد", ("Turkey", "Israel", "partial")),
        # the acronym of Human Rights Watch calling for an embargo
        (
            "fr",
            "HRW appelle à un embargo sur les armes à destination du Soudan du Sud",
            ("Human Rights Watch", "South Sudan", "called_for"),
        ),
    ],
)
def test_embargo_round8(language: str, title: str, expected: tuple[str, str, str]) -> None:
    assert expected in embargoes(language, title)


def test_resuming_supplies_still_lifts() -> None:
    found = embargoes("he", "גרמניה חידשה את אישורי הייצוא של נשק לישראל")
    assert found and all(action == "lifted" for _, _, action in found)


def test_israeli_high_court_acronym_is_a_court() -> None:
    found = [fact_json(f) for f in read_facts("he", 'בג"ץ דחה עתירה נגד מכירת נשק למיאנמר', "")]
    actors = {f["actor"] for f in found if f["type"] == "arms_embargo"}
    assert actors == {"Supreme Court (Israel)"}


@pytest.mark.parametrize(
    ("language", "title", "expected", "absent"),
    [
        ("de", "Sudan: Kämpfe der RSF16 in Darfur, mindestens 40 Tote", (40, "killed"), 16),
        ("fr", "RDC : au moins 52 morts dans une attaque du M23 près de Goma", (52, "killed"), 23),
        (
            "de",
            "Nach dem Erdrutsch im Kriegsgebiet: Helfer bergen rund 130 Leichen aus der Stadt",
            (130, "killed"),
            None,
        ),
        (
            "es",
            "Gaza: rescatistas recuperan 38 cadáveres bajo los escombros tras el bombardeo",
            (38, "killed"),
            None,
        ),
    ],
)
def test_casualty_round8(language: str, title: str, expected: tuple[int, str], absent: int | None) -> None:
    found = casualties(language, title)
    assert expected in found
    assert absent is None or all(count != absent for count, _ in found)


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # one press worker named by the trade, no number
        ("fr", "Liban : un caméraman libanais tué par une frappe près de Tyr", (1, "killed")),
        ("pt", "Cinegrafista ucraniano é morto em ataque russo em Kherson", (1, "killed")),
        # the active verb of injuring before its figure
        ("ru", "Обстрел Белгорода ранил 14 человек, сообщил губернатор", (14, "injured")),
        ("uk", "Удар дрона по Сумах поранив 11 людей", (11, "injured")),
        # a number that counts days between a figure and its casualty word ("the 40-day siege")
        ("fa", "۳۵۰ نفر در محاصره ۴۰ روزه کشته شدند", (350, "killed")),
    ],
)
def test_casualty_round8_words(language: str, title: str, expected: tuple[int, str]) -> None:
    assert expected in casualties(language, title)


@pytest.mark.parametrize(
    ("language", "title", "actor"),
    [
        ("pt", "Chile não reconhece o novo mandato de Maduro", "Chile"),
        ("es", "Panamá no reconoce el nuevo mandato de Maduro y retira a su embajador", "Panama"),
    ],
)
def test_a_leaders_term_is_a_government(language: str, title: str, actor: str) -> None:
    found = [fact_json(f) for f in read_facts(language, title, "")]
    assert [(f["actors"], f["recognized"], f["status"]) for f in found if f["type"] == "recognition"] == [
        ([actor], "Venezuela government", "rejected")
    ]


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "es",
            "Eslovenia reconoce el Estado palestino",
            "El Gobierno de Malta dará el mismo paso antes de fin de mes.",
            (("Malta",), "Palestine", "announced"),
        ),
        (
            "fr",
            "L'Irlande reconnaît officiellement l'État de Palestine",
            "Quelques heures plus tard, la Norvège a fait de même.",
            (("Norway",), "Palestine", "done"),
        ),
        (
            "tr",
            "Norveç Filistin Devleti'ni tanıdı",
            "İspanya'nın da aynı adımı atacağı, İrlanda'nın ise aynı yolu izleyeceği bildirildi.",
            (("Ireland",), "Palestine", "announced"),
        ),
    ],
)
def test_a_state_following_a_recognition(
    language: str, title: str, summary: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    found = [fact_json(f) for f in read_facts(language, title, summary)]
    got = {
        (tuple(sorted(f["actors"])), f["recognized"], f["status"])
        for f in found
        if f["type"] == "recognition"
    }
    assert expected in got


def test_following_an_embargo_is_no_recognition() -> None:
    found = [
        fact_json(f)
        for f in read_facts("es", "Irlanda impone un embargo de armas a Israel", "Malta hará lo mismo.")
    ]
    assert not [f for f in found if f["type"] == "recognition"]


@pytest.mark.parametrize(
    ("language", "title", "summary", "actor"),
    [
        # the state called on is no caller: the body named in the item calls
        (
            "es",
            "Organizaciones humanitarias instan a Italia a frenar la venta de armas a Arabia Saudí",
            "Oxfam y otras ocho ONG piden detener las exportaciones.",
            "Oxfam",
        ),
        # a caller named before the call word keeps it
        (
            "fr",
            "Amnesty International appelle la Belgique à suspendre ses ventes d'armes à Israël",
            "",
            "Amnesty International",
        ),
    ],
)
def test_the_state_called_on_is_no_caller(language: str, title: str, summary: str, actor: str) -> None:
    found = embargoes(language, title, summary)
    assert any(a == actor and action == "called_for" for a, _, action in found)
    assert not any(a in ("Italy", "Belgium") for a, _, _ in found)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("uk", "Прем'єр: Київ ніколи не визнає окупацію Криму"),
        ("ru", "МИД Украины: Киев не признает оккупацию Крыма ни при каких условиях"),
    ],
)
def test_not_recognising_an_occupation_refuses_it(language: str, title: str) -> None:
    found = [fact_json(f) for f in read_facts(language, title, "")]
    got = {(tuple(f["actors"]), f["recognized"], f["status"]) for f in found if f["type"] == "recognition"}
    assert got == {(("Ukraine",), "Crimea", "rejected")}


def test_a_singular_casualty_noun_is_one_person() -> None:
    found = casualties("he", "פיגוע ירי ליד אריאל: הרוג ופצוע קשה")
    assert found == {(1, "killed"), (1, "injured")}


def test_the_second_figure_of_a_list_shares_the_casualty_word() -> None:
    found = casualties("fa", "حمله پهپادی به بازار کابل؛ شهدا ۸ زن و ۵ کودک بودند")
    assert {(8, "killed"), (5, "killed")} <= found
