"""A sentence that counts within the previous sentence's figure (pure; no I/O): "Of those, 21 were
waiting for aid", "Nine of the victims were children", "Four of the wounded are in critical condition".
Such a part shares its whole's kind (unless its own noun tells one) and its whole's place."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.core.extract.casualty_conjuncts import explained
from bot.core.extract.casualty_location import figure_location
from bot.core.extract.casualty_one_victim import figure_why
from bot.core.extract.casualty_patterns import VICTIMS, victim_phrase
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import QUANTITY, parse_quantity
from bot.core.model import CasualtyFigure

if TYPE_CHECKING:
    from bot.core.extract.casualty_text_context import TextContext
    from bot.core.extract.text import Sentence

__all__ = ["REFER_BACK", "others_of_before", "part_told_back", "parts_listed_back", "refer_back"]

# the whole first: "Of those, 21 were waiting for aid."
REFER_BACK = re.compile(
    rf"^\s*(?:of\s+(?:those|them|these|the\s+(?:dead|victims|casualties|killed|wounded|injured))|"
    rf"among\s+(?:them|those|the\s+(?:dead|victims|casualties)))\s*,?\s+(?P<q>{QUANTITY})\s+(?:were|was|had|are)\b"
    rf"(?:\s+(?P<rvic>{VICTIMS}))?",
    re.I,
)


@lru_cache(maxsize=1)
def _part_first() -> re.Pattern[str]:
    """The part first, its victims after a copula: "Nine of the victims were children", "Three of those
    killed were women", "Two of the injured are firefighters" (a sentence with casualty words of its
    own); the whole is a noun of the lexicon's [casualty] part_whole_* lists."""
    lex = lexicon("en")
    kinds = ("killed", "injured", "any")
    whole = "|".join(lex.alternation("casualty", f"part_whole_{kind}") for kind in kinds)
    return re.compile(
        rf"^\s*(?P<q>{QUANTITY})\s+of\s+(?:the|those)\s+(?:people\s+)?"
        rf"(?P<whole>{whole})\s+(?:were|was|are|is)\s+"
        # (a victim noun of the lexicon, or any plural noun: "were pensioners", "were shepherds")
        rf"(?:(?:also|all)\s+)?(?P<rvic>{VICTIMS}|(?-i:[a-z]{{3,}}(?<![su])s))(?![\w-])",
        re.I,
    )


@lru_cache(maxsize=1)
def _whole_kind() -> dict[str, str]:
    """The kind a whole gives its part ("dead": killed, "wounded": injured); a whole not here keeps the
    previous figure's kind."""
    lex = lexicon("en")
    return {w: kind for kind in ("killed", "injured") for w in lex.words("casualty", f"part_whole_{kind}")}


def _part(
    sent: Sentence, m: re.Match[str], kind: str, previous: CasualtyFigure, ctx: TextContext
) -> CasualtyFigure:
    s = sent.text
    count, qual = parse_quantity(m.group("qual"), m.group("num"))
    place, how = figure_location(s, m.start("q"), ctx)
    if previous.location is not None and (place is None or m.re is _part_first()):
        place, how = previous.location, "the whole's place (a part happened where its whole did)"
    why = figure_why(
        "refer_back",
        m.group(0).split(",")[0].strip(),
        sent,
        m.start(),
        m.end(),
        [
            ("count", f"'{m.group('q')}'"),
            ("kind", f"{kind} (the previous sentence's figure: {previous.kind})"),
            ("location", f"{place}: {how}"),
        ],
        "a part of the previous figure: not a running toll",
    )
    return CasualtyFigure(
        count, qual, kind, victim_phrase(m.group("rvic")), place, False, evidence=s.strip(), why=why
    )


def refer_back(sent: Sentence, previous: CasualtyFigure, ctx: TextContext) -> CasualtyFigure | None:
    """A part of the previous sentence's figure told in a sentence with no casualty word of its own."""
    m = REFER_BACK.match(sent.text)
    return _part(sent, m, previous.kind, previous, ctx) if m else None


