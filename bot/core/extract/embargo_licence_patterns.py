"""Licences in an arms embargo: export licences for what an army uses, and licences no longer granted
(split from `embargo_patterns`)."""

from __future__ import annotations

import re

from bot.core.extract.lexicon import lexicon

# export licences for anything bound for an army, navy or air force (every match holds "export")
MILITARY_LICENCES = re.compile(
    r"\bexport\s+(?:licen[cs]es|permits)\b(?=[^.;]{0,80}\b(?:navy|naval|army|air\s+force|military|armed\s+forces|"
    r"defen[cs]e\s+(?:ministry|forces)))",
    re.IGNORECASE,
)
_FRESH = r"(?:new|fresh|further|more|additional)"
# the verbs that grant a licence, in every form (lexicon [embargo] licence_grant_verbs): "has not approved
# any export permits", "no new licences would be processed"
_GRANT = lexicon("en").alternation("embargo", "licence_grant_verbs")
NO_MORE_LICENCES = re.compile(
    # the grant negated, whatever words qualify the licences: "would not approve any fresh export
    # licences", "will no longer issue new military export permits"
    rf"(?:\bno\s+longer|\bnot|n't|\bnever)\s+(?:been\s+)?(?:{_GRANT})\s+(?:any\s+)?(?:{_FRESH}\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:licen[cs]es|permits)\b"
    # the same in the passive: "no new licences will be granted", "no further permits are to be issued"
    rf"|\bno\s+(?:{_FRESH}\s+)?(?:[\w-]+\s+){{0,2}}?(?:licen[cs]es|permits)(?:\s+for\s+[^.;,]{{0,40}}?)?\s+(?:(?:will|would|shall|are|were|is|was)\s+)?"
    rf"(?:(?:to\s+)?be(?:ing)?\s+)?(?:{_GRANT})\b"
    # "licences will no longer be granted", "new permits would not be issued"
    r"|\b(?:licen[cs]es|permits)(?:\s+for\s+[^.;,]{0,40}?)?\s+(?:will|would|shall|are|were|is|was)\s+(?:no\s+longer|not|never)\s+be\s+"
    rf"(?:{_GRANT})\b"
    r"|\bstop(?:s|ped|ping)?\s+(?:issuing|granting|approving)\s+(?:any\s+)?(?:new\s+)?(?:\w+\s+)?(?:licen[cs]es|permits)\b"
    # "would grant no further export licences", "to stop licensing arms for Israel"
    r"|\b(?:grant|issue|approve)\w*\s+no\s+(?:further|new|more)\s+(?:\w+\s+)?(?:licen[cs]es|permits)\b"
    r"|\bstop(?:s|ped|ping)?\s+licensing\b",
    re.IGNORECASE,
)
# the whole flow halted beside the licences no longer granted: "has halted all shipments of weapons to X,
# adding that no new export licences had been issued" is a halt of everything (`imposed`), the licences a
# part of it (not "suspended all licences for exports": licences are what is halted there)
ALL_FLOWS_HALTED = re.compile(
    r"\b(?:halt|stop|suspend|ban|freez|froze|block|bar|end)\w*\s+(?:all|any)\s+(?:(?!licen|permit)[\w-]+\s+){0,2}?"
    r"(?:shipments|exports|transit|sales|deliveries|transfers|supplies)\b",
    re.IGNORECASE,
)
