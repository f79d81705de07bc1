"""Three limits of the running-toll cues (`casualties._cumulative`): a toll brought up by "bringing" can
still be the toll of one attack, a month named after another clause's own figure frames that figure,
not this one, and a bare toll after the figure of one incident is that incident's toll."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.extract.casualty_scope_words import CUMULATIVE, incident_named
from bot.core.model import CasualtyFigure

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


# why a bare toll is read as the toll of an incident the item counted before it (see told_incident)
TOLD_INCIDENT = "the toll of the incident counted before"


def told_incident(count: int | None, kind: str, sentence: str, told: Sequence[CasualtyFigure]) -> str | None:
    """The figure (its words, for the why) whose incident a bare toll counts again: a toll read as
    running only because it is a toll ("police later gave a toll of 11", "an initial toll of
    24", "the toll ... has risen to 60") after the item has counted one incident at about its size (a
    third to three times: "more than a dozen soldiers were killed when ...") is that incident's toll from
    another source or at another time, not a running count. A figure of another kind follows a toll of
    its own sentence already read so ("has risen to 60 dead and 140 wounded"). Never a day's figure
    ("killed in the past 24 hours"), nor a running toll, as the incident; and never once the item has
    told a running toll of the kind (the bare toll is then that toll's earlier figure)."""
    if count is None or any(f.cumulative and f.kind == kind for f in told):
        return None  # "had put the toll at 450" after "700 killed since ...": that running toll's
    for f in reversed(told):
        size = f.count if f.count is not None else f.lower_bound
        status = f.why.status if f.why is not None else ""
        if f.cumulative or size is None or status.startswith("one day or incident"):
            continue
        same_toll = f.evidence == sentence.strip() and status.startswith(TOLD_INCIDENT)
        if (f.kind == kind or same_toll) and size <= 3 * count and count <= 3 * size:
            return f"{TOLD_INCIDENT}: '{f.count if f.count is not None else 'a vague figure'}' {f.kind}"
    return None