# parts listed in the next sentence: "They include 12 civilians and 30 fighters", "Among them are 40
# peacekeepers", "The victims included nine children, five women and two medics"
_LISTED_BACK = re.compile(
    # (openers with no casualty word: "Among the dead were seven women" is read as a figure of its own)
    r"^\s*(?:(?:They|These|The\s+victims)\s+(?:include|included|includes)"
    r"|Among\s+(?:them|the\s+victims)\s+(?:are|were))\s+"
    rf"(?:(?:at\s+least|some)\s+)?(?P<q>{QUANTITY})\s+(?P<rvic>{VICTIMS})",
    re.I,
)
_LISTED_MORE = re.compile(
    rf"\s*(?:,\s*and|,|and)\s+(?:(?:at\s+least|some)\s+)?(?P<q>{QUANTITY})\s+(?P<rvic>{VICTIMS})", re.I
)


def parts_listed_back(sent: Sentence, previous: CasualtyFigure, ctx: TextContext) -> list[CasualtyFigure]:
    """The parts of the previous sentence's figure listed in a sentence that opens on "They include",
    "Among them are": each no larger than the whole, all together no more than it."""
    s = sent.text
    m = _LISTED_BACK.match(s)
    if m is None:
        return []
    found = [m]
    while (more := _LISTED_MORE.match(s, found[-1].end())) is not None:
        found.append(more)
    parts = [_part(sent, p, previous.kind, previous, ctx) for p in found]
    if previous.count is None or any(p.count is None for p in parts):
        return []
    if sum(p.count or 0 for p in parts) > previous.count:
        return []
    return [replace(p, cumulative=previous.cumulative) for p in parts]


def part_told_back(sent: Sentence, previous: CasualtyFigure, ctx: TextContext) -> CasualtyFigure | None:
    """A part named first, then the whole it belongs to by a casualty noun, then its victims: "Nine of
    the victims were children" counts children within the previous sentence's figure."""
    s = sent.text
    if " of th" not in s[:40]:
        return None  # a cheap test first
    m = _part_first().match(s)
    if m is None:
        return None
    kind = _whole_kind().get(m.group("whole").lower(), previous.kind)
    return _part(sent, m, kind, previous, ctx)


# a sentence that opens on more of the same victims, with no noun of their own: "Fourteen others were
# wounded", "At least 1,100 have been wounded in that period" (not "Another five were wounded": the
# corpus labels those people, round 6's r6-c06)
_OTHERS_FIRST = re.compile(
    rf"^\s*{QUANTITY}\s+(?:(?:others|more)\s+)?"
    r"(?:were|was|are|is|had|have|has|remain|remained)\b",
    re.I,
)


def others_of_before(
    s: str,
    figures: list[CasualtyFigure],
    before: tuple[CasualtyFigure, list[CasualtyFigure]],
    told: list[CasualtyFigure],
) -> list[CasualtyFigure]:
    """The figures of a sentence that opens on "N others" or a bare number name the previous sentence's
    victims (its last figure's, a group of more than one, or those the headline names for that same
    figure): "... killing 17 farmers. Four others are still missing" are farmers, and so is what the
    sentence joins to them ("and several are missing"). Not after groups ("killing 18 women and one
    man. Fifteen more were wounded": people)."""
    if not _OTHERS_FIRST.match(s):
        return figures
    last, sentence_before = before
    groups = {f.victims for f in sentence_before if f.kind == last.kind}
    if (last.count is not None and last.count < 2) or len(groups) > 1:
        return figures
    victims = last.victims
    if victims in (None, "people"):  # "Gunmen kill 11 worshippers" over "... killing 11"
        named = [f.victims for f in told if (f.count, f.kind) == (last.count, last.kind) and f is not last]
        victims = next((v for v in named if v not in (None, "people")), None)
    if victims is None:
        return figures
    return [
        explained(replace(f, victims=victims), "victims", f"'{victims}', told before")
        if f.victims == "people"
        else f
        for f in figures
    ]
