"""Switches of diplomatic ties between the two rival governments of China, told without the word
"recognise": "Nauru cuts ties with Taipei and establishes relations with Beijing", "drops Taipei for
Beijing", "switches diplomatic allegiance from Taiwan to China", "cuts ties with Taiwan in favour of
China", "established ties with Beijing after severing them with Taipei". Each is a recognition of the
side chosen (`done`) and a withdrawal from the side left (`rejected`), as the corpus labels a switch told
with the word (pure; no I/O)."""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.places import RIVAL_OF, find_places
from bot.core.extract.recognition_history import HISTORY, YEARS_AGO
from bot.core.extract.recognition_patterns import IN_EFFECT
from bot.core.model import Recognition, Why

_SEAT = r"(?:the\s+)?(?:Taipei|Taiwan|Beijing|China|People's\s+Republic(?:\s+of\s+China)?)"
_TIES = r"(?:its\s+|their\s+)?(?:formal\s+|official\s+|full\s+)?(?:diplomatic\s+)?(?:ties|relations)"
_CUT = r"(?:cut(?:s|ting)?|sever\w*|br(?:oke|oken|eak\w*)(?:\s+off)?|end(?:s|ed|ing)?)"
_FORM = r"(?:establish\w*|forg(?:e|es|ed|ing)|open\w*|set(?:s|ting)?\s+up|restor\w*|form(?:s|ed|al\w*)?)"
TIES_SWITCH = re.compile(
    # "switches diplomatic ties from Taipei to Beijing"
    rf"\b(?:switch\w*|shift\w*|transfer\w*)\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:ties|relations|allegiance)\s+"
    rf"from\s+(?P<old1>{_SEAT})\s+to\s+(?P<new1>{_SEAT})"
    # "drops Taipei for Beijing", "ditches Taiwan in favour of China"
    rf"|\b(?:drop\w*|dump\w*|ditch\w*|abandon\w*)\s+(?P<old2>{_SEAT})\s+(?:for|in\s+favou?r\s+of)\s+(?P<new2>{_SEAT})"
    # "cut ties with Taipei and established relations with Beijing"
    rf"|\b{_CUT}\s+{_TIES}\s+with\s+(?P<old3>{_SEAT})\b[^.;]{{0,80}}?\b{_FORM}\s+{_TIES}\s+with\s+(?P<new3>{_SEAT})"
    # "cuts ties with Taiwan in favour of China", "cuts ties with Taipei in switch to Beijing"
    rf"|\b{_CUT}\s+{_TIES}\s+with\s+(?P<old5>{_SEAT})\s+(?:in\s+favou?r\s+of|for|in\s+(?:a\s+)?switch\s+to)\s+"
    rf"(?P<new5>{_SEAT})"
    # "established ties with Beijing after severing them with Taipei"
    rf"|\b{_FORM}\s+{_TIES}\s+with\s+(?P<new4>{_SEAT})\s+(?:after|by|,)\s+(?:\w+\s+)?{_CUT}\s+(?:them|{_TIES})\s+"
    rf"with\s+(?P<old4>{_SEAT})",
    re.IGNORECASE,
)


def _government(seat: str) -> str:
    """Taipei, Taiwan: Taiwan; Beijing, China, the People's Republic: China."""
    return "Taiwan" if re.search(r"Taipei|Taiwan", seat, re.I) else "China"


