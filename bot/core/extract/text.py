"""Text plumbing shared by the extractors: normalising quotes and spaces, dropping datelines,
splitting sentences without breaking on "Mr." or "Oct.".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
    }
)


_SPECIAL = tuple((chr(k), v) for k, v in _TRANSLATE.items())
# what `normalise` turns into a space or removes; every other character it maps is a quote mark
SPACES = tuple(char for char, replacement in _SPECIAL if replacement in (" ", ""))


def normalise(text: str) -> str:
    """Straight quotes and plain spaces, so patterns need one spelling of each."""
    # `str.translate` with a dict looks up every character in Python objects (~20 µs for a long
    # item); every character it maps is non-ASCII, so ASCII text is already normal, and otherwise
    # a C-speed `in` per mapped character finds the few that are present.
    if text.isascii():
        return text
    for char, replacement in _SPECIAL:
        if char in text:
            text = text.replace(char, replacement)
    return text


# --- cheap tests before costly regexes ----------------------------------------------------------------
# A regex can only match where its words are. Testing the lowercased text for those words with `in`
# (C speed) first lets an extractor skip the regexes that cannot match, and a skipped regex is the
# same as one that found nothing, so the facts do not change.
#
# That holds only when `text.lower()` sees what an IGNORECASE regex sees. Four non-ASCII letters
# break it: Python's IGNORECASE matches "İ" and "ı" as "i", "ſ" as "s" and the Kelvin sign as "k",
# which `str.lower` does not (and "İ" lowercases to two characters, shifting offsets). A text holding
# one of them gets no lowercased copy, and every test on it says "maybe".
_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")


def lower_for_tests(text: str) -> str | None:
    """`text.lower()` (same offsets) when substring tests on it can stand in for IGNORECASE regexes of
    ASCII words; None when they cannot (see above)."""
    if text.isascii() or not any(c in text for c in _ASCII_LOOKALIKES):
        return text.lower()
    return None


def may_hold(low: str | None, words: tuple[str, ...], lo: int = 0, hi: int | None = None) -> bool:
    """Whether one of `words` (lowercase) occurs in `low[lo:hi]`; always True when `low` is None."""
    if low is None:
        return True
    part = low[lo:hi]
    for w in words:  # noqa: SIM110 -- a plain loop: `any()` over a generator costs more than the tests
        if w in part:
            return True
    return False


_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_RES = (
    # "WASHINGTON (AP) —", "Madrid (EFE).-", "DAMASCUS, March 12 (Xinhua) --", "Addis Abeba —", "LONDON –"
    re.compile(
        rf"^\s*(?:[A-Z][\w'.-]*(?:[ ][A-Z][\w'.-]*){{0,2}}(?:,\s*[A-Z][\w.-]*(?:\s+\d{{1,2}})?)?"
        rf"|{_MONTHS}\s+\d{{1,2}})?\s*(?:\([^)]{{1,40}}\))?\s*\.?(?:—|–|--|-(?=\s)|\.-)\s*"
    ),
    # "Kabul, June 6:", "Gaza City, 12 March:"
    re.compile(
        rf"^\s*[A-Z][\w'.-]*(?:[ ][A-Z][\w'.-]*){{0,2}},\s*"
        rf"(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})\s*:\s+"
    ),
    # "MADRID:", "KABUL (Pajhwok):", "CARICOM (Agencies):"
    re.compile(r"^\s*[A-Z][A-Z' .-]{2,30}(?:\s*\([^)]{1,40}\))?\s*:\s+"),
    re.compile(r"^\s*[A-Z][\w' .-]{1,30}\s*\([^)]{1,40}\)\s*[:.-]+\s+"),
    # "Yerevan/Mediamax/.", "Shafaq News/"
    re.compile(r"^\s*[A-Z][\w .-]{1,30}/(?:[\w .-]{1,30}/)?\.?\s+"),
)
# A character each pattern above cannot match without (a dash, ":", "(", "/"): most lines have no
# dateline, and an `in` test is far cheaper than a failed match.
_DASHES = ("—", "–", "-")
_DATELINE_NEEDS = (_DASHES, (":",), (":",), ("(",), ("/",))
_DATELINE_LONGEST = 60
# The first pattern's closing hyphen: "--", ".-", or "-" before a space (which its `\s*` takes in, so
# within a dateline's 60 characters too). A hyphen inside a word ("al-Sharaa", "Aug. 12-13") is none.
_CLOSING_HYPHEN = re.compile(r"--|-\s|\.-")


def strip_dateline(text: str) -> tuple[str, str]:
    """(dateline, rest): the wire-story place tag at the start, which is where a story was filed,
    not necessarily where it happened."""
    # a dateline is kept only up to 60 characters long, and holds the character its pattern needs;
    # most lines hold none of them in their first 60 characters: six `in` tests say so at once,
    # before the loop over the patterns' own needs (a line is as long as a title or a paragraph)
    head = text[:_DATELINE_LONGEST]
    if not ("-" in head or ":" in head or "(" in head or "/" in head or "—" in head or "–" in head):
        return "", text
    for rx, needs in zip(_DATELINE_RES, _DATELINE_NEEDS, strict=True):
        for c in needs:  # a plain loop: `any()` over a generator costs more than the `in` tests
            if c in head:
                break
        else:
            continue
        if needs is _DASHES and "—" not in head and "–" not in head and not _CLOSING_HYPHEN.search(head):
            continue  # hyphens only inside words: the first pattern cannot close
        m = rx.match(text)
        if m and m.end() < len(text) and len(m.group(0)) <= _DATELINE_LONGEST:
            return m.group(0), " " * m.end() + text[m.end() :]
    return "", text


_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "col",
    "gen",
    "lt",
    "sgt",
    "capt",
    "maj",
    "gov",
    "sen",
    "rep",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "jr",
    "sr",
    "prof",
    "rev",
    "approx",
    "etc",
    "inc",
    "co",
    "ltd",
    "fr",
    "brig",
    "cpl",
    "pvt",
    "adm",
    "cmdr",
    "lieut",
}
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n+|\s\|\s")
# Where a _BOUNDARY can start: at ".", "!", "?" or a newline, or one character before a "|". Trying
# _BOUNDARY only there finds the same boundaries as `finditer` (which tries every space, for "\s\|")
# at about a third of the cost. Each of the five characters is looked for on its own: `re` finds a
# pattern opening with one literal character in C at a fraction of the cost of one opening with a
# class of them, and `str.find` does the same for a newline or "|". From ".", "!" or "?" the pattern
# looked for is _BOUNDARY's first branch itself (".", "!" or "?", then any more of them: "[.!?]+"),
# so its match is the boundary, and the dots inside numbers ("3.5"), web addresses and initials before
# a small letter never reach the Python loop; a newline or "|" is matched from there by _BOUNDARY.
_STOP_BOUNDARIES = tuple(
    (c, re.compile(re.escape(c) + r"[.!?]*[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")) for c in ".!?"
)


def _boundary_starts(text: str) -> list[tuple[int, int]]:
    """(where a _BOUNDARY can start, where it ends: -1 when not matched yet), in order (see above). A
    stop's matches do not overlap, where _BOUNDARY tried from each stop would: one starting inside
    another ends where it does, and `sentences` skips every start before the last end."""
    found = [m.span() for m in _STOP_BOUNDARIES[0][1].finditer(text)]
    for char, pattern in _STOP_BOUNDARIES[1:]:
        if char in text:
            found += [m.span() for m in pattern.finditer(text)]
    for char in "\n|":
        at = text.find(char)
        while at >= 0:
            found.append((at - (char == "|"), -1))
            at = text.find(char, at + 1)
    found.sort()
    return found


# the word before a ".": the longest run of word characters and dots that ends there, read backwards
_TOKEN_BACKWARDS = re.compile(r"[\w.]+")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_LONGEST_ABBREV = max(map(len, _ABBREV))


def _word_before(text: str, lo: int, hi: int) -> str:
    r"""The last run of word characters and dots in `text[lo:hi]` (before one newline ending it), or "":
    what `re.search(r"([\w.]+)$", text[lo:hi])` finds, without trying the pattern at every position."""
    window = text[lo:hi]
    if window.endswith("\n"):
        window = window[:-1]  # ("$" also matches before a newline that ends the text)
    token = _TOKEN_BACKWARDS.match(window[::-1])
    return window[len(window) - token.end() :] if token else ""


def _abbreviation_before(text: str, lo: int, dot: int) -> bool:
    """Whether the word before the "." at `dot` (read from `lo`) is an abbreviation ("Mr.", "Oct."), a
    one-letter token or initials ("U.S"; a plain word is no initials)."""
    longer = dot - _LONGEST_ABBREV - 1
    if longer >= lo and text[longer:dot].isalpha():
        return False  # a word longer than every abbreviation, ending in a letter: no initials either
    w = _word_before(text, lo, dot).lower()
    return (
        w in _ABBREV or (len(w) == 1 and "a" <= w <= "z") or ("." in w and _INITIALS.fullmatch(w) is not None)
    )


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


# A frozen dataclass sets each field through `object.__setattr__` in a Python `__init__`; `sentences`
# makes one per sentence of every item read, so it fills the slots directly (the same object).
_NEW = object.__new__
_SET_START, _SET_END, _SET_TEXT = (vars(Sentence)[field].__set__ for field in ("start", "end", "text"))


def _sentence(start: int, end: int, text: str) -> Sentence:
    sent = _NEW(Sentence)
    _SET_START(sent, start)
    _SET_END(sent, end)
    _SET_TEXT(sent, text)
    return sent


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets in `text`."""
    out: list[Sentence] = []
    start = 0
    scanned = 0  # where the last boundary (kept or not) ended: `finditer` would go on from there
    for at, boundary_end in _boundary_starts(text):
        if at < scanned:
            continue
        if boundary_end < 0:
            m = _BOUNDARY.match(text, at)
            if m is None:
                continue
            boundary_end = m.end()
        scanned = boundary_end
        if text[at] == "." and _abbreviation_before(text, max(start, at - 24), at):
            continue
        end = at + (1 if text[at] in ".!?" else 0)
        chunk = text[start:end]
        if chunk.strip():
            out.append(_sentence(start, end, chunk))
        start = boundary_end
    rest = text[start:]
    if rest.strip():
        out.append(_sentence(start, len(text), rest))
    return out


def clean(text: str) -> tuple[str, str]:
    """(first dateline, text) with quotes normalised and each line's dateline blanked out (a title and
    its summary each may open with one)."""
    lines = normalise(text).split("\n")
    first = ""
    out = []
    for line in lines:
        dateline, rest = strip_dateline(line)
        first = first or dateline
        out.append(rest)
    return first, "\n".join(out)
