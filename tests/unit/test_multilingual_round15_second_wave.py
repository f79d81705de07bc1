"""Ten-language hard negatives of round 15's second wave (helper ml2w15): a brawl at a football match
in Russian and Ukrainian, its fans hurt and the match called a war, has no casualty figure (the match
and its fans are `[context] sport` words); an attack on a stadium during a match keeps its figure.
Every sentence is written for this file (none is corpus text, none is an item of a labeled set)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def figures(language: str, title: str, summary: str = "") -> set[tuple[int | None, str]]:
    facts = [fact_json(f) for f in read_facts(language, title, summary) if f.type == "casualty"]
    return {(f["count"], f["kind"]) for f in facts}


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "ru",
            "Драка болельщиков после матча в Казани: пятеро пострадавших",
            "Полиция задержала десять человек.",
        ),
        (
            "ru",
            "Настоящая война на стадионе: 7 болельщиков пострадали в потасовке",
            "После матча дерби фанаты подрались.",
        ),
        (
            "ru",
            "Принципиальный матч закончился дракой на трибунах",
            "Девять человек пострадали, сообщила полиция.",
        ),
        ("uk", "Бійка вболівальників після матчу у Львові: шестеро постраждалих", ""),
        (
            "uk",
            "Справжня війна на трибунах: 4 уболівальники постраждали",
            "Матч довелося зупинити на десять хвилин.",
        ),
    ],
)
def test_a_brawl_at_a_match_has_no_figure(language: str, title: str, summary: str) -> None:
    assert figures(language, title, summary) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # an attack on a stadium during a match: the strike outweighs the match
        ("ru", "Удар дрона по стадиону во время матча в Донецке: трое погибших", {(3, "killed")}),
        (
            "uk",
            "Російська ракета влучила у стадіон під час матчу в Харкові: загинули двоє вболівальників",
            {(2, "killed")},
        ),
        ("ru", "Обстрел Белгорода: погибли 5 человек", {(5, "killed")}),
        ("uk", "Обстріл Херсона: троє поранених", {(3, "injured")}),
    ],
)
def test_an_attack_during_a_match_keeps_its_figure(
    language: str, title: str, expected: set[tuple[int | None, str]]
) -> None:
    assert figures(language, title) == expected


def places(language: str, title: str, summary: str = "") -> set[str | None]:
    facts = [fact_json(f) for f in read_facts(language, title, summary) if f.type == "casualty"]
    return {f["location"] for f in facts}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the attacker is the only place named; the health ministry counting the dead is Iran's
        ("آمار کشته‌شدگان حملات اسرائیل به ۳۲۰ نفر رسید", "وزارت بهداشت اعلام کرد ۱۵۰۰ نفر نیز زخمی شده‌اند."),
        ("وزارت بهداشت: ۸۵ نفر در حملات هوایی اسرائیل جان باختند", ""),
        ("سخنگوی وزارت بهداشت: ۴۰ شهید در تجاوز آمریکا", "شمار زخمی‌ها به ۲۰۰ نفر رسید."),
    ],
)
def test_a_persian_toll_of_an_attackers_strikes_counted_by_the_ministry_is_irans(
    title: str, summary: str
) -> None:
    assert places("fa", title, summary) == {"Iran"}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # another place named: the attacker still gives way to it, the ministry does not matter
        ("وزارت بهداشت لبنان: ۱۲ نفر در حملات اسرائیل به صور کشته شدند", "", "Tyre, Lebanon"),
        # no ministry: the attacker stays the only place read, as before
        ("۲۰ نفر در حملات اسرائیل کشته شدند", "", "Israel"),
    ],
)
def test_near_misses_of_the_home_ministry(title: str, summary: str, expected: str) -> None:
    assert places("fa", title, summary) == {expected}


def test_other_languages_have_no_home_state() -> None:
    # the same shape in Arabic: no [language] home, the attacker stays the place read
    assert places("ar", "وزارة الصحة: 30 قتيلا في غارات إسرائيل") != {"Iran"}
