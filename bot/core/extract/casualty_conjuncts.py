"""Two figures joined under one subject (pure; no I/O): "31 Palestinians were killed and more than 170
wounded" (the second's victims are the first's), and a span said of either makes both running tolls."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.extract.casualty_patterns import kind_of
from bot.core.extract.casualty_scope_words import SINGLE
from bot.core.model import CasualtyFigure, Why

# two figures of different kinds under one subject: "31 Palestinians were killed and more than 170
# wounded", "killing 13 recruits and wounding 20 others", "killed 11 guests, among them three women,
# and wounded 24 others" (the gap runs from the end of the first figure and its parts)
CONJUNCT_GAP = re.compile(
    # a time told of the first may stand between: "killed on Tuesday night and some 30 others ...",
    # "in May, and at least 12,000" (not a place: "two civilians in Nikopol, while 7 others" need
    # not be civilians)
    r"(?:\s+(?:on|during)\s+[^,;.\d]{1,30}?|\s+overnight|\s+in\s+(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+(?:19|20)\d\d)?)?"
    r"\s*,?\s*(?:and|while|with)\s+(?:(?:wounding|injuring|killing|wounded|injured|killed|leaving|left)\s+)?"
    r"(?:another\s+)?$",  # "Nine soldiers died and another 12 were wounded"
    re.I,
)


def conjuncts(
    first: CasualtyFigure, second: CasualtyFigure, second_vic: str | None
) -> tuple[CasualtyFigure, CasualtyFigure]:
    """The second of two joined figures names no victims of its own ("and five wounded", "20 others"):
    they are the first's; and a span or "since" said of either ("killed 629 and injured 1,900 since
    the invasion") makes both running tolls. Two of one kind share only the victims: "180 civilians
    were killed in May, and at least 12,000 have been killed since ..." (the 12,000 are civilians)."""
    if first.kind == second.kind:
        if second_vic is None and first.count is not None and first.count > 1:
            second = explained(
                replace(second, victims=first.victims), "victims", f"'{first.victims}', of the figure before"
            )
        return first, second
    plural = first.count is None or first.count > 1  # "one person killed and 8 injured": not 8 persons
    if plural and (second_vic is None or second_vic.split()[-1].lower() == "others"):
        second = explained(
            replace(second, victims=first.victims), "victims", f"'{first.victims}', of the figure before"
        )
    if first.cumulative != second.cumulative:
        running = first if first.cumulative else second
        said = running.why.status if running.why is not None else "running toll"
        first, second = (
            explained(replace(f, cumulative=True), None, f"{said} (said of the joined figure)")
            if not f.cumulative
            else f
            for f in (first, second)
        )
    return first, second


def explained(fact: CasualtyFigure, role: str | None, evidence: str) -> CasualtyFigure:
    """`fact` with its why's evidence for `role` (or, with None, its status) made to say `evidence`."""
    why = fact.why
    if why is None:
        return fact
    if role is None:
        return replace(fact, why=replace(why, status=evidence))
    roles = tuple((r, evidence if r == role else e) for r, e in why.roles)
    return replace(fact, why=replace(why, roles=roles))


# a part of the previous sentence's figure: "310 of them were killed near distribution points"
_OF_THEM = r"\s+of\s+(?:them|those|these|the\s+dead|the\s+victims)\b"
# more of the previous sentence's count: "A further 900 have been wounded"
_MORE_OF_IT = r"an?\s+further|another|(?:an?\s+)?additional"


def part_of_running_toll(fact: CasualtyFigure, sentence: str) -> CasualtyFigure:
    """A figure told as a part of the previous sentence's running toll ("More than 500 were killed since
    June. 310 of them were killed near distribution points"), or as more of it ("A further 900 have been
    wounded"), is a running toll too."""
    if fact.cumulative or fact.count is None or fact.why is None or SINGLE.search(sentence):
        return fact  # "31 of the dead were brought in in the past 24 hours": that day's
    count = re.escape(f"{fact.count:,}") + "|" + re.escape(str(fact.count))
    if re.search(rf"(?<![\d,])(?:{count}){_OF_THEM}", sentence, re.I) is not None:
        why = "a part of the previous sentence's running toll"
        return explained(replace(fact, cumulative=True), None, why)
    # "At least 9,000 have been killed since ... A further 21,000 have been wounded": the count goes on
    if re.match(rf"\s*(?:{_MORE_OF_IT})\s+(?:{count})(?![\d,])", sentence, re.I) is not None:
        return explained(replace(fact, cumulative=True), None, "more of the previous sentence's running toll")
    return fact


# what a part says of itself after its count: its own casualty word ("including 24 people killed in the
# past day", after "killed 3,516 and wounded 14,929") and its own day, up to the next clause break
_PART_OWN_KIND = re.compile(
    r"\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?(?P<w>killed|dead|died|wounded|injured|missing)\b", re.I
)
_PART_STRETCH_END = re.compile(r"[,;.]\s|\s(?:and|but|while)\s")


def part_own_scope(s: str, pend: int, whole: CasualtyFigure, why: Why) -> tuple[str, bool, Why]:
    """(kind, cumulative, why) of a part that ends at `pend`: the whole's, unless the part's own stretch
    names its kind or a day ("including 1,180 in the past day" of a toll since 2022 is the day's)."""
    stop = _PART_STRETCH_END.search(s, pend)
    stretch = s[pend : stop.start() if stop else len(s)][:80]
    own = _PART_OWN_KIND.match(stretch)
    kind = kind_of(own.group("w")) if own is not None else whole.kind
    day = SINGLE.search(stretch) if whole.cumulative else None
    if day is None:
        return kind, whole.cumulative, why
    status = f"one day or incident: '{day.group(0)}' (the part's own)"
    return kind, False, replace(why, status=status)
