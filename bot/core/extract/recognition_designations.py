"""A person, people or group recognised as something no state is, told past NOT_DIPLOMATIC's window
(veto `not_diplomatic`, read by `recognitions`), and a territory recognised as occupied; moved out of
`recognition_patterns` whole."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon

# an occupation, not a state: "recognise the republic as a territory temporarily occupied by Russia"
# (read on the words after the verb, further than NOT_DIPLOMATIC's window)
OCCUPIED_AS = re.compile(
    r"^\s+(?:[\w'-]+\s+){1,6}?as\s+(?:an?\s+|the\s+)?(?:territory\s+|territories\s+)?(?:temporarily\s+)?occupied\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def designated_as() -> re.Pattern[str]:
    """A person, people or group recognised as something no state is, the "as" phrase told after a
    longer object (commas, a relative clause) than NOT_DIPLOMATIC's window reaches: "recognise 2,000
    Afghans who fled Taliban rule as refugees", "recognised all of the movement, its political wing
    included, as a terrorist group" (the lexicon's [recognition] designation_nouns), or people whose
    status is the object itself: "recognises Afghan refugees" ([recognition] status_persons). Read on
    the words after the verb, over at most 12 words (no stop between)."""
    nouns = lexicon("en").alternation("recognition", "designation_nouns")
    persons = lexicon("en").alternation("recognition", "status_persons")
    return re.compile(
        r"^\s+(?:(?:[\w'’,-]+\s+){1,12}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
        rf"(?:{nouns})|"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{persons}))\b",
        re.IGNORECASE,
    )
