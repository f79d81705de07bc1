"""Issue 10, round 16 (helper enrec3w16): a recognition verb followed by a name and a finite verb is a
that-clause with "that" left out, a fact recognised and no statehood recognition (veto `fact_clause`,
`recognition_facts`). Sentences written for these tests; near misses that stay recognitions too."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_recognitions

DAY = date(2025, 6, 1)

FACTS = [
    "Macron recognises France killed Algerian lawyer Ali Boumendjel in 1957",
    "Japan has recognised Japan forced women into wartime brothels",
    "The Japanese government has recognised Japan forced women into wartime brothels",
    "Israel recognised Palestinian civilians died in the strike, the army said",
    "Britain recognised Israel had breached international law in Gaza",
    "Russia recognised Ukraine was right about the downing of the airliner",
    "Germany recognises Namibia suffered genocide under colonial rule",
    "Ethiopia recognised Eritrea won the border ruling",
    "Belgium recognises Congo was plundered under King Leopold",
    "Kosovo's president recognised Serbia had made concessions",
    "Washington recognised Palestine faces a humanitarian catastrophe",
    "Spain recognises Western Sahara has been a source of tension",
    "Belgium has recognised that its soldiers tortured prisoners in Congo",
    "Germany recognises responsibility for colonial-era massacres in Namibia",
    "Turkey will never recognise Armenians were killed in a genocide, the minister said",
    "Serbia recognises Kosovo Albanians were killed by Serbian police in 1999",
]

STATES = [
    ("Ireland recognises Palestine", ("Ireland",), "done"),
    ("Norway recognised Kosovo as independent", ("Norway",), "done"),
    ("Ethiopia recognises Somaliland, the ministry said", ("Ethiopia",), "done"),
    ("Ireland's decision to recognise Palestine was welcomed by Ramallah", ("Ireland",), "done"),
    ("Colombia recognises Palestine is a sovereign state, the president said", ("Colombia",), "done"),
    ("Ireland formally recognised Palestine and has opened an embassy", ("Ireland",), "done"),
    ("Spain recognised Palestine Tuesday, joining Norway and Ireland", ("Spain",), "done"),
    ("Ethiopia will recognise Somaliland, officials said", ("Ethiopia",), "announced"),
    ("Guatemala recognises Taiwan instead of China", ("Guatemala",), "done"),
    ("Mexico will recognise Palestine as a state next month", ("Mexico",), "announced"),
]


@pytest.mark.parametrize("text", FACTS)
def test_fact_recognised_is_no_recognition(text: str) -> None:
    assert extract_recognitions(text, DAY) == []


@pytest.mark.parametrize(("text", "actors", "status"), STATES)
def test_state_recognised_stays(text: str, actors: tuple[str, ...], status: str) -> None:
    got = extract_recognitions(text, DAY)
    assert [(tuple(f.actors), f.status) for f in got] == [(actors, status)]
