"""Issue 10, round 12, tuning on a separate author's English set (helper enrec): English recognition
roles. Runs tests/data/extraction_round37_recognition.jsonl item by item (actor sets, recognised entity
and status), sentences written for the families that set showed: a year in a time clause about another
event ("since the movement seized power in 2021") or in a contact relative clause dating the recognition
withdrawn ("withdrew the recognition it extended ... in 1982") does not make the news history; a headline
ordinal without a verb ("Belarus second to recognise ...") is done; states that "did so last year" in the
next sentence are context; a formal act completed later is a plan and leaves the headline's done group;
"ready to recognise ... and would consider doing so" and "will take a position on recognising ... after"
are weighings; the subject of a clause before "as" ("Berlin holds back as ...") is no recogniser; a "to"
before a comma and a participle ("upgrades mission to embassy, recognising it") is no plan. Items read
wrong at the landing commit are strict xfails."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.core.extract import extract_facts
from tests.unit.labelled_sets import labelled_items

# read wrong when the set landed (benchmarks/RESULTS.md, "Round 12, enrec")
KNOWN_WRONG: dict[str, str] = {}


def _items() -> list[Any]:
    return labelled_items(("extraction_round37_recognition.jsonl",), KNOWN_WRONG)


@pytest.mark.parametrize("item", _items())
def test_round37_item_reads_as_labelled(item: dict[str, Any]) -> None:
    pub = date.fromisoformat(item["published"])
    read = extract_facts(item["title"], item["summary"], pub)
    got = {(frozenset(f.actors), f.recognized, f.status) for f in read if f.type == "recognition"}
    labels = [g for g in item["labels"] if g["type"] == "recognition"]
    assert got == {(frozenset(g["actors"]), g["recognized"], g["status"]) for g in labels}
