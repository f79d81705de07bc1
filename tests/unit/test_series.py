"""Casualty series: identity (area, kind, victim class, incident town), what counts as an update, and
whole sequences of reports through the resolver. Sentences and figures are the team's own."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.model import CasualtyFigure, Entry, RuleMatch, Severity, Trigger, UpdateMode
from bot.core.render import headline
from bot.core.resolve import lock_names, resolve
from bot.core.series import canonical_area, exceeds, identify, split_dateline, victim_class
from tests.unit.test_resolve import MemoryState

DAY = datetime(2025, 3, 1, 8, tzinfo=UTC)


def fig(count: int, qualifier: str = "exact", *, where: str | None = "Gaza", victims: str | None = "people",
        cumulative: bool = True, kind: str = "killed") -> CasualtyFigure:  # fmt: skip
    return CasualtyFigure(count, qualifier, kind, victims, where, cumulative)


def news(title: str, summary: str = "", *, source: str = "wire", when: datetime = DAY) -> Entry:
    return Entry("f", f"{source}-{title[:20]}-{when:%j%H}", title, summary, f"https://{source}.example/x",
                 when, source)  # fmt: skip


# --- identity ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "area"),
    [
        ("Gaza", "Gaza"),
        ("Gaza Strip", "Gaza"),
        ("the Gaza Strip", "Gaza"),
        ("Hamas-run Gaza", "Gaza"),
        ("Hamas-controlled, Gaza", "Gaza"),
        ("Rafah", "Gaza"),
        ("the occupied West Bank", "West Bank"),
        ("southern Lebanon", "Lebanon"),
        ("Odesa, Ukraine", "Ukraine"),
        ("Zaporizhzhia power plant (Enerhodar), Ukraine", "Ukraine"),
        ("Atlantis", "Atlantis"),
        (None, None),
    ],
)
def test_canonical_area(location: str | None, area: str | None) -> None:
    assert canonical_area(location) == area


@pytest.mark.parametrize(
    ("victims", "cls"),
    [
        ("Palestinians", "people"),
        ("people", "people"),
        ("civilians", "people"),
        (None, "people"),
        ("residents of the camp", "people"),
        ("Israeli soldiers", "soldiers of Israel"),
        ("Russian troops", "soldiers of Russia"),
        ("US service members", "soldiers of United States"),
        ("soldiers", "soldiers"),
        ("eight children", "children"),
        ("aid workers", "aid workers"),
        ("paramedics", "health workers"),
        ("reporters", "journalists"),
    ],
)
def test_victim_class(victims: str | None, cls: str) -> None:
    assert victim_class(victims) == cls


@pytest.mark.parametrize(
    ("text", "places", "body"),
    [
        ("CAIRO, Egypt (AP) - Shelling killed nine", {"Egypt"}, "Shelling killed nine"),
        ("BEIRUT (Reuters) -- The ministry said", {"Lebanon"}, "The ministry said"),
        ("Kyiv: A drone hit a bus", {"Ukraine"}, "A drone hit a bus"),
        ("AMMAN, Jordan, April 2 — Officials in Gaza said", {"Jordan"}, "Officials in Gaza said"),
        ("Gaza toll passes 48,000", set(), "Gaza toll passes 48,000"),
        ("Ceasefire talks stall - again", set(), "Ceasefire talks stall - again"),
    ],
)
def test_split_dateline(text: str, places: set[str], body: str) -> None:
    assert split_dateline(text) == (places, body)


@dataclass(frozen=True)
class IdentityCase:
    name: str
    fact: CasualtyFigure
    title: str
    group: str
    town: str | None = None


IDENTITY_CASES = [
    IdentityCase("plain", fig(48_000), "Gaza toll reaches 48,000", "toll|gaza|killed|people"),
    IdentityCase(
        "enclave name",
        fig(48_000, where="Gaza Strip", victims="Palestinians"),
        "48,000 Palestinians killed in the Gaza Strip",
        "toll|gaza|killed|people",
    ),
    IdentityCase(
        "filed from Amman, about Gaza",
        fig(48_000, where="Jordan"),
        "AMMAN, Jordan (AFP) - Gaza's health ministry says 48,000 have been killed",
        "toll|gaza|killed|people",
    ),
    IdentityCase(
        "dateline that is also the place",
        fig(9, where="Ukraine", cumulative=False),
        "KYIV (Reuters) - A missile strike on Kyiv killed nine people",
        "incident|ukraine|killed|people",
        town="Kyiv",
    ),
    IdentityCase(
        "no location: the body's first place",
        fig(61, where=None, cumulative=False),
        "Toll of the attack on a Moscow theatre rises to 61",
        "incident|russia|killed|people",
        town="Moscow",
    ),
    IdentityCase(
        "soldiers are their own toll",
        fig(320, victims="Israeli soldiers"),
        "320 Israeli soldiers killed in Gaza since the ground operation began",
        "toll|gaza|killed|soldiers of israel",
    ),
    IdentityCase(
        "injured are their own toll",
        fig(90_000, kind="injured"),
        "More than 90,000 wounded in Gaza",
        "toll|gaza|injured|people",
    ),
]


@pytest.mark.parametrize("case", IDENTITY_CASES, ids=lambda c: c.name)
def test_identity(case: IdentityCase) -> None:
    identity = identify(case.fact, news(case.title))
    assert identity.group == case.group
    assert identity.town == case.town


# --- what counts as an update -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("new", "best", "update"),
    [
        ((30_000, "more_than"), (30_035, "exact"), False),  # a rounder figure after a precise one
        ((21_000, "nearly"), (20_424, "at_least"), True),  # nearly 21,000 is at least 20,500
        ((20_424, "at_least"), (20_000, "more_than"), True),
        ((30_100, "exact"), (30_035, "exact"), True),
        ((30_035, "exact"), (30_035, "exact"), False),
        ((29_900, "exact"), (30_035, "exact"), False),
        ((61_500, "nearly"), (61_430, "exact"), False),  # nearly 61,500 may still be 61,430
        ((50, "exact"), (52, "more_than"), False),
        ((53, "exact"), (52, "more_than"), False),  # "more than 52" may already be 53
        ((54, "exact"), (52, "more_than"), True),
        ((40_000, "more_than"), (40_000, "more_than"), False),
        ((1_300, "about"), (1_200, "about"), True),
        ((1_200, "about"), (1_180, "exact"), False),
        ((430, "nearly"), (400, "more_than"), True),
        ((500, "up_to"), (100, "exact"), False),  # "up to 500" says nothing about a rise
    ],
)
def test_exceeds(new: tuple[int, str], best: tuple[int, str], update: bool) -> None:
    assert exceeds(*new, *best) is update


# --- sequences of reports through the resolver ------------------------------------------------------


@dataclass(frozen=True)
class Report:
    title: str
    facts: tuple[CasualtyFigure, ...]
    source: str = "wire"
    hours: float = 0  # after DAY
    # expected: the headlines of the alerts this report raises (render.headline), and the sources
    # added as "also reported by"
    alerts: tuple[str, ...] = ()
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sequence:
    name: str
    reports: tuple[Report, ...]
    update: UpdateMode = UpdateMode.NEW


G = "🔴 Casualties · Gaza — death toll"
SEQUENCES = [
    Sequence(
        "a rounder figure after a precise one is silent",
        (
            Report("Gaza toll rises to 30,035", (fig(30_035),), alerts=(f"{G} 30,035",)),
            Report("Gaza toll passes 30,000", (fig(30_000, "more_than"),), source="b", hours=20),
            Report(
                "Gaza toll rises to 30,120",
                (fig(30_120),),
                source="c",
                hours=30,
                alerts=(f"{G} 30,120 (was 30,035 on 1 Mar: +85)",),
            ),
        ),
    ),
    Sequence(
        "nearly 21,000 beats at least 20,424",
        (
            Report(
                "At least 20,424 killed in Gaza", (fig(20_424, "at_least"),), alerts=(f"{G} at least 20,424",)
            ),
            Report(
                "Gaza toll nears 21,000",
                (fig(21_000, "nearly"),),
                source="b",
                hours=48,
                alerts=(f"{G} nearly 21,000 (was at least 20,424 on 1 Mar: +576)",),
            ),
        ),
    ),
    Sequence(
        "a report's own rounder figure is never its previous value",
        (
            Report(
                "Toll passes 600; ministry says 606 killed",
                (fig(600, "more_than", where="Iran"), fig(606, where="Iran")),
                alerts=("🔴 Casualties · Iran — death toll 606",),
            ),
            Report(
                "Iran says 627 killed",
                (fig(627, where="Iran"),),
                source="b",
                hours=24,
                alerts=("🔴 Casualties · Iran — death toll 627 (was 606 on 1 Mar: +21)",),
            ),
        ),
    ),
    Sequence(
        "an earlier figure quoted in the report is not its headline",
        (
            Report(
                "Toll rises to 90 at the airport",
                (fig(90, where="Kabul", cumulative=False),),
                alerts=("🔴 Casualties · Kabul — 90 people killed",),
            ),
            Report(
                "Toll rose sharply from 90 to 170",
                (fig(170, where="Kabul", cumulative=False), fig(90, where="Kabul", cumulative=False)),
                source="b",
                hours=24,
                alerts=("🔴 Casualties · Kabul — 170 people killed (was 90 on 1 Mar: +80)",),
            ),
        ),
    ),
    Sequence(
        "an incident figure in the same article is another series",
        (
            Report(
                "Strike on a school in Gaza City kills 200; overall toll 19,453",
                (fig(200, cumulative=False), fig(19_453)),
                alerts=(f"{G} 19,453",),
            ),  # one alert per rule: the cumulative toll heads it, the 200 follows
            Report(
                "Gaza toll rises to 19,600",
                (fig(19_600),),
                source="b",
                hours=24,
                alerts=(f"{G} 19,600 (was 19,453 on 1 Mar: +147)",),
            ),
        ),
    ),
    Sequence(
        "a report filed from Doha stays with the Gaza toll",
        (
            Report("Gaza toll reaches 45,000", (fig(45_000),), alerts=(f"{G} 45,000",)),
            Report(
                "DOHA, Qatar (Reuters) - The toll in Gaza has climbed to 45,110",
                (fig(45_110, where="Qatar"),),
                source="b",
                hours=24,
                alerts=(f"{G} 45,110 (was 45,000 on 1 Mar: +110)",),
            ),
        ),
    ),
    Sequence(
        "the same figure from other outlets folds into also reported by",
        (
            Report(
                "Lebanon toll rises to 3,120",
                (fig(3_120, where="Lebanon"),),
                source="a",
                alerts=("🔴 Casualties · Lebanon — death toll 3,120",),
            ),
            Report(
                "Health ministry: 3,120 killed in Lebanon",
                (fig(3_120, where="Lebanon"),),
                source="b",
                hours=3,
                also=("b",),
            ),
            Report(
                "3,120 dead in Lebanon since October",
                (fig(3_120, where="Lebanon"),),
                source="c",
                hours=9,
                also=("c",),
            ),
            Report(
                "3,120 killed in Lebanon, ministry says",
                (fig(3_120, where="Lebanon"),),
                source="d",
                hours=200,
            ),
        ),
    ),
    Sequence(
        "names of one area and one class are one toll",
        (
            Report(
                "Hamas-run Gaza: 52,000 Palestinians killed",
                (fig(52_000, where="Hamas-run Gaza", victims="Palestinians"),),
                alerts=("🔴 Casualties · Hamas-run Gaza — death toll 52,000",),
            ),
            Report(
                "Gaza Strip toll: 52,000 people",
                (fig(52_000, where="Gaza Strip"),),
                source="b",
                hours=5,
                also=("b",),
            ),
            Report(
                "Toll in the Gaza Strip 52,310",
                (fig(52_310, where="the Gaza Strip", victims="civilians"),),
                source="c",
                hours=30,
                alerts=("🔴 Casualties · the Gaza Strip — death toll 52,310 (was 52,000 on 1 Mar: +310)",),
            ),
        ),
    ),
    Sequence(
        "soldiers of one army are another toll",
        (
            Report("Gaza toll reaches 50,100", (fig(50_100),), alerts=(f"{G} 50,100",)),
            Report(
                "Army: 410 soldiers killed in Gaza",
                (fig(410, victims="Israeli soldiers"),),
                source="b",
                hours=2,
                alerts=(f"{G} 410",),
            ),
            Report(
                "Gaza toll 50,160",
                (fig(50_160),),
                source="c",
                hours=26,
                alerts=(f"{G} 50,160 (was 50,100 on 1 Mar: +60)",),
            ),
        ),
    ),
    Sequence(
        "a rising incident toll edits its first alert; another town is another incident",
        (
            Report(
                "Attack on a Moscow theatre kills 61",
                (fig(61, where="Russia", cumulative=False),),
                alerts=("🔴 Casualties · Russia — 61 people killed",),
            ),
            Report(
                "Moscow theatre toll rises to 87",
                (fig(87, where="Russia", cumulative=False),),
                source="b",
                hours=5,
                alerts=("🔴 Casualties · Russia — 87 people killed (was 61 on 1 Mar: +26)",),
            ),
            Report(
                "Blast at a Kazan market kills 12",
                (fig(12, where="Russia", cumulative=False),),
                source="c",
                hours=8,
                alerts=("🔴 Casualties · Russia — 12 people killed",),
            ),
            Report(
                "Moscow theatre toll: 80", (fig(80, where="Russia", cumulative=False),), source="d", hours=9
            ),
        ),
        update=UpdateMode.EDIT,
    ),
    Sequence(
        "the figures decide the scope when the wording does not",
        (
            Report("Gaza toll reaches 47,100", (fig(47_100),), alerts=(f"{G} 47,100",)),
            # worded as one event, but it is the toll restated: silent
            Report(
                "More than 47,000 Palestinians killed in Gaza",
                (fig(47_000, "more_than", cumulative=False),),
                source="b",
                hours=3,
            ),
            # worded as a toll, but far below it: one attack, alerted on its own
            Report(
                "Toll of the strike on a Gaza City school rises to 18",
                (fig(18),),
                source="c",
                hours=4,
                alerts=(f"{G} 18",),
            ),
            Report(
                "Gaza toll reaches 47,180",
                (fig(47_180),),
                source="d",
                hours=28,
                alerts=(f"{G} 47,180 (was 47,100 on 1 Mar: +80)",),
            ),
        ),
    ),
    Sequence(
        "a toll worded as cumulative continues the incident it rises from",
        (
            Report(
                "Blast at a Lviv station kills 21",
                (fig(21, where="Ukraine", cumulative=False),),
                alerts=("🔴 Casualties · Ukraine — 21 people killed",),
            ),
            Report(
                "Death toll from Lviv station blast rises to 30",
                (fig(30, where="Ukraine"),),
                source="b",
                hours=20,
                alerts=("🔴 Casualties · Ukraine — death toll 30 (was 21 on 1 Mar: +9)",),
            ),
        ),
    ),
    Sequence(
        "a part of a toll is news only with its whole",
        (
            Report(
                "Strike on a port kills 20",
                (fig(20, where="Ukraine", cumulative=False),),
                alerts=("🔴 Casualties · Ukraine — 20 people killed",),
            ),
            Report(
                "Port strike: 20 dead, including 4 children",
                (
                    fig(20, where="Ukraine", cumulative=False),
                    fig(4, where="Ukraine", victims="children", cumulative=False),
                ),
                source="b",
                hours=2,
                also=("b",),
            ),
            Report(
                "Port strike toll rises to 24, including 6 children",
                (
                    fig(24, where="Ukraine", cumulative=False),
                    fig(6, where="Ukraine", victims="children", cumulative=False),
                ),
                source="c",
                hours=5,
                alerts=("🔴 Casualties · Ukraine — 24 people killed (was 20 on 1 Mar: +4)",),
            ),
        ),
    ),
    Sequence(
        "an outlet behind the news of an incident is silent; a much lower figure is another attack",
        (
            Report(
                "Gunmen kill 61 at a wedding",
                (fig(61, where="Nigeria", cumulative=False),),
                alerts=("🔴 Casualties · Nigeria — 61 people killed",),
            ),
            Report(
                "Wedding attack toll rises to 70",
                (fig(70, where="Nigeria", cumulative=False),),
                source="b",
                hours=6,
                alerts=("🔴 Casualties · Nigeria — 70 people killed (was 61 on 1 Mar: +9)",),
            ),
            Report(
                "Gunmen kill 66 at a wedding",
                (fig(66, where="Nigeria", cumulative=False),),
                source="c",
                hours=7,
            ),
            Report(
                "Raid on a village kills 9",
                (fig(9, where="Nigeria", cumulative=False),),
                source="d",
                hours=8,
                alerts=("🔴 Casualties · Nigeria — 9 people killed",),
            ),
        ),
    ),
    Sequence(
        "a late or lower report is silent",
        (
            Report(
                "Toll in Sudan's El Fasher reaches 1,500",
                (fig(1_500, where="Sudan"),),
                alerts=("🔴 Casualties · Sudan — death toll 1,500",),
            ),
            Report("El Fasher toll 1,420", (fig(1_420, where="Sudan"),), source="b", hours=10),
            Report("El Fasher toll 1,550", (fig(1_550, where="Sudan"),), source="c", hours=-30),
        ),
    ),
]


def rule(
    facts: tuple[CasualtyFigure, ...],
    update: UpdateMode,
    *,
    min_increase: int = 1,
    min_increase_percent: float = 0,
) -> RuleMatch:
    return RuleMatch("toll", Trigger.CASUALTY, Severity.HIGH, (), facts, update=update,
                     min_increase=min_increase, min_increase_percent=min_increase_percent)  # fmt: skip


@pytest.mark.parametrize("seq", SEQUENCES, ids=lambda s: s.name)
def test_sequences(seq: Sequence) -> None:
    state = MemoryState()
    first_alert: dict[str, str] = {}
    for n, report in enumerate(seq.reports):
        e = news(report.title, source=report.source, when=DAY + timedelta(hours=report.hours))
        res = resolve(e, [rule(report.facts, seq.update)], state, now=e.published or DAY)
        state.apply(res)
        assert tuple(headline(a) for a in res.alerts) == report.alerts, f"report {n}: {report.title}"
        assert tuple(x.source for x in res.enrichments) == report.also, f"report {n}: {report.title}"
        for alert in res.alerts:
            assert alert.series is not None
            if seq.update is UpdateMode.EDIT and alert.change is not None:
                # a rising incident follows up the alert that announced its previous figure
                assert alert.updates == first_alert[alert.series]
            first_alert[alert.series] = alert.id


def test_min_increase_quiets_one_rule_while_the_series_moves() -> None:
    state = MemoryState()
    first = news("Toll 10,000", source="a")
    both = [replace(rule((fig(10_000),), UpdateMode.NEW, min_increase=100), rule_id="big"),
            rule((fig(10_000),), UpdateMode.NEW)]  # fmt: skip
    state.apply(resolve(first, both, state, now=DAY))
    small = news("Toll 10,040", source="b", when=DAY + timedelta(days=1))
    res = resolve(small, [replace(m, facts=(fig(10_040),)) for m in both], state, now=small.published or DAY)
    state.apply(res)
    assert [a.rule_id for a in res.alerts] == ["toll"]
    big = news("Toll 10,200", source="c", when=DAY + timedelta(days=2))
    res = resolve(big, [replace(m, facts=(fig(10_200),)) for m in both], state, now=big.published or DAY)
    # the threshold compares with the series' best known figure, which moved to 10,040
    assert sorted(a.rule_id for a in res.alerts) == ["big", "toll"]
    assert all(a.change is not None and a.change.previous_count == 10_040 for a in res.alerts)


def test_min_increase_percent() -> None:
    state = MemoryState()
    pct = rule((fig(2_000),), UpdateMode.NEW, min_increase_percent=5)
    state.apply(resolve(news("2,000"), [pct], state, now=DAY))
    later = DAY + timedelta(days=1)
    assert (
        resolve(news("2,080", when=later), [replace(pct, facts=(fig(2_080),))], state, now=later).alerts == []
    )
    res = resolve(news("2,100", when=later), [replace(pct, facts=(fig(2_100),))], state, now=later)
    assert len(res.alerts) == 1


def test_reports_that_may_touch_one_series_share_a_lock_whatever_their_wording() -> None:
    toll = RuleMatch("r", Trigger.CASUALTY, Severity.HIGH, (), (fig(48_000),))
    attack = RuleMatch("r", Trigger.CASUALTY, Severity.HIGH, (), (fig(40, cumulative=False),))
    elsewhere = RuleMatch("r", Trigger.CASUALTY, Severity.HIGH, (), (fig(40, where="Lebanon"),))
    gaza_toll = lock_names(news("Gaza toll reaches 48,000"), [toll])
    gaza_attack = lock_names(news("Strike kills 40 in Gaza"), [attack])
    assert gaza_toll & gaza_attack
    assert not gaza_toll & lock_names(news("Strike kills 40 in Lebanon"), [elsewhere])
