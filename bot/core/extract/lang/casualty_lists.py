"""Lists of figures in the multilingual casualty reader: figures joined by "and" before one casualty
word ("21 rehine ve 4 asker öldü"), after one ("در میان جان‌باختگان ۴۹ زن و ۱۳ کودک"), the members of
a list of parts, and a casualty word that closed an earlier figure's part (pure; no I/O)."""

from __future__ import annotations

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.numbers import Quantity, is_number_word
from bot.core.extract.lang.tokens import Hit


def part_ends(item: Item) -> set[int]:
    """Where each parts word ends ("darunter", "من بينهم"), or the copula right after it: "Unter den
    Toten sind drei Kinder" (among the dead are three children)."""
    parts = {h.last for h in item.lists.parts.hits(item.tokens)}
    parts |= {p + 1 for p in parts if item.lists.parts_after.hits(item.tokens[p + 1 : p + 2])}
    # a parts word that ends its sentence (a headline "... entre as vítimas") introduces no number of
    # the next one
    last = len(item.tokens) - 1
    return {p for p in parts if p < last and item.sentence_of[p + 1] == item.sentence_of[p]}


# words between a parts word and its number: "hay", "il y a", "befinden sich", "se encuentran"
_VERB_GAP = 3


def parts_past_a_verb(item: Item, parts: set[int], found: list[Quantity]) -> set[int]:
    """'Entre ellos hay nueve niños', 'Parmi eux, il y a sept enfants', 'Unter ihnen befinden sich acht
    Kinder': the number of a part may stand a few words after the parts word (a verb of being, past
    a comma), when those words name no number, victim or casualty and a victim follows the number.
    Returns where each such part's number is taken to follow its parts word (as `part_ends`)."""
    lists, tokens = item.lists, item.tokens
    out: set[int] = set()
    for q in found:
        for p in parts:
            gap = tokens[p + 1 : q.first]
            if not 0 < len(gap) <= _VERB_GAP or item.sentence_of[p] != item.sentence_of[q.first]:
                continue
            if any(t.is_number for t in gap) or lists.victims.hits(gap) or lists.casualty.hits(gap):
                continue
            if any(h.first == 0 for h in lists.victims.hits(tokens[q.last + 1 : q.last + 3])):
                out.add(q.first - 1)
    return out


def other_figure_between(item: Item, first: int, end: int) -> bool:
    """Whether tokens [first, end) hold a number that may count people: one followed by a word that
    counts something else ("۶۱۰ نفر در جنگ ۱۲ روزه کشته شدند", the 12-day war) does not stand
    between a figure and its casualty word."""
    tokens = item.tokens
    return any(
        t.is_number
        and not (i + 1 < end and item.lists.not_after.hits(tokens[i + 1 : i + 2]))
        and not next_in_list(item, first, i)
        for i, t in enumerate(tokens[first:end], first)
    )


def next_in_list(item: Item, first: int, at: int) -> bool:
    """'21 rehine ve 4 asker öldü', '786 نفر نظامی و ۲۷۶ نفر': the number at `at` is the next member
    of a list that opened at the figure (one or two words naming its victims, no casualty word, then
    "and", or "and" written onto the number word: "خمسة أطفال وأربع نساء", "שמונה נשים וחמישה ילדים"),
    so the casualty word after the list speaks of both."""
    between = item.tokens[first:at]
    if between and between[-1].text in item.lists.and_words:
        named = between[:-1]
    elif and_on_number_word(item, at):
        named = between
    else:
        return False
    return (
        1 <= len(named) <= 2
        and not any(t.is_number for t in between)
        and bool(item.lists.victims.hits(named))
        and not item.lists.casualty.hits(named)
    )


def and_on_number_word(item: Item, at: int) -> bool:
    """'وأربع', 'וחמישה': "and" written onto a number word (`[language] and_proclitics`)."""
    if not 0 <= at < len(item.tokens):
        return False
    tok = item.tokens[at]
    return (
        not tok.is_number
        and len(tok.text) > 3
        and tok.text[0] in item.lists.and_proclitics
        and not is_number_word(item.language, tok.text, item.plain)
        and is_number_word(item.language, tok.text[1:], item.plain)
    )


def listed_after(item: Item, word: Hit, q: Quantity) -> bool:
    """'در میان جان‌باختگان ۴۹ زن و ۱۳ کودک': the second figure of a list after one casualty word (one
    number and its one victim word, then "and", between them) shares the word."""
    between = item.tokens[word.last + 1 : q.first]
    at = next((k for k, t in enumerate(between) if t.is_number), None)
    # past one word before the list ("kaybedenler arasında 12 çocuk ve 8 kadın": among them)
    return at is not None and at <= 1 and next_in_list(item, word.last + 2 + at, q.first)


def closed_before(item: Item, h: Hit, q: Quantity) -> bool:
    """'33 militanın öldürüldüğünü ve 300'den fazla yolcunun kurtarıldığını': a casualty word that
    closed the part of a figure before it, then "and", gives nothing to a figure after "and"."""
    gap = item.tokens[h.last + 1 : q.first]
    joins = [k for k, t in enumerate(gap) if t.text in item.lists.and_words]
    if not joins or any(t.is_number for t in gap[: joins[0]]):
        return False  # "در میان جان‌باختگان ۴۹ زن و ۱۳ کودک": a list after the word is its own
    lo = max(h.first - item.lists.after_window, 0)
    return any(
        t.is_number and item.clause_of[i] == item.clause_of[h.first]
        for i, t in enumerate(item.tokens[lo : h.first], lo)
    )


def chain_part(item: Item, q: Quantity, found: list[Quantity], parts: set[int]) -> None:
    """'از این تعداد ۷۸۶ نفر نظامی و ۲۷۶ نفر غیرنظامی', 'darunter drei Kinder und zwei Frauen': the
    next figure of a list joined to a part by "and" is a part of the same whole."""
    nxt = next((n for n in found if n.first > q.last), None)
    if (
        nxt is not None
        and nxt.first - 1 not in parts
        and next_in_list(item, q.last + 1, nxt.first)
        and item.clause_of[nxt.first] == item.clause_of[q.last]
    ):
        parts.add(nxt.first - 1)
