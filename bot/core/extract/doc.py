"""One pass over an item's text that every extractor shares (pure; no I/O).

`has_trigger(text)` is the gate: one RE2 scan for the trigger stems of all three extractors ("kill",
"toll", "embargo", "weapon", "recogni" ...), confirmed by the Aho-Corasick automaton below when it
finds one. An item with none of them costs that one scan. Otherwise `prepare(text)` cleans the text
(quotes, datelines), splits it into sentences once, and runs the automaton (stems and number words)
over it, so each sentence carries a bit mask of the stem families found in it and each extractor
reads only the sentences that can hold its facts.

The stem lists (section [stems] of lexicon/en.toml) are the whole prefilter: an extractor never sees a
sentence without one of its stems, so a new phrasing that needs a new word must add it there too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick
import re2

from bot.core.extract.lexicon import lexicon
from bot.core.extract.re2_outline import presence
from bot.core.extract.text import SPACES, Sentence, clean, sentences

CASUALTY = 1  # a casualty word
NUMBER = 2  # a number word (digits are tested separately)
EMBARGO = 4  # an arms, embargo or arms-trade word
RECOGNITION = 8  # "recogni"
_TRIGGERS = CASUALTY | EMBARGO | RECOGNITION


def _stems(key: str) -> tuple[str, ...]:
    """A stem list of the English lexicon's [stems] section (lexicon/en.toml)."""
    return lexicon("en").words("stems", key)


@lru_cache(maxsize=1)
def _automaton() -> Any:
    auto = ahocorasick.Automaton()
    keys: dict[str, tuple[int, bool]] = {}
    for stems, family, whole_word in (
        (_stems("casualty"), CASUALTY, False),
        (_stems("casualty_words"), CASUALTY, True),
        (_stems("numbers"), NUMBER, True),
        (_stems("embargo"), EMBARGO, False),
        (_stems("embargo_words"), EMBARGO, True),
        (_stems("recognition"), RECOGNITION, False),
    ):
        for stem in stems:
            old_family, old_whole = keys.get(stem, (0, whole_word))
            keys[stem] = (old_family | family, old_whole and whole_word)
    for stem, (family, whole_word) in keys.items():
        auto.add_word(stem, (len(stem), family, whole_word))
    auto.make_automaton()
    return auto


def lower_same_length(text: str) -> str:
    """`text.lower()`, keeping offsets exact (a few characters grow when lowercased)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _hits(low: str) -> list[tuple[int, int]]:
    """(start, family) of every stem in lowercased `low`."""
    out: list[tuple[int, int]] = []
    n = len(low)
    for end, (length, family, whole_word) in _automaton().iter(low):
        start = end - length + 1
        if whole_word and (
            (start > 0 and low[start - 1].isalpha()) or (end + 1 < n and low[end + 1].isalpha())
        ):
            continue
        out.append((start, family))
    return out


def families(text: str, until: int = 0) -> int:
    """The stem families present anywhere in `text`. With `until`, the scan stops at the first stem
    of one of those families (the caller only asks whether one is there)."""
    if not until:
        mask = 0
        for _, family in _hits(text.lower()):
            mask |= family
        return mask
    low = text.lower()
    n = len(low)
    mask = 0
    for end, (length, family, whole_word) in _automaton().iter(low):
        start = end - length + 1
        if whole_word and (
            (start > 0 and low[start - 1].isalpha()) or (end + 1 < n and low[end + 1].isalpha())
        ):
            continue
        mask |= family
        if mask & until:
            break
    return mask


@lru_cache(maxsize=1)
def _rough_gate() -> Any:
    """Every trigger stem as one case-insensitive RE2 pattern: true of every text `has_trigger`
    accepts, and of a few more ("dead" after a non-ASCII letter). RE2 scans in C without stopping at
    each number word and needs no lowercased copy, so the ~85% of items with no trigger cost well
    under half the automaton pass; the rest are confirmed by that pass. Built from the stem lists
    in the lexicon, so they stay the one place to edit.

    `str.lower` and RE2's case folding differ on one letter: "İ".lower() is "i" plus a combining
    dot, so "RECOGNİTION" lowercases to a text holding "recogni". A stem ending in "i" also accepts
    "İ" there; no stem has an "i" elsewhere that "İ" could supply."""

    def alt(stem: str) -> str:
        return re.escape(stem[:-1]) + "[i\u0130]" if stem.endswith("i") else re.escape(stem)

    def longest_first(found: set[str]) -> list[str]:  # ties by text: the same pattern in every process
        return sorted(found, key=lambda stem: (-len(stem), stem))

    stems = longest_first({*_stems("casualty"), *_stems("embargo"), *_stems("recognition")})
    words = longest_first({*_stems("casualty_words"), *_stems("embargo_words")})
    pattern = (
        "(?i)"
        + "|".join(alt(s) for s in stems)
        + "|(?:^|[^a-z])(?:"
        + "|".join(alt(w) for w in words)
        + ")(?:[^a-z]|$)"
    )
    options = re2.Options()
    options.never_capture = True
    return re2.compile(pattern, options)


@lru_cache(maxsize=1)
def _rough_gate_set() -> Any:
    return presence(_rough_gate())  # the gate asks only whether it matches


def may_trigger(text: str) -> bool:
    """The gate's RE2 scan (`_rough_gate`): False means `has_trigger(text)` is False."""
    # RE2 reads UTF-8; encoding here (the wrapper would too) skips its offset bookkeeping, and
    # "replace" turns a lone surrogate, which UTF-8 cannot hold, into "?" (neither is a letter)
    return bool(_rough_gate_set().Match(text.encode("utf-8", "replace")))


