"""Ukrainian and Russian casualty reading by families (lone victims, parts, number words, oblasts in
every case, a rise "to" a figure, scope carried over), from sentences written for these tests (none
is copied from the labeled corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract import extract_facts


def figures(text: str, language: str, summary: str = "") -> set[tuple[Any, ...]]:
    facts = extract_facts(text, summary, None, language=language)
    return {(f.count, f.kind, f.victims, f.qualifier) for f in facts if f.type == "casualty"}


def places(text: str, language: str) -> set[str | None]:
    return {f.location for f in extract_facts(text, "", None, language=language) if f.type == "casualty"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a lone person after the verb, past an age or an adjective, or before it
        ("uk", "Унаслідок удару по Сумах загинула жінка", {(1, "killed", "women", "exact")}),
        ("uk", "Через обстріл загинув 62-річний чоловік", {(1, "killed", "people", "exact")}),
        ("uk", "Військовий загинув під час артилерійського обстрілу", {(1, "killed", "soldiers", "exact")}),
        ("ru", "При атаке дрона ранен мирный житель", {(1, "injured", "civilians", "exact")}),
        ("ru", "Женщина погибла в результате удара беспилотника", {(1, "killed", "women", "exact")}),
        # plural: no one person
        ("ru", "В результате обстрела погибли десятки человек", {(None, "killed", "people", "vague")}),
        ("uk", "Внаслідок ракетного удару загинули дві жінки", {(2, "killed", "women", "exact")}),
        # a lone person after "including" is a part of its whole's kind
        (
            "uk",
            "Під час обстрілу поранено 9 людей, серед них дитина",
            {(9, "injured", "people", "exact"), (1, "injured", "children", "exact")},
        ),
        # a dash after the casualty word is a copula
        ("ru", "Удар по рынку: среди погибших — трое детей", {(3, "killed", "children", "exact")}),
        # two number words either side of a comma are two figures
        (
            "ru",
            "После обстрела убиты четверо, шестеро ранены",
            {(4, "killed", "people", "exact"), (6, "injured", "people", "exact")},
        ),
        # number words, a word with an apostrophe, hedged thousands
        ("uk", "Внаслідок атаки дронів загинули п'ятеро людей", {(5, "killed", "people", "exact")}),
        ("uk", "Під час боїв загинули тисяча двісті військових", {(1200, "killed", "soldiers", "exact")}),
        ("uk", "Через удари поранено близько тисячі людей", {(1000, "injured", "people", "about")}),
        (
            "ru",
            "Под обстрелами погибли около тысячи мирных жителей",
            {(1000, "killed", "civilians", "about")},
        ),
        # a rise "to" a figure is the figure; "up to" alone stays a hedge
        ("uk", "Кількість загиблих внаслідок удару зросла до 23", {(23, "killed", "people", "exact")}),
        ("ru", "Число погибших при обстреле возросло до 9", {(9, "killed", "people", "exact")}),
        ("ru", "При обстреле ранены до 20 человек", {(20, "injured", "people", "up_to")}),
        # hundreds in the genitive after a hedge
        (
            "ru",
            "При бомбардировках погибли около трехсот мирных жителей",
            {(300, "killed", "civilians", "about")},
        ),
        # an army's losses are its killed and wounded
        (
            "uk",
            "За добу втрати ворога у війні склали 950 осіб",
            {(950, "killed_and_injured", "people", "exact")},
        ),
        # the strike's verb is a word of violence ("вдарили"), as civilians as victims are
        ("uk", "Росіяни вдарили по селу: загиблих уже шестеро", {(6, "killed", "people", "exact")}),
        # a dash between the number and its casualty word; a part opening the next sentence
        (
            "uk",
            "Через удар по місту загинули 2 людей, ще 14 — поранені",
            {(2, "killed", "people", "exact"), (14, "injured", "people", "exact")},
        ),
        (
            "ru",
            "При обстреле погибли 6 человек. Среди них — трое детей.",
            {(6, "killed", "people", "exact"), (3, "killed", "children", "exact")},
        ),
        # a casualty noun that is itself one person
        ("ru", "Обстрел села: есть погибший", {(1, "killed", "people", "exact")}),
        # equipment in a claim is not people
        ("uk", "За добу знищено 7 танків і 12 артсистем ворога", set()),
        # houses, strikes and settlements counted are not people
        ("ru", "Повреждены 15 домов, при атаке дронов погибли двое", {(2, "killed", "people", "exact")}),
        # a participle opening the next clause speaks of the victims just counted
        (
            "ru",
            "Опознаны более 300 военных, погибших при штурме",
            {(300, "killed", "soldiers", "more_than")},
        ),
    ],
)
def test_casualty_families(language: str, text: str, expected: set[tuple[Any, ...]]) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "location"),
    [
        # oblasts in any case, by their short names too, in English canonical form with the country
        ("uk", "У Львівській області через атаку дронів загинули троє людей", "Lviv Oblast, Ukraine"),
        ("uk", "На Одещині внаслідок удару поранено 4 людей", "Odesa Oblast, Ukraine"),
        ("uk", "На Волині через ракетний удар загинула людина", "Volyn Oblast, Ukraine"),
        ("ru", "В Белгородской области при обстреле погибли 2 человека", "Belgorod Oblast, Russia"),
        # cities carry their country, as the English extractor writes them; a stem that alternates
        ("uk", "У Харкові внаслідок обстрілу загинули 3 людей", "Kharkiv, Ukraine"),
        ("uk", "Удар по Миколаєву: поранені 6 людей", "Mykolaiv, Ukraine"),
        ("ru", "В Херсоне при обстреле погибли 2 человека", "Kherson, Ukraine"),
        # a capitalised lexicon word is not a GeoNames town ("Более" is not Bolu)
        ("ru", "Более 40 человек погибли при обстреле", None),
    ],
)
def test_places_in_english_form(language: str, text: str, location: str | None) -> None:
    assert places(text, language) == {location}


def test_scope_carries_over_from_an_earlier_sentence() -> None:
    facts = extract_facts(
        "З початку вторгнення в області загинули 800 цивільних",
        "Ще понад 2 тисячі людей поранені.",
        None,
        language="uk",
    )
    assert {(f.count, f.cumulative) for f in facts if f.type == "casualty"} == {(800, True), (2000, True)}


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        # a funeral in the headline: the death it recalls is not news of a death
        ("uk", "У Житомирі попрощалися із загиблим захисником", "Чоловік загинув 3 березня на фронті."),
        ("ru", "В Курске простились с погибшим военнослужащим", "Мужчина погиб в зоне боевых действий."),
        # a lone person and a crash, no violence
        ("ru", "В Брянской области в ДТП погиб мужчина", ""),
        ("uk", "Через негоду загинула людина, підтоплено 200 будинків", ""),
    ],
)
def test_no_figure(language: str, title: str, summary: str) -> None:
    assert figures(title, language, summary) == set()


def test_a_quoted_name_does_not_end_the_clause() -> None:
    facts = extract_facts(
        "Число погибших при теракте в «Торговом центре» выросло до 41", "", None, language="ru"
    )
    assert {(f.count, f.kind) for f in facts if f.type == "casualty"} == {(41, "killed")}


def test_a_gaza_toll_needs_no_other_word_of_violence() -> None:
    assert figures("У Газі за добу загинули понад 70 людей", "uk") == {(70, "killed", "people", "more_than")}


@pytest.mark.parametrize(
    ("language", "text", "status"),
    [
        ("uk", "Італія не планує визнавати Палестину найближчим часом", "rejected"),
        ("ru", "Дания не собирается признавать Палестину", "rejected"),
    ],
)
def test_a_plan_denied_is_a_rejection(language: str, text: str, status: str) -> None:
    facts = [f for f in extract_facts(text, "", None, language=language) if f.type == "recognition"]
    assert [f.status for f in facts] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Бельгія заборонила експорт деталей до F-35 для Ізраїлю",
        "Дания запретила экспорт деталей F-35 в Израиль",
    ],
)
def test_fighter_parts_are_arms(text: str) -> None:
    # weapon parts are part of the arms: `partial`, as in English (docs/rules.md)
    facts = [f for f in extract_facts(text, "", None) if f.type == "arms_embargo"]
    assert [(f.target, f.action) for f in facts] == [("Israel", "partial")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an accident whoever died in it; a gas explosion is not a bomb
        ("uk", "Військовослужбовець ЗСУ загинув у ДТП на Рівненщині"),
        ("ru", "При взрыве газа в жилом доме в Самаре погибли двое"),
    ],
)
def test_accidents_are_not_conflict_figures(language: str, text: str) -> None:
    assert figures(text, language) == set()


@pytest.mark.parametrize(
    ("language", "title", "summary", "actors", "status"),
    [
        ("uk", "Японія вирішила поки не визнавати палестинську державу", "", ("Japan",), "rejected"),
        ("uk", "Лідери ЄС обговорять визнання Палестини", "", (), "considering"),
        (
            "ru",
            "Британия, Канада и Австралия объявили о признании палестинского государства",
            "",
            ("United Kingdom", "Canada", "Australia"),
            "done",
        ),
        # a country's oblique case is the country, not a GeoNames town that shares its stem
        (
            "uk",
            "Сенат Мексики визнав Палестину",
            "Рішення ухвалили одноголосно, повідомили в парламенті країни.",
            ("Mexico",),
            "done",
        ),
    ],
)
def test_recognition_statuses_and_actors(
    language: str, title: str, summary: str, actors: tuple[str, ...], status: str
) -> None:
    facts = [f for f in extract_facts(title, summary, None, language=language) if f.type == "recognition"]
    assert [(f.actors, f.status) for f in facts] == [(actors, status)]


def test_a_state_in_the_instrumental_case_is_named() -> None:
    facts = extract_facts(
        "Ірландія запровадила ембарго на торгівлю зброєю з Ізраїлем", "", None, language="uk"
    )
    assert [(f.actor, f.target, f.action) for f in facts if f.type == "arms_embargo"] == [
        ("Ireland", "Israel", "imposed")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "Через удари загинули близько сотні людей", {(100, "killed", "people", "about")}),
        ("uk", "Через удари загинули дві сотні людей", {(200, "killed", "people", "exact")}),
        ("ru", "При обстреле погибли полсотни человек", {(50, "killed", "people", "exact")}),
        ("ru", "При обстреле погибли несколько человек", {(None, "killed", "people", "vague")}),
    ],
)
def test_hundreds_fifties_and_several(language: str, text: str, expected: set[tuple[Any, ...]]) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # since any year, month or date is a running toll, not only the dates of one war
        ("ru", "С 2014 года в боях на востоке погибли 3400 мирных жителей"),
        ("ru", "С мая от обстрелов погибли 120 человек"),
        ("ru", "С 3 марта при обстрелах погибли 75 человек"),
        ("uk", "З 2015 року внаслідок обстрілів загинули 3400 цивільних"),
        ("uk", "З травня внаслідок обстрілів загинули 120 людей"),
        ("uk", "З 3 березня під час обстрілів загинули 75 людей"),
    ],
)
def test_since_a_year_a_month_or_a_date_is_a_running_toll(language: str, text: str) -> None:
    facts = [f for f in extract_facts(text, "", None, language=language) if f.type == "casualty"]
    assert [f.cumulative for f in facts] == [True]


# --- round 7 (issue 15): families of tests/data/multilingual_team7_slavic.jsonl, in other sentences


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an abbreviated scale before the rest of the number ends no sentence
        (
            "ru",
            "С начала года в регионе погибли 4 тыс. 120 мирных жителей",
            {(4120, "killed", "civilians", "exact")},
        ),
        (
            "uk",
            "Ще 2 тис. 650 людей дістали поранення від початку року",
            {(2650, "injured", "people", "exact")},
        ),
        # "полутора тысяч" is one and a half thousand
        (
            "ru",
            "За неделю боев погибли около полутора тысяч военных",
            {(1500, "killed", "soldiers", "about")},
        ),
        # an army's losses as a verb
        (
            "ru",
            "Противник за сутки потерял 950 военнослужащих",
            {(950, "killed_and_injured", "soldiers", "exact")},
        ),
        (
            "uk",
            "За минулу добу ворог втратив 870 військових",
            {(870, "killed_and_injured", "soldiers", "exact")},
        ),
        # troops "destroyed" are killed; bridges and depots destroyed are no one
        (
            "uk",
            "Сили оборони знищили понад 250 окупантів на Куп'янському напрямку",
            {(250, "killed", "soldiers", "more_than")},
        ),
        ("ru", "Армия уничтожила 35 боевиков при штурме деревни", {(35, "killed", "militants", "exact")}),
        ("uk", "Окупанти знищили 3 мости через річку", set()),
        # a strike that "took the lives of"
        ("uk", "Обстріл забрав життя чотирьох людей", {(4, "killed", "people", "exact")}),
        ("ru", "Авиаудар унес жизни 17 человек", {(17, "killed", "people", "exact")}),
    ],
)
def test_round7_numbers_and_verbs(language: str, text: str, expected: set[tuple[Any, ...]]) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Якби дрон влучив у школу, загинули б десятки дітей"),
        ("ru", "По словам мэра, при попадании в вокзал погибли бы сотни людей"),
        # a toll that may come ("in case of", a future verb) and millions in the plural are no figure
        ("ru", "Военные аналитики: при прорыве фронта погибнут тысячи"),
        ("uk", "У разі удару по АЕС можуть загинути тисячі людей"),
        # an audience or customers lost is no army's loss
        ("ru", "Война тарифов: оператор за год потерял 120 тыс. абонентов"),
    ],
)
def test_a_toll_that_would_have_been_is_no_figure(language: str, text: str) -> None:
    assert figures(text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # wounds speak of weapons: no other word of violence needed
        (
            "uk",
            "Троє людей загинули, шестеро поранені в Покровську",
            {(3, "killed", "people", "exact"), (6, "injured", "people", "exact")},
        ),
        (
            "ru",
            "В Херсоне погиб один человек, двое ранены",
            {(1, "killed", "people", "exact"), (2, "injured", "people", "exact")},
        ),
    ],
)
def test_wounded_needs_no_other_word_of_violence(
    language: str, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert figures(text, language) == expected


def test_a_crash_with_wounded_is_still_an_accident() -> None:
    assert figures("У ДТП на трасі загинули двоє, троє поранені", "uk") == set()


def test_a_methane_blast_is_an_accident_and_a_strike_on_a_mine_is_not() -> None:
    assert figures("Взрыв метана на шахте в Воркуте: погибли 4 шахтера", "ru") == set()
    assert figures("Вибух метану на шахті на Донеччині забрав життя трьох гірників", "uk") == set()
    assert figures("Дрон атакував автобус із шахтарями: загинули двоє гірників", "uk") == {
        (2, "killed", "people", "exact")
    }


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # the attacker (a state, or a capital standing for one) is not where the toll is
        ("ru", "Россия атаковала Одессу: погибли три человека", "Odesa, Ukraine"),
        ("ru", "Израиль нанес удар по Бейруту, погибли пять человек", "Beirut, Lebanon"),
        ("uk", "Москва завдала удару по Харкову, загинули двоє людей", "Kharkiv, Ukraine"),
        # towns in -ка take -ці; frontline towns GeoNames lacks
        ("uk", "У Дружківці загинули двоє людей внаслідок обстрілу", "Druzhkivka, Ukraine"),
        ("uk", "Внаслідок удару по Куп'янську загинув чоловік", "Kupiansk, Ukraine"),
        # the consonant before the locative ending alternates in any GeoNames town ([language] alternations)
        ("uk", "У Волновасі під час обстрілу загинули двоє людей", "Volnovakha, Ukraine"),
        ("uk", "Удар по Горлівці: загинули четверо людей", "Horlivka, Ukraine"),
        # foreign towns GeoNames has no Ukrainian or Russian name for; "мирн*" is no reason to drop a town
        ("uk", "У Нусейраті загинули 11 палестинців внаслідок авіаудару", "Nuseirat, Gaza"),
        ("ru", "В Дейр-эль-Балахе при авиаударе погибли семь человек", "Deir al-Balah, Gaza"),
        ("ru", "При обстреле Мирнограда погибли два человека", "Myrnohrad, Ukraine"),
        # a headline's last word before the lead's first capital is no first name
        (
            "uk",
            "Внаслідок обстрілу загинули троє людей у Херсоні\nУ місті пошкоджено будинки",
            "Kherson, Ukraine",
        ),
    ],
)
def test_round7_places(language: str, text: str, place: str) -> None:
    title, _, summary = text.partition("\n")
    got = {f.location for f in extract_facts(title, summary, None, language=language) if f.type == "casualty"}
    assert got == {place}


def test_a_scope_word_in_the_next_sentence_says_what_the_figure_counts() -> None:
    facts = extract_facts(
        "На Луганщині загинули 57 цивільних",
        "Такі дані з початку року наводить прокуратура.",
        None,
        language="uk",
    )
    assert [(f.count, f.cumulative) for f in facts if f.type == "casualty"] == [(57, True)]


def test_a_lone_person_after_a_dash_is_a_part() -> None:
    got = figures(
        "Загинули двоє людей, п'ятеро поранені внаслідок обстрілу",
        "uk",
        "Серед поранених — 9-річний хлопчик.",
    )
    assert (1, "injured", "children", "exact") in got


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a capital stands for its state; a parliament, a council, an NGO are named
        ("ru", "Берлин приостановил экспорт оружия в Израиль", ("Germany", "Israel", "imposed")),
        ("uk", "Мадрид запровадив ембарго на продаж зброї Ізраїлю", ("Spain", "Israel", "imposed")),
        (
            "uk",
            "Європарламент закликав до ембарго на постачання зброї Ізраїлю",
            ("European Parliament", "Israel", "called_for"),
        ),
        (
            "ru",
            "Совет ООН по правам человека призвал ввести эмбарго на поставки оружия Израилю",
            ("UN Human Rights Council", "Israel", "called_for"),
        ),
        (
            "uk",
            "Amnesty International закликала припинити продаж зброї Ізраїлю",
            ("Amnesty International", "Israel", "called_for"),
        ),
        # transit (a route ban is `partial`, docs/rules.md), "will not issue", "stopped", "will not
        # sell"; a court obliging the government; a court refusing; UN experts
        ("uk", "Бельгія заборонила транзит зброї до Ізраїлю", ("Belgium", "Israel", "partial")),
        (
            "uk",
            "Італія не видаватиме нових ліцензій на експорт зброї до Ізраїлю",
            ("Italy", "Israel", "suspended_licences"),
        ),
        ("ru", "Канада остановила продажу оружия Израилю", ("Canada", "Israel", "imposed")),
        ("ru", "Норвегия не будет продавать оружие Израилю", ("Norway", "Israel", "imposed")),
        (
            "uk",
            "Суд у Гаазі зобов'язав уряд Нідерландів припинити експорт деталей F-35 до Ізраїлю",
            ("Netherlands", "Israel", "ruled_by_court"),
        ),
        (
            "uk",
            "Високий суд Лондона відмовився заборонити постачання деталей F-35 Ізраїлю",
            ("High Court (United Kingdom)", "Israel", "rejected"),  # a named court keeps its name
        ),
        (
            "ru",
            "Эксперты ООН призвали ввести эмбарго на поставки оружия Израилю",
            ("UN experts", "Israel", "called_for"),
        ),
        # a court keeps its own name
        (
            "ru",
            "Гаагский апелляционный суд обязал власти Нидерландов прекратить экспорт оружия в Израиль",
            ("Hague Court of Appeal", "Israel", "ruled_by_court"),
        ),
        # resuming permits eases a restriction
        (
            "ru",
            "Канада возобновила выдачу разрешений на экспорт оружия в Израиль",
            ("Canada", "Israel", "lifted"),
        ),
    ],
)
def test_round7_8_embargo_roles(language: str, text: str, expected: tuple[str, str, str]) -> None:
    facts = [f for f in extract_facts(text, "", None, language=language) if f.type == "arms_embargo"]
    assert [(f.actor, f.target, f.action) for f in facts] == [expected]


def test_a_ukrainian_headline_without_its_own_letters_keeps_its_declared_language() -> None:
    from bot.core.extract.lang.identify import identify

    assert identify("Ворожа ракетна атака на Одесу", "uk") == "uk"
    assert identify("Ворожа ракетна атака на Одесу", "ru") == "ru"
