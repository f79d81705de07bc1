"""Issue 10, round 20: embargo and recognition roles and status, one family per case, with sentences
written for these tests (not the phrasings of tests/data/extraction_round20_roles.jsonl, which found
the families, nor corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import explain_item, extract_embargoes, extract_recognitions

DAY = date(2026, 12, 6)

# (sentence, [(actor, target, action)])
EMBARGO_CASES = [
    # experts a UN body appointed are UN experts, and they can only call
    (
        "Experts appointed by the UN Human Rights Council urged governments to stop transferring "
        "weapons to Eritrea.",
        [("UN experts", "Eritrea", "called_for")],
    ),
    # a demonym before aid agencies names no actor: the agencies call, not their country
    (
        "Irish aid agencies demanded that the government stop exporting drone parts to Qatar.",
        [(None, "Qatar", "called_for")],
    ),
    # a court that declines to block, throws out a lawsuit, or whose claimants lose: a refusal
    (
        "The Oslo District Court threw out a lawsuit seeking to stop Norway exporting missile parts "
        "to Qatar.",
        [("Oslo District Court (Norway)", "Qatar", "rejected")],
    ),
    (
        "A Madrid administrative court declined to block Spanish arms exports to Qatar.",
        [("Madrid Administrative Court (Spain)", "Qatar", "rejected")],
    ),
    (
        "Activists lost their challenge at the Supreme Court to halt arms sales to Qatar.",
        [("Supreme Court", "Qatar", "rejected")],
    ),
    # a court known by its city is its country, with the court named
    (
        "A Vienna court ordered the government to suspend arms exports to Qatar.",
        [("Vienna Court (Austria)", "Qatar", "ruled_by_court")],
    ),
    # refusing licences for arms a named state could use is a partial restriction on that state
    (
        "Portugal will refuse licences for any military equipment that Qatar could use in Yemen.",
        [("Portugal", "Qatar", "partial")],
    ),
    # a state that complains of an embargo suffers it; the decision told later names the decider
    (
        "Eritrea complained that the UN arms embargo crippled its navy, a week after the Security Council "
        "extended the measure.",
        [("UN Security Council", "Eritrea", "extended")],
    ),
    # a state body welcoming an easing is the target
    (
        "Somalia's Federal Government welcomed the Security Council's decision to ease the arms embargo.",
        [("UN Security Council", "Somalia", "lifted")],
    ),
    # defence articles, armoured vehicles and naval parts are arms; "froze" is a halt
    (
        "The United States loosened its ban on sales of defence articles to Qatar.",
        [("United States", "Qatar", "lifted")],
    ),
    (
        "Belgium froze new permits for armoured vehicles bound for Qatar.",
        [("Belgium", "Qatar", "suspended_licences")],
    ),
    (
        "Sweden revoked two export licences for naval vessel components destined for Qatar.",
        [("Sweden", "Qatar", "suspended_licences")],
    ),
    # the reason for a decision is not its target
    ("Austria halts armoured vehicle exports over Yemen fears", [("Austria", None, "imposed")]),
    # an embargo on a state's gangs or militias targets that state; UAE is the Emirates
    (
        "The Security Council imposed an arms embargo on Libyan militias.",
        [("UN Security Council", "Libya", "imposed")],
    ),
    ("Denmark blocked the sale of rifles to the UAE.", [("Denmark", "United Arab Emirates", "imposed")]),
    # round 21: a group named after what it is ("the charity X") calls; a UN panel is UN experts; the
    # UN before "arms embargo" imposes it, it is not the target
    (
        "The charity Children First urged the Security Council to widen the UN arms embargo on Eritrea.",
        [("Children First", "Eritrea", "called_for")],
    ),
    ("UN panel calls for tighter Eritrea arms embargo", [("UN experts", "Eritrea", "called_for")]),
    # ships carrying arms barred from ports: a ban on a route arms take, partial (round 7: the separate
    # author's convention, heldout_r6_en); "stop arming" is a halt to arms flows
    (
        "Malta barred ships carrying weapons for Qatar from its ports.",
        [("Malta", "Qatar", "partial")],
    ),
    ("Oxfam urged governments to stop arming Eritrea's army.", [("Oxfam", "Eritrea", "called_for")]),
    # a nationality inside a humanitarian group's name is not that state's call
    (
        "The Danish Refugee Council urged states to stop arms transfers to Eritrea.",
        [("Danish Refugee Council", "Eritrea", "called_for")],
    ),
    ("The Red Cross called for a halt to arms sales to Eritrea.", [("Red Cross", "Eritrea", "called_for")]),
    # round 22: licences frozen, told in the passive; "no plans to ban" is a refusal; a demonym before
    # a court's name is its country
    (
        "Permits for rifles bound for Qatar have been revoked by the Swedish government.",
        [("Sweden", "Qatar", "suspended_licences")],
    ),
    ("Norway has no plans to ban arms sales to Qatar.", [("Norway", "Qatar", "rejected")]),
    (
        "The Danish Supreme Court upheld an order halting arms exports to Qatar.",
        [("Supreme Court (Denmark)", "Qatar", "ruled_by_court")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMBARGO_CASES)
def test_round20_embargo_roles(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text, DAY)]
    assert got == expected


def test_a_call_to_drop_restrictions_is_a_call_to_lift() -> None:
    got = explain_item("", "Qatar urged Norway to drop its restrictions on arms sales to the country.", DAY)
    assert [f for f in got.facts if f.type == "arms_embargo"] == []
    assert "call_to_lift" in [d.veto for d in got.dropped]


def test_a_threat_to_restrict_is_hypothetical() -> None:
    got = explain_item("", "Finland could curb sales of ammunition to Qatar if the fighting spreads.", DAY)
    assert [f for f in got.facts if f.type == "arms_embargo"] == []
    assert "hypothetical" in [d.veto for d in got.dropped]


# (sentence, [(actors, recognised, status)])
RECOGNITION_CASES = [
    # "not in a position to" is a refusal for now, quoted or not
    (
        "Mexico is not in a position to recognise Somaliland, the foreign ministry said.",
        [(("Mexico",), "Somaliland", "rejected")],
    ),
    ("Chile 'not yet in a position' to recognise Somaliland", [(("Chile",), "Somaliland", "rejected")]),
    # round 21: "not imminent" is not now; a second group may start with "the"
    (
        "Peru's recognition of Somaliland is not imminent, the minister said.",
        [(("Peru",), "Somaliland", "rejected")],
    ),
    (
        "Chile recognised Somaliland on Monday, while the Philippines said it was still considering "
        "the step.",
        [(("Chile",), "Somaliland", "done"), (("Philippines",), "Somaliland", "considering")],
    ),
    # round 22: those who "did so" before the actor are context; whose withdrawal is welcomed acts
    (
        "Peru recognised Somaliland on Friday, a week after Chile and Costa Rica did so.",
        [(("Peru",), "Somaliland", "done")],
    ),
    (
        "Serbia on Monday welcomed Ghana's decision to revoke its recognition of Kosovo.",
        [(("Ghana",), "Kosovo", "rejected")],
    ),
    (
        "Rabat hails Kenya's end of Sahrawi recognition",
        [(("Kenya",), "Sahrawi Arab Democratic Republic", "rejected")],
    ),
    # a withdrawal coordinated with a recognition is the same state's, rejected
    (
        "Kenya recognised Moroccan sovereignty over Western Sahara and revoked its recognition of the "
        "Sahrawi Arab Democratic Republic.",
        [
            (("Kenya",), "Western Sahara", "done"),
            (("Kenya",), "Sahrawi Arab Democratic Republic", "rejected"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECOGNITION_CASES)
def test_round20_recognition_roles(text: str, expected: list[tuple[tuple[str, ...], str, str]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, DAY)]
    assert got == expected


# veto -> items (title, summary) it drops every recognition of
RECOGNITION_VETOES = {
    # a recognition looked back on is context
    "recalled": [
        ("", "Five years after Norway recognised Palestine, its embassy in Ramallah remains small."),
        ("Two decades on, Costa Rica's recognition of Palestine is rarely discussed", ""),
    ],
    # a standing description of a government is no act
    "not_diplomatic": [
        ("", "Libya's internationally recognized government opened talks with rival commanders.")
    ],
    # a recognition imagined: an indefinite noun with a modal, or a question
    "hypothetical": [
        ("", "A Chilean recognition of Somaliland would anger Mogadishu, diplomats say."),
        ("Would Peru's recognition of Somaliland change anything?", ""),
    ],
    # in a commentary item, a modal recognition is the writer's hypothesis
    "commentary": [
        (
            "Opinion: Italy should recognise Palestine",
            "Recognition by Italy would change little on the ground.",
        ),
        ("Explainer: Japan and Palestine", "Japan recognising Palestine could anger Washington."),
    ],
}


@pytest.mark.parametrize("veto", sorted(RECOGNITION_VETOES))
def test_round20_recognition_vetoes(veto: str) -> None:
    for title, summary in RECOGNITION_VETOES[veto]:
        got = explain_item(title, summary, DAY)
        assert [f for f in got.facts if f.type == "recognition"] == [], title or summary
        assert veto in [d.veto for d in got.dropped], title or summary


def test_a_commentary_item_still_reads_a_state_acting() -> None:
    got = explain_item(
        "Analysis: Chile recognises Palestine", "Chile recognised the State of Palestine on Monday.", DAY
    )
    assert [(f.actors, f.status) for f in got.facts if f.type == "recognition"] == [(("Chile",), "done")]


def test_a_commentary_item_drops_a_modal_embargo() -> None:
    got = explain_item(
        "Opinion: the EU should stop selling arms", "The EU should halt all arms sales to Qatar.", DAY
    )
    assert [f for f in got.facts if f.type == "arms_embargo"] == []
    assert "commentary" in [d.veto for d in got.dropped]
