"""Who recognises when the sentence names no state: a leader standing for their country, one the text
introduces ("Russian President Vladimir Putin"), a well-known one (places.LEADERS), "the German
chancellor" elsewhere in the text, or "his government" after a headline's "Malta's PM" (pure)."""

from __future__ import annotations

import re

from bot.core.extract.places import DEMONYMS, LEADERS, canonical_name
from bot.core.extract.recognition_patterns import GENERIC_LEADER, LEADER, UN_BODIES

# a word every match of LEADER holds (its titles, in their case; "Prime Minister" and "Foreign Secretary"
# hold one too): a text with none of them introduces no leader, and a few `in` tests say so where LEADER
# would try each capital letter forty ways (most items)
_LEADER_TITLES = (
    "President",
    "Minister",
    "Chancellor",
    "Premier",
    "King",
    "Queen",
    "Emir",
    "Sultan",
    "Leader",
    "PM",
    "Secretary",
)


def leaders_in(text: str) -> dict[str, str]:
    """Surname -> country for leaders the text introduces ("Russian President Vladimir Putin")."""
    for title in _LEADER_TITLES:  # a plain loop: `any()` over a generator costs more than the tests
        if title in text:
            return leaders_named(text)
    return {}


def leaders_named(text: str) -> dict[str, str]:
    """`leaders_in` without its gate: LEADER run over the whole text."""
    out: dict[str, str] = {}
    for m in LEADER.finditer(text):
        place = m.group("place").split()[-1] if m.group("place") else ""
        canon = canonical_name(place)
        if canon and canon not in UN_BODIES:
            out.setdefault(m.group("name"), canon)
    return out


def _has_word(text: str, word: str) -> bool:
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            return True
        i = text.find(word, i + 1)
    return False


def fallback_actor(sentence: str, text: str, leaders: dict[str, str]) -> str | None:
    """A leader standing for their country: one the text introduces ("Russian President Vladimir
    Putin"), one of the well-known leaders in places.LEADERS, or "the German chancellor" elsewhere."""
    for name, canon in leaders.items():
        if _has_word(sentence, name):
            return canon
    for name, canon in LEADERS.items():
        if _has_word(sentence, name):
            return canon
    for m in GENERIC_LEADER.finditer(text):
        found = DEMONYMS.get(m.group("dem")) or canonical_name(m.group("dem"))
        if found:
            return found
    if _OWN_LEADER_IN_SENTENCE.search(sentence):
        # "his government would take a decision ..." after a headline "Malta's PM: ..."
        for m in _POSSESSIVE_LEADER.finditer(text):
            found = canonical_name(m.group("country"))
            if found:
                return found
        # or after a headline opened by the state: "Norway will decide on ... after consulting partners",
        # then "The cabinet will take a decision next month on whether to recognise ..."
        opening = _HEADLINE_STATE.match(text)
        if opening is not None and sentence.strip() != text.split("\n", 1)[0].strip():
            return canonical_name(opening.group("country"))
    return None


# the state a headline opens with, as the subject of its verb ("Norway weighs ...", "Chile will ...";
# not "Chile's opposition ...")
_HEADLINE_STATE = re.compile(
    r"\s*(?P<country>(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))\s+(?!['’]s\b)(?-i:[a-z])"
)


_OWN_LEADER_IN_SENTENCE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]he)\s+government\b|\bPrime\s+Minister\b|\bPresident\b|\b[Cc]abinet\b|\bForeign\s+Minister\b"
)
_POSSESSIVE_LEADER = re.compile(
    r"\b(?P<country>(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))'s\s+(?:PM|prime\s+minister|president|premier|chancellor|foreign\s+minister|"
    r"leader)\b",
    re.IGNORECASE,
)
