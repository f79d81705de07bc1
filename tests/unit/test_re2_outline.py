"""The RE2 outline of a `re` pattern may say "no match" only where the pattern has none."""

from __future__ import annotations

import re

import pytest
import re2

from bot.core.extract.casualty_one_victim import (
    _one_victim_outline,
    _one_victim_re,
)
from bot.core.extract.casualty_patterns import AFTER
from bot.core.extract.doc import has_trigger
from bot.core.extract.embargo_patterns import ARMS_EMBARGO, ARMS_EMBARGO_WORDS, ARMS_FLOW
from bot.core.extract.embargoes import _arms_flow_outline
from bot.core.extract.frames import _frame, _frame_outline, invented_frame
from bot.core.extract.re2_outline import (
    AnchoredOutline,
    Outline,
    ascii_stand_in,
    names_beyond_ascii,
    outline_pattern,
    presence,
    top_level_branches,
)

SENTENCES = [
    "Gunmen killed the district chief and three of his bodyguards on the highway.",
    "Border police shot dead a teenage smuggler near the crossing, the army said.",
    "Officials said a paramedic working with the Red Crescent was killed in the raid.",
    "Aid worker killed in shelling of northern town",
    "Drone kills fisherman near the port",
    "Retired judge Samir Khalil was wounded when his car was hit.",
    "Nadia Rahman, a 29-year-old nurse, was injured by falling debris.",
    "The air strike killed militia commander Hassan Idris in his home.",
    "Four soldiers and their interpreter were wounded at the outpost.",
    "Twelve villagers were hurt, including a six-year-old boy.",
    "The sniper shot dead a farmer and injured another.",
    "The regiment mourned the death of a young conscript.",
    "Among the dead were a pharmacist and two students.",
    "Police said on Friday a woman died after the attack.",
    # no one victim told without a number
    "Heavy rain killed crops across the delta this week.",
    "Forty people died in the fighting, the ministry said.",
    "Talks on a truce resumed in the capital on Monday.",
    "The drought has killed thousands of cattle since spring.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_outline_says_no_only_where_the_pattern_has_no_match(sentence: str) -> None:
    if _one_victim_re().search(sentence) is not None:
        assert not _one_victim_outline().absent_in(sentence)


def test_the_outline_rules_out_sentences_without_a_victim() -> None:
    assert _one_victim_outline().absent_in("Talks on a truce resumed in the capital on Monday.")
    assert _one_victim_outline().absent_in("Heavy rain killed crops across the delta this week.")
    assert not _one_victim_outline().absent_in("Police shot dead a teenage smuggler near the crossing.")


def test_text_beyond_ascii_is_read_through_its_stand_in() -> None:
    tie = Outline(re.compile(r"\b(?:gunmen|militants?)\b(?![\w'-])", re.I))
    assert tie.absent_in("Talks on a truce resumed in Bogotá on Monday \u2014 officials.")
    assert not tie.absent_in("Militants\u00a0stormed a village near Bogotá \u2014 officials said.")
    assert not tie.absent_in("Bogotá: militants")
    assert tie.absent_in("Bogotá: militantsé")  # "é" is a word character: no boundary before it


def test_a_text_with_a_character_without_stand_in_is_never_ruled_out() -> None:
    tie = Outline(re.compile(r"\bgunmen\b", re.I))
    for text in ("Talks in Bogotá \u0663", "D\u0131yarbak\u0131r talks", "Talks in \u212aabul"):
        assert ascii_stand_in(text) is None
        assert not tie.absent_in(text)
        assert tie.first_start(text) == 0


def test_a_pattern_naming_characters_beyond_ascii_never_rules_such_text_out() -> None:
    assert not _one_victim_outline().absent_in("Talks on a truce resumed in Bogotá on Monday.")  # "’"
    for pattern in ("café", r"caf\xe9", r"[^_]x", r"[^\x7f]x"):
        assert names_beyond_ascii(pattern) or "^" in pattern
        outline = Outline(re.compile(pattern, re.I))
        assert not outline.absent_in("Le café")
        assert outline.first_start("Le café") == 0
    assert names_beyond_ascii(r"caf\u00e9") and names_beyond_ascii(r"\N{LATIN SMALL LETTER E WITH ACUTE}")
    assert not names_beyond_ascii(r"caf[\s\x0b\x1c-\x1f]e\b")


# characters beyond ASCII of every kind with a stand-in: letters, numerals that are no digits, spaces,
# dashes, quotes, marks, a lone surrogate
BEYOND_ASCII = "éÉßø½²\u00a0\u2009\u3000\u0085—–…’«€\u200c\u0301\ud800"
PRIMITIVES = [
    r"\w",
    r"\W",
    r"\d",
    r"\D",
    r"\s",
    r"\S",
    r".",
    r"\b\w",
    r"\w\b",
    r"\B",
    r"[^a]",
    r"[^\s]",
    r"[^\w]",
    r"[^a-z0-9 ,.]",
    r"[\w,'-]",
    r"[a-z]",
    "i",
    "s",
    "k",
    r"(?-i:[A-Z])",
    r"[^)]",
]


@pytest.mark.parametrize("primitive", PRIMITIVES)
def test_the_stand_in_of_a_character_matches_whatever_the_character_matches(primitive: str) -> None:
    stand_in = ascii_stand_in(BEYOND_ASCII)
    assert stand_in is not None and len(stand_in) == len(BEYOND_ASCII)
    for flags in (0, re.I):
        rx = re.compile(primitive, flags)
        for i, c in enumerate(BEYOND_ASCII):
            for text, at in ((c, 0), (f"x{c}", 1), (f"{c} ", 0), (f"x{c}", 0)):
                if rx.match(text, at):
                    stood = text.replace(c, chr(stand_in[i]))
                    assert rx.match(stood, at), (primitive, flags, c, stand_in[i])
                    assert Outline(rx).first_start(text) is not None


def test_lookarounds_and_end_are_left_out_and_spaces_widened() -> None:
    assert outline_pattern(r"a(?!b)c(?<=x)d(?=(e|f))$") == "acd"
    assert outline_pattern(r"(?<!\bto\s)kill\s+[\s,]") == r"kill[\s\x0b\x1c-\x1f]+[\s\x0b\x1c-\x1f,]"
    assert outline_pattern(r"[(?!]x\Z") == r"[(?!]x\z"


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?>ab)", r"(?(1)a|b)", r"(?P<x>a)(?P=x)"])
def test_constructs_without_an_re2_counterpart_are_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        outline_pattern(pattern)


