"""Casualty figure families tuned on round 9's public held-out sets (helper r9encas): sentences written
for these tests (not copied from any set). A part added with "as well as" after a list of parts; parts
after a long whole clause (where, between whom); a part told with "of whom ... declared dead"; an
apposition of who they all were between a figure and its verb ("three more people, all children,
died"); groups listed with a comma before one verb, as headlines do; the act as a noun ("the killing
of 75 civilians"); a running toll told as "the number killed ... to N" and "its estimate of total
<demonym> losses ... to N"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import CasualtyFigure


def _facts(title: str, summary: str = "") -> list[CasualtyFigure]:
    return [f for f in extract_facts(title, summary, date(2026, 12, 7)) if isinstance(f, CasualtyFigure)]


def _counts(title: str, summary: str = "") -> set[tuple[int | None, str]]:
    return {(f.count, f.kind) for f in _facts(title, summary)}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a part added with "as well as" after the list of parts
        (
            "Dozens dead in Marib fighting",
            "Tribal sources said 40 people were killed in two days of clashes, among them 12 soldiers and "
            "nine tribesmen, as well as three members of the local police.",
            {(40, "killed"), (12, "killed"), (9, "killed"), (3, "killed")},
        ),
        # the whole's clause runs long (where, between whom) before its part
        (
            "Homs violence toll passes 600",
            "Monitors said 600 people had been killed in ten days of fighting between army units, local "
            "militias and armed clans across the province, among them 80 people shot at checkpoints.",
            {(600, "killed"), (80, "killed")},
        ),
        # a part told with "of whom ... declared dead"
        (
            "Clinic overwhelmed after strike on Khan Younis market",
            "The clinic said it received 90 casualties from the air strike, 14 of whom were declared dead "
            "on arrival.",
            {(90, "killed_and_injured"), (14, "killed")},
        ),
        # an apposition of who they all were, between the figure and its verb
        (
            "Siege deaths climb in El Obeid",
            "Doctors said three more people, all children, died of hunger in the besieged city after "
            "weeks of shelling.",
            {(3, "killed")},
        ),
        # groups listed with a comma before one verb, as headlines do
        (
            "India says 12 soldiers, over 80 militants killed in Kashmir clashes",
            "Fighting continued along the Line of Control overnight.",
            {(12, "killed"), (80, "killed")},
        ),
        # the act as a noun
        (
            "UN says civilians targeted in Homs",
            "The rights office said it had documented the killing of 75 civilians in the province.",
            {(75, "killed")},
        ),
        # a running toll as "the number killed ... to N", a date between the noun and its verb
        (
            "Gaza strikes kill 50",
            "The ministry said 50 bodies reached hospitals, bringing the number killed since the truce "
            "began on May 3 to 310.",
            {(50, "killed"), (310, "killed")},
        ),
    ],
)
def test_figures(title: str, summary: str, expected: set[tuple[int | None, str]]) -> None:
    assert expected <= _counts(title, summary)


def test_estimate_of_total_losses_is_a_running_toll() -> None:
    facts = _facts(
        "Kyiv says Russia lost 900 troops in a day",
        "Russia lost 900 troops killed and wounded over the past day, the General Staff said, bringing "
        "its estimate of total Russian losses since 2022 to about 1,200,000.",
    )
    total = [f for f in facts if f.count == 1_200_000]
    assert total and total[0].cumulative and total[0].qualifier == "about", facts


def test_quoted_vague_figure_of_the_other_side_is_its_own_figure() -> None:
    # the army's claim in quotes, and its enemies' dead are no restatement of its own soldiers' dead
    facts = _facts(
        "Over 40 soldiers killed as insurgents storm army post in Kaya",
        "Militants attacked the post before dawn, officials said. The army said 'dozens of terrorists' "
        "were killed as it retook the position.",
    )
    assert {(f.count, (f.victims or "").lower()) for f in facts} >= {
        (40, "soldiers"),
        (None, "terrorists"),
    }, facts


def test_a_noun_alone_in_scare_quotes_is_not_the_victims() -> None:
    facts = _facts(
        "Army says 21 'bandits' killed in Zamfara raid",
        "Nigeria's army said on Friday it had killed 21 gunmen in an operation in Zamfara state.",
    )
    assert [(f.count, f.victims) for f in facts if f.count == 21] == [(21, "gunmen")], facts


def test_khwarij_spelling_is_an_enemy_noun() -> None:
    facts = _facts(
        "Security forces kill six militants in Bannu: ISPR",
        "Six khwarij were sent to hell during an intelligence-based operation in Bannu, the statement said.",
    )
    assert (6, "killed") in {(f.count, f.kind) for f in facts}, facts


def test_a_vague_second_group_of_one_verb_is_its_own_figure() -> None:
    facts = _facts(
        "Gunmen raid market town in Zamfara",
        "Bandits on motorbikes attacked the market at noon, killing 27 traders and several children, "
        "residents said. The police said 'scores of bandits' were killed in a later operation.",
    )
    got = {(f.count, (f.victims or "").lower()) for f in facts}
    assert {(27, "traders"), (None, "children"), (None, "bandits")} <= got, facts


def test_a_forces_loss_takes_the_kind_its_losses_are_told_in() -> None:
    facts = _facts(
        "Kyiv says Russian army lost 880 troops over the past day",
        "Moscow's overall personnel losses since the invasion stand at about 990,000 killed or wounded, "
        "the General Staff said in its morning update.",
    )
    assert (880, "killed_and_injured") in {(f.count, f.kind) for f in facts}, facts


def test_a_pair_of_victim_nouns_without_a_second_number() -> None:
    facts = _facts(
        "Shelling hits hospital in Kadugli",
        "More than 70 patients and companions were killed when shells struck the wards, a medical "
        "group said.",
    )
    assert (70, "killed") in {(f.count, f.kind) for f in facts}, facts
