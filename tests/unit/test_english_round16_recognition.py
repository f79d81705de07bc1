"""Round 16, English recognitions: families whose readers were narrow on our own variants (issue 10).
Every sentence is our own; each family holds phrasings the reader missed before (other verbs, word
orders, headline and lead styles, other states) and near misses that keep their reading."""

from __future__ import annotations

import pytest

from tests.unit.english_facts import recognitions

P = "Palestine"


# a wish that another state recognise, voiced by protesters, groups, another state or a poll's public:
# no state's step (veto `call_on_others` for a demand or a wish, `polled` for a share of the public)
@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Protesters in Berlin demand Germany recognise Palestine", ""),
        ("Thousands rally in Madrid calling on Spain to recognise Palestine", ""),
        ("Demonstrators in Lisbon demand that Portugal recognise Palestine", ""),
        ("Human rights groups press Canada to recognise Palestine", ""),
        ("Students protest, demanding Australia recognise Palestine", ""),
        ("Campaigners pressed the Japanese government to recognise Palestine", ""),
        ("Aid groups demand New Zealand formally recognise a Palestinian state", ""),
        ("Petitioners urge Belgium to recognise Palestine", ""),
        ("Crowds in Dublin demanded the immediate recognition of Palestine by Ireland", ""),
        ("Activists petition Sweden to recognise Western Sahara", ""),
        ("Washington wants Saudi Arabia to recognise Israel", ""),
        ("Kosovo wants Spain to recognise its independence", ""),
        ("Ex-diplomats press Britain to recognise Palestine before September", ""),
        ("Protests across Italy demand Rome recognise Palestine", ""),
        (
            "Majority of Dutch people favour recognising Palestine",
            "An Ipsos poll found 55% of respondents supported the Netherlands recognising a Palestinian "
            "state.",
        ),
        ("Poll finds 48% of Belgians support Belgium recognising Palestine", ""),
        ("Survey: most Danes want Denmark to recognise Palestine", ""),
        ("Voters back Ireland recognising Palestine, poll says", ""),
        ("Most Canadians would support Ottawa recognising Palestine, survey finds", ""),
        ("Poll: 52% of Australians want their government to recognise Palestine", ""),
        ("A majority of Swiss voters back Switzerland recognising Palestine, a survey found", ""),
    ],
)
def test_a_wish_that_another_recognise_is_no_fact(title: str, summary: str) -> None:
    assert recognitions(title, summary) == set()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ireland recognises Palestine after weeks of protests", (("Ireland",), P, "done")),
        ("Spain recognises Palestine as protesters demand more", (("Spain",), P, "done")),
        ("Germany presses ahead to recognise Palestine", (("Germany",), P, "announced")),
        ("Norway wants to recognise Palestine soon, minister says", (("Norway",), P, "announced")),
        ("Slovenia recognises Palestine, a move most voters back, poll shows", (("Slovenia",), P, "done")),
        ("Spain told the press it would recognise Palestine", (("Spain",), P, "announced")),
        ("Spain rejected the demand to recognise Kosovo", (("Spain",), "Kosovo", "rejected")),
        (
            "Peru's Congress urges government to recognise Somaliland",
            (("Peru",), "Somaliland", "considering"),
        ),
    ],
)
def test_near_misses_of_a_wish_keep_their_reading(
    title: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert recognitions(title) == {expected}
