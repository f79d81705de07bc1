"""Casualty figure families of issue 10, round 15 (helper encas15): sentences written for these tests
(not copied from any set). A second group told without a number after a figure ("killing 12 and
wounding many more", "and an unknown number remain missing") is a vague figure of its own kind. One
victim named as a part of a figure takes the figure's kind when the figure counts dead and wounded
together ("killed or wounded 11, one of them a boy"), and its own when its clause says one ("among them
a guard who was killed"). A figure with no span of its own told after a running toll of its sentence
("killed since March, with 900 wounded still in hospital") is part of that running toll. A figure with
the last month or year told after it ("killed across the region last month") is that span's toll,
unless one incident or one spot is named ("in an attack on a church last month", "in fighting near the
border last year")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.english_facts import casualty_figures

DAY = date(2026, 12, 7)


def _figures(title: str, summary: str = "") -> set[tuple[int | None, str]]:
    return {(f.count, f.kind) for f in casualty_figures(DAY, title, summary)}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Shelling of Kherson bus stop kills 12",
            "Russian shells struck a crowded bus stop in Kherson on Monday, killing 12 people and wounding "
            "many more, the regional governor said.",
            {(12, "killed"), (None, "injured")},
        ),
        (
            "Air strike on Sudan market",
            "An air strike on a market in El Obeid killed at least nine civilians, while 'many others' were "
            "injured, medics said.",
            {(9, "killed"), (None, "injured")},
        ),
        (
            "Boat carrying displaced families shelled on the Nile",
            "Seven people were killed and an unknown number of passengers remain missing after shells hit "
            "the boat near Kosti, witnesses said.",
            {(7, "killed"), (None, "missing")},
        ),
        (
            "Militants storm army camp in northern Mali",
            "Dozens of soldiers were killed and an undetermined number are still missing after militants "
            "overran a camp near Gao, the army said.",
            {(None, "killed"), (None, "missing")},
        ),
        (
            "Gunmen open fire at wedding in Zamfara",
            "Gunmen shot dead five guests at a wedding in Zamfara state and injured countless others, "
            "villagers said.",
            {(5, "killed"), (None, "injured")},
        ),
    ],
)
def test_group_without_a_number_after_a_figure(
    title: str, summary: str, expected: set[tuple[int | None, str]]
) -> None:
    assert _figures(title, summary) == expected


def test_group_without_a_number_takes_the_figure_before_it() -> None:
    (killed, wounded) = casualty_figures(
        DAY,
        "Drone strike on Kharkiv kills 4",
        "A Russian drone hit an apartment block in Kharkiv on Sunday, killing four civilians and "
        "wounding many more, officials said.",
    )
    assert (wounded.count, wounded.qualifier, wounded.kind) == (None, "vague", "injured")
    assert wounded.victims == killed.victims == "civilians"
    assert wounded.location == killed.location
    assert wounded.why is not None and wounded.why.recognizer == "uncounted_more"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the same kind again adds nothing
        (
            "Strike on Gaza school kills 15",
            "An Israeli strike on a school sheltering displaced families killed 15 people and many more are "
            "feared killed under the rubble, rescuers said.",
            {(15, "killed")},
        ),
        # many more of something that is no casualty
        (
            "Shelling kills six in Donetsk",
            "Shelling killed six people in Donetsk on Tuesday and damaged many more homes, officials said.",
            {(6, "killed")},
        ),
        (
            "Clashes in Tripoli kill three",
            "Three people were killed in clashes in Tripoli and many more fled their homes, residents said.",
            {(3, "killed")},
        ),
        # an unknown number of things, not people harmed
        (
            "Raid on arms depot kills two guards",
            "Two guards were killed and an unknown number of rifles were stolen in the raid near Kidal.",
            {(2, "killed")},
        ),
        # past the clause's end: another sentence's business
        (
            "Bombing in Mogadishu kills 8",
            "A car bomb killed eight people in Mogadishu; many more have been wounded in attacks this year.",
            {(8, "killed")},
        ),
    ],
)
def test_no_group_without_a_number(title: str, summary: str, expected: set[tuple[int | None, str]]) -> None:
    assert _figures(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "part"),
    [
        (
            "Drone attacks kill or wound 11 in Zaporizhzhia region",
            "Russian drones killed or wounded 11 people in villages of the Zaporizhzhia region on Friday, "
            "one of them a teenage boy, the governor said.",
            (1, "killed_and_injured"),
        ),
        (
            "Ambush in Tillaberi",
            "Gunmen ambushed a patrol near Tillaberi on Monday, leaving nine soldiers dead or injured, "
            "including a young officer, the ministry said.",
            (1, "killed_and_injured"),
        ),
        (
            "Attack on Borno village leaves 12 dead or wounded",
            "Insurgents raided a village in Borno state overnight, leaving 12 people dead or wounded, among "
            "them a village guard who was killed, residents said.",
            (1, "killed"),
        ),
        (
            "Shelling of Sumy leaves 7 killed or injured",
            "Shelling of Sumy killed or injured seven people on Sunday, among them a pensioner who later "
            "died, officials said.",
            (1, "killed"),
        ),
        (
            "Clashes in Tal Afar",
            "Clashes in Tal Afar killed four people and wounded 15, among them a policeman who was injured "
            "by shrapnel, police said.",
            (1, "injured"),
        ),
    ],
)
def test_one_victim_part_takes_its_kind(title: str, summary: str, part: tuple[int, str]) -> None:
    assert part in _figures(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "part"),
    [
        # the nearest kind before the part, as before
        (
            "Strike on Rafah tent camp",
            "An Israeli strike on a tent camp in Rafah killed six people, among them a toddler, medics said.",
            (1, "killed"),
        ),
        (
            "Shelling wounds 8 in Kharkiv",
            "Shelling wounded eight people in Kharkiv on Tuesday, including a pregnant woman, the mayor "
            "said.",
            (1, "injured"),
        ),
    ],
)
def test_one_victim_part_of_one_kind_unchanged(title: str, summary: str, part: tuple[int, str]) -> None:
    figures = _figures(title, summary)
    assert part in figures
    assert (1, "killed_and_injured") not in figures


def _cumulative(title: str, summary: str = "") -> dict[tuple[int | None, str], bool]:
    return {(f.count, f.kind): f.cumulative for f in casualty_figures(DAY, title, summary)}


@pytest.mark.parametrize(
    ("title", "summary", "figure"),
    [
        (
            "Monitor counts dead in Sudan's Darfur",
            "At least 1,200 people have been killed in North Darfur since the siege began in May, the "
            "monitor said, with some 900 wounded still in hospital.",
            (900, "injured"),
        ),
        (
            "UN: Myanmar civilian deaths",
            "The UN office said 312 civilians were killed across Myanmar in September and 540 were injured, "
            "most of them in air strikes.",
            (540, "injured"),
        ),
        (
            "Yemen war toll",
            "The war has killed more than 150,000 people since 2015, the group said, while a second "
            "database lists 19,000 deaths in air strikes.",
            (19000, "killed"),
        ),
    ],
)
def test_a_figure_after_a_running_toll_runs_with_it(
    title: str, summary: str, figure: tuple[int, str]
) -> None:
    assert _cumulative(title, summary)[figure] is True


@pytest.mark.parametrize(
    ("title", "summary", "figure"),
    [
        # a day's figure has words of its own
        (
            "Gaza toll rises",
            "At least 38,000 Palestinians have been killed since October, the ministry said, adding that "
            "41 people were killed in the past 24 hours.",
            (41, "killed"),
        ),
        # an earlier report, not a part of the toll
        (
            "Death toll from camp assault rises",
            "More than 2,000 people have been killed since the siege began in April, the UN said, after "
            "local groups initially reported 300 deaths.",
            (300, "killed"),
        ),
        # no running toll before it: nothing to take
        (
            "Strike on Sumy",
            "A missile strike on Sumy killed 11 people and wounded 40, the governor said.",
            (40, "injured"),
        ),
    ],
)
def test_a_figure_keeps_its_own_reading(title: str, summary: str, figure: tuple[int, str]) -> None:
    assert _cumulative(title, summary)[figure] is False


@pytest.mark.parametrize(
    ("summary", "running"),
    [
        (
            "At least 640 people were killed in communal violence across Plateau state last year, a "
            "monitor said.",
            True,
        ),
        (
            "Some 230 civilians were killed across eastern Myanmar last month, the UN rights office said.",
            True,
        ),
        ("At least 75 civilians died in air strikes in Tigray last month, a rights group said.", True),
        ("Gunmen killed 14 worshippers in an attack on a church in Kaduna last month, police said.", False),
        ("The army said it killed 52 militants in fighting near the Niger border last month.", False),
        ("A car bomb killed 19 people in Mogadishu last year, officials said.", False),
    ],
)
def test_last_month_or_year_as_a_span(summary: str, running: bool) -> None:
    (figure,) = casualty_figures(DAY, "Violence report", summary)
    assert figure.cumulative is running
