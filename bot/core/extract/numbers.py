"""Quantities as news writes them: "61,500", "1.2 million", "five", "two dozen", "two thousand and 367",
"dozens", with the hedge in front of them ("nearly", "at least", "more than", ...).

`QUANTITY` is a regex fragment with named groups `qual` and `num`; `parse_quantity` turns a match of
it into (count, qualifier). Vague quantities ("dozens", "hundreds of", "thousands") give count None
and qualifier "vague".
"""

from __future__ import annotations

import re

from bot.core.extract.lexicon import alternation_of
from bot.core.extract.text import lower_for_tests

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# The hedge before a number -> qualifier of the fact shape.
QUALIFIERS: dict[str, str] = {
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "not less than": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "beyond": "more_than",
    "past": "more_than",
    "exceeding": "more_than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "approx.": "about",
    "circa": "about",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "up_to",
}

VAGUE_WORDS = (
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)|"
    r"thousands|hundreds|dozens|scores|several|numerous"
)

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_SCALE_ALT = "|".join(SCALES)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_WORD = rf"(?:{_UNIT_ALT})(?:[- ](?:{_UNIT_ALT}))?"
_ATOM = rf"(?:{_DIGITS}|{_WORD})"
# "1.2 million", "two thousand and 367", "11 thousand and 88", "a dozen", "two dozen", "a hundred"
_NUMBER = (
    rf"(?:(?:a|one|two|three|four|five|half\s+a)\s+dozen(?!s)"
    rf"|(?:a\s+(?=hundred|thousand|million))?{_ATOM}?(?:\s*(?:{_SCALE_ALT})(?:\s+and\s+{_ATOM}|\s+{_ATOM})?)+"
    rf"|{_ATOM}(?:\s*(?:m|k)\b)?"
    rf"|{VAGUE_WORDS}(?:\s+of)?)"
)
_QUAL_ALT = alternation_of(QUALIFIERS)

# a number without named groups, for lookaheads of patterns that hold a QUANTITY already
NUMBER_ANY = _NUMBER
QUANTITY = rf"(?:(?P<qual>{_QUAL_ALT})\s+)?(?P<num>{_NUMBER})"
QUANTITY_RE = re.compile(rf"(?<![\w.,-]){QUANTITY}(?![\w-]|,\d|\.\d)", re.IGNORECASE)


# parse_number's patterns, compiled once (a pattern given as a string is looked up in `re`'s cache on
# every call, which costs more than the match)
_VAGUE_FULL = re.compile(VAGUE_WORDS + r"(?:\s+of)?")
_DOZEN_FULL = re.compile(r"(a|one|two|three|four|five|half a) dozen")
_M_SUFFIX = re.compile(r"(\d)\s*m$")
_K_SUFFIX = re.compile(r"(\d)\s*k$")
_DIGITS_FULL = re.compile(_DIGITS)
_YEAR_FULL = re.compile(r"(19|20)\d\d")


def parse_number(text: str) -> int | None:
    """The value of a number expression; None for vague ones ("dozens") or what is not a number.

    >>> parse_number("61,500"), parse_number("1.2 million"), parse_number("two thousand and 367")
    (61500, 1200000, 2367)
    """
    s = " ".join(text.lower().replace("-", " ").split())
    if _VAGUE_FULL.fullmatch(s):
        return None
    m = _DOZEN_FULL.fullmatch(s)
    if m:
        return {"a": 12, "one": 12, "two": 24, "three": 36, "four": 48, "five": 60, "half a": 6}[m.group(1)]
    if s.endswith("m"):  # both patterns end at the text's end, which `split` left without a newline
        s = _M_SUFFIX.sub(r"\1 million", s)
    elif s.endswith("k"):
        s = _K_SUFFIX.sub(r"\1 thousand", s)
    total = 0.0
    current = 0.0
    seen = False
    for tok in s.replace(" and ", " ").split():
        if tok == "a":
            current = 1
            continue
        if _DIGITS_FULL.fullmatch(tok):
            current += float(tok.replace(",", ""))
            seen = True
        elif tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok in SCALES:
            scale = SCALES[tok]
            if current == 0:
                current = 1
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    return round(total + current)


def digits_value(digits: str) -> int | None:
    """`parse_number(digits)` of a run of digits that may hold commas ("1,945", "33"), without its
    general path (case, hyphens, vague words, dozens, suffixes: none can be in such a run): what a
    figure's value is compared with in every sentence of its item."""
    return round(float(digits.replace(",", ""))) if _DIGITS_FULL.fullmatch(digits) else None


# The least a vague quantity can mean, so a rule's min_count can still use it ("hundreds" is at least
# two hundred; "several hundred" at least three hundred).
_VAGUE_FLOOR = (
    (re.compile(r"hundreds\s+of\s+thousands"), 200_000),
    (re.compile(r"tens\s+of\s+thousands"), 20_000),
    (re.compile(r"(?:several|a\s+few)\s+thousand"), 2_000),
    (re.compile(r"(?:several|a\s+few)\s+hundred"), 200),
    (re.compile(r"(?:several|a\s+few)\s+dozen"), 24),
    (re.compile(r"thousands"), 2_000),
    (re.compile(r"hundreds"), 200),
    (re.compile(r"scores"), 40),
    (re.compile(r"dozens"), 24),
)


