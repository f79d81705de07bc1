"""Issue 10: the families of field errors, each with sentences written for these tests (no corpus
text), and the explanations (`why`, named vetoes) that come with every fact."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import (
    explain_item,
    extract_casualties,
    extract_embargoes,
    extract_facts,
    extract_recognitions,
)
from bot.core.extract.casualty_vetoes import CASUALTY_VETOES
from bot.core.extract.embargo_actions import ACTION_LADDER

# --- embargo roles and actions ---------------------------------------------------------------------

# (sentence, (actor, target, action))
EMBARGO_CASES = [
    # a court with a name of its own keeps it; refusing a bid to stop sales is `rejected`
    ("The Oslo High Court threw out a bid by activists to stop arms sales to Qatar.",
     ("Oslo High Court (Norway)", "Qatar", "rejected")),
    ("Belgium's Council of State suspended five licences for arms exports to Qatar.",
     ("Council of State (Belgium)", "Qatar", "ruled_by_court")),
    # a court asked to act is a call, not a ruling
    ("Campaigners asked the court to block arms sales to Qatar.", (None, "Qatar", "called_for")),
    # the European Parliament acts under its own name, and can only call on states
    ("EU lawmakers called for an arms embargo on Qatar.", ("European Parliament", "Qatar", "called_for")),
    ("The Human Rights Council adopted a resolution imposing an arms embargo on Eritrea.",
     ("UN Human Rights Council", "Eritrea", "called_for")),
    # the actor is whose decision it is, not who welcomes it
    ("Norway welcomed Denmark's decision to impose an arms embargo on Qatar.",
     ("Denmark", "Qatar", "imposed")),
    # a state hailing the lifting of an embargo on itself is the target
    ("Qatar welcomed the lifting of the arms embargo on it by the Security Council.",
     ("UN Security Council", "Qatar", "lifted")),
    # "embargo" as a verb
    ("Denmark will embargo arms to Qatar, the minister said.", ("Denmark", "Qatar", "imposed")),
    # a verb acting on the embargo itself: revoking an embargo lifts it
    ("Denmark revokes its arms embargo on Qatar", ("Denmark", "Qatar", "lifted")),
    # extending a partial lifting is an extension (the verb that comes first decides)
    ("The Security Council agreed to extend the partial lifting of the arms embargo on Eritrea.",
     ("UN Security Council", "Eritrea", "extended")),
    # refusing to supply some weapons is a partial restriction on the state they would go to
    ("Denmark will not export any more weapons to Qatar that could be used in the war in Yemen.",
     ("Denmark", "Qatar", "partial")),
    # where arms are used stands for the state using them: "used in Gaza" restricts Israel
    ("Denmark suspended exports of military equipment that could be used in Gaza.",
     ("Denmark", "Israel", "partial")),
    # ruling a restriction out is `rejected`
    ("Denmark has no plans to restrict weapons transfers to Qatar.", ("Denmark", "Qatar", "rejected")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), EMBARGO_CASES)
def test_embargo_roles_and_action(sentence: str, expected: tuple[str | None, str, str]) -> None:
    facts = extract_embargoes(sentence)
    assert [(f.actor, f.target, f.action) for f in facts] == [expected]


@pytest.mark.parametrize(
    ("sentence", "veto"),
    [
        ("Denmark could impose an arms embargo on Qatar if talks fail.", "hypothetical"),
        ("No new arms embargo was imposed on Qatar.", "negated"),
        ("Denmark's arms exports to Qatar rose in the first quarter.", None),  # not even a candidate
    ],
)
def test_embargo_without_a_decision_names_its_veto(sentence: str, veto: str | None) -> None:
    explained = explain_item(sentence, "")
    assert explained.facts == []
    assert [d.veto for d in explained.dropped] == ([veto] if veto else [])


def test_the_action_ladder_is_a_named_ordered_table() -> None:
    names = [step.name for step in ACTION_LADDER]
    assert names.index("court_refuses") < names.index("court") < names.index("rejected")
    assert names[-1] == "no_decision"
    assert all(step.description for step in ACTION_LADDER)


def test_embargo_fact_explains_its_roles_and_action() -> None:
    (fact,) = extract_embargoes("Norway welcomed Denmark's decision to impose an arms embargo on Qatar.")
    assert fact.why is not None
    roles = dict(fact.why.roles)
    assert roles["actor"].startswith("Denmark: whose decision")
    assert roles["target"].startswith("Qatar:")
    assert fact.why.status.startswith("imposed:")


# --- casualty vetoes and explanations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "summary", "veto"),
    [
        ("Flash floods kill 40 in the north", "", "disaster"),
        ("Bus plunges into ravine, killing 23", "", "accident"),
        ("Cholera has killed 60 people this month, officials said", "", "disease"),
        ("A gunman killed 4 shoppers at a mall on Sunday", "", "crime"),
        ("Streamer's video game character kills 300 zombies", "", "game"),
        ("Court sentences militant over attacks that killed 30", "", "court"),
        ("Mourners mark the anniversary of the siege, in which 300 people were killed", "", "commemoration"),
        ("Survivors recall how the 1999 raid killed 45 villagers", "", "history"),
    ],
)
def test_a_dropped_figure_names_the_veto_that_dropped_it(title: str, summary: str, veto: str) -> None:
    explained = explain_item(title, summary, date(2025, 6, 1))
    assert explained.facts == []
    assert explained.dropped and explained.dropped[0].veto == veto
    assert explained.dropped[0].trigger == "casualty"


def test_casualty_vetoes_run_in_a_fixed_order_and_can_be_turned_off() -> None:
    assert CASUALTY_VETOES.names[0] == "review"
    assert {"disaster", "accident", "disease", "crime", "judicial", "game", "history"} <= set(
        CASUALTY_VETOES.names
    )
    assert CASUALTY_VETOES.without("history").names.count("history") == 0


def test_casualty_fact_explains_count_place_and_scope() -> None:
    (fact,) = extract_casualties("A drone strike on a market in Kherson killed 7 civilians on Tuesday.")
    assert fact.why is not None and fact.why.recognizer == "verb_then_figure"
    roles = dict(fact.why.roles)
    assert roles["count"] == "'7' (exact)"
    assert roles["location"].startswith("Kherson, Ukraine:")
    assert "killed 7 civilians" in fact.why.clause


def test_match_output_carries_why_per_fact() -> None:
    from bot.core.model import fact_json

    (fact,) = extract_facts("Shelling killed 5 people in Kharkiv", "")
    out = fact_json(fact)
    assert out["why"]["trigger"] == ["killed"]
    assert set(out) - {"why"} == set(fact.to_json())


# --- recognition status, actors, what is recognised -------------------------------------------------

# (sentence, [(actors, recognized, status)])
RECOGNITION_CASES = [
    # "not now" is rejected ...
    ("Norway said there was no need to rush in recognising a Palestinian state.",
     [(("Norway",), "Palestine", "rejected")]),
    ("The time is not ripe to recognise a Palestinian state, the Austrian chancellor said.",
     [(("Austria",), "Palestine", "rejected")]),
    ("Denmark is in no hurry to recognise the military government in Niamey, its foreign minister said.",
     [(("Denmark",), "Niger government", "rejected")]),
    # ... unless a decision is still to come: considering
    ("Chile has decided not to rush into recognising Kosovo and will take a decision after consulting "
     "its partners.", [(("Chile",), "Kosovo", "considering")]),
    ("Guyana said it was not against the recognition of Palestine but wanted conditions met.",
     [(("Guyana",), "Palestine", "considering")]),
    # withdrawing or suspending a recognition is rejected
    ("Peru has decided to withdraw its recognition of the Sahrawi Arab Democratic Republic.",
     [(("Peru",), "Sahrawi Arab Democratic Republic", "rejected")]),
    ("Panama suspends its recognition of the SADR",
     [(("Panama",), "Sahrawi Arab Democratic Republic", "rejected")]),
    # a plan or a promise is announced; "making it the first" is done
    ("Nauru would become the first country to recognise the breakaway republic of Abkhazia.",
     [(("Nauru",), "Abkhazia", "announced")]),
    ("The memorandum, which involves Ethiopia recognising Somaliland, will be implemented.",
     [(("Ethiopia",), "Somaliland", "announced")]),
    ("Russia accepted the credentials of an envoy from Afghanistan, making it the first country to recognise "
     "the Taliban government.", [(("Russia",), "Taliban government", "done")]),
    # whose recognition it is, not who reacts to it; the region, not its possessor
    ("Dozens of countries condemned Israel's recognition of Somalia's breakaway region of Somaliland.",
     [(("Israel",), "Somaliland", "done")]),
    # a collective noun's list names the actors; partners followed are not actors
    ("Several European nations including Norway, Ireland and Spain announced plans to recognise Palestine.",
     [(("Norway", "Ireland", "Spain"), "Palestine", "announced")]),
    ("Austria will not follow countries such as Spain and Ireland in recognising a Palestinian state.",
     [(("Austria",), "Palestine", "rejected")]),
    # a demonym before "statehood" is its country; a bid is what another weighs or dismisses
    ("The Gambia recognised Kosovan statehood on Monday.", [(("Gambia",), "Kosovo", "done")]),
    ("Kenya dismissed Somaliland's bid for recognition.", [(("Kenya",), "Somaliland", "rejected")]),
    ("Bolivia turned down the latest bid for recognition by the leader of Somaliland.",
     [(("Bolivia",), "Somaliland", "rejected")]),
    # a switch recognises the side chosen, also told as cutting ties and recognising a state by name,
    # and gives up the other side (round 13: a second fact, rejected)
    ("Fiji switched its recognition from Taiwan to China.",
     [(("Fiji",), "China", "done"), (("Fiji",), "Taiwan", "rejected")]),
    ("Nauru cut ties with Taiwan and recognised China on Monday.",
     [(("Nauru",), "China", "done"), (("Nauru",), "Taiwan", "rejected")]),
    ("Qatar will not recognise Israel without a Palestinian state.", [(("Qatar",), "Israel", "rejected")]),
    # two groups in one item are two facts
    ("Britain and Canada recognised Palestine on Sunday, while France and Belgium will do so on Monday.",
     [(("United Kingdom", "Canada"), "Palestine", "done"),
      (("France", "Belgium"), "Palestine", "announced")]),
    # recalled recognisers are context, not actors
    ("France recognised Palestine on Monday, joining Spain, Ireland and Norway, which recognised it "
     "last year.",
     [(("France",), "Palestine", "done")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), RECOGNITION_CASES)
def test_recognition_actors_status_and_object(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(sentence, date(2025, 6, 1))]
    assert got == expected


def test_recognition_why_names_the_status_words() -> None:
    (fact,) = extract_recognitions("Peru has decided to withdraw its recognition of the SADR.")
    assert fact.why is not None
    assert fact.why.status.startswith("rejected: withdrawn or suspended")
    assert dict(fact.why.roles)["actors"].startswith("Peru:")


@pytest.mark.parametrize(
    ("sentence", "veto"),
    [
        ("Brazil recognised Spain as a key partner in the talks.", "no_state"),
        ("The app uses facial recognition to unlock phones.", "not_diplomatic"),
        ("Spain, which recognised Palestine last year, hosted the talks.", "recalled"),
        ("The minister reaffirmed his country's recognition of Taiwan.", "reaffirmed"),
        ("Cuba recognised Namibia's independence in 1990, the museum recalls.", "history"),
    ],
)
def test_a_dropped_recognition_names_its_veto(sentence: str, veto: str) -> None:
    explained = explain_item(sentence, "", date(2025, 6, 1))
    assert explained.facts == []
    assert [d.veto for d in explained.dropped] == [veto]


# --- casualty figures --------------------------------------------------------------------------------

# (text, [(count, qualifier, kind)])
FIGURE_CASES = [
    # durations are never figures, and the toll beside them is still read
    ("The death toll from three days of shelling has risen to 41, rescuers said.", [(41, "exact", "killed")]),
    ("Drones killed 9 people over five nights in the besieged city.", [(9, "exact", "killed")]),
    # single victims are a figure of 1, of their own kind
    ("A medic was killed and a soldier was also wounded when a drone hit the convoy.",
     [(1, "exact", "killed"), (1, "exact", "injured")]),
    ("Two reporters were killed and another injured in an air strike on the camp.",
     [(2, "exact", "killed"), (1, "exact", "injured")]),
    ("A Kenyan peacekeeper was killed in an ambush by militants near the border.", [(1, "exact", "killed")]),
    ("A photographer and his driver were killed in a missile strike on the town.", [(2, "exact", "killed")]),
    # two groups counted by one verb after both
    ("In the attack, 40 villagers and 6 soldiers were killed, officials said.",
     [(40, "exact", "killed"), (6, "exact", "killed")]),
    # a part named after its whole
    ("The strike killed 31 people. Among those killed were nine children, medics said.",
     [(31, "exact", "killed"), (9, "exact", "killed")]),
    # parts between dashes
    ("Fighting killed 120 people — 70 fighters and 50 civilians — over the weekend.",
     [(120, "exact", "killed"), (70, "exact", "killed"), (50, "exact", "killed")]),
    # a quoted figure
    ("Militia raid: 'up to 60' killed in village", [(60, "up_to", "killed")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIGURE_CASES)
def test_casualty_figures(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.count, f.qualifier, f.kind) for f in extract_casualties(text, date(2025, 6, 1))]
    assert got == expected


def test_a_vague_figure_carries_its_lower_bound_for_rules() -> None:
    (fact,) = extract_casualties(
        "Hundreds of people were killed in the shelling of the city, officials said."
    )
    assert (fact.count, fact.qualifier, fact.lower_bound) == (None, "vague", 200)
    assert fact.to_json()["lower_bound"] == 200
    assert fact.why is not None and dict(fact.why.roles)["lower_bound"].endswith("at least 200")


@pytest.mark.parametrize(
    ("title", "veto"),
    [
        (
            "At least 85 journalists were killed worldwide last year, press freedom group says",
            "press_freedom",
        ),
        ("Police data show 1,250 homicides in the capital last year, the crime statistics office said", None),
        ("Two migrant boats capsize off the coast, at least 30 dead", "accident"),
        ("Over three weeks, 12 people died on the mountain after an avalanche", "disaster"),
    ],
)
def test_statistics_and_accidents_are_not_armed_conflict(title: str, veto: str | None) -> None:
    explained = explain_item(title, "", date(2025, 6, 1))
    assert explained.facts == []
    if veto is not None:
        assert veto in [d.veto for d in explained.dropped]


def test_press_freedom_figures_tied_to_a_war_stay() -> None:
    facts = extract_casualties(
        "The Committee to Protect Journalists said 120 journalists have been killed in the war in Gaza."
    )
    assert [(f.count, f.kind) for f in facts] == [(120, "killed")]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("A missile strike on Mykolaiv killed 5 people, the governor said.", "Mykolaiv, Ukraine"),
        ("Houthi shelling in Marib killed 7 soldiers.", "Marib, Yemen"),
        # the dateline only says where the report was filed
        ("DOHA (Reuters) - Shelling killed 7 civilians, a monitor said.", None),
        # the attacker's nationality is not the place
        ("A Russian drone strike killed 3 people in Sumy.", "Sumy, Ukraine"),
        # a capital as a place, not a government
        ("A car bomb in the outskirts of Moscow killed 4 people.", "Moscow, Russia"),
    ],
)
def test_the_most_specific_place_with_its_country(text: str, location: str | None) -> None:
    (fact,) = extract_casualties(text)
    assert fact.location == location


def test_a_commemoration_lead_makes_recalled_figures_no_development() -> None:
    explained = explain_item(
        "Vigils held to mark 30 years since the siege of the old town",
        "Survivors laid flowers at the memorial. Historians say about 900 people were killed.",
        date(2025, 6, 1),
    )
    assert explained.facts == []
    assert [d.veto for d in explained.dropped] == ["commemoration"]


def test_a_fresh_killing_on_an_anniversary_is_still_news() -> None:
    facts = extract_casualties(
        "Police killed three marchers on Friday as crowds marked the anniversary of the uprising."
    )
    assert [(f.count, f.kind) for f in facts] == [(3, "killed")]


def test_press_freedom_statistics_named_elsewhere_in_the_item() -> None:
    explained = explain_item(
        "Reporters face record danger, watchdog finds",
        "The country saw 400 attacks on the press last year, a press freedom group said. "
        "Another six have been killed so far this year.",
        date(2025, 6, 1),
    )
    assert explained.facts == []
    assert "press_freedom" in [d.veto for d in explained.dropped]


def test_headline_capitals_are_not_kept_for_common_victims() -> None:
    (fact,) = extract_casualties("Car Bomb Kills at Least 12 People in Northern Syria")
    assert fact.victims == "people"


def test_a_figure_without_a_place_takes_the_city_the_lead_names() -> None:
    facts = extract_facts(
        "Missile tears through Kharkiv apartment block",
        "Officials said at least nine people have died in the attack.",
    )
    assert [f.location for f in facts if f.type == "casualty"] == ["Kharkiv, Ukraine"]


@pytest.mark.parametrize(
    ("title", "summary", "location"),
    [
        # the attacked state's demonym before a place noun is the place; the attacker is not
        (
            "Missile strike on Russian apartment block kills 9",
            "The missile was launched by Ukraine and shot down by Russia, officials said.",
            "Russia",
        ),
        # an organisation is never where casualties happened
        ("", "A drone attack on the United Nations' base killed 2 peacekeepers in Mali.", "Mali"),
        # a region named with its country's possessive keeps the region
        ("", "Shelling killed 14 people in Ethiopia's Amhara region on Monday.", "Amhara, Ethiopia"),
        # a dateline is the place only when the text points at it ("here")
        ("", "KIDAL — Gunmen killed 6 soldiers here on Sunday, an official said.", "Kidal, Mali"),
        ("", "GENEVA — Gunmen killed 6 soldiers on Sunday, an official said.", None),
        # a dateline with a date before a colon is no place either
        ("", "Kabul, June 6: Gunmen killed 3 guards in an attack in Kunduz province.", "Kunduz"),
    ],
)
def test_places_families(title: str, summary: str, location: str | None) -> None:
    facts = [f for f in extract_facts(title, summary) if f.type == "casualty"]
    assert facts and {f.location for f in facts} == {location}


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        # a toll over a span of time is a running toll (the span is never a figure)
        ("More than 70 people have been killed after four days of fighting in the north.", True),
        ("Clashes in the capital kill over 40 in 3 days, a monitor said.", True),
        # a rising toll of one attack is not
        ("The death toll rose to 52 in the market bombing, officials said.", False),
        ("Death toll from the school strike rises to 19", False),
    ],
)
def test_running_tolls(text: str, cumulative: bool) -> None:
    facts = extract_casualties(text)
    assert facts and {f.cumulative for f in facts} == {cumulative}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("", "An aid worker died when a drone struck a food convoy near the border.", [(1, "killed")]),
        (
            "",
            "Shelling killed four civilians, among them a young girl, in the town.",
            [(4, "killed"), (1, "killed")],
        ),
        (
            "",
            "Three nurses and their driver were killed when a strike hit the ambulance.",
            [(3, "killed"), (1, "killed")],
        ),
        ("Disease kills 80 in war-torn province", "", []),
    ],
)
def test_more_lone_victims_and_war_torn(title: str, summary: str, expected: list[tuple[int, str]]) -> None:
    facts = [f for f in extract_facts(title, summary) if f.type == "casualty"]
    assert sorted((f.count, f.kind) for f in facts) == sorted(expected)
