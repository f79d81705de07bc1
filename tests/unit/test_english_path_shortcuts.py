"""Shortcuts on the English path that must answer as the work they skip (round 15, speed only):
a title already in its normal form is not split and joined again (`extract_facts`), the words of a
language sample without a word character beyond ASCII are found by a byte translation
(`identify._words`), and `leaders_in` runs LEADER only over a text that holds one of its titles. Each
test compares with the unshortened work on own sentences."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.lang.identify import _WORD, _words, by_letters
from bot.core.extract.recognition_leaders import leaders_in, leaders_named
from bot.core.model import fact_json

# --- titles ------------------------------------------------------------------------------------------

TITLES = [
    "Ferry crew rescued off the coast",
    "  Ferry crew rescued off the coast",
    "Ferry crew rescued off the coast ",
    "Ferry  crew rescued",
    "Ferry\tcrew\nrescued",
    "Ferry\u00a0crew\u2003rescued\u3000today",
    "Ferry\u200bcrew",  # a zero-width space is no whitespace, but not printable either
    "Ferry\x1ccrew\x85rescued\u2028today",
    "Café owner sues council – again",
    "",
    " ",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_title_reads_as_its_normal_form(title: str) -> None:
    summary = "Two people were killed when gunmen attacked a market on Sunday, police said."
    normal = " ".join(title.split())
    read = [fact_json(f) for f in extract_facts(title, summary)]
    assert read == [fact_json(f) for f in extract_facts(normal, summary)]
    assert read  # the summary's figure is read


def test_every_whitespace_but_the_space_is_unprintable() -> None:
    # what lets a printable title skip the split: its only whitespace can be the plain space
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]


# --- words of a language sample ------------------------------------------------------------------------

SAMPLES = [
    "the council said on monday that the ferry would sail",
    "the council – said “on monday” that the ferry’s crew…",
    "el consejo dijo que el transbordador zarparía el lunes",
    "der rat sagte, die fähre fahre am montag",
    "i̇stanbul'da konsey pazartesi toplandı",
    "counted 1st, 2nd and 3rd; ² and ½ and ٣ and ª",
    "snake_case and co-operate and o'clock",
    "ﬁnal ﬂight",
    "a\u0301 combining",
    "",
    "   \t\n",
    "\ud800 lone surrogate",
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_words_are_those_of_the_unicode_pattern(sample: str) -> None:
    assert _words(sample) == _WORD.findall(sample)


def test_words_of_every_character() -> None:
    # every character beside ASCII letters and a digit, in runs so that one test covers them all: a run
    # without a word character beyond ASCII takes the translation, any other the pattern
    chars = [chr(code) for code in range(0x110000)]
    for start in range(0, len(chars), 64):
        run = chars[start : start + 64]
        sample = "ab " + "x".join(run) + " 1_cd"
        assert _words(sample) == _WORD.findall(sample), hex(start)
    for char in chars[:0x3000]:
        sample = f"ab{char}cd 1{char}_x"
        assert _words(sample) == _WORD.findall(sample), hex(ord(char))


def test_an_english_sample_with_dashes_is_still_english() -> None:
    text = (
        "Storm hits the coast – and the city is shut\nThe council said that it was not ready for the storm."
    )
    assert by_letters("latin", text) == "en"


# --- leaders -------------------------------------------------------------------------------------------


LEADER_TEXTS = [
    "Norwegian Prime Minister Jonas Lind said the decision was final.",
    "French President Marc Durand and Irish Foreign Secretary Ann Kelly met.",
    "Spain's King Felipe spoke; Qatar's Emir Tamim listened.",
    "Oman's Sultan Haitham, Malta's PM Robert Abela and German Chancellor Olaf Berg agreed.",
    "Danish Premier Mette Holm and Jordan's Queen Rania arrived with Cuban Leader Ana Ruiz.",
    "The president said the minister would decide.",  # titles in small letters: no leader
    "Officials in Oslo said the talks would go on.",
    "",
]


@pytest.mark.parametrize("text", LEADER_TEXTS)
def test_leaders_are_those_of_the_ungated_pattern(text: str) -> None:
    assert leaders_in(text) == leaders_named(text)


def test_a_named_leader_is_still_read() -> None:
    assert leaders_in("Norwegian Prime Minister Jonas Lind said the decision was final.") == {
        "Lind": "Norway"
    }
