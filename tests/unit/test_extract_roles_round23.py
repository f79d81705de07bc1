"""Issue 10, round 23 (helper enroles): embargo and recognition roles and status, one family per case,
with sentences written for these tests (not the phrasings of tests/data/extraction_round23_roles.jsonl,
which found the families, nor corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_embargoes, extract_recognitions

DAY = date(2026, 12, 7)

# (text, [(actor, target, action)])
EMBARGO_CASES = [
    # "war material" is an arms word (the Swiss and German legal term)
    (
        "Austria has cancelled all export licences for war material to Qatar.",
        [("Austria", "Qatar", "suspended_licences")],
    ),
    # one word may say which part of a weapon: "tank engine parts", "missile guidance components"
    (
        "Finland suspends licences for missile guidance components for Egypt",
        [("Finland", "Egypt", "suspended_licences")],
    ),
    # a legislature that decides is its country, even named by a demonym and "MPs"/"lawmakers"
    (
        "Portuguese lawmakers voted to ban all arms sales to Myanmar on Wednesday.",
        [("Portugal", "Myanmar", "imposed")],
    ),
    # a demonym's government reacting to an embargo on itself is the target; the other state decides
    (
        "The Eritrean government welcomed Canada's decision to lift its arms embargo on the country.",
        [("Canada", "Eritrea", "lifted")],
    ),
    # refusing licences restricts supply: a halt (partial for parts), not the rejection of an embargo
    (
        "The Greek government refused to license exports of rocket parts to Qatar, in effect blocking "
        "a sale.",
        [("Greece", "Qatar", "partial")],
    ),
]

# families found on the older team sets' remaining errors, with new sentences
EMBARGO_CASES += [
    # a court refusing in the passive; a court's seat names its country
    (
        "An application by three charities to stop drone parts exports to Qatar was thrown out by the "
        "High Court in Dublin on Friday.",
        [("High Court (Ireland)", "Qatar", "rejected")],
    ),
    # a speaker saying another should act calls for it; the other decides nothing
    (
        "Saferworld said on Tuesday that the government should suspend all arms sales to Egypt.",
        [("Saferworld", "Egypt", "called_for")],
    ),
    (
        "Canberra must halt military exports to Qatar, the Greens leader said.",
        [(None, "Qatar", "called_for")],
    ),
    # "presses the Council for" is a call; HRW is Human Rights Watch
    (
        "HRW lobbies Security Council for Eritrea arms embargo",
        [("Human Rights Watch", "Eritrea", "called_for")],
    ),
    # members of a body: the body acts
    (
        "Members of the Security Council agreed on Thursday to lift the arms embargo on Liberia.",
        [("UN Security Council", "Liberia", "lifted")],
    ),
]

# round 24 families (found on tests/data/extraction_round24_roles.jsonl after it was measured)
EMBARGO_CASES += [
    # "restricts" decides; arms that could be used in a war restrict the client, partially
    (
        "Belgium restricts arms sales to Egypt that could be used in Libya",
        [("Belgium", "Egypt", "partial")],
    ),
    # "holds back a shipment" is a halt of one shipment
    (
        "The Pentagon has held back a shipment of artillery shells bound for Qatar, officials said.",
        [("United States", "Qatar", "partial")],
    ),
    # "will no longer authorise sales" is a halt
    (
        "Austria will no longer authorise sales of weapons to Qatar, the chancellery said.",
        [("Austria", "Qatar", "imposed")],
    ),
]

EMBARGO_NONE = [
    # an embargo dated to an earlier year by its participle: its effect is discussed, nothing decided
    "Norway's arms embargo on Qatar, imposed in 2024, has barely dented the emirate's arsenal, analysts "
    "said.",
    "Ireland's weapons embargo on Myanmar, introduced last year, has had little effect, a report found.",
]

# still a decision: a participle naming the day of this news
EMBARGO_STILL = [
    (
        "Norway imposed an arms embargo on Qatar on Monday, a ban approved in a late-night vote.",
        [("Norway", "Qatar", "imposed")],
    ),
]


@pytest.mark.parametrize(("text", "want"), EMBARGO_CASES + EMBARGO_STILL)
def test_embargo_roles(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text, DAY)]
    assert got == want


@pytest.mark.parametrize("text", EMBARGO_NONE)
def test_embargo_dated_background(text: str) -> None:
    assert extract_embargoes(text, DAY) == []


# (text, [(actors, recognized, status)])
RECOGNITION_CASES = [
    # "becomes the second country after X to recognise": done, the earlier one recalled
    (
        "Nicaragua became the second country after Russia to recognise the Taliban government on Friday.",
        [(("Nicaragua",), "Taliban government", "done")],
    ),
    # the Taliban's name for their state is the Taliban government
    (
        "Iran on Monday formally recognised the Islamic Emirate of Afghanistan.",
        [(("Iran",), "Taliban government", "done")],
    ),
    # what is recognised never recognises itself; a headline's last word is no leader's country
    (
        "Kenya is 'studying' recognising Somaliland\nNAIROBI - President William Ruto said his government "
        "was studying recognising Somaliland, the breakaway region.",
        [(("Kenya",), "Somaliland", "considering")],
    ),
]

RECOGNITION_CASES += [
    # a seat of government stands for its state; a year in a relative clause after the verb dates the
    # past, not this withdrawal
    (
        "Lima said on Monday it was withdrawing recognition from the Sahrawi Arab Democratic Republic, "
        "which it had recognised since 1984.",
        [(("Peru",), "Sahrawi Arab Democratic Republic", "rejected")],
    ),
    # "the People's Republic" is China (not Donetsk's or Korea's)
    (
        "A joint statement said Palau now recognised the People's Republic as the sole legal government.",
        [(("Palau",), "China", "done")],
    ),
]

RECOGNITION_CASES += [
    # a second group holding back, or not ready: a second fact, rejected
    (
        "Norway recognised Palestine on Tuesday, while Denmark said it was not yet ready.",
        [(("Norway",), "Palestine", "done"), (("Denmark",), "Palestine", "rejected")],
    ),
    (
        "Canada recognises Palestine as Italy holds off",
        [(("Canada",), "Palestine", "done"), (("Italy",), "Palestine", "rejected")],
    ),
]

RECOGNITION_NONE = [
    # a sentence opened by the condition is no act
    "If Denmark recognised Palestine, what would it change?",
    # a recognition dated by the relative clause after it is history
    "Swedish lawmakers discussed the country's recognition of Palestine, which the government made in 2014.",
]


@pytest.mark.parametrize(("text", "want"), RECOGNITION_CASES)
def test_recognition_roles(text: str, want: list[tuple[tuple[str, ...], str, str]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, DAY)]
    assert got == want


@pytest.mark.parametrize("text", RECOGNITION_NONE)
def test_recognition_dated_after(text: str) -> None:
    assert extract_recognitions(text, DAY) == []


# families probed after round 24 (sentences written for these tests)
EMBARGO_LATE = [
    # a union, a party, students: not their state, even named with a possessive
    (
        "Greek dockworkers' union calls for blockade of arms shipments to Qatar",
        [(None, "Qatar", "called_for")],
    ),
    (
        "Denmark's largest trade union confederation urged the government to impose an arms embargo "
        "on Qatar.",
        [(None, "Qatar", "called_for")],
    ),
    # "navy ship parts" are arms
    (
        "Austria has cancelled export licences for navy ship parts bound for Egypt.",
        [("Austria", "Egypt", "suspended_licences")],
    ),
    # a court that refuses "on Friday to order" a halt
    (
        "A court in The Hague refused on Friday to order a halt to drone parts exports to Qatar.",
        [("Hague Court (Netherlands)", "Qatar", "rejected")],
    ),
]


@pytest.mark.parametrize(("text", "want"), EMBARGO_LATE)
def test_embargo_roles_late(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(f.actor, f.target, f.action) for f in extract_embargoes(text, DAY)]
    assert got == want


# a switch of ties between the rival governments of China, told without "recognise"
SWITCH_CASES = [
    (
        "Palau broke off diplomatic ties with Taipei and established relations with Beijing, its foreign "
        "ministry said.",
        [(("Palau",), "China", "done"), (("Palau",), "Taiwan", "rejected")],
    ),
    (
        "Belize dumps Taipei in favour of Beijing",
        [(("Belize",), "China", "done"), (("Belize",), "Taiwan", "rejected")],
    ),
    # not made, or history: no fact
    ("Belize's opposition leader ruled out switching ties from Taipei to Beijing.", []),
    ("In 2018, Belize switched diplomatic ties from Taiwan to China, officials recalled.", []),
    # Taiwan named in other news: nothing
    ("Taiwan said on Monday that 30 Chinese aircraft had crossed the median line.", []),
]


@pytest.mark.parametrize(("text", "want"), SWITCH_CASES)
def test_ties_switch(text: str, want: list[tuple[tuple[str, ...], str, str]]) -> None:
    got = [(f.actors, f.recognized, f.status) for f in extract_recognitions(text, DAY)]
    assert got == want