# not a switch made: "could switch ties", "ruled out switching", "under pressure to drop Taipei"
_NOT_MADE = re.compile(
    r"\b(?:could|would|may|might|will|shall|to|consider\w*|weigh\w*|mull\w*|rul\w*\s+out|not|never|no\s+plans?|"
    r"refus\w*|reject\w*|if|whether|pressure\w*|urg\w*|threat\w*|rumou?r\w*|speculat\w*|deni\w*|deny\w*)\s+"
    r"(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


# ties with Taipei restored, or weighed: a switch back to Taiwan ("is weighing restoring diplomatic ties
# with Taiwan": considering); restoring ties with Beijing is left alone, as a state may restore ties with
# China after a quarrel without any change of recognition
_RESTORE_TAIPEI = re.compile(
    rf"\b(?:restor\w*|re-?establish\w*|resum\w*|renew\w*)\s+{_TIES}\s+with\s+(?:Taipei|Taiwan)\b",
    re.IGNORECASE,
)
_LEAVES_BEIJING = re.compile(
    rf"\b(?:{_CUT}|suspend\w*|drop\w*|abandon\w*)\s+{_TIES}\s+with\s+(?:the\s+)?(?:Beijing|China|People's\s+Republic)\b",
    re.IGNORECASE,
)
_FIRM_PLAN = re.compile(r"(?:will|would|shall|to)\b", re.IGNORECASE)
_UNSURE = re.compile(
    r"\b(?:not|never|no|if|whether|could|may|might|urg\w*|call\w*|press\w*|pressure\w*)\b", re.IGNORECASE
)
_WEIGHED = re.compile(
    r"\b(?:consider\w*|weigh\w*|mull\w*|review\w*|stud(?:y|ies|ying)|explor\w*|look\w*\s+at)\s+"
    r"(?:whether\s+(?:to\s+)?)?$",
    re.IGNORECASE,
)


def taipei_restored(s: str) -> list[Recognition]:
    """A switch back to Taipei told as ties restored: `considering` when weighed, `done` when made;
    nothing when only possible, urged or refused."""
    m = _RESTORE_TAIPEI.search(s)
    if m is None or YEARS_AGO.search(s):
        return []
    before = s[: m.start()]
    status = "considering" if _WEIGHED.search(before[-40:]) else "done"
    not_made = _NOT_MADE.search(before[-50:]) if status == "done" else None
    if not_made and _FIRM_PLAN.match(not_made.group(0)) and not _UNSURE.search(before[-60:]):
        status = "announced"  # "would re-establish diplomatic relations with Taiwan": a plan
    elif not_made:
        return []
    named = [
        p.canonical for p in find_places(before) if not p.city and p.canonical not in ("Taiwan", "China")
    ]
    if not named:
        return []
    why = Why(
        "ties_switch",
        (m.group(0).strip(),),
        s.strip(),
        (("actors", f"{named[-1]}: the state named before"), ("recognized", "Taiwan: ties restored")),
        status,
    )
    facts = [Recognition((named[-1],), "Taiwan", status, None, evidence=s.strip(), why=why)]
    left = _LEAVES_BEIJING.search(s, m.end()) or _LEAVES_BEIJING.search(s[: m.start()])
    if left:  # "restores ties with Taiwan, ending relations with Beijing": the side left, a withdrawal
        roles = (
            ("actors", f"{named[-1]}: the state named before"),
            ("recognized", f"China: '{left.group(0)}'"),
        )
        why_left = Why("ties_switch", (left.group(0).strip(),), s.strip(), roles, "rejected")
        facts.append(Recognition((named[-1],), "China", "rejected", None, evidence=s.strip(), why=why_left))
    return facts


def ties_switches(s: str, published: date | None = None) -> list[Recognition]:
    """The two facts of a switch of ties between the rival governments of China, or none (nor for a
    switch not made, or told as history: a year three or more back, "years ago")."""
    m = TIES_SWITCH.search(s)
    if m is None or _NOT_MADE.search(s[: m.start()][-50:]) or YEARS_AGO.search(s):
        return []
    if published is not None and any(int(y) <= published.year - 3 for y in HISTORY.findall(s)):
        return []
    groups = {k: v for k, v in m.groupdict().items() if v}
    old = _government(next(v for k, v in groups.items() if k.startswith("old")))
    new = _government(next(v for k, v in groups.items() if k.startswith("new")))
    if old == new or RIVAL_OF.get(new) != old:
        return []
    # the state switching: named before the switch, neither rival (a dateline is no longer in the text)
    named = [p.canonical for p in find_places(s[: m.start()]) if not p.city and p.canonical not in (old, new)]
    if not named:
        return []
    actor = (named[-1],)
    words = m.group(0).strip()
    roles = (("actors", f"{actor[0]}: the state named before the switch"),)
    chosen = Why(
        "ties_switch", (words,), s.strip(), (*roles, ("recognized", f"{new}: the side chosen")), "done"
    )
    left = Why(
        "ties_switch", (words,), s.strip(), (*roles, ("recognized", f"{old}: the side left")), "rejected"
    )
    return [
        Recognition(actor, new, "done", None, evidence=s.strip(), why=chosen),
        Recognition(actor, old, "rejected", None, evidence=s.strip(), why=left),
    ]


# the other half of a switch told as ties with the rival government, after a recognition given up in the
# same sentence: "will no longer recognise Taiwan and will seek to resume relations with the People's
# Republic of China", "withdrew its recognition of Taiwan and established ties with Beijing"
_TIES_WITH_RIVAL = re.compile(
    rf"\b(?P<form>{_FORM}|re-?establish\w*|resum\w*|renew\w*)\s+{_TIES}\s+with\s+(?P<seat>{_SEAT})",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|would|shall|to|plans?\s+to|intends?\s+to|is\s+set\s+to|seek\w*\s+to)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def ties_with_rival(s: str, read: list[Recognition]) -> list[Recognition]:
    """The side chosen when a sentence gives up one of the rival governments of China by its recognition
    and tells the other by ties formed or sought: `done` when made, `announced` when planned, nothing when
    only possible, urged or refused (cheap word tests first)."""
    if not read or not ("ties" in s or "relations" in s):
        return []
    left = next((f for f in read if f.status == "rejected" and f.recognized in RIVAL_OF and f.actors), None)
    if left is None or any(f.recognized == RIVAL_OF[left.recognized] for f in read):
        return []
    m = _TIES_WITH_RIVAL.search(s)
    if m is None or _government(m.group("seat")) != RIVAL_OF[left.recognized]:
        return []
    # the words of the ties' own clause, not the withdrawal's ("no longer recognise Taiwan and will ...")
    before = re.split(r"\band\b|,|;", s[: m.start()])[-1]
    planned = _PLANNED.search(before[-40:])
    if planned is None and _NOT_MADE.search(before[-50:]):
        return []
    if planned is not None and _UNSURE.search(before[-60:]):
        return []
    # a plan "effective immediately" (or "with immediate effect") is made: done (corpus README)
    status = "announced" if planned is not None and not IN_EFFECT.search(s, m.end()) else "done"
    chosen = RIVAL_OF[left.recognized]
    roles = (
        ("actors", f"{', '.join(left.actors)}: who gives up {left.recognized}"),
        ("recognized", f"{chosen}: ties with the rival government: '{m.group(0).strip()[:60]}'"),
    )
    why = Why("ties_switch", (m.group(0).strip(),), s.strip(), roles, status)
    return [Recognition(left.actors, chosen, status, None, evidence=s.strip(), why=why)]
