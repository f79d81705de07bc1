"""English recognition families tuned on the round-10 held-out sets (helper r10enrecog; issue 10): more
states joined by "with ... also recognising" share the step; a decision deferred in the plan's own words
("will decide after consulting parliament") is a weighing; "formalise its recognition only once ..." is
a plan whose effect waits (announced); a second group keeping the question under review weighs it, one
"'not ready'" (quoted) refuses; a switch's other half told as relations sought with the rival government;
the capital of the clause after "after" is its state even when "with" comes first ("cut ties with Syria
after Damascus recognised ..."). Sentences written for these tests (none is corpus or held-out text)."""

from __future__ import annotations

import pytest

from bot.core.extract import extract_recognitions

CASES = [
    # more states joined by "with ... also recognising / recognizing / doing so"
    (
        "Spain recognised the State of Palestine on Tuesday, with Ireland and Norway also recognising it "
        "the same day.",
        [(("Spain", "Ireland", "Norway"), "Palestine", "done")],
    ),
    (
        "The prime minister said Portugal recognises Palestine, with Malta, Slovenia and Andorra likewise "
        "recognizing the state at the summit.",
        [(("Portugal", "Malta", "Slovenia", "Andorra"), "Palestine", "done")],
    ),
    (
        "Kenya recognised Somaliland on Friday, with Uganda and Zambia also doing so.",
        [(("Kenya", "Uganda", "Zambia"), "Somaliland", "done")],
    ),
    # a decision deferred in the plan's own words: a weighing
    (
        "Finland ready to recognise Palestine, will decide after talks with parliament",
        [(("Finland",), "Palestine", "considering")],
    ),
    (
        "Japan is willing to recognise Palestine and will decide later this year, officials said.",
        [(("Japan",), "Palestine", "considering")],
    ),
    (
        "Slovakia intends to recognise Palestine and will decide after the summer recess when to do so.",
        [(("Slovakia",), "Palestine", "considering")],
    ),
    (
        "Ireland is ready to recognise a Palestinian state and will take its final decision later "
        "this month.",
        [(("Ireland",), "Palestine", "considering")],
    ),
    # the recognition made, its formalisation waiting on a condition: a plan
    (
        "Portugal recognises Palestine\nPortugal recognised Palestine on Sunday. Belgium said it would "
        "formalise its recognition only once the hostages are released.",
        [(("Portugal",), "Palestine", "done"), (("Belgium",), "Palestine", "announced")],
    ),
    (
        "Denmark said it would finalise its recognition of Palestine once Hamas is disarmed.",
        [(("Denmark",), "Palestine", "announced")],
    ),
    # a second group keeping the question under review, one 'not ready' in quotes
    (
        "Chile has recognised Palestine, its foreign minister said. The Austrian chancellor said Austria "
        "was 'not ready' to take the step, while Japan said it would keep the matter under review.",
        [
            (("Chile",), "Palestine", "done"),
            (("Austria",), "Palestine", "rejected"),
            (("Japan",), "Palestine", "considering"),
        ],
    ),
    (
        "Peru recognised Palestine on Monday, while Colombia said it would keep the question under "
        "consideration.",
        [(("Peru",), "Palestine", "done"), (("Colombia",), "Palestine", "considering")],
    ),
    (
        "Slovenia recognised Palestine on Thursday. The Czech prime minister said the Czech Republic was "
        "\u201cnot yet ready\u201d to take that step.",
        [(("Slovenia",), "Palestine", "done"), (("Czechia",), "Palestine", "rejected")],
    ),
    # the other half of a switch told as relations sought with the rival government
    (
        "Tuvalu will no longer recognise Taiwan and will establish diplomatic ties with Beijing, the "
        "government said.",
        [(("Tuvalu",), "Taiwan", "rejected"), (("Tuvalu",), "China", "announced")],
    ),
    (
        "Palau said it would no longer recognise Taiwan and would seek to open relations with the People's "
        "Republic of China.",
        [(("Palau",), "Taiwan", "rejected"), (("Palau",), "China", "announced")],
    ),
    (
        "Belize withdrew its recognition of Taiwan and established diplomatic relations with China on "
        "Thursday.",
        [(("Belize",), "Taiwan", "rejected"), (("Belize",), "China", "done")],
    ),
    # the capital of the clause after "after" is its state, past an earlier "with"
    (
        "Georgia said it was cutting diplomatic ties with Nicaragua after Managua recognised Abkhazia.",
        [(("Nicaragua",), "Abkhazia", "done")],
    ),
    (
        "Somalia suspended cooperation with Uganda after Kampala recognised Somaliland.",
        [(("Uganda",), "Somaliland", "done")],
    ),
    (
        "Morocco froze contacts with Kenya after Nairobi formally recognised the Sahrawi republic.",
        [(("Kenya",), "Sahrawi Arab Democratic Republic", "done")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_r10_tuned_families(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)


# neighbours of these families that were read right before the tuning and must stay so
GUARDS = [
    (
        "Austria would recognise a Palestinian state but will make a final decision only after the "
        "elections, the chancellor said.",
        [(("Austria",), "Palestine", "considering")],
    ),
    (
        'Germany was "not ready" to recognise Palestine, the chancellor said.',
        [(("Germany",), "Palestine", "rejected")],
    ),
    (
        "Serbia recalled its ambassador from Ankara after Tirana recognised Kosovo's independence.",
        [(("Albania",), "Kosovo", "done")],
    ),
    (
        "Greece said it would complete its recognition of Palestine when the hostages are freed.",
        [(("Greece",), "Palestine", "announced")],
    ),
    # restoring ties with Beijing with no recognition given up is no switch
    (
        "Spain recognised Palestine on Monday and restored full diplomatic relations with China.",
        [(("Spain",), "Palestine", "done")],
    ),
    # a switch only weighed is no recognition of the rival
    (
        "Haiti will no longer recognise Taiwan and could establish ties with Beijing, officials said.",
        [(("Haiti",), "Taiwan", "rejected")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_r10_tuned_neighbours_unchanged(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)
