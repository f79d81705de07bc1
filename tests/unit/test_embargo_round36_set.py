"""Issue 10, round 11, tuning on the held-out sets (helper tenemb): the English embargo set written for
the families the round-11 held-out sets showed (`tests/data/extraction_round36_embargo.jsonl`), run item
by item as `test_embargo_round34_sets` runs its sets. Items read wrong at the landing commit are strict
xfails: fixing one turns it into a failure to be moved out of KNOWN_WRONG (with a word in
benchmarks/RESULTS.md)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.labelled_sets import labelled_items
from tests.unit.test_embargo_round34_sets import test_embargo_set_item_reads_as_labelled as _reads_as_labelled

# read wrong when the set landed (benchmarks/RESULTS.md, "Round 11, tuning on the held-out sets: embargo")
KNOWN_WRONG = {
    "r36-e01": "'continuing to license fighter jet parts for' and 'bid to block jet parts sales': missed",
    "r36-e10": "headline 'stops licences for arms Israel could use in Gaza': suspended_licences",
    "r36-e11": "'armed patrol boats' are no arms word: missed",
    "r36-e12": "the embargo on al-Shabaab in Somalia gives a second fact on the group",
    "r36-e15": "'turned down a request ... to stop exports of engine components that are fitted to': missed",
}


def _items() -> list[Any]:
    return labelled_items(("extraction_round36_embargo.jsonl",), KNOWN_WRONG)


@pytest.mark.parametrize("item", _items())
def test_round36_item_reads_as_labelled(item: dict[str, Any]) -> None:
    _reads_as_labelled(item)
