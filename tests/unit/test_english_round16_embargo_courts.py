"""Round 16, English embargo roles: a court of a city is named by its seat, its kind when the text gives
one, and its country after it, with or without an article, in the headline or the lead (docs/rules.md).
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

import pytest

from tests.unit.english_facts import embargoes

CITY_COURTS = [
    (
        "Madrid court blocks ammunition sales to Israel",
        "A Madrid court on Monday suspended the sale of ammunition to Israel.",
        ("Madrid Court (Spain)", "Israel", "ruled_by_court"),
    ),
    (
        "Activists lose case",
        "The Oslo District Court rejected a bid by activists to stop arms exports to Israel.",
        ("Oslo District Court (Norway)", "Israel", "rejected"),
    ),
    (
        "Transit stopped",
        "Judges at the Brussels Court of Appeal told Flanders to stop the transit of ammunition to Israel.",
        ("Brussels Court of Appeal (Belgium)", "Israel", "ruled_by_court"),
    ),
    (
        "NGOs lose bid",
        "The Paris administrative court dismissed a request by NGOs to suspend arms sales to Egypt.",
        ("Paris Administrative Court (France)", "Egypt", "rejected"),
    ),
    (
        "Italian court orders halt to bomb exports to Saudi Arabia",
        "A Rome court ordered the government to stop the export of aerial bombs to Saudi Arabia.",
        ("Rome Court (Italy)", "Saudi Arabia", "ruled_by_court"),
    ),
    (
        "Copenhagen court throws out case against arms exports to Israel",
        "",
        ("Copenhagen Court (Denmark)", "Israel", "rejected"),
    ),
    (
        "The Hague district court orders halt to arms exports to Israel",
        "",
        ("Hague District Court (Netherlands)", "Israel", "ruled_by_court"),
    ),
    (
        "Missile parts",
        "OSLO — The Oslo court of appeal ordered the state to suspend missile parts exports to Israel.",
        ("Oslo Court of Appeal (Norway)", "Israel", "ruled_by_court"),
    ),
    (
        "Vienna appeals court halts arms exports to Turkey",
        "The Vienna appeals court on Friday ordered the government to halt all arms exports to Turkey.",
        ("Vienna Court of Appeal (Austria)", "Turkey", "ruled_by_court"),
    ),
    (
        "Radar exports halted",
        "An appeals court in Stockholm ordered a halt to exports of radar parts to the United Arab Emirates.",
        ("Stockholm Court of Appeal (Sweden)", "United Arab Emirates", "ruled_by_court"),
    ),
    (
        "Court refuses to halt shells",
        "A court in Lyon refused to order a halt to exports of artillery shells to Egypt.",
        ("Lyon Court (France)", "Egypt", "rejected"),
    ),
    (
        "Lisbon court rejects bid to stop rifle exports to Angola",
        "The Lisbon Administrative Court said the request by campaigners came too late.",
        ("Lisbon Administrative Court (Portugal)", "Angola", "rejected"),
    ),
]


@pytest.mark.parametrize(("title", "summary", "want"), CITY_COURTS)
def test_a_court_of_a_city_is_its_seat_kind_and_country(
    title: str, summary: str, want: tuple[str, str, str]
) -> None:
    assert want in embargoes(title, summary)


NOT_A_CITY = [
    # a court known only by its nationality stays its country; a court of no name keeps nothing of a city
    (
        "Licences suspended",
        "A Belgian court ordered the Walloon government to suspend arms licences for Saudi Arabia.",
        ("Belgium", "Saudi Arabia", "ruled_by_court"),
    ),
    (
        "Dutch top court halts F-35 parts exports to Israel",
        "The Supreme Court upheld an order to stop the export of F-35 parts to Israel.",
        ("Supreme Court (Netherlands)", "Israel", "ruled_by_court"),
    ),
]


@pytest.mark.parametrize(("title", "summary", "want"), NOT_A_CITY)
def test_a_court_of_a_country_is_not_named_by_a_city(
    title: str, summary: str, want: tuple[str, str, str]
) -> None:
    assert want in embargoes(title, summary)


SUPPLIER_AS_SUBJECT = [
    # the state right before a supplying verb supplies the arms: it is not their target, and a court
    # named with no country sits there
    (
        "Canadian court rejects challenge to arms exports",
        "The Federal Court dismissed a bid to stop Canada exporting weapons parts used by Israel.",
        ("Federal Court (Canada)", "Israel", "rejected"),
    ),
    (
        "Judges reject bid",
        "Judges in London rejected a bid to stop Britain selling weapons used by Saudi Arabia in Yemen.",
        ("United Kingdom", "Saudi Arabia", "rejected"),
    ),
    (
        "Court refuses to block",
        "The Supreme Court refused to block Britain from exporting weapons bound for Israel.",
        ("Supreme Court (United Kingdom)", "Israel", "rejected"),
    ),
    (
        "Activists lose bid to halt Spanish arms sales",
        "A Madrid court rejected a bid to stop Spain selling ammunition to Israel.",
        ("Madrid Court (Spain)", "Israel", "rejected"),
    ),
    # near misses: the object of the supplying verb stays the target
    (
        "Rights groups urge halt",
        "Amnesty urged Britain to stop supplying Israel with F-35 parts.",
        ("Amnesty International", "Israel", "called_for"),
    ),
    ("Halt", "Sweden said it had stopped sending weapons to Turkey.", ("Sweden", "Turkey", "imposed")),
]


@pytest.mark.parametrize(("title", "summary", "want"), SUPPLIER_AS_SUBJECT)
def test_the_supplier_before_a_supplying_verb_is_not_the_target(
    title: str, summary: str, want: tuple[str, str, str]
) -> None:
    assert want in embargoes(title, summary)


COURT_REFUSES_WHAT_WAS_ASKED = [
    # a court refusing what it was asked to order (a request, an injunction, a halt, a ban), by any
    # refusing verb, or with nothing after the verb, refuses: rejected
    ("Dutch court denies request to halt arms exports to Israel", ("Netherlands", "Israel", "rejected")),
    ("Danish judges reject halt to arms exports to Israel", ("Denmark", "Israel", "rejected")),
    ("Belgian court rejects ban on F-35 parts exports to Israel", ("Belgium", "Israel", "rejected")),
    (
        "Australian court refuses injunction to stop arms exports to Israel",
        ("Australia", "Israel", "rejected"),
    ),
    (
        "Oslo court says no to halting missile parts exports to Israel",
        ("Oslo Court (Norway)", "Israel", "rejected"),
    ),
    (
        "The UK High Court refused to grant an injunction stopping arms exports to Saudi Arabia.",
        ("High Court (United Kingdom)", "Saudi Arabia", "rejected"),
    ),
    (
        "A Paris court denied the NGOs' application to suspend arms sales to Egypt.",
        ("Paris Court (France)", "Egypt", "rejected"),
    ),
    # near misses: a court that orders, upholds a ban or grants an injunction rules
    ("Dutch court orders halt to arms exports to Israel", ("Netherlands", "Israel", "ruled_by_court")),
    ("Dutch court upholds ban on F-35 parts exports to Israel", ("Netherlands", "Israel", "ruled_by_court")),
    (
        "Canadian court grants injunction halting arms exports to Israel",
        ("Canada", "Israel", "ruled_by_court"),
    ),
]


@pytest.mark.parametrize(("title", "want"), COURT_REFUSES_WHAT_WAS_ASKED)
def test_a_court_refusing_what_it_was_asked_rejects(title: str, want: tuple[str, str, str]) -> None:
    assert want in embargoes(title)
