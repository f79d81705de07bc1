"""`lang.first_look`'s one scan stands for the scans it replaced (the English gate, the accented-letter
test, the accent-free gate over an item's first 160 characters, `script_of`'s search for letters of other
scripts) without skipping anything they would have found, and `extract_facts` reads every item as the
old route did. All sentences here are written for these tests."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest

from bot.core.extract import _english_facts, extract_facts
from bot.core.extract.doc import may_trigger
from bot.core.extract.lang import (
    ENGLISH_STEM,
    LATIN_BEYOND_ASCII,
    OTHER_SCRIPT,
    PLAIN_STEM,
    _plain_gate_set,
    _plain_stems,
    first_look,
    lexicon_scripts,
    may_be_other_latin,
    other_language_facts,
    plain_latin_facts,
    script_of,
)
from bot.core.model import Fact, fact_json

identify_module = sys.modules["bot.core.extract.lang.identify"]

_CUT = 160  # `plain_latin_facts` reads a title and its lead's start


def _plain_gate_in_start(text: str) -> bool:
    return bool(_plain_gate_set().Match(text[:_CUT].encode("utf-8", "replace")))


@pytest.mark.parametrize("stem,whole", _plain_stems())
def test_the_outline_finds_every_accent_free_stem_the_gate_finds_in_the_start(stem: str, whole: bool) -> None:
    padding = "Reports from the region on Monday said that "
    as_a_word = f"{padding}{stem} and more"
    assert _plain_gate_in_start(as_a_word), stem  # the gate's own case: the outline must follow it
    cut_after_it = "x" * (_CUT - len(stem) - 1) + " " + stem + "abc and more"  # a word cut at 160
    for text in (as_a_word, f"{padding}{stem.upper()}: more", cut_after_it, f"{padding}({stem})"):
        if _plain_gate_in_start(text):
            assert first_look(text) & PLAIN_STEM, (stem, whole, text)
    if whole:
        assert _plain_gate_in_start(cut_after_it)  # the start ends in the whole word


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the talks would resume next week in the capital.",
        "A storm brought heavy rain to the coast — roads were closed ‘for days’.",
        "Ministers met in Zürich to discuss the budget and the café tax.",
        "",
    ],
)
def test_no_outline_match_means_no_gate_match_in_the_start(text: str) -> None:
    if not first_look(text) & PLAIN_STEM:
        assert not _plain_gate_in_start(text)


def _letters_of_every_range() -> list[str]:
    return [chr(code) for _, lo, hi in identify_module._RANGES for code in (lo, (lo + hi) // 2, hi)]


@pytest.mark.parametrize("letter", _letters_of_every_range())
def test_a_letter_of_any_other_script_is_seen_wherever_it_stands(letter: str) -> None:
    for text in (
        f"{letter} opens the title",
        f"Twelve people were reported dead, officials said {letter}",
        "An English lead that goes on " + "and on " * 60 + letter,
    ):
        assert first_look(text) & OTHER_SCRIPT, hex(ord(letter))


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII: 12 killed in a strike on the port",
        "‘No talks’ – officials say 3 were hurt… and more “quotes” ‚here‛",
        "São Paulo, Kraków, Ærø and Đà Nẵng: letters of Latin script",
        "Prices rose 5 % in the euro area (€, £, ¥, ©, ™, ½) 🕊️",
        "A no-break\u00a0space, a thin\u2009space and a zero\u200bwidth one",
    ],
)
def test_latin_script_text_has_no_other_script_letter(text: str) -> None:
    assert not first_look(text) & OTHER_SCRIPT
    assert script_of(text) == "latin"


@pytest.mark.parametrize(
    "text",
    [
        "Three killed in an attack, police said",
        "Café bombing: dozens wounded",
        "Mas de veinte muertos en un ataque contra un mercado del norte",
        "Nothing to see here at all",
        "Арміям заборонено постачати зброю",
    ],
)
def test_the_english_and_accent_bits_are_the_old_scans(text: str) -> None:
    look = first_look(text)
    assert bool(look & ENGLISH_STEM) == may_trigger(text)
    assert bool(look & LATIN_BEYOND_ASCII) == (re.search("[\u00c0-\u024f]", text) is not None)


def _old_route(title: str, summary: str, published: date | None, language: str | None) -> list[Fact]:
    """`extract_facts` as it read an item before `first_look` took every Latin-script item: the English
    gate inside `_english_facts`, `script_of` first for text beyond ASCII, a two-pattern look, and the
    accent-free gate asked of every item English leaves."""
    title = " ".join(title.split())
    text = f"{title}\n{summary}" if summary else title
    if text.isascii():
        facts = _english_facts(text, published, None)
        if not facts and may_be_other_latin(text, language, beyond_ascii=False):
            return other_language_facts(title, summary, published, language, "latin")[1]
        plain = plain_latin_facts(title, summary, published, language, None, text)
        return facts if plain is None else plain
    script = script_of(text)
    if script != "latin":
        if script not in lexicon_scripts():
            return []
        return other_language_facts(title, summary, published, language, script)[1]
    beyond = re.search("[\u00c0-\u024f]", text) is not None
    if not may_trigger(text) and not beyond:
        if not may_be_other_latin(text, language, beyond_ascii=False):
            return plain_latin_facts(title, summary, published, language, None, text) or []
        return other_language_facts(title, summary, published, language, "latin")[1]
    facts = _english_facts(text, published, None, rough_found=True) if may_trigger(text) else []
    if facts and beyond and may_be_other_latin(text, language, beyond_ascii=True):
        read_as, other = other_language_facts(title, summary, published, language, script)
        if read_as not in (None, "en"):
            return other
    if facts or not may_be_other_latin(text, language, beyond_ascii=beyond):
        plain = plain_latin_facts(title, summary, published, language, None, text) if not beyond else None
        return facts if plain is None else plain
    return other_language_facts(title, summary, published, language, script)[1]


ITEMS = [
    ("Gunmen kill 14 villagers in raid on farming community", "Police said 14 people died."),
    ("‘We have lost everything’: 9 dead after shelling of market", "Residents said nine were killed."),
    ("Six soldiers killed in ambush near Göreme", "The army said six soldiers died."),
    ("Mas de veinte muertos en un ataque contra un mercado", "Las autoridades hablaron de 23 muertos."),
    ("Ataque deixa cinco mortos e dez feridos no norte", "A polícia confirmou cinco mortos."),
    ("L’armée a tué douze civils dans le nord du pays", "Selon l’ONU, douze civils sont morts."),
    ("Bei dem Angriff wurden 15 Menschen getötet", "Zuvor war von 15 Toten die Rede."),
    ("Saldırıda 4 kişi öldü", "Yetkililer 4 kişinin öldüğünü açıkladı."),
    ("При обстреле погибли три человека", "Власти сообщили о трех погибших."),
    ("مقتل سبعة أشخاص في غارة على قرية", "قال مسؤولون إن سبعة أشخاص قتلوا."),
    ("হামলায় পাঁচজন নিহত", "পুলিশ জানিয়েছে।"),
    ("BREAKING: 8 killed – Ελλάδα news", "More to follow."),
    ("Country recognises Palestine as a state", "The government said it recognised the state of Palestine."),
    ("Ministers agree arms embargo on the junta", "The ban covers all weapons exports."),
    ("A drone show lit up the sky over the bay", "Organisers said it was the largest yet."),
    ("Typhoon season starts early this year", "Forecasters expect more storms."),
    ("Officials met to discuss the budget", ""),
    ("A long lead " + "with many words " * 25 + "then Москва", "and 3 killed"),
]
HINTS = [None, "en", "es", "fr", "de", "ru", "pt-BR"]


@pytest.mark.parametrize("title,summary", ITEMS)
def test_extract_facts_reads_every_item_as_the_old_route(title: str, summary: str) -> None:
    for language in HINTS:
        new = [fact_json(f) for f in extract_facts(title, summary, date(2026, 1, 5), None, language)]
        old = [fact_json(f) for f in _old_route(title, summary, date(2026, 1, 5), language)]
        assert new == old, (title, language)
