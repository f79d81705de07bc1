"""Issue 10, round 7: embargo and recognition roles and status, one family per case, with sentences
written for these tests (not the phrasings of tests/data/extraction_round7_roles.jsonl, which found
the families, nor corpus text)."""

from __future__ import annotations

import pytest

from bot.core.extract import explain_item, extract_embargoes, extract_facts, extract_recognitions
from bot.core.extract.places import find_places
from bot.core.model import ArmsEmbargo

# (sentence, [(actor, target, action)])
EMBARGO_CASES = [
    # a list of actors whose last member is "the Netherlands"
    ("Austria, Sweden and the Netherlands halted all arms sales to Qatar.",
     [("Austria", "Qatar", "imposed"), ("Sweden", "Qatar", "imposed"), ("Netherlands", "Qatar", "imposed")]),
    # the state hailing the end of an embargo on itself is the target; who decides is named later
    ("Oman hailed the end of the arms embargo on it after the Security Council voted to lift it.",
     [("UN Security Council", "Oman", "lifted")]),
    # a state welcoming the lifting of another state's embargo is its target, not its actor
    ("Eritrea welcomes lifting of Danish arms embargo", [("Denmark", "Eritrea", "lifted")]),
    ("Qatar on Monday welcomed Denmark's decision to end a years-old arms embargo on the kingdom.",
     [("Denmark", "Qatar", "lifted")]),
    # refusing licences for arms that could be used in an occupied territory restricts its occupier
    ("Norway will not license exports of military equipment that could be used in the occupied West Bank.",
     [("Norway", "Israel", "partial")]),
    ("Norway to bar military exports to Qatar", [("Norway", "Qatar", "imposed")]),
    # a headline's "Country:" names the topic, not the actor
    ("Mali: Security Council renews arms embargo", [("UN Security Council", "Mali", "extended")]),
    # an embargo in a package takes the package's target, not a state the sentence names later
    ("The Security Council lifted sanctions on Liberia, including an arms embargo, after the country's "
     "peace deal with Sierra Leone.", [("UN Security Council", "Liberia", "lifted")]),
    ("UN rights council urges halt to arms sales to Qatar",
     [("UN Human Rights Council", "Qatar", "called_for")]),
    # round 8: keeping an embargo in force renews it; "some missiles" is partial
    ("The Security Council kept its arms embargo on Libya in force for another year.",
     [("UN Security Council", "Libya", "extended")]),
    ("Norway halted delivery of some missiles to Qatar.", [("Norway", "Qatar", "partial")]),
    # round 9: who reports a resumption did not decide it (round 6: a resumption with no restriction
    # named is no fact, as in the ten languages); a court undoing a halt refuses to stop sales
    ("Qatar says Norway has resumed arms exports to it", []),
    ("Qatar says Norway has resumed arms exports to it after a freeze", [("Norway", "Qatar", "lifted")]),
    ("The Netherlands' Supreme Court overturned an order halting arms sales to Qatar.",
     [("Supreme Court (Netherlands)", "Qatar", "rejected")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), EMBARGO_CASES)
def test_embargo_roles(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(f.actor, f.target, f.action) for f in extract_embargoes(sentence)] == expected


def test_a_court_named_in_the_summary_names_the_headlines_ruling() -> None:
    title = "Oslo court rejects bid to halt arms sales to Qatar"
    summary = "The Oslo District Court rejected a request by activists to stop Norwegian arms sales to Qatar."
    facts = [f for f in extract_facts(title, summary) if isinstance(f, ArmsEmbargo)]
    got = [(f.actor, f.target, f.action) for f in facts]
    assert got == [("Oslo District Court (Norway)", "Qatar", "rejected")]


def test_a_refusal_whose_subject_is_no_state_is_no_fact() -> None:
    explained = explain_item("Threats will not stop our arms sales to Qatar, the Russian minister said.", "")
    assert explained.facts == []
    assert [d.veto for d in explained.dropped] == ["not_a_refusal"]


def test_a_call_to_lift_an_embargo_is_no_fact_and_names_its_veto() -> None:
    sentence = "Kenya's government urged the Security Council to lift the arms embargo on it."
    explained = explain_item(sentence, "")
    assert explained.facts == []
    assert [d.veto for d in explained.dropped] == ["call_to_lift"]


def test_a_summary_telling_licences_refines_a_headline_partial_halt() -> None:
    title = "Norway halts some arms exports to Qatar"
    facts = extract_facts(title, "Norway suspended 12 arms export licences to Qatar.")
    assert [(f.actor, f.target, f.action) for f in facts if isinstance(f, ArmsEmbargo)] == [
        ("Norway", "Qatar", "suspended_licences")
    ]


# (sentence, [(actors, recognized, status)])
RECOGNITION_CASES = [
    # who reports a withdrawal is not who withdraws
    ("Chile says Paraguay has withdrawn its recognition of Kosovo.", [(("Paraguay",), "Kosovo", "rejected")]),
    # who protests is not who recognises: the subject of the clause holding the verb
    ("Morocco protested after Kenya said it would recognise the SADR.",
     [(("Kenya",), "Sahrawi Arab Democratic Republic", "announced")]),
    # a switch "with immediate effect" is done (and gives up the other side: round 13)
    ("Tuvalu will switch its recognition from Taipei to Beijing with immediate effect.",
     [(("Tuvalu",), "China", "done"), (("Tuvalu",), "Taiwan", "rejected")]),
    # "not the right time", "postponed" are rejected; "will decide whether" is considering
    ("It is not the right time to recognise Palestine, the Danish prime minister said.",
     [(("Denmark",), "Palestine", "rejected")]),
    ("Ireland postponed its decision on recognising Somaliland.", [(("Ireland",), "Somaliland", "rejected")]),
    ("Chile will decide whether to recognise Kosovo after consulting its partners.",
     [(("Chile",), "Kosovo", "considering")]),
    # two groups: one done, one said it would follow
    ("Austria recognised Palestine on Friday; Portugal said it would do so next week.",
     [(("Austria",), "Palestine", "done"), (("Portugal",), "Palestine", "announced")]),
    # a sovereignty claim names the territory
    ("Canada recognised Israel's sovereignty over the Golan Heights.",
     [(("Canada",), "Golan Heights", "done")]),
    ("Belgium will recognise the Golan as Israeli territory.",
     [(("Belgium",), "Golan Heights", "announced")]),
    # "as well as" joins actors; it opens no clause
    ("France, as well as Belgium, recognised Kosovo on Tuesday.",
     [(("France", "Belgium"), "Kosovo", "done")]),
    # another state's recent recognition is context; a rumour is no news, a denied one a refusal
    ("Latvia criticised Estonia's recent recognition of Kosovo.", []),
    ("Speculation about a Chilean recognition of Kosovo grew on Monday.", []),
    ("Chile denied rumours of its recognition of Kosovo.", [(("Chile",), "Kosovo", "rejected")]),
    # "the first ... EU member state to recognise": done, and the EU is not an actor
    ("Malta has become the first southern European EU member state to recognise Kosovo.",
     [(("Malta",), "Kosovo", "done")]),
    # round 8: reversing is withdrawing; whose act it is, not who welcomes it; a compound noun
    ("Kenya reverses recognition of the SADR",
     [(("Kenya",), "Sahrawi Arab Democratic Republic", "rejected")]),
    ("Morocco welcomed Kenya's withdrawal of SADR recognition.",
     [(("Kenya",), "Sahrawi Arab Democratic Republic", "rejected")]),
    # postponed after the verb, a denial, moving closer
    ("A vote on Ireland's recognition of Somaliland has been postponed.",
     [(("Ireland",), "Somaliland", "rejected")]),
    ("Chile denied that it would recognise Abkhazia.", [(("Chile",), "Abkhazia", "rejected")]),
    ("Fiji edges closer to recognising Palestine", [(("Fiji",), "Palestine", "considering")]),
    # a standing state of affairs is no news
    ("Russia remains the only country to recognise Abkhazia, alongside a handful of allies.", []),
    # round 9: a decision to come; "no longer"; backing away; a state followed is no actor;
    # recognition gained from a state; documents recognised are no state
    ("Chile will make a decision on recognising Kosovo in March.", [(("Chile",), "Kosovo", "considering")]),
    ("Bhutan no longer recognises Kosovo.", [(("Bhutan",), "Kosovo", "rejected")]),
    ("Tonga backs away from recognising Abkhazia", [(("Tonga",), "Abkhazia", "rejected")]),
    ("Fiji and Samoa follow Tonga in recognising Kosovo", [(("Fiji", "Samoa"), "Kosovo", "done")]),
    ("Somaliland gains recognition from Kenya", [(("Kenya",), "Somaliland", "done")]),
    ("Kosovo driving licences recognised by Chile", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), RECOGNITION_CASES)
def test_recognition_actors_and_status(
    sentence: str, expected: list[tuple[tuple[str, ...], str, str]]
) -> None:
    assert [(f.actors, f.recognized, f.status) for f in extract_recognitions(sentence)] == expected


def test_a_vaguer_reading_of_what_is_recognised_gives_way_to_a_precise_one() -> None:
    title = "Mali withdraws recognition of Polisario-backed republic"
    summary = "Mali has withdrawn its recognition of the Sahrawi Arab Democratic Republic."
    facts = [f for f in extract_facts(title, summary) if not isinstance(f, ArmsEmbargo)]
    assert [(f.actors, f.recognized, f.status) for f in facts] == [
        (("Mali",), "Sahrawi Arab Democratic Republic", "rejected")
    ]


def test_a_states_rulers_are_its_government_not_the_state() -> None:
    (fact,) = extract_recognitions("Laos says it does not recognise Myanmar's military government.")
    assert (fact.actors, fact.recognized, fact.status) == (("Laos",), "Myanmar government", "rejected")


def test_the_netherlands_after_a_lowercase_the_is_a_place() -> None:
    assert [m.canonical for m in find_places("Belgium and the Netherlands")] == ["Belgium", "Netherlands"]
