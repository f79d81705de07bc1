"""Is a casualty figure about violence? The cue words (lexicon/en.toml, section [cues]), matched with one
Aho-Corasick automaton per sentence (a regex alternation of ~150 words under IGNORECASE was the
casualty extractor's main cost).

Three kinds of cue:

- STRONG: violence ("air strike", "shelling", "militants"). Only these outweigh a disaster word in the
  figure's own clause ("a drone strike hit a bus station, killing 30").
- WEAK: armed groups and words that colour a text as conflict news but do not outweigh a disaster
  word ("an earthquake killed 800, Taliban officials said").
- NOT: disasters, accidents, disease, crime, judicial executions, games ("earthquake", "bus",
  "cholera", "gunman", "death row", "video game"), one list per category (`NOT_CATEGORIES`), so a
  dropped figure can say which kind of not-violence dropped it.

"blast" and "explosion" alone are WEAK: a blast at a factory is an accident, a bomb blast is violence
through "bomb". "executed" is WEAK too: an armed group's executions are violence through the group
("RSF fighters executed 20 civilians"), a state's hangings for drug offences are not.

A word ending in "*" matches as a prefix ("bomb*": bombs, bombed, bombing); every other entry must
stand alone. "fire" is read from the word before it: "Israeli fire", "army fire", "under fire" are
violence; "opened fire" and "cease-fire" are neither; a bare "fire" is a disaster.
"strike(s)" and "attack(s)" are read from the word before them too: "lightning strikes", "a doctors'
strike", "went on strike", "heart attacks", "shark attack", "cyber-attack" are NOT cues; so is a
"firework rocket", and any rocket of a sentence that speaks of fireworks.
A war word alone in short quotes ("'war zone' scenes", a "bloodbath" on the markets; lexicon
quoted_figurative) is figurative and no cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import DEMONYMS

STRONG = 1
WEAK = 2
NOT = 4
# the kinds of NOT cue, one lexicon list each ([cues] not_<category>), each a named casualty veto
NOT_CATEGORIES = ("disaster", "accident", "disease", "crime", "judicial", "game")


@dataclass(frozen=True, slots=True)
class _Tables:
    """The cue lists of lexicon/en.toml [cues], as the sets `cue_hits` reads."""

    fire_strong_before: frozenset[str]
    fire_neutral_before: frozenset[str]
    war_neutral_before: frozenset[str]
    war_neutral_on: frozenset[str]
    storm_verb_after: frozenset[str]
    storm_verb_objects: frozenset[str]
    war_not_after: frozenset[str]
    fighting_not_objects: frozenset[str]
    # "strike(s)", "attack", "rocket(s)": words before them that make them NOT
    not_before: dict[str, frozenset[str]]
    # "fireworks injured 400 ... hit by rockets": the rockets of such a sentence are fireworks
    rocket_not_in_sentence: re.Pattern[str]
    ruled_out: re.Pattern[str]  # "ruling out a strike": a violence word denied is no cue
    source_verb_after: frozenset[str]  # "a police officer told AFP": a source, not a crime
    vehicle_place_after: frozenset[str]  # "bus depot", "train station": a place, not an accident
    vehicle_place_before: re.Pattern[str]  # "beside a bus": where people were, not an accident
    vehicle_armed_before: frozenset[str]  # "a military aircraft struck": an attacker, not an accident
    vehicle_attack_after: frozenset[str]
    quoted_figurative: frozenset[str]  # "'war zone' scenes": a war word alone in quotes is figurative
    setting: re.Pattern[str]  # "displaced by the war": what people fled, not what harmed them
    governing_after: frozenset[str]  # "a rebel-appointed official": who governs, not what harmed anyone
    fire_set_verbs: frozenset[str]  # "set dozens of homes on fire": arson, not a blaze


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    lex = lexicon("en")
    strike_not = lex.word_set("cues", "strike_not_before")
    return _Tables(
        fire_strong_before=lex.word_set("cues", "fire_strong_before") | {d.lower() for d in DEMONYMS},
        fire_neutral_before=lex.word_set("cues", "fire_neutral_before"),
        war_neutral_before=lex.word_set("cues", "war_neutral_before"),
        war_neutral_on=lex.word_set("cues", "war_neutral_on"),
        storm_verb_after=lex.word_set("cues", "storm_verb_after"),
        storm_verb_objects=lex.word_set("cues", "storm_verb_objects"),
        war_not_after=lex.word_set("cues", "war_not_after"),
        fighting_not_objects=lex.word_set("cues", "fighting_not_objects"),
        not_before={
            "strike": strike_not,
            "strikes": strike_not,
            "attack": lex.word_set("cues", "attack_not_before"),
            "rocket": lex.word_set("cues", "rocket_not_before"),
        },
        source_verb_after=lex.word_set("cues", "source_verb_after"),
        vehicle_place_after=lex.word_set("cues", "vehicle_place_after"),
        vehicle_place_before=re.compile(
            rf"\b(?:{lex.alternation('cues', 'vehicle_place_before')})\s+(?:a|an|the|two|several)\s+$"
        ),
        vehicle_armed_before=lex.word_set("cues", "vehicle_armed_before"),
        vehicle_attack_after=lex.word_set("cues", "vehicle_attack_after"),
        quoted_figurative=lex.word_set("cues", "quoted_figurative"),
        rocket_not_in_sentence=re.compile(rf"\b(?:{lex.alternation('cues', 'rocket_not_in_sentence')})"),
        setting=re.compile(
            rf"\b(?:{lex.alternation('cues', 'setting_before')})\s+(?:the\s+|a\s+|(?:years|months)\s+of\s+)?"
            r"(?:[\w-]+\s+){0,2}$"  # "uprooted by the Boko Haram insurgency"
        ),
        governing_after=lex.word_set("cues", "governing_after"),
        fire_set_verbs=lex.word_set("cues", "fire_set_verbs"),
        ruled_out=re.compile(
            rf"\b(?:{lex.alternation('cues', 'ruled_out_before')})\s+(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?$"
        ),
    )


# cues whose kind depends on the word before them
_READ_BEFORE = {"fire", "war", "wars", "storm", "storms", "strike", "strikes", "attack", "rocket", "fighting"}


@lru_cache(maxsize=1)
def _automaton() -> Any:
    lex = lexicon("en")
    table: dict[str, tuple[int, bool]] = {}
    lists = [("strong", STRONG), ("weak", WEAK)] + [(f"not_{c}", NOT) for c in NOT_CATEGORIES]
    for key_name, flag in lists:
        for entry in lex.words("cues", key_name):
            prefix = entry.endswith("*")
            key = entry.rstrip("*")
            old_flag, old_prefix = table.get(key, (0, prefix))
            table[key] = (old_flag | flag, old_prefix and prefix)
    table["fire"] = (0, False)  # decided from the word before it
    auto = ahocorasick.Automaton()
    for key, (flag, prefix) in table.items():
        auto.add_word(key, (len(key), flag, prefix, key if key in _READ_BEFORE else ""))
    auto.make_automaton()
    return auto


# a vehicle people waited for or boarded is where they were when struck, not what crashed
_VEHICLE_AWAITED = re.compile(r"\b(?:wait(?:s|ed|ing)?\s+for|board(?:s|ed|ing)?)\s+(?:a|an|the)\s+$")


def _vehicle_is_a_place(low: str, start: int, tables: _Tables) -> bool:
    """A vehicle word awaited or boarded ("waiting for a bus", "to board a train") or placed by a
    preposition ("beside a bus", "near a fuel tanker") tells where people were, not an accident."""
    lo = max(0, start - 24)
    return bool(_VEHICLE_AWAITED.search(low, lo, start) or tables.vehicle_place_before.search(low, lo, start))


def _vehicle_no_accident(low: str, start: int, end: int, tables: _Tables) -> bool:
    return _vehicle_is_a_place(low, start, tables) or _vehicle_is_armed(low, start, end, tables)


def _vehicle_is_armed(low: str, start: int, end: int, tables: _Tables) -> bool:
    """A vehicle word told as an armed force's and followed by an act of attack ("a military aircraft
    struck a crowded market", "junta jets bombed the village") is the attacker, not an accident."""
    before = low[max(0, start - 24) : start].split()
    return (
        bool(before)
        and before[-1] in tables.vehicle_armed_before
        and _next_word(low, end) in tables.vehicle_attack_after
    )


