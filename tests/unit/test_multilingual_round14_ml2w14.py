"""Ten-language families that recur across separate authors' sets, second wave of round 14 (helper
ml2w14, issue 15): a region given where the item names the town in it, hard negatives (a match's injured
players, a disaster's rains beside a war declared on the climate, an arms embargo that lapses with its
resolution). Every sentence here is written for this file (none is corpus or held-out text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def facts_of(language: str, title: str, summary: str = "", kind: str = "casualty") -> list[dict[str, Any]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return [f for f in facts if f["type"] == kind]


def places(language: str, title: str, summary: str = "") -> set[str | None]:
    return {f["location"] for f in facts_of(language, title, summary)}


# A region chosen for a figure gives way to the one town of its state the item names elsewhere


@pytest.mark.parametrize(
    ("language", "title", "summary", "place"),
    [
        (
            "uk",
            "На Харківщині внаслідок обстрілу загинули троє людей",
            "Російські війська вдарили по Ізюму вночі, повідомила ОВА.",
            "Izyum, Ukraine",
        ),
        ("uk", "На Сумщині загинув чоловік", "Вибухівку скинули з дрона на Шостку.", "Shostka, Ukraine"),
        (
            "es",
            "Ataque con explosivos deja cuatro soldados muertos en el Cauca",
            "La ofensiva de las disidencias se concentró en zona rural de Suárez, informó el Ejército.",
            "Suarez, Colombia",
        ),
        (
            "fr",
            "RDC : au moins 20 civils tués par des rebelles en Ituri",
            "L'attaque a visé le village de Mambasa dans la nuit.",
            "Mambasa, DR Congo",
        ),
        (
            "de",
            "Sudan: Mindestens 30 Tote bei Angriff in Darfur",
            "Die Miliz beschoss einen Markt in Kutum, berichteten Helfer.",
            "Kutum, Sudan",
        ),
        (
            "de",
            "Kämpfe in Sagaing: 9 Tote",
            "Die Armee bombardierte das Dorf Kyaung Taik.",
            "Kyaung Taik, Myanmar",
        ),
        (
            "fr",
            "Au moins 12 morts dans une attaque de drone au Darfour",
            "Le drone a frappé un marché de Kutum, selon des médecins.",
            "Kutum, Sudan",
        ),
    ],
)
def test_a_region_gives_way_to_the_town_in_it(language: str, title: str, summary: str, place: str) -> None:
    assert places(language, title, summary) == {place}


@pytest.mark.parametrize(
    ("language", "title", "summary", "place"),
    [
        # two towns of the state: which one the figure is from is not said, so the region stays
        (
            "es",
            "Seis militares muertos en combates en Antioquia",
            "Los enfrentamientos con el Clan del Golfo ocurrieron cerca de Segovia y Remedios.",
            "Antioquia, Colombia",
        ),
        # two regions and no town
        (
            "es",
            "Catatumbo: 30 muertos en combates",
            "La Gobernación de Norte de Santander confirmó la cifra.",
            "Catatumbo, Colombia",
        ),
        # a region that is a city too gives way to a village, never to another city
        ("ru", "В Латакии погибли 40 человек", "Бои идут и в Тартусе.", "Latakia, Syria"),
        # a city listed after regions is one more region of the list
        (
            "uk",
            "Росіяни обстріляли Донеччину, Харківщину, Запоріжжя: п'ятеро загиблих",
            "Загинули п'ятеро людей у Донецькій області.",
            "Donetsk Oblast, Ukraine",
        ),
        # a town the people fled or were moved to is no place of the figure
        (
            "es",
            "Combates entre guerrillas dejan 9 muertos en Arauca",
            "Cientos de familias huyeron hacia Tame.",
            "Arauca, Colombia",
        ),
        # a running total since a date is the whole region's
        (
            "es",
            "Arauca: 50 muertos en combates desde enero",
            "Los choques más duros ocurrieron en Tame.",
            "Arauca, Colombia",
        ),
        # a city is no region: the village shelled beside it does not take its figure
        (
            "uk",
            "Удар по Херсону: загинули двоє людей",
            "Окупанти також обстріляли село Білозерка, повідомила ОВА.",
            "Kherson, Ukraine",
        ),
    ],
)
def test_a_region_or_city_stays_when_no_one_town_of_it_is_named(
    language: str, title: str, summary: str, place: str
) -> None:
    assert places(language, title, summary) == {place}


@pytest.mark.parametrize(
    ("language", "title", "summary", "place"),
    [
        ("fr", "RDC : 15 morts dans une attaque à Komanda", "Des maisons ont brûlé.", "Komanda"),
        ("es", "Ataque rebelde en Komanda deja 9 muertos", "Los atacantes huyeron.", "Komanda"),
        ("de", "Kongo: 11 Tote bei Überfall auf Komanda", "Häuser brannten.", "Komanda"),
        (
            "ru",
            "В Судане при обстреле лагеря Абу-Шук погибли 12 человек",
            "Снаряды попали в палатки переселенцев.",
            "Abu Shouk",
        ),
        (
            "tr",
            "Kahramankazan'da silahlı saldırı: 2 ölü",
            "Saldırganlar bir fabrikanın önünde ateş açtı.",
            "Kahramankazan",
        ),
    ],
)
def test_towns_the_gazetteers_lack(language: str, title: str, summary: str, place: str) -> None:
    (where,) = places(language, title, summary)
    assert where is not None and where.startswith(place)


def test_a_russian_team_is_no_congolese_town() -> None:
    # "команда" is a team in Russian: Komanda has no Cyrillic name in the lexicon
    title, summary = "В Луганске при обстреле погибли 3 человека", "Погибшие работали в команде спасателей."
    assert places("ru", title, summary) == {"Luhansk, Ukraine"}


# Nagorno-Karabakh and its border districts; the neighbour across a border is no place of the figure


@pytest.mark.parametrize(
    ("language", "title", "summary", "place"),
    [
        (
            "ru",
            "В Нагорном Карабахе при обстреле погибли трое военных",
            "Об этом сообщило Минобороны России.",
            "Nagorno-Karabakh",
        ),
        (
            "tr",
            "Dağlık Karabağ'da çatışma: 4 asker öldü",
            "Azerbaycan Savunma Bakanlığı açıklama yaptı.",
            "Nagorno-Karabakh",
        ),
        (
            "ru",
            "На границе с Арменией погибли двое азербайджанских военных",
            "Минобороны Азербайджана сообщило об обстреле позиций в Кельбаджарском районе.",
            "Kalbajar, Azerbaijan",
        ),
        (
            "tr",
            "Azerbaycan sınırında çatışma: 3 Ermeni askeri öldü",
            "Ermenistan Savunma Bakanlığı, Sünik bölgesinde ateş açıldığını bildirdi.",
            "Syunik, Armenia",
        ),
    ],
)
def test_karabakh_and_the_side_of_the_border(language: str, title: str, summary: str, place: str) -> None:
    assert places(language, title, summary) == {place}


def test_the_border_state_stays_when_the_item_names_no_other_place() -> None:
    assert places("ru", "На границе с Арменией погибли двое военных", "Обстрел продолжался ночью.") == {
        "Armenia"
    }


def test_a_territory_where_arms_were_used_is_no_embargo_target() -> None:
    got = facts_of(
        "ru",
        "Канада приостановила экспорт дронов в Турцию",
        "Канада приостановила действие разрешений на экспорт в Турцию оптики для дронов после сообщений о "
        "её применении в Нагорном Карабахе.",
        kind="arms_embargo",
    )
    assert {(f["actor"], f["target"]) for f in got} == {("Canada", "Turkey")}


# A match: its injured players are no conflict figure, whatever war its report speaks of


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "fr",
            "Lens-Lille : une guerre des tranchées, des blessés et un carton rouge",
            "La rencontre a tourné à la bagarre : trois joueurs lillois sont sortis blessés, Lens gagne 2-0.",
        ),
        (
            "pt",
            "Grêmio-Inter: uma guerra de nervos com feridos",
            "A partida virou batalha: dois jogadores do Inter saíram feridos e houve cartão vermelho.",
        ),
        (
            "tr",
            "Galatasaray-Beşiktaş: sinir savaşı",
            "Karşılaşma savaşa döndü: iki futbolcu yaralandı, hakem kırmızı kart gösterdi.",
        ),
        (
            "fa",
            "پرسپولیس و استقلال: جنگ اعصاب و مصدومان",
            "بازی به نبرد تبدیل شد: دو بازیکن مجروح شدند و کارت قرمز داده شد.",
        ),
        (
            "es",
            "Clásico caliente: guerra en el campo y dos heridos",
            "Dos jugadores del Betis terminaron heridos tras una tarjeta roja en el minuto 80.",
        ),
    ],
)
def test_a_matchs_injured_players_are_no_figure(language: str, title: str, summary: str) -> None:
    assert facts_of(language, title, summary) == []


def test_players_killed_by_a_strike_are_a_figure() -> None:
    got = facts_of(
        "fr",
        "Kharkiv : deux joueurs de football tués dans une frappe russe",
        "Une frappe de missile a tué deux joueurs d'un club local à Kharkiv.",
    )
    assert [(f["count"], f["kind"]) for f in got] == [(2, "killed")]


# Rains and a war declared on the climate: a disaster's toll


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "es",
            'Lluvias dejan 12 muertos en Honduras; "es una guerra contra el clima", dice presidente',
            "Los deslaves afectan a 5.000 personas.",
        ),
        (
            "fr",
            "Fortes pluies : au moins 9 morts au Maroc, « une guerre contre le climat »",
            "Les crues ont emporté des maisons.",
        ),
    ],
)
def test_a_war_on_the_climate_beside_the_rains_dead_is_no_conflict(
    language: str, title: str, summary: str
) -> None:
    assert facts_of(language, title, summary) == []


def test_strikes_in_the_rain_are_still_a_figure() -> None:
    got = facts_of("es", "Bombardeos dejan 12 muertos en Gaza pese a las lluvias", "Los ataques continuaron.")
    assert [(f["count"], f["location"]) for f in got] == [(12, "Gaza")]


# An arms embargo that ends with its resolution's deadline: nobody decides anything


def test_an_embargo_that_lapses_is_no_lifting() -> None:
    got = facts_of(
        "fa",
        "پایان تحریم تسلیحاتی علیه ایران؛ قطعنامه خاتمه یافت",
        "وزارت خارجه اعلام کرد محدودیت‌ها لغو شده است.",
        kind="arms_embargo",
    )
    assert got == []


def test_a_renewal_before_the_deadline_ends_is_still_a_decision() -> None:
    got = facts_of(
        "fa",
        "شورای امنیت تحریم تسلیحاتی سودان را تمدید کرد",
        "شورای امنیت پیش از پایان مهلت، تحریم تسلیحاتی سودان را یک سال تمدید کرد.",
        kind="arms_embargo",
    )
    assert [(f["target"], f["action"]) for f in got] == [("Sudan", "extended")]
