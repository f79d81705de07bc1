"""The casualty path's cheaper scans read as the scans they replace: a look-back ending at a number
searched from where its RE2 outline first matches, one RE2 scan of an item for every `about` kind, and
a number in digits read with the digits-only branch when the text names no scale word."""

from __future__ import annotations

import re

import pytest

from bot.core.extract.casualty_lexicon_patterns import (
    ABOUT_KINDS,
    about_ruled_out,
    lexicon_patterns,
    may_be_about,
)
from bot.core.extract.casualty_patterns import _TOLL_VERB, VERB_BEFORE, toll_before
from bot.core.extract.casualty_text_context import TextContext
from bot.core.extract.doc import prepare
from bot.core.extract.numbers import _NUM_AT, _NUM_AT_DIGITS_ONLY, SCALES, quantities
from bot.core.extract.re2_outline import search_from_outline

SENTENCES = [
    "Militants killed 12 villagers and wounded 30 more near the border on Tuesday.",
    "The attack, which killed or wounded 45, was claimed by no group.",
    "Soldiers were accused of the killing of 111 civilians in the town.",
    "Gunmen shot dead 3 traders; police said they had beaten to death 2 others.",
    "The death toll from the floods rose to 57, and the number of injured climbed to 210.",
    "Officials put the toll at 1,200 after the quake, up from 900 on Sunday.",
    "Rescuers said the tally of the dead now stands at 64 \u2014 and is expected to rise.",
    "A drone strike on Zaporizhzhia\u2019s port killed \u201cat least 9\u201d people, the governor said.",
    "Le bilan est pass\u00e9 \u00e0 40 morts, a indiqu\u00e9 la protection civile.",
    "He said the strike had claimed the lives of 14 and wounded 3.5 thousand, a first estimate.",
    "They massacred a family of 7 in the village, killing an entire family of five.",
    "Killing 3 and wounding 40k, the blast was the worst in the capital this year",
    "The 40k, 5m and 1,200,000 figures; 2.5 million people; 3 hundred and 4; 12 dozen eggs.",
    "Nobody was hurt when 2 shells landed in a field, 300 metres from the school.",
]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict()


def _number_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\d+|\b[a-z]", text, re.I)]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_look_back_searched_from_its_outline_finds_what_a_search_finds(text: str) -> None:
    """Every window that ends where a number or word starts, as `_verb_before` and `toll_before` read it
    (and from a later position, as `toll_before` does), and every window cut anywhere."""
    windows = [text[max(0, at - 60) : at] for at in _number_starts(text)]
    windows += [text[lo:hi] for lo in range(0, len(text), 7) for hi in range(lo, len(text) + 1, 5)]
    for window in windows:
        for pattern in (VERB_BEFORE, _TOLL_VERB):
            for pos in (0, 1, max(0, len(window) - 50)):
                found = pattern.search(window, pos)
                assert _same(search_from_outline(pattern, window, pos), found), (pattern.pattern[:30], window)


def test_a_look_back_is_found_at_the_window_end_only() -> None:
    window = "Police said the gunmen killed "
    found = search_from_outline(VERB_BEFORE, window)
    assert found is not None and found.group("verb") == "killed"
    assert search_from_outline(VERB_BEFORE, "the gunmen killed them and fled with ") is None
    # a verb named in the window but not ending it: the outline with `$` rules the window out
    assert search_from_outline(VERB_BEFORE, "killed in the clashes were ") is None
    assert toll_before("The death toll from the floods rose to ") == "death toll"


def _item(text: str) -> TextContext:
    doc = prepare(text)
    return TextContext(doc.sents, doc.dateline)


