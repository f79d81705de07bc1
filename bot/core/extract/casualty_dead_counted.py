"""The dead counted as bodies or by their names (pure; no I/O): "the bodies of 12 people were
recovered", "17 bodies had been pulled out", "Hospitals received 104 bodies", "the names of forty-seven
victims". Remains handed back in a deal are no toll."""

from __future__ import annotations

import re

__all__ = ["bodies_found", "victims_named"]

Reading = tuple[str, str | None, bool, int, str, str]

# Bodies found are the dead: "the bodies of 12 people were recovered", "17 bodies had been pulled out"
# (remains handed back in a deal are caught first by casualty_readings' _NOT_A_COUNT_BEFORE).
_BODIES_OF_BEFORE = re.compile(r"\bbodies\s+of\s+(?:the\s+|another\s+|at\s+least\s+|some\s+)?$", re.I)
_BODIES_AFTER = re.compile(r"\s*(?:more\s+|other\s+|[A-Z]\w+\s+)?bodies\b")
_BODIES_HANDED = re.compile(
    r"\b(?:hand(?:s|ed|ing)?\s+over|return\w*|releas\w*|exchang\w*|swap\w*|repatriat\w*|receiv\w*)\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)


# who receives the dead, not remains handed back: "Hospitals received 104 bodies"
_CARERS_BEFORE = re.compile(
    r"\b(?:hospitals?|morgues?|mortuar(?:y|ies)|medics|clinics?)\s+(?:have\s+|had\s+)?$", re.I
)


# the dead counted by their names: "confirmed the names of forty-seven victims", "identified 12 of the dead"
_NAMES_OF_BEFORE = re.compile(r"\b(?:names\s+of|identities\s+of|identified)\s+(?:the\s+|another\s+)?$", re.I)
_VICTIMS_NOUN_AFTER = re.compile(
    r"\s+(?:of\s+the\s+)?(?:more\s+|other\s+)?(?P<vic>victims|dead|martyrs)\b", re.I
)


def victims_named(s: str, start: int, end: int) -> Reading | None:
    v = _NAMES_OF_BEFORE.search(s, max(0, start - 30), start) if "names" in s or "identi" in s else None
    vic = _VICTIMS_NOUN_AFTER.match(s, end) if v else None
    if v is None or vic is None:
        return None
    return "killed", None, False, vic.end(), "victims_named", v.group(0).strip()


def bodies_found(s: str, start: int, end: int, victims_after: re.Pattern[str]) -> Reading | None:
    """A count of bodies found ("the bodies of 12 people", "17 bodies"): the dead, unless handed back."""
    if _BODIES_OF_BEFORE.search(s, max(0, start - 40), start):
        vic_m = victims_after.match(s, end)
        vic_end = vic_m.end() if vic_m else end
        return "killed", vic_m.group("vic") if vic_m else None, False, vic_end, "bodies_found", "bodies of"
    b = _BODIES_AFTER.match(s, end)
    handed = _BODIES_HANDED.search(s, max(0, start - 40), start)
    if handed and _CARERS_BEFORE.search(s, max(0, handed.start() - 40), handed.start()):
        handed = None  # "Hospitals received 104 bodies": the dead brought in, not remains handed back
    if b and not handed:
        return "killed", None, False, b.end(), "bodies_found", "bodies"
    return None
