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

from datetime import date

import pytest

from bot.core.extract import explain_item
from tests.unit.english_facts import casualty_counts, embargoes

DAY = date(2025, 6, 1)

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


# A story on screen or in print told as such (lexicon [cues] invented_frame, veto `invented`): "In the
# film, ...", "Season finale: ...", "a fictional invasion", "Box office: war epic ...". A real attack on a
# cinema or a festival, and a toll someone calls "fictional", stay tolls.
ON_SCREEN = [
    ("In the movie, a drone strike kills 12 villagers", "Critics praised the film's restraint."),
    ("Streaming hit: rebels kill 50 guards in season finale", "Fans reacted to the episode."),
    ("Episode recap: an ambush kills 8 marines", "The show returns next week."),
    ("'Warfront' season 3 opens with bombing that kills 40", "The HBO series is filmed in Morocco."),
    ("Trailer shows 200 killed in a fictional invasion of Taiwan", "The film is due out in spring."),
    (
        "In the film, militants kill 30 hostages in a desert compound",
        "The director wanted to show war's cost.",
    ),
    ("Season finale: a car bomb kills 6 agents", "The spy drama ends its second season on a cliffhanger."),
    ("Box office: war epic in which 5,000 die tops charts", "The film took $40m in its first weekend."),
    ("A fictional Baltic war kills 20,000 in new thriller", "The author is a former NATO officer."),
    ("Spoiler alert: the siege ends with 300 dead", "The final book of the trilogy is out on Tuesday."),
    ("In the novel, a cyberattack kills 1,000 in New York", "The book is a bestseller."),
]


@pytest.mark.parametrize(("title", "summary"), ON_SCREEN)
def test_a_story_on_screen_or_in_print_has_no_toll(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []


# A killing with a personal motive (a quarrel, a feud, a family row, a debt, jealousy; lexicon [casualty]
# personal_motives) by a soldier, a guard or a police officer is crime, not a toll of armed conflict (veto
# `personal_motive`), unless the item names war itself (an attack, militants, clashes, a border dispute;
# lexicon war_not_personal).
PERSONAL = [
    (
        "Conscript kills 5 fellow soldiers in shooting at base",
        "He opened fire after a dispute with his commander, the army said.",
    ),
    (
        "Guard kills 3 colleagues at army depot after argument",
        "The guard opened fire after an argument over leave, officials said.",
    ),
    (
        "Sergeant shot dead by fellow soldier in personal dispute",
        "The army said the killing followed a personal feud.",
    ),
    ("Army major kills 4 in domestic dispute", "Police said the major shot four relatives in a family row."),
    (
        "Policeman kills two colleagues after row over duty roster",
        "The officer opened fire at a police station in Lahore.",
    ),
    (
        "Navy sailor stabs 3 shipmates after drunken quarrel",
        "Three sailors were wounded in the fight aboard the ship.",
    ),
    (
        "Border guard shoots 4 colleagues dead, then himself",
        "Investigators said he had been bullied by his superiors.",
    ),
    (
        "Army officer shoots 2 soldiers dead over unpaid debt",
        "The officer fled with his weapon, police said.",
    ),
    (
        "Soldier kills girlfriend and her parents in jealous rage",
        "The soldier used his service rifle, the army said.",
    ),
]


@pytest.mark.parametrize(("title", "summary"), PERSONAL)
def test_a_killing_with_a_personal_motive_is_no_toll(title: str, summary: str) -> None:
    assert casualty_counts(DAY, title, summary) == []


@pytest.mark.parametrize(
    ("title", "summary", "count"),
    [
        (
            "Missile strike on cinema kills 12 in Kharkiv",
            "The film was being shown when the missile hit.",
            12,
        ),
        ("Gunmen kill 5 at film festival in Mali", "Attackers opened fire on the crowd at a screening.", 5),
        (
            "Russia calls Ukraine's toll of 40 killed 'fictional'",
            "Ukraine said a missile killed 40 people in Dnipro.",
            40,
        ),
        (
            "Insider attack: Afghan soldier kills 3 US troops",
            "An Afghan soldier opened fire on US troops at a base in Helmand, killing three.",
            3,
        ),
        (
            "Clashes over border dispute kill 12 soldiers",
            "Troops of two states exchanged fire along the disputed border.",
            12,
        ),
        (
            "Gunmen kill 4 soldiers after dispute over checkpoint",
            "Jihadists attacked an army post, killing four soldiers.",
            4,
        ),
    ],
)
def test_a_real_attack_or_war_beside_such_words_stays_a_toll(title: str, summary: str, count: int) -> None:
    assert count in casualty_counts(DAY, title, summary)
