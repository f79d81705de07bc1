"""English hard negatives, round 16 (issue 10). Each family is a construction seen in several authors'
sets, tested here on variants written for this file (other verbs, word orders, headline and lead style,
other states and bodies); none is corpus or held-out text.

- An arms embargo told as left as it was (veto `unchanged`): "leaves the arms embargo untouched", "the
  arms ban was not changed", "no change to the arms embargo", "keeps the arms ban out of the debate"; a
  headline's "keeps the arms embargo" over a lead that tells it unchanged is no extension either. An
  embargo renewed or extended "unchanged" is still `extended`.
- A call or a wish to lift an embargo (veto `call_to_lift`): "wants the embargo scrapped", "seeks the
  lifting of", "pushes for an end to", "urged partners to end the EU's arms embargo", "calls on the EU to
  ditch"; a call to end an arms flow ("calls for an end to arms sales") is still a call for a halt."""

from __future__ import annotations

import pytest

from bot.core.extract import explain_item
from tests.unit.english_facts import embargoes

UNCHANGED = [
    (
        "Council lifts travel bans on Eritrea, leaves arms embargo untouched",
        "Diplomats said the measures on weapons stay as they were.",
    ),
    (
        "EU eases Belarus trade curbs",
        "Ministers dropped duties on potash but left the arms embargo on Minsk unchanged, officials said.",
    ),
    (
        "UN renews Libya panel mandate; arms embargo unaffected",
        "The vote extended the experts' mandate by a year and does not touch the embargo itself.",
    ),
    (
        "Britain scraps some Iran sanctions",
        "The Foreign Office said the arms embargo on Tehran remained intact and was not part of the review.",
    ),
    (
        "Washington lifts chip export limits on Vietnam",
        "The ban on selling lethal weapons to Hanoi was not changed, the State Department said.",
    ),
    (
        "EU keeps Russia arms embargo off the agenda as ministers meet",
        "Foreign ministers discussed energy and visas.",
    ),
    (
        "EU renews Venezuela asset freezes, arms ban not discussed",
        "Ministers extended travel bans on 50 officials for a year.",
    ),
    (
        "Council extends Haiti sanctions regime but arms embargo left out of resolution",
        "The text renews the travel ban and asset freeze.",
    ),
    (
        "Japan eases sanctions on Myanmar but leaves weapons ban unchanged",
        "Tokyo will resume some development aid.",
    ),
    (
        "Canada lifts some Syria sanctions; arms embargo unchanged",
        "Ottawa said the easing covers banks and telecoms.",
    ),
    # a headline's "keeps" over a lead that tells the embargo unchanged
    (
        "EU eases Syria sanctions but keeps arms embargo",
        "Ministers suspended curbs on banks, while the arms embargo was left unchanged.",
    ),
    (
        "Council ends Eritrea travel bans, maintains arms embargo",
        "The resolution does not touch the arms embargo, diplomats said.",
    ),
    (
        "UK relaxes Belarus trade rules, keeps weapons ban",
        "Officials said there would be no change to the ban on arms sales to Minsk.",
    ),
    (
        "Japan trims Myanmar sanctions but retains arms embargo",
        "The weapons embargo remains as it is, the ministry said.",
    ),
]


@pytest.mark.parametrize(("title", "summary"), UNCHANGED)
def test_an_embargo_left_as_it_was_is_no_fact(title: str, summary: str) -> None:
    assert embargoes(title, summary) == set()
    assert "unchanged" in {d.veto for d in explain_item(title, summary, None).dropped}


@pytest.mark.parametrize(
    ("title", "summary", "fact"),
    [
        (
            "EU extends arms embargo on Belarus unchanged for a year",
            "Ministers renewed the ban on weapons sales to Minsk until February.",
            ("European Union", "Belarus", "extended"),
        ),
        (
            "EU keeps arms embargo on Belarus for another year",
            "Ministers renewed the ban on arms sales to Minsk, which otherwise stays unchanged.",
            ("European Union", "Belarus", "extended"),
        ),
        # what stays untouched is another measure, past a comma
        (
            "UN lifts arms embargo on Somali government",
            "The Security Council ended the restrictions while leaving the measures on al-Shabaab untouched.",
            ("UN Security Council", "Somalia", "lifted"),
        ),
    ],
)
def test_an_embargo_renewed_unchanged_or_another_measure_untouched_stays(
    title: str, summary: str, fact: tuple[str, str, str]
) -> None:
    assert fact in embargoes(title, summary)


CALLS_TO_LIFT = [
    (
        "Hungary calls for lifting of arms embargo on Venezuela",
        "Budapest urged partners to end the EU's arms embargo on Venezuela.",
    ),
    (
        "China wants UN arms embargo on South Sudan removed",
        "Beijing's envoy said the ban had outlived its purpose.",
    ),
    (
        "Russia seeks end to arms embargo on Central African Republic",
        "Moscow's envoy told the council the ban had failed.",
    ),
    ("Belarus calls on EU to ditch weapons embargo", "Minsk's foreign ministry said the ban was illegal."),
    (
        "Caracas wants EU arms embargo scrapped",
        "Venezuela's foreign minister said the ban was politically motivated.",
    ),
    ("Eritrea seeks the lifting of UN arms embargo", "Asmara said the measures were no longer justified."),
    ("Iran hopes for an end to the UN arms embargo", "Tehran's envoy spoke at the UN."),
    ("Serbia wants Kosovo-era arms embargo ended", "Belgrade said the ban was outdated."),
    (
        "Libya's envoy urged the Council to end the UN's arms embargo on his country",
        "Tripoli wants to rebuild its army.",
    ),
    (
        "Sudan asks Security Council to do away with Darfur arms embargo",
        "Khartoum's envoy said the ban was unfair.",
    ),
    ("Juba appeals for Council's arms embargo to be dropped", "South Sudan said the ban hurts its army."),
    ("Zimbabwe campaigns for removal of Western arms embargo", "Harare has sought the move for years."),
]


@pytest.mark.parametrize(("title", "summary"), CALLS_TO_LIFT)
def test_a_call_or_wish_to_lift_an_embargo_is_no_fact(title: str, summary: str) -> None:
    assert embargoes(title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "fact"),
    [
        ("EU ditches arms embargo on Syria", "", ("European Union", "Syria", "lifted")),
        (
            "Security Council ends arms embargo on Somali government",
            "The vote lifted the remaining restrictions.",
            ("UN Security Council", "Somalia", "lifted"),
        ),
        # an end to an arms flow is a halt called for, not a lifting
        (
            "Rights council calls for an end to arms sales to Myanmar",
            "The UN Human Rights Council adopted a resolution urging states to stop supplying weapons to"
            " the junta.",
            ("UN Human Rights Council", "Myanmar", "called_for"),
        ),
    ],
)
def test_a_lifting_done_or_a_halt_called_for_stays(
    title: str, summary: str, fact: tuple[str, str, str]
) -> None:
    assert fact in embargoes(title, summary)
