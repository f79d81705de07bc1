"""English recognition, round 14 (enrec14). A recognition of people or a group as something no state is
(refugees, asylum seekers, a terrorist organisation) is no diplomatic recognition, also when the "as"
phrase comes after a long object (a relative clause, an aside between commas) or when the people are
the object itself ("recognises Afghan refugees"); the README lists recognition as a refugee or as a
terror organisation among the hard negatives. Near-misses keep a statehood recognition whose sentence
merely mentions victims or terror later. Who acts: a "by" after a participle ("a summit co-chaired by
...", "the authority installed by ...") names a host or a sponsor, not who recognises; ", where" opens a
clause of its own, whose possessive recognition ("Chile's recognition") is of what the sentence's first
verb recognised; the places of what is recognised ("rebel-held areas of Mali") are no actors. Status:
"announces UK recognition" tells the act made, as "announced their recognition" does. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from bot.core.extract.recognition_designations import designated_as
from tests.unit.english_facts import recognitions


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Germany to take in Yazidi families",
            "Germany will recognise about 1,200 Yazidis who escaped the Islamic State group as refugees, "
            "the interior ministry said.",
        ),
        (
            "Dutch cabinet lists the movement",
            "The Dutch cabinet recognised the armed wing of the movement, and later all its branches, as a "
            "terrorist entity on Friday.",
        ),
        ("Kenya recognises Somaliland refugees from the border camps", ""),
        ("Canada recognises Taliban-era Afghan asylum seekers under a new scheme", ""),
        (
            "Britain widens its list",
            "Britain has recognised the whole of the Houthi movement, including its political bureau, as an "
            "extremist organisation, the Home Office said.",
        ),
    ],
)
def test_people_or_groups_recognised_as_no_state_give_no_recognition(title: str, summary: str) -> None:
    assert recognitions(title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Norway recognises Palestine",
            "Norway recognised the State of Palestine as an answer to terror, its prime minister said.",
            (("Norway",), "Palestine", "done"),
        ),
        (
            "Spain recognises Palestine",
            "Spain formally recognised the State of Palestine on Tuesday as a step towards peace for the "
            "victims of the war.",
            (("Spain",), "Palestine", "done"),
        ),
        (
            "Ireland recognises Palestine amid terror fears in the region",
            "",
            (("Ireland",), "Palestine", "done"),
        ),
        (
            "Chad recognises Somaliland",
            "Chad recognised the Republic of Somaliland as an independent state on Monday.",
            (("Chad",), "Somaliland", "done"),
        ),
    ],
)
def test_statehood_beside_victims_or_terror_is_kept(
    title: str, summary: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in recognitions(title, summary)


def test_the_designation_reads_at_most_twelve_words_and_no_stop() -> None:
    pattern = designated_as()
    assert pattern.match(" some 400 people who fled the fighting in the north as refugees")
    assert not pattern.match(" Palestine. Later the minister described the attackers as terrorists")
    assert not pattern.match(
        " one two three four five six seven eight nine ten eleven twelve thirteen as refugees"
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Two states recognise Palestine in Cairo",
            "Ireland and Slovenia announced their recognition of the State of Palestine at a summit "
            "co-chaired by Egypt and Jordan.",
            {(("Ireland", "Slovenia"), "Palestine", "done")},
        ),
        (
            "Summit ends",
            "Belgium and Portugal declared their recognition of the State of Palestine on Friday at a "
            "meeting hosted by Qatar and Turkey.",
            {(("Belgium", "Portugal"), "Palestine", "done")},
        ),
        (
            "Two states recognise Palestine",
            "Portugal and Slovenia recognised the State of Palestine at a summit in Cairo, where Chile's "
            "foreign minister also announced Chile's recognition.",
            {(("Chile", "Portugal", "Slovenia"), "Palestine", "done")},
        ),
        (
            "Summit in Geneva",
            "Spain and Ireland recognised the State of Palestine at a conference hosted by Switzerland, "
            "where Jordan's king welcomed the recognition.",
            {(("Ireland", "Spain"), "Palestine", "done")},
        ),
        (
            "Arab League rejects Houthi government",
            "The Arab League said it denounced a rival cabinet formed in Houthi-held areas of Yemen and "
            "urged all states not to recognise the Houthis' government.",
            {(("Arab League",), "Houthis", "rejected")},
        ),
    ],
)
def test_hosts_sponsors_and_places_are_no_actors(
    title: str, summary: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    got = recognitions(title, summary)
    assert {a for a, _, _ in got} == {a for a, _, _ in expected}
    assert {st for _, _, st in got} == {st for _, _, st in expected}


def test_the_agent_of_a_recognition_noun_is_still_read() -> None:
    assert recognitions(
        "Slovenia completes the step", "The recognition of Palestine by Slovenia took effect on Tuesday."
    ) == {(("Slovenia",), "Palestine", "done")}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lisbon announces Portuguese recognition of Palestine", (("Portugal",), "Palestine", "done")),
        (
            "Sanchez announces Spain's recognition of the State of Palestine",
            (("Spain",), "Palestine", "done"),
        ),
        ("Starmer announces UK recognition of Palestine", (("United Kingdom",), "Palestine", "done")),
    ],
)
def test_an_announced_recognition_named_by_its_state_is_made(
    title: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in recognitions(title)


@pytest.mark.parametrize(
    "title",
    [
        "Macron announces France will recognise Palestine in September",
        "Carney announces plan for Canada to recognise Palestine",
    ],
)
def test_an_announced_plan_stays_announced(title: str) -> None:
    assert {st for _, _, st in recognitions(title)} == {"announced"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kenyan president says no when asked whether Nairobi would recognise Somaliland", "rejected"),
        ("Merz said 'No' after being pressed on recognising Palestine", "rejected"),
        (
            "Brazil's president says 'never' when asked about recognising Somaliland",
            "rejected",
        ),
    ],
)
def test_an_answer_told_before_its_question_sets_the_status(title: str, expected: str) -> None:
    assert {st for _, _, st in recognitions(title)} == {expected}


def test_an_answer_with_no_refusal_sets_nothing() -> None:
    assert "rejected" not in {
        st for _, _, st in recognitions("Trump says yes when asked about recognising Somaliland")
    }


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Slovakia recognises Palestine",
            "BRATISLAVA - Slovakia's parliament on Wednesday voted to recognise an independent Palestinian "
            "state, weeks after Malta, Belgium and Portugal did so.",
            {(("Slovakia",), "Palestine", "done")},
        ),
        (
            "Ecuador recognises Somaliland",
            "Ecuador recognised the Republic of Somaliland on Monday, a month after Taiwan, Kenya and "
            "Ethiopia did so.",
            {(("Ecuador",), "Somaliland", "done")},
        ),
    ],
)
def test_a_list_recalled_after_after_is_no_second_group(
    title: str, summary: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title, summary) == expected


def test_a_pronoun_recognition_later_in_the_sentence_is_no_second_fact() -> None:
    assert recognitions(
        "Hungary will not recognise Palestine, minister says",
        "BUDAPEST - Hungary has no plans to recognise Palestine as a state, its foreign minister said on "
        "Friday, as Croatia marked two years since its own recognition.",
    ) == {(("Hungary",), "Palestine", "rejected")}
