"""`finditer` of a large `re` alternation with only the branches that may match in the text.

Python's `re` tries every top-level branch of an alternation at every position of a text, so a
pattern of twenty branches costs twenty tries per character even where one branch alone could match.
The RE2 outline of each branch (`re2_outline.Outline`) says in one linear scan which branches may
match in a text; `BranchFinder.finditer` then searches with those branches only, each compiled on its
own. A branch with no match anywhere in the text fails at every position, so leaving it out changes
no match; the others are searched one by one and their matches merged as the alternation picks them
(the leftmost first, the first branch in pattern order at a tie). Each branch carries the groups of
the others, never set, so every group name reads as on the whole pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from bot.core.extract.re2_outline import Outline, top_level_branches

_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")

# The outline reads text beyond ASCII through stand-ins only for a pattern written in ASCII. A pattern
# naming a curly apostrophe or a dash beside its ASCII counterpart ("[\w'’-]", "\s[—–-]+\s") can still
# be read so: each of these characters read as the ASCII character of its kind (punctuation, no word
# character) in the text, and left out of the branches' classes that hold that character already, is
# taken wherever the branch took it, as long as it stands in no other place of a branch and no negated
# class names the ASCII character and not the other (both checked): a match in the text is then a
# match in the text so read.
_AS_ASCII = str.maketrans({"’": "'", "—": "-", "–": "-"})
_READ_AS_ASCII = "’—–"
# a character class, or an escape outside one (skipped: "\\[" opens no class)
_CLASS_OR_ESCAPE = re.compile(r"\\.|(\[\^?\]?(?:\\.|[^\]\\])*\])")


def _without_read_as_ascii(text: str) -> str:
    return "".join(ch for ch in text if ch not in _READ_AS_ASCII)


def branch_read_as_ascii(text: str, flags: int) -> str | None:
    """`text` (a branch) without the characters of _AS_ASCII, None when reading them as ASCII could
    lose a match."""
    classes = [cls for cls in _CLASS_OR_ESCAPE.findall(text) if cls]
    for c in _READ_AS_ASCII:
        ascii_c = c.translate(_AS_ASCII)
        named = [cls for cls in classes if c in cls]
        if text.count(c) != "".join(named).count(c) or any(cls.startswith("[^") for cls in named):
            return None  # a literal outside a class, or in a negated one
        if any(not re.match(_without_read_as_ascii(cls), ascii_c, flags) for cls in named):
            return None
        negated = (cls for cls in classes if cls.startswith("[^"))
        if any(re.match(cls, c, flags) and not re.match(cls, ascii_c, flags) for cls in negated):
            return None
    return _without_read_as_ascii(text)


@dataclass(frozen=True, slots=True)
class _PatternText:
    """A pattern's text and flags: all that `Outline` reads of the compiled pattern it is given."""

    pattern: str
    flags: int


def _as_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """`pattern` for `Outline`, not compiled: compiling the whole alternation read as ASCII only to
    outline it would cost `re` a quarter of a second, and it is never run."""
    return cast("re.Pattern[str]", _PatternText(pattern, flags))


class BranchFinder:
    """The matches of a compiled alternation, found with the branches its outline says may match."""

    def __init__(self, compiled: re.Pattern[str], outline: Outline | None = None) -> None:
        """`outline`: the pattern's `Outline` over its top-level branches, when one is built already."""
        texts = top_level_branches(compiled.pattern)
        self._whole = compiled
        self._branches = tuple((text, tuple(_GROUP_NAME.findall(text))) for text in texts)
        self._outline = outline if outline is not None else Outline(compiled, texts)
        read = [branch_read_as_ascii(text, compiled.flags) for text in texts]
        ascii_texts = [text for text in read if text is not None]
        self._ascii_outline = (
            Outline(_as_pattern("|".join(ascii_texts), compiled.flags), ascii_texts)
            if len(ascii_texts) == len(texts)
            else None
        )
        self._compiled: dict[int, re.Pattern[str]] = {}

    def branches_in(self, text: str) -> frozenset[int] | None:
        """The indices of the branches that may match in `text`, None when any may."""
        if text.isascii():
            return self._outline.branches_in(text)
        if self._ascii_outline is None:
            return None
        return self._ascii_outline.branches_in(text.translate(_AS_ASCII))

    def finditer(self, text: str, maybe: frozenset[int] | None) -> list[re.Match[str]]:
        """`list(compiled.finditer(text))`, from the branches `maybe` (`branches_in(text)`) only.

        The alternation's next match is at the leftmost position where any branch matches, by the
        first branch in pattern order that matches there: so it is the leftmost of each branch's own
        next match, the first branch winning a tie, and the search goes on from its end."""
        if maybe is None or len(maybe) == len(self._branches):
            return list(self._whole.finditer(text))
        kept = sorted(maybe)
        upcoming = {i: self.branch(i).search(text) for i in kept}
        found: list[re.Match[str]] = []
        pos = 0
        while True:
            first = None
            for i in kept:
                m = upcoming[i]
                if m is not None and m.start() < pos:
                    m = upcoming[i] = self.branch(i).search(text, pos)
                if m is not None and (first is None or m.start() < first.start()):
                    first = m
            if first is None:
                return found
            if first.end() == first.start():
                # after an empty match finditer tries the same position again, barred from an empty
                # match: a rule this search does not follow, so the whole pattern is run
                return list(self._whole.finditer(text))
            found.append(first)
            pos = first.end()

    def branch(self, i: int) -> re.Pattern[str]:
        """Branch `i` alone, compiled once, with the groups of the others behind an alternative that
        cannot match (each compiled on its own: a pattern per set of branches would be compiled again
        for each new set, at a cost of tens of milliseconds)."""
        pattern = self._compiled.get(i)
        if pattern is None:
            text, _ = self._branches[i]
            others = "".join(
                f"(?P<{name}>)" for j, (_, names) in enumerate(self._branches) if j != i for name in names
            )
            pattern = self._compiled[i] = re.compile(f"{text}|(?!){others}", self._whole.flags)
        return pattern
