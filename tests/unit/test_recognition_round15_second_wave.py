"""Recognitions, round 15 second wave (issues 10 and 15, helper rec2w15): a state that says it is
not ready to recognise, with the verb in the infinitive ("dit ne pas être prête", "dijo no estar
preparada", "diz não estar pronta") or "not yet ready", refuses for now (`rejected`, the corpus
convention), also beside other states recognising in the same item. Every sentence is written for
this file.

In English, a second group after the first recognition that answers in a few words refuses or weighs
it: "; Greece says 'not yet'", "; Finland rejects similar motion", "while Latvian MPs voted down a
similar motion" (rejected), a headline's "; Cyprus says it is weighing step" (considering)."""

from __future__ import annotations

import pytest

from tests.unit.english_facts import recognitions
from tests.unit.multilingual_facts import recognition_groups


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le Portugal dit ne pas être prêt à reconnaître la Palestine",
            {(("Portugal",), "Palestine", "rejected")},
        ),
        (
            "fr",
            "La Suède « pas encore prête » à reconnaître l'État de Palestine, selon sa ministre",
            {(("Sweden",), "Palestine", "rejected")},
        ),
        (
            "es",
            "Finlandia afirma no estar preparada para reconocer a Palestina",
            {(("Finland",), "Palestine", "rejected")},
        ),
        (
            "es",
            "Austria no está lista para reconocer el Estado palestino, dijo el canciller",
            {(("Austria",), "Palestine", "rejected")},
        ),
        (
            "pt",
            "A Grécia diz não estar pronta para reconhecer o Estado da Palestina",
            {(("Greece",), "Palestine", "rejected")},
        ),
    ],
)
def test_a_state_not_ready_in_the_infinitive_refuses(
    language: str, text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Malta y Eslovenia reconocieron a Palestina, mientras Austria dijo no estar preparada",
            {(("Malta", "Slovenia"), "Palestine", "done"), (("Austria",), "Palestine", "rejected")},
        ),
        (
            "fr",
            "L'Espagne et l'Irlande ont reconnu la Palestine ; la Grèce dit ne pas être prête",
            {(("Ireland", "Spain"), "Palestine", "done"), (("Greece",), "Palestine", "rejected")},
        ),
    ],
)
def test_a_state_not_ready_beside_states_recognising_has_its_own_fact(
    language: str, text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # ready: still weighing or willing, never a refusal
        (
            "fr",
            "Le Portugal se dit prêt à reconnaître la Palestine",
            {(("Portugal",), "Palestine", "considering")},
        ),
        (
            "pt",
            "A Espanha diz estar pronta para reconhecer a Palestina",
            "not rejected",
        ),
        (
            "es",
            "Bélgica está preparada para reconocer a Palestina",
            "not rejected",
        ),
    ],
)
def test_a_state_ready_is_no_refusal(language: str, text: str, expected: object) -> None:
    got = recognition_groups(language, text)
    if expected == "not rejected":
        assert all(status != "rejected" for _a, _r, status in got)
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Sweden recognises Palestine; Finland says \u2018not yet\u2019",
            "",
            {(("Sweden",), "Palestine", "done"), (("Finland",), "Palestine", "rejected")},
        ),
        (
            "Norway recognises Palestine; Greece says 'not yet'",
            "",
            {(("Norway",), "Palestine", "done"), (("Greece",), "Palestine", "rejected")},
        ),
        (
            "Ireland recognises Palestine; Finland rejects similar motion",
            "",
            {(("Ireland",), "Palestine", "done"), (("Finland",), "Palestine", "rejected")},
        ),
        (
            "Baltic split on Palestine",
            "Estonia recognised Palestine on Monday, while Latvian MPs voted down a similar motion.",
            {(("Estonia",), "Palestine", "done"), (("Latvia",), "Palestine", "rejected")},
        ),
        (
            "Malta will recognise Palestine in September; Cyprus says it is weighing step",
            "",
            {(("Malta",), "Palestine", "announced"), (("Cyprus",), "Palestine", "considering")},
        ),
    ],
)
def test_a_second_group_answering_in_a_few_words(
    title: str, summary: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a state reacting to the move is no second group: no 'similar' motion of its own
        ("Norway recognises Palestine; Israel rejects move", {(("Norway",), "Palestine", "done")}),
        # 'not yet' that does not end the clause is no answer in a word
        (
            "Spain recognised Palestine; Greece says not yet decided on its stance",
            {(("Spain",), "Palestine", "done")},
        ),
        # a move of something else weighed, the noun not ending the clause
        (
            "Belgium to recognise Palestine; Portugal says it is weighing move of embassy to Jerusalem",
            {(("Belgium",), "Palestine", "announced")},
        ),
    ],
)
def test_near_misses_of_a_second_group_keep_their_reading(
    title: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title) == expected


# the state told of a decision hears of it, it does not take it: "told X that his country would not"
@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Chile will not recognise Kosovo",
            "Chile's foreign minister told his Serbian counterpart that his country would not recognise it.",
            {(("Chile",), "Kosovo", "rejected")},
        ),
        (
            "Peru informed Morocco that it would recognise the Sahrawi republic",
            "",
            {(("Peru",), "Sahrawi Arab Democratic Republic", "announced")},
        ),
        # near miss: those told are no state, the tellers keep their reading
        (
            "Ireland and Spain told reporters that they would recognise Palestine next week",
            "",
            {(("Ireland", "Spain"), "Palestine", "announced")},
        ),
    ],
)
def test_the_state_told_of_a_decision_is_no_actor(
    title: str, summary: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title, summary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İrlanda: Filistin'i tanıma konusunda acele yok", {(("Ireland",), "Palestine", "rejected")}),
        ("Japonya, Filistin devletini tanımak için acele yok dedi", {(("Japan",), "Palestine", "rejected")}),
    ],
)
def test_no_rush_in_turkish_refuses_for_now(
    text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognition_groups("tr", text) == expected


# German 'bleibt bei Nein' (the article left out, as headlines write it) is the refusal 'beim Nein'
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Irland und Spanien erkennen Palästina an – Wien bleibt bei Nein",
            {(("Ireland", "Spain"), "Palestine", "done"), (("Austria",), "Palestine", "rejected")},
        ),
        ("Österreich bleibt bei Nein zur Anerkennung Palästinas", {(("Austria",), "Palestine", "rejected")}),
    ],
)
def test_staying_with_no_in_german_refuses(
    text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognition_groups("de", text) == expected
