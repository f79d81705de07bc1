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
    the words after the verb, over at most 12 words (no stop between), up to where the designation
    ends."""
    nouns = lexicon("en").alternation("recognition", "designation_nouns")
    persons = lexicon("en").alternation("recognition", "status_persons")
    # "as" is a conjunction, not a designation, when a verb follows its noun ("recognises the state as
    # refugees flee the city"): a designation ends its clause, or goes on with a preposition or a link
    designation_ends = (
        r"(?=\s*(?:[^\w\s]|$)|\s+(?:and|or|under|in|by|after|from|for|on|at|to|with|who|which|that|"
        r"because|since|despite|while|but|if|amid|as|over|until|following|last|this|next|each|every|per|"
        r"earlier|yesterday|today)\b)"
    )
    designation_tail = (  # "as a terrorist organisation": the stem's noun may go on for one word
        r"(?:\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|bod(?:y|ies)|movements?|networks?|status))?"
    )
    # the people themselves are the object, so neither an "as" nor an "and" comes before them
    person_object_word = r"(?!(?:as|and)\b)[\w'’-]+\s+"
    return re.compile(
        r"^\s+(?:(?:[\w'’,-]+\s+){1,12}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
        rf"(?:{nouns})\b{designation_tail}{designation_ends}|"
        rf"(?:{person_object_word}){{0,3}}?(?:{persons})\b)",
        re.IGNORECASE,
    )
