"""Is a casualty figure about violence? The cue words (cues.py) of the figure's own clause, then of its
sentence, then of the item decide; the same figure told in another sentence (a headline and its lead)
lends the verdict of its clause when the figure's own sentence has violence words only in an aside."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.core.extract import cues
from bot.core.extract.casualty_cause import disaster_named_as_cause
from bot.core.extract.casualty_lexicon_patterns import lexicon_patterns
from bot.core.extract.casualty_text_context import TextContext
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import digits_value, parse_number
from bot.core.extract.places import find_places
from bot.core.extract.re2_outline import Outline
from bot.core.extract.text import Sentence

# Where the clause holding a figure starts and ends: "A cholera outbreak killed 40, as fighting raged";
# "Ebola has killed 31, officials said, warning that militia attacks hamper vaccination" (what a source
# adds is a clause of its own); a relative "where" describes the place, it does not say what killed
# ("a landslide killed 17 ..., in a state where the army has been fighting rebels"), and nor does a
# place described after a comma
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:as|while|amid|after|but|even\s+as|where|saying|warning|adding|noting)\s"
    # a time clause of another event: "..., the mayor said, hours before crowds marked the 1933 famine"
    r"|,\s+(?:(?:hours|days|weeks|minutes|shortly|just|only)\s+(?:before|after)|ahead\s+of)\s"
    r"|\s(?:as|while|amid|even\s+as|where)\s"
    # a place described after a comma: "..., in a province also hit by a separatist insurgency"
    r"|,\s+in\s+an?\s+(?:[\w-]+\s+)?(?:province|region|state|area|country|city|district|town|zone)\s",
    re.I,
)


def clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    hi_m = _CLAUSE_BREAK.search(sentence, end)
    return lo, hi_m.start() if hi_m else len(sentence)


def not_violence(sent: Sentence, start: int, end: int, ctx: TextContext) -> tuple[str, str] | None:
    """(category, word) of the not-violence cue that decides a figure is not about violence, or None
    when it is. A disaster, accident or disease word in the figure's own clause needs a strong
    conflict word in that clause too ("a drone strike hit a bus station, killing 30"; not "cholera
    killed 40 ... as fighting raged"); then the same test on the sentence; with no cue in the
    sentence, the whole text decides; with no cue anywhere, "killed" in news is taken as violence."""
    hits = ctx.hits(sent)
    cause = disaster_named_as_cause(sent, start, end, hits, ctx)
    if cause is not None:
        return cause
    lo, hi = clause_around(sent.text, start, end)
    local = cues.kinds_between(hits, lo, hi)
    if local & cues.NOT:
        if local & cues.STRONG:
            return None
        verdict = _crime_unless_an_attack(ctx.not_cues(sent, lo, hi), ctx)
        if verdict is not None and verdict[0] == "accident" and _same_figure_violence(sent, lo, hi, ctx):
            # "the search of the collapsed block ended with the toll at 11" under "Strike toll climbs
            # to 11": what collapsed is what the strike hit
            return None
        return verdict
    if local & cues.STRONG:
        return None
    whole = cues.kinds(hits)
    if whole & cues.NOT:
        return None if whole & cues.STRONG else _crime_unless_an_attack(ctx.not_cues(sent), ctx)
    if whole & cues.STRONG:
        # the violence words are in another clause ("..., as M23 rebels who hold the city blocked
        # relief"): the same figure told elsewhere in the item with a disaster in its own clause
        # ("Volcano eruption kills 32 near Goma") says what killed
        return _same_figure_not_violence(sent, start, end, ctx)
    if whole & cues.WEAK:
        state = _state_executions(sent.text) if not ctx.cue_kinds & cues.STRONG else None
        if state is not None:
            return "judicial", state
        # only weak words here ("Iran executed 1,000 people"): a disaster, accident or judicial word
        # elsewhere in the text, with no strong conflict word anywhere, says it is not violence
        if ctx.cue_kinds & cues.NOT and not ctx.cue_kinds & cues.STRONG:
            return ctx.first_not_cue()
        return None
    # no cue in the figure's sentence: the same figure told in another sentence with a disaster,
    # accident or disease word in its clause says what killed ("8 die crossing into Iran" over "eight
    # Afghans died of exhaustion and thirst"), unless the item names an attacker ("armed men")
    same = _same_figure_not_violence(sent, start, end, ctx)
    if (
        same is not None
        and ctx.per_sentence("attack_tie", ctx.sents[0], lambda _: attack_tie(ctx.sents)) is None
    ):
        return same
    if ctx.conflict or not ctx.cue_kinds & cues.NOT:
        return None
    return ctx.first_not_cue()


def _crime_unless_an_attack(found: list[tuple[str, str]], ctx: TextContext) -> tuple[str, str] | None:
    """The first of the not-violence cues `found` (`ctx.not_cues`: its first is `ctx.not_cue`), which
    decides. A crime word ("stabbed", "knife") decides a figure is crime, unless the item tells an attack of
    armed conflict: an attacker, weapon or attack of lexicon conflict_tie that is no crime word itself
    ("a Palestinian assailant stabbed two Israelis", not "a gunman"), in an item of armed conflict
    (lexicon conflict_context: "soldiers", "West Bank"). "Assailants stabbed three inmates" in a prison
    names no conflict, and stays crime."""
    verdict = found[0] if found else None
    if verdict is None or verdict[0] != "crime" or not ctx.sents:
        return verdict
    if _only_victims_named(found) and ctx.about("conflict_context") is not None:
        # "killed 25 people, including a police officer" in an item of armed conflict: the police
        # officer is one of the dead, not a sign of policing
        return None
    tied = ctx.per_sentence("attack_tie", ctx.sents[0], lambda _: attack_tie(ctx.sents))
    if tied is None or ctx.about("conflict_context") is None:
        return verdict
    return None


def _only_victims_named(found: list[tuple[str, str]]) -> bool:
    """Whether every not-violence cue found is a crime word that may name who was harmed (lexicon
    crime_words_naming_victims: "police officer")."""
    victims = _crime_words_naming_victims()
    return bool(found) and all(cat == "crime" and word in victims for cat, word in found)


@lru_cache(maxsize=1)
def _crime_words_naming_victims() -> frozenset[str]:
    return frozenset(lexicon("en").words("casualty", "crime_words_naming_victims"))


def attack_tie(sents: list[Sentence]) -> str | None:
    """The first attacker, weapon or attack of lexicon conflict_tie in the sentences that is no crime
    word itself ("assailant", "an IED"; not "gunman"), or None."""
    crime = _crime_words()
    for sent in sents:
        if not may_tie(sent.text):
            continue
        for m in conflict_tie().finditer(sent.text):
            if m.group(0).lower() not in crime:
                return m.group(0)
    return None


@lru_cache(maxsize=1)
def conflict_tie() -> re.Pattern[str]:
    """Attackers, weapons and attacks that tie a figure to armed violence (lexicon conflict_tie)."""
    return re.compile(rf"\b(?:{lexicon('en').alternation('casualty', 'conflict_tie')})\b", re.I)


@lru_cache(maxsize=1)
def _conflict_tie_outline() -> Outline:
    return Outline(conflict_tie())


def may_tie(text: str) -> bool:
    """Whether conflict_tie may match in `text`: one RE2 scan rules out most sentences, where `re` tries
    the list's words at every position."""
    return not _conflict_tie_outline().absent_in(text)


@lru_cache(maxsize=1)
def _crime_words() -> frozenset[str]:
    return frozenset(w.rstrip("*") for w in lexicon("en").words("cues", "not_crime"))


def _same_figure_not_violence(
    sent: Sentence, start: int, end: int, ctx: TextContext
) -> tuple[str, str] | None:
    """(category, word) of the not-violence cue in the clause of the same number in another sentence
    of the item (a headline and its lead tell one figure, "6" in one, "Six" in the other), when that
    clause has no violence word."""
    value = _value_in(sent.text[start:end])
    if value is None:
        return None
    for other in ctx.sents:
        if other.start == sent.start:
            continue
        for token_value, token_start, token_end in _number_tokens(other, ctx):
            if token_value != value:
                continue
            hits = ctx.hits(other)
            lo, hi = clause_around(other.text, token_start, token_end)
            local = cues.kinds_between(hits, lo, hi)
            if local & cues.NOT and not local & cues.STRONG:
                return ctx.not_cue(other, lo, hi)
    return None


def _same_figure_violence(sent: Sentence, lo: int, hi: int, ctx: TextContext) -> bool:
    """Whether a number of the clause sent.text[lo:hi] stands in another sentence of the item in a
    clause with a strong violence word and no not-violence word (a headline "Strike toll climbs to 11"
    over its lead "..., with the toll at 11, up from seven"): the clause tells that violence."""
    values = {value for value, at, _ in _number_tokens(sent, ctx) if lo <= at < hi}
    if not values:
        return False
    for other in ctx.sents:
        if other.start == sent.start:
            continue
        for token_value, token_start, token_end in _number_tokens(other, ctx):
            if token_value not in values:
                continue
            lo, hi = clause_around(other.text, token_start, token_end)
            local = cues.kinds_between(ctx.hits(other), lo, hi)
            if local & cues.STRONG and not local & cues.NOT:
                return True
    return False


_NUMBER_TOKEN = re.compile(r"\d+(?:,\d{3})*|[A-Za-z]+(?:-[A-Za-z]+)?")
_DIGIT_TOKEN = re.compile(r"\d+(?:,\d{3})*")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _number_tokens(sent: Sentence, ctx: TextContext) -> list[tuple[int, int, int]]:
    """(value, start, end) of every token of the sentence that writes a number, read once per item:
    each figure of the item compares its value with them."""
    key = ("number_tokens", sent.start)
    got: list[tuple[int, int, int]] | None = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _tokens_of_numbers(sent.text)
    return got


def _tokens_of_numbers(text: str) -> list[tuple[int, int, int]]:
    """`_NUMBER_TOKEN`'s tokens of `text` that write a number, found without reading every word: its
    runs of digits (no word token holds a digit or a comma, so they are the same whatever the words
    around them), then its number words, found where the lowercased text holds one as a whole run of
    letters (a word token starts where a run of letters does, unless it is the second half of a
    hyphened pair: such a text is read token by token)."""
    got = [
        (value, m.start(), m.end())
        for m in _DIGIT_TOKEN.finditer(text)
        if (value := digits_value(m.group(0))) is not None
    ]
    # one character for one: every letter beyond ASCII is "?", which no token holds
    low = text.encode("ascii", "replace").decode("ascii").lower()
    words = 0
    for m in _number_word_in_lowercase().finditer(low):
        at, end = m.span()
        if (at and low[at - 1] in _ASCII_LETTERS) or (end < len(low) and low[end] in _ASCII_LETTERS):
            continue  # inside a longer word ("someone", "often")
        if at > 1 and low[at - 1] == "-" and low[at - 2] in _ASCII_LETTERS:
            return _tokens_one_by_one(text)  # "twenty-one": which half starts a token depends on the run
        token = _NUMBER_TOKEN.match(text, at)
        if token is not None and (value := parse_number(token.group(0))) is not None:
            got.append((value, at, token.end()))
            words += 1
    if words and len(got) > 1:
        got.sort(key=lambda found: found[1])
    return got


def _tokens_one_by_one(text: str) -> list[tuple[int, int, int]]:
    """`_tokens_of_numbers`, reading every token."""
    return list(_numbers_written(text))


def _numbers_written(text: str) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each number `text` writes in digits or words ("32", "Six", "twenty-one")."""
    words = _number_words()
    for m in _NUMBER_TOKEN.finditer(text):
        tok = m.group(0)
        # (the test of a number word, inline: most tokens are plain words, and a call per token
        # cost more than the test)
        if tok[0].isdigit():
            value = digits_value(tok)
        elif tok.lower().split("-")[0] in words:
            value = parse_number(tok)
        else:
            continue
        if value is not None:
            yield value, m.start(), m.end()


@lru_cache(maxsize=1)
def _number_word_in_lowercase() -> re.Pattern[str]:
    """The number words of lexicon [stems] numbers in lowercase text, longest first (so a match is the
    longest word there: "seventeen", not "seven")."""
    return re.compile("|".join(re.escape(w) for w in sorted(_number_words(), key=lambda w: (-len(w), w))))


def _value_in(text: str) -> int | None:
    """The first number `text` writes in digits or words ("32", "Six", "twenty-one"), or None."""
    return next((value for value, _, _ in _numbers_written(text)), None)


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """The number words of lexicon [stems] numbers ("six", "twenty")."""
    return frozenset(lexicon("en").words("stems", "numbers"))


_EXECUTED_AFTER_STATE = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:executed|put\s+to\s+death)\b", re.I)


def _state_executions(sentence: str) -> str | None:
    """A state as the subject of "executed" ("Saudi Arabia executed 330 people last year"): its
    judiciary's executions, not violence. An armed group's executions ("RSF fighters executed 20
    civilians") have a group, not a country, before the verb; a demonym ("Russian troops executed")
    is no state subject either."""
    if "execut" not in sentence and "put to death" not in sentence:
        return None
    for m in find_places(sentence):
        if not m.demonym and not m.city and _EXECUTED_AFTER_STATE.match(sentence, m.end):
            return f"{m.surface} executed"
    return None


def conflict_only_police_storming(ctx: TextContext) -> bool:
    """Whether the item's only words of armed conflict are the police storming a place ("officers
    stormed the favelas"): a police raid, not an armed group's assault."""
    patterns = lexicon_patterns()
    for sent in ctx.sents:
        storms = {m.end() for m in patterns["police_storming"].finditer(sent.text)}
        if any(m.end() not in storms for m in patterns["conflict_context"].finditer(sent.text)):
            return False
    return True
