"""Who recognises when the sentence names no state: a leader standing for their country, one the text
introduces ("Russian President Vladimir Putin"), a well-known one (places.LEADERS), "the German
chancellor" elsewhere in the text, or "his government" after a headline's "Malta's PM"; for a headline's
unnamed state ("Pacific nation ..."), the state the lead opens with (pure)."""

from __future__ import annotations

import re

from bot.core.extract.places import DEMONYMS, LEADERS, canonical_name, find_places
from bot.core.extract.recognition_patterns import GENERIC_LEADER, LEADER, UN_BODIES, reaction_stems

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


def lead_opening_state(sentence: str, text: str, excluded: set[str | None]) -> str | None:
    """The state a lead opens with, standing for the headline's unnamed one: "Caribbean state recognises
    Palestine" then "Trinidad and Tobago's foreign ministry announced the recognition ..." (or "Peru said
    ..."). Only for a headline; not a demonym ("Serbian Foreign Minister ... said"), a capital ("Washington
    said"), what is recognised, a lead telling a reaction ("Israel's foreign ministry condemned ..."),
    nor one whose first sentence tells another state's act ("Serbia said Palau had withdrawn ...")."""
    head, _, rest = text.partition("\n")
    if not rest or head.strip() != sentence.strip():
        return None
    lead = rest.lstrip()
    end = _SENTENCE_END.search(lead)
    lead = lead[: end.start() + 1] if end else lead
    places = find_places(lead[:200])
    if not places or places[0].start != 0:
        return None
    opener = places[0]
    if opener.demonym or opener.capital or opener.city or opener.canonical in excluded:
        return None
    if not _OPENER_ROLE.match(lead, opener.end) or reaction_stems().search(lead.lower()):
        return None
    for other in places[1:]:
        if other.demonym or other.capital or other.city or other.canonical in (opener.canonical, *excluded):
            continue
        if _ACTS_AFTER.match(lead, other.end):
            return None
    return opener.canonical


_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
# the state is the subject: its possessive ("Malta's prime minister announced") or its own verb ("Peru said")
_OPENER_ROLE = re.compile(
    r"['’]s\s|\s+(?:(?:on|late|early)\s+\w+\s+)?(?:said|says|told|(?-i:[a-z])\w*(?:ed|s))\b"
)
# another state as the subject of its own act: "Palau had withdrawn", "Palau's government decided"
_ACTS_AFTER = re.compile(r"['’]s\s|\s+(?:had|has|have|would|will|was|is|did|could|may|might|\w+ed)\b")
