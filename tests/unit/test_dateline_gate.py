"""`strip_dateline` tries its patterns only on lines whose first 60 characters hold what a dateline
needs (a dash, ":", "(", "/"), and the first pattern only when its closing dash can be there. Each test
compares with the patterns tried on every line, in order, with no gate at all."""

from __future__ import annotations

import itertools

import pytest

from bot.core.extract.text import _DATELINE_LONGEST, _DATELINE_RES, clean, strip_dateline


def ungated(line: str) -> tuple[str, str]:
    """What `strip_dateline` answers when every pattern is tried on every line."""
    for rx in _DATELINE_RES:
        m = rx.match(line)
        if m and m.end() < len(line) and len(m.group(0)) <= _DATELINE_LONGEST:
            return m.group(0), " " * m.end() + line[m.end() :]
    return "", line


# own lines: one per pattern and per closing dash of the first one, each kept as a dateline
DATELINES = [
    "NAIROBI (Wire) — Gunmen attacked a convoy near the border.",
    "Port Louis – Officials said the ferry was late.",
    "VALLETTA -- The harbour was closed on Monday.",
    "OSLO - Talks resumed after a week.",
    "OSLO -\tTalks resumed after a week.",
    "OSLO -\u2003Talks resumed after a week.",
    "Quito (Agencia).- The minister resigned on Friday.",
    "HELSINKI, May 3 (Wire) -- Ministers met in the capital.",
    "May 3 — Ministers met in the capital.",
    "(Wire) — Ministers met in the capital.",
    "— Ministers met in the capital.",
    "Lusaka, July 9: The council voted twice.",
    "Kigali, 9 July: The council voted twice.",
    "WINDHOEK: The court sat late.",
    "GABORONE (Daily Wire): The court sat late.",
    "Lilongwe (Wire). The court sat late.",
    "Maputo Desk/Wire/. The port reopened.",
    "Dili News/ The port reopened.",
]

# own lines with no dateline: hyphens inside words or between numbers, a colon or slash past the
# first 60 characters, a dash too late for a dateline, nothing to strip
NOT_DATELINES = [
    "Al-Nour and Ben-Ami met in a well-known hall on 12-13 May.",
    "A long opening clause that runs well past sixty characters before a dash — and more.",
    "A long opening clause that runs well past sixty characters before a colon: and more.",
    "Officials said the talks would resume next week in the capital.",
    "",
    "OSLO -",
    "x-ray",
    "A first-hand account / of the day",
]


@pytest.mark.parametrize("line", DATELINES)
def test_a_dateline_is_still_stripped(line: str) -> None:
    dateline, rest = strip_dateline(line)
    assert dateline
    assert (dateline, rest) == ungated(line)


@pytest.mark.parametrize("line", NOT_DATELINES + DATELINES)
def test_the_gate_answers_as_every_pattern_tried(line: str) -> None:
    assert strip_dateline(line) == ungated(line)


def test_every_closing_dash_at_every_place_near_the_sixty_character_limit() -> None:
    # the first pattern's closing dash, or another pattern's character, just inside and just outside
    # the 60 characters a dateline may take: the gate looks at exactly those 60
    marks = ["—", "–", "--", "- ", "-\t", ".-", "-", ":", " (Wire):", "/"]
    for mark, width in itertools.product(marks, range(50, 64)):
        head = "KAMPALA" + " Abc" * ((width - 7) // 4)
        head = head + "x" * (width - len(head))
        line = head + mark + " Rest of the line."
        assert strip_dateline(line) == ungated(line), line


def test_clean_blanks_each_lines_dateline() -> None:
    text = "HARARE — Title words\nBULAWAYO: The first line of the summary.\nNo dateline-here."
    first, body = clean(text)
    assert first == "HARARE — "
    assert body.splitlines() == [ungated(line)[1] for line in text.split("\n")]
