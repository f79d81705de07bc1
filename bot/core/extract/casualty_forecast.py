"""What may happen, not what happened: the words that make a casualty figure a forecast (veto
`forecast`, casualty_vetoes.py).

- a modal governs the figure's verb: "could kill 100 million", "could lose 100,000 troops", "5,000
  more would die", "Could a missile barrage kill 5,000 people?" (lexicon [casualty] forecast_modals,
  forecast_hedged_modals, forecast_verbs; the patterns are `forecast_patterns` here);
- a prediction names the figure as its object: "the model predicts 10,000 deaths", "researchers
  project 2,000 more dead", "warned of 50,000 casualties" (lexicon prediction_verbs), and so does a
  preparation: "preparing for as many as 2,000 wounded a day", "stocks blood for up to 500 casualties"
  (lexicon preparation_verbs, then "for");
- a scenario noun stands in the figure's own clause: "up to 500 casualties a day in a war scenario"
  (lexicon scenario_nouns);
- a condition follows the figure's casualty word: "10,000 deaths if the offensive proceeds", "50,000
  dead, should the talks fail" (lexicon prediction_conditions).

Only the figure is skipped: "thousands could die in the siege that has killed 200" keeps the toll.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon


@lru_cache(maxsize=1)
def forecast_modal_words() -> frozenset[str]:
    """The first word of every forecast modal in the lexicon ("could", "may", ...): a sentence with
    none of them cannot hold a forecast, so the veto skips its two searches."""
    lex = lexicon("en")
    entries = lex.words("casualty", "forecast_modals") + lex.words("casualty", "forecast_hedged_modals")
    return frozenset(entry.split()[0] for entry in entries)


@lru_cache(maxsize=1)
def forecast_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(before the figure, between the figure and its casualty word, a question asked with the modal
    first) for the veto `forecast`: "could kill 100 million", "could leave 2,000 dead"; "5,000 people
    would die", "thousands may be killed"; "Could a missile barrage kill 5,000 people?", "Would
    10,000 troops die in a war over Taiwan?" (the modal opens the sentence, its subject next)."""
    lex = lexicon("en")
    sure = lex.alternation("casualty", "forecast_modals")
    hedged = lex.alternation("casualty", "forecast_hedged_modals")
    verbs = lex.alternation("casualty", "forecast_verbs")  # "could kill", "could lose"
    before = re.compile(
        rf"\b(?:{sure}|{hedged})\s+(?:(?:also|still|easily|eventually)\s+)?(?:{verbs})"
        r"\s+(?:(?:up\s+to|as\s+many\s+as|more\s+than|at\s+least|some|about|"
        r"around|over|nearly|another|an\s+estimated)\s+)?$",
        re.I,
    )
    after = re.compile(
        rf"\b(?:(?:{sure})\s+(?:(?:also|still|easily|eventually|have)\s+)?|(?:{hedged})\s+(?:(?:also|still)\s+)?)"
        r"(?:be\s+(?:killed|wounded|injured|left\s+dead)|die|perish|been\s+killed)\b",
        re.I,
    )
    # the modal opens the sentence and governs the verb of the figure: no clause break and no finite
    # verb of its own ("Could the toll rise? ... killed 3" is two sentences) between them; not "may",
    # which opens a sentence as the month ("May strikes killed 40")
    asked = re.compile(
        rf"^\W*(?:{sure})\s+(?:[^,;:.?!]|[,.](?=\d)){{0,90}}?\b(?:kill|wound|injure|leave|claim|cost\s+the\s+lives\s+of"
        r"|die|perish|be\s+killed|be\s+wounded)\b",
        re.I,
    )
    return before, after, asked


# not the comma of "10,000" nor the point of "1.5"
_CLAUSE_MARK = re.compile(r"[;:?!]|[,.](?!\d)")


def forecast_words(s: str, start: int, num_end: int, end: int) -> str | None:
    """The words that make the figure at s[start:end] (its number ending at num_end) a forecast, or None."""
    low = s.lower()  # "Could", "Would" open a question; "War Could Kill ..." is a title-case headline
    if any(m in low for m in forecast_modal_words()):
        before, after, asked = forecast_patterns()
        m = before.search(s, max(0, start - 50), start) or after.search(s, num_end, end)
        if m is None:
            # "Could a barrage of missiles kill 5,000 people?": the question's verb comes before the
            # figure, "Would 10,000 troops die?": after it
            q = asked.match(s)
            m = q if q is not None and q.end() <= end and _no_clause_between(s, q.end(), start) else None
        if m is not None:
            return f"'{m.group(0).strip()}'"
    predicted, condition = _prediction()
    m = predicted.search(s, max(0, start - 50), start)
    if m is None and _TOLD_AS_NOUN.search(s, num_end, end) and not _TOLD_AS_DONE.search(s, 0, start):
        # "10,000 deaths if the offensive proceeds"; not "killed 12, if the ministry's figures hold",
        # nor "the war has caused 40,000 deaths if one counts the missing"
        m = condition.match(s, end)
    if m is None and ("scenario" in low or "simulat" in low):
        m = _in_a_scenario(s, start, end)
    return f"'{m.group(0).strip()}'" if m else None


def _in_a_scenario(s: str, start: int, end: int) -> re.Match[str] | None:
    """A scenario noun in the figure's own clause: "up to 500 casualties a day in a war scenario"."""
    lo = max((m.end() for m in _CLAUSE_MARK.finditer(s, 0, start)), default=0)
    after = _CLAUSE_MARK.search(s, end)
    return _scenario().search(s, lo, after.start() if after else len(s))


@lru_cache(maxsize=1)
def _scenario() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon('en').alternation('casualty', 'scenario_nouns')})\b", re.I)


_TOLD_AS_NOUN = re.compile(r"\b(?:deaths|dead|casualties|fatalities|lives)\b", re.I)
# a perfect or past verb right before the figure: it happened ("has caused", "left", "claimed")
_TOLD_AS_DONE = re.compile(
    r"\b(?:has|have|had|was|were|caused|left|claimed|recorded|counted)\s+(?:(?:been|so\s+far|already|now)\s+)?"
    r"(?:(?:caused|left|claimed|recorded|counted)\s+)?(?:(?:about|around|some|nearly|over|more\s+than|at\s+least)\s+)?$",
    re.I,
)


def _no_clause_between(s: str, a: int, b: int) -> bool:
    """No clause break between positions a and b (in either order)."""
    return _CLAUSE_MARK.search(s, min(a, b), max(a, b)) is None


@lru_cache(maxsize=1)
def _prediction() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a prediction verb right before the figure, a condition right after its casualty word)."""
    lex = lexicon("en")
    before = re.compile(
        rf"\b(?:(?:{lex.alternation('casualty', 'prediction_verbs')})|"
        # "preparing for as many as 2,000 wounded", "stocks blood for up to 500 casualties"
        rf"(?:{lex.alternation('casualty', 'preparation_verbs')})\s+(?:[\w-]+\s+){{0,3}}?for)\s+"
        r"(?:(?:up\s+to|as\s+many\s+as|"
        r"more\s+than|at\s+least|some|about|around|over|nearly|another|an\s+estimated)\s+)?$",
        re.I,
    )
    condition = re.compile(rf",?\s+(?:{lex.alternation('casualty', 'prediction_conditions')})\b", re.I)
    return before, condition