ABOUT_TEXTS = [
    "Police said a gang shot dead 4 people at a bar in the city's north.",
    "The CPJ said 80 journalists were killed in the year, most of them in Gaza.",
    "Homicide rates fell as murders dropped by a third, the crime statistics showed.",
    "Troops shelled the village, killing 6; militants hit back with rockets.",
    "Players can kill five enemies in a row in the new shooter game mode.",
    "Two soldiers died when a shell exploded during a live-fire training exercise.",
    "The storm killed 12 people and left thousands without power.",
    "Un ouragan a tu\u00e9 12 personnes \u2014 selon les secours \u2019officiels\u2019.",
]


@pytest.mark.parametrize("text", ABOUT_TEXTS)
def test_one_scan_rules_out_only_kinds_the_item_never_names(text: str) -> None:
    """The gate may rule out a kind only when its pattern finds nothing in any sentence of the item:
    `TextContext.about` is then what it was with one scan per kind (or with no gate at all)."""
    ctx = _item(text)
    joined = " ".join(s.text for s in ctx.sents)
    ruled_out = about_ruled_out(joined)
    low = joined.lower()
    for kind in ABOUT_KINDS:
        anywhere = next((m for s in ctx.sents if (m := lexicon_patterns()[kind].search(s.text))), None)
        if anywhere is not None:
            assert kind not in ruled_out, kind
            assert may_be_about(kind, low, ruled_out), kind
        got = ctx.about(kind)
        assert (got and got.group(0)) == (anywhere and anywhere.group(0)), kind


def test_one_scan_rules_out_every_kind_of_a_plain_text() -> None:
    assert about_ruled_out("Markets rose on Monday after the central bank held rates.") == frozenset(
        ABOUT_KINDS
    )
    # a kind the scan does not know is never ruled out
    assert may_be_about("no_such_kind", "anything", about_ruled_out("anything"))


def test_the_digits_only_branch_matches_as_the_whole_number_pattern() -> None:
    """At every digit of a text with no scale word, the digits-only pattern matches as _NUM_AT."""
    for text in SENTENCES + ABOUT_TEXTS:
        if any(w in text.lower() for w in SCALES):
            continue
        for at, c in enumerate(text):
            if c.isdecimal():
                assert _same(_NUM_AT_DIGITS_ONLY.match(text, at), _NUM_AT.match(text, at)), (text, at)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killing 3 and wounding 40k, the blast hit 1,200 homes", ["3", "40k", "1,200"]),
        ("About 3 thousand fled and 2.5 million were displaced", ["3 thousand", "2.5 million"]),
        ("Some 12 were hurt, 5m away from the 300-metre line", ["12", "5m"]),
        ("Nearly 61,500 killed, more than 1 billion displaced", ["61,500", "1 billion"]),
    ],
)
def test_quantities_read_with_and_without_a_scale_word(text: str, expected: list[str]) -> None:
    assert [num for _, _, _, num in quantities(text)] == expected


# Each reader `read_figure` leaves out for a year, with a sentence it reads when the number is none
# ("2219" is no year: 1900-2099). The gate is sound only if every one of them drops the year itself.
_YEAR_DROPPING_READERS = [
    ("two_groups_after", "{n} soldiers and 4 civilians were killed in the raid."),
    ("part_named_after_whole", "Among the dead were {n} women and children."),
    ("verb_before", "Gunmen killed {n} villagers on Sunday."),
    ("kind_first", "Killed in the strike were {n} paramedics."),
    ("lost_before", "The army said it lost {n} soldiers in the ambush."),
    ("toll_just_before", "The death toll up to {n} was confirmed."),
    ("toll_before_figure", "The death toll from the floods rose to {n} on Monday."),
    ("force_verb_figure", "The army said troops neutralised {n} militants in the operation."),
]


def _read_by(reader: str, text: str, num: str) -> object:
    from bot.core.extract import casualty_readings as readings

    start = text.index(num)
    end = start + len(num)
    low = text.lower()
    if reader == "toll_just_before":  # the quantity starts with its hedge: "up to 40"
        return readings._toll_just_before(text, text.index("up to"), end, num, "up to")
    if reader == "toll_before_figure":
        return readings._toll_before_figure(text, start, end, num)
    if reader == "force_verb_figure":
        return readings.force_verb_figure(text, start, end, low)
    return getattr(readings, f"_{reader}")(text, start, end, num, low)


