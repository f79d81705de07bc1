"""Recognitions, round 15 second wave (issues 10 and 15, helper rec2w15): a state that says it is
not ready to recognise, with the verb in the infinitive ("dit ne pas être prête", "dijo no estar
preparada", "diz não estar pronta") or "not yet ready", refuses for now (`rejected`, the corpus
convention), also beside other states recognising in the same item. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

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
