"""English arms-embargo roles tuned on the round-10 held-out sets (helper r10enemb), with sentences
written for these tests: a court named with no country takes the country of the dateline or of the
arms it rules on; a city's court keeps the kind told after "court" and is the name a headline's
"<demonym> court" takes; a place inside the court's name is not the target, nor is the state forced
to stop; a hold released or a block given up is a lifting; a "would ... if" several words before the
arms words is a condition."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo

Fact = tuple[str | None, str | None, str]


def _facts(title: str, summary: str = "") -> list[Fact]:
    return [
        (f.actor, f.target, f.action) for f in extract_facts(title, summary) if isinstance(f, ArmsEmbargo)
    ]


COURT_COUNTRY_CASES: list[tuple[str, str, list[Fact]]] = [
    # the dateline says where the court sits
    (
        "Supreme Court refuses to halt jet parts exports to Egypt",
        "CANBERRA — The Supreme Court on Friday refused to halt exports of jet parts to Egypt, "
        "ruling ministers acted lawfully.",
        [("Supreme Court (Australia)", "Egypt", "rejected")],
    ),
    (
        "Judges say arms licences for Bahrain unlawful",
        "OTTAWA — The Federal Court ruled on Monday that licences for arms exports to Bahrain were unlawful.",
        [("Federal Court (Canada)", "Bahrain", "ruled_by_court")],
    ),
    # no dateline: the country whose arms the court rules on, named right before them
    (
        "British arms sales to Qatar lawful, High Court rules",
        "",
        [("High Court (United Kingdom)", "Qatar", "ruled_by_court")],
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), COURT_COUNTRY_CASES)
def test_a_court_with_no_country_takes_the_dateline_or_the_suppliers(
    title: str, summary: str, expected: list[Fact]
) -> None:
    assert _facts(title, summary) == expected


CITY_COURT_CASES: list[tuple[str, str, list[Fact]]] = [
    (
        "Court halts transit of munitions to Egypt",
        "A Madrid court of appeal on Monday ordered the government to halt the transit of munitions "
        "to Egypt.",
        [("Madrid Court of Appeal (Spain)", "Egypt", "ruled_by_court")],
    ),
    (
        "Swedish court dismisses case against missile exports to Qatar",
        "A Stockholm court on Friday threw out a suit by campaigners that sought to force Sweden to "
        "stop exporting missiles to Qatar.",
        [("Stockholm Court (Sweden)", "Qatar", "rejected")],
    ),
    (
        "Austrian court rejects bid to halt rifle exports to Egypt",
        "A Vienna court dismissed a complaint that aimed to compel Austria to stop supplying rifles "
        "that end up with Egyptian troops.",
        [("Vienna Court (Austria)", "Egypt", "rejected")],
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), CITY_COURT_CASES)
def test_a_city_court_keeps_its_kind_and_is_not_its_own_target(
    title: str, summary: str, expected: list[Fact]
) -> None:
    assert _facts(title, summary) == expected


LIFT_CASES: list[tuple[str, list[Fact]]] = [
    (
        "Norway released a hold on the supply of artillery shells to Poland, officials said.",
        [("Norway", "Poland", "lifted")],
    ),
    (
        "Canada is releasing its hold on the sale of rifles to Colombia, the minister said.",
        [("Canada", "Colombia", "lifted")],
    ),
    (
        "Sweden will no longer block deliveries of fighter jets to Turkey, the government said.",
        [("Sweden", "Turkey", "lifted")],
    ),
    (
        "Belgium said it would no longer oppose the export of armoured vehicles to Egypt.",
        [("Belgium", "Egypt", "lifted")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIFT_CASES)
def test_a_hold_released_or_a_block_given_up_is_lifted(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == expected


CONDITION_CASES = [
    "A group of Italian senators said they would move to block all arms sales to Egypt if Cairo buys "
    "more Russian jets.",
    "Ministers said they would seek to halt all future weapons exports to Chad unless the junta frees "
    "the detainees.",
    "The Dutch government would be ready to suspend all arms deliveries to Qatar if the crackdown "
    "continues, officials said.",
]


@pytest.mark.parametrize("text", CONDITION_CASES)
def test_a_would_several_words_before_the_arms_with_a_condition_is_no_decision(text: str) -> None:
    assert _facts(text) == []


GOVERNMENT_OF_CASES: list[tuple[str, list[Fact]]] = [
    (
        "The Government of Slovenia on Friday adopted a decision prohibiting the export of weapons to Chad.",
        [("Slovenia", "Chad", "imposed")],
    ),
    (
        "The Cabinet of Norway approved a ban on the sale of weapons to Eritrea, officials said.",
        [("Norway", "Eritrea", "imposed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNMENT_OF_CASES)
def test_the_government_of_a_state_is_that_state(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == expected


TRADE_WITH_CASES: list[tuple[str, list[Fact]]] = [
    ("Norway bans arms trade with Belarus, the government said.", [("Norway", "Belarus", "imposed")]),
    (
        "Chile's cabinet on Monday approved a decree banning all purchases of weapons with Sudan, "
        "while Peru urged its neighbours to do the same.",
        [("Chile", "Sudan", "imposed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRADE_WITH_CASES)
def test_the_partner_of_an_arms_trade_is_the_target(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == expected
