"""Two limits of the running-toll cues (`casualties._cumulative`): a toll brought up by "bringing" can
still be the toll of one attack, and a month named after another clause's own figure frames that
figure, not this one."""

from __future__ import annotations

import re

from bot.core.extract.casualty_scope_words import CUMULATIVE, incident_named

# "bringing the toll of last week's attack to 31", "bringing the death toll from the market strike to"
_TOLL_OF = re.compile(
    r"\b(?:toll|tally|number\s+of\s+(?:dead|deaths|victims))\s+(?:of|from|in)\s+(?P<what>[^,;]{0,70}?)\s+(?:to|at)\s*$",
    re.I,
)
# a clause of its own opened by a conjunction and a new subject: "... in Tammun as OCHA counts 260
# settler attacks in October" (the month frames OCHA's count, not the three killed)
_OTHER_CLAUSE = re.compile(r"\b(?:as|while|whereas)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def toll_of_one_incident(clause_left: str) -> str | None:
    """The incident whose rising toll the words before a figure name ("the toll of last week's Russian
    attack to"), or None: a rising toll of one attack is not a running toll. Never when those words
    also name a span ("the toll of the war", "since the attack")."""
    m = _TOLL_OF.search(clause_left[-120:])
    if m is None:
        return None
    what = m.group("what")
    incident = incident_named().search(what)
    if incident is None or CUMULATIVE.search(what):
        return None
    return incident.group(0)


def month_frames_figure(stretch: str) -> bool:
    """Is the month that ends `stretch` (the words after a figure, up to the month) the frame of the
    figure? Not when the stretch names an incident ("in a raid in March": the date of one attack) or
    opens a clause of its own ("as OCHA counts 260 settler attacks in October")."""
    return incident_named().search(stretch) is None and _OTHER_CLAUSE.search(stretch) is None
