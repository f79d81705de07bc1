"""extract_facts on a whole item: the seed article, de-duplication across title and summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo, CasualtyFigure, Recognition

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "examples" / "seed-article.txt"


@pytest.fixture(scope="module")
def seed_facts() -> list[object]:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (shared/ is expected beside the repository)")
    return list(extract_facts("", SEED.read_text(encoding="utf-8")))


def test_seed_article_yields_exactly_its_facts(seed_facts: list[object]) -> None:
    assert [f.to_json() for f in seed_facts] == [  # type: ignore[attr-defined]
        {
            "type": "casualty",
            "count": 61500,
            "qualifier": "nearly",
            "kind": "killed",
            "victims": "Palestinians",
            "location": "Gaza",
            "cumulative": True,
        },
        {
            "type": "casualty",
            "count": 1200,
            "qualifier": "exact",
            "kind": "killed",
            "victims": "people",
            "location": "Israel",
            "cumulative": False,
        },
        {
            "type": "casualty",
            "count": 875,
            "qualifier": "more_than",
            "kind": "killed",
            "victims": "people",
            "location": "Gaza",
            "cumulative": False,
        },
        {
            "type": "casualty",
            "count": 5,
            "qualifier": "exact",
            "kind": "killed",
            "victims": "Al Jazeera journalists",
            "location": "Gaza",
            "cumulative": False,
        },
        {"type": "arms_embargo", "actor": "Germany", "target": "Israel", "action": "partial"},
        {
            "type": "recognition",
            "actors": ["Australia", "France", "United Kingdom", "Canada"],
            "recognized": "Palestine",
            "status": "announced",
            "date": "September",
        },
    ]


def test_seed_article_traps_give_no_facts(seed_facts: list[object]) -> None:
    counts = {f.count for f in seed_facts if isinstance(f, CasualtyFigure)}
    assert counts == {61500, 1200, 875, 5}  # not the four aid centres, the hostages, "one of the journalists"


def test_title_and_summary_repeating_a_figure_give_one_fact() -> None:
    facts = extract_facts(
        "Strike on Kharkiv kills 12",
        "A Russian missile strike on Kharkiv killed at least 12 civilians, the governor said.",
    )
    assert facts == [CasualtyFigure(12, "at_least", "killed", "civilians", "Kharkiv, Ukraine", False)]


def test_every_trigger_from_one_item() -> None:
    facts = extract_facts(
        "Spain recognises Palestine and halts arms sales to Israel",
        "Spain formally recognised the State of Palestine on Tuesday.",
    )
    assert {type(f) for f in facts} == {ArmsEmbargo, Recognition}


def test_plain_news_gives_nothing() -> None:
    assert extract_facts("Markets rally as inflation cools", "Shares rose 2% on Tuesday.") == []
