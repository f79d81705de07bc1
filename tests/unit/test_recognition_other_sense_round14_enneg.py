"""English hard negatives, round 14 (issue 10): recognition in another sense told past the window the
`not_diplomatic` veto reads near the verb. People recognised as refugees or asylum seekers, however many
words name them ("will recognise 4,200 Rohingya who fled the camps as refugees"), a headline whose object
is a group of persons ("recognises Afghan refugees"), a group listed as a terror organisation with a long
object set off by commas, and killings recognised as a genocide give no recognition fact; a state as the
object, a speaker or a clause of calling between the verb and the "as" keep the state's recognition.
enrec14's `designated_as` (landed first) reads the family; its near-misses that enneg14 reported (a
conjunction "as", an "and" before the people, "migrants") are read since the coordinator's follow-up.
Every sentence is written for this file (none is corpus or held-out text)."""

from __future__ import annotations

import pytest

from bot.core.extract.recognition_designations import designated_as
from tests.unit.english_facts import recognitions


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # persons recognised as refugees, the "as" far from the verb
        (
            "Germany to take in Yazidi families",
            "Germany will recognise 2,000 Yazidis who fled the war in Iraq as refugees, the interior ministry"
            " said on Monday.",
        ),
        (
            "Brazil grants protection to Venezuelans",
            "Brazil has recognised more than 40,000 Venezuelan arrivals in Roraima state as refugees, the"
            " justice ministry said.",
        ),
        # a headline whose object is a group of persons
        ("Ottawa recognises Sudanese asylum seekers under fast-track scheme", ""),
        ("Canada recognises Taliban-era Afghan refugees under new resettlement plan", ""),
        ("Sweden to recognise Eritrean migrants under new quota", ""),
        # a terror listing with a long object set off by commas
        (
            "New Zealand widens listing of armed group",
            "New Zealand has recognised the whole of the movement, including its charity arm and its youth"
            " wing, as a terrorist entity, the prime minister said.",
        ),
        (
            "Lithuania lists Russian paramilitary company",
            "Lithuania's parliament voted to recognise the private military company, along with its"
            " affiliates in Africa, as a terror organisation.",
        ),
        # the same with a disputed name or an adjective of a state beside the persons or the group (these
        # gave a state's recognition before the veto read past its window)
        ("Italy recognises Palestinian asylum seekers from Gaza under new corridor", ""),
        pytest.param(
            "Sweden recognises Kosovo-born migrants under amnesty",
            "",
            marks=(),
        ),
        (
            "Chile takes in families from the West Bank",
            "Chile will recognise 900 Palestinians who fled the West Bank as refugees, the interior ministry"
            " said.",
        ),
        (
            "Ottawa widens listing",
            "The Canadian government has formally recognised the whole of the militia, including its social"
            " services arm, as a terrorist organisation, the public safety minister said.",
        ),
        (
            "London lists mercenary network",
            "The British government recognised the entire mercenary network, with its African affiliates,"
            " as a terrorist group on Friday.",
        ),
        # killings recognised as a genocide
        (
            "Parliament votes on 1930s famine",
            "Lawmakers in Lisbon recognised the famine of 1932 and 1933 in Soviet Ukraine, which killed"
            " millions, as a genocide.",
        ),
    ],
)
def test_recognition_in_another_sense_gives_no_fact(title: str, summary: str) -> None:
    assert recognitions(title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a state as the object, then a conjunction "as" with refugees
        pytest.param(
            "Spain recognises Palestinian state as refugees flee Rafah",
            "",
            {(("Spain",), "Palestine", "done")},
            marks=(),
        ),
        # a speaker's clause between the verb and the "as"
        (
            "Norway recognises Palestine",
            "Norway formally recognised the State of Palestine on Tuesday, saying the militants must be"
            " treated as terrorists.",
            {(("Norway",), "Palestine", "done")},
        ),
        # a clause of calling after the state
        (
            "Ireland recognises Palestine",
            "Ireland formally recognised Palestine on Tuesday, a move Israel condemned as a reward for"
            " terror.",
            {(("Ireland",), "Palestine", "done")},
        ),
        # refugees in another clause of the sentence
        (
            "Slovenia recognises Palestine and pledges aid for refugees",
            "",
            {(("Slovenia",), "Palestine", "done")},
        ),
    ],
)
def test_state_recognition_near_these_words_is_kept(
    title: str, summary: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title, summary) == expected


@pytest.mark.parametrize(
    ("after", "read"),
    [
        (" 600 Rohingya who reached the islands as refugees", True),
        (" the militia, with its political office, as a terrorist group", True),
        (" Afghan asylum seekers under a new scheme", True),
        (" Palestine as an independent state", False),
        (" Kosovo, calling the militants criminals", False),
        pytest.param(
            " Palestine and welcome refugees",
            False,
            marks=(),
        ),
        pytest.param(
            " the State of Palestine as refugees flee",
            False,
            marks=(),
        ),
    ],
)
def test_designated_as_reads_the_words_after_the_verb(after: str, read: bool) -> None:
    assert (designated_as().match(after) is not None) is read


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("France recognises Palestine as refugees flee to Jordan", {(("France",), "Palestine", "done")}),
        ("Malta recognises Palestine as migrants wait at sea", {(("Malta",), "Palestine", "done")}),
        ("UK recognises the militia as a terrorist entity", set()),
        ("Court recognises 300 Sudanese as refugees under the 1951 convention", set()),
    ],
)
def test_a_designation_ends_where_its_clause_does(title: str, expected: set[object]) -> None:
    assert recognitions(title) == expected
