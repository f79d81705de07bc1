"""English recognition families of round 10 (helper enrecog): a recognition a question asks about takes
its status from the answer ("Asked whether ..., she said: 'No.'"); a second group told by a speaker may
name itself by a stand-in ("his government", "the cabinet", its capital) and may be weighing "the
question" in the progressive, after a place that opens the sentence ("In Prague, ..."); an office held
by a country of several words ("New Zealand's foreign minister") stands for it; a call on others
not to recognise is the caller's own refusal ("the Arab League urged its members not to recognise
..."). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_recognitions

CASES = [
    # the answer to a question sets the status
    (
        "Asked on Monday if Lisbon would recognise Somaliland, Portugal's foreign minister replied: "
        '"Not now."',
        [(("Portugal",), "Somaliland", "rejected")],
    ),
    (
        'Reporters asked whether Chile would recognise Kosovo. "Never," the foreign minister said.',
        [(("Chile",), "Kosovo", "rejected")],
    ),
    (
        "Questioned on whether Norway would recognise Palestine this month, the prime minister answered: "
        '"Yes, we will."',
        [(("Norway",), "Palestine", "announced")],
    ),
    # a second group named by a stand-in, weighing the question in the progressive
    (
        "Peru recognises Palestine\nPeru recognised the State of Palestine on Friday. Ecuador's president "
        "said his government was reviewing the matter.",
        [(("Peru",), "Palestine", "done"), (("Ecuador",), "Palestine", "considering")],
    ),
    (
        "Malta recognises Palestine\nMalta formally recognised Palestine on Monday. Greece's prime minister "
        "said Athens was still evaluating its options.",
        [(("Malta",), "Palestine", "done"), (("Greece",), "Palestine", "considering")],
    ),
    (
        "Chile recognises Palestine\nChile recognised the State of Palestine on Sunday. In Buenos Aires, "
        "the Argentine foreign minister said the government had no plans to follow.",
        [(("Chile",), "Palestine", "done"), (("Argentina",), "Palestine", "rejected")],
    ),
    # an office held by a country named in several words
    (
        "South Africa's president hints at Somaliland move\nHis government was weighing whether to "
        "recognise Somaliland, officials said.",
        [(("South Africa",), "Somaliland", "considering")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round32_answers_stand_ins_and_offices(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_a_question_with_no_plain_answer_keeps_the_reading_of_its_words() -> None:
    got = extract_recognitions(
        "Asked whether Spain would recognise Palestine, Sanchez said Madrid would do so on Tuesday."
    )
    assert [(f.actors, f.status) for f in got] == [(("Spain",), "announced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arab League called on its members not to recognise Somaliland.",
            [(("Arab League",), "Somaliland", "rejected")],
        ),
        (
            "The European Union urged member states on Friday not to recognise the junta in Niger.",
            [(("European Union",), "Niger government", "rejected")],
        ),
    ],
)
def test_a_call_on_others_not_to_recognise_is_the_callers_refusal(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert got == expected


def test_a_call_on_others_to_recognise_is_still_no_fact() -> None:
    assert extract_recognitions("The Arab League urged European states to recognise Palestine.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second group ruling the step out
        (
            "Andorra recognises Palestine\nAndorra recognised the State of Palestine on Friday. Monaco's "
            "government ruled out doing the same.",
            [(("Andorra",), "Palestine", "done"), (("Monaco",), "Palestine", "rejected")],
        ),
        # a legislature calling on its government, or a motion calling for the recognition
        (
            "Chile's Senate called on the executive to recognise Somaliland.",
            [(("Chile",), "Somaliland", "considering")],
        ),
        (
            "Norway's parliament adopted a motion calling for the recognition of Palestine.",
            [(("Norway",), "Palestine", "considering")],
        ),
    ],
)
def test_groups_ruling_out_and_legislatures_calling(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)


# after the round-33 set (tuned): a text adopted to recognise is the act; a past act dated "last year"
# is history; a decision "its" own to come is a weighing; an answer telling no step is planned refuses;
# an opposition leader's pledge is not the state's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia's parliament passed a bill to recognise Palestine",
            [(("Estonia",), "Palestine", "done")],
        ),
        ("One year on\nSpain recognised Kosovo last year; trade has since doubled.", []),
        (
            "Malta recognises Palestine\nMalta recognised Palestine on Friday. Cyprus said it would reach "
            "its final decision in the spring.",
            [(("Malta",), "Palestine", "done"), (("Cyprus",), "Palestine", "considering")],
        ),
        (
            "Asked whether Rome planned to recognise Somaliland, the minister replied that there was no such "
            "plan.",
            [(("Italy",), "Somaliland", "rejected")],
        ),
        ("The head of Hungary's largest opposition party said he would recognise Palestine if elected.", []),
    ],
)
def test_round33_tuned(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, date(2027, 4, 1))]
    assert sorted(got, key=str) == sorted(expected, key=str)
