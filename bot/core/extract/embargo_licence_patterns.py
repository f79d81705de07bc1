"""Licences in an arms embargo: export licences for what an army uses, and licences no longer granted
(split from `embargo_patterns`)."""

from __future__ import annotations

import re

# export licences for anything bound for an army, navy or air force (every match holds "export")
MILITARY_LICENCES = re.compile(
    r"\bexport\s+(?:licen[cs]es|permits)\b(?=[^.;]{0,80}\b(?:navy|naval|army|air\s+force|military|armed\s+forces|"
    r"defen[cs]e\s+(?:ministry|forces)))",
    re.IGNORECASE,
)
_FRESH = r"(?:new|fresh|further|more|additional)"
NO_MORE_LICENCES = re.compile(
    # the grant negated, whatever words qualify the licences: "would not approve any fresh export
    # licences", "will no longer issue new military export permits"
    rf"(?:\bno\s+longer|\bnot|n't|\bnever)\s+(?:grant|issue|approve|authori[sz]e)\s+(?:any\s+)?(?:{_FRESH}\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:licen[cs]es|permits)\b"
    # the same in the passive: "no new licences will be granted", "no further permits are to be issued"
    rf"|\bno\s+(?:{_FRESH}\s+)?(?:[\w-]+\s+){{0,2}}?(?:licen[cs]es|permits)(?:\s+for\s+[^.;,]{{0,40}}?)?\s+(?:(?:will|would|shall|are|were|is|was)\s+)?"
    r"(?:(?:to\s+)?be(?:ing)?\s+)?(?:granted|issued|approved|authori[sz]ed)\b"
    # "licences will no longer be granted", "new permits would not be issued"
    r"|\b(?:licen[cs]es|permits)(?:\s+for\s+[^.;,]{0,40}?)?\s+(?:will|would|shall|are|were|is|was)\s+(?:no\s+longer|not|never)\s+be\s+"
    r"(?:granted|issued|approved|authori[sz]ed)\b"
    r"|\bstop(?:s|ped|ping)?\s+(?:issuing|granting|approving)\s+(?:any\s+)?(?:new\s+)?(?:\w+\s+)?(?:licen[cs]es|permits)\b"
    # "would grant no further export licences", "to stop licensing arms for Israel"
    r"|\b(?:grant|issue|approve)\w*\s+no\s+(?:further|new|more)\s+(?:\w+\s+)?(?:licen[cs]es|permits)\b"
    r"|\bstop(?:s|ped|ping)?\s+licensing\b",
    re.IGNORECASE,
)
