"""The shared scans read as they did before they were made cheaper: one stem pass for the gate, the
families and `prepare`; sentence boundaries; the place and cue look-backs asked of RE2 first; an item's
place names read apart from its main place."""

from __future__ import annotations

import itertools
import re

import pytest

from bot.core.extract import cues
from bot.core.extract.casualty_lead_town import _NAMED_AREA, _NAMED_TOWN, _VILLAGE_OF
from bot.core.extract.casualty_text_context import TextContext
from bot.core.extract.doc import (
    _TRIGGERS,
    _hits,
    families,
    has_trigger,
    lower_same_length,
    prepare,
    stem_hits,
    union_of,
)
from bot.core.extract.figure_places import (
    _LOCATIVE_BEFORE,
    _SPECIFIC,
    _TOWN_IN_REGION,
    ADDRESSED_BEFORE,
    AGENT_BEFORE,
    PART_PLACE_BEFORE,
    RELATIVE_TO_BEFORE,
    SOURCE_BEFORE,
)
from bot.core.extract.lexicon import lexicon
from bot.core.extract.re2_outline import (
    finditer_outlined,
    outline_pattern,
    search_outlined,
    search_slice_outlined,
)
from bot.core.extract.text import _word_before, clean, normalise, sentences
from bot.core.extract.towns import _TOWN_AFTER, _town_after_outline

TEXTS = [
    "KABUL (Pajhwok): Gunmen killed four guards at a checkpoint in Baghlan province.\n"
    "Officials said two more were wounded.",
    "GAZA CITY, March 3 (AP) — An air strike on a house killed nine people, medics said.",
    "Mr. Haddad said the toll rose to 12. Dr. Amina Yusuf of the U.N. agency confirmed it.",
    "\u201cWe found bodies under the rubble,\u201d a rescuer told reporters in Herat. Ten are missing.",
    "Nine dead as floods hit the north\nThe death toll is expected to rise, said Lt. Col. Ray Odhiambo.",
    "Taipei recognises no such claim | Ministry of Foreign Affairs",
    "Militants gunned\u00a0down three traders on Friday.",  # a no-break space `normalise` turns into a space
    "Weapons exports to the region were halted. Arms worth $3.5 million were seized near the port.",
    "DEATH TOLL -- rescuers dug through the night; 41 were killed when the dam burst...  More to follow.",
    "Kill count? None. Who knows!? Eleven fighters died, the group said.",
]


def test_no_stem_holds_what_ends_a_dateline_or_starts_with_a_blank() -> None:
    """`prepare` keeps the text's stem hits outside the datelines it blanks only because a stem starts
    and ends with a letter or digit and holds nothing but letters, digits, spaces and single hyphens
    between them (no "— ", ": ", "/ ", "--")."""
    en = lexicon("en")
    keys = ("casualty", "casualty_words", "numbers", "embargo", "embargo_words", "recognition")
    for stem in itertools.chain.from_iterable(en.words("stems", key) for key in keys):
        assert stem[0].isalnum() and stem[-1].isalnum(), stem
        assert all(c.isalnum() or c in " -" for c in stem), stem
        assert "--" not in stem and "- " not in stem and " -" not in stem, stem


@pytest.mark.parametrize("text", TEXTS)
def test_one_stem_pass_reads_as_the_three_did(text: str) -> None:
    hits = stem_hits(text)
    if "\u00a0" in text:
        assert hits is None  # "gunned\u00a0down" is a stem only once normalised
        return
    assert hits is not None
    assert bool(union_of(hits) & _TRIGGERS) == has_trigger(text, rough_found=True)
    assert union_of(hits) == families(normalise(text))
    assert prepare(text, 0b1111, hits) == prepare(text, 0b1111)
    assert [h for h in hits if clean(text)[1][h[0]] != " "] == _hits(lower_same_length(clean(text)[1]))


def _sentences_as_before(text: str) -> list[tuple[int, int, str]]:
    """The splitting `sentences` did with `_BOUNDARY.finditer` and the word before a dot searched for."""
    boundary = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n+|\s\|\s")
    last = re.compile(r"([\w.]+)$")
    initials = re.compile(r"(?:[a-z]\.)+[a-z]")
    abbrev = {"mr", "dr", "lt", "col", "no", "etc", "jan", "u"}
    out, start = [], 0
    for m in boundary.finditer(text):
        if text[m.start()] == ".":
            word = last.search(text, max(start, m.start() - 24), m.start())
            w = word.group(1).lower() if word else ""
            if w in abbrev or (len(w) == 1 and "a" <= w <= "z") or ("." in w and initials.fullmatch(w)):
                continue
        end = m.start() + (1 if text[m.start()] in ".!?" else 0)
        if text[start:end].strip():
            out.append((start, end, text[start:end]))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text), text[start:]))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_split_where_they_did(text: str) -> None:
    body = clean(text)[1]
    assert [(s.start, s.end, s.text) for s in sentences(body)] == _sentences_as_before(body)


