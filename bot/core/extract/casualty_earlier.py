"""Earlier figures of a toll told beside the new one: a number quoted for comparison after a figure ("up
from 23 on Friday", "after earlier reporting 14") and a figure corrected in passing ("three people, not
five as initially reported, were killed"). Such a figure is still a figure (the corpus labels it), marked
`earlier` so that the new one heads its series."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.extract.casualty_one_victim import figure_why
from bot.core.extract.casualty_vetoes import earlier_figure
from bot.core.extract.numbers import is_year, parse_quantity
from bot.core.extract.text import Sentence
from bot.core.model import CasualtyFigure

# what a number quoted for comparison counts when it is not people: "up from 20% a year earlier"
_NOT_PEOPLE_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|\w*illion\b|to\s+\d|in\s+(?:19|20)\d\d\b)", re.I
)


def earlier_of(
    sent: Sentence, start: int, end: int, quantity: tuple[str | None, str], last: CasualtyFigure
) -> CasualtyFigure | None:
    """A number with no casualty word of its own quoted for comparison after a figure: the earlier
    figure of the same toll ("2,100 civilians have been killed ..., up from 1,870 two weeks earlier")."""
    s = sent.text
    earlier = earlier_figure(s, start)
    if earlier is None or _NOT_PEOPLE_AFTER.match(s, end) or is_year(quantity[1]):
        return None
    count, qual = parse_quantity(*quantity)
    if count is None:
        return None
    roles = [("count", f"'{s[start:end].strip()}' ({qual})"), ("kind", f"the figure before it ({last.kind})")]
    why = figure_why("earlier_figure", earlier, sent, start, end, roles, "an earlier figure of the same toll")
    return replace(last, count=count, qualifier=qual, lower_bound=None, earlier=True, why=why)


# the figure a correction replaces, told between the new figure and its verb: "three people, not five
# as initially reported, were killed"
_CORRECTED_BETWEEN = re.compile(r",\s*not\s+(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+as\s", re.I)


def corrected_in_passing(
    sent: Sentence, end: int, phrase_end: int, last: CasualtyFigure
) -> CasualtyFigure | None:
    m = _CORRECTED_BETWEEN.search(sent.text, end, phrase_end)
    if m is None:
        return None
    return earlier_of(sent, m.start("num"), m.end("num"), (None, m.group("num")), last)
