"""`first_look` also scans for the gate of Latin-script text typed without accents (PLAIN_STEM), so
`plain_latin_facts` given the item's look skips its own scan of the first 160 characters when no plain
stem is anywhere in the text: an English item pays one scan, not two. The answer must be the one the
scan of the start gives, also when the start ends inside a word. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.lang import ENGLISH_STEM, PLAIN_STEM, first_look, plain_latin_facts
from bot.core.model import fact_json

TEXTS = [
    "Heavy rain closes schools across the county",  # no stem of any gate
    "Three people were killed in a strike on a market in Kharkiv",  # English stems only
    "Mas de dos mil muertos en Sudan desde abril, segun la ONU",  # Spanish typed without accents
    "Ataque deixa 5 mortos e 12 feridos em Gaza",  # Portuguese typed without accents
    "Drone footage shows the flooded valley from above",  # a stem English text also holds
    # a plain stem only after the first 160 characters: the look finds it, the start does not
    "A long report on the city council budget, the new library, the bus timetable and the weather "
    "for the coming weekend, with a note on parking fees for residents. Later: muertos en la frontera",
]


def look_and_plain(title: str) -> tuple[list[object] | None, list[object] | None]:
    with_look = plain_latin_facts(title, "", None, None, look=first_look(title))
    without = plain_latin_facts(title, "", None, None)
    return (
        None if with_look is None else [fact_json(f) for f in with_look],
        None if without is None else [fact_json(f) for f in without],
    )


@pytest.mark.parametrize("text", TEXTS)
def test_the_look_gives_the_answer_of_the_scan_of_the_start(text: str) -> None:
    with_look, without = look_and_plain(text)
    assert with_look == without


def test_the_look_finds_english_and_plain_stems() -> None:
    assert first_look("Three people were killed in Kharkiv") & ENGLISH_STEM
    assert not first_look("Three people were killed in Kharkiv") & PLAIN_STEM
    assert first_look("Mas de dos mil muertos en Sudan") & PLAIN_STEM


def test_a_whole_word_stem_cut_at_the_end_of_the_start_is_read_as_the_scan_reads_it() -> None:
    # German typed without accents whose 160th character ends "Leichen" (a whole-word stem) inside
    # "Leichenhalle": the start holds the stem, the whole text does not, and the answer stays the scan's
    opening = (
        "Bei dem Angriff auf das Dorf im Norden des Landes gab es nach Angaben der Behoerden am Sonntag "
    )
    text = opening.ljust(160 - len("Leichen")) + "Leichenhalle und Feuerwehr im Einsatz"
    assert text[153:160] == "Leichen"
    assert not first_look(text) & PLAIN_STEM
    with_look, without = look_and_plain(text)
    assert without is not None  # read as German: the stem in the start woke the language model
    assert with_look == without


def test_extract_facts_reads_a_spanish_item_typed_without_accents() -> None:
    found = [fact_json(f) for f in extract_facts("Mas de dos mil muertos en Sudan desde abril", "")]
    assert {f["language"] for f in found} == {"es"}
