"""Two casualty vetoes keyed on what the figure's own words say of it, not on the topic of the item:

- `negated`: the figure is denied ("no one was killed or injured", "not one passenger was hurt",
  "not a single soldier died"): "one" after "no"/"not" counts nobody, and "none of the 30 drivers was
  hurt" counts those spared;
- `charge`: the figure is what someone is punished or tried for ("executed at dawn for the deaths of
  three members of the security forces", "jailed for life over the killing of four soldiers"): the
  deaths are the charge of a verdict, told again, not news (lexicon [casualty] charge_verbs,
  charge_nouns). "Accused of killing" is not a charge here: "the army is accused of killing 30 in a
  strike" is news.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.core.extract.lexicon import lexicon

if TYPE_CHECKING:
    from bot.core.extract.casualty_vetoes import Candidate

# "no one", "not one", "not a single", "nobody"/"none of the" are read as no figure at all
_DENIED_BEFORE = re.compile(r"\b(?:no|not|not\s+a|not\s+even\s+a|not\s+even|never\s+a)\s+$", re.I)
_DENIED_NUMBER = re.compile(r"(?:one|single)\b", re.I)
# "none of the 30 drivers was hurt", "not one of the 40 passengers", "neither of the two guards": the
# number counts those spared
_NONE_OF = re.compile(
    r"\b(?:none|not\s+one|not\s+a\s+single\s+one|neither|no\s+one)\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I
)


def negated(c: Candidate) -> str | None:
    """The figure is denied: "no one was killed", "not a single soldier died"."""
    s = c.sent.text
    lo = max(0, c.start - 32)
    # ("of" first: every match holds it, and most windows have none)
    spared = _NONE_OF.search(s, lo, c.start) if "of" in s[lo : c.start].lower() else None
    if spared:
        return f"'{spared.group(0)}{s[c.start : c.num_end]}'"
    if not _DENIED_NUMBER.match(s, c.start):
        return None
    m = _DENIED_BEFORE.search(s, max(0, c.start - 16), c.start)
    return f"'{m.group(0)}{s[c.start : c.num_end]}'" if m else None


@lru_cache(maxsize=1)
def _charge() -> re.Pattern[str]:
    lex = lexicon("en")
    return re.compile(
        rf"\b(?:{lex.alternation('casualty', 'charge_verbs')})\b(?:[^.;]{{0,100}}?\b(?:for|over)|\s+to)\s+"
        rf"(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:{lex.alternation('casualty', 'charge_nouns')})(?:\s+of)?\s+"
        r"(?:(?:at\s+least|more\s+than|some|about|nearly|the)\s+)?$",
        re.I,
    )


def charge(c: Candidate) -> str | None:
    """The figure is what a verdict punishes: "hanged for the murder of three police officers"."""
    s = c.sent.text
    low = s.lower()
    if " for " not in low and " over " not in low and " to " not in low:
        return None  # a cheap test first: most figures are no charge
    m = _charge().search(s, max(0, c.start - 160), c.start)
    return f"'{m.group(0).strip()}'" if m else None


# an armed group's "court" is no verdict on past killings: "Al-Shabaab 'court' executes three men",
# "after the group's court accused them of spying" (the court in scare quotes, or owned by a group)
_SCARE_QUOTES = "'\"\u2018\u2019\u201c\u201d"
_GROUP_OWNER = re.compile(
    r"\b(?:group|groups|militants|militia|militias|rebels|insurgents|jihadists|fighters|movement)(?:'s|'|\u2019s|\u2019)"
    r"\s+(?:own\s+|self-styled\s+|so-called\s+|(?:sharia|islamic|religious)\s+)?$",
    re.I,
)


def armed_group_court(s: str, start: int, end: int) -> bool:
    """The court word at s[start:end] is an armed group's (veto `court` skips it)."""
    quoted = start > 0 and s[start - 1] in _SCARE_QUOTES and end < len(s) and s[end] in _SCARE_QUOTES
    return quoted or _GROUP_OWNER.search(s, max(0, start - 40), start) is not None
