"""Ten-language embargo and recognition roles, round 11 tuning on the held-out sets (issue 15, helper
tmlroles): tests/data/multilingual_round25_roles.jsonl (written for the families the round-11
held-out sets showed, none of it held-out text) does not fall, and each mechanism holds on sentences
written for this file."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import embargo_roles, recognition_groups
from tests.unit.test_multilingual_roles_round23 import _labels_met


def test_the_round25_set_does_not_fall() -> None:
    # 13 labels; names compared exactly here (quality.py drops a label's parenthetical): the two
    # German courts whose city the name tables lack (München, Frankfurt) read without a seat
    met, _total = _labels_met("multilingual_round25_roles.jsonl")
    assert met >= 11


@pytest.mark.parametrize(
    ("language", "title", "summary", "actor"),
    [
        (
            "de",
            "Klage scheitert",
            "Die Regierung liefert weiter Waffen nach Israel. Das Verwaltungsgericht Berlin hat den "
            "Eilantrag gegen die Waffenlieferungen an Israel abgelehnt.",
            "Administrative Court (Germany)",
        ),
        ("es", "El Supremo rechaza suspender la venta de armas a Israel", "", "Supreme Court (Spain)"),
    ],
)
def test_a_court_sits_in_its_own_sentence(language: str, title: str, summary: str, actor: str) -> None:
    assert actor in {a for a, _t, _act in embargo_roles(language, title, summary)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ar", "ماليزيا لا تؤيد الاعتراف بدولة فلسطين الآن", (("Malaysia",), "rejected")),
        (
            "es",
            "Para Irlanda, el reconocimiento de Palestina es cuestión de cuándo",
            (("Ireland",), "considering"),
        ),
        (
            "fa",
            "وزیر خارجه ژاپن گفت اگر اسرائیل شهرک‌سازی را ادامه دهد، "
            "توکیو کشور فلسطین را به رسمیت خواهد شناخت",
            (("Japan",), "announced"),
        ),
    ],
)
def test_status_and_actors(language: str, text: str, expected: tuple[tuple[str, ...], str]) -> None:
    groups = {(tuple(sorted(a)), s) for a, _r, s in recognition_groups(language, text)}
    assert expected in groups
