"""Ten-language families that recur across separate authors' sets (round 15, helper ml15: figures and
their kinds; issue 15). Every sentence here is written for this file (none is corpus or held-out text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def facts_of(language: str, title: str, summary: str = "", kind: str = "casualty") -> list[dict[str, Any]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return [f for f in facts if f["type"] == kind]


def counts(language: str, title: str, summary: str = "") -> set[tuple[int | None, str]]:
    return {(f["count"], f["kind"]) for f in facts_of(language, title, summary)}


# "the toll rose to N, among them X children, M wounded": the part after "among them" belongs to the
# figure before it; the casualty word of the next clause, with its own number, opens the next figure


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "ru",
            "Обстрел Донецка",
            "Число погибших выросло до 14, среди них четверо детей, ранения получили 30 человек.",
            {(14, "killed"), (4, "killed"), (30, "injured")},
        ),
        (
            "ru",
            "Удар по Курску",
            "Власти сообщили, что число жертв достигло 9, среди них 2 ребенка, ранены 25 человек.",
            {(9, "killed"), (2, "killed"), (25, "injured")},
        ),
        (
            "uk",
            "Удар по Харкову",
            "Кількість загиблих зросла до 12, серед них троє дітей, поранено 40 людей.",
            {(12, "killed"), (3, "killed"), (40, "injured")},
        ),
        (
            "ru",
            "Обстрел Брянска",
            "Губернатор сообщил, что число погибших при обстреле центра Брянска выросло до 11, среди них "
            "трое детей, ранения получили 45 человек.",
            {(11, "killed"), (3, "killed"), (45, "injured")},
        ),
        (
            "uk",
            "Атака на Запоріжжя",
            "Кількість загиблих зросла до 7, серед них дві жінки, травмовано 19 людей.",
            {(7, "killed"), (2, "killed"), (19, "injured")},
        ),
    ],
)
def test_a_part_before_the_next_figure_keeps_the_kind_of_the_figure_before_it(
    language: str, title: str, summary: str, expected: set[tuple[int, str]]
) -> None:
    assert counts(language, title, summary) == expected


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "uk",
            "Удар по Полтаві",
            "Кількість загиблих унаслідок удару по Полтаві зросла до 12, серед них троє дітей. Поранено 40 "
            "людей, з них 5 дітей.",
            {(12, "killed"), (3, "killed"), (40, "injured"), (5, "injured")},
        ),
        (
            "ru",
            "Обстрел Горловки",
            "Число погибших при обстреле Горловки выросло до 8, среди них двое подростков. Ранены 17 "
            "человек.",
            {(8, "killed"), (2, "killed"), (17, "injured")},
        ),
    ],
)
def test_a_part_that_ends_its_sentence_gives_no_kind_to_the_figure_before_it(
    language: str, title: str, summary: str, expected: set[tuple[int, str]]
) -> None:
    assert counts(language, title, summary) == expected


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        # near misses that must not change: a participle about the victims just named (no number of
        # its own after it), and a whole whose casualty word comes past a part in commas
        (
            "ru",
            "Потери",
            "Более 100 тысяч российских военных, погибших в Украине, опознаны.",
            {(100000, "killed")},
        ),
        (
            "es",
            "Ataque en Yenín",
            "Al menos 20 personas, entre ellas varios niños, murieron en el ataque contra Yenín.",
            {(20, "killed"), (None, "killed")},
        ),
        (
            "pt",
            "Ataque em Odessa",
            "Pelo menos 14 pessoas, incluindo três crianças, morreram e 60 ficaram feridas em Odessa.",
            {(14, "killed"), (3, "killed"), (60, "injured")},
        ),
        (
            "es",
            "Bombardeo en Jartum",
            "Al menos 22 personas, entre ellas cinco mujeres, murieron y otras 40 resultaron heridas.",
            {(22, "killed"), (5, "killed"), (40, "injured")},
        ),
        (
            "fr",
            "Frappe sur Gaza",
            "Au moins 30 personnes, dont huit femmes, ont été tuées dans une frappe sur Gaza.",
            {(30, "killed"), (8, "killed")},
        ),
    ],
)
def test_a_casualty_word_after_a_part_without_a_number_of_its_own_still_counts_the_figure(
    language: str, title: str, summary: str, expected: set[tuple[int | None, str]]
) -> None:
    assert counts(language, title, summary) == expected


# Portugal's prime minister bears a country's name: "Luís Montenegro" is Portugal; the country
# Montenegro alone stays Montenegro


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Governo pondera reconhecer a Palestina",
            "O primeiro-ministro Luís Montenegro disse que o Executivo ainda está a avaliar a questão.",
        ),
        ("Luís Montenegro admite reconhecer o Estado da Palestina", ""),
        (
            "Lisboa estuda reconhecimento da Palestina",
            "O Governo de Luis Montenegro pondera reconhecer o Estado palestiniano em setembro.",
        ),
    ],
)
def test_the_portuguese_prime_minister_is_portugal(title: str, summary: str) -> None:
    facts = facts_of("pt", title, summary, kind="recognition")
    assert facts
    assert all("Montenegro" not in f["actors"] for f in facts)
    assert any(f["actors"] == ["Portugal"] for f in facts)


def test_the_country_montenegro_is_still_montenegro() -> None:
    facts = facts_of("pt", "Montenegro reconhece a independência do Kosovo", "", kind="recognition")
    assert [f["actors"] for f in facts] == [["Montenegro"]]
