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


def normalise(text: str) -> str:
    """Straight quotes and plain spaces, so patterns need one spelling of each."""
    return text.translate(_TRANSLATE)


_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_RES = (
    # "WASHINGTON (AP) —", "Madrid (EFE).-", "DAMASCUS, March 12 (Xinhua) --", "Addis Abeba —", "LONDON –"
    re.compile(
        rf"^\s*(?:[A-Z][\w'.-]*(?:[ ][A-Z][\w'.-]*){{0,2}}(?:,\s*[A-Z][\w.-]*(?:\s+\d{{1,2}})?)?"
        rf"|{_MONTHS}\s+\d{{1,2}})?\s*(?:\([^)]{{1,40}}\))?\s*\.?(?:—|–|--|-(?=\s)|\.-)\s*"
    ),
    # "MADRID:", "KABUL (Pajhwok):", "CARICOM (Agencies):"
    re.compile(r"^\s*[A-Z][A-Z' .-]{2,30}(?:\s*\([^)]{1,40}\))?\s*:\s+"),
    re.compile(r"^\s*[A-Z][\w' .-]{1,30}\s*\([^)]{1,40}\)\s*[:.-]+\s+"),
    # "Yerevan/Mediamax/.", "Shafaq News/"
    re.compile(r"^\s*[A-Z][\w .-]{1,30}/(?:[\w .-]{1,30}/)?\.?\s+"),
)


def strip_dateline(text: str) -> tuple[str, str]:
    """(dateline, rest): the wire-story place tag at the start, which is where a story was filed,
    not necessarily where it happened."""
    for rx in _DATELINE_RES:
        m = rx.match(text)
        if m and m.end() < len(text) and len(m.group(0)) <= 60:
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


_LAST_TOKEN = re.compile(r"([\w.]+)$")
_ONE_LETTER = re.compile(r"[a-z]")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets in `text`."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            word = _LAST_TOKEN.search(text, max(start, m.start() - 24), m.start())
            w = word.group(1).lower() if word else ""
            if w in _ABBREV or _ONE_LETTER.fullmatch(w) or _INITIALS.fullmatch(w):
                continue
        end = m.start() + (1 if text[m.start()] in ".!?" else 0)
        if text[start:end].strip():
            out.append(Sentence(start, end, text[start:end]))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text), text[start:]))
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
