"""Text as keyword phrases are compared: whitespace and typographic punctuation made plain, case folded
without moving positions, and a phrase's key in the automaton."""

from __future__ import annotations

from collections.abc import Sequence

_PUNCT = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("‐", "-"), ("‑", "-"))


def straighten(text: str) -> str:
    for fancy, plain in _PUNCT:
        if fancy in text:
            text = text.replace(fancy, plain)
    return text


_ODD_SPACE = ("  ", "\n", "\t", "\r", "\xa0", "\u2009", "\u202f", "\u3000")


def squeeze(text: str) -> str:
    """Whitespace runs -> one space; the common case (single spaces only) is only checked."""
    for odd in _ODD_SPACE:
        if odd in text:
            return " ".join(text.split())
    return text


def normalize(text: str) -> str:
    """Whitespace runs -> one space (ends trimmed); typographic quotes and hyphens -> ASCII."""
    return squeeze(straighten(text)).strip()


def fold(text: str) -> str:
    """Lower-case without changing the length, so positions in the folded text are positions in `text`."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def phrase_key(phrase: str) -> str:
    return fold(normalize(phrase))


def distinct_phrases(phrases: Sequence[str]) -> tuple[str, ...]:
    """The rule's phrases without repeats (after normalizing and folding), in written order."""
    seen: set[str] = set()
    out: list[str] = []
    for phrase in phrases:
        key = phrase_key(phrase)
        if key not in seen:
            seen.add(key)
            out.append(phrase)
    return tuple(out)
