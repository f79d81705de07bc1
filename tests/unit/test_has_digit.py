"""`doc.has_digit` looks for the ten ASCII digits with `in` before it asks the `\\d` regex (speed
only): its answer must be the regex's for every text, digits of other scripts included."""

from __future__ import annotations

import re

import pytest

from bot.core.extract.doc import has_digit

_DIGIT = re.compile(r"\d")

TEXTS = [
    "",
    "Gunmen attacked a market on Sunday",
    "Gunmen killed 12 people on Sunday",
    "Gunmen killed twelve people on Sunday\u2019s market",
    "Gunmen killed 12 people on Sunday\u2019s market",
    "\u0642\u062a\u0644 \u0663 \u0623\u0634\u062e\u0627\u0635",  # an Arabic-Indic three
    "\u092e\u093e\u0930\u0947 \u0917\u090f \u096b",  # a Devanagari five
    "caf\u00e9 \u00bd \u00b2 \u2163",  # a half, a superscript two, a Roman numeral: no \d
    "\U0001d7d9 fullwidth \uff17",  # mathematical and fullwidth digits are \d
    "9",
    "\n0\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_has_digit_answers_as_the_regex(text: str) -> None:
    assert has_digit(text) == (_DIGIT.search(text) is not None)


def test_every_code_point_reads_as_the_regex() -> None:
    for code in range(0x110000):
        char = chr(code)
        for text in (char, f"ab{char}\u2019"):
            assert has_digit(text) == (_DIGIT.search(text) is not None), hex(code)
