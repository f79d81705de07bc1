"""The patterns compiled from the lexicon's [casualty] lists (settings, contexts, obituaries,
recollections, durations) and the cheap tests before them: what an item or a sentence is about, for
the vetoes and the item's context (casualty_vetoes, casualty_location, casualty_violence)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import re2

from bot.core.extract.lexicon import lexicon
from bot.core.extract.re2_outline import Outline
from bot.core.extract.text import Sentence


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


@cache
def _about_outline(kind: str) -> Outline | None:
    """The RE2 outline of the lexicon pattern `kind`, or None when it has a start anchor (which the
    joined sentences `may_be_about` scans would not keep) or RE2 cannot read it."""
    pattern = lexicon_patterns()[kind]
    if "^" in pattern.pattern or r"\A" in pattern.pattern:
        return None
    try:
        return Outline(pattern)
    except (ValueError, re2.error):
        return None


def may_be_about(kind: str, low: str, sents: list[Sentence]) -> bool:
    """Whether the lexicon pattern `kind` may match in one of `sents` (an item's sentences; `low`, their
    texts' lowercased join): one RE2 scan of the joined sentences, where `re` would try the list's words
    at every position of each sentence, and then a word of ABOUT_HINTS (a scan of the text for each)."""
    outline = _about_outline(kind)
    if outline is not None and outline.absent_in(" ".join(sent.text for sent in sents)):
        return False
    hints = ABOUT_HINTS.get(kind)
    if hints is not None:
        for w in hints:  # noqa: SIM110 -- a plain loop: `any()` over a generator costs more than the tests
            if w in low:
                return True
        return False
    return True