def has_trigger(text: str, rough_found: bool = False) -> bool:
    """Whether `text` holds any casualty, arms or recognition stem: the one-scan gate, stopping at the
    first one found (most items have none and cost one RE2 scan). `rough_found`: the caller's own
    scan already found the rough gate's pattern in `text` (`lang.first_look`, `may_trigger`), so it
    is not run again."""
    if not rough_found and not may_trigger(text):
        return False
    low = text.lower()
    n = len(low)
    for end, (length, family, whole_word) in _automaton().iter(low):
        if not family & _TRIGGERS:
            continue
        start = end - length + 1
        if whole_word and (
            (start > 0 and low[start - 1].isalpha()) or (end + 1 < n and low[end + 1].isalpha())
        ):
            continue
        return True
    return False


def stem_hits(text: str) -> list[tuple[int, int]] | None:
    """(start, family) of every stem in `text`, or None when `normalise` would change a space in it
    (or remove a character) or a letter of it changes length when lowercased.

    Otherwise `has_trigger`, `families` (of the normalised text) and `prepare`'s own pass would each
    run the automaton over the same lowercased text, up to quote marks (which no stem holds, and
    which are no letters either side of a whole word: the hits are the same), so this one pass
    stands for all three: `has_trigger(text)` is whether a hit is of `_TRIGGERS`, `families` the
    union of the hits' families, and `prepare(text, ..., hits)` keeps the hits outside the datelines
    it blanks. (A space `normalise` makes may join a stem of two words: "gunned\u00a0down".)"""
    if not text.isascii() and any(char in text for char in SPACES):
        return None
    low = text.lower()
    if len(low) != len(text):
        return None
    return _hits(low)


def union_of(hits: list[tuple[int, int]]) -> int:
    """The families of `hits`: `families` of the text they were found in."""
    mask = 0
    for _, family in hits:
        mask |= family
    return mask


_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def has_digit(text: str) -> bool:
    """Whether `text` holds a digit (`\\d`: of any script). The ten ASCII digits are looked for first,
    each with `in` (a C scan, far cheaper than the regex testing a class at every character); only a
    text with none of them and a character beyond ASCII is searched for another script's digit."""
    for digit in _ASCII_DIGITS:  # a plain loop: `any()` over a generator costs more than the tests
        if digit in text:
            return True
    return not text.isascii() and _DIGIT.search(text) is not None


@dataclass(frozen=True, slots=True)
class Doc:
    """An item's cleaned text, its sentences, and per sentence the stem families found in it."""

    dateline: str
    body: str
    sents: list[Sentence]
    masks: list[int]
    mask: int  # union of the sentence masks
    number_words: list[list[int]]  # per sentence: where number words start (offsets in the sentence)
    casualty_words: list[list[int]]  # per sentence: where casualty words start

    def having(self, family: int) -> list[Sentence]:
        return [s for s, m in zip(self.sents, self.masks, strict=True) if m & family]

    def casualty_sentences(self) -> list[tuple[Sentence, list[int], list[int]]]:
        """(sentence, where its number words start, where its casualty words start) for sentences with
        a casualty word and a number (in digits or words)."""
        return [
            (s, w, c)
            for s, m, w, c in zip(self.sents, self.masks, self.number_words, self.casualty_words, strict=True)
            if m & CASUALTY and (m & NUMBER or has_digit(s.text))
        ]


_EMPTY = Doc("", "", [], [], 0, [], [])


def prepare(text: str, gate: int | None = None, text_hits: list[tuple[int, int]] | None = None) -> Doc:
    """The shared reading of `text`; an empty Doc when no stem of any family is in it.

    `gate` is the caller's already computed `families(text)`, when it has one; `text_hits` its
    `stem_hits(text)`, when that is not None.
    """
    if gate is None:
        gate = _TRIGGERS if has_trigger(text) else 0
    if not gate & _TRIGGERS:
        return _EMPTY
    dateline, body = clean(text)
    sents = sentences(body)
    if text_hits is None:
        hits = _hits(lower_same_length(body))
    else:
        # `clean` changed nothing but the datelines it blanked (`normalise` leaves a text with
        # `stem_hits` as it is). A stem starts with a letter or digit, so a hit starting on a blank is
        # one in a dateline; a stem never holds a dateline's last characters ("— ", ": ", "/ "), so no
        # hit runs from a dateline into the body, and the body's hits are the text's outside datelines.
        hits = [(pos, family) for pos, family in text_hits if body[pos] != " "]
    starts = [s.start for s in sents]
    masks = [0] * len(sents)
    number_words: list[list[int]] = [[] for _ in sents]
    casualty_words: list[list[int]] = [[] for _ in sents]
    for pos, family in hits:
        i = bisect_right(starts, pos) - 1
        if 0 <= i < len(sents) and pos < sents[i].end:
            masks[i] |= family
            if family & NUMBER:
                number_words[i].append(pos - sents[i].start)
            if family & CASUALTY:
                casualty_words[i].append(pos - sents[i].start)
    union = 0
    for m in masks:
        union |= m
    return Doc(dateline, body, sents, masks, union, number_words, casualty_words)
