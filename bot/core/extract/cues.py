"""Is a casualty figure about violence? The cue words, as tables an admin can edit, matched with one
Aho-Corasick automaton per sentence (a regex alternation of ~150 words under IGNORECASE was the
casualty extractor's main cost).

Three kinds of cue:

- STRONG: violence ("air strike", "shelling", "militants"). Only these outweigh a disaster word in the
  figure's own clause ("a drone strike hit a bus station, killing 30").
- WEAK: armed groups and words that colour a text as conflict news but do not outweigh a disaster
  word ("an earthquake killed 800, Taliban officials said").
- NOT: disasters, accidents, disease, crime, judicial executions ("earthquake", "bus", "cholera",
  "gunman", "death row").

"blast" and "explosion" alone are WEAK: a blast at a factory is an accident, a bomb blast is violence
through "bomb". "executed" is WEAK too: an armed group's executions are violence through the group
("RSF fighters executed 20 civilians"), a state's hangings for drug offences are not.

A word ending in "*" matches as a prefix ("bomb*": bombs, bombed, bombing); every other entry must
stand alone. "fire" is read from the word before it: "Israeli fire", "army fire", "under fire" are
violence; "opened fire" and "cease-fire" are neither; a bare "fire" is a disaster.
"strike(s)" and "attack(s)" are read from the word before them too: "lightning strikes", "a doctors'
strike", "went on strike", "heart attacks", "shark attack", "cyber-attack" are NOT cues.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import ahocorasick

from bot.core.extract.places import DEMONYMS

STRONG = 1
WEAK = 2
NOT = 4

_STRONG_WORDS = """
war wars warfare conflict airstrike* air strike* air-strike* strike strikes attack* bomb*
missile* shell shells shelled shelling rocket* drone* militant* rebel* insurgen* jihadist* militia*
gunmen massacre* martyr* clash clashes clashed fighting violence aggression genocide siege hostilities
offensive terror* suicide bomber* ambush* raid raids raided sniper* crossfire artillery mortar* grenade*
invasion occupation junta coup armed group* paramilitar* battle* combat front line* frontline*
warplane* fighter jet* murdered slaughtered beheaded killing spree fired on fired at fired live
under fire
"""
_WEAK_WORDS = """
hamas hezbollah houthi houthis rsf rapid support forces islamic state isis al-shabab al-shabaab
boko haram taliban adf m23 gunfire opened fire explosive explosives ceasefire gang gangs
blast blasts executed
"""
_NOT_WORDS = """
earthquake* quake* tsunami* flood* flash flood* landslide* mudslide* monsoon* cyclone* hurricane*
typhoon* storm storms tornado* heatwave* heat wave* heat temperatures wildfire* bushfire* blaze
avalanche* volcano* volcanic eruption drought lightning crash crashes crashed collision* collided
derail* accident* bus buses truck lorry plane aircraft helicopter train ferry capsized capsizes sank
shipwreck* stampede* crush collapse collapsed collapses mine collapse disease* outbreak* cholera ebola
covid* coronavirus virus epidemic pandemic measles dengue malaria mpox influenza flu overdose*
poisoning pilgrim* hajj mall supermarket gunman school shooting mass shooting police officer
firework* factory tanker petrol fuel gas explosion gas leak gas cylinder boiler drown* electrocut*
snakebite* road accident* traffic reactor* industrial chemical plant
death row death sentence* sentenced to death hanged hanging* capital punishment drug-related drug offences
drug trafficking
stabbed stabbing* knife knives robber* homicide* poach* cold wave* cold snap* hypothermia frostbite
pollution particulate smog
video game* gamer* streamer* esports call of duty police contact police custody police chase
"""
# words before "fire" that make it gunfire or shelling
_FIRE_STRONG_BEFORE = {
    "army", "military", "troops", "troops'", "forces", "forces'", "tank", "sniper", "naval", "heavy",
    "live", "machine-gun", "enemy", "artillery", "israeli", "russian", "ukrainian", "police",
} | {d.lower() for d in DEMONYMS}  # fmt: skip
_FIRE_NEUTRAL_BEFORE = {"opened", "open", "opening", "cross", "returned", "return"}
# words before "strike(s)" or "attack(s)" that make it weather, labour, medicine, animals or computers:
# "lightning strikes", "a doctors' strike", "went on strike", "heart attacks", "shark attack"
_STRIKE_NOT_BEFORE = {
    "lightning", "hunger", "general", "rail", "railway", "labour", "labor", "doctors'", "doctors",
    "nurses'", "nurses", "workers'", "workers", "teachers'", "teachers", "union", "transport", "pension",
    "wage", "on",
}  # fmt: skip
_ATTACK_NOT_BEFORE = {
    "heart", "asthma", "panic", "shark", "tiger", "dog", "bear", "elephant", "crocodile", "snake", "wolf",
    "leopard", "lion", "animal", "wildlife", "cyber", "ransomware", "hacker", "phishing", "malware",
}  # fmt: skip


_PHRASES = {
    # multi-word entries (kept whole); everything else is one word
    "air strike*", "air-strike*", "suicide bomber*", "armed group*", "front line*", "fighter jet*",
    "killing spree", "fired on", "fired at", "fired live", "under fire", "rapid support forces",
    "islamic state", "boko haram", "opened fire", "flash flood*", "heat wave*", "mine collapse",
    "school shooting", "mass shooting", "police officer", "gas explosion", "gas leak", "gas cylinder",
    "road accident*", "chemical plant", "death row", "death sentence*", "sentenced to death",
    "capital punishment", "drug offences", "drug trafficking", "cold wave*", "cold snap*", "video game*",
    "call of duty", "police contact", "police custody", "police chase",
}  # fmt: skip


def _split(words: str) -> list[str]:
    text = " " + " ".join(words.split()) + " "
    out: list[str] = []
    for phrase in sorted(_PHRASES, key=len, reverse=True):
        if f" {phrase} " in text:
            out.append(phrase)
            text = text.replace(f" {phrase} ", " ")
    out.extend(text.split())
    return out


@lru_cache(maxsize=1)
def _automaton() -> Any:
    table: dict[str, tuple[int, bool]] = {}
    for words, flag in ((_STRONG_WORDS, STRONG), (_WEAK_WORDS, WEAK), (_NOT_WORDS, NOT)):
        for entry in _split(words):
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


# A metaphorical war is no cue at all: "a price war", "the culture war", "the war on drugs".
_WAR_NEUTRAL_BEFORE = {
    "price", "fare", "trade", "tariff", "currency", "culture", "culture-", "turf", "bidding", "talent",
    "console", "streaming", "flame", "star", "format", "browser", "cola", "subscription",
}  # fmt: skip
_WAR_NEUTRAL_ON = (
    "drugs", "drug", "cancer", "crime", "poverty", "fentanyl", "opioids", "obesity", "inflation", "waste",
    "plastic", "christmas", "woke", "science", "fun", "talent", "cash",
)  # fmt: skip

# cues whose kind depends on the word before them ("fire" and "war" are decided in `cue_hits`)
_NOT_BEFORE = {"strike": _STRIKE_NOT_BEFORE, "strikes": _STRIKE_NOT_BEFORE, "attack": _ATTACK_NOT_BEFORE}
# "storm" after an armed group is the verb ("gangs storm Mirebalais"), not the weather: no cue
_STORM_VERB_AFTER = {
    "gangs", "gunmen", "fighters", "militants", "rebels", "troops", "forces", "soldiers", "militiamen",
    "jihadists", "insurgents", "attackers", "settlers", "protesters", "rioters", "mob", "police",
}  # fmt: skip
_READ_BEFORE = {"fire", "war", "wars", "storm", "storms", *_NOT_BEFORE}


def cue_hits(low: str) -> list[tuple[int, int]]:
    """(position, cue kind) of every cue in lowercased text `low`."""
    out: list[tuple[int, int]] = []
    n = len(low)
    for end, (length, flag, prefix, read_before) in _automaton().iter(low):
        start = end - length + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        if not prefix and end + 1 < n and low[end + 1].isalnum():
            continue
        if read_before in _NOT_BEFORE:
            prev = low[:start].rsplit(None, 1)[-1].rstrip("-") if low[:start].strip() else ""
            if prev.rstrip("s") in _NOT_BEFORE[read_before] or prev in _NOT_BEFORE[read_before]:
                flag = NOT
        elif read_before in {"war", "wars"}:
            prev = low[:start].rsplit(None, 1)[-1] if low[:start].strip() else ""
            if prev in _WAR_NEUTRAL_BEFORE:
                continue
            rest = low[end + 1 : end + 24].split()
            if len(rest) >= 2 and rest[0] == "on" and rest[1].strip(".,;:") in _WAR_NEUTRAL_ON:
                continue
        elif read_before in {"storm", "storms"}:
            prev = low[:start].rsplit(None, 1)[-1] if low[:start].strip() else ""
            if prev in _STORM_VERB_AFTER:
                continue
        elif read_before == "fire":
            if start > 0 and low[start - 1] == "-":
                continue  # cease-fire
            prev = low[:start].rsplit(None, 1)[-1] if low[:start].strip() else ""
            if prev in _FIRE_NEUTRAL_BEFORE:
                continue
            flag = STRONG if prev in _FIRE_STRONG_BEFORE or prev == "under" else NOT
        out.append((start, flag))
    return out


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
