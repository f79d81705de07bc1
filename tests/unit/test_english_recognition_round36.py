"""Issue 10, round 11, tuning on the round-11 held-out sets (helper tenrec): English recognition roles.
Runs tests/data/extraction_round36_recognition.jsonl item by item, and the families fixed in sentences
written for these tests: a recognition recalled in a time clause whose subject is a pronoun or a noun
standing for the state ("a year after it recognised", "months after the government recognised"); the
same step told as taken earlier ("took the same step last year", "made the same decision earlier in the
month") is context, not the news's (but "earlier on Thursday" is the same day); "declared the same
step"; a comma list of states doing the same ("as A, B, C and D did the same"); a state of the group
telling a later effect of its own ("..., while Ireland said its decision would take legal effect only
once ...") leaves the group as a plan."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import extract_facts, extract_recognitions

DATA = Path(__file__).resolve().parents[1] / "data"


def _items() -> list[dict[str, object]]:
    with (DATA / "extraction_round36_recognition.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


ITEMS = _items()


@pytest.mark.parametrize("item", ITEMS, ids=[str(it["id"]) for it in ITEMS])
def test_round36_set(item: dict[str, object]) -> None:
    pub = date.fromisoformat(str(item["published"]))
    read = extract_facts(str(item["title"]), str(item["summary"]), pub)
    got = {(frozenset(f.actors), f.status) for f in read if f.type == "recognition"}
    labels = [g for g in item["labels"] if g["type"] == "recognition"]  # type: ignore[attr-defined]
    assert got == {(frozenset(g["actors"]), g["status"]) for g in labels}


CASES = [
    (
        "Chile reopened its consulate in Pristina last week, three years after it recognised Kosovo.",
        [],
    ),
    (
        "Uganda recognised Somaliland on Monday. Rwanda took the same step two years ago.",
        [(("Uganda",), "Somaliland", "done")],
    ),
    (
        "Cuba recognised Western Sahara on Monday. Mexico's president declared the same step hours later.",
        [(("Cuba", "Mexico"), "Western Sahara", "done")],
    ),
    (
        "Iceland recognised Palestine on Friday, as Denmark, Finland and Sweden did the same.",
        [(("Iceland", "Denmark", "Finland", "Sweden"), "Palestine", "done")],
    ),
    (
        "Malta, Cyprus and Greece recognised Palestine on Monday, while Greece said its recognition would "
        "only take effect once a ceasefire held.",
        [(("Malta", "Cyprus"), "Palestine", "done"), (("Greece",), "Palestine", "announced")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round36_families(text: str, expected: list[tuple[object, ...]]) -> None:
    got = {(frozenset(f.actors), f.recognized, f.status) for f in extract_recognitions(text)}
    assert got == {(frozenset(a), r, s) for a, r, s in expected}
