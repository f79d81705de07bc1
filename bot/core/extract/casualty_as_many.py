"""A second figure that takes its number from the figure before it: "two soldiers were killed and as many
were injured", "Two killed, as many wounded", "killing three soldiers and wounding the same number",
"kills two, injures as many".
"As many" is no quantity of its own: it repeats the count (and qualifier) of the figure just read in
the same sentence, with the kind its own casualty word says, and the same victims and place. Read
after the sentence's figures, between the earlier figure and the next clause mark."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.extract.casualty_one_victim import figure_why
from bot.core.extract.casualty_patterns import kind_of
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
