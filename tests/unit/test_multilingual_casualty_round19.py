"""Casualty figures in the ten languages by family (issue 15, round 9, helper mlcas): a death after
wounds is a death ("מת מפצעיו", "erlag seinen Verletzungen", "помер від поранень"); a toll told as
lives taken ("se cobró la vida de", "tirou a vida de", "تودي بحياة", "canını aldı"); "a dozen" is
about twelve; an ordinal after a casualty word is one more person ("وإصابة ثالث"); a singular
auxiliary with its participle is one victim however far its subject ("..., a été blessé",
"resultó herido", "ficou ferido"); a collapse, a landslide or a mine is a disaster. Every sentence
is written for this file (none is corpus text, none is an item of a labeled set)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def figures(language: str, title: str, summary: str = "") -> set[tuple[int | None, str]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return {(f["count"], f["kind"]) for f in facts if f["type"] == "casualty"}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("he", 'שוטר מג"ב נפטר מפצעיו, עשרה ימים אחרי פיגוע הירי בשכם'),
        ("de", "Ein Sanitäter erlag im Krankenhaus von Saporischschja seinen schweren Verletzungen"),
        ("ru", "Мирный житель скончался от полученных ранений после обстрела Шебекино"),
        ("uk", "Поліцейський помер від поранень, отриманих під час обстрілу Нікополя"),
    ],
)
def test_a_death_after_wounds_is_one_death(language: str, title: str) -> None:
    assert (1, "killed") in figures(language, title)
    assert (1, "injured") not in figures(language, title)


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("es", "El ataque con drones se cobró la vida de nueve civiles en Darfur", 9),
        ("pt", "Bombardeamento russo tirou a vida de quatro pessoas em Zaporíjia", 4),
        ("ar", "قذيفة تودي بحياة خمسة مدنيين في مدينة الفاشر", 5),
        ("tr", "Hava saldırısı Han Yunus'ta 8 kişinin canını aldı", 8),
        ("de", "Der Raketenangriff auf Charkiw forderte sechs Menschenleben", 6),
    ],
)
def test_a_toll_told_as_lives_taken(language: str, title: str, count: int) -> None:
    assert (count, "killed") in figures(language, title)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Zwei Tote und ein Dutzend Verletzte nach Drohnenangriff auf Cherson"),
        ("ru", "В Белгороде после обстрела ранены дюжина человек"),
        ("uk", "Після удару по Сумах поранено дюжину людей"),
    ],
)
def test_a_dozen_is_about_twelve(language: str, title: str) -> None:
    assert (12, "injured") in figures(language, title)
    assert (1, "injured") not in figures(language, title)


def test_an_ordinal_after_the_casualty_word_is_one_more_person() -> None:
    assert figures("ar", "مقتل جنديين وإصابة ثالث بانفجار عبوة ناسفة في درعا") == {
        (2, "killed"),
        (1, "injured"),
    }


@pytest.mark.parametrize(
    ("language", "title", "kind"),
    [
        (
            "fr",
            "Mali : un casque bleu tchadien, qui patrouillait depuis l'aube au nord de Kidal avec son unité, "
            "a été tué",
            "killed",
        ),
        (
            "fr",
            "Soudan : Amina, infirmière bénévole qui soignait depuis des mois les déplacés d'El-Facher, "
            "a été blessée",
            "injured",
        ),
        (
            "es",
            "Un fotógrafo que documentaba desde hacía semanas los bombardeos en Gaza resultó herido",
            "injured",
        ),
        ("pt", "Um enfermeiro que atendia há dias os feridos do ataque a Kharkiv ficou ferido", "injured"),
    ],
)
def test_a_singular_auxiliary_names_one_victim_however_far_its_subject(
    language: str, title: str, kind: str
) -> None:
    assert (1, kind) in figures(language, title)


def test_the_singular_verb_beside_a_counted_figure_adds_one_person() -> None:
    got = figures(
        "fr",
        "Quatre soldats ont été tués et un officier a été grièvement blessé dans une embuscade "
        "près de Ménaka",
    )
    assert got == {(4, "killed"), (1, "injured")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Guinée : cinq morts dans l'éboulement d'une mine d'or artisanale à Siguiri"),
        ("de", "Sechs Tote nach Einsturz eines Wohnhauses in Kabul"),
        ("tr", "Maden ocağında göçük: 3 işçi hayatını kaybetti"),
        ("es", "Colombia: siete muertos por un deslizamiento de tierra en Antioquia"),
    ],
)
def test_a_collapse_or_a_landslide_is_a_disaster(language: str, title: str) -> None:
    assert figures(language, title) == set()


def test_a_collapse_after_a_strike_stays_a_conflict_toll() -> None:
    assert (9, "killed") in figures(
        "fr", "Gaza : neuf morts dans l'effondrement d'un immeuble visé par une frappe israélienne"
    )


# after the second set (round 20): families it showed


def test_arabic_one_of_its_soldiers_and_an_accusative_person() -> None:
    got = figures(
        "ar", "الشرطة تعلن مقتل أحد عناصرها في هجوم مسلح بريف إدلب", "وأضافت أن شرطياً آخر أصيب بجروح طفيفة."
    )
    assert got == {(1, "killed"), (1, "injured")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Bei dem Angriff auf Cherson wurden zahlreiche Menschen verletzt"),
        ("es", "El bombardeo sobre Jartum dejó numerosos heridos"),
        ("fr", "Frappe sur Kharkiv : de nombreux blessés"),
    ],
)
def test_many_is_a_figure_without_a_count(language: str, title: str) -> None:
    assert (None, "injured") in figures(language, title)


def test_german_reported_speech_is_no_counterfactual() -> None:
    got = figures(
        "de", "Die Milizen hätten bei dem Überfall in Ituri elf Dorfbewohner getötet, teilte die UN mit"
    )
    assert (11, "killed") in got
    assert figures("de", "Der Sprengsatz in Kabul hätte Dutzende Menschen töten können") == set()


def test_a_lone_part_after_a_copula_in_the_next_sentence() -> None:
    got = figures(
        "de", "Drei Menschen kamen bei dem Luftangriff auf Nabatieh ums Leben. Darunter sei ein Kommandeur."
    )
    assert got == {(3, "killed"), (1, "killed")}


def test_one_victim_in_serious_condition_is_wounded() -> None:
    got = figures("pt", "Ataque de drone mata dois civis em Kherson; o motorista ficou em estado grave")
    assert got == {(2, "killed"), (1, "injured")}
