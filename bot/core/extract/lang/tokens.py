"""Text as the lexicon-driven reader sees it: normalised letters, tokens with offsets into the original
text, and a matcher of word lists over those tokens (pure; no I/O).

Normalising (`normalise`): lowercase; combining marks dropped (Hebrew niqqud, Arabic harakat, the
dot Turkish "İ" leaves after lowercasing); the Arabic tatweel dropped; the letters Arabic and
Persian write differently folded to one form (ي ی ى -> ي, ك ک -> ك, أ إ آ ٱ -> ا, ة -> ه), so a
word list written in one spelling reads the others. Every normalised character keeps the offset
of the original character it came from, so a quote is always the original text.

Tokens are runs of letters or runs of digits (a digit run may hold thousands separators: "26,900",
"37.431", "22 313", "٢٣٬٤٥٦"); "و775" is two tokens, "و" and "775", and so is "ב-24".

Matching (`WordMatcher`): a list entry is a word, a phrase (words separated by spaces) or a prefix
("погиб*"). A token also matches after one of the language's proclitics is taken off its front
("والقتلى" reads as "القتلى" and "قتلى", "בעזה" as "עזה"), and a name also matches with one of
the language's endings taken off ("Германии" reads as "Германи"; see `names.py`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_FOLD = str.maketrans(
    {
        "ی": "ي",
        "ى": "ي",
        "ک": "ك",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ـ": None,
        "\u200c": None,  # zero-width non-joiner (Persian)
        "\u200f": None,  # right-to-left mark
        "\u200e": None,  # left-to-right mark
        "ё": "е",
        "’": "'",
        "ʼ": "'",
        "\u05f3": "'",  # Hebrew geresh: ג׳בליה is ג'בליה
        "\u05f4": '"',  # Hebrew gershayim: צה״ל is צה"ל
        "‘": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u066c": ",",  # Arabic thousands separator
        "\u066b": ".",  # Arabic decimal separator
    }
)


def fold(text: str) -> str:
    """One entry of a word list, normalised as text is (for building tables)."""
    low = text.lower()
    if len(low) == len(text) and _DROPPED.search(text) is None:
        return low.translate(_ONE_TO_ONE)  # normalise's own shortcut, without the offsets
    return normalise(text)[0]


_DROPPED = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200e\u200f]"
)
_ONE_TO_ONE = {k: v for k, v in _FOLD.items() if isinstance(v, str) and len(v) == 1}


# The Persian verbal prefix written apart from its verb ("می گوید", "نمی شود"), in the Persian yeh
# (U+06CC; the Arabic name "مي" stays a word of its own): with `join_prefixes`, the spaces after it are
# dropped as a half-space is, so "می‌گوید", "میگوید" and "می گوید" are one word
VERB_PREFIXES_APART = ("\u0645\u06cc", "\u0646\u0645\u06cc")  # "می", "نمی"
_PREFIX_APART = re.compile("(?<![^\\W\\d_])\u0646?\u0645\u06cc( +)(?=[^\\W\\d_])")


def _prefix_spaces(text: str) -> frozenset[int]:
    """The offsets of the spaces after a Persian verbal prefix written apart."""
    if "\u0645\u06cc " not in text:
        return frozenset()  # a cheap test first: most text holds none
    return frozenset(i for m in _PREFIX_APART.finditer(text) for i in range(m.start(1), m.end(1)))


def normalise(text: str, join_prefixes: bool = False) -> tuple[str, list[int]]:
    """(normalised text, for each of its characters the offset of the original character); with
    `join_prefixes`, a Persian verbal prefix written apart is joined to its verb."""
    low = text.lower()
    skip = _prefix_spaces(text) if join_prefixes else frozenset()
    if not skip and len(low) == len(text) and _DROPPED.search(text) is None:
        # most text: nothing dropped and nothing changes length, so offsets stay as they are
        return low.translate(_ONE_TO_ONE), list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if i in skip:
            continue
        if ch.isascii():
            out.append(ch.lower())
            where.append(i)
            continue
        for c in ch.lower():
            if unicodedata.combining(c):
                continue
            folded = c.translate(_FOLD)
            for f in folded:
                out.append(f)
                where.append(i)
    return "".join(out), where


# a date written with dots or slashes ("24.02.22", "7/10/2023") is one token, and no number
_TOKEN = re.compile(
    r"(?P<date>(?<![\d.,])\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\d.,]\d))|"
    r"(?P<num>\d{1,3}(?:(?:,|\.| )\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
)


_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # normalised
    start: int  # offsets in the normalised text
    end: int
    is_number: bool


def tokenize(norm: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(norm):
        word = m.group("word")
        if word is not None and "'" in word and not _HEBREW_LETTER.match(word) and not _CYRILLIC.match(word):
            # "l'ukraine", "gazze'de", "israel'in": the parts are words of their own (in Hebrew the
            # mark is a geresh, part of the letter: "ג'בליה" is Jabalia; a Cyrillic apostrophe is
            # inside one word: "п'ятеро", "м'янма")
            pos = m.start()
            for part in word.split("'"):
                out.append(Token(part, pos, pos + len(part), False))
                pos += len(part) + 1
            continue
        glued = out and out[-1].end == m.start() and out[-1].text.isascii() and out[-1].text.isalpha()
        if word is None and glued and m.group("date") is None:
            # "M23", "F35": a name with a number glued to its Latin letters is one word, no figure
            out[-1] = Token(out[-1].text + m.group(0), out[-1].start, m.end(), False)
            continue
        out.append(Token(m.group(0), m.start(), m.end(), word is None and m.group("date") is None))
    return out


@dataclass(frozen=True, slots=True)
class Hit:
    first: int  # token index
    last: int  # token index, inclusive
    label: str
    entry: str  # the list entry that matched, for `why`


_GAP_WORD = "..."  # in a phrase: up to _GAP words of anything ("setzt ... aus")
_GAP = 10

# (first word, the other words, last word is a prefix, label, the entry as written)
_Entry = tuple[str, tuple[str, ...], bool, str, str]


def entry_words(entry: str) -> list[str]:
    """The words of a list entry as the reader reads them: a Persian verbal prefix written apart joined
    to the word after it ("بررسی می کند" is "بررسی" and "میکند", as `normalise(join_prefixes=True)`
    reads it in text)."""
    words: list[str] = []
    for w in entry.split():
        if words and words[-1] in VERB_PREFIXES_APART:
            words[-1] += w
        else:
            words.append(w)
    return words


class WordMatcher:
    """Every entry of some labelled word lists, matched over tokens.

    `entries`: (label, entry) pairs; an entry ending in "*" matches as a prefix of its last word.
    `prefixes`: proclitics that may be taken off the front of a phrase's first token.
    `numbers`: the language's number words: "<num>" inside an entry (not first) stands for a number in
    digits or one of them ("ещё на <num> года": "ещё на два года", "ещё на 2 года")."""

    def __init__(
        self,
        entries: list[tuple[str, str]],
        prefixes: tuple[str, ...] = (),
        numbers: frozenset[str] = frozenset(),
    ) -> None:
        self._numbers = numbers
        self._exact: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}
        self._prefixes = tuple(sorted(prefixes, key=len, reverse=True))
        # the proclitics by their first letter: a token tries only those it starts with
        self._by_first: dict[str, tuple[str, ...]] = {}
        for p in self._prefixes:
            self._by_first[p[:1]] = (*self._by_first.get(p[:1], ()), p)
        for label, entry in entries:
            is_prefix = entry.endswith("*")
            words = tuple(fold(w) for w in entry_words(entry.rstrip("*")))
            if not words or not words[0]:
                continue
            first, rest = words[0], words[1:]
            if is_prefix and not rest:
                self._prefix.setdefault(first[:2], []).append((first, rest, is_prefix, label, entry))
            else:
                self._exact.setdefault(first, []).append((first, rest, is_prefix, label, entry))
        # what a token must be, or start with, to be worth trying: every entry's first word and every
        # prefix entry's stem, each also behind every proclitic ("והרוגים" may hold "הרוגים")
        stems = {first for bucket in self._prefix.values() for first, *_ in bucket}
        self._firsts = frozenset(self._exact) | {p + w for p in self._prefixes for w in self._exact}
        all_stems = stems | {p + w for p in self._prefixes for w in stems}
        self._stems = tuple(sorted(all_stems))
        # the stems by their first two letters: a token asks only those it starts with
        self._short_stems = tuple(sorted(w for w in all_stems if len(w) < 2))
        self._stems_at: dict[str, tuple[str, ...]] = {}
        for w in sorted(all_stems):
            if len(w) >= 2:
                self._stems_at[w[:2]] = (*self._stems_at.get(w[:2], ()), w)

    def _may_start(self, text: str) -> bool:
        """Whether an entry may start at a token of this text: it is an entry's first word or starts
        with a prefix entry's stem (each maybe behind a proclitic)."""
        if text in self._firsts:
            return True
        stems = self._stems_at.get(text[:2])
        if stems is not None and text.startswith(stems):
            return True
        return bool(self._short_stems) and text.startswith(self._short_stems)

    def _forms(self, word: str) -> list[str]:
        forms = [word]
        for p in self._by_first.get(word[:1], ()):
            if word.startswith(p) and len(word) - len(p) >= 2:
                forms.append(word[len(p) :])
        return forms

    def hits(self, tokens: list[Token]) -> list[Hit]:
        """Every match, longest first at each token; matches may overlap."""
        out: list[Hit] = []
        for i in self._starts(tokens):
            tok = tokens[i]
            if tok.is_number:
                continue
            text = tok.text
            best: Hit | None = None
            for form in self._forms(text) if self._by_first else (text,):
                for _first, rest, is_prefix, label, entry in self._exact.get(form, ()):
                    end = self._rest_matches(tokens, i + 1, rest, is_prefix, self._numbers)
                    if end is not None and (best is None or end > best.last):
                        best = Hit(i, end, label, entry)
                if best is None:
                    longest = ""
                    for first, _rest, _is_prefix, label, entry in self._prefix.get(form[:2], ()):
                        if form.startswith(first) and len(first) > len(longest):
                            longest, best = first, Hit(i, i, label, entry)
            if best is not None:
                out.append(best)
        return out

    def _starts(self, tokens: list[Token]) -> list[int]:
        """The indexes of the tokens where an entry may start (`_may_start`), in one scan: a set
        test in C when no token is an entry's first word and the lists have no prefix entry (most
        lists meet none of an item's words), else one comprehension with the tests inlined."""
        texts = [t.text for t in tokens]
        firsts = self._firsts
        if not self._stems:
            if firsts.isdisjoint(texts):
                return []
            return [i for i, w in enumerate(texts) if w in firsts]
        at, short = self._stems_at, self._short_stems
        if short:
            return [
                i for i, w in enumerate(texts)
                if w in firsts
                or ((s := at.get(w[:2])) is not None and w.startswith(s))
                or w.startswith(short)
            ]  # fmt: skip
        return [
            i for i, w in enumerate(texts)
            if w in firsts or ((s := at.get(w[:2])) is not None and w.startswith(s))
        ]  # fmt: skip

    @staticmethod
    def _rest_matches(
        tokens: list[Token],
        at: int,
        rest: tuple[str, ...],
        is_prefix: bool,
        numbers: frozenset[str] = frozenset(),
    ) -> int | None:
        if not rest:
            return at - 1
        if at + len(rest) - (_GAP_WORD in rest) > len(tokens):
            return None
        for k, word in enumerate(rest):
            if word == _GAP_WORD:
                # "setzt ... aus": a separable verb around its object, the particle a few words on
                tail = rest[k + 1 :]
                for j in range(at + k, min(at + k + _GAP, len(tokens))):
                    end = WordMatcher._rest_matches(tokens, j, tail, is_prefix, numbers)
                    if end is not None:
                        return end
                return None
            tok = tokens[at + k].text
            last = k == len(rest) - 1
            if word == "<n>" and tokens[at + k].is_number:
                continue  # "vor <n> Jahren": "<n>" in a phrase stands for any number in digits
            if word == "<num>" and (tokens[at + k].is_number or tok in numbers):
                continue  # "ещё на <num> года": a number in digits or in words
            if not (tok == word or (last and is_prefix and tok.startswith(word))):
                return None
        return at + len(rest) - 1


def outermost(hits: list[Hit]) -> list[Hit]:
    """The hits no longer hit covers: 'مقتل وإصابة' (killed and injured), not 'إصابة' inside it."""
    return [
        h for h in hits
        if not any(o.first <= h.first and h.last <= o.last and o.last - o.first > h.last - h.first
                   for o in hits)
    ]  # fmt: skip
