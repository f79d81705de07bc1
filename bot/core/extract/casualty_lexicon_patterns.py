"""The patterns compiled from the lexicon's [casualty] lists (settings, contexts, obituaries,
recollections, durations) and the cheap tests before them: what an item or a sentence is about, for
the vetoes and the item's context (casualty_vetoes, casualty_location, casualty_violence)."""

from __future__ import annotations

import re
from functools import lru_cache

import re2

from bot.core.extract.lexicon import lexicon
from bot.core.extract.re2_outline import Outline


@lru_cache(maxsize=1)
def lexicon_patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon("en")
    return {
        "duration": re.compile(rf"\s*-?\s*(?:{lex.alternation('casualty', 'duration_units')})\b", re.I),
        "press_freedom": re.compile(rf"\b(?:{lex.alternation('casualty', 'press_freedom')})\b", re.I),
        "crime_statistics": re.compile(rf"\b(?:{lex.alternation('casualty', 'crime_statistics')})\b", re.I),
        "armed_conflict": re.compile(rf"\b(?:{lex.alternation('casualty', 'armed_conflict')})\b", re.I),
        "crime_context": re.compile(rf"\b(?:{lex.alternation('casualty', 'crime_context')})\b", re.I),
        # "military police" is a police force (Brazil's), not an army
        # nor is the army of a "joint police-military operation" against gangs
        "conflict_context": re.compile(
            rf"(?<!police-)\b(?:{lex.alternation('casualty', 'conflict_context')})\b"
            r"(?!(?<=military)\s+police)",
            re.I,
        ),
        # the police storming a place: "officers backed by armoured vehicles stormed the favelas"
        "police_storming": re.compile(
            rf"\b(?:{lex.alternation('casualty', 'police_forces')})\b[^.;]{{0,60}}?\bstorm(?:s|ed|ing)?\b",
            re.I,
        ),
        "game_context": re.compile(rf"\b(?:{lex.alternation('casualty', 'game_context')})\b", re.I),
        "training_context": re.compile(rf"\b(?:{lex.alternation('casualty', 'training_context')})\b", re.I),
        "training_mishap": re.compile(rf"\b(?:{lex.alternation('casualty', 'training_mishap')})\b", re.I),
        "training_attack": re.compile(rf"\b(?:{lex.alternation('casualty', 'training_attack')})\b", re.I),
        "conflict_tally": re.compile(rf"\b(?:{lex.alternation('casualty', 'conflict_tally')})\b", re.I),
        # an obituary: "dies at 91", "died aged 78" (age checked by the caller); not "number of dead at 71"
        "obituary": re.compile(
            rf"\b(?<!of\s)(?<!of\sthe\s)(?:(?:{lex.alternation('casualty', 'obituary_age_before')})"
            rf"\s+(?P<age>\d{{2,3}})\b|(?:{lex.alternation('casualty', 'obituary_words')})\b)",
            re.I,
        ),
        "recall": re.compile(rf"\b(?:{lex.alternation('casualty', 'recall_verbs')})\b", re.I),
        "long_past": re.compile(rf"\b(?:{lex.alternation('casualty', 'long_past')})\b", re.I),
    }


# the youngest age an obituary lead is read at: obituaries tell long lives; "a boy died aged 12 of his
# wounds" is news of the war
OBITUARY_MIN_AGE = 60
# a recaller aged 80 or more ("the 99-year-old survivor", "Survivor, 92, remembers"): the long past
OLD_RECALLER = re.compile(r"\b(?:[89]\d|1[01]\d)-year-old\b|,\s+(?:[89]\d|1[01]\d),")
# substrings (lowercase) one of which every entry of these lexicon lists holds: a cheap test first
# (OBITUARY_HINTS: obituary_age_before, obituary_words; RECALL_HINTS: recall_verbs)
OBITUARY_HINTS = ("dies", "died", "dead", "obituar", "memoriam")
RECALL_HINTS = ("recall", "remember", "reminisc", "look", "recount")
ABOUT_HINTS = {
    "training_context": ("exercise", "drill", "training", "range"),
    "press_freedom": ("press", "journalist", "reporters", "cpj", "ifj", "watchdog"),
    "crime_statistics": ("homicide", "murder", "crime", "femicide", "violence", "killed by", "partner"),
    "crime_context": (
        "gang", "crimin", "crime", "cartel", "drug", "narcotic", "robber", "kidnapper", "inmate", "drive-by",
        "dacoit", "encounter", "thie", "justice", "hands", "bar", "block party", "murder", "manslaughter",
        "lynch", "theft", "stealing", "cult", "starved", "serial", "penitentiary", "riot", "tavern",
        "nightclub", "mall", "shooting", "motive", "dispute", "favela", "police", "fans", "supporters",
        "hooligan", "ultras", "crowd", "mafia", "hitm", "sicario", "extortion", "row over", "quarrel",
    ),
    "game_context": (
        "game", "call of duty", "warzone", "fortnite", "pubg", "counter-strike", "royale", "esports",
        "e-sports", "multiplayer", "streak", "drone show", "light show", "air show", "airshow", "playstation",
        "xbox", "nintendo", "chess", "grandmaster", "shooter", "mode", "screen", "players", "trailer",
    ),
}  # fmt: skip


