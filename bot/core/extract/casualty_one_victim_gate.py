"""The cheap test before reading one victim told without a number (`might_have_one_victim`, asked of
every item with casualty words and no number): the branches of casualty_one_victim's pattern tried
one by one, each only when the text holds the words every match of that branch holds."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.casualty_one_victim import _one_victim_re, _victim_finder
from bot.core.extract.re2_outline import top_level_branches
from bot.core.extract.text import lower_for_tests


def might_have_one_victim(text: str) -> bool:
    """Whether `text` may tell of one victim without a number (see _one_victim_re).

    Asked of an item with casualty words and no number (it decides whether the item is read at all),
    it tries the branches of _one_victim_re one by one, each only when the text holds the words
    every match of that branch holds: whether one branch matches is whether the whole does, and
    most such items hold the words of few branches."""
    words = lower_for_tests(text)  # None when a letter folds in ways .lower() does not show
    low = text.lower() if words is None else words  # (`words` is `text.lower()` when it is not None)
    if not any(w in low for w in ("kill", "dead", "died", "dies", "injur", "wound", "hurt")):
        return False
    # None: every branch may match (curly apostrophes and dashes are read as ASCII: re2_branches)
    maybe = _victim_finder().branches_in(text)
    if maybe is not None and not maybe:
        return False
    digit: bool | None = None
    for i, (needs, or_digit) in enumerate(_branch_needs()):
        if maybe is not None and i not in maybe:
            continue
        if words is not None and needs is not None and not any(w in words for w in needs):
            if not or_digit:
                continue
            if digit is None:
                digit = _DIGIT.search(text) is not None
            if not digit:
                continue
        if _victim_finder().branch(i).search(text) is not None:
            return True
    return False


_DIGIT = re.compile(r"\d")
# What every match of a branch of _one_victim_re holds, by a group that names the branch: lowercase
# words (one of them), and whether a digit will do instead. Keep it in step with the branch: a word
# listed here that a match of the branch can lack would skip that branch. A branch not listed is
# always tried.
_BRANCH_NEEDS: dict[str, tuple[tuple[str, ...], bool]] = {
    "v9": (("other",), False),  # "... and four other soldiers", "and three others"
    "vic14": ((), True),  # "Teenage shepherd, 15, shot dead"
    "vic5": (("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), True),
    "vic6": (("among", "including", "included", "include", "includes", "one"), False),
    "another": (("another", "third", "fourth", "fifth"), False),
    "another2": (("another", "third", "fourth", "fifth"), False),
    "both": (("both",), False),
    "vic7": (("death",), False),
    "inv": (("killed", "wounded", "injured", "dead", "hurt"), False),
}


@lru_cache(maxsize=1)
def _branch_needs() -> tuple[tuple[tuple[str, ...] | None, bool], ...]:
    """What each top-level branch of _one_victim_re needs (_BRANCH_NEEDS), in order; the branches
    themselves, each compiled on its own when first tried, are the BranchFinder's."""
    out: list[tuple[tuple[str, ...] | None, bool]] = []
    for text in top_level_branches(_one_victim_re().pattern):
        out.append(next((n for group, n in _BRANCH_NEEDS.items() if f"(?P<{group}>" in text), (None, False)))
    return tuple(out)
