"""Persian words written with a zero-width non-joiner (U+200C, the half-space), without it, or with the
verbal prefix "می" / "نمی" apart from its verb read as one word, in the reader's tokens, in the word
lists and in the gate (sentences written for this file)."""

from __future__ import annotations

import pytest
import re2

from bot.core.extract.lang import _stem_pattern
from bot.core.extract.lang.tokens import WordMatcher, entry_words, normalise, tokenize

ZWNJ = "\u200c"


def _words(text: str) -> list[str]:
    norm, _where = normalise(text, join_prefixes=True)
    return [t.text for t in tokenize(norm)]


@pytest.mark.parametrize("verb", ["می" + ZWNJ + "گوید", "میگوید", "می گوید"])
def test_the_three_spellings_of_a_prefixed_verb_are_one_word(verb: str) -> None:
    assert _words(f"سخنگو {verb} که") == _words("سخنگو میگوید که")
    assert len(_words(verb)) == 1


def test_the_negated_prefix_joins_too() -> None:
    assert _words("نمی شود") == _words("نمی" + ZWNJ + "شود") == _words("نمیشود")


def test_offsets_of_a_joined_verb_point_into_the_original() -> None:
    text = "ارتش می گوید"
    norm, where = normalise(text, join_prefixes=True)
    verb = tokenize(norm)[-1]
    assert text[where[verb.start] : where[verb.end - 1] + 1] == "می گوید"


def test_arabic_yeh_and_other_languages_are_not_joined() -> None:
    # the Arabic name "مي" (Arabic yeh) stays a word; nothing joins without the flag
    assert _words("قالت مي زيادة") == ["قالت", "مي", "زياده"]
    norm, _ = normalise("می گوید")
    assert len(tokenize(norm)) == 2


def test_a_list_entry_reads_every_spelling_of_the_text() -> None:
    assert entry_words("بررسی می کند") == ["بررسی", "میکند"]
    for entry in ("بررسی می کند", "بررسی می" + ZWNJ + "کند", "بررسی میکند"):
        matcher = WordMatcher([("considering", entry)])
        for text in ("بررسی می کند", "بررسی می" + ZWNJ + "کند", "بررسی میکند"):
            norm, _ = normalise(text, join_prefixes=True)
            assert matcher.hits(tokenize(norm)), (entry, text)


def test_the_gate_reads_a_stem_with_or_without_a_half_space() -> None:
    stem = "جان" + ZWNJ + "باختگان"
    pattern = _stem_pattern(stem, "arabic")
    for text in ("جان" + ZWNJ + "باختگان", "جانباختگان"):
        assert re2.search(pattern, text), text
    assert re2.search(_stem_pattern("جانباختگان", "arabic"), "جان" + ZWNJ + "باختگان")