# the lexicon patterns `TextContext.about` asks of a whole item (each once per item)
ABOUT_KINDS = (
    "press_freedom", "crime_statistics", "crime_context", "conflict_context", "game_context",
    "training_context", "training_attack",
)  # fmt: skip


def _outlinable(kind: str) -> bool:
    """Whether the lexicon pattern `kind` can be outlined for `about_ruled_out`: not with a start anchor
    (which the joined sentences it reads would not keep), and RE2 reads it."""
    pattern = lexicon_patterns()[kind]
    if "^" in pattern.pattern or r"\A" in pattern.pattern:
        return False
    try:
        Outline(pattern)
    except (ValueError, re2.error):
        return False
    return True


@lru_cache(maxsize=1)
def _about_set() -> tuple[Outline | None, tuple[str, ...]]:
    """One RE2 set of the outlines of every kind of ABOUT_KINDS, and those kinds in the set's order:
    one scan of an item says which of them may occur, where one scan per kind read the item again for
    each (a veto table that reaches the item-wide vetoes asks up to seven). A kind the set cannot hold
    is left out of it (never ruled out)."""
    kinds = tuple(k for k in ABOUT_KINDS if "^" not in lexicon_patterns()[k].pattern)
    kinds = tuple(k for k in kinds if r"\A" not in lexicon_patterns()[k].pattern)
    patterns = [lexicon_patterns()[k] for k in kinds]
    if not patterns or any(p.flags != patterns[0].flags for p in patterns):
        return None, ()
    try:
        # (`Outline` reads the flags of the pattern it is given, and each branch's text: here each
        # branch is a whole kind's pattern, all with the same flags)
        return Outline(patterns[0], [p.pattern for p in patterns]), kinds
    except (ValueError, re2.error):  # one kind RE2 cannot read: the set without it
        kinds = tuple(k for k in kinds if _outlinable(k))
        patterns = [lexicon_patterns()[k] for k in kinds]
        return (Outline(patterns[0], [p.pattern for p in patterns]), kinds) if patterns else (None, ())


def about_ruled_out(text: str) -> frozenset[str]:
    """The kinds of ABOUT_KINDS that surely have no match in `text` (an item's sentences joined by
    spaces): those whose outline does not occur in it (none when the outline cannot read the text)."""
    outline, kinds = _about_set()
    found = outline.branches_in(text) if outline is not None else None
    if found is None:
        return frozenset()
    return frozenset(k for i, k in enumerate(kinds) if i not in found)


def may_be_about(kind: str, low: str, ruled_out: frozenset[str]) -> bool:
    """Whether the lexicon pattern `kind` may match in one of an item's sentences (`low`, their texts'
    lowercased join; `ruled_out`, `about_ruled_out` of the join): its outline occurs in the item (one
    RE2 scan for every kind, where `re` would try the list's words at every position of each
    sentence), and then a word of ABOUT_HINTS (a scan of the text for each)."""
    if kind in ruled_out:
        return False
    hints = ABOUT_HINTS.get(kind)
    if hints is not None:
        for w in hints:  # noqa: SIM110 -- a plain loop: `any()` over a generator costs more than the tests
            if w in low:
                return True
        return False
    return True
