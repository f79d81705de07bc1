"""Headline tolls with no word of violence in uk, ru, ar and fa (issue 15, round 9, helper mlhead;
Hebrew keeps the setting off and needs a toll source): a place at war named in the item
(places.toml [at_war], `[language] places_at_war`) lets "загинули двоє" or "مقتل 5" through, by the
place's name, its country, or the country its lexicon name ends with ("Chernihiv Oblast, Ukraine");
an accident, fire, flood, quarrel or murder in the same places is still vetoed, and Gaza itself is
no word of violence that outweighs a flood there. Every sentence is written for this file (none is
corpus text, none is an item of a labeled set)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def figures(language: str, title: str, summary: str = "") -> set[tuple[int | None, str]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return {(f["count"], f["kind"]) for f in facts if f["type"] == "casualty"}


@pytest.mark.parametrize(
    ("language", "title", "summary", "count"),
    [
        ("uk", "У Слов'янську загинули семеро людей", "Дані уточнюються, заявив мер міста.", 7),
        ("uk", "На Чернігівщині загинули двоє мешканців", "Про це повідомив голова громади.", 2),
        ("ru", "В Херсоне погибли девять человек", "Об этом сообщили местные власти.", 9),
        ("ar", "مقتل 8 في رفح", "بحسب مصادر طبية في القطاع.", 8),
        ("he", "שישה הרוגים בג'באליה", "כך לפי משרד הבריאות ברצועה.", 6),
        ("fa", "۹ کشته در خان‌یونس", "منابع محلی این آمار را اعلام کردند.", 9),
    ],
)
def test_a_place_at_war_lets_a_bare_toll_through(language: str, title: str, summary: str, count: int) -> None:
    assert (count, "killed") in figures(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("uk", "У Сумах двоє людей загинули в ДТП", "Автомобіль врізався в електроопору."),
        ("uk", "Запоріжжя вшановує пам'ять жертв Голодомору", "Голод забрав життя мільйонів людей."),
        ("ru", "Наводнение в Газе: погибли три человека", "Ливни затопили лагерь в Рафахе."),
        ("ru", "В Хан-Юнисе в ходе ссоры убиты трое", "Подозреваемый задержан."),
        ("ar", "مقتل فتاة على يد شقيقها في نابلس", "وفتحت الشرطة تحقيقا في الحادثة."),
        ("ar", "مقتل رجلين في خلاف عائلي بمدينة رفح", "وأوقفت الشرطة مشتبها به."),
        ("he", "שלושה הרוגים בהתנגשות חזיתית ליד רמאללה", "משאית התנגשה ברכב פרטי."),
        ("fa", "آتش‌سوزی در غزه جان ۴ نفر را گرفت", "علت حادثه نشت گاز اعلام شد."),
    ],
)
def test_an_accident_or_crime_in_a_place_at_war_is_still_vetoed(
    language: str, title: str, summary: str
) -> None:
    assert figures(language, title, summary) == set()
