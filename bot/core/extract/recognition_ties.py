"""Diplomatic relations with an entity not every state recognises, told without the word "recognise":
"Ghana has restored diplomatic relations with the Sahrawi Arab Democratic Republic" (done), "Panama
suspends ties with the Sahrawi republic" (a withdrawal: rejected), "Kenya will establish relations with
Somaliland" (announced), "is weighing opening ties with Kosovo" (considering). Forming or restoring ties
with such an entity is its recognition; suspending or cutting them withdraws it. Nothing when the step is
only possible, urged, refused or told as history; relations with an ordinary state are no fact. The two
rival governments of China are recognition_switch's (pure; no I/O)."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.places import find_places
from bot.core.extract.recognition_history import HISTORY, YEARS_AGO
from bot.core.model import Recognition, Why

# what the relations are with: only an entity whose recognition is disputed (places' canonical names)
DISPUTED_PARTNERS = frozenset(
    {
        "Sahrawi Arab Democratic Republic",
        "Western Sahara",
        "Kosovo",
        "Somaliland",
        "Abkhazia",
        "South Ossetia",
    }
)
_SAHRAWI = re.compile(r"Sahrawi|Saharawi|\bSADR\b|\bRASD\b")
_TIES = r"(?:its\s+|their\s+)?(?:formal\s+|official\s+|full\s+)?(?:diplomatic\s+)?(?:ties|relations)"
_FORM = (
    r"(?:(?:re-?)?establish\w*|forg(?:e|es|ed|ing)|open\w*|set(?:s|ting)?\s+up|restor\w*|resum\w*|renew\w*|"
    r"normali[sz]\w*)"
)
_CUT = (
    r"(?:cut(?:s|ting)?|sever\w*|br(?:oke|oken|eak\w*)(?:\s+off)?|end(?:s|ed|ing)?|suspend\w*|freez\w*|froze\w*|"
    r"terminat\w*|downgrad\w*)"
)
TIES_WITH = re.compile(
    rf"\b(?:(?P<form>{_FORM})|(?P<cut>{_CUT}))\s+{_TIES}\s+with\s+(?P<partner>[^,;.]{{2,60}})", re.IGNORECASE
)
# "X and the SADR established diplomatic relations": the partner one of the two named before the verb
TIES_BETWEEN = re.compile(
    rf"\band\s+(?P<partner>(?:the\s+)?(?-i:[A-Z])[^,;.]{{1,50}}?)\s+(?:have\s+|has\s+)?(?:(?P<form>{_FORM})|"
    rf"(?P<cut>{_CUT}))\s+(?:formal\s+|full\s+)?diplomatic\s+(?:ties|relations)\b",
    re.IGNORECASE,
)
# not a step made: only possible, urged, refused, denied, conditional
_NOT_MADE = re.compile(
    r"\b(?:could|may|might|would|should|not|never|no|n't|refus\w*|reject\w*|rul\w*\s+out|if|unless|whether|"
    r"urg\w*|call\w*\s+on|press\w*|pressure\w*|threat\w*|rumou?r\w*|speculat\w*|deni\w*|deny\w*|demand\w*)\s+"
    r"(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|to|plans?\s+to|intends?\s+to|is\s+set\s+to|agreed\s+to|decided\s+to)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_WEIGHED = re.compile(
    r"\b(?:consider\w*|weigh\w*|mull\w*|review\w*|stud(?:y|ies|ying)|explor\w*|look\w*\s+at)\s+"
    r"(?:whether\s+(?:to\s+)?)?$",
    re.IGNORECASE,
)


def _status(before: str, cut: bool) -> str | None:
    """done, announced, considering or rejected (a withdrawal), or None when the step is not made."""
    tail = before[-50:]
    if _WEIGHED.search(tail):
        return "considering"
    planned = _PLANNED.search(tail[-30:])
    if _NOT_MADE.search(tail):
        if not (planned and planned.group(0).lower().startswith(("will", "shall"))):
            return None
        if re.search(r"\b(?:not|never|no|n't)\b", tail[-30:], re.IGNORECASE):
            return None
    if cut:
        return "rejected"
    return "announced" if planned else "done"


def disputed_ties(s: str, published: date | None = None) -> list[Recognition]:
    """The recognition told by relations formed, restored, suspended or cut with a disputed entity, or none
    (cheap word tests first)."""
    if not ("ties" in s or "relations" in s) or YEARS_AGO.search(s):
        return []
    if published is not None and any(int(y) <= published.year - 3 for y in HISTORY.findall(s)):
        return []
    m = TIES_WITH.search(s) or TIES_BETWEEN.search(s)
    if m is None:
        return []
    verb_at = m.start("form") if m.group("form") else m.start("cut")
    # "with the SADR": the partner after; "Kosovo and Israel established relations": either side before
    told = m.group("partner") if m.re is TIES_WITH else s[:verb_at]
    partner = next((p.canonical for p in find_places(told) if p.canonical in DISPUTED_PARTNERS), None)
    if partner == "Sahrawi Arab Democratic Republic" and not _SAHRAWI.search(told):
        partner = None  # "Sadr City", "al-Sadr": no republic
    if partner is None:
        return []
    status = _status(s[:verb_at], m.group("cut") is not None)
    if status is None:
        return []
    named = [
        p.canonical for p in find_places(s[:verb_at]) if not p.city and p.canonical not in DISPUTED_PARTNERS
    ]
    if not named:
        return []
    actor = named[-1]
    words = m.group(0).strip()[:80]
    roles = (
        ("actors", f"{actor}: the state named before the ties"),
        ("recognized", f"{partner}: diplomatic relations with it, '{words}'"),
    )
    why = Why("disputed_ties", (words,), s.strip(), roles, status)
    return [Recognition((actor,), partner, status, None, evidence=s.strip(), why=why)]
