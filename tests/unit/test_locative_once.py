"""A sentence's locative places are read once per item: what the whole-text reading found is what a
figure's location reads, and it equals a fresh reading with the countries the item names (where a
village of the small-towns table may lie: "Lyptsi" of an item naming Kharkiv is in Ukraine)."""

from __future__ import annotations

from bot.core.extract.casualty_text_context import TextContext
from bot.core.extract.doc import prepare
from bot.core.extract.figure_places import locative_places


def test_the_sentence_reading_is_reused_and_equals_a_fresh_one() -> None:
    doc = prepare(
        "Shelling kills 4 in Kharkiv\nFour people were killed in Kharkiv on Sunday when shells hit a market, "
        "the governor said. Two more were wounded in the village of Lyptsi."
    )
    ctx = TextContext(doc.sents, doc.dateline)
    for sent in doc.sents:
        got = ctx.locative(sent.text)
        assert got == locative_places(sent.text, countries=frozenset({"Ukraine"}))
        assert got is ctx.locative(sent.text)
    assert ctx.locative(doc.sents[1].text) == [(27, "Kharkiv, Ukraine")]
