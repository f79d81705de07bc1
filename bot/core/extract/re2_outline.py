"""The outline of a Python regular expression that RE2 can read: a cheap test that it cannot match.

A large `re` alternation with lookarounds (`casualty_one_victim._one_victim_re`) is tried branch by
branch at every position of a sentence, and most sentences it is asked about hold no match. Its
outline is the same pattern with every lookaround and `$` left out, run by RE2 in one linear scan.
Leaving out a zero-width test only widens what a pattern matches, so in ASCII text (where `\\w`,
`\\d`, `\\b` and case folding mean the same to both engines, and `\\s` is widened to Python's ASCII
whitespace) every match of the pattern lies inside a match of its outline: no outline match, no
match. Text beyond ASCII is not tested (`absent_in` answers False).
"""

from __future__ import annotations

import re
from typing import Any

import re2

# Python's `\s` in ASCII text also holds \v and \x1c-\x1f, RE2's does not
_SPACE_CLASS_BODY = r"\s\x0b\x1c-\x1f"
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def outline_pattern(pattern: str) -> str:
    """`pattern` less its lookarounds and `$`, with `\\s` widened (see the module's doc). Raises
    ValueError on a construct RE2 has no counterpart for (backreference, atomic group, conditional)."""
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
    each of `branches`, the top-level alternatives of the pattern, to tell which of them may match."""

    def __init__(self, compiled: re.Pattern[str], branches: list[str] | None = None) -> None:
        if compiled.flags & ~(re.IGNORECASE | re.UNICODE):
            raise ValueError("only IGNORECASE is carried over")
        options = re2.Options()
        options.never_capture = True
        options.max_mem = 64 << 20  # the lazy DFA of a large alternation outgrows the 8 MiB default
        fold = "(?i)" if compiled.flags & re.IGNORECASE else ""
        # a set: its match says which patterns occur from one forward scan, where `search` would also
        # run a reverse scan for where the match starts
        self._set: Any = re2.Set.SearchSet(options)
        for pattern in branches or [compiled.pattern]:
            self._set.Add(fold + outline_pattern(pattern))  # raises re2.error if RE2 cannot read it
        self._set.Compile()
        self._match = raw_set(self._set).Match
        self._options, self._whole = options, fold + outline_pattern(compiled.pattern)
        self._searcher: Any = None

    def absent_in(self, text: str) -> bool:
        """True when the pattern surely has no match in `text` (ASCII text without an outline match)."""
        return text.isascii() and not self._match(text.encode("ascii"))

    def first_start(self, text: str) -> int | None:
        """Where the first outline match in `text` starts, None when there is none: every match of the
        pattern is a match of its outline, so none starts earlier, and `pattern.search(text, start)`
        finds what `pattern.search(text)` does, without trying the positions before. 0 for text beyond
        ASCII. (A search costs more than `absent_in`: ask it first.)"""
        if not text.isascii():
            return 0
        if self._searcher is None:
            self._searcher = re2.compile(self._whole, self._options)
        m = self._searcher.search(text)
        return None if m is None else int(m.start())

    def branches_in(self, text: str) -> frozenset[int] | None:
        """The indices of the branches that may match in `text` (their outlines occur); None when any
        may (text beyond ASCII)."""
        if not text.isascii():
            return None
        return frozenset(self._match(text.encode("ascii")) or ())


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

    def absent_at(self, text: str, pos: int) -> bool:
        """True when the pattern surely has no match at `pos` of `text` (`pos` > 0, ASCII text from the
        character before it, and no outline match there)."""
        if pos <= 0:
            return False
        tail = text[pos - 1 :]
        return tail.isascii() and not self._match(tail.encode("ascii"))
