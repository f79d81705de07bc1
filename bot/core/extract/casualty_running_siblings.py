"""A figure of a sentence that says nothing of its own span, told after a running toll of the same
sentence, is part of that toll's count: "Around 3,000 people have been killed since the rebels entered
the city, with some 2,880 wounded still in hospital"; "214 civilians were killed and 1,027 injured
across the country last month". Its reading is the running toll's. A figure with words of its own
("52 of them in the past day", "in one strike on Tuesday") keeps its own reading, and so does every
figure after a weak running toll (a bare "toll" with no span) or an earlier figure quoted for
comparison, or one whose clause tells an earlier report ("after aid groups initially reported 100
deaths": lexicon [casualty] earlier_report_words)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core.extract.casualty_merge import TOLL_NO_INCIDENT
from bot.core.extract.lexicon import lexicon
from bot.core.model import CasualtyFigure

# the reading of a figure whose clause holds no words of a span, a day or an incident (casualties._cumulative)
NO_SPAN_WORDS = "no running-toll words"


@lru_cache(maxsize=1)
def _earlier_report() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon('en').alternation('casualty', 'earlier_report_words')})\b", re.I)


def with_running_toll_before(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """`figures` (one sentence's, in order), each without words of its own span taking the running-toll
    reading of a figure before it."""
    toll: CasualtyFigure | None = None
    out: list[CasualtyFigure] = []
    for f in figures:
        why = f.why
        if why is None:
            out.append(f)
            continue
        if f.cumulative and not f.earlier and not why.status.startswith(TOLL_NO_INCIDENT):
            toll = toll or f
        elif (
            toll is not None
            and not f.cumulative
            and not f.earlier
            and why.status == NO_SPAN_WORDS
            and _earlier_report().search(why.clause) is None
        ):
            count = f"{toll.count:,}" if toll.count is not None else "a vague figure"
            status = f"running toll, as the figure before it in the sentence ({count} {toll.kind})"
            f = replace(f, cumulative=True, why=replace(why, status=status))
        out.append(f)
    return out
