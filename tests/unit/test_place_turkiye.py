"""'Turkiye', the official English short name as Turkish agencies and many wires write it (without the
diaeresis), is Turkey: an actor, a target and a recognising state like any other spelling. Sentences written
for this file."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.places import canonical_name
from bot.core.model import fact_json


@pytest.mark.parametrize("spelling", ["Turkiye", "Türkiye", "Turkey"])
def test_every_spelling_is_turkey(spelling: str) -> None:
    assert canonical_name(spelling) == "Turkey"


@pytest.mark.parametrize(
    ("title", "field", "expected"),
    [
        ("Turkiye halts all arms exports to Israel", "actor", "Turkey"),
        ("Stockholm lifts its arms embargo on Turkiye after NATO deal", "target", "Turkey"),
    ],
)
def test_turkiye_fills_embargo_roles(title: str, field: str, expected: str) -> None:
    facts = [fact_json(f) for f in extract_facts(title, "")]
    assert [f[field] for f in facts if f["type"] == "arms_embargo"] == [expected]
