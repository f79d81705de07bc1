"""Round 9 CPU work (helper enspeed): gates that skip reading an item only where no fact can come of
it, so the facts stay the same."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.lang import (
    _TRIGGER_LISTS,
    _compiled,
    _covers,
    _languages_of,
    _script_gate_stems,
    worth_reading,
)
from bot.core.extract.lexicon import lexicon


def test_arms_words_with_no_ban_halt_or_export_need_no_embargo_reading() -> None:
    from bot.core.extract import load_extractors

    load_extractors()
    from bot.core.extract.embargo_gate import may_hold_embargo

    assert not may_hold_embargo("Navy warship docks in Portsmouth after a tour of the Gulf")
    assert not may_hold_embargo("Police fire stun grenades and water cannon at protesters")
    assert may_hold_embargo("Spain halts sale of howitzers to the Gulf")
    assert may_hold_embargo("Canada freezes arms export permits")
    assert may_hold_embargo("Berlin stops weapons deliveries to Riyadh")  # an arms flow, by its outline
    assert may_hold_embargo("Ünited Nations arms embargo")  # beyond ASCII: never ruled out by the outline
    assert extract_facts("Navy warship docks in Portsmouth", "The frigate returns from the Gulf.") == []
    facts = extract_facts("Spain suspends arms exports to Israel", "")
    assert [(f.to_json()["type"], f.to_json()["actor"]) for f in facts] == [("arms_embargo", "Spain")]


def test_a_phrase_needs_no_gate_stem_of_its_own_when_another_stem_matches_one_of_its_words() -> None:
    latin = _script_gate_stems("latin")
    assert ("été", True) not in latin  # "a été tué": "tué" is a stem already; "été" is in every passive
    assert _covers(latin, "tué")
    assert not worth_reading("latin", "JO d'hiver : Martin Fourcade a été battu au sprint")
    assert worth_reading("latin", "Un soldat a été tué près de Gao")
    assert worth_reading("latin", "Un journaliste a été grièvement blessé à Gaza")


@pytest.mark.parametrize("script", ["latin", "cyrillic", "arabic", "hebrew"])
def test_every_trigger_phrase_written_out_passes_its_scripts_gate(script: str) -> None:
    gate = _compiled(_script_gate_stems(script), script)
    for lang in _languages_of(script):
        lex = lexicon(lang)
        for section, keys in _TRIGGER_LISTS:
            for key in (k for k in keys if k in lex.sections.get(section, {})):
                for entry in lex.words(section, key):
                    words = entry.replace("*", "").split()
                    longest = max(words, key=len)
                    if len(words) < 2 or len(longest) < (4 if longest.isascii() else 2):
                        continue  # one word: its own stem; short ASCII words only behind a declared feed
                    text = " ".join(words).replace("<num>", "5")
                    assert gate.search(text.encode()) is not None, (lang, entry)
