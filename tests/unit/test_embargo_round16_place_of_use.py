"""English embargo roles, round 16 second wave (enemb2w16): a halt of arms usable in, or supplied for the
war in, a territory restricts the state that fights there (`embargo_role_patterns.USED_IN`), and arms
'usable in' one theatre are only some arms (`partial`). The sentences are this helper's own."""

from __future__ import annotations

import pytest

from tests.unit.english_facts import embargoes


@pytest.mark.parametrize(
    ("title", "summary", "want"),
    [
        ("Germany halts approval of arms exports usable in Gaza", "", ("Germany", "Israel", "partial")),
        ("Canada suspends sales of weapons usable in Gaza", "", ("Canada", "Israel", "partial")),
        ("Spain stops arms deliveries for the war in Gaza", "", ("Spain", "Israel", "imposed")),
        ("Italy freezes shipments of weapons that could be used in Gaza", "", ("Italy", "Israel", "partial")),
        (
            "Netherlands will not approve exports of military goods usable in Gaza",
            "THE HAGUE — The Dutch government said on Monday it will not approve any export of military "
            "goods that could be used in the Gaza Strip.",
            ("Netherlands", "Israel", "partial"),
        ),
        ("Macron urges halt to arms deliveries for Gaza", "", ("France", "Israel", "called_for")),
        ("Sweden calls for end to arms sales usable in Gaza", "", ("Sweden", "Israel", "called_for")),
        (
            "Denmark halts export of weapons used in the fighting in Gaza",
            "",
            ("Denmark", "Israel", "imposed"),
        ),
    ],
)
def test_the_place_of_use_stands_for_the_state_supplied(
    title: str, summary: str, want: tuple[str, str, str]
) -> None:
    assert embargoes(title, summary) == {want}
