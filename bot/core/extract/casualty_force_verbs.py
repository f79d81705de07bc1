"""A force's words for killing its enemies: "troops neutralised 17 militants", "dozens of bandits were
eliminated" (pure; no I/O).

Armies and their spokesmen write "neutralised", "eliminated", "took out" where a wire writes "killed".
Those verbs have other objects too ("neutralised an explosive device", "eliminated from the cup"), so a
figure is read only when the counted group is an armed enemy noun (lexicon [casualty] enemy_nouns),
right after the verb or right before it. Both lists are data in lexicon/en.toml ([casualty]
force_kill_verbs, enemy_nouns).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon

__all__ = ["FORCE_VERB_WORDS", "force_verb_figure"]

# cheap substrings every force verb holds, for the gate and a test before the regexes
FORCE_VERB_WORDS = (
    "neutrali", "eliminat", "took out", "taken out", "taking out", "takes out", "sent to hell",
)  # fmt: skip

Reading = tuple[str, str | None, bool, int, str, str]
_QUOTE = "[\"'\u2018\u2019\u201c\u201d]"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon("en")
    verbs = lex.alternation("casualty", "force_kill_verbs")
    enemies = lex.alternation("casualty", "enemy_nouns")
    # an enemy noun with up to two modifiers: "17 suspected Khawarij", "scores of armed bandits"
    group = rf"(?P<vic>(?:(?!and\b|in\b|of\b|from\b|were\b|was\b)[\w-]+\s+){{0,2}}?(?:{enemies}))(?![\w-])"
    # a verb or a counted group in quotes is the force's own word, quoted: "had 'neutralised' dozens of
    # attackers", "'dozens of terrorists' were neutralised"
    before = re.compile(
        rf"\b(?P<verb>{verbs}){_QUOTE}?\s+{_QUOTE}?(?:another\s+|an?\s+additional\s+)?$", re.I
    )
    obj = re.compile(rf"\s+(?:of\s+(?:the\s+)?)?{group}", re.I)
    after = re.compile(
        rf"\s+(?:of\s+(?:the\s+)?)?{group}{_QUOTE}?"
        r"(?:\s+(?:were|was|have|has|had|been|also|reportedly|successfully|all))*"
        rf"\s+(?P<verb>{verbs})\b",
        re.I,
    )
    return before, obj, after


def force_verb_figure(s: str, start: int, end: int, low: str) -> Reading | None:
    """(kind, victims, via_toll, end, recognizer, trigger) when the quantity at s[start:end] counts armed
    enemies a force says it neutralised or eliminated; None otherwise. `low`: s lowercased."""
    if not any(w in low for w in FORCE_VERB_WORDS):
        return None
    before, obj, after = _patterns()
    v = before.search(s, max(0, start - 40), start)
    if v is not None:
        o = obj.match(s, end)
        if o is None:
            return None
        return "killed", o.group("vic"), False, o.end(), "force_verb_then_figure", v.group("verb")
    a = after.match(s, end)
    if a is None:
        return None
    return "killed", a.group("vic"), False, a.end(), "figure_then_force_verb", a.group("verb")
