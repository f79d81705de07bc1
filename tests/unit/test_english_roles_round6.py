"""English embargo and recognition roles, round 6: a blocked shipment, a block on
one deal ended, a court named by its city in a headline, a single UN expert, the OIC; recognition's
"not now" told after the verb, another speaker's verdict after "as", a refusal restated. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_embargoes, extract_recognitions

EMBARGOES = [
    (
        "Italian customs block shipment of artillery shell casings bound for Israel.",
        ("Italy", "Israel", "partial"),
    ),
    ("Norway clears Gripen sales to Turkey, ending its long block.", ("Norway", "Turkey", "lifted")),
    (
        "Madrid administrative court orders halt to exports of drone parts to Israel.",
        ("Madrid Administrative Court (Spain)", "Israel", "ruled_by_court"),
    ),
    (
        "The UN independent expert on Myanmar urged all states to halt arms transfers to the junta.",
        ("UN independent expert", "Myanmar", "called_for"),
    ),
    (
        "The Organisation of Islamic Cooperation urged members to halt arms sales to Israel.",
        ("Organisation of Islamic Cooperation", "Israel", "called_for"),
    ),
    (
        "OIC ministers call for arms embargo on Israel.",
        ("Organisation of Islamic Cooperation", "Israel", "called_for"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMBARGOES)
def test_embargo_roles(text: str, expected: tuple[str, str, str]) -> None:
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text)]
    assert got == [expected]


def test_exports_resumed_with_no_restriction_named_are_no_fact() -> None:
    assert extract_embargoes("Britain resumes arms exports to Saudi Arabia.") == []
    resumed = extract_embargoes("Spain resumes arms export approvals for Morocco.")
    assert [(f.actor, f.action) for f in resumed] == [("Spain", "lifted")]


def test_a_court_of_a_city_with_an_article_is_named_by_its_seat() -> None:
    text = "A Brussels administrative court ordered the state to suspend licences for gunpowder to Israel."
    assert [(f.actor, f.action) for f in extract_embargoes(text)] == [
        ("Brussels Administrative Court (Belgium)", "ruled_by_court")
    ]


RECOGNITIONS = [
    (
        "Portugal says it will recognise Palestine at the right time, but not now.",
        (("Portugal",), "rejected"),
    ),
    ("Iceland recognises Palestine as Danish government says step 'premature'", (("Iceland",), "done")),
    ("Fico reiterates Slovakia will not recognise Kosovo", (("Slovakia",), "rejected")),
    ("The minister reiterated that Cyprus would never recognise Kosovo.", (("Cyprus",), "rejected")),
]


@pytest.mark.parametrize(("text", "expected"), RECOGNITIONS)
def test_recognition_status(text: str, expected: tuple[tuple[str, ...], str]) -> None:
    assert [(f.actors, f.status) for f in extract_recognitions(text)] == [expected]


def test_a_restated_recognition_is_still_no_news() -> None:
    assert extract_recognitions("The president reaffirmed his country's recognition of Taiwan.") == []


GROUP_TARGETS = [
    (
        "Amnesty urges Belarus to stop supplying weapons to the Rapid Support Forces.",
        ("Amnesty International", "Sudan (Rapid Support Forces)", "called_for"),
    ),
    (
        "The Security Council renewed the arms embargo on the Houthis.",
        ("UN Security Council", "Yemen (Houthis)", "extended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_TARGETS)
def test_an_armed_group_is_a_target_for_its_state(text: str, expected: tuple[str, str, str]) -> None:
    assert [(f.actor, f.target, f.action) for f in extract_embargoes(text)] == [expected]


TAIPEI_RESTORED = [
    ("Paraguay considers restoring diplomatic ties with Taiwan", [(("Paraguay",), "Taiwan", "considering")]),
    (
        "Saint Lucia restored diplomatic relations with Taipei on Tuesday.",
        [(("Saint Lucia",), "Taiwan", "done")],
    ),
    ("Guatemala could restore ties with Taiwan if the vote goes through.", []),
    ("Canada restores ties with China after a year-long row.", []),
]


@pytest.mark.parametrize(("text", "expected"), TAIPEI_RESTORED)
def test_ties_with_taipei_restored(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)] == expected