def test_python_whitespace_that_re2_lacks_still_matches() -> None:
    outline = Outline(re.compile(r"shot\s+dead", re.IGNORECASE))
    assert not outline.absent_in("SHOT\x0bdead")
    assert outline.absent_in("shot at")


ARMS_SENTENCES = [
    "Ottawa froze all new export permits for military goods bound for the region.",
    "The government halted deliveries of artillery shells to the army on Tuesday.",
    "Madrid said it would stop selling rifles to the police force.",
    "A cargo plane carrying munitions for the militia was grounded in Cyprus.",
    "The council renewed its arms embargo on the country for another year.",
    "Lawmakers backed a ban on the sale of offensive weapons to the junta.",
    "The bank froze the accounts of two trading firms.",
]


@pytest.mark.parametrize("sentence", ARMS_SENTENCES)
def test_the_arms_flow_outline_says_no_where_arms_flow_has_no_match(sentence: str) -> None:
    # ARMS_FLOW has no lookaround: its outline is the same pattern, and agrees with it both ways
    assert _arms_flow_outline().absent_in(sentence) is (ARMS_FLOW.search(sentence) is None)


def test_every_branch_of_arms_embargo_holds_one_of_its_words() -> None:
    inner = ARMS_EMBARGO.pattern[len("(?:") : -len(")")]
    assert "|".join(top_level_branches(inner)) == inner
    for branch in top_level_branches(inner):
        assert any(w in branch.lower() for w in ARMS_EMBARGO_WORDS), branch
    for sentence in ARMS_SENTENCES:
        if ARMS_EMBARGO.search(sentence) is not None:
            assert any(w in sentence.lower() for w in ARMS_EMBARGO_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Streaming series imagines a world where the border war never ended",
        "Troops killed four insurgents in a raid on the hills, the army said.",
        "The novel, a spy thriller set in Vienna, follows an arms dealer.",
    ],
)
def test_the_frame_outline_agrees_with_the_frame_pattern(text: str) -> None:
    # the frame pattern has no lookaround: its outline agrees with it both ways
    assert _frame_outline().absent_in(text) is (_frame().search(text) is None)
    assert (invented_frame(text) is None) is (_frame().search(text) is None)


