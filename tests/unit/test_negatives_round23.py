"""Hard negatives of issue 10, round 23 (helper enneg): sentences written for these tests, not copied
from any set. Forecasts asked as questions or in title case, commentary that reports a decision with
a modal aside, firework rockets, figures with no tie to armed conflict at all, headline figures whose
lead dates them long ago, weapons of war that are mines."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import explain_item, extract_facts
from bot.core.extract.casualty_vetoes import CASUALTY_VETOES
from bot.core.extract.frames import governing_modal
from bot.core.model import ArmsEmbargo, Recognition
from tests.unit.english_facts import casualty_counts, dropped_vetoes

DAY = date(2026, 12, 6)


# --- forecast: the modal opens the sentence (a question) or is capitalised (a title-case headline)


@pytest.mark.parametrize(
    "text",
    [
        "Could a salvo of cruise missiles kill 3,000 people in Haifa? Planners fear so.",
        "Would a blockade of the strait kill 20,000 sailors in a month?",
        "Would an assault on Kinmen kill 8,000 marines?",
        "Will a famine in Gaza kill 1.5 million people this winter? Agencies model the worst case.",
        "Another Gulf War Could Kill 40,000 Civilians, Think Tank Says",
    ],
)
def test_a_forecast_asked_or_in_title_case_is_no_figure(text: str) -> None:
    assert casualty_counts(DAY, text) == []
    assert "forecast" in dropped_vetoes(DAY, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A drone strike on Kherson killed four people. Could the toll rise? Rescuers are searching.", 4),
        ("May airstrikes killed 40 in Gaza, the health ministry says", 40),
        ("Could not reach the wounded: shelling killed 9 in Pokrovsk, medics say", 9),
    ],
)
def test_a_modal_that_opens_another_sentence_or_is_the_month_leaves_the_figure(text: str, count: int) -> None:
    assert count in casualty_counts(DAY, text)


# --- commentary: only a modal that governs the decision makes it the writer's hypothesis


def test_a_decision_with_a_modal_aside_in_an_analysis_is_read() -> None:
    facts = extract_facts(
        "Analysis: what Ireland's arms decision means",
        "Ireland suspended all arms export licences to Israel on Thursday, a decision that could "
        "strain its ties with Washington.",
        DAY,
    )
    assert [(f.actor, f.target) for f in facts if isinstance(f, ArmsEmbargo)] == [("Ireland", "Israel")]


def test_a_recognition_with_a_which_aside_in_an_opinion_is_read() -> None:
    facts = extract_facts(
        "Opinion: a brave step by Lima",
        "Peru recognised the State of Palestine on Friday, which might cost it US trade concessions.",
        DAY,
    )
    assert [f.actors for f in facts if isinstance(f, Recognition)] == [("Peru",)]


@pytest.mark.parametrize(
    "title",
    [
        "Opinion: Norway should recognise Palestine, a step that could anger Israel",
        "Analysis: Canberra, which has hesitated for years, would gain little by recognising Palestine",
        "Opinion: the Dutch, saying they want peace, must halt arms exports to Israel",
    ],
)
def test_a_modal_that_governs_the_decision_in_commentary_drops_it(title: str) -> None:
    assert extract_facts(title, "", DAY) == []
    assert "commentary" in dropped_vetoes(DAY, title)


def test_a_modal_in_an_aside_holding_the_decision_still_governs_it() -> None:
    sentence = "Britain, which should recognise Palestine now, keeps waiting."
    assert governing_modal(sentence, "recognise") == "should"
    aside = "Chile recognised Palestine, a move that would anger Israel."
    assert governing_modal(aside, "recognised") is None


# --- firework rockets are fireworks


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Firework rocket kills man at Hogmanay party in Dundee", ""),
        (
            "Fireworks injure 230 on New Year's Eve in the Netherlands",
            "Fireworks injured 230 people across the Netherlands, including 9 firefighters hit by rockets.",
        ),
    ],
)
def test_firework_rockets_are_no_weapon(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []


def test_a_rocket_in_war_news_is_still_a_weapon() -> None:
    assert casualty_counts(DAY, "Rockets kill 3 in Nahariya as Hezbollah fires barrage") == [3]


# --- no tie to armed conflict at all


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Seven gored, 41 hurt at bull-running festival in Tafalla", ""),
        ("Rally car leaves the road", "A rally car left the road in Wales, injuring three spectators."),
        ("Twenty-two shot dead over long weekend in Baltimore", "Police said 22 people were shot dead."),
    ],
)
def test_a_figure_with_no_tie_to_armed_conflict_is_dropped(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []
    assert "no_conflict_tie" in dropped_vetoes(DAY, title, summary)


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("Fourteen killed near Kramatorsk, officials say", 14),  # a place at war
        ("Nine villagers killed in Tillaberi, residents say", 9),  # a region of a country at war
        ("JNIM fighters kill 20 herders near Djibo", 20),  # an armed group
        ("Police shot dead six protesters in Dhaka on Monday, witnesses said.", 6),  # a protest
    ],
)
def test_a_place_at_war_an_armed_group_or_a_protest_is_a_tie(title: str, count: int) -> None:
    assert casualty_counts(DAY, title) == [count]


def test_the_new_vetoes_are_named_entries_in_the_table() -> None:
    names = CASUALTY_VETOES.names
    assert names.index("recollection") < names.index("no_conflict_tie")
    assert names.index("history") < names.index("restated_history")
    assert casualty_counts(DAY, "Seven gored, 41 hurt at bull-running festival in Tafalla") == []
    assert CASUALTY_VETOES.without("no_conflict_tie").first is not None


# --- a headline figure whose lead dates it long ago


def test_a_headline_figure_restated_in_an_old_year_is_history() -> None:
    title = "Archaeologists exhume 85 bodies from war grave in Bosnia"
    summary = "Archaeologists exhumed the remains of 85 men killed by Serb forces in 1993 near Foca."
    assert casualty_counts(DAY, title, summary) == []
    assert "restated_history" in dropped_vetoes(DAY, title, summary)


def test_a_headline_figure_restated_this_year_stays() -> None:
    title = "Shelling kills 85 in Khartoum market"
    summary = "Shelling killed 85 people in a market in Khartoum on Sunday, the worst toll of 2026."
    assert 85 in casualty_counts(DAY, title, summary)


# --- mines are weapons of war


def test_one_victim_of_an_anti_tank_mine_is_a_conflict_figure() -> None:
    got = casualty_counts(
        DAY, "A farmer was killed when his tractor hit an anti-tank mine near Izium, officials said."
    )
    assert got == [1]


# --- a refusal beside a recognition of something else says what the step is not


def test_a_refusal_beside_a_recognition_of_documents_is_a_disclaimer() -> None:
    summary = (
        "Greece will recognise Kosovo-issued identity cards from March, Athens said, adding that it "
        "does not recognise Kosovo as a state."
    )
    explained = explain_item("Greece to accept Kosovo identity cards", summary, DAY)
    assert [f for f in explained.facts if isinstance(f, Recognition)] == []
    assert "disclaimer" in {d.veto for d in explained.dropped}


def test_a_refusal_on_its_own_is_still_rejected() -> None:
    facts = extract_facts("Greece says it does not recognise Kosovo and has no plans to", "", DAY)
    assert [(f.actors, f.status) for f in facts if isinstance(f, Recognition)] == [(("Greece",), "rejected")]


def test_a_tally_needs_no_other_tie() -> None:
    assert casualty_counts(DAY, "Health ministry: 27 killed in the past 24 hours, death toll rises.") == [27]


def test_what_a_source_adds_is_a_clause_of_its_own() -> None:
    summary = (
        "Measles has killed 44 children in Ituri, health officials said, warning that militia attacks "
        "keep vaccinators away."
    )
    assert casualty_counts(DAY, "Measles kills 44 children in Ituri", summary) == []
    assert casualty_counts(
        DAY, "A militia attack killed 12 in Ituri, officials said, warning of cholera."
    ) == [12]
