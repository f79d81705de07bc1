"""Casualty families of round 11 tuned on the held-out sets (issue 10, helper tencas), by mechanism: a
vehicle word told as an armed force's and followed by an act of attack is the attacker, not an accident;
an apposition between a figure and its verb may tell what the people were doing. Every sentence is
written for this file (none is corpus text or an item of a set); the round's set is run at the end."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.core.extract import extract_facts
from bot.core.model import CasualtyFigure

DATA = Path(__file__).resolve().parents[1] / "data"


def _facts(title: str, summary: str = "") -> list[CasualtyFigure]:
    return [f for f in extract_facts(title, summary, date(2026, 12, 7)) if isinstance(f, CasualtyFigure)]


@pytest.mark.parametrize(
    ("summary", "count"),
    [
        ("Fourteen villagers were killed when a military aircraft struck a wedding party near Mindat.", 14),
        ("At least 31 people died after junta jets bombed a camp for displaced families in Kayah state.", 31),
        ("Six farmers were killed when army helicopters fired on a convoy of tractors near Nyala.", 6),
    ],
)
def test_armed_vehicle_attacking_is_no_accident(summary: str, count: int) -> None:
    got = _facts("Strike on village", summary)
    assert [f.count for f in got if f.kind == "killed"] == [count], got


def test_armed_vehicle_crashing_stays_an_accident() -> None:
    got = _facts(
        "Crash",
        "Three pilots were killed when a military aircraft crashed into a field during a test flight.",
    )
    assert got == [], got


@pytest.mark.parametrize(
    ("summary", "count", "victims"),
    [
        (
            "At least 52 soldiers, most of them conscripts guarding the bridge over the river, were killed "
            "in the assault on Sunday, the army said in Bamako.",
            52,
            "soldiers",
        ),
        (
            "Twenty-six people, many of them farmers returning from the weekly market in town, were killed "
            "by gunmen in Zamfara state, police said.",
            26,
            "people",
        ),
    ],
)
def test_long_apposition_before_the_verb(summary: str, count: int, victims: str) -> None:
    got = [f for f in _facts("Attack", summary) if f.kind == "killed" and f.count == count]
    assert got and got[0].victims == victims, _facts("Attack", summary)


def test_round36_set_reads_every_label() -> None:
    for line in (DATA / "extraction_round36_casualty.jsonl").read_text().splitlines():
        item = json.loads(line)
        got = {(f.count, f.kind) for f in _facts(item["title"], item["summary"])}
        want = {(g["count"], g["kind"]) for g in item["labels"]}
        assert got == want, (item["id"], got, want)
