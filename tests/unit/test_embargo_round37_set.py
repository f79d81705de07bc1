"""Issue 10, round 12, English embargo roles on a separate author's set (helper enemb): the sentences
written for the families `tests/data/authors_r12c_en.jsonl` showed
(`tests/data/extraction_round37_embargo.jsonl`: drone parts named by what they are, an embargo back in
force in a headline, the ICJ by its abbreviation refusing a bid, a count of judges before a court's name
and its seat, a campaigning claimant, a ban on weapons for a state's unit, a renewed inspection mandate,
the bare Council with a state in an aside), with near-misses that must stay without a fact, run item by
item as `test_embargo_round34_sets` runs its sets. Items read wrong at the landing commit are strict
xfails."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.labelled_sets import labelled_items
from tests.unit.test_embargo_round34_sets import test_embargo_set_item_reads_as_labelled as _reads_as_labelled

# read wrong when the set landed (benchmarks/RESULTS.md, "Round 12, enemb")
KNOWN_WRONG: dict[str, str] = {}


def _items() -> list[Any]:
    return labelled_items(("extraction_round37_embargo.jsonl",), KNOWN_WRONG)


@pytest.mark.parametrize("item", _items())
def test_round37_item_reads_as_labelled(item: dict[str, Any]) -> None:
    _reads_as_labelled(item)
