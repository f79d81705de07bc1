"""Ten languages, round 12 (issue 15, helper mltune): the families a separate author's set showed
(tests/data/authors_r12d_ml.jsonl), each written again in sentences of this helper's own in
tests/data/multilingual_round26_authors.jsonl (none of it the author's text), beside near misses that
must not change: a fuel tanker's accident, an explosion put down to chemicals or gas, the dead
remembered in a celebration or a speech; a capital's "not for now", staying with no, a deadline to
decide, a leader weighing a recognition; a refusal given as the reason of an embargo, a target named
by its leader's regime, a court named by its city's adjective; a part with the kind of the figure
before it, a minor among the victims, a village no table knows, the Hebrew active verb with one
attacker as its subject. Every fact of an item is compared: casualty count, kind, qualifier, victims
and location; embargo actor, target and action; recognition actors and status. Items read wrong at
the landing commit are strict xfails."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.extract.places import canonical_name
from bot.core.model import fact_json
from tests.unit.labelled_sets import labelled_items

# read wrong when the set landed (benchmarks/RESULTS.md, "Round 12, mltune")
KNOWN_WRONG = {
    "es-r26a-31": "a theatre (Gaza) in a reason clause before the decider is read as the actor",
}

Key = tuple[Any, ...]


def _key(fact: dict[str, Any]) -> Key:
    if fact["type"] == "casualty":
        return ("casualty", fact["count"], fact["qualifier"], fact["kind"], fact["victims"], fact["location"])
    if fact["type"] == "arms_embargo":
        return ("arms_embargo", fact["actor"], fact["target"], fact["action"])
    return ("recognition", tuple(sorted(fact["actors"])), fact["recognized"], fact["status"])


def _items() -> list[Any]:
    return labelled_items(("multilingual_round26_authors.jsonl",), KNOWN_WRONG)


@pytest.mark.parametrize("item", _items())
def test_the_round26_item_reads_as_labelled(item: dict[str, Any]) -> None:
    got = sorted(
        (_key(fact_json(f)) for f in read_facts(item["language"], item["title"], item["summary"])), key=repr
    )
    assert got == sorted((_key(label) for label in item["labels"]), key=repr)


def test_a_name_with_and_without_its_accents_is_one_canonical_name() -> None:
    assert canonical_name("São Tomé and Príncipe") == canonical_name("Sao Tome and Principe")
    assert canonical_name("Curacao") == canonical_name("Curaçao")