def _fire_kind(low: str, start: int, tables: _Tables) -> int | None:
    """The kind of "fire" at `start`, read from the word before it: "Israeli fire", "under fire" are
    STRONG, a bare "fire" a disaster (NOT); None for no cue: "cease-fire", "opened fire", arson ("gunmen
    set dozens of homes on fire")."""
    if start > 0 and low[start - 1] == "-":
        return None  # cease-fire
    prev = low[:start].rsplit(None, 1)[-1] if low[:start].strip() else ""
    if prev in tables.fire_neutral_before:
        return None
    if prev == "on" and any(
        w in tables.fire_set_verbs for w in low[max(0, start - 50) : start].split()[-6:-1]
    ):
        return None
    return STRONG if prev in tables.fire_strong_before or prev == "under" else NOT


def _names_a_ruler(low: str, end: int, tables: _Tables) -> bool:
    """Whether the violence word ending at `end` names who governs or speaks: joined to a word of
    lexicon governing_after ("rebel-appointed", "junta-run") or followed by a source verb ("the junta
    says"). A disaster in the figure's clause then still decides ("quake toll tops 3,000, junta says")."""
    if low[end + 1 : end + 2] == "-":
        return low[end + 2 : end + 16].split("-")[0].split(" ")[0].rstrip(".,;:") in tables.governing_after
    return _next_word(low, end) in tables.source_verb_after


