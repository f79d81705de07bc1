"""Veto `invented`: a recognition or an arms embargo told in fiction or a game did not happen."""

from bot.core.extract import explain_item, extract_facts
from bot.core.extract.embargoes import extract_embargoes
from bot.core.extract.frames import invented_frame
from bot.core.extract.recognitions import extract_recognitions
from bot.core.model import CasualtyFigure


def test_a_novel_imagining_a_recognition_gives_no_fact() -> None:
    text = "Book of the week\nThe novel imagines a world in which Kurdistan is recognised by Turkey and Iraq."
    assert extract_recognitions(text) == []


def test_the_veto_names_itself_with_its_words() -> None:
    got = explain_item(
        "Alternate history thriller",
        "In the story, Brazil recognises the Republic of Texas as a sovereign state.",
    )
    assert got.facts == []
    assert any(d.veto == "invented" and "alternate history" in d.evidence.lower() for d in got.dropped)


def test_weapons_in_a_video_game_are_no_arms_embargo() -> None:
    text = (
        "Video game maker pulls gun skins\n"
        "The publisher halted sales of weapon skins in France over loot boxes."
    )
    assert extract_embargoes(text) == []


def test_real_news_keeps_its_facts() -> None:
    assert invented_frame("Norway halted exports of weapons to Turkey, the ministry said.") is None
    assert extract_recognitions("Portugal formally recognised the State of Palestine on Sunday.")
    assert extract_embargoes("Norway has halted exports of weapons and military equipment to Turkey.")


# --- veto `topic` (recognitions.py, lexicon [recognition] topic_nouns) ----------------------------


def test_a_recognition_talked_about_is_no_recognition() -> None:
    got = explain_item("Slovakia vetoes joint statement on recognising Kosovo", "")
    assert got.facts == []
    assert any(d.veto == "topic" for d in got.dropped)
    assert (
        extract_recognitions(
            "A podcast about the recognition of Somaliland by Ethiopia drew 2 million listeners."
        )
        == []
    )


def test_a_recognition_done_after_a_debate_is_kept() -> None:
    got = extract_recognitions(
        "Ireland recognised the State of Palestine on Tuesday after a debate on recognising it."
    )
    assert [f.recognized for f in got] == ["Palestine"]


# --- veto `no_decider` (embargoes.py): a decision needs a state, bloc, court or body that decides --


def test_a_company_halting_replica_guns_is_no_embargo() -> None:
    got = explain_item(
        "", "The toy maker stopped shipments of replica pistols to Canada after a customs ruling."
    )
    assert got.facts == []


def test_a_state_halting_arms_and_a_call_by_activists_are_kept() -> None:
    assert extract_embargoes(
        "Belgium has halted exports of weapons and ammunition to Turkey, the minister said."
    )
    got = extract_embargoes("Rights groups urged the government to halt all arms exports to Israel.")
    assert [f.action for f in got] == ["called_for"]


def test_calling_a_state_fictitious_is_no_fiction_frame() -> None:
    assert invented_frame("Belgrade called Kosovo a fictitious state after Kenya recognised it.") is None


# --- casualty figures: fiction frames, animals and things, refineries ------------------------------


def test_a_toll_in_a_screen_drama_is_no_figure() -> None:
    got = explain_item(
        "Streaming pick of the week",
        "In the Netflix drama, a rebel assault on the presidential palace leaves 25 guards dead.",
    )
    assert got.facts == []
    assert any(d.veto == "invented" and "netflix" in d.evidence.lower() for d in got.dropped)


def test_animals_and_businesses_killed_are_no_figure() -> None:
    assert extract_facts("Rangers cull", "Rangers killed four crocodiles near a village in Kenya.") == []
    assert extract_facts("Fare war", "A brutal fare war killed two regional airlines this year.") == []


def test_a_refinery_fire_is_an_accident_unless_it_was_struck() -> None:
    fire = "A fire at an oil refinery in Texas killed two workers on Monday."
    assert extract_facts("Refinery fire", fire) == []
    struck = extract_facts("Refinery hit", "A drone strike on a refinery in Homs killed three workers.")
    assert [f.count for f in struck if isinstance(f, CasualtyFigure)] == [3]


def test_people_after_a_killing_verb_are_still_a_figure() -> None:
    got = extract_facts("Raid", "Gunmen killed six villagers and burned their homes in Zamfara state.")
    assert [f.count for f in got if isinstance(f, CasualtyFigure)] == [6]


def test_a_violence_word_ruled_out_is_no_cue() -> None:
    denied = (
        "A boiler exploded in a bakery in Zaporizhzhia, killing two people; police ruled out a drone strike."
    )
    assert extract_facts("Bakery blast", denied) == []
    told = "A Russian drone strike killed two people in Zaporizhzhia, police said, ruling out an accident."
    assert [f.count for f in extract_facts("Drone strike", told) if isinstance(f, CasualtyFigure)] == [2]


def test_a_crowd_surge_is_an_accident() -> None:
    assert (
        extract_facts("Crowd surge", "Eleven pilgrims died in a crowd surge at a shrine gate in Karbala.")
        == []
    )


def test_the_dead_an_anniversary_commemorates_are_no_figure() -> None:
    text = "Relatives marched in Guatemala City on Friday to commemorate the 200,000 people killed by troops."
    assert extract_facts("Guatemala remembers", text) == []


def test_a_commodity_used_as_a_weapon_is_no_arms_embargo() -> None:
    text = (
        "Kuwait and Qatar said they would not use oil as a weapon, rejecting calls at an OPEC meeting "
        "for an embargo on shipments to countries that arm Ukraine."
    )
    assert extract_embargoes(text) == []
    assert extract_embargoes("Spain imposed an embargo on shipments of weapons to Israel.")