def vague_floor(num: str) -> int | None:
    """The lower bound of a vague quantity ("hundreds" -> 200), None for "several", "numerous" or
    a number that is not vague."""
    s = " ".join(num.lower().split())
    for rx, floor in _VAGUE_FLOOR:
        if rx.match(s):
            return floor
    return None


def parse_quantity(qual: str | None, num: str) -> tuple[int | None, str]:
    """(count, qualifier) for a QUANTITY match's groups."""
    count = parse_number(num)
    if count is None:
        return None, "vague"
    if qual:
        return count, QUALIFIERS[" ".join(qual.lower().split())]
    return count, "exact"


def is_year(num: str) -> bool:
    """A bare four-digit number that reads as a year (1900-2099, no thousands separator)."""
    return bool(_YEAR_FULL.fullmatch(num.strip()))


# --- finding quantities fast ------------------------------------------------------------------------
# `QUANTITY_RE.finditer` tries its whole alternation at every position of a sentence. `quantities`
# tries the number part only where a number can start (a digit, or a number word the caller's
# automaton found) and reads the hedge from the few characters before it: same matches, far cheaper.

_BOUNDARY_BEFORE = frozenset(".,$€£-")
_NUM_AT = re.compile(rf"(?P<num>{_NUMBER})(?![\w-]|,\d|\.\d|%)", re.IGNORECASE)
# _NUM_AT at a digit of a text with no scale word ("hundred", "thousand" ...): only _NUMBER's branch of
# a number in digits with no scale after it ("300", "1,200", "5.6", "40k") can match there (every other
# branch needs a letter first, or a scale word), so `re` finds the same match without trying the
# number words and scales at each step back through the digits (3.7 -> 0.8 µs for "300").
_NUM_AT_DIGITS_ONLY = re.compile(
    rf"(?P<num>(?:{_DIGITS})(?:\s*(?:m|k)\b)?)(?![\w-]|,\d|\.\d|%)", re.IGNORECASE
)
_QUAL_BEFORE = re.compile(rf"(?P<qual>{_QUAL_ALT})\s+$", re.IGNORECASE)
# Every hedge ends in one of these words: a number whose text before it does not end in one of them
# (most numbers) skips _QUAL_BEFORE, which tries its alternation at each of the 25 positions.
_QUAL_LAST_WORDS = tuple(sorted({q.split()[-1] for q in QUALIFIERS}))
# a digit with nothing glued before it; the digit comes first and the look-behind checks the character
# before it, so `re` skips from digit to digit in C instead of trying the look-behind at every position
_DIGIT_START = re.compile(r"\d(?<![\w.,$€£-].)")
_WORD_PREFIXES = ("half a ", "a few ", "tens of ", "a ")


def _free(text: str, i: int) -> bool:
    """Nothing glued to the left of position i (the QUANTITY_RE look-behind)."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_" or text[i - 1] in _BOUNDARY_BEFORE)


def quantities(text: str, word_starts: list[int] | None = None) -> list[tuple[int, int, str | None, str]]:
    """(start, end, hedge or None, number) for every quantity in `text`, left to right.

    `word_starts`: where number words start (None: find them with a regex, slower).
    """
    if word_starts is None:
        word_starts = [m.start() for m in _WORD_START.finditer(text)]
    starts = sorted({m.start() for m in _DIGIT_START.finditer(text)} | set(word_starts))
    out: list[tuple[int, int, str | None, str]] = []
    last_end = 0
    tests = lower_for_tests(text)
    low = text.lower() if tests is None else tests
    # (None from lower_for_tests: a letter IGNORECASE may fold into a scale word that .lower() hides)
    no_scale = tests is not None and not any(w in tests for w in SCALES)
    for p in starts:
        if p < last_end:
            continue
        begin = p
        if not text[p].isdigit():
            for prefix in _WORD_PREFIXES:
                at = p - len(prefix)
                if at >= last_end and low.startswith(prefix, at) and _free(text, at):
                    begin = at
                    break
        m = (_NUM_AT_DIGITS_ONLY if no_scale and text[begin].isdecimal() else _NUM_AT).match(text, begin)
        if m is None and begin != p:
            begin = p
            m = (_NUM_AT_DIGITS_ONLY if no_scale and text[p].isdecimal() else _NUM_AT).match(text, p)
        if m is None:
            continue
        lo = max(last_end, begin - 25)
        q = (
            _QUAL_BEFORE.search(text, lo, begin)
            if begin > lo
            and text[begin - 1].isspace()
            and (tests is None or tests[lo:begin].rstrip().endswith(_QUAL_LAST_WORDS))
            else None
        )
        if q and _free(text, q.start()):
            start, qual = q.start(), q.group("qual")
        elif _free(text, begin):
            start, qual = begin, None
        else:
            continue
        out.append((start, m.end(), qual, m.group("num")))
        last_end = m.end()
    return out


_WORD_START = re.compile(
    rf"\b(?:{_UNIT_ALT}|hundreds?|thousands?|million|billion|dozens?|scores|several|numerous|tens)\b",
    re.IGNORECASE,
)