@pytest.mark.parametrize(("reader", "template"), _YEAR_DROPPING_READERS)
def test_every_reader_read_figure_skips_for_a_year_drops_a_year(reader: str, template: str) -> None:
    assert _read_by(reader, template.format(n="2219"), "2219") is not None  # the sentence is the reader's
    if reader != "force_verb_figure":  # (read_figure never asks it of a year: it tests is_year itself)
        assert _read_by(reader, template.format(n="2019"), "2019") is None


@pytest.mark.parametrize(
    ("text", "num", "recognizer"),
    [
        ("Officials said 2019 soldiers were killed in the war.", "2019", "figure_then_casualty_word"),
        ("They published the names of 2020 victims of the siege.", "2020", "victims_named"),
        ("Gunmen killed 2019 villagers on Sunday.", "2019", None),
        ("The fighting in 2019 killed many.", "2019", None),
    ],
)
def test_a_year_is_read_only_by_the_readers_that_keep_one(
    text: str, num: str, recognizer: str | None
) -> None:
    from bot.core.extract.casualty_readings import read_figure

    start = text.index(num)
    read = read_figure(text, start, start + len(num), num, "", text.lower())
    assert (read[4] if read else None) == recognizer


@pytest.mark.parametrize(
    "digits", ["0", "7", "33", "1,945", "61,500", "1,000,000", "1234,567", "12,34", "٣٣", "9" * 25]
)
def test_a_run_of_digits_has_the_value_parse_number_gives(digits: str) -> None:
    from bot.core.extract.numbers import digits_value, parse_number

    assert digits_value(digits) == parse_number(digits)


NUMBER_TOKEN_TEXTS = [
    "Twenty-one fishermen and 0 guards; 1,250 or 1,25 or 007 boats, seventeen days.",
    "Someone often phoned: none of the ten, not one of 3 dozen, a six-day war.",
    "A well-six and x-y-seven, five-year-old, ELEVEN-plus and 5six or six5 were read.",
    "\u00e9one, one\u00e9, \u017fix, \u212aILLED, \u0663\u0664 and \u0130ten: other scripts.",
    "Thousands, hundreds of thousands, several and numerous, a billion, scores of them.",
    "",
    "-ten -- nine- ,twelve, 40-fifty and fifty-40",
]


@pytest.mark.parametrize("text", NUMBER_TOKEN_TEXTS)
def test_number_tokens_found_without_reading_every_word_are_those_read_one_by_one(text: str) -> None:
    from bot.core.extract.casualty_violence import _tokens_of_numbers, _tokens_one_by_one

    assert _tokens_of_numbers(text) == _tokens_one_by_one(text)
    for cut in range(0, len(text), 3):  # every start, so every kind of neighbour meets every word
        assert _tokens_of_numbers(text[cut:]) == _tokens_one_by_one(text[cut:])


def test_number_tokens_keep_zero_and_the_order_of_the_text() -> None:
    from bot.core.extract.casualty_violence import _tokens_of_numbers

    values = [value for value, _, _ in _tokens_of_numbers("seven rockets, 0 hits and 12 wounded, two dead")]
    assert values == [7, 0, 12, 2]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The memorial lists the dead of a 1944 massacre, 300 names in all.", "1944"),
        ("The archive holds letters of its 2003-2011 occupation, when 90 died.", "2003-2011"),
        ("Shelling killed 14 people on Tuesday, officials said.", None),
        ("Officials said the 19 wounded and 20 dead were taken to the city.", None),
    ],
)
def test_a_past_year_is_read_with_and_without_a_year_in_it(sentence: str, expected: str | None) -> None:
    from datetime import date

    from bot.core.extract.casualty_dating import past_year

    found = past_year(sentence, date(2026, 1, 1))
    assert (found is None) if expected is None else (expected in found)
