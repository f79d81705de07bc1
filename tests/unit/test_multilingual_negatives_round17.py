"""Hard negatives in the ten languages, round 17 (issue 15, round 8): forecasts and fears of a toll
(read in the figure's own clause; "the toll may rise" keeps the figure told before it), an epidemic
in a country at war (the war is its setting; a strike on a clinic is still an attack), anniversaries
told with "remembers" verbs, and a lone worker killed in an attack (an accident at work stays one).
Every sentence is written for this file (none is corpus text)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def facts(language: str, text: str) -> list[dict[str, object]]:
    return [fact_json(f) for f in read_facts(language, text, "")]


def counts(language: str, text: str) -> list[tuple[object, object]]:
    return [(f["count"], f["kind"]) for f in facts(language, text) if f["type"] == "casualty"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "محللون: المعارك في الفاشر قد تخلف آلاف القتلى خلال الأسابيع المقبلة"),
        ("he", "בכירים בצבא: מבצע קרקעי בלבנון עלול לגבות מאות הרוגים"),
        ("ru", "Военные аналитики: к весне потери могут превысить 200 тысяч человек"),
        ("uk", "Експерти прогнозують, що втрати окупантів до літа сягнуть мільйона"),
        ("fr", "L'ONU craint que les combats au Darfour fassent des milliers de morts"),
        ("es", "Los expertos temen que la ofensiva sobre Goma deje cientos de muertos"),
        ("pt", "Relatório projeta que a fome e os combates podem deixar 30 mil mortos em Gaza"),
        ("de", "Hilfsorganisationen befürchten Hunderte Tote bei einer Offensive auf El Fasher"),
        ("fa", "پیش‌بینی کارشناسان: درگیری‌ها صدها کشته خواهد داشت"),
    ],
)
def test_a_forecast_or_a_fear_of_a_toll_is_no_figure(language: str, text: str) -> None:
    assert counts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("es", "Al menos 18 muertos en un ataque con drones en Port Sudan; se teme que la cifra suba", 18),
        ("fr", "Une frappe sur Khan Younès fait 14 morts, les secours craignent que le bilan augmente", 14),
        ("de", "Raketenangriff auf Saporischschja: 9 Tote, Behörden befürchten, dass die Zahl steigt", 9),
        ("ru", "Удар по Харькову: погибли 6 человек, власти опасаются, что число жертв вырастет", 6),
    ],
)
def test_a_fear_that_the_toll_rises_keeps_the_figure(language: str, text: str, count: int) -> None:
    assert (count, "killed") in counts(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Masern-Ausbruch im Jemen: 80 Tote im vom Krieg zerrütteten Land"),
        ("fr", "Épidémie de rougeole au Soudan en guerre : 70 morts en un mois"),
        ("es", "El dengue deja 45 muertos en Sudán, sumido en la guerra"),
        ("ru", "В Йемене на фоне войны от холеры умерли 90 человек"),
        ("ar", "وفاة 35 شخصاً بالكوليرا في اليمن الذي تمزقه الحرب"),
        ("tr", "İç savaşın sürdüğü Sudan'da kolera: 60 kişi öldü"),
    ],
)
def test_an_epidemic_in_a_country_at_war_is_no_conflict_figure(language: str, text: str) -> None:
    assert counts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("de", "Drohnenangriff auf Cholera-Station in Darfur: 11 Tote", 11),
        ("es", "Un bombardeo contra un centro de tratamiento del cólera en Jartum deja 8 muertos", 8),
    ],
)
def test_a_strike_on_an_epidemic_clinic_is_an_attack(language: str, text: str, count: int) -> None:
    assert (count, "killed") in counts(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Angola lembra 50 anos da independência; 8.000 combatentes morreram na luta"),
        ("pt", "Timor-Leste recorda os 1.500 mortos do massacre de Santa Cruz"),
        ("es", "Guatemala recuerda a las 200.000 víctimas de la guerra civil"),
        ("ru", "В Волгограде вспоминают более миллиона погибших в Сталинградской битве"),
        ("de", "Trauerfeier für die 9 Opfer des Anschlags von Hanau"),
        ("ar", "في مثل هذا اليوم قبل 44 عاماً قتل الآلاف في مدينة حماة"),
    ],
)
def test_an_anniversary_told_with_a_remembering_verb_restates_an_old_toll(language: str, text: str) -> None:
    assert counts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Беспилотник атаковал электроподстанцию в Курской области, погиб работник"),
        ("uk", "Росіяни обстріляли Нікополь, загинув працівник водоканалу"),
        ("fr", "Frappe de drone sur un dépôt à Odessa : un ouvrier tué"),
        ("es", "Un dron ruso alcanza una central eléctrica en Sumy y mata a un trabajador"),
        ("ar", "استشهاد موظف في قصف إسرائيلي على مقر بلدية جنوب لبنان"),
    ],
)
def test_a_lone_worker_killed_in_an_attack_is_one_victim(language: str, text: str) -> None:
    assert (1, "killed") in counts(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "На металлургическом заводе в Липецке при взрыве котла погиб рабочий"),
        ("uk", "На шахті у Тернівці через обвал загинув гірник"),
    ],
)
def test_a_worker_killed_in_an_accident_at_work_is_no_conflict_figure(language: str, text: str) -> None:
    assert counts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("he", "צעירה נרצחה בביתה בנצרת; בן זוגה לשעבר נעצר. מתחילת השנה נרצחו 11 נשים"),
        ("ar", "جمعية نسوية: مقتل 19 امرأة في جرائم الشرف خلال عام"),
        ("fr", "Une femme tuée par son ex-compagnon à Rennes, le 70e féminicide de l'année"),
        ("es", "Otro feminicidio en Puebla: ya son 32 mujeres asesinadas en el año"),
    ],
)
def test_a_tally_of_women_killed_by_partners_is_crime(language: str, text: str) -> None:
    assert counts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "استشهاد سائق سيارة إسعاف في قصف على دير البلح"),
        ("de", "Busfahrer bei Raketenangriff auf Dnipro getötet"),
        ("pt", "Bombardeio em Kharkiv mata motorista de ônibus"),
        ("tr", "Gazze'de İsrail'in saldırısında bir yardım kamyonu şoförü öldü"),
        ("ru", "При атаке дронов на локомотив в Курской области погиб машинист"),
    ],
)
def test_a_lone_driver_killed_in_an_attack_is_one_victim(language: str, text: str) -> None:
    assert (1, "killed") in counts(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Operação policial contra facção no Complexo do Alemão termina com 8 mortos"),
        ("es", "Guerra contra el narco en Sinaloa: 1.200 muertos en un año de disputa entre cárteles"),
        ("fa", "قتل عام خانوادگی در شیراز؛ ۴ نفر جان باختند"),
        ("es", "Colombia reconoce a las víctimas del conflicto: 9,8 millones están registradas"),
    ],
)
def test_police_raids_cartel_wars_family_killings_and_victim_registries_are_no_conflict_figures(
    language: str, text: str
) -> None:
    assert counts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("pt", "Grupo armado ataca aldeia no Níger e mata 14 pessoas", 14),
        ("es", "Un coche bomba frente a una estación de policía en Cali deja 3 muertos", 3),
        ("pt", "Carro-bomba explode perto de quartel em Mogadíscio e deixa 7 mortos", 7),
    ],
)
def test_an_armed_attack_or_a_car_bomb_is_violence(language: str, text: str, count: int) -> None:
    assert (count, "killed") in counts(language, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger : l'armée affirme avoir neutralisé 25 terroristes près de Tillabéri", [(25, "killed")]),
        ("Attaque déjouée à Paris : l'assaillant a été neutralisé par les policiers", []),
        ("Cinq drones neutralisés au-dessus de Belgorod", []),
    ],
)
def test_an_army_communique_neutralising_a_counted_group_kills_it(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts("fr", text) == expected
