"""Casualty figures in the ten languages by family (issue 15, round 9, tuning helper r9mlcas, after
the honest run): a dotted date is no number and ends no sentence ("з 24.02.22"); a dash after the
subject's words is a copula ("Втрати ворога за добу — 980 осіб"); a list "N victims and M victims"
before one casualty word shares it; the next member of a list joined to a part by "and" is a part
too; a parts word may take a copula ("Unter den Toten sind drei Kinder") or open its clause after an
attribution; a casualty word that closed an earlier figure's part gives nothing to a figure after
"and"; a vague figure of other named victims is a figure of its own; a conditional demand is no
embargo. Every sentence is written for this file (none is corpus text, none is an item of a
labeled set)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def figures(language: str, title: str, summary: str = "") -> set[tuple[int | None, str]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return {(f["count"], f["kind"]) for f in facts if f["type"] == "casualty"}


def facts_of(language: str, title: str, summary: str = "") -> list[dict[str, object]]:
    return [fact_json(f) for f in read_facts(language, title, summary)]


def test_a_dotted_date_is_no_figure_and_ends_no_sentence() -> None:
    got = figures("uk", "Загальні втрати ворога з 01.03.23 сягнули близько 412 300 осіб")
    assert got == {(412300, "killed_and_injured")}
    got = figures("ru", "Потери ВСУ с 12.05.2024 составили до 2 400 военнослужащих")
    assert (2400, "killed_and_injured") in got and not any(c in (12, 5, 2024) for c, _ in got)


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("uk", "Втрати противника за минулу добу — 1 040 осіб", 1040),
        ("ru", "Наибольшие потери противник понёс под Купянском — до 215 военнослужащих", 215),
    ],
)
def test_a_dash_after_the_subject_is_a_copula(language: str, title: str, count: int) -> None:
    assert (count, "killed_and_injured") in figures(language, title)


@pytest.mark.parametrize(
    ("language", "title", "counts"),
    [
        ("tr", "Kuzey Irak'taki pusuda 6 köylü ve 2 korucu öldü", {6, 2}),
        ("de", "Bei dem Angriff der Miliz wurden zwei Polizisten und drei Wachleute getötet", {2, 3}),
    ],
)
def test_a_list_before_one_casualty_word_shares_it(language: str, title: str, counts: set[int]) -> None:
    got = figures(language, title)
    assert {(c, "killed") for c in counts} <= got


@pytest.mark.parametrize(
    ("language", "title", "summary", "counts"),
    [
        (
            "fa",
            "شمار کشته‌شدگان حمله هوایی به ۴۱ نفر رسید",
            "به گزارش خبرگزاری، از این تعداد ۱۹ نفر زن و ۹ نفر کودک بوده‌اند.",
            {41, 19, 9},
        ),
        (
            "tr",
            "Hava saldırısında 37 kişi hayatını kaybetti",
            "Hayatını kaybedenler arasında 15 çocuk ve 6 kadın var.",
            {37, 15, 6},
        ),
    ],
)
def test_the_parts_of_a_whole_joined_by_and(
    language: str, title: str, summary: str, counts: set[int]
) -> None:
    got = figures(language, title, summary)
    assert {(c, "killed") for c in counts} <= got


def test_a_parts_word_may_take_a_copula() -> None:
    got = figures(
        "de", "Mindestens 22 Tote bei Drohnenangriff auf Markt in Sudan", "Unter den Toten sind fünf Kinder."
    )
    assert got == {(22, "killed"), (5, "killed")}


def test_the_verb_ends_a_german_clause_far_from_its_figure() -> None:
    got = figures("de", "Vier Soldaten bei Überfall von Rebellen im Osten des Kongo nahe Goma getötet")
    assert (4, "killed") in got


def test_a_closed_casualty_word_gives_nothing_after_and() -> None:
    got = figures(
        "tr",
        "Ordu, köyü basan 12 militanın etkisiz hale getirilip öldürüldüğünü ve 80'den fazla köylünün "
        "tahliye edildiğini açıkladı",
    )
    assert got == {(12, "killed")}


def test_a_vague_figure_of_other_victims_is_its_own() -> None:
    got = figures(
        "fr", "Mali : trois soldats tués près de Gao", "L'armée fait état de plusieurs assaillants abattus."
    )
    assert got == {(3, "killed"), (None, "killed")}
    # but the same victims told vaguely and then counted are one figure
    got = figures("fr", "Des dizaines de civils tués au Darfour", "Au moins 34 civils ont été tués samedi.")
    assert got == {(34, "killed")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("pt", "Líbano: capacete azul indonésio morto em bombardeio"),
        ("es", "Un casco azul ghanés muerto en un ataque en el sur de Líbano"),
        ("de", "Blauhelm bei Anschlag in Mali getötet"),
    ],
)
def test_a_lone_peacekeeper_is_one_victim(language: str, title: str) -> None:
    assert (1, "killed") in figures(language, title)


def test_a_demand_under_a_condition_is_no_embargo() -> None:
    facts = facts_of(
        "de",
        "Linke fordert Konsequenzen",
        "Sollte die Armee die Offensive auf Rafah beginnen, müsse die Bundesregierung alle Waffenexporte "
        "stoppen, sagte die Abgeordnete.",
    )
    assert not [f for f in facts if f["type"] == "arms_embargo"]
