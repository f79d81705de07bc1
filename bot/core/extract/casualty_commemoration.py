"""The `commemoration` veto of a casualty figure (pure): an anniversary restates a past toll ("to mark two
years since the attack, in which about 1,200 people were killed"), and any figure of an item whose lead
is about a commemoration is one unless its own stretch dates it as new; a toll still running, told as
standing now, is news on any day ("the health ministry said 40,000 had been killed since October",
"the death toll reaches 5,000")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.extract.casualty_dating import anniversary_adjunct, anniversary_before_act
from bot.core.extract.casualty_patterns import (
    ANNIVERSARY,
    ANNIVERSARY_HINTS,
    FRESH,
    IN_WHICH,
    STILL_RISING,
    TOLL_MOVES_BEFORE,
)
from bot.core.extract.casualty_violence import clause_around
from bot.core.extract.text import Sentence

if TYPE_CHECKING:
    from bot.core.extract.casualty_vetoes import Candidate


def commemoration(c: Candidate) -> str | None:
    """A toll restated on an anniversary: "to mark two years since the attack, in which about 1,200
    people were killed" (not one still rising: "have been killed"); or any figure of an item whose
    lead is about a commemoration, unless its sentence dates it as new ("on Thursday", "today")."""
    s = c.sent.text
    lead = c.ctx.lead("commemoration")
    if not lead and not c.ctx.per_sentence("anniversary_hint", c.sent, _anniversary_hint):
        return None  # a cheap test first: most items and sentences mark no anniversary
    if _running_toll(s, c):
        return None  # a running toll told as standing now is news on any day
    m = ANNIVERSARY.search(s)
    if m and IN_WHICH.search(s, max(0, c.start - 60), c.start):
        return m.group(0)
    marks = list(ANNIVERSARY.finditer(s, 0, c.start))
    if marks and _ONLY_ARTICLES.fullmatch(s, marks[-1].end(), c.start):
        return marks[-1].group(0)  # "to commemorate the 1.5 million killed": what is commemorated
    for marked in marks:
        # "to mark three decades since forces killed 8,000": the event marked, not news; not a figure a
        # source gives after it ("As the city marked a year since the war began, officials said ...")
        between = s[marked.end() : c.start]
        since = marked.group(0).lower().endswith("since")
        if since and ";" not in between and not _SOURCE_SAYS.search(between):
            return marked.group(0)
    # "new" only if the figure's own stretch dates it: "... died in the battle, and survivors gathered on
    # Monday" dates the gathering, not the deaths
    lo, hi = own_stretch(s, c.start, c.end)
    if (
        lead
        and not FRESH.search(s, lo, hi)
        and anniversary_adjunct(s, c.start, c.end) is None
        and not anniversary_before_act(s, c.start)
    ):
        return f"{lead} (the item's lead)"
    return None


# a new main clause whose source gives the figure: ", the health ministry said"
_SOURCE_SAYS = re.compile(r",\s+(?:[\w'-]+\s+){1,6}?(?:said|says|reported|reports|announced|stated)\b", re.I)
# a part of a figure told before it: "six people, including a boy, were killed overnight"
_PART_OPENER = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s", re.I)


def _running_toll(s: str, c: Candidate) -> bool:
    """The figure is a toll still running, told as standing now ("have been killed", "the toll reaches
    5,000"), or a bare conjunct of one ("... had been killed since October, and 1,200 wounded")."""
    if STILL_RISING.search(s, c.start, c.start + 80):
        return True
    if TOLL_MOVES_BEFORE.search(s, max(0, c.start - 60), c.start):
        return True
    if not _CONJUNCT_BEFORE.search(s, max(0, c.start - 8), c.start):
        return False
    lo = clause_around(s, c.start, c.end)[0]
    return STILL_RISING.search(s, lo, c.start) is not None


_CONJUNCT_BEFORE = re.compile(r"(?:,\s*|\s)and\s+$", re.I)


def own_stretch(s: str, start: int, end: int) -> tuple[int, int]:
    """The figure's own stretch of `s`, comma to comma, that may date it as new; a part ("including a
    boy") is dated with the figure it is part of, so its stretch is its whole clause."""
    part = _PART_OPENER.search(s, max(0, start - 20), start + 16)
    if part is not None and part.start() <= start:
        return clause_around(s, start, end)
    lo = max(s.rfind(",", 0, start), s.rfind(";", 0, start)) + 1
    hi = next((i for i in (s.find(",", end), s.find(";", end)) if i >= 0), len(s))
    return lo, hi


_ONLY_ARTICLES = re.compile(r"\s+(?:(?:the|of|some|about|around|nearly|more\s+than|over)\s+)*", re.I)


def _anniversary_hint(sent: Sentence) -> str | None:
    low = sent.text.lower()
    return "hint" if any(h in low for h in ANNIVERSARY_HINTS) else None
