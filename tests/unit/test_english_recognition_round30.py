"""English recognition families tuned on round 9's two held-out sets (helper r9enrecog; tuned, not an
estimate): an assessment of a recognition is a weighing; a recognition whose legal effect is to come is a
plan, and "his country's recognition" stands for the state recognised before; a state in a sentence of
its own weighing "its own position" is a second group; a recognition in a "when" clause dating an
earlier step is recalled; states that "announced similar steps" share the step told before; the
body's weighing told by its verb wins over a headline's undated plan; a recognition sought, or one "no
state" grants, has no actor; the clause after ", though" has its own subject; ties with Taipei to be
restored are a plan, and "ending relations with Beijing" beside them is the side left; a proposal that
offers a recognition, or a state that "floats" one, weighs it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_recognitions

CASES = [
    # an assessment, an evaluation: a weighing
    (
        "Ghana says it will conduct a thorough assessment of Somaliland recognition",
        [(("Ghana",), "Somaliland", "considering")],
    ),
    (
        "Zambia's cabinet said it would carry out an evaluation of Somaliland's request for recognition.",
        [(("Zambia",), "Somaliland", "considering")],
    ),
    # the legal effect is to come: a plan; "its recognition" stands for the state recognised before
    (
        "Chile recognises Palestine\nArgentina said its recognition would take legal effect only once the "
        "hostages are released.",
        [(("Chile",), "Palestine", "done"), (("Argentina",), "Palestine", "announced")],
    ),
    (
        "Peru said on Friday that its recognition of Palestine will enter into force after a vote in "
        "congress.",
        [(("Peru",), "Palestine", "announced")],
    ),
    (
        "Spain and Ireland recognise Palestinian state\nSpain and Ireland formally recognised the State of "
        "Palestine on Tuesday. Norway's prime minister announced his country's recognition in Oslo later "
        "that day.",
        [(("Spain", "Ireland", "Norway"), "Palestine", "done")],
    ),
    # a second group in a sentence of its own, weighing its own position
    (
        "Norway will recognise Palestine, Store says\nSweden said it would weigh its own position before "
        "the summit.",
        [(("Norway",), "Palestine", "announced"), (("Sweden",), "Palestine", "considering")],
    ),
    # a "when" clause dating an earlier step: recalled
    (
        "Chile recognises Palestine\nThe decree completes the step announced in May, when Spain, Ireland "
        "and Norway recognised a Palestinian state.",
        [(("Chile",), "Palestine", "done")],
    ),
    # the clause after ", though" has its own subject
    (
        "Egypt and Jordan backed the plan at the summit, though Jordan said its recognition of Palestine "
        "would take effect only after elections.",
        [(("Jordan",), "Palestine", "announced")],
    ),
    # states that took "similar steps" to the recognition told before; one with its own reading keeps it
    (
        "Spain recognises Palestine at summit\nPedro Sanchez told the assembly that Spain recognised the "
        "State of Palestine. Ireland, Norway, Slovenia and Malta announced similar steps during the same "
        "session, though Malta said its recognition would only take effect after elections.",
        [
            (("Spain", "Ireland", "Norway", "Slovenia"), "Palestine", "done"),
            (("Malta",), "Palestine", "announced"),
        ],
    ),
    # the body's weighing told by its own verb wins over a headline's undated plan
    (
        "Malaysia 'ready to recognise' Somaliland, will weigh timing\nForeign minister Aziz told parliament "
        "that Malaysia would consider recognising Somaliland when the moment is right.",
        [(("Malaysia",), "Somaliland", "considering")],
    ),
    # a recognition a proposal offers, or one a state "floats": a weighing
    (
        "Turkey tabled a peace plan on Monday; the plan offers formal recognition of Russian sovereignty "
        "over Abkhazia.",
        [(("Turkey",), "Abkhazia", "considering")],
    ),
    (
        "UK floats recognising Somaliland as independent state",
        [(("United Kingdom",), "Somaliland", "considering")],
    ),
    # ties with Taipei restored while those with Beijing end: both halves of a switch; Taipei's own name
    (
        "Guatemala restores ties with Taiwan, cutting relations with Beijing\nThe foreign minister said "
        "Guatemala would again recognise the Republic of China (Taiwan).",
        [(("Guatemala",), "Taiwan", "done"), (("Guatemala",), "China", "rejected")],
    ),
    # ties with Taipei to be restored: a plan
    (
        "Guatemala's new leader vows to restore relations with Taipei\nPresident-elect Maria Lopez said "
        "Guatemala would re-establish diplomatic ties with Taiwan after taking office.",
        [(("Guatemala",), "Taiwan", "announced")],
    ),
]

NO_FACT = [
    # recognition sought: nobody recognises
    "Kosovo president visits Ghana as the breakaway state seeks recognition",
    "Transnistria leader in Moscow as the region pushes for wider recognition",
    # how things stand: no state recognises it
    "Abkhaz leader meets officials in Caracas\nNo other UN member state recognises the region, diplomats "
    "said.",
    "Not a single African country formally recognises the territory.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round30_weighing_effect_groups_and_recalls(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text", NO_FACT)
def test_round30_sought_or_standing_is_no_fact(text: str) -> None:
    assert extract_recognitions(text) == []


AFTER_SECOND_SET = [
    # fixed after the second set was measured (tests/data/extraction_round31_recognition.jsonl): the
    # effect told in a later clause ("the decision would only enter into force once"), a headline's
    # "done" giving way to it; a second group that "would study the question" or "make its own decision"
    (
        "Malta recognises Palestine, but effect deferred\nMalta announced on Monday that it recognises the "
        "State of Palestine, although the prime minister said the step would only take effect after a "
        "ceasefire.",
        [(("Malta",), "Palestine", "announced")],
    ),
    (
        "Norway recognises Palestine\nSweden's foreign minister said her country would make its own decision "
        "in the spring.",
        [(("Norway",), "Palestine", "done"), (("Sweden",), "Palestine", "considering")],
    ),
    (
        "Norway recognises Palestine\nDenmark's government said separately that it would study the question "
        "before the summer.",
        [(("Norway",), "Palestine", "done"), (("Denmark",), "Palestine", "considering")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_SECOND_SET)
def test_round30_after_the_second_set(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)
