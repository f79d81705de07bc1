"""English arms-embargo families of round 8 (issue 10), with sentences written for these tests: courts
named by kind and seat, ports and customs turning one cargo away, a second state refusing to follow,
forecasts, a state body without its state, a call's addressee, a renewed easing."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_embargoes, extract_facts
from bot.core.model import ArmsEmbargo

Fact = tuple[str | None, str | None, str]

TEXT_CASES: list[tuple[str, list[Fact]]] = [
    # a headline's court with its kind, before or after its seat: the court's own name
    (
        "Leeds appeals court throws out bid to halt fighter jet parts sales to Israel",
        [("Leeds Court of Appeal (United Kingdom)", "Israel", "rejected")],
    ),
    (
        "District court in Copenhagen orders halt to arms exports to Israel",
        [("Copenhagen District Court (Denmark)", "Israel", "ruled_by_court")],
    ),
    # with an article the court is its country (corpus README)
    (
        "An administrative court in Berlin ordered a halt to arms exports to Israel.",
        [("Berlin Administrative Court (Germany)", "Israel", "ruled_by_court")],
    ),
    # a port or customs turning one cargo away, a closed port or airspace: partial
    (
        "Cypriot authorities turned back a cargo ship loaded with artillery shells for Sudan.",
        [("Cyprus", "Sudan", "partial")],
    ),
    (
        "Ireland closes its airspace to flights carrying weapons bound for Israel",
        [("Ireland", "Israel", "partial")],
    ),
    (
        "Belgian customs stop crates of rifle components headed to Myanmar",
        [("Belgium", "Myanmar", "partial")],
    ),
    (
        "Portugal refuses to let a freighter carrying explosives for Israel refuel in the Azores",
        [("Portugal", "Israel", "partial")],
    ),
    # a second state refusing to follow the decision: rejected, on the same target
    (
        "Canada suspends arms permits for Turkey, but Australia said it would not do the same.",
        [("Canada", "Turkey", "suspended_licences"), ("Australia", "Turkey", "rejected")],
    ),
    (
        "Denmark halts all arms exports to Israel; Finland declined to follow suit.",
        [("Denmark", "Israel", "imposed"), ("Finland", "Israel", "rejected")],
    ),
    # trade in arms is an arms flow
    (
        "Chile prohibits all trade in weapons with Israel.",
        [("Chile", "Israel", "imposed")],
    ),
    # a forecast or a failed agreement is no decision
    ("Diplomats say Russia is expected to veto any attempt to restrict arms sales to Mali.", []),
    ("A Security Council embargo on Myanmar looks unlikely, analysts say.", []),
    ("EU governments could not reach agreement on halting arms sales to Israel.", []),
    # an easing renewed for a period: extended
    (
        "Washington lifts restrictions on defence articles for Cyprus for a further year",
        [("United States", "Cyprus", "extended")],
    ),
    # second round: a kind after the city, "arms-laden" ships, shut airspace, harbours, artillery, drones
    (
        "Bergen court of appeal orders halt to missile exports to Qatar",
        [("Bergen Court of Appeal (Norway)", "Qatar", "ruled_by_court")],
    ),
    (
        "Greece bars weapons-laden freighters bound for Sudan from its harbours",
        [("Greece", "Sudan", "partial")],
    ),
    (
        "Georgia shuts its airspace to cargo flights carrying arms to Armenia",
        [("Georgia", "Armenia", "partial")],
    ),
    ("Poland halts exports of artillery to Azerbaijan", [("Poland", "Azerbaijan", "imposed")]),
    ("Austria blocks sale of drones to Belarus", [("Austria", "Belarus", "imposed")]),
    # the embargo kept beside another measure that changes: extended
    (
        "The EU lifted its oil sanctions on Belarus but kept the arms embargo on Minsk.",
        [("European Union", "Belarus", "extended")],
    ),
    (
        "Britain scrapped the asset freeze on Eritrea, though its arms embargo on Eritrea will remain"
        " in force.",
        [("United Kingdom", "Eritrea", "extended")],
    ),
    # a decision on a condition told after it: no fact
    ("Norway would suspend arms sales to Qatar if the talks collapse, the minister said.", []),
    # licences no longer granted: suspended_licences
    (
        "Ireland will no longer grant permits for military goods to Israel.",
        [("Ireland", "Israel", "suspended_licences")],
    ),
    # a reaction by a possessive's body and to a UN vote: the reacting state is the target
    (
        "Belarus's foreign ministry condemned the EU vote to extend the arms embargo on the country.",
        [("European Union", "Belarus", "extended")],
    ),
    # a plan told only by reports is no decision (a denial of such reports stays a refusal)
    ("Ankara protests after reports that Berlin intends to stop weapons sales to Turkey", []),
    # arms used against a people name the state that would use them
    (
        "Belgium halts sale of artillery shells that could be used against Palestinians",
        [("Belgium", "Israel", "partial")],
    ),
    # a second state keeping its policy refuses to follow
    (
        "Italy will halt arms exports to Israel, while Hungary said it would keep its policy unchanged.",
        [("Italy", "Israel", "imposed"), ("Hungary", "Israel", "rejected")],
    ),
    # all measures lifted except the embargo; an embargo that stays
    (
        "The EU dropped all sanctions on Uzbekistan except the arms embargo on Uzbekistan.",
        [("European Union", "Uzbekistan", "extended")],
    ),
    ("Britain eases Syria sanctions; arms embargo on Syria stays", [("United Kingdom", "Syria", "extended")]),
    # licences no longer granted for only some arms: partial
    (
        "Norway will no longer approve permits for weapons that could be used in the West Bank.",
        [("Norway", "Israel", "partial")],
    ),
    # sanctions on firms supplying drones are no embargo; the sale of drones is an arms flow
    ("Britain froze the assets of three firms supplying drones to Russia.", []),
    # a court that bars or halts in the present tense rules; a capitalised "Court of appeal" with its seat
    (
        "Court of appeal in Ghent bars arms transit licences for Israel",
        [("Ghent Court of Appeal", "Israel", "ruled_by_court")],
    ),
    # military cargo is arms; the seller's demonym in a purchase is the target
    (
        "Egypt bans Israeli ships carrying military cargo from the Suez ports",
        [("Egypt", "Israel", "partial")],
    ),
    ("Colombia suspends purchase of Israeli rifles", [("Colombia", "Israel", "imposed")]),
    # refusing to follow, copy or match another's embargo is rejected
    (
        "Austria will not copy Ireland's ban on arms trade with Israel, the chancellor said",
        [("Austria", "Israel", "rejected")],
    ),
    # a city's government reacting to an embargo is its state, the target
    (
        "The Aden government complained that the arms embargo crippled its army, after the Security"
        " Council renewed it.",
        [("UN Security Council", "Yemen", "extended")],
    ),
    # the one a call addresses supplies the arms, it is not the target
    (
        "Oxfam calls on France to stop selling arms used in Yemen",
        [("Oxfam", None, "called_for")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_CASES)
def test_round8_english_families(text: str, expected: list[Fact]) -> None:
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text)]
    assert got == expected


def test_a_court_with_no_kind_in_the_headline_takes_the_name_given_later() -> None:
    facts = extract_facts(
        "Lyon court refuses to halt arms licences for Israel",
        "The administrative court in Lyon rejected the request by rights groups on Tuesday.",
    )
    got = [(f.actor, f.action) for f in facts if isinstance(f, ArmsEmbargo)]
    assert got == [("Lyon Administrative Court (France)", "rejected")]


def test_a_ministry_without_its_state_refines_the_headline_fact() -> None:
    facts = extract_facts(
        "Swiss government halts exports of tank parts to Qatar",
        "The economy ministry said it had revoked two licences for the supply of parts for armoured"
        " vehicles to Qatar.",
    )
    got = [(f.actor, f.target, f.action) for f in facts if isinstance(f, ArmsEmbargo)]
    assert got == [("Switzerland", "Qatar", "suspended_licences")]


def test_a_ministry_without_its_state_alone_gives_no_fact() -> None:
    text = "The defence ministry said it had revoked two licences for exports of rifles to Qatar."
    assert extract_embargoes(text) == []


def test_a_court_named_in_the_headline_names_the_summary_ruling() -> None:
    facts = extract_facts(
        "Supreme Court in Canberra orders freeze on Saudi deals",
        "The court told the government to suspend all permits for exports of armoured vehicles to"
        " Saudi Arabia.",
    )
    got = [(f.actor, f.action) for f in facts if isinstance(f, ArmsEmbargo)]
    assert got == [("Supreme Court (Australia)", "ruled_by_court")]
