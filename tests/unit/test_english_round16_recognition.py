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


# a headline's unnamed state ("Caribbean state", "Gulf kingdom", "Island nation") is the state the lead opens
# with, when the lead tells the step without its object ("announced the recognition", "the decision")
@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Caribbean state recognises Palestine",
            "Trinidad and Tobago's foreign ministry announced the recognition on Friday.",
            {(("Trinidad and Tobago",), P, "done")},
        ),
        (
            "Gulf state weighs recognition of Taliban government",
            "Qatar's foreign ministry said it was studying the matter.",
            {(("Qatar",), "Taliban government", "considering")},
        ),
        (
            "Nordic country to recognise Palestine",
            "Iceland's cabinet said the step would be taken next month.",
            {(("Iceland",), P, "announced")},
        ),
        (
            "Small European state recognises Palestine",
            "Malta's prime minister announced the decision on Sunday.",
            {(("Malta",), P, "done")},
        ),
        (
            "African nation recognises Kosovo",
            "Kenya's foreign ministry confirmed the decision in a statement.",
            {(("Kenya",), "Kosovo", "done")},
        ),
        (
            "Island nation rules out recognising Somaliland",
            "Mauritius said on Tuesday it respected the unity of Somalia.",
            {(("Mauritius",), "Somaliland", "rejected")},
        ),
        (
            "Baltic state to recognise Palestine next month",
            "VILNIUS - Lithuania's government said it would act together with its Nordic partners.",
            {(("Lithuania",), P, "announced")},
        ),
        (
            "Andean nation withdraws recognition of Sahrawi republic",
            "LIMA (Reuters) - Peru said the decision followed a review of its foreign policy.",
            {(("Peru",), "Sahrawi Arab Democratic Republic", "rejected")},
        ),
        (
            "Gulf kingdom considering recognition of Israel",
            "Bahrain's foreign minister said talks were under way.",
            {(("Bahrain",), "Israel", "considering")},
        ),
        (
            "Central Asian republic recognises Taliban government",
            "Uzbekistan announced the move on Thursday, officials said.",
            {(("Uzbekistan",), "Taliban government", "done")},
        ),
        (
            "West African country revokes recognition of Kosovo",
            "Togo's foreign ministry informed Belgrade in a note.",
            {(("Togo",), "Kosovo", "rejected")},
        ),
        (
            "European microstate recognises Palestinian state",
            "Monaco's government announced the step at the UN.",
            {(("Monaco",), P, "done")},
        ),
    ],
)
def test_a_headlines_unnamed_state_is_the_state_the_lead_opens_with(
    title: str, summary: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a demonym or a capital opening the lead is the reporter, not the unnamed state
        (
            "Pacific state withdraws recognition of Kosovo, Belgrade says",
            "BELGRADE - Serbian Foreign Minister Marko Djuric said Palau had withdrawn its recognition of "
            "Kosovo.",
            {(("Palau",), "Kosovo", "rejected")},
        ),
        ("Gulf state recognises Taliban government", "Washington said it was disappointed.", set()),
        # a reaction, another state's act told by the opener, or no state at all
        (
            "Caribbean state recognises Palestine",
            "Israel's foreign ministry condemned the decision by Trinidad and Tobago.",
            set(),
        ),
        (
            "Pacific state withdraws recognition of Kosovo",
            "Serbia said on Tuesday that Palau had withdrawn its recognition of Kosovo.",
            {(("Palau",), "Kosovo", "rejected")},
        ),
        ("Island nation to recognise Palestine", "Officials said the decision was final.", set()),
        ("Pacific nation recognises Taiwan", "Taiwan's foreign ministry welcomed the step.", set()),
        (
            "Baltic state recognises Palestine",
            "Lithuania, Latvia and Estonia said they would coordinate.",
            set(),
        ),
    ],
)
def test_the_lead_opener_is_no_stand_in_for_a_reporter_or_a_reaction(
    title: str, summary: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title, summary) == expected


# a state denying its own step, before the verb ("denies recognising", "denied media reports that it had
# recognised") or right after it ("Kosovo says Kenya has recognised it; Nairobi denies"): rejected
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kenya denies recognising Kosovo", (("Kenya",), "Kosovo", "rejected")),
        ("Nairobi denies it has recognised Kosovo", (("Kenya",), "Kosovo", "rejected")),
        ("Ghana denies reports it recognised Somaliland", (("Ghana",), "Somaliland", "rejected")),
        ("Togo rejects claims it recognised Somaliland", (("Togo",), "Somaliland", "rejected")),
        ("Papua New Guinea denies it will recognise Taiwan", (("Papua New Guinea",), "Taiwan", "rejected")),
        ("Zambia dismisses reports of Somaliland recognition", (("Zambia",), "Somaliland", "rejected")),
        ("Indonesia denied it was preparing to recognise Israel", (("Indonesia",), "Israel", "rejected")),
        (
            "Uganda's foreign ministry denied that the country had recognised Kosovo",
            (("Uganda",), "Kosovo", "rejected"),
        ),
        (
            "Malawi denies media reports that it recognised Somaliland",
            (("Malawi",), "Somaliland", "rejected"),
        ),
        ("Pakistan refutes claims it plans to recognise Israel", (("Pakistan",), "Israel", "rejected")),
        ("Oman denied on Monday that it was about to recognise Israel", (("Oman",), "Israel", "rejected")),
        (
            "Kosovo says Kenya has recognised its independence; Nairobi denies",
            (("Kenya",), "Kosovo", "rejected"),
        ),
        ("Somaliland says Ghana recognised it; Accra denies", (("Ghana",), "Somaliland", "rejected")),
        (
            "Kosovo claimed Egypt had recognised its independence, but Egypt denied it",
            (("Egypt",), "Kosovo", "rejected"),
        ),
        ("Taiwan says Haiti will recognise it, Port-au-Prince denies", (("Haiti",), "Taiwan", "rejected")),
    ],
)
def test_a_step_denied_by_its_state_is_rejected(
    title: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert recognitions(title) == {expected}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Egypt denies plans to recognise Israel's annexation", set()),
        ("Kenya recognises Kosovo, denies pressure from Washington", {(("Kenya",), "Kosovo", "done")}),
        ("Spain recognises Palestine; Israel denies it will retaliate", {(("Spain",), P, "done")}),
        (
            "Ghana recognised Somaliland on Monday, officials said, denying any link to a port deal",
            {(("Ghana",), "Somaliland", "done")},
        ),
    ],
)
def test_a_denial_of_something_else_or_by_another_keeps_the_reading(
    title: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert recognitions(title) == expected
