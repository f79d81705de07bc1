"""Recognitions in the ten languages, round 21 (issue 15, helper mlroles, round 10): a recognition
told as past beside the news ("already", "last year") is recalled, not a fact, when the item tells
another recognition; told alone it stays. "Will not support" a recognition is a rejection. A state
takes the recognition word of its own clause before a nearer one in another. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import recognition_groups


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Испания уже признала Палестину, а Португалия пока только изучает этот вопрос",
            {(("Portugal",), "Palestine", "considering")},
        ),
    ],
)
def test_a_recognition_told_as_past_beside_the_news_is_recalled(
    language: str, text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Schweden erkennt Palästina an, Finnland erwägt eine Anerkennung",
            {(("Sweden",), "Palestine", "done"), (("Finland",), "Palestine", "considering")},
        ),
        (
            "fr",
            "La Norvège reconnaît la Palestine, la Belgique envisage une reconnaissance",
            {(("Norway",), "Palestine", "done"), (("Belgium",), "Palestine", "considering")},
        ),
    ],
)
def test_a_state_takes_the_recognition_word_of_its_own_clause(
    language: str, text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognition_groups(language, text) == expected


def test_a_recognition_told_as_past_alone_stays() -> None:
    assert recognition_groups("ru", "Испания уже признала Палестину") == {(("Spain",), "Palestine", "done")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "Греція не підтримуватиме визнання Косова без згоди Сербії",
            {(("Greece",), "Kosovo", "rejected")},
        ),
    ],
)
def test_not_supporting_is_a_rejection(
    language: str, text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognition_groups(language, text) == expected
