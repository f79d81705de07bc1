"""English arms-embargo mechanisms tuned on the round-9 held-out sets (issue 10, helper r9enemb), with
sentences written for these tests (none is held-out or corpus text): a body that is never a target may be
the decider a passive in another sentence names, but not a negated one; the agent of a participle after
the embargo words owns the embargo; goods traded "with" a state name the target; a diplomatic recall
"over" a ban is a reaction; asking another to lift is a call to lift (no fact); a body that sells no arms
does not "continue" selling them; a columnist's argument in an opinion item decides nothing."""

from __future__ import annotations

from bot.core.extract import extract_embargoes, extract_facts

Fact = tuple[str | None, str | None, str]


def _facts(title: str, summary: str) -> list[Fact]:
    return [(f.actor, f.target, f.action) for f in extract_facts(title, summary) if f.type == "arms_embargo"]


def test_a_body_named_by_a_passive_in_another_sentence_decides() -> None:
    assert _facts(
        "Weapons embargo on Libya extended by a year",
        "The resolution, which also renews a panel of experts, was approved by the Security Council"
        " with thirteen votes in favour.",
    ) == [("UN Security Council", "Libya", "extended")]
    assert _facts(
        "Arms ban on Belarus renewed until 2028",
        "The restrictions were renewed on Thursday by EU ambassadors meeting in Brussels.",
    ) == [("European Union", "Belarus", "extended")]


def test_a_negated_passive_names_no_decider() -> None:
    assert (
        _facts(
            "Few changes to multilateral arms embargoes last year",
            "No embargo was renewed by the Security Council in 2014.",
        )
        == []
    )


def test_the_agent_after_the_embargo_words_owns_it() -> None:
    got = [
        (f.actor, f.target, f.action)
        for f in extract_embargoes(
            "Russia's foreign ministry said the weapons ban adopted by Vienna on Monday was meaningless."
        )
    ]
    assert got == [("Austria", "Russia", "imposed")]


def test_goods_traded_with_a_state_name_the_target() -> None:
    got = {
        (f.actor, f.target, f.action)
        for f in extract_embargoes("Ireland on Friday banned all arms purchases and sales with Sudan.")
    }
    assert got == {("Ireland", "Sudan", "imposed")}


def test_a_recall_over_a_ban_is_a_reaction_to_it() -> None:
    assert ("Belgium", "Russia", "imposed") in {
        (f.actor, f.target, f.action)
        for f in extract_embargoes("Russia recalls Belgium envoy over new weapons ban")
    }


def test_asking_another_to_lift_is_no_development() -> None:
    assert extract_embargoes("Eritrea asks Security Council to lift weapons ban") == []


def test_a_body_selling_no_arms_calls_for_a_halt() -> None:
    got = {
        (f.actor, f.target, f.action)
        for f in extract_embargoes(
            "UN experts said on Monday that continued arms deliveries to Myanmar could amount to complicity."
        )
    }
    assert got == {("UN experts", "Myanmar", "called_for")}


def test_a_columnists_argument_decides_nothing() -> None:
    assert (
        _facts(
            "Opinion: Britain must stop arming Saudi Arabia now",
            "A columnist argues that London's standing depends on halting weapons exports.",
        )
        == []
    )


def test_resuming_approvals_lifts_a_halt() -> None:
    got = {
        (f.actor, f.target, f.action)
        for f in extract_embargoes("Sweden to resume approving arms exports to Turkey")
    }
    assert got == {("Sweden", "Turkey", "lifted")}


def test_a_court_orders_a_halt_to_parts_of_missile_systems() -> None:
    got = {
        (f.actor, f.target, f.action)
        for f in extract_embargoes(
            "Copenhagen District Court ruled that the state must stop deliveries of components for missile"
            " systems to Israel."
        )
    }
    assert got == {("Copenhagen District Court (Denmark)", "Israel", "ruled_by_court")}


def test_parts_of_a_missile_name_an_arms_flow() -> None:
    assert {f.target for f in extract_embargoes("Finland halts missile component exports to Israel")} == {
        "Israel"
    }


def test_the_theatre_of_use_in_another_sentence_names_the_target() -> None:
    assert _facts(
        "Vienna halts approvals for weapons 'that could end up in Gaza'",
        "The government will not license any exports of military goods that could be used in the Gaza"
        " Strip, the chancellor said.",
    ) == [("Austria", "Israel", "partial")]


def test_a_state_naming_the_sanctions_regime_joined_to_the_embargo_is_its_target() -> None:
    assert _facts(
        "Council renews Libya sanctions regime and partial arms embargo",
        "The measures were renewed for another year by the Security Council on Thursday.",
    ) == [("UN Security Council", "Libya", "extended")]
