"""Arms flows given back and embargoes in force again: what the action ladder reads as `lifted`
("releases hold on bombs", "restore some arms export licences", "release the shipment ... that had been
held back") and as `imposed` ("came back into force", "the arms embargo on Iran returns"), with their
words as lexicon data ([embargo] held_words, given_back_nouns, back_in_force_phrases,
embargo_return_verbs)."""

from __future__ import annotations

import re

from bot.core.extract.lexicon import lexicon

_EN = lexicon("en")

# a verb giving back: a hold released (with or without its article, as headlines drop it), a shipment
# released that the sentence says had been held, licences or exports restored
# (or goes ahead with a shipment that had been held: "will go ahead with the delivery of tank parts that
# had been paused"; or releases what it calls held: "releases held-up shells", "released the paused
# shipment")
_RELEASE = (
    r"\b(?:releas(?:e|es|ed|ing)|(?:move|moves|moved|moving|go|goes|went|going)\s+(?:forward|ahead)\s+with)"
)
_HELD = _EN.alternation("embargo", "held_words")
_GIVEN_BACK = (
    r"\breleas(?:e|es|ed|ing)\s+(?:a\s+|the\s+|its\s+|their\s+)?holds?\b|"
    + _RELEASE
    + r"\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:[\w,-]+\s+)?(?:shipments?|deliver(?:y|ies)|"
    r"consignments?|cargo)\b(?=[^.;]{0,120}?\b(?:" + _HELD + r")\b)|"
    r"\breleas(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:" + _HELD + r")\s+|"
    r"\brestor(?:e|es|ed|ing)\s+(?:some\s+|all\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:"
    + _EN.alternation("embargo", "given_back_nouns")
    + r")\b"
)
GIVEN_BACK = re.compile(_GIVEN_BACK, re.IGNORECASE)

BACK_IN_FORCE = re.compile(
    r"\b(?:" + _EN.alternation("embargo", "back_in_force_phrases") + r")\b", re.IGNORECASE
)
# right after the embargo words: "arms embargo on Iran returns", "the embargo snapped back"
_RETURNS_AFTER = re.compile(
    r"\s+(?:on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:"
    + _EN.alternation("embargo", "embargo_return_verbs")
    + r")\b",
    re.IGNORECASE,
)


def given_back_before(s: str, at: int) -> bool:
    """A flow given back, its verb up to 80 characters before the arms flow at `at`."""
    m = GIVEN_BACK.search(s, max(0, at - 80))
    return m is not None and m.start() < at


def back_in_force(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """An embargo in force again: `imposed`, read before any lifting the sentence recalls ("sanctions
    that had been lifted under the deal came back into force")."""
    m = BACK_IN_FORCE.search(s) or _RETURNS_AFTER.match(s, span[1])
    return ("imposed", m.group(0).strip()) if m else None
