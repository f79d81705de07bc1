"""Quantities as each language writes them, read from its lexicon's number words (pure; no I/O).

Digits in any script (Arabic-Indic "٣٠", Persian "۳۰", Latin) with any grouping ("26,900",
"37.431", "22 313", "٢٣٬٤٥٦"; a separator followed by exactly three digits groups thousands,
otherwise it is a decimal mark: "43,2 тыс." is 43,200); number words ("семеро", "deux cents",
"dos mil", "שבעה"); and mixed forms, a scale word after a number and a part joined by "and"
("69 ألفاً و775" is 69,775; "18 bin 205" is 18,205; "30 هزار و ۶۳۱" is 30,631; "понад тисячу"
is more than 1,000). Vague quantities ("десятки", "عشرات", "dozens") have no count.

The lexicon lists (section `numbers`): one list per value ("7 = семеро семь ..."), `scales`
("1000 = тысяч* тыс ..."), `vague` (no count), `approximate` (words that make a count about:
"десяток", "quinzaine"), `and` (the words joining parts: "و", "и", "y", "ve"), and the hedges
before and after a number (`[qualifiers]`, `[qualifiers_after]`: "не менее", "أكثر من", "aştı").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from bot.core.extract.lang.names import affixes
from bot.core.extract.lang.tokens import Hit, Token, WordMatcher, fold
from bot.core.extract.lexicon import Lexicon, lexicon, plain_lexicon

K = TypeVar("K")

QUALIFIERS = ("at_least", "more_than", "nearly", "about", "up_to")


@dataclass(frozen=True, slots=True)
class Quantity:
    first: int  # token index where the number (or its hedge) starts
    last: int  # token index of its last word
    number_first: int  # token index where the number itself starts
    count: int | None  # None: vague ("dozens")
    qualifier: str  # exact | at_least | more_than | nearly | about | up_to | vague
    text: str  # the normalised words of the number, for `why`


@dataclass(frozen=True)
class _Prefixed:
    """Prefix entries ("двадцят*") with their values, longest first, and their stems as one tuple:
    one `startswith` in C tells a word that starts with none of them (most words) from the rest."""

    pairs: list[tuple[str, float]]
    stems: tuple[str, ...]


@dataclass
class _NumberWords:
    values: dict[str, float]  # exact words -> value
    value_prefixes: _Prefixed
    scales: dict[str, float]
    scale_prefixes: _Prefixed
    vague: WordMatcher
    approximate: WordMatcher
    conjunctions: frozenset[str]
    prefixes: tuple[str, ...]
    before: WordMatcher
    after: WordMatcher
    # what each word read as, kept across items: a word's value and scale depend on its text alone
    # (and, for a scale behind a proclitic, on whether a number stands before it)
    read_values: dict[str, float | None] = field(default_factory=dict)
    read_scales: dict[tuple[str, bool], float | None] = field(default_factory=dict)


def _split(lex: Lexicon, section: str) -> tuple[dict[str, float], _Prefixed]:
    exact: dict[str, float] = {}
    prefixed: list[tuple[str, float]] = []
    for key in lex.sections.get(section, {}):
        value = float(key)
        for word in lex.words(section, key):
            w = fold(word)
            if w.endswith("*"):
                prefixed.append((w[:-1], value))
            else:
                exact[w] = value
    prefixed.sort(key=lambda p: len(p[0]), reverse=True)
    return exact, _Prefixed(prefixed, tuple(stem for stem, _ in prefixed))


@lru_cache(maxsize=16)
def _words(language: str, plain: bool) -> _NumberWords:
    lex = plain_lexicon(language) if plain else lexicon(language)
    prefixes = affixes(lex, "prefixes")
    values, value_prefixes = _split(lex, "numbers")
    scales, scale_prefixes = _split(lex, "scales")

    def labelled(section: str) -> list[tuple[str, str]]:
        return [(key, w) for key in lex.sections.get(section, {}) for w in lex.words(section, key)]

    return _NumberWords(
        values=values,
        value_prefixes=value_prefixes,
        scales=scales,
        scale_prefixes=scale_prefixes,
        vague=WordMatcher([("vague", w) for w in lex.words("quantities", "vague")], prefixes),
        approximate=WordMatcher([("about", w) for w in lex.words("quantities", "approximate")], prefixes),
        conjunctions=frozenset(lex.words("quantities", "and")),
        prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        before=WordMatcher(labelled("qualifiers"), prefixes),
        after=WordMatcher(labelled("qualifiers_after"), prefixes),
    )


def is_scale_word(language: str, word: str, plain: bool = False) -> bool:
    """Whether `word` (normalised) is a scale word of the language ("тыс", "тис", "млн")."""
    w = _words(language, plain)
    return _lookup(word, w.scales, w.scale_prefixes) is not None


def is_number_word(language: str, word: str, plain: bool = False) -> bool:
    """Whether `word` (normalised) is itself a number word of the language ("واحد", not "و" + "احد")."""
    w = _words(language, plain)
    return _lookup(word, w.values, w.value_prefixes) is not None


def _digits(text: str) -> float:
    """'26,900' -> 26900, '43,2' -> 43.2, '37.431' -> 37431, '22 313' -> 22313."""
    parts = text.replace(" ", ",").replace(".", ",").split(",")
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return float("".join(parts))
    if len(parts) == 2:
        return float(f"{parts[0]}.{parts[1]}")
    return float("".join(parts))


def _lookup(word: str, exact: dict[str, float], prefixed: _Prefixed) -> float | None:
    if word in exact:
        return exact[word]
    if not prefixed.stems or not word.startswith(prefixed.stems):
        return None
    for stem, value in prefixed.pairs:
        if word.startswith(stem):
            return value
    return None


class _Reader:
    def __init__(self, language: str, tokens: list[Token], plain: bool, breaks: frozenset[int]) -> None:
        self.w = _words(language, plain)
        self.tokens = tokens
        self.breaks = breaks

    def value(self, i: int) -> float | None:
        tok = self.tokens[i]
        if tok.is_number:
            return _digits(tok.text)
        known = self.w.read_values
        if tok.text in known:
            return known[tok.text]
        got = _lookup(tok.text, self.w.values, self.w.value_prefixes)
        if got is None:
            # "وعشرون": the joining word written onto the number
            for p in self.w.prefixes:
                if tok.text.startswith(p) and len(tok.text) - len(p) >= 2:
                    got = _lookup(tok.text[len(p) :], self.w.values, self.w.value_prefixes)
                    if got is not None:
                        break
        _remember(known, tok.text, got)
        return got

    def joined(self, i: int) -> bool:
        """'وعشرون': the joining word written onto a number word."""
        tok = self.tokens[i]
        return not tok.is_number and any(
            tok.text.startswith(c) and tok.text not in self.w.values for c in self.w.conjunctions
        )

    def scale(self, i: int) -> int | None:
        tok = self.tokens[i]
        if tok.is_number:
            return None
        alone = i == 0 or not self.tokens[i - 1].is_number
        known = self.w.read_scales
        key = (tok.text, alone)
        if key in known:
            got = known[key]
            return None if got is None else int(got)
        got = _lookup(tok.text, self.w.scales, self.w.scale_prefixes)
        if got is None and alone:
            # "מאלף" (from a thousand), "بألف": a proclitic on a scale word standing alone
            for p in self.w.prefixes:
                if tok.text.startswith(p) and len(tok.text) - len(p) >= 3:
                    got = _lookup(tok.text[len(p) :], self.w.scales, self.w.scale_prefixes)
                    if got is not None:
                        break
        _remember(known, key, got)
        return None if got is None else int(got)


_REMEMBERED = 20_000  # words a language's readings keep before they start again (a bound on memory)


def _remember(known: dict[K, float | None], key: K, got: float | None) -> None:
    if len(known) >= _REMEMBERED:
        known.clear()
    known[key] = got


def quantities(
    language: str, tokens: list[Token], plain: bool = False, breaks: frozenset[int] = frozenset()
) -> list[Quantity]:
    """Every quantity in `tokens`, left to right, with the hedge before or after it (`plain`: the
    text is written without accents); a number never runs on over a clause break (`breaks`: the
    tokens that start a clause): "убиты двое, пятеро пострадавших" is 2 and 5, not 7."""
    r = _Reader(language, tokens, plain, breaks)
    w = r.w
    vague_at = {h.first: h for h in w.vague.hits(tokens)}
    approx_at = {h.first for h in w.approximate.hits(tokens)}
    before: dict[int, Hit] = {}
    for h in w.before.hits(tokens):
        before.setdefault(h.last, h)  # "зросла до" over "до": the longer hedge ending there
    after: dict[int, Hit] = {h.first: h for h in w.after.hits(tokens)}
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        if i in vague_at:
            hit = vague_at[i]
            scale = r.scale(i) if hit.first == hit.last else None
            if scale is not None and i - 1 in before:
                # "около тысячи", "близько тисячі": after a hedge the word is one thousand, not thousands
                word_hedge = before[i - 1]
                out.append(Quantity(word_hedge.first, i, i, scale, word_hedge.label, hit.entry))
            else:
                out.append(Quantity(_hedge_start(before, i), hit.last, i, None, "vague", hit.entry))
            i = hit.last + 1
            continue
        read = _number_at(r, i, approx_at)
        if read is None:
            i += 1
            continue
        end, value, approximate = read
        last = end - 1
        qualifier, first = ("about" if approximate else "exact"), i
        hedge = before.get(i - 1)
        if hedge is not None:
            qualifier, first = hedge.label, hedge.first
        elif last + 1 in after:
            qualifier = after[last + 1].label
        text = " ".join(t.text for t in tokens[i : last + 1])
        out.append(Quantity(first, last, i, round(value), qualifier, text))
        i = end
    return out


def _number_at(r: _Reader, i: int, approx_at: set[int]) -> tuple[int, float, bool] | None:
    """(end token, value, approximate) of the number starting at token i, or None when none does."""
    tokens, w = r.tokens, r.w
    total = 0.0
    current: float | None = None
    approximate = seen = joined = False
    j = i
    while j < len(tokens):
        if j > i and j in r.breaks:
            break
        v = r.value(j)
        s = r.scale(j) if v is None else None
        if v is not None:
            if current is not None and (tokens[j].is_number or tokens[j - 1].is_number):
                break  # two numbers side by side are two figures
            # "двадцять сім", "vingt-cinq" add up, and so do parts joined by "and" ("خمسة وعشرون",
            # "صد و بیست"); in "une quinzaine" the first word was an article; "deux cent", "iki
            # yüz": a hundred after a smaller number multiplies it
            if r.joined(j) and current is not None and current < 20 and v < 20:
                break  # "شهيدان وثلاثة جرحى": two, and then three of another kind, not five
            joined = joined or r.joined(j)
            # "ثلاثة عشر", "שלושה עשר": a unit word before the word for ten is a teen
            # ("une dizaine" is about ten: an approximate word is no teen's ten)
            teen = current is not None and v == 10 and current < 10 and not tokens[j].is_number
            teen = teen and j not in approx_at
            if current is not None and 0 < current < 1 and not tokens[j].is_number:
                current *= v  # "medio centenar", "media docena": half of the word after it
            elif current is not None and v == 100 and 1 < current < 100 and not joined:
                current *= v
            else:
                current = current + v if current is not None and (joined or v < current or teen) else v
            joined = False
        elif s is not None and (seen or s >= 100):
            base = current if current is not None else 1.0
            if s >= 1000:
                total, current = total + base * s, None
            else:
                current = base * s
        elif (
            seen and j + 1 < len(tokens) and tokens[j].text in w.conjunctions and _joins(r, j, total, current)
        ):
            # "69 ألفاً و775", "тысяча и 5", "treinta y dos", "صد و بیست": a joining word, then more of it
            j, joined = j + 1, True
            continue
        else:
            break
        approximate |= j in approx_at
        seen = True
        j += 1
    value = total + (current or 0.0)
    if not seen or 0 < value < 1:
        return None  # "a medio camino": a fraction word with no hundred or scale after it counts no one
    return j, value, approximate


def _joins(r: _Reader, j: int, total: float, current: float | None) -> bool:
    """Whether the number goes on after the joining word at j: after a scale ("69 ألفاً و775"),
    units after tens ("treinta y dos", "vingt et un", "بیست و پنج"), less after hundreds ("صد و
    بیست"), tens after units ("ثلاثة و عشرون"); never two figures ("cinco y 20")."""
    nxt = r.value(j + 1)
    if nxt is None:
        return False
    if total:
        return True
    if current is None or r.tokens[j + 1].is_number:
        return False
    tens = current >= 20 and current % 10 == 0
    hundreds = current >= 100 and current % 100 == 0
    units_then_tens = current < 10 and nxt >= 20 and nxt % 10 == 0 and nxt < 100
    return (tens and nxt < 10) or (hundreds and nxt < current) or units_then_tens


def _hedge_start(before: dict[int, Hit], i: int) -> int:
    hedge = before.get(i - 1)
    return hedge.first if hedge is not None else i
