"""English embargo and recognition facts, round 14: families that recur across separate authors' sets
(issue 10). A split embargo (eased for a government's forces, kept on armed groups) is `lifted`, with a
renewal for a period a second fact; licences stopped beside a halt of all arms flows are part of that
halt; a court annulling or overturning a ban refuses; "no plans" in quotes refuses; an embargo on the
sale and purchase of weapons is one. Recognition: second groups told in a headline without a copula, with
"similar moves", a decision to come, the step "not on the agenda", "in no rush"; a cabinet or minister with
no state stands for the state its headline opens with; a speaker is no actor when the clause leaves its
state unnamed; a state whose territorial integrity is respected is no actor; ties "effective immediately"
are made. The verbs of lifting are one lexicon list read by `lift_pattern` and the lifting calls. Every
sentence is written for this file (none is corpus or held-out text)."""

from __future__ import annotations

import pytest

from bot.core.extract.embargo_lift_calls import call_to_lift
from bot.core.extract.embargo_patterns import lift_pattern
from bot.core.extract.lexicon import lexicon
from tests.unit.english_facts import embargoes, recognitions

# --- a split embargo: eased for the government, kept on armed groups -------------------------------


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "UN council relaxes South Sudan arms rules for the army; militias stay barred",
            "The Security Council agreed on Friday to drop the notification requirement for weapons "
            "delivered to South Sudan's national army; the embargo on militias remains.",
        ),
        (
            "Security Council keeps South Sudan arms embargo on rebels, eases it for the government",
            "",
        ),
        (
            "Council scraps notice rule for Mali's army",
            "The UN Security Council scrapped the notice rule for arms shipments to the Malian security "
            "forces, while the arms embargo on armed groups in the north stays in place.",
        ),
    ],
)
def test_a_split_embargo_eased_for_the_government_is_lifted(title: str, summary: str) -> None:
    assert "lifted" in {a for _, _, a in embargoes(title, summary)}
    assert "extended" not in {a for _, _, a in embargoes(title, summary)}


def test_a_split_embargo_renewed_for_a_period_is_also_extended() -> None:
    facts = embargoes(
        "Council renews South Sudan arms curbs on armed groups, lifts notification rule for government",
        "The Security Council renewed the arms embargo on armed groups in South Sudan for another year "
        "while removing the notification requirement for deliveries to government forces.",
    )
    assert {a for _, _, a in facts} == {"lifted", "extended"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a renewal with no easing for the government
        ("Security Council renews arms embargo on armed groups in South Sudan for a year", ""),
        # a call to ease for the government is no easing
        (
            "South Sudan urges Council to lift arms curbs on its army",
            "The Security Council renewed the arms embargo on armed groups for another year; Juba had "
            "urged it to lift the restrictions on government forces.",
        ),
    ],
)
def test_a_renewal_alone_or_a_call_to_ease_stays_extended(title: str, summary: str) -> None:
    assert {a for _, _, a in embargoes(title, summary)} == {"extended"}


# --- licences stopped beside a halt of all flows ----------------------------------------------------


@pytest.mark.parametrize(
    "summary",
    [
        "Portugal has halted all shipments of weapons to Egypt, the foreign minister said, adding that no "
        "new export licences would be granted.",
        "Greece said it had suspended all deliveries of military equipment to Egypt and would no longer "
        "issue new export permits.",
    ],
)
def test_licences_beside_a_halt_of_all_flows_are_imposed(summary: str) -> None:
    assert {a for _, _, a in embargoes("Arms to Egypt", summary)} == {"imposed"}


@pytest.mark.parametrize(
    "summary",
    [
        "Portugal will no longer grant new export licences for weapons to Egypt, the foreign minister said.",
        "Portugal said it had suspended all licences for exports of ammunition to Egypt.",
    ],
)
def test_licences_alone_stay_suspended_licences(summary: str) -> None:
    assert {a for _, _, a in embargoes("Arms to Egypt", summary)} == {"suspended_licences"}


