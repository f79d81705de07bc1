"""English recognition families fixed in round 9 (issue 10, helper enrecog): asides between the
subject and its verb (relative clauses, appositions) name neither actors nor the status; a
coordinated refusal by the same subject ("open to ... but will not do so at this time"); a position
held ("continues to refuse to recognise"); another state's clause before "while" sets no status; a
headline's plan giving way to the body's refusal or weighing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_recognitions
from bot.core.extract.recognition_subjects import without_asides

CASES = [
    # a relative clause between subject and verb: its states and status words are not the clause's
    (
        "Estonia, whose prime minister had held talks in Berlin and Warsaw, recognised Palestine on Monday.",
        [(("Estonia",), "Palestine", "done")],
    ),
    (
        "New Zealand, which said in July it was considering the move, recognised the State of Palestine "
        "on Sunday.",
        [(("New Zealand",), "Palestine", "done")],
    ),
    (
        "Greece, which had long said it would not act alone, will recognise Palestine in March.",
        [(("Greece",), "Palestine", "announced")],
    ),
    # an apposition is not a list member; a state's own name after "the" is
    (
        "Austria, a close ally of Germany, said it was weighing recognition of Palestine.",
        [(("Austria",), "Palestine", "considering")],
    ),
    (
        "Belgium, the Netherlands and Luxembourg recognised Palestine on Monday.",
        [(("Belgium", "Netherlands", "Luxembourg"), "Palestine", "done")],
    ),
    (
        "Latvia, a member of NATO and the EU, and Lithuania will recognise Palestine.",
        [(("Latvia", "Lithuania"), "Palestine", "announced")],
    ),
    # the same subject's refusal in a coordinated clause wins over "open to"
    (
        "Poland is open to recognising a Palestinian state but will not do so at this stage, the minister "
        "said.",
        [(("Poland",), "Palestine", "rejected")],
    ),
    (
        "Croatia open to recognising Palestine, but not at this time",
        [(("Croatia",), "Palestine", "rejected")],
    ),
    # another state's clause before "while" sets no status
    (
        "Seoul said the time was not right, while Manila said it would recognise the State of Palestine "
        "next month.",
        [(("Philippines",), "Palestine", "announced")],
    ),
    # a headline's plan gives way to the body's refusal; a conditioned plan to the body's weighing
    (
        "Denmark to recognise Palestine?\nThe Danish government said it was not yet ready to recognise a "
        "Palestinian state.",
        [(("Denmark",), "Palestine", "rejected")],
    ),
    (
        "Greece ready to recognise Palestine once hostages freed\nThe prime minister said Greece was ready "
        "to recognise a Palestinian state, but only once all hostages had been freed.",
        [(("Greece",), "Palestine", "considering")],
    ),
    # fixed after the round-30 set: a refusal denied is an open door
    (
        "Norway is not ruling out recognising Somaliland, the foreign minister said.",
        [(("Norway",), "Somaliland", "considering")],
    ),
    # "becomes latest to": a step made, with or without "country"
    ("Peru becomes latest to recognise Somaliland", [(("Peru",), "Somaliland", "done")]),
    # "together with" inside the subject joins the list
    (
        "Chile, together with Peru, is studying whether to recognise Somaliland.",
        [(("Chile", "Peru"), "Somaliland", "considering")],
    ),
    # a possessive decision whose name follows another capitalised word
    (
        "Kosovo thanked on Friday Oman's decision to recognise its independence.",
        [(("Oman",), "Kosovo", "done")],
    ),
    # a quote whose speaker names no state: the state the attribution says will take the step
    (
        '"It is time to recognise the State of Palestine," the prime minister said, adding that Malta would '
        "do so in June.",
        [(("Malta",), "Palestine", "announced")],
    ),
    # a second group weighing the step in its own words before it
    (
        "Latvia recognised Palestine on Monday. Estonia said it would decide next month whether to follow.",
        [(("Latvia",), "Palestine", "done"), (("Estonia",), "Palestine", "considering")],
    ),
    # a second group waiting on something first holds back
    (
        "Peru recognised Somaliland on Friday. Bolivia, however, said it would wait until the AU summit.",
        [(("Peru",), "Somaliland", "done"), (("Bolivia",), "Somaliland", "rejected")],
    ),
    # waiting on someone before deciding is the corpus's "will decide after consulting": considering
    (
        "Ghana recognised Kosovo on Thursday, while Togo said it would wait for talks with ECOWAS partners "
        "before making a decision.",
        [(("Ghana",), "Kosovo", "done"), (("Togo",), "Kosovo", "considering")],
    ),
    (
        "Peru recognised Somaliland on Friday. Bolivia said it would wait until its envoys report back "
        "before it decides.",
        [(("Peru",), "Somaliland", "done"), (("Bolivia",), "Somaliland", "considering")],
    ),
]

NOT_RECOGNITIONS = [
    "Serbia will recognise two new municipalities as districts of Belgrade, officials said.",
    "Diplomats marked two years since Norway's recognition of Palestine with a reception.",
    "Georgia continues to refuse to recognise Abkhazia's independence, the minister told lawmakers.",
    "Cyprus has long refused to recognise Kosovo, officials in Nicosia said.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round29_asides_refusals_and_headlines(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_RECOGNITIONS)
def test_round29_positions_held_are_not_facts(text: str) -> None:
    assert extract_recognitions(text) == []


def test_without_asides_keeps_list_members_and_drops_appositions() -> None:
    assert without_asides("Belgium, the Netherlands, and Malta ") == "Belgium, the Netherlands, and Malta "
    assert without_asides("Belgium, the host of the EU's institutions, on Monday ") == "Belgium on Monday "
