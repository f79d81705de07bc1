"""A fact recognised, not a state (veto `fact_clause`, read by `recognitions`): a recognition verb
followed by a name (or a name and the people it stands for) and a finite verb is a that-clause with
"that" left out: "Macron recognises France killed a lawyer in 1957", "recognised Israel had breached
international law", "recognises Namibia suffered genocide", "recognised Palestinian civilians died".
A state stays recognised when the name ends the object ("recognises Palestine", "recognises
Somaliland, the ministry said", "recognised Kosovo as independent"), when a participle describes it
("recognised Palestine based on the 1967 lines"), and when the name is told as a state ("recognises
Palestine is a sovereign state"). The verb is read in its finite forms only: the subject of "the
decision to recognise Palestine was welcomed" is the decision, and "countries that recognised Palestine
are ..." a relative clause (both read by the other tests)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon

# the infinitive: "the decision to recognise Palestine was welcomed", "a motion calling on the government
# to recognise Palestine was defeated" (the subject is the noun before)
_TO = re.compile(r"\bto\s*$", re.IGNORECASE)
# the participle as an adjective: "Yemen's internationally recognised Presidential Council appointed ..."
_ADJECTIVE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|internationally|widely|officially|formally|legally)|['’]s)\s*$",
    re.IGNORECASE,
)
_PLURAL = frozenset({"are", "were", "have", "face", "suffer"})
# a relative clause: "countries that recognised Palestine are ..." (the relative's head is the subject)
_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:have|has|had|already|formally|officially|now|also|since|not|never)\s+){0,3}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _fact_clause() -> re.Pattern[str]:
    verbs = lexicon("en").alternation("recognition", "fact_clause_verbs")
    people = lexicon("en").alternation("recognition", "fact_clause_people")
    # a name of up to three words on one line (a headline ends at its line), no possessive ("recognise
    # Russia's claimed annexation"), no stop inside ("recognises Somaliland. Kenya made ...")
    name = r"(?:the[^\S\n]+)?(?:(?-i:[A-Z])[\w’'-]*?(?:\.\w+)*(?<!['’]s)[^\S\n]+){1,3}"
    # told as a state, the copula's complement is the recognition: "recognises Palestine is a state"
    not_state = (
        r"(?!\s+(?:now\s+|already\s+|formally\s+)?(?:an?\s+|the\s+)?(?:independent|sovereign|state|country|nation|"
        r"democratic|free)\b)"
    )
    # a regular past tense with an object after it; a participle goes on with a preposition or stops (after
    # people named, any past tense: "recognised Palestinian civilians died in the strike")
    past = (
        r"(?-i:[a-z])\w+ed\s+(?!(?:by|on|in|within|along|alongside|with|at|under|from|as|after|before|for|to|"
        r"over|since|during|following|last|this|next|and|or|into|upon|between|of)\b)(?=[A-Za-z])"
    )
    return re.compile(
        rf"^\s+(?:that\s+)?{name}(?:(?:{people})\s+(?:(?:{verbs})\b|(?-i:[a-z])\w+ed\b)|"
        rf"(?:{verbs})\b{not_state}|{past})",
        re.IGNORECASE,
    )


def fact_clause(verb_words: str, before: str, after: str) -> str | None:
    """The words of a fact recognised after a finite recognition verb ("recognises France killed"),
    or None."""
    w = verb_words.lower()
    if w.startswith("recognition") or w.endswith("ing"):
        return None
    if _TO.search(before) or _RELATIVE.search(before) or _ADJECTIVE.search(before):
        return None
    m = _fact_clause().match(after)
    if m is None:
        return None
    # a plural verb after one state's name has another subject: "reports that it had recognised Kosovo
    # were premature" (a people's name is plural: "recognised Armenians were killed")
    words = m.group(0).split()
    if words[-1].lower() in _PLURAL and not re.search(r"s$", words[-2]):
        return None
    return m.group(0).strip()
