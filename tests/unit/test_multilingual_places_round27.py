"""Ten-language casualty places tuned on the round-12 held-out sets (issue 15, helper mlplaces): the set
tests/data/multilingual_round27_places.jsonl (sentences written for it, none corpus or held-out text)
runs here item by item, figure and place. Its families: common words that GeoNames has as a city of
a state outside the conflicts ("מסרו", they reported, as Maseru; "خبر", news, as Khobar), a city
name GeoNames gives another state (Cali as Derbent, Tekstilshchik as Moscow's Tekstilshchiki), a
town whose last word is read alone (Bint Jbeil as Al Jubayl), and the village the lead names inside
the headline's district ("à aldeia de Chai, no distrito de Macomia"); near misses keep their place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json

SET = Path(__file__).resolve().parents[1] / "data" / "multilingual_round27_places.jsonl"


def places(language: str, title: str, summary: str = "") -> list[tuple[object, object, object]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return sorted((f["count"], f["kind"], f["location"]) for f in facts if f["type"] == "casualty")


def _items() -> list[dict[str, object]]:
    lines = SET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("item", _items(), ids=lambda item: str(item["id"]))
def test_the_round_set_reads_its_places(item: dict[str, object]) -> None:
    labels = item["labels"]
    assert isinstance(labels, list)
    expected = sorted(
        (lab["count"], lab["kind"], lab["location"]) for lab in labels if lab["type"] == "casualty"
    )
    assert places(str(item["language"]), str(item["title"]), str(item["summary"])) == expected


def test_a_foreign_city_without_its_state_or_a_locative_is_no_place() -> None:
    # GeoNames' Mombasa, Kenya, named with neither Kenya nor a word that puts a place
    assert places("fa", "انفجار مومباسا ۳ کشته برجای گذاشت") == [(3, "killed", None)]


def test_a_foreign_city_after_a_locative_stays() -> None:
    assert places("fa", "۳ نفر در حمله پهپادی در مومباسا کشته شدند") == [(3, "killed", "Mombasa, Kenya")]
