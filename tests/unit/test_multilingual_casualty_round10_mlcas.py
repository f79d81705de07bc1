"""Casualty figures in the ten languages by family (issue 15, round 10, helper mlcas): a part whose
number stands a few words after its parts word, past a verb of being ("Entre ellos hay nueve niños",
"Parmi eux, il y a ..."); a vague whole keeps its numbered parts beside it ("Dutzende Tote, darunter
zwölf Kinder"); civilians, soldiers or fighters counted are violence enough with no attack word
("Hundert Zivilisten getötet"); a condemnation is not a sentencing ("UN verurteilt ..."); a casualty
phrase written around its number ("جان ۹ نفر را گرفت"); "cost the lives of" in Turkish. Every
sentence is written for this file (none is corpus text, none is an item of a labeled set)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def figures(language: str, title: str, summary: str = "") -> set[tuple[int | None, str]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return {(f["count"], f["kind"]) for f in facts if f["type"] == "casualty"}


@pytest.mark.parametrize(
    ("language", "title", "summary", "part"),
    [
        ("es", "Un bombardeo en Darfur deja 31 muertos", "Entre ellos hay once mujeres.", 11),
        ("es", "Un bombardeo en Darfur deja 31 muertos", "Entre las víctimas se encuentran 6 niños.", 6),
        ("fr", "Frappes sur Khan Younès : 31 morts", "Parmi eux, il y a onze femmes.", 11),
        ("pt", "Bombardeio em Rafah deixa 31 mortos", "Entre eles há onze mulheres.", 11),
        ("de", "Luftangriff auf Rafah: 31 Tote", "Unter ihnen befinden sich elf Frauen.", 11),
    ],
)
def test_a_part_past_a_verb_of_being(language: str, title: str, summary: str, part: int) -> None:
    assert figures(language, title, summary) == {(31, "killed"), (part, "killed")}


def test_a_verb_between_parts_word_and_number_must_not_name_victims_or_numbers() -> None:
    # the number after "hay" counts the hospitals, not a part of the dead
    got = figures("es", "Un bombardeo en Darfur deja 31 muertos", "Entre ellos hay 3 hospitales dañados.")
    assert got == {(31, "killed")}


def test_a_vague_whole_keeps_its_numbered_part() -> None:
    got = figures("de", "Dutzende Tote bei Angriff auf Markt in Darfur, darunter neun Kinder")
    assert got == {(None, "killed"), (9, "killed")}
    # a vague word beside a number of the same victims is still one figure
    got = figures("es", "Decenas de muertos en Darfur: al menos 34 personas murieron en el ataque")
    assert got == {(34, "killed")}


@pytest.mark.parametrize(
    ("language", "title", "count", "kind"),
    [
        ("de", "Mehr als achtzig Zivilisten getötet", 80, "killed"),
        ("de", "Sieben Soldaten verwundet, zwei getötet", 7, "injured"),
        ("uk", "Ворог втратив за тиждень 7 400 військових", 7400, "killed_and_injured"),
    ],
)
def test_civilians_or_soldiers_counted_are_violence_enough(
    language: str, title: str, count: int, kind: str
) -> None:
    assert (count, kind) in figures(language, title)


def test_people_counted_with_no_word_of_violence_stay_vetoed() -> None:
    assert figures("de", "Mehr als achtzig Menschen gestorben") == set()
    assert figures("de", "Hitzewelle: 40 Menschen ums Leben gekommen") == set()


def test_a_condemnation_is_no_sentencing_but_a_sentence_still_is() -> None:
    assert figures("de", "Dreißig Zivilisten getötet: EU verurteilt Angriff auf Dorf") == {(30, "killed")}
    assert figures("de", "Ex-Offizier wegen Tötung von 12 Gefangenen verurteilt") == set()
    assert (
        figures("de", "Milizionär zu lebenslanger Haft verurteilt: er hatte 12 Zivilisten getötet") == set()
    )


def test_french_there_are_is_no_years_ago() -> None:
    assert figures("fr", "Il y a 30 ans, le génocide faisait des centaines de milliers de morts") == set()


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("fa", "بمباران اردوگاه در دارفور جان ۲۳ نفر را گرفت", 23),
        ("fa", "حمله پهپادی به خان‌یونس جان دست‌کم ۱۷ فلسطینی را گرفت", 17),
        ("tr", "Hartum'a düzenlenen topçu saldırısı 23 sivilin hayatına mal oldu", 23),
    ],
)
def test_took_or_cost_the_lives_of(language: str, title: str, count: int) -> None:
    assert (count, "killed") in figures(language, title)


@pytest.mark.parametrize(
    ("language", "title", "count"),
    [
        ("es", "Rusia confirma la muerte de cinco soldados en la región de Kursk", 5),
        ("pt", "Israel confirma a morte de quatro soldados no norte de Gaza", 4),
        ("de", "Israel bestätigt den Tod von vier Soldaten im Norden des Gazastreifens", 4),
        ("uk", "ОВА повідомила про загибель п'ятьох цивільних у Херсоні", 5),
    ],
)
def test_the_death_of(language: str, title: str, count: int) -> None:
    assert (count, "killed") in figures(language, title)


def test_the_death_penalty_is_no_death_of() -> None:
    assert figures("es", "Condenan a pena de muerte a un hombre por matar a 3 personas en Irán") == set()


def test_a_declared_language_gates_a_phrase_of_short_words() -> None:
    from bot.core.extract import extract_facts

    facts = extract_facts("Israel bestätigt den Tod von vier Soldaten in Rafah", "", language="de")
    assert [(f.count, f.kind) for f in facts if f.type == "casualty"] == [(4, "killed")]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Samir, un infirmier qui soignait les blessés à Khan Younès, a été tué"),
        ("es", "Un cooperante, que repartía alimentos en Rafah, resultó herido"),
        ("pt", "Um enfermeiro, que atendia feridos em Rafah, foi morto"),
    ],
)
def test_a_singular_auxiliary_phrase_is_one_victim(language: str, title: str) -> None:
    assert len({c for c, _ in figures(language, title)} & {1}) == 1


def test_one_victim_phrases_are_written_once() -> None:
    from bot.core.extract.lang.item import lists_of, read_item

    for language, text in (
        ("fr", "x a été blessée"),
        ("es", "x quedó en estado grave"),
        ("pt", "x ficou ferido"),
    ):
        item = read_item(language, text)
        assert lists_of(language).one_victim.hits(item.tokens[1:]), language
        one_victim = lists_of(language).lex.sections["one_victim"]
        assert not any(text[2:] in v for v in one_victim.values()), language


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Un documentaire revient sur le siège où 2 000 civils ont été tués"),
        ("uk", "Новий фільм розповідає про загибель сотень цивільних у Бучі"),
        ("de", "Videospiel stellt Schlacht nach, in der 5000 Soldaten getötet wurden"),
    ],
)
def test_a_retelling_restates_a_toll(language: str, title: str) -> None:
    assert figures(language, title) == set()