@pytest.mark.parametrize(
    ("window", "word"),
    [
        ("said Mr", "Mr"),
        ("the U.S", "U.S"),
        ("a sentence\n", "sentence"),
        ("ends with a space ", ""),
        ("", ""),
    ],
)
def test_the_word_before_a_dot_is_the_one_a_search_finds(window: str, word: str) -> None:
    found = re.search(r"([\w.]+)$", window)
    assert _word_before(window, 0, len(window)) == word == (found.group(1) if found else "")


def test_the_outline_keeps_dollar_when_asked() -> None:
    assert outline_pattern(r"\bin\s+$") == r"\bin[\s\x0b\x1c-\x1f]+"
    assert outline_pattern(r"\bin\s+$", dollar="END") == r"\bin[\s\x0b\x1c-\x1f]+END"


SENTENCES = [
    "Shelling in the southern city of Kherson killed two, officials told reporters in Kyiv.",
    "The strike, launched by Russia from the Black Sea, hit a depot west of Odesa.",
    "Pressure on Israel grew after 30 people, including eight in Jabalia, were killed.",
    "Gunmen stormed Kutum town in North Darfur state, killing 12 in the village of Fata Borno.",
    "Eleven died in Mir Ali area of North Waziristan, near the Afghan border.",
    "A drone hit a bus station in Zaporizhzhia\u2019s Dniprovskyi district on Friday.",
    "Berlinthe X: a name glued to a word before it",
    "Nothing here names a place at all.",
]
_BEFORE = [
    _LOCATIVE_BEFORE,
    ADDRESSED_BEFORE,
    AGENT_BEFORE,
    SOURCE_BEFORE,
    RELATIVE_TO_BEFORE,
    PART_PLACE_BEFORE,
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_place_look_backs_find_what_re_finds(sentence: str) -> None:
    for pattern in _BEFORE:
        for hi in range(len(sentence) + 1):
            for back in (12, 40, 60):
                lo = max(0, hi - back)
                assert search_outlined(pattern, sentence, lo, hi) == (
                    pattern.search(sentence, lo, hi) is not None
                )
                assert search_slice_outlined(pattern, sentence, lo, hi) == (
                    pattern.search(sentence[lo:hi]) is not None
                )


@pytest.mark.parametrize("sentence", SENTENCES)
def test_place_scans_find_what_re_finds(sentence: str) -> None:
    for pattern in (_SPECIFIC, _TOWN_IN_REGION, _NAMED_TOWN, _NAMED_AREA, _VILLAGE_OF):
        assert [m.span() for m in finditer_outlined(pattern, sentence)] == [
            m.span() for m in pattern.finditer(sentence)
        ]
    if _TOWN_AFTER.search(sentence):
        assert not _town_after_outline().absent_in(sentence)


def test_the_outlines_rule_out_what_they_should() -> None:
    assert not search_outlined(_LOCATIVE_BEFORE, "Officials in Kyiv said", 0, 14)  # "Officials in K"
    assert search_outlined(_LOCATIVE_BEFORE, "Officials in Kyiv said", 0, 13)  # "Officials in "
    assert not list(finditer_outlined(_SPECIFIC, "Nothing here names a place at all."))


@pytest.mark.parametrize(
    "low",
    [
        "an official ruled out a strike on the depot",
        "families displaced by the war returned",
        "people waiting for a bus were hit by a missile",
        "a firework rocket injured two children",
        "a rocket hit the market",
    ],
)
def test_cue_look_backs_find_what_re_finds(low: str) -> None:
    tables = cues._tables()
    for pattern in (tables.ruled_out, tables.setting, tables.vehicle_place_before, cues._VEHICLE_AWAITED):
        for hi in range(len(low) + 1):
            lo = max(0, hi - 40)
            assert search_outlined(pattern, low, lo, hi) == (pattern.search(low, lo, hi) is not None)
    assert search_outlined(tables.rocket_not_in_sentence, low) == (
        tables.rocket_not_in_sentence.search(low) is not None
    )


def _context(text: str) -> TextContext:
    doc = prepare(text, 0b1111)
    return TextContext(doc.sents, doc.dateline)


def test_a_clause_reads_its_places_without_the_main_place() -> None:
    text = (
        "Troops killed 12 militants in Kani township of Sagaing region, the army said.\n"
        "Fighting also hit Mandalay, where two soldiers were wounded."
    )
    alone, first = _context(text), _context(text)
    clause = "Troops killed 12 militants in Kani township of Sagaing region"
    assert first.main_place is not None  # every sentence read for the main place first
    assert alone.locative(clause) == first.locative(clause)
    assert alone.gaza_only == first.gaza_only is False
    assert alone.main_place == first.main_place
