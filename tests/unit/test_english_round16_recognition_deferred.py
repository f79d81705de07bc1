"""Round 16, second wave (enrec2w16), English recognitions: a step declared ready or planned whose decision
the item says is still to be taken (told in the passive, negated, as a timing to discuss, or as a decision
it only may announce) is a weighing, `considering`; "would not recognise ... immediately / for now" with a
decision to come is a weighing too. Every sentence is our own; near misses keep their reading."""

from __future__ import annotations

import pytest

from tests.unit.english_facts import recognitions

DEFERRED = [
    (
        "Austria on Palestine",
        "VIENNA — The chancellor said Austria was prepared to recognise a Palestinian "
        "state but that a decision would only be taken after talks within the coalition.",
        "Austria",
        "Palestine",
    ),
    (
        "Portugal open to recognition",
        "LISBON — Portugal is willing to recognise Palestine, the foreign minister "
        "said, adding that no decision had yet been made.",
        "Portugal",
        "Palestine",
    ),
    (
        "Japan on Palestine",
        "TOKYO — Japan is ready to recognise a Palestinian state and the cabinet will "
        "discuss the timing next month, the chief cabinet secretary said on Tuesday.",
        "Japan",
        "Palestine",
    ),
    (
        "Denmark: decision on Palestine later",
        "COPENHAGEN — Denmark could recognise Palestine, the prime "
        "minister said, stressing that a final decision has not yet been taken.",
        "Denmark",
        "Palestine",
    ),
    (
        "Poland ready to recognise Palestine",
        "WARSAW — Poland is ready to recognise Palestine, the foreign "
        "minister said, though he stressed the government had not yet decided when.",
        "Poland",
        "Palestine",
    ),
    (
        "Czechs prepared to recognise Palestine",
        "PRAGUE — The Czech Republic is prepared to recognise Palestine "
        "but the decision will come later, after consultations with EU partners.",
        "Czechia",
        "Palestine",
    ),
    (
        "Italy ready to recognise Palestine",
        "ROME — Italy is ready to recognise a Palestinian state, the foreign "
        "minister said on Friday, noting that a decision is yet to be made.",
        "Italy",
        "Palestine",
    ),
    (
        "Latvia ready to recognise Palestine",
        "RIGA — Latvia is ready to recognise Palestine, the president said "
        "on Wednesday, stressing that no decision had been taken yet.",
        "Latvia",
        "Palestine",
    ),
    (
        "Chile on Kosovo",
        "SANTIAGO — Chile is preparing to recognise Kosovo and may take a decision at the next "
        "cabinet meeting, the foreign minister said.",
        "Chile",
        "Kosovo",
    ),
    (
        "Lisbon on Palestine",
        "The government said it would consult parliament with a view to recognising "
        "Palestine, and could announce a decision at the UN in autumn.",
        None,
        "Palestine",
    ),
    (
        "Luxembourg PM on Palestine",
        "LUXEMBOURG — Luxembourg would not recognise Palestine immediately but "
        "would coordinate with its European partners and decide at the right moment, "
        "the prime minister said.",
        "Luxembourg",
        "Palestine",
    ),
    (
        "Sweden on Western Sahara",
        "STOCKHOLM — Sweden will not recognise Western Sahara for now and would decide "
        "after consulting parliament, the foreign minister said.",
        "Sweden",
        None,
    ),
    (
        "Austria on Kosovo",
        "VIENNA — Austria is not recognising Kosovo at this stage, but the government will "
        "make a decision after the elections.",
        "Austria",
        "Kosovo",
    ),
]


@pytest.mark.parametrize(("title", "summary", "actor", "entity"), DEFERRED)
def test_a_decision_still_to_be_taken_is_a_weighing(
    title: str, summary: str, actor: str | None, entity: str | None
) -> None:
    facts = recognitions(title, summary)
    assert facts, (title, summary)
    for actors, recognized, status in facts:
        assert status == "considering", facts
        if actor:
            assert actor in actors, facts
        if entity:
            assert recognized == entity, facts


# near misses: a decision already taken, a plain plan, a plain refusal, a decision only to be made public
@pytest.mark.parametrize(
    ("title", "summary", "status"),
    [
        (
            "Spain to recognise Palestine next week",
            "MADRID — Spain will recognise a Palestinian state on May 28, "
            "the prime minister said, after the cabinet took the decision on Tuesday.",
            "announced",
        ),
        (
            "Belgium will recognise Palestine",
            "BRUSSELS — Belgium will recognise Palestine at the UN in September, "
            "the foreign minister said, a decision taken after weeks of talks.",
            "announced",
        ),
        (
            "Ireland has recognised Palestine",
            "DUBLIN — Ireland formally recognised the State of Palestine on "
            "Tuesday, a decision made last week.",
            "done",
        ),
        (
            "Kenya will recognise Somaliland",
            "NAIROBI — Kenya will recognise Somaliland next month, the president "
            "said, and might make the decision public at a summit.",
            "announced",
        ),
        (
            "Hungary rules out",
            "BUDAPEST — Hungary will not recognise Palestine, the foreign minister said.",
            "rejected",
        ),
        (
            "Czech stance",
            "PRAGUE — The Czech Republic will not recognise Palestine immediately, the prime minister said.",
            "rejected",
        ),
        (
            "Spain acts",
            "MADRID — Spain will recognise Palestine immediately, the prime minister said.",
            "announced",
        ),
    ],
)
def test_near_misses_keep_their_status(title: str, summary: str, status: str) -> None:
    facts = recognitions(title, summary)
    assert facts and {s for _, _, s in facts} == {status}, facts