# --- courts undoing a ban, quoted refusals, two flows in one embargo ---------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Austrian top court overturns drone parts ban, says exports are for ministers",
        "Vienna's Supreme Court annulled a lower court order banning exports of drone parts to Egypt",
    ],
)
def test_a_court_undoing_a_ban_refuses(title: str) -> None:
    assert {a for _, _, a in embargoes(title, "")} == {"rejected"}


def test_a_court_ordering_a_halt_still_rules() -> None:
    facts = embargoes("Austrian top court orders halt to drone parts exports to Egypt", "")
    assert {a for _, _, a in facts} == {"ruled_by_court"}


@pytest.mark.parametrize("quote", ["'", '"', "\u2018"])
def test_no_plans_in_quotes_refuses(quote: str) -> None:
    close = {"\u2018": "\u2019"}.get(quote, quote)
    facts = embargoes(
        "Arms exports to Egypt",
        f"South Korea's spokesman said the government had {quote}no plans{close} to restrict defence exports "
        "to Egypt.",
    )
    assert {a for _, _, a in facts} == {"rejected"}


def test_an_embargo_on_the_sale_and_purchase_of_weapons_is_one() -> None:
    facts = embargoes(
        "Chile imposes arms embargo",
        "Chile's government imposed an embargo on the sale and purchase of weapons with Egypt on Monday.",
    )
    assert ("Chile", "Egypt", "imposed") in facts


# --- one list of lifting verbs ---------------------------------------------------------------------


def test_the_lifting_verbs_are_one_lexicon_list() -> None:
    lex = lexicon("en")
    assert {"lift", "eased", "repeal*", "abolish*"} <= set(lex.words("embargo", "lift_verbs"))
    assert {"end", "dropped"} <= set(lex.words("embargo", "lift_verbs_with_object"))


@pytest.mark.parametrize(
    ("text", "lifts"),
    [
        ("the Council lifted the embargo", True),
        ("Ottawa repealed its arms ban", True),
        ("Rome ended the ban on rifles", True),
        ("Paris dropped its curbs on rifles", True),
        ("Rome ended talks on rifles", False),  # "end" lifts only a restriction
        ("exports dropped by a fifth", False),
    ],
)
def test_lift_pattern_reads_the_list(text: str, lifts: bool) -> None:
    assert (lift_pattern().search(text) is not None) is lifts


@pytest.mark.parametrize(
    "text",
    [
        # a verb only lift_pattern read before the list was one
        "the arms embargo on Eritrea should be repealed, the envoy said",
        "the arms embargo on Eritrea should be lifted, the envoy said",
        "the arms embargo on Eritrea must be scrapped, the envoy said",
    ],
)
def test_a_wished_lifting_is_a_call_to_lift(text: str) -> None:
    start = text.index("arms embargo")
    assert call_to_lift(text, (start, start + len("arms embargo on Eritrea"))) is not None


def test_a_lifting_done_is_no_call() -> None:
    text = "the arms embargo on Eritrea was lifted on Monday"
    start = text.index("arms embargo")
    assert call_to_lift(text, (start, start + len("arms embargo on Eritrea"))) is None


# --- recognition: second groups ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "summary", "group"),
    [
        ("Chile to recognise Palestine; Peru still weighing its position", "", (("Peru",), "considering")),
        ("Chile to recognise Palestine at UN; Peru weighing its options", "", (("Peru",), "considering")),
        (
            "Chile and Colombia to recognise Palestine in June",
            "Chile and Colombia said they would recognise a Palestinian state in June. Peru and Ecuador said "
            "they were considering similar moves.",
            (("Ecuador", "Peru"), "considering"),
        ),
        (
            "Chile to recognise Palestine in June",
            "Chile will recognise a Palestinian state in June, its president said. Peruvian Foreign Minister "
            "Elmer Schialer said his cabinet would take a 'considered decision' on the matter next month.",
            (("Peru",), "considering"),
        ),
        ("Chile to recognise Palestine; Peru says time not right", "", (("Peru",), "rejected")),
        (
            "Chile recognises Palestine as Argentina says step 'not on the agenda'",
            "",
            (("Argentina",), "rejected"),
        ),
        (
            "Chile recognises Palestine",
            "Chile recognised the State of Palestine on Monday, its foreign minister said. In Lima, the "
            "government said recognition was not on the agenda at this time.",
            (("Peru",), "rejected"),
        ),
    ],
)
def test_a_second_group_gets_its_own_status(
    title: str, summary: str, group: tuple[tuple[str, ...], str]
) -> None:
    facts = recognitions(title, summary)
    assert (group[0], "Palestine", group[1]) in facts
    assert all(not (set(group[0]) & set(actors)) or status == group[1] for actors, _, status in facts)


