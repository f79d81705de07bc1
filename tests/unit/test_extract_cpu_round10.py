"""Round 10 CPU work (helper enspeed): the embargo gate asks ARMS_FLOW itself where its loose outline
occurs, and an item with numbers but only arms words and no embargo to read is not cleaned and
split; the facts stay the same."""

from __future__ import annotations

from bot.core.extract import extract_facts, load_extractors


def _may_hold_embargo(text: str) -> bool:
    load_extractors()
    from bot.core.extract.embargo_gate import may_hold_embargo

    return may_hold_embargo(text)


def test_curly_quotes_no_longer_keep_the_outline_from_ruling_a_text_out() -> None:
    # beyond ASCII only by its quotes: straightened, as cleaning does, the outline reads it
    assert not _may_hold_embargo("The navy\u2019s newest warship docked at Rota on Tuesday")
    assert not _may_hold_embargo("\u201cWe were never afraid,\u201d said the frigate\u2019s captain")
    assert _may_hold_embargo("Berlin\u2019s halt to weapons deliveries to Riyadh stands")


def test_an_arms_flow_is_looked_for_line_by_line() -> None:
    # the title's flow ends its line: the next line's first word is not read after it
    assert _may_hold_embargo("Ministers approve the supply of artillery\nFire crews were called to the depot")
    assert _may_hold_embargo("Sweden approves 4 new licences for weapons sales")
    assert _may_hold_embargo("Spain halts sale of howitzers to the Gulf")


def test_numbers_with_only_arms_words_are_not_read_and_embargoes_with_numbers_still_are() -> None:
    assert extract_facts("Crowds watch 12 warships sail past the harbour wall", "") == []
    assert extract_facts("The navy\u2019s 3 new submarines arrive", "They joined 2 frigates.") == []
    facts = extract_facts("Spain suspends arms exports to Israel", "The halt covers 14 pending licences.")
    assert [(f.to_json()["type"], f.to_json()["actor"]) for f in facts] == [("arms_embargo", "Spain")]
    facts = extract_facts("Three soldiers killed as 2 grenades hit a checkpoint", "")
    assert [f.to_json()["type"] for f in facts] == ["casualty"]
