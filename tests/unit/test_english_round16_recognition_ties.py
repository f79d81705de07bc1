"""Round 16, second wave (enrec2w16), English recognitions: diplomatic relations formed, restored, suspended
or cut with an entity not every state recognises (the Sahrawi Arab Democratic Republic, Kosovo, Somaliland),
told without the word "recognise", are its recognition or its withdrawal (recognition_ties.py). Every
sentence is our own; near misses (only possible, urged, refused, an ordinary state, "Sadr City") give none."""

from __future__ import annotations

import pytest

from tests.unit.english_facts import recognitions

SADR = "Sahrawi Arab Democratic Republic"


@pytest.mark.parametrize(
    ("title", "summary", "fact"),
    [
        (
            "Ghana restores ties with SADR",
            "ACCRA — Ghana has restored diplomatic relations with the Sahrawi Arab Democratic Republic, the "
            "foreign ministry said.",
            (("Ghana",), SADR, "done"),
        ),
        (
            "Panama suspends ties with Sahrawi republic",
            "PANAMA CITY — Panama has suspended its diplomatic relations with the Sahrawi Arab Democratic "
            "Republic, the ministry said.",
            (("Panama",), SADR, "rejected"),
        ),
        ("Kenya establishes diplomatic relations with Somaliland", "", (("Kenya",), "Somaliland", "done")),
        (
            "Ecuador breaks off relations with the Sahrawi Arab Democratic Republic",
            "",
            (("Ecuador",), SADR, "rejected"),
        ),
        ("Bolivia re-establishes ties with the SADR", "", (("Bolivia",), SADR, "done")),
        ("Mexico to establish diplomatic relations with Kosovo", "", (("Mexico",), "Kosovo", "announced")),
        ("Suriname severs diplomatic ties with Kosovo", "", (("Suriname",), "Kosovo", "rejected")),
        (
            "South Africa and the Sahrawi Arab Democratic Republic establish diplomatic relations",
            "",
            (("South Africa",), SADR, "done"),
        ),
        ("Peru freezes ties with Sahrawi Arab Democratic Republic", "", (("Peru",), SADR, "rejected")),
        ("Kosovo and Israel establish diplomatic relations", "", (("Israel",), "Kosovo", "done")),
        (
            "Ethiopia is weighing establishing diplomatic ties with Somaliland",
            "",
            (("Ethiopia",), "Somaliland", "considering"),
        ),
    ],
)
def test_ties_with_a_disputed_entity_are_its_recognition(
    title: str, summary: str, fact: tuple[tuple[str, ...], str, str]
) -> None:
    assert fact in recognitions(title, summary)


@pytest.mark.parametrize(
    "title",
    [
        "Serbia says it will never establish relations with Kosovo",
        "Morocco cuts ties with Algeria",
        "Kenya could establish ties with Somaliland",
        "Morocco urges Panama to cut ties with the SADR",
        "Kosovo and Serbia agree to normalise relations",
        "Iraqi cleric cuts ties with Sadr City militia",
        "Ghana says it will not restore ties with the SADR",
    ],
)
def test_near_misses_give_no_fact(title: str) -> None:
    assert recognitions(title) == set()
