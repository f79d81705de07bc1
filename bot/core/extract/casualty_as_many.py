"""A second figure that takes its number from the figure before it: "two soldiers were killed and as many
were injured", "Two killed, as many wounded", "killing three soldiers and wounding the same number",
"kills two, injures as many".
A second group told without any number (`uncounted_after`): "killing 30 and wounding many more",
"16 were injured and an unknown number remain missing" is a vague figure of its own kind, with the
victims and place of the figure before it.
"As many" is no quantity of its own: it repeats the count (and qualifier) of the figure just read in
the same sentence, with the kind its own casualty word says, and the same victims and place. Read
after the sentence's figures, between the earlier figure and the next clause mark."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core.extract.casualty_one_victim import figure_why
from bot.core.extract.casualty_patterns import kind_of
from bot.core.extract.lexicon import lexicon
from bot.core.extract.text import Sentence
from bot.core.model import CasualtyFigure

_AS_MANY = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|while\s+)?(?:(?:another\s+)?(?:as\s+many|the\s+same\s+number)\s+"
    r"(?:(?:more|others|other\s+people)\s+)?"
    r"(?:(?:were|are|was|have\s+been|had\s+been|also|seriously|critically|badly|slightly)\s+){0,3}"
    r"(?P<k>killed|dead|died|wounded|injured|hurt|missing)\b"
    # the verb first, in any form: "killing three soldiers and wounding the same number", "kills two,
    # injures as many", "killed four and wounded as many"
    r"|(?P<v>kill(?:ing|s|ed)|wound(?:ing|s|ed)|injur(?:ing|es|ed)|hurt(?:ing|s)?|maim(?:ing|s|ed))\s+"
    r"(?:as\s+many|the\s+same\s+number)\b)",
    re.I,
)


def as_many_after(sent: Sentence, after: int, last: CasualtyFigure) -> CasualtyFigure | None:
    """The figure "as many" counts when it follows, within 60 characters of `after` (where the earlier
    figure's phrase ends), the earlier figure `last`."""
    s = sent.text
    window = s[after : after + 80].lower()
    if last.count is None or ("as many" not in window and "same number" not in window):
        return None
    m = _AS_MANY.search(s, after, min(len(s), after + 80))
    if m is None or re.search(r"[;.]", s[after : m.start()]):
        return None
    word = m.group("k") or m.group("v")
    kind = kind_of(word)
    if kind == last.kind:
        return None  # "killed 20 and as many killed" says nothing new
    roles = [
        ("count", f"'as many' = {last.count} ({last.qualifier}), the figure before it"),
        ("kind", f"'{word}' -> {kind}"),
        ("victims", f"'{last.victims}' (the figure before it)"),
    ]
    why = figure_why("as_many", word, sent, m.start(), m.end(), roles, "as the figure before it")
    return replace(last, kind=kind, why=why, lower_bound=None, earlier=False)


# what every phrase of [casualty] uncounted_more holds: the cheap test before the pattern
_UNCOUNTED_GATE = ("more", "others", "number")
# a quote mark around the group: wounding 'many more'
_QUOTE = "['\u2018\u2019\u201c\u201d\"]"


@lru_cache(maxsize=1)
def _uncounted_re() -> re.Pattern[str]:
    """A group without a number after a figure: "and many more were wounded", "and an unknown number of
    residents remain missing" (the group then its kind), or "wounding 'many more'" (the verb first)."""
    group = lexicon("en").alternation("casualty", "uncounted_more")
    return re.compile(
        rf"(?:,\s*|\s+)(?:and\s+|while\s+|with\s+)?(?:{_QUOTE}?(?:{group}){_QUOTE}?(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+"
        r"(?:(?:were|are|was|have\s+been|had\s+been|remain|remained|still|also|seriously|critically|badly|"
        r"slightly|reportedly)\s+){0,3}"
        r"(?P<k>killed|dead|died|wounded|injured|hurt|missing|unaccounted\s+for)\b"
        r"|(?P<v>kill(?:ing|s|ed)|wound(?:ing|s|ed)|injur(?:ing|es|ed)|hurt(?:ing|s)?|maim(?:ing|s|ed))\s+"
        rf"{_QUOTE}?(?:{group})\b)",
        re.I,
    )


def uncounted_after(sent: Sentence, after: int, last: CasualtyFigure) -> CasualtyFigure | None:
    """The vague figure a group told without a number counts when it follows, within 80 characters of
    `after` (where the earlier figure's phrase ends) and in the same clause, the figure `last`: of its
    own kind (a group of the earlier figure's kind, "killed 20 and many more killed", adds nothing)."""
    s = sent.text
    window = s[after : after + 80].lower()
    if not any(w in window for w in _UNCOUNTED_GATE):
        return None
    m = _uncounted_re().search(s, after, min(len(s), after + 80))
    if m is None or re.search(r"[;.]", s[after : m.start()]):
        return None
    word = m.group("k") or m.group("v")
    kind = kind_of(word)
    if kind == last.kind:
        return None
    roles = [
        ("count", f"'{m.group(0).strip()}': a group without a number, vague"),
        ("kind", f"'{word}' -> {kind}"),
        ("victims", f"'{last.victims}' (the figure before it)"),
    ]
    why = figure_why("uncounted_more", word, sent, m.start(), m.end(), roles, "after the figure before it")
    return replace(last, count=None, qualifier="vague", kind=kind, why=why, lower_bound=None, earlier=False)