def test_a_presence_set_agrees_with_search_and_keeps_the_options() -> None:
    options = re2.Options()
    options.case_sensitive = False
    options.never_capture = True
    pattern = re2.compile(r"\bembargo\b|kill", options)
    found = presence(pattern)
    for text in (b"Arms EMBARGO renewed", b"Skills fair opens", b"Embargoes lifted", b"Peace talks"):
        assert bool(found.Match(text)) is (pattern.search(text) is not None)
    assert has_trigger("Gunmen killed two guards") and not has_trigger("Talks resumed in the capital")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_branch_that_matches_is_among_the_branches_the_outline_allows(sentence: str) -> None:
    maybe = _one_victim_outline().branches_in(sentence)
    assert maybe is not None
    for i, text in enumerate(top_level_branches(_one_victim_re().pattern)):
        if re.search(text, sentence, _one_victim_re().flags) is not None:
            assert i in maybe
    assert _one_victim_outline().branches_in("Talks resumed in Bogotá") is None  # its pattern names "’"


FIGURE_SENTENCES = [
    "Five journalists were killed in the strike.",
    "38 dead after the ferry capsized off the coast.",
    "At least 12 people, including four children, were injured.",
    "Some 300 people — 98 soldiers and 139 civilians — were killed.",
    "Two of them were taken to hospital in the capital.",
    "The 1944 landing is remembered by 12 veterans this week.",
    "Officials said 40 men will be tried on the same day.",
]


@pytest.mark.parametrize("sentence", FIGURE_SENTENCES)
def test_the_anchored_outline_says_no_only_where_the_pattern_has_no_match_there(sentence: str) -> None:
    outline = AnchoredOutline(AFTER)
    for pos in range(1, len(sentence) + 1):
        if AFTER.match(sentence, pos) is not None:
            assert not outline.absent_at(sentence, pos), pos
    assert any(outline.absent_at(sentence, pos) for pos in range(1, len(sentence)))


def test_the_anchored_outline_reads_the_character_before_its_position() -> None:
    bounded = AnchoredOutline(re.compile(r"\bkilled", re.I))
    assert bounded.absent_at("xkilled", 1)  # no word boundary between "x" and "k"
    assert not bounded.absent_at("x Killed", 2)
    assert not bounded.absent_at("killed", 0)  # the start of the text is never ruled out
    assert bounded.absent_at("x kill\u00e9d", 2)  # text beyond ASCII through its stand-in
    assert not bounded.absent_at("x\u2014killed", 2)
    assert AnchoredOutline(re.compile(r"\s*dead")).absent_at("12 wounded", 2)


def test_the_first_outline_start_is_never_after_the_first_match() -> None:
    flow = re.compile(r"(?<!no\s)arms\s+(?:sales|exports)\b", re.I)
    outline = Outline(flow)
    text = "No arms sales were cut, but arms exports to the region were halted."
    start = outline.first_start(text)
    assert start is not None and start <= text.index("arms exports")
    assert flow.search(text, start) is not None
    assert flow.search(text, start).group(0) == flow.search(text).group(0)  # type: ignore[union-attr]
    assert outline.first_start("Talks resumed on Monday.") is None
    assert outline.first_start("Les ventes d'armes à Kyiv") is None  # text beyond ASCII: its stand-in
    assert outline.first_start("Kyiv \u2014 arms\u00a0exports halted") == 7


def test_the_raw_set_answers_as_the_wrapper_does() -> None:
    from bot.core.extract.re2_outline import raw_set

    found = re2.Set.SearchSet(re2.Options())
    found.Add("(?i)kill")
    found.Add("wound")
    found.Compile()
    for text in (b"Two killed", b"three wounded, one KILLED", b"talks resumed"):
        assert list(raw_set(found).Match(text) or ()) == list(found.Match(text) or ())
        assert bool(raw_set(found).Match(text)) == bool(found.Match(text))
