"""The outline of a Python regular expression that RE2 can read: a cheap test that it cannot match.

A large `re` alternation with lookarounds (`casualty_one_victim._one_victim_re`) is tried branch by
branch at every position of a sentence, and most sentences it is asked about hold no match. Its
outline is the same pattern with every lookaround and `$` left out, run by RE2 in one linear scan.
Leaving out a zero-width test only widens what a pattern matches, so in ASCII text (where `\\w`,
`\\d`, `\\b` and case folding mean the same to both engines, and `\\s` is widened to Python's ASCII
whitespace) every match of the pattern lies inside a match of its outline: no outline match, no
match.

Text beyond ASCII is read through its ASCII stand-in (`ascii_stand_in`): each character beyond ASCII
becomes one ASCII character that every part of a pattern written in ASCII accepts whenever it accepts
the original ("é" is a word character as "_" is, a no-break space a space as "\\x1f" is, "—" neither
as DEL is), so offsets stay and a match in the text is a match in its stand-in.
A pattern that names a character beyond ASCII itself (a literal or an escape of one) is not read
so: for it, text beyond ASCII is not tested (`absent_in` answers False).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import re2

# Python's `\s` in ASCII text also holds \v and \x1c-\x1f, RE2's does not
_SPACE_CLASS_BODY = r"\s\x0b\x1c-\x1f"
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


# Characters beyond ASCII fall in three kinds for a pattern written in ASCII (its literals and ranges
# never match them): word characters ("é"), spaces (a no-break space), the rest ("—"). Each kind's
# stand-in is an ASCII character of the same kind that no literal of a negated class names in the
# patterns read so (checked per pattern: `_stand_ins_hold`). Digits of other scripts (\d, which no
# ASCII character is outside 0-9) and the four letters IGNORECASE folds to ASCII ("İ", "ı", "ſ", the
# Kelvin sign) have no such stand-in: a text holding one is not read through one.
_KINDS = ((re.compile(r"\w"), "_", "\u00e9"), (re.compile(r"\s"), "\x1f", "\u00a0"), (None, "\x7f", "\u2014"))
_DIGIT = re.compile(r"\d")
# A pattern that names a character beyond ASCII (or may: an escape of a code point past 0x7f, a
# Unicode name, an octal escape) may match one that its stand-in does not
_NAMES_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]|\\(?:[uUN0-7]|x[89a-fA-F])")
_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=4096)
def _stand_in_char(c: str) -> str:
    """The ASCII stand-in of `c` (beyond ASCII), "" when it has none."""
    if c in _LOOKALIKES or _DIGIT.match(c):
        return ""
    for kind, stand_in, _ in _KINDS:
        if kind is None or kind.match(c):
            return stand_in
    raise AssertionError("the last kind takes every character")


def _stand_in_error(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chars = [_stand_in_char(c) for c in error.object[error.start : error.end]]
    if "" in chars:
        raise _NoStandIn
    return "".join(chars), error.end


class _NoStandIn(Exception):
    pass


codecs.register_error("re2_outline_stand_in", _stand_in_error)


@lru_cache(maxsize=256)
def ascii_stand_in(text: str) -> bytes | None:
    """`text` in ASCII, each character beyond ASCII replaced by its stand-in (one for one: offsets
    stay), or None when a character has none (a digit of another script, a letter IGNORECASE folds to
    ASCII). Cached: the outlines of one item ask about the same sentences (the error handler costs
    far more than the scan)."""
    try:
        return text.encode("ascii", "re2_outline_stand_in")
    except _NoStandIn:
        return None


def names_beyond_ascii(pattern: str) -> bool:
    """Whether `pattern` may name a character beyond ASCII itself (then its stand-in is no proof)."""
    return _NAMES_BEYOND_ASCII.search(pattern) is not None


def _stand_ins_hold(outline: str, flags: int) -> bool:
    """Whether every negated class of `outline` (an RE2 outline, in ASCII) accepts each stand-in when
    it accepts the characters of its kind: its literals and ranges must not name a stand-in."""
    i, n = 0, len(outline)
    while i < n:
        c = outline[i]
        if c == "\\":
            i += 2
        elif c == "[":
            end = _class_end(outline, i)
            if outline.startswith("[^", i):
                cls = re.compile(outline[i:end], flags)
                for _, stand_in, example in _KINDS:
                    if cls.match(example) and not cls.match(stand_in):
                        return False
            i = end
        else:
            i += 1
    return True


# `$` (no MULTILINE) as RE2 reads it: the end of the text, or before a newline ending it
END = r"(?:\n?\z)"


def outline_pattern(pattern: str, dollar: str = "") -> str:
    """`pattern` less its lookarounds, with `\\s` widened (see the module's doc) and `$` written as
    `dollar` (by default left out). Raises ValueError on a construct RE2 has no counterpart for
    (backreference, atomic group, conditional)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            esc = pattern[i : i + 2]
            if esc[1:2].isdigit() and esc[1] != "0":
                raise ValueError(f"backreference at {i}")
            out.append(f"[{_SPACE_CLASS_BODY}]" if esc == r"\s" else r"\z" if esc == r"\Z" else esc)
            i += 2
        elif c == "[":
            end = _class_end(pattern, i)
            out.append(pattern[i:end].replace(r"\s", _SPACE_CLASS_BODY))
            i = end
        elif c == "(" and pattern.startswith(_LOOKAROUNDS, i):
            i = _group_end(pattern, i)
        elif c == "(" and pattern.startswith(("(?>", "(?(", "(?P="), i):
            raise ValueError(f"no RE2 counterpart at {i}: {pattern[i : i + 4]!r}")
        elif c == "$":
            out.append(dollar)
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class that opens at `i`."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1  # a "]" first in a class is a literal
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index after the group that opens at `i`."""
    depth, j = 0, i
    while True:
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(pattern, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


def raw_set(found: Any) -> Any:
    """The compiled RE2 set inside a `re2.Set`: its `Match(bytes)` gives the list of the patterns that
    occur (empty when none), as the wrapper does (None when none) less its type test, which costs a
    third of a short scan. The wrapper itself if a version of google-re2 keeps it elsewhere."""
    return getattr(found, "_set", found)


_UNANCHORED = re2._Anchor.UNANCHORED


def raw_regexp(compiled: Any) -> Any:
    """The compiled RE2 object inside a `re2` pattern: its `Match(anchor, bytes, pos, endpos)` gives the
    spans of a match ((-1, -1) first when none) where the wrapper's `search` encodes the text, counts
    characters to bytes and builds a match object in Python (~5 µs a call on a short text). None if a
    version of google-re2 keeps it elsewhere (then the wrapper is used)."""
    return getattr(compiled, "_regexp", None)


def presence(pattern: Any) -> Any:
    """A one-pattern RE2 set of the compiled RE2 `pattern`, with its options: `Match(data)` says whether
    the pattern occurs in `data` (None when not) from one forward scan and one call into RE2, where
    `search` also scans back for where the match starts and builds a match object in Python."""
    found = re2.Set.SearchSet(pattern.options)
    found.Add(pattern.pattern)
    found.Compile()
    return raw_set(found)


class Outline:
    """The RE2 outline of a compiled `re` pattern (of its flags only IGNORECASE is carried over), or of
    each of `branches`, the top-level alternatives of the pattern, to tell which of them may match.
    `keep_end`: `$` stays in the outline (`END`), for a pattern asked whether it matches at the end of
    a stretch ("in the $" before a place): where an outline without it would occur nearly always."""

    def __init__(
        self, compiled: re.Pattern[str], branches: list[str] | None = None, keep_end: bool = False
    ) -> None:
        if compiled.flags & ~(re.IGNORECASE | re.UNICODE):
            raise ValueError("only IGNORECASE is carried over")
        options = re2.Options()
        options.never_capture = True
        options.max_mem = 64 << 20  # the lazy DFA of a large alternation outgrows the 8 MiB default
        fold = "(?i)" if compiled.flags & re.IGNORECASE else ""
        end = END if keep_end else ""
        # a set: its match says which patterns occur from one forward scan, where `search` would also
        # run a reverse scan for where the match starts
        self._set: Any = re2.Set.SearchSet(options)
        for pattern in branches or [compiled.pattern]:
            self._set.Add(fold + outline_pattern(pattern, end))  # raises re2.error if RE2 cannot read it
        self._set.Compile()
        self._match = raw_set(self._set).Match
        self._options, self._whole = options, fold + outline_pattern(compiled.pattern, end)
        # In ASCII text the outline of a pattern with nothing left out (no lookaround; `$` kept) matches
        # exactly where the pattern does: `\b`, `\w`, `\s` (widened) and case folding mean the same to
        # both engines there, and whether a match exists does not depend on how either one looks.
        self.exact = keep_end and branches is None and not any(la in compiled.pattern for la in _LOOKAROUNDS)
        self._searcher: Any = None
        self._raw_searcher: Any = None
        # text beyond ASCII is read through its stand-in, unless the pattern names such characters
        patterns = [compiled.pattern, *(branches or ())]
        self._stand_in = not any(names_beyond_ascii(p) for p in patterns) and all(
            _stand_ins_hold(outline_pattern(p), compiled.flags) for p in patterns
        )

    def _ascii(self, text: str) -> bytes | None:
        """`text` as the outline reads it: itself in ASCII, its stand-in, or None (not read)."""
        if text.isascii():
            return text.encode("ascii")
        return ascii_stand_in(text) if self._stand_in else None  # None: no stand-in

    def absent_in(self, text: str) -> bool:
        """True when the pattern surely has no match in `text` (no outline match in the text, or in its
        ASCII stand-in)."""
        data = self._ascii(text)
        return data is not None and not self._match(data)

    def absent_between(self, text: str, lo: int, hi: int, sliced: bool = False) -> bool:
        """True when `pattern.search(text, lo, hi)` surely finds nothing: no outline match in
        `text[lo - 1 : hi]` (from the character before `lo`, which `\\b` at `lo` reads; a match
        starting there widens the outline, as leaving out lookarounds does), read as `absent_in` reads
        a text (the stand-in of the whole text, sliced, beyond ASCII). `sliced`: for
        `pattern.search(text[lo:hi])` instead, which reads no character before `lo`."""
        if not sliced:
            lo = max(0, lo - 1)
        part = text[lo:hi]
        if part.isascii():
            return not self._match(part.encode("ascii"))
        whole = ascii_stand_in(text) if self._stand_in else None
        return whole is not None and not self._match(whole[lo:hi])

    def first_start(self, text: str) -> int | None:
        """Where the first outline match in `text` starts, None when there is none: every match of the
        pattern is a match of its outline, so none starts earlier, and `pattern.search(text, start)`
        finds what `pattern.search(text)` does, without trying the positions before. 0 for text beyond
        ASCII the pattern names itself. (A search costs more than `absent_in`: ask it first.)"""
        data = self._ascii(text)
        if data is None:
            return 0
        if self._searcher is None:
            self._searcher = re2.compile(self._whole, self._options)
            self._raw_searcher = raw_regexp(self._searcher)
        if self._raw_searcher is None:
            m = self._searcher.search(data.decode("ascii"))  # one character for one: the same offsets
            return None if m is None else int(m.start())
        # on the ASCII bytes (the same offsets); with never_capture the one span is the match's
        start = self._raw_searcher.Match(_UNANCHORED, data, 0, len(data))[0][0]
        return None if start < 0 else int(start)

    def branches_in(self, text: str) -> frozenset[int] | None:
        """The indices of the branches that may match in `text` (their outlines occur); None when any
        may (text beyond ASCII, for a pattern that names such characters)."""
        data = self._ascii(text)
        if data is None:
            return None
        return frozenset(self._match(data) or ())


class AnchoredOutline:
    """The RE2 outline of a compiled `re` pattern for `pattern.match(text, pos)`: one anchored RE2 scan
    of the text from the character before `pos` (which `\\b` and lookbehinds at `pos` read), that
    character taken by a leading any-character, says when the pattern cannot match at `pos`."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        if compiled.flags & ~(re.IGNORECASE | re.UNICODE):
            raise ValueError("only IGNORECASE is carried over")
        options = re2.Options()
        options.never_capture = True
        options.max_mem = 64 << 20
        fold = "(?i)" if compiled.flags & re.IGNORECASE else ""
        self._set: Any = re2.Set.MatchSet(options)
        self._set.Add(f"{fold}(?s:.)(?:{outline_pattern(compiled.pattern)})")
        self._set.Compile()
        self._match = raw_set(self._set).Match
        self._stand_in = not names_beyond_ascii(compiled.pattern) and _stand_ins_hold(
            outline_pattern(compiled.pattern), compiled.flags
        )

    def absent_at(self, text: str, pos: int) -> bool:
        """True when the pattern surely has no match at `pos` of `text` (`pos` > 0, ASCII text from the
        character before it, or its ASCII stand-in, and no outline match there)."""
        if pos <= 0:
            return False
        tail = text[pos - 1 :]
        if tail.isascii():
            return not self._match(tail.encode("ascii"))
        # the whole text's stand-in (cached, asked at each position) from the same offset
        whole = ascii_stand_in(text) if self._stand_in else None
        return whole is not None and not self._match(whole[pos - 1 :])


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its top level ("a|(b|c)" -> ["a", "(b|c)"]): a "|" outside
    every group and character class."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("^]", i + 1) or pattern.startswith("]", i + 1):
                i += 2 if pattern[i + 1] == "]" else 3  # a "]" first in a class is a literal
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


