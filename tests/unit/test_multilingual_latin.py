"""French, Spanish, Portuguese, German and Turkish read by families of phrasing (issue 15, round 3):
number words, passives and participles, several actors of one embargo, recognition statuses.
Every sentence is written for this file (none is corpus text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.lang import plain_latin_facts
from bot.core.extract.lang.numbers import quantities
from bot.core.extract.lang.reader import read_facts
from bot.core.extract.lang.tokens import normalise, tokenize
from bot.core.model import fact_json


def facts(language: str, title: str, summary: str = "") -> list[dict[str, Any]]:
    return [fact_json(f) for f in read_facts(language, title, summary)]


def counts(found: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {(f["count"], f["kind"], f["qualifier"]) for f in found if f["type"] == "casualty"}


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("fr", "trois cent quarante", 340),
        ("fr", "soixante et un", 61),
        ("es", "cuarenta y tres", 43),
        ("es", "trescientos veinte", 320),
        ("pt", "setenta e dois", 72),
        ("tr", "iki yüz", 200),
        ("de", "dreihundert", 300),
    ],
)
def test_number_words_multiply_a_hundred_and_join_tens_and_units(
    language: str, text: str, count: int
) -> None:
    found = quantities(language, tokenize(normalise(text)[0]))
    assert [q.count for q in found] == [count]


def test_two_figures_joined_by_and_stay_two() -> None:
    found = quantities("es", tokenize(normalise("entre cinco y 20")[0]))
    assert [q.count for q in found] == [5, 20]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Quarante-deux soldats ont été tués lors d'une embuscade jihadiste au Niger",
            (42, "killed", "exact"),
        ),
        (
            "es",
            "Murieron cuarenta y tres milicianos en combates con el ejército en Jartum",
            (43, "killed", "exact"),
        ),
        ("pt", "Setenta e dois civis foram mortos em ataques das RSF no Darfur", (72, "killed", "exact")),
        (
            "de",
            "Mehr als zweihundert Menschen kamen bei den Kämpfen in Khartum ums Leben",
            (200, "killed", "more_than"),
        ),
        ("tr", "Rus saldırısında yaşamını yitirenlerin sayısı 14'e yükseldi", (14, "killed", "exact")),
        ("de", "Hunderten Zivilisten wurden bei den Luftangriffen getötet", (None, "killed", "vague")),
        ("pt", "Um jornalista foi morto em um ataque de drone no Líbano", (1, "killed", "exact")),
    ],
)
def test_casualty_phrasings(language: str, text: str, expected: tuple[Any, ...]) -> None:
    assert expected in counts(facts(language, text))


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        (
            "fr",
            "La Belgique, l'Irlande et la Slovénie suspendent leurs ventes d'armes à Israël",
            {"Belgium", "Ireland", "Slovenia"},
        ),
        ("es", "Noruega y Finlandia prohíben la exportación de armas a Rusia", {"Norway", "Finland"}),
        ("de", "Schweden und Dänemark stoppen Waffenlieferungen an Israel", {"Sweden", "Denmark"}),
    ],
)
def test_each_listed_state_of_an_embargo_is_a_fact(language: str, text: str, actors: set[str]) -> None:
    embargoes = [f for f in facts(language, text) if f["type"] == "arms_embargo"]
    assert {f["actor"] for f in embargoes} == actors
    assert {f["action"] for f in embargoes} == {"imposed"}


def test_an_embargo_imposed_in_the_past_does_not_hide_its_renewal() -> None:
    found = facts("fr", "L'UE reconduit pour un an l'embargo sur les armes imposé à la Birmanie")
    assert [(f["actor"], f["target"], f["action"]) for f in found] == [
        ("European Union", "Myanmar", "extended")
    ]


@pytest.mark.parametrize(
    ("language", "text", "actors", "status"),
    [
        (
            "de",
            "Österreich erwägt die Anerkennung eines palästinensischen Staates",
            ["Austria"],
            "considering",
        ),
        ("tr", "Yeni Zelanda Filistin Devleti'ni tanımayı düşünüyor", ["New Zealand"], "considering"),
        ("pt", "Itália não pretende reconhecer o Estado da Palestina por enquanto", ["Italy"], "rejected"),
        (
            "es",
            "Dinamarca reconocerá al Estado palestino en la próxima Asamblea General",
            ["Denmark"],
            "announced",
        ),
    ],
)
def test_recognition_statuses(language: str, text: str, actors: list[str], status: str) -> None:
    found = [f for f in facts(language, text) if f["type"] == "recognition"]
    assert [(f["actors"], f["status"]) for f in found] == [(actors, status)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Au moins 14 civils tues dans des frappes pres de Kharkiv", "fr", (14, "killed", "at_least")),
        ("Mueren mas de doscientas personas en los combates en Jartum", "es", (200, "killed", "more_than")),
        ("Bombardeio russo deixa 9 mortos e dezenas de feridos em Odessa", "pt", (9, "killed", "exact")),
        ("Saldirida en az 11 asker sehit oldu", "tr", (11, "killed", "at_least")),
    ],
)
def test_an_item_typed_without_accents_and_no_declared_language(
    text: str, language: str, expected: tuple[Any, ...]
) -> None:
    found = [fact_json(f) for f in extract_facts(text, "")]
    assert expected in counts(found)
    assert {f["language"] for f in found} == {language}


@pytest.mark.parametrize(
    "text",
    [
        "Reconnaissance drones spotted over the naval base, officials say",
        "Court to execute the order on the assassination inquiry",
        "Budget balance improves as material costs fall",
    ],
)
def test_english_words_that_look_like_other_stems_do_not_wake_the_language_model(text: str) -> None:
    assert plain_latin_facts(text, "", None, None) is None


def test_a_declared_language_typed_without_accents_is_read_without_them() -> None:
    found = [
        fact_json(f) for f in extract_facts("Ataque deixa 5 mortos e 12 feridos em Gaza", "", language="pt")
    ]
    assert counts(found) == {(5, "killed", "exact"), (12, "injured", "exact")}


@pytest.mark.parametrize(
    ("language", "text", "victims"),
    [
        ("pt", "Repórter é morto em bombardeio israelense no sul do Líbano", "journalists"),
        ("es", "Periodista muere en un ataque con drones en Jan Yunis", "journalists"),
        ("fr", "Un casque bleu tué dans une attaque au Sud-Liban", "peacekeepers"),
    ],
)
def test_a_lone_victim_before_the_casualty_word_is_one(language: str, text: str, victims: str) -> None:
    found = [f for f in facts(language, text) if f["type"] == "casualty"]
    assert [(f["count"], f["victims"]) for f in found] == [(1, victims)]


def test_a_lone_victim_of_an_accident_is_not_a_conflict_figure() -> None:
    assert facts("pt", "Jornalista morre em acidente de carro na rodovia") == []


@pytest.mark.parametrize(
    ("language", "title", "summary", "location"),
    [
        (
            "es",
            "Mueren cinco civiles en un bombardeo",
            "Kiev, 4 mar (EFE).- Cinco civiles murieron en Járkov.",
            "Kharkiv, Ukraine",
        ),
        (
            "fr",
            "Au moins 8 morts dans une frappe",
            "BEYROUTH (AFP) - La frappe a visé le sud du Liban.",
            "Lebanon",
        ),
        (
            "de",
            "Mindestens drei Tote bei Angriff",
            "KIEW (dpa) - Bei einem Angriff auf Odessa starben drei Menschen.",
            "Odesa, Ukraine",
        ),
    ],
)
def test_a_dateline_city_is_where_the_wire_filed_not_the_place(
    language: str, title: str, summary: str, location: str
) -> None:
    found = [f for f in facts(language, title, summary) if f["type"] == "casualty"]
    assert found and {f["location"] for f in found} == {location}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "L'Allemagne suspend ses exportations d'armes vers Israël et lève l'embargo sur la Syrie",
            {("Germany", "Israel", "imposed"), ("Germany", "Syria", "lifted")},
        ),
        (
            "es",
            "Italia prohíbe la venta de armas a Israel y Grecia suspende las licencias",
            {("Italy", "Israel", "imposed"), ("Greece", "Israel", "suspended_licences")},
        ),
        (
            "de",
            "Deutschland stoppt Waffenlieferungen an Israel und verlängert das Waffenembargo gegen Russland",
            {("Germany", "Israel", "imposed"), ("Germany", "Russia", "extended")},
        ),
    ],
)
def test_two_decisions_in_one_sentence_are_two_facts(language: str, text: str, expected: set[Any]) -> None:
    found = {
        (f["actor"], f["target"], f["action"]) for f in facts(language, text) if f["type"] == "arms_embargo"
    }
    assert found == expected


def test_a_list_of_arms_is_one_decision() -> None:
    found = facts("pt", "Eslovênia proíbe a importação, a exportação e o trânsito de armas para Israel")
    assert [(f["actor"], f["target"], f["action"]) for f in found] == [("Slovenia", "Israel", "imposed")]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("fr", "Plus de 600 morts en dix jours au Darfour, selon une ONG", 600),
        ("es", "Más de 300 muertos en una semana en El Fasher, según la ONU", 300),
    ],
)
def test_a_place_at_war_speaks_of_violence(language: str, text: str, count: int) -> None:
    assert (count, "killed", "more_than") in counts(facts(language, text))


def test_a_figure_with_no_violence_and_no_place_at_war_is_still_dropped() -> None:
    assert facts("fr", "Plus de 600 morts en dix jours dans la région, selon une ONG") == []


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        ("fr", "La France reconnaîtra la Palestine si Israël n'accepte pas de cessez-le-feu", ["France"]),
        (
            "de",
            "Großbritannien will Palästina anerkennen, falls Israel keinem Waffenstillstand zustimmt",
            ["United Kingdom"],
        ),
    ],
)
def test_a_state_in_the_condition_of_a_recognition_is_not_an_actor(
    language: str, text: str, actors: list[str]
) -> None:
    found = [f for f in facts(language, text) if f["type"] == "recognition"]
    assert [(f["actors"], f["status"]) for f in found] == [(actors, "announced")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Au moins 12 personnes, dont 4 enfants, ont été tuées dans une frappe à Gaza",
            {(12, "killed", "at_least"), (4, "killed", "exact")},
        ),
        (
            "es",
            "Al menos 9 civiles, entre ellos varios niños, murieron en un bombardeo en Jan Yunis",
            {(9, "killed", "at_least"), (None, "killed", "vague")},
        ),
    ],
)
def test_a_part_set_off_by_commas_between_a_figure_and_its_verb(
    language: str, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert counts(facts(language, text)) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Procès de l'attentat : l'attaque avait fait 86 morts en 2016 au cours d'une fête"),
        ("es", "Comienza el juicio por el atentado que había causado 16 muertos en Barcelona"),
    ],
)
def test_a_trial_recalls_an_old_toll(language: str, text: str) -> None:
    assert counts(facts(language, text)) == set()


def test_parts_of_one_weapon_are_a_partial_embargo() -> None:
    found = facts("pt", "Canadá proíbe exportação de peças de caças F-35 para Israel")
    assert [(f["actor"], f["target"], f["action"]) for f in found] == [("Canada", "Israel", "partial")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Marseille : deux hommes tués par balles sur fond de narcotrafic"),
        ("es", "Tres muertos en un ajuste de cuentas entre bandas en Guayaquil"),
        ("de", "Familiendrama in Bayern: Mann tötet Frau und zwei Kinder"),
    ],
)
def test_crime_is_not_a_conflict_figure(language: str, text: str) -> None:
    assert counts(facts(language, text)) == set()


@pytest.mark.parametrize(
    ("language", "text", "location"),
    [
        ("fr", "Trois Palestiniens tués par des tirs israéliens en Cisjordanie", "West Bank"),
        ("de", "Drei Palästinenser bei Razzia im Westjordanland getötet", "West Bank"),
        ("tr", "Batı Şeria'da İsrail askerlerinin ateşiyle 3 Filistinli öldürüldü", "West Bank"),
    ],
)
def test_the_west_bank_is_a_place(language: str, text: str, location: str) -> None:
    found = [f for f in facts(language, text) if f["type"] == "casualty"]
    assert [(f["count"], f["location"]) for f in found] == [(3, location)]


def test_german_numbers_written_as_one_word() -> None:
    assert (42, "killed", "exact") in counts(facts("de", "Zweiundvierzig Tote bei Luftangriff auf Charkiw"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Saldırıda aralarında 4 çocuğun da bulunduğu 23 kişinin hayatını kaybettiğini açıkladı"),
        ("es", "Entre ellos 4 niños, 23 personas murieron en el bombardeo de Gaza"),
    ],
)
def test_a_part_named_before_its_whole(language: str, text: str) -> None:
    assert counts(facts(language, text)) == {(4, "killed", "exact"), (23, "killed", "exact")}


def test_a_short_word_of_the_declared_language_wakes_the_reader() -> None:
    text = "Proche-Orient : l'armée israélienne tue onze personnes dans le sud du Liban"
    found = [fact_json(f) for f in extract_facts(text, "", language="fr")]
    assert counts(found) == {(11, "killed", "exact")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El primer ministro ha anunciado que Islandia reconoce desde hoy al Estado palestino"),
        ("de", "Die Regierung kündigt an, dass Irland Palästina ab sofort als Staat anerkennt"),
    ],
)
def test_a_recognition_announced_with_immediate_effect_is_done(language: str, text: str) -> None:
    found = [f for f in facts(language, text) if f["type"] == "recognition"]
    assert [f["status"] for f in found] == ["done"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Vor 80 Jahren: Luftangriff auf Dresden forderte rund 25.000 Tote"),
        ("es", "Hace 30 años, el genocidio de Ruanda dejó 800.000 muertos"),
    ],
)
def test_so_many_years_ago_is_history(language: str, text: str) -> None:
    assert counts(facts(language, text)) == set()


def test_vor_alone_is_not_history() -> None:
    assert (3, "killed", "exact") in counts(
        facts("de", "Drei Tote vor Ort nach russischem Angriff auf Odessa")
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a figure after "and" takes the casualty word of its own part, whatever the word for "and"
        ("tr", "Saldırıda 5 asker hayatını kaybetti ve 12 sivil ağır şekilde yaralandı"),
        ("fr", "Lors de l'attaque, 5 soldats ont été tués et 12 civils ont été grièvement blessés"),
        ("de", "Bei dem Angriff starben 5 Soldaten und 12 Zivilisten wurden schwer verletzt"),
    ],
)
def test_a_figure_after_and_takes_the_casualty_word_of_its_own_part(language: str, text: str) -> None:
    figures = [f for f in extract_facts(text, "", None, language=language) if f.type == "casualty"]
    assert sorted((f.count, f.kind) for f in figures) == [(5, "killed"), (12, "injured")]


# --- round 7 (issue 15): capitals, separable verbs, partial lifting, warnings, accidents ----------


def embargo_roles(language: str, title: str, summary: str = "") -> set[tuple[Any, ...]]:
    return {
        (f["actor"], f["target"], f["action"])
        for f in facts(language, title, summary)
        if f["type"] == "arms_embargo"
    }


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("fr", "Paris gèle ses ventes d'armes à l'Azerbaïdjan", "France"),
        ("de", "Berlin stoppt alle Waffenexporte nach Aserbaidschan", "Germany"),
        ("tr", "Ankara, Ermenistan'a silah satışını yasakladı", "Turkey"),
        ("pt", "Lisboa suspende a venda de armas à Rússia", "Portugal"),
    ],
)
def test_a_capital_before_the_decision_is_its_government(language: str, text: str, actor: str) -> None:
    assert {a for a, _, _ in embargo_roles(language, text)} == {actor}


def test_a_capital_dateline_names_an_unnamed_government() -> None:
    found = embargo_roles("es", "MADRID, 3 feb (EFE).- El Gobierno suspende la venta de armas a Azerbaiyán.")
    assert found == {("Spain", "Azerbaijan", "imposed")}


def test_a_capital_is_not_a_figures_place() -> None:
    found = facts("fr", "Au moins 12 morts dans une frappe au Yémen, Londres condamne")
    assert [(f["count"], f["location"]) for f in found if f["type"] == "casualty"] == [(12, "Yemen")]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Die Niederlande setzen die Ausfuhr von Waffen nach Israel vorerst aus", "imposed"),
        ("Die Regierung in Rom hebt das Waffenembargo gegen die Türkei auf", "lifted"),
        ("Österreich stellt sämtliche Waffenlieferungen an Aserbaidschan ein", "imposed"),
    ],
)
def test_a_german_separable_verb_around_its_object(text: str, action: str) -> None:
    assert {a for _, _, a in embargo_roles("de", text)} == {action}


def test_a_separable_verb_of_something_else_is_no_embargo() -> None:
    assert embargo_roles("de", "Deutschland setzt die Waffenlieferungen an die Ukraine fort") == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Londres annonce la levée partielle de son embargo sur les armes à destination de l'Indonésie",
        ),
        ("de", "Japan hebt das Waffenembargo gegen Indonesien teilweise auf"),
    ],
)
def test_a_partial_lifting_is_a_lifting(language: str, text: str) -> None:
    assert {a for _, _, a in embargo_roles(language, text)} == {"lifted"}


def test_licences_for_exports_usable_in_one_war_are_a_partial_embargo() -> None:
    text = (
        "Belgien setzt Genehmigungen für Waffenexporte nach Israel aus, die in Gaza eingesetzt werden können"
    )
    assert {a for _, _, a in embargo_roles("de", text)} == {"partial"}


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("pt", "Governo brasileiro proíbe venda de armamentos à Venezuela", "Brazil"),
        ("es", "El Ejecutivo canadiense suspende la exportación de armamento a Turquía", "Canada"),
        ("de", "Die kanadische Regierung stoppt Waffenexporte in die Türkei", "Canada"),
    ],
)
def test_a_government_named_by_its_adjective_acts(language: str, text: str, actor: str) -> None:
    assert {a for a, _, _ in embargo_roles(language, text)} == {actor}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "UN warnen: Eine Offensive auf die Stadt könnte Tausende Tote fordern"),
        ("es", "Una invasión terrestre podría causar miles de muertos civiles, advierte la ONU"),
        ("pt", "Ofensiva em Rafah poderia matar milhares de civis, alerta a ONU"),
        ("tr", "BM uyardı: Kara harekâtında binlerce sivil ölebilir"),
    ],
)
def test_a_toll_that_may_come_is_a_warning(language: str, text: str) -> None:
    assert facts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Acidente com caminhão do Exército deixa três militares mortos"),
        ("tr", "Askeri aracın karıştığı trafik kazasında 2 asker hayatını kaybetti"),
        ("de", "Busunglück: Vier Soldaten der Bundeswehr tot"),
    ],
)
def test_an_accident_of_soldiers_is_no_conflict_figure(language: str, text: str) -> None:
    assert facts(language, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Se cumplen 30 años de la matanza en la que murieron 200 civiles"),
        ("tr", "Kurtuluş Savaşı'nda şehit olan binlerce askerimizi rahmetle anıyoruz"),
    ],
)
def test_an_anniversary_or_a_memorial_restates_an_old_toll(language: str, text: str) -> None:
    assert facts(language, text) == []


def test_fallen_soldiers_in_german() -> None:
    found = facts("de", "Vier israelische Soldaten im Süden des Libanon gefallen")
    assert counts(found) == {(4, "killed", "exact")}


# --- round 8 (issue 15): the attacker's country, one victim far before a final verb, tolls ---------


def places(language: str, title: str) -> list[Any]:
    return [f["location"] for f in facts(language, title) if f["type"] == "casualty"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("pt", "Exército de Israel mata oito pessoas no Líbano", "Lebanon"),
        ("es", "Ataque de Rusia deja 5 muertos en Ucrania", "Ukraine"),
        ("tr", "Suriye'nin kuzeyine Türkiye saldırısı: 6 ölü", "Syria"),
    ],
)
def test_the_country_whose_forces_strike_is_not_the_place(language: str, text: str, place: str) -> None:
    assert places(language, text) == [place]


def test_a_place_after_an_attack_and_in_is_the_place_struck() -> None:
    assert places("de", "Zwölf Tote bei Rebellenangriff in Ituri, Kongo") == ["Ituri, DR Congo"]


def test_one_victim_seven_words_before_a_german_final_verb() -> None:
    found = facts("de", "Israelischer Soldat bei Gefechten im Norden des Gazastreifens ums Leben gekommen")
    assert counts(found) == {(1, "killed", "exact")}


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("fr", "Ukraine : un mort et deux blessés dans une frappe sur Soumy", 1),
        ("es", "Un muerto y tres heridos en un ataque con drones en Jersón", 1),
    ],
)
def test_one_written_before_a_casualty_noun_is_one_victim(language: str, text: str, count: int) -> None:
    assert (count, "killed", "exact") in counts(facts(language, text))


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("es", "La cifra de civiles muertos en Sudán desde abril supera los 20.000", 20000),
        ("pt", "O número de civis mortos em Gaza desde o início da guerra passa de 40 mil", 40000),
    ],
)
def test_a_toll_phrase_around_its_victims(language: str, text: str, count: int) -> None:
    assert {c for c, _, _ in counts(facts(language, text))} == {count}


def test_since_dawn_is_one_days_toll() -> None:
    found = facts("fr", "Liban : 14 morts depuis l'aube dans des frappes israéliennes")
    assert [f["cumulative"] for f in found if f["type"] == "casualty"] == [False]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "L'Assemblée générale de l'ONU appelle à un embargo sur les armes visant le Soudan",
            "UN General Assembly",
        ),
    ],
)
def test_the_general_assembly_calls(text: str, actor: str) -> None:
    assert {a for a, _, _ in embargo_roles("fr", text)} == {actor}


def test_turkish_martyred_soldier_in_an_operation_zone() -> None:
    assert counts(facts("tr", "Irak'ın kuzeyindeki operasyon bölgesinde 2 asker şehit edildi")) == {
        (2, "killed", "exact")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan'da iç savaşta öldürülen sivillerin sayısı 15 bin 300'e yükseldi", (15300, "exact", True)),
        ("Gazze'de açlıktan ölenlerin sayısı 150 bine yaklaştı", (150000, "nearly", True)),
        ("Kamp saldırısında 60'ı aşkın ölü", (60, "more_than", False)),
    ],
)
def test_turkish_tolls_with_case_endings(text: str, expected: tuple[Any, ...]) -> None:
    found = [f for f in facts("tr", text) if f["type"] == "casualty"]
    assert [(f["count"], f["qualifier"], f["cumulative"]) for f in found] == [expected]


def test_the_possessor_of_a_turkish_attack_is_not_the_place() -> None:
    assert places("tr", "Rusya'nın Ukrayna'ya saldırılarında ölenlerin sayısı 2 bin 400'e ulaştı") == [
        "Ukraine"
    ]


def test_a_spanish_headline_opening_with_los_names_no_town() -> None:
    assert places("es", "Los muertos por los bombardeos en Siria ascienden a 1.200 desde marzo") == ["Syria"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("de", "Israel greift Ziele im Libanon an: mindestens neun Tote", "Lebanon"),
        ("fr", "Israël frappe le sud du Liban : au moins sept morts", "Lebanon"),
        ("pt", "Rússia ataca a Ucrânia com drones e mata quatro pessoas", "Ukraine"),
    ],
)
def test_a_state_before_a_verb_of_attacking_is_not_the_place(language: str, text: str, place: str) -> None:
    assert places(language, text) == [place]


def test_a_german_toll_that_exceeds() -> None:
    found = facts("de", "Gaza: Zahl der Toten übersteigt 60.000")
    assert [(f["count"], f["qualifier"]) for f in found if f["type"] == "casualty"] == [(60000, "more_than")]
