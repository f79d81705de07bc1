"""Issue 10, round 11 (helper enrec): English recognition roles. Runs the two sets of this round
(tests/data/extraction_round34_recognition.jsonl, written before the fixes; ..._round35_..., written after
them and measured before any tuning) so that they cannot silently fall, and the families fixed, in
sentences written for these tests: a relative clause dating the others' step ("..., which took the same
step a decade ago", "which recognised Palestine last May") recalls it; a region's adjective ("Latin
American") names no state; a state summoning or expelling an envoy reacts; a second group refusing in
words of its own ("declines to follow", "saw no reason to do the same"), still undecided ("had yet to
reach a view"), going on weighing ("continued to weigh its options"), introduced by an adjective
("neighbouring Switzerland") or a place ("Across the Andes, ..."); a candidate's pledge."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import extract_facts, extract_recognitions

DATA = Path(__file__).resolve().parents[1] / "data"
# labels the extractor still misses (counted as errors in benchmarks/RESULTS.md, round 11, helper enrec):
# the EU refusing an annexation, and a collective "the latest European Union member to do so" (a
# leader's name as the only name of a second group, r35rec-15, is read since round 13: the capital
# the group speaks in names its state)
KNOWN_MISSES = {"r35rec-10", "r35rec-19"}


def _items(name: str) -> list[dict[str, object]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


ITEMS = [
    it
    for name in ("extraction_round34_recognition.jsonl", "extraction_round35_recognition.jsonl")
    for it in _items(name)
]


# a known miss is a strict xfail, not a skip: the day it is read right the test says so
@pytest.mark.parametrize(
    "item",
    [
        pytest.param(it, marks=pytest.mark.xfail(strict=True, reason="known miss, reported in RESULTS.md"))
        if it["id"] in KNOWN_MISSES
        else it
        for it in ITEMS
    ],
    ids=[str(it["id"]) for it in ITEMS],
)
def test_round34_35_sets(item: dict[str, object]) -> None:
    pub = date.fromisoformat(str(item["published"]))
    read = extract_facts(str(item["title"]), str(item["summary"]), pub)
    facts = [f for f in read if f.type == "recognition"]
    got = {(frozenset(f.actors), f.status) for f in facts}
    labels = [g for g in item["labels"] if g["type"] == "recognition"]  # type: ignore[attr-defined]
    want = {(frozenset(g["actors"]), g["status"]) for g in labels}
    assert want <= got
    if not item["labels"]:
        assert facts == []


CASES = [
    (
        "Chad recognised the State of Palestine on Friday, following Niger and Mali, which had taken the "
        "same step two decades ago.",
        [(("Chad",), "Palestine", "done")],
    ),
    ("Iceland, which recognised Palestine last March, opened an embassy in Ramallah on Monday.", []),
    (
        "Bolivia becomes first South American country to recognise Somaliland",
        [(("Bolivia",), "Somaliland", "done")],
    ),
    (
        "Egypt expelled Malta's ambassador on Tuesday after Valletta recognised Somaliland.",
        [(("Malta",), "Somaliland", "done")],
    ),
    (
        "Greece recognises Palestine; Bulgaria refuses to follow",
        [(("Greece",), "Palestine", "done"), (("Bulgaria",), "Palestine", "rejected")],
    ),
    (
        "Norway recognised Palestine on Monday, while Finland's cabinet said it had not yet reached a "
        "decision.",
        [(("Norway",), "Palestine", "done"), (("Finland",), "Palestine", "considering")],
    ),
    (
        "Ghana recognised Kosovo on Monday, as fellow Nigeria continued to study the question.",
        [(("Ghana",), "Kosovo", "done"), (("Nigeria",), "Kosovo", "considering")],
    ),
    (
        "Latvia recognises Palestine\nLatvia recognised the State of Palestine on Thursday. Over in Vilnius, "
        "Lithuania's foreign minister said Lithuania saw no need to do the same.",
        [(("Latvia",), "Palestine", "done"), (("Lithuania",), "Palestine", "rejected")],
    ),
    ("Peru's presidential front-runner says she would recognise Somaliland if elected", []),
    ("The breakaway region's leader pressed the case for recognition during his visit to London.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round34_families(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, date(2027, 5, 1))]
    assert sorted(got, key=str) == sorted(expected, key=str)
