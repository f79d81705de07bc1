"""English embargo roles, round 16 second wave (enemb2w16): a renewal that a state refuses, or that comes
with a refusal beside it, is the renewal by its decider (`embargo_refusals.refused_renewal`). The
sentences are this helper's own."""

from __future__ import annotations

import pytest

from tests.unit.english_facts import embargoes

UNSC = "UN Security Council"

REFUSED_RENEWALS = [
    (
        "Libya rejects UN decision to renew arms embargo",
        "TRIPOLI — Libya's foreign ministry on Monday rejected the Security Council's vote to renew the arms "
        "embargo on the country for another year.",
        (UNSC, "Libya", "extended"),
    ),
    (
        "Libya dismisses Security Council vote extending arms embargo",
        "",
        (UNSC, "Libya", "extended"),
    ),
    (
        "Yemen's Houthis reject extension of UN arms embargo",
        "SANAA — The Houthi movement rejected on Tuesday the Security Council's decision to extend the arms "
        "embargo imposed on its leaders.",
        (UNSC, "extended"),
    ),
    (
        "South Sudan condemns renewal of arms embargo",
        "JUBA — South Sudan's government condemned on Friday the UN Security Council's decision to extend "
        "the arms embargo on the country until May 2026.",
        (UNSC, "South Sudan", "extended"),
    ),
    (
        "Khartoum slams Security Council for prolonging Darfur arms embargo",
        "Sudan's foreign ministry on Thursday slammed the Security Council for prolonging the arms embargo "
        "on Darfur by twelve months.",
        (UNSC, "Sudan", "extended"),
    ),
    (
        "Security Council extends Libya arms embargo",
        "The Council extended for a further year the arms embargo on Libya and the mandate of its expert "
        "panel, turning down proposals from two members to widen it.",
        (UNSC, "Libya", "extended"),
    ),
    (
        "UN extends South Sudan arms embargo",
        "The Security Council extended the arms embargo on South Sudan for another year, rejecting appeals "
        "from African members to lift it.",
        (UNSC, "South Sudan", "extended"),
    ),
    (
        "Security Council renews Libya arms embargo, eases rules for coast guard",
        "UNITED NATIONS — The Security Council on Thursday renewed the arms embargo on Libya for a year "
        "while lifting restrictions on supplies to the coast guard.",
        (UNSC, "Libya", "extended"),
    ),
]


@pytest.mark.parametrize(("title", "summary", "want"), REFUSED_RENEWALS)
def test_a_refused_renewal_is_the_renewal(title: str, summary: str, want: tuple[str, ...]) -> None:
    got = embargoes(title, summary)
    assert len(got) == 1, got
    (fact,) = got
    if len(want) == 2:  # the target's name is not what is tested
        assert (fact[0], fact[2]) == want, got
    else:
        assert fact == want, got


@pytest.mark.parametrize(
    ("title", "summary", "want"),
    [
        # a refusal with no renewal stays a refusal
        (
            "Germany rejects calls for arms embargo on Israel",
            "",
            "rejected",
        ),
        (
            "Hungary blocks EU decision to impose arms embargo on Israel",
            "",
            None,
        ),
    ],
)
def test_a_refusal_without_a_renewal_is_not_read_as_one(title: str, summary: str, want: str | None) -> None:
    assert all(f[2] != "extended" for f in embargoes(title, summary))
    if want is not None:
        assert any(f[2] == want for f in embargoes(title, summary))
