"""`finditer` of a large `re` alternation with only the branches that may match in the text.

Python's `re` tries every top-level branch of an alternation at every position of a text, so a
pattern of twenty branches costs twenty tries per character even where one branch alone could match.
The RE2 outline of each branch (`re2_outline.Outline`) says in one linear scan which branches may
match in a text; `BranchFinder.finditer` then runs the pattern with those branches only. A branch
with no match anywhere in the text fails at every position, so at every position the branch that
matches first is the same and the matches are the same; the groups of the branches left out stay,
never set, behind a branch that cannot match, so every group name reads as on the whole pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
# distinct sets of branches compiled; past this many the cache starts again
_MAX_COMPILED = 256


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
            Outline(re.compile("|".join(ascii_texts), compiled.flags), ascii_texts)
            if len(ascii_texts) == len(texts)
            else None
        )
        self._compiled: dict[frozenset[int], re.Pattern[str]] = {}

    def branches_in(self, text: str) -> frozenset[int] | None:
        """The indices of the branches that may match in `text`, None when any may."""
        if text.isascii():
            return self._outline.branches_in(text)
        if self._ascii_outline is None:
            return None
        return self._ascii_outline.branches_in(text.translate(_AS_ASCII))

    def finditer(self, text: str, maybe: frozenset[int] | None) -> Iterator[re.Match[str]]:
        """`compiled.finditer(text)`, tried with the branches `maybe` (`branches_in(text)`) only."""
        if maybe is None or len(maybe) == len(self._branches):
            return self._whole.finditer(text)
        pattern = self._compiled.get(maybe)
        if pattern is None:
            if len(self._compiled) >= _MAX_COMPILED:
                self._compiled.clear()
            pattern = self._compiled[maybe] = self._with_branches(maybe)
        return pattern.finditer(text)

    def _with_branches(self, kept: frozenset[int]) -> re.Pattern[str]:
        """The pattern with the branches `kept` only, in their order, and the groups of the others
        behind a branch that cannot match."""
        left_out = "".join(
            f"(?P<{name}>)" for i, (_, names) in enumerate(self._branches) if i not in kept for name in names
        )
        texts = [text for i, (text, _) in enumerate(self._branches) if i in kept]
        return re.compile("|".join([*texts, f"(?!){left_out}"]), self._whole.flags)