def test_a_second_state_in_no_rush_rejects() -> None:
    facts = recognitions(
        "Baltic states cool on recognition",
        "Lithuania's foreign minister said Vilnius saw no reason to recognise Palestine now, while Estonia's "
        "prime minister said her government was 'in no rush'.",
    )
    assert (("Estonia", "Lithuania"), "Palestine", "rejected") in facts


def test_a_group_that_did_the_same_earlier_is_no_second_group() -> None:
    facts = recognitions("Chile to recognise Palestine; Peru weighing its options", "")
    assert (("Chile",), "Palestine", "announced") in facts
    facts = recognitions("Chile recognises Palestine, weeks after Peru did so", "")
    assert all("Peru" not in actors for actors, _, _ in facts)


# --- recognition: who acts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Iceland will decide on Palestine after consulting partners",
            "Foreign Minister Thorgerdur Gunnarsdottir said cabinet would weigh recognising a Palestinian "
            "state and take a decision in June.",
        ),
        (
            "Iceland weighs recognition, decision in June",
            "The cabinet will take a formal decision next month on whether to recognise a Palestinian state, "
            "the foreign minister said.",
        ),
    ],
)
def test_a_cabinet_with_no_state_stands_for_the_headline_state(title: str, summary: str) -> None:
    assert (("Iceland",), "Palestine", "considering") in recognitions(title, summary)


def test_a_cabinet_with_no_state_takes_no_state_the_headline_does_not_open_with() -> None:
    facts = recognitions(
        "Peace talks stall in Cairo",
        "The cabinet will take a decision next month on whether to recognise a Palestinian state, the "
        "minister said.",
    )
    assert all(actors == () for actors, _, _ in facts)


def test_a_speaker_is_no_actor_for_a_state_left_unnamed() -> None:
    facts = recognitions(
        "Caribbean state withdraws recognition of Kosovo, Belgrade says",
        "Serbian Foreign Minister Marko Djuric said Grenada had withdrawn its recognition of Kosovo.",
    )
    assert facts == {(("Grenada",), "Kosovo", "rejected")}


def test_a_speaker_still_stands_for_its_own_state() -> None:
    facts = recognitions("Recognition of Kosovo will not happen, Madrid says", "")
    assert {actors for actors, _, _ in facts} <= {("Spain",)}


def test_a_state_whose_territorial_integrity_is_respected_is_no_actor() -> None:
    facts = recognitions(
        "Uganda rules out recognising Somaliland",
        "President Yoweri Museveni said Uganda respects the territorial integrity of Somalia and would not "
        "recognise Somaliland.",
    )
    assert facts == {(("Uganda",), "Somaliland", "rejected")}


def test_ties_effective_immediately_are_made() -> None:
    facts = recognitions(
        "Pacific nation switches from Taipei to Beijing",
        "Tuvalu said it would no longer recognise Taiwan and would instead establish diplomatic relations "
        "with the People's Republic of China, effective immediately.",
    )
    assert (("Tuvalu",), "China", "done") in facts
    planned = recognitions(
        "Pacific nation to switch from Taipei to Beijing",
        "Tuvalu said it would no longer recognise Taiwan and would instead establish diplomatic relations "
        "with the People's Republic of China next year.",
    )
    assert (("Tuvalu",), "China", "announced") in planned