def _next_word(low: str, end: int) -> str:
    following = low[end + 1 : end + 16].split()
    return following[0].strip(".,;:") if following else ""


# a short quotation: "'war zone' scenes", "a \u201cbloodbath\u201d" (the opening quote comes first and the
# look-behind checks the character before it, so `re` skips from quote to quote in C)
_QUOTED = re.compile(
    r"['\u2018\"\u201c](?<![\w'\u2019].)([^'\u2018\u2019\"\u201c\u201d]{2,25})['\u2019\"\u201d](?!\w)"
)


def _figurative_quotes(low: str, figurative: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of quotations that hold only a war word used figuratively (lexicon quoted_figurative)."""
    if "'" not in low and '"' not in low and "\u2018" not in low and "\u201c" not in low:
        return []
    return [m.span(1) for m in _QUOTED.finditer(low) if m.group(1).strip() in figurative]


def cue_hits(low: str) -> list[tuple[int, int]]:
    """(position, cue kind) of every cue in lowercased text `low`."""
    out: list[tuple[int, int]] = []
    n = len(low)
    tables = _tables()
    quoted = _figurative_quotes(low, tables.quoted_figurative)
    for end, (length, flag, prefix, read_before) in _automaton().iter(low):
        start = end - length + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        if not prefix and end + 1 < n and low[end + 1].isalnum():
            continue
        if quoted and flag & STRONG and any(lo <= start < hi for lo, hi in quoted):
            continue  # "'war zone' scenes as fans celebrate": figurative
        if flag & STRONG and tables.ruled_out.search(low, max(0, start - 30), start):
            continue
        if flag & STRONG and tables.setting.search(low, max(0, start - 40), start):
            flag = WEAK  # "families displaced by the war": what they fled, conflict news but no cause
        if flag & STRONG and _names_a_ruler(low, end, tables):
            flag = WEAK  # "a rebel-appointed official said", "the junta says": who rules or speaks
        if flag == NOT and _next_word(low, end) in tables.vehicle_place_after:
            continue  # "at a bus depot": where people were, not a road accident
        if flag == NOT and _vehicle_no_accident(low, start, end, tables):
            continue  # "beside a bus": a place; "a military aircraft struck": the attacker
        if flag == NOT and _next_word(low, end) in tables.source_verb_after:
            continue  # "a police officer told AFP": who spoke, not what happened
        if read_before in tables.not_before:
            not_before = tables.not_before[read_before]
            prev = low[:start].rsplit(None, 1)[-1].rstrip("-") if low[:start].strip() else ""
            fireworks = read_before == "rocket" and tables.rocket_not_in_sentence.search(low) is not None
            if prev.rstrip("s") in not_before or prev in not_before or fireworks:
                flag = NOT
        elif read_before in {"war", "wars"}:
            prev = low[:start].rsplit(None, 1)[-1] if low[:start].strip() else ""
            if prev in tables.war_neutral_before:
                continue
            if (
                low[end + 1 : end + 2] == "-"
                and low[end + 2 : end + 16].split("-")[0].split()[0:1]
                and (low[end + 2 : end + 16].split()[0].rstrip(".,;:") in tables.war_not_after)
            ):
                continue  # "the war-torn region": it describes a place, it reports no violence
            rest = low[end + 1 : end + 24].split()
            if len(rest) >= 2 and rest[0] == "on" and rest[1].strip(".,;:") in tables.war_neutral_on:
                continue
        elif read_before in {"storm", "storms"}:
            prev = low[:start].rsplit(None, 1)[-1] if low[:start].strip() else ""
            following = low[end + 1 : end + 12].split()
            if prev in tables.storm_verb_after or (following and following[0] in tables.storm_verb_objects):
                continue
        elif read_before == "fighting" and _next_word(low, end) in tables.fighting_not_objects:
            continue  # "killed fighting wildfires": fighting a fire, not an armed foe
        elif read_before == "fire":
            fire = _fire_kind(low, start, tables)
            if fire is None:
                continue
            flag = fire
        out.append((start, flag))
    return out


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    """NOT cue entry (without "*") -> its list's category ("disaster", "accident", ...)."""
    lex = lexicon("en")
    return {e.rstrip("*"): c for c in NOT_CATEGORIES for e in lex.words("cues", f"not_{c}")}


@lru_cache(maxsize=1)
def _category_lengths() -> tuple[int, ...]:
    """The lengths of the NOT cue entries, longest first."""
    return tuple(sorted({len(k) for k in _categories()}, reverse=True))


def not_cue(
    low: str, hits: list[tuple[int, int]], lo: int = 0, hi: int | None = None
) -> tuple[str, str] | None:
    """(category, word) of the first NOT cue among `hits` at lo <= position < hi, for explanations:
    which kind of not-violence (disaster, accident, disease, crime, judicial, game) and which word."""
    return next(not_cues(low, hits, lo, hi), None)


def not_cues(
    low: str, hits: list[tuple[int, int]], lo: int = 0, hi: int | None = None
) -> Iterator[tuple[str, str]]:
    """(category, word) of every NOT cue among `hits` at lo <= position < hi, in text order."""
    cats = _categories()
    for pos, flag in hits:
        if flag & NOT and lo <= pos and (hi is None or pos < hi):
            word = low[pos : pos + 40]
            # the longest entry that starts `word`: one dict lookup per entry length, not a test per entry
            for length in _category_lengths():
                key = word[:length]
                if len(key) == length and key in cats:
                    yield cats[key], low[pos : pos + length] + _word_rest(low, pos + length)
                    break
            else:
                yield "disaster", word.split()[0] if word.split() else word  # "fire" read as a blaze


def _word_rest(low: str, at: int) -> str:
    end = at
    while end < len(low) and (low[end].isalnum() or low[end] == "-"):
        end += 1
    return low[at:end]


def kinds_between(hits: list[tuple[int, int]], lo: int, hi: int) -> int:
    """The cue kinds found at positions lo <= p < hi."""
    mask = 0
    for pos, flag in hits:
        if lo <= pos < hi:
            mask |= flag
    return mask


def kinds(hits: list[tuple[int, int]]) -> int:
    mask = 0
    for _, flag in hits:
        mask |= flag
    return mask
