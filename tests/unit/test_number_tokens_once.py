"""The number tokens of a sentence are read once per item: every figure of the item compares its value
with them (`casualty_violence._same_figure_not_violence`), and the reading equals a fresh one."""

from __future__ import annotations

from bot.core.extract.casualty_text_context import TextContext
from bot.core.extract.casualty_violence import _number_tokens, _same_figure_not_violence
from bot.core.extract.doc import prepare
from bot.core.extract.text import Sentence


def test_the_tokens_are_read_once_and_equal_a_fresh_reading() -> None:
    doc = prepare(
        "Landslide kills 14 in hill village\nFourteen people, among them twenty-one-year-old twins, died "
        "when mud buried 3 homes, as soldiers searched the 1,200 square metres."
    )
    ctx = TextContext(doc.sents, doc.dateline)
    lead = doc.sents[1]
    got = _number_tokens(lead, ctx)
    assert got is _number_tokens(lead, ctx)
    fresh = _number_tokens(lead, TextContext(doc.sents, doc.dateline))
    assert got == fresh
    values = [value for value, _, _ in got]
    assert 14 in values and 3 in values and 1200 in values
    for value, start, end in got:
        assert lead.text[start:end].strip() != ""
        assert value >= 0
    other = Sentence(0, 10, "no numbers")
    assert _number_tokens(other, TextContext([other], "")) == []


def test_the_same_figure_told_with_a_disaster_in_another_sentence_lends_its_verdict() -> None:
    doc = prepare("Fighting near Goma as 32 die\nA volcano eruption killed 32 people near Goma.")
    ctx = TextContext(doc.sents, doc.dateline)
    title = doc.sents[0]
    at = title.text.index("32")
    assert _same_figure_not_violence(title, at, at + 2, ctx) is not None