# pattern's id -> (the pattern, its `Outline` with `$` kept); the pattern is kept so that its id is
# never reused. Keyed by id, not by the pattern: hashing a compiled pattern hashes its whole program
# (`re`'s Pattern.__hash__), tens of kilobytes for a large alternation, read from memory on every call.
_END_OUTLINES: dict[int, tuple[re.Pattern[str], Outline]] = {}


def _end_outline(pattern: re.Pattern[str]) -> Outline:
    """The `Outline` of `pattern` with `$` kept, built once (only module-level patterns are asked, so
    the table stays as small as the set of such patterns)."""
    got = _END_OUTLINES.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = _END_OUTLINES[id(pattern)] = (pattern, Outline(pattern, keep_end=True))
    return got[1]


def search_outlined(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether `pattern.search(text, lo, hi)` finds a match, the pattern tried only where its outline
    (with `$`) occurs: a `re.I` alternation opening with `\\b` is tried at every position of the text
    (a stretch of 60 characters before a place costs 5-15 µs), its outline in one linear scan. (For a
    short pattern without `re.I`, the RE2 call costs more than `re` does.)"""
    end = len(text) if hi is None else hi
    if _end_outline(pattern).absent_between(text, lo, end):
        return False
    return pattern.search(text, lo, end) is not None


def search_slice_outlined(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether `pattern.search(text[lo:hi])` finds a match (as `search_outlined`; in ASCII, an exact
    outline's answer is the pattern's own)."""
    outline = _end_outline(pattern)
    part = text[lo:hi]
    if outline.exact and part.isascii():
        return bool(outline._match(part.encode("ascii")))
    if outline.absent_between(text, lo, hi, sliced=True):
        return False
    return pattern.search(part) is not None


def search_from_outline(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """`pattern.search(text)`, started where the pattern's outline (with `$`) first matches. For a
    pattern that ends in `$` ("killed $" before a number) `re` tries its alternation at every
    position of the text and fails at all but the last few (~17 µs over 60 characters for
    `VERB_BEFORE`); the outline finds in one linear scan that no match ends the text, or where the
    first may start. No match of the pattern starts before its outline's first match, and a search
    from a later position reads the characters before it (`\\b`, look-behinds) as a search of the
    whole text does, so the match is the same."""
    outline = _end_outline(pattern)
    lo = max(0, pos - 1)  # from the character before `pos`, which `\\b` and look-behinds at `pos` read
    tail = text[lo:] if lo else text
    if outline.absent_in(tail):
        return None
    start = outline.first_start(tail)
    return None if start is None else pattern.search(text, max(pos, lo + start))


def finditer_outlined(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, or nothing when the pattern's outline does not occur in `text`."""
    if _end_outline(pattern).absent_in(text):
        return iter(())
    return pattern.finditer(text)
