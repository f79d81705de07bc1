"""A store with something on every part of the status page, written through the store's own
methods (the same `record_entry` + resolver + explain path the pipeline takes). Used by the web
integration tests and the browser test."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.judge import Judgment
from bot.core.model import (
    Alert,
    ArmsEmbargo,
    CasualtyFigure,
    Destination,
    Entry,
    Fact,
    Platform,
    RuleMatch,
    Severity,
    Trigger,
    Why,
)
from bot.record import record_entry
from bot.store.db import make_engine, upgrade
from bot.store.repo import Store

NOW = datetime(2025, 8, 12, 9, 0, tzinfo=UTC)
DESK = Destination("desk", Platform.SLACK, "C0123456789")
CHANNEL = Destination("gaza-channel", Platform.TELEGRAM, "-1001234567890")

TOLL = CasualtyFigure(
    61500,
    "nearly",
    "killed",
    "Palestinians",
    "Gaza",
    True,
    evidence="…the war, which has killed nearly 61,500 Palestinians.",
    why=Why(
        "verb_then_figure",
        ("killed",),
        "the war, which has killed nearly 61,500 Palestinians",
        (("count", "'nearly 61,500'"), ("location", "Gaza: named in the sentence before")),
        "running toll: 'the war, which has killed'",
    ),
)
EMBARGO = ArmsEmbargo(
    "Germany",
    "Israel",
    "partial",
    evidence="Germany announced a partial arms embargo on Israel.",
    why=Why("embargo_sentence", ("arms embargo",), roles=(("actor", "Germany: subject of 'announced'"),)),
)


def open_seeded_store(path: Path) -> Store:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    store = Store(engine)
    seed(store)
    return store


def _record(
    store: Store,
    entry: Entry,
    facts: Sequence[Fact],
    matches: Sequence[RuleMatch],
    destinations: Sequence[Destination],
    *,
    baseline: bool = False,
    at: datetime = NOW,
) -> list[Alert]:
    judgment = Judgment(tuple(facts), tuple(matches))
    outcome = record_entry(store, entry, judgment, lambda _a: list(destinations), at, baseline=baseline)
    return list(outcome.alerts)


def seed(store: Store) -> None:
    feeds = [
        ("https://www.aljazeera.com/xml/rss/all.xml", "Al Jazeera", ["middle-east"], True),
        ("https://www.thenationalnews.com/rss", "The National", ["middle-east"], True),
        ("https://feeds.example.org/world.xml", "Reuters World", ["world"], True),
        ("https://gone.example.net/feed", "Dead Outlet", [], True),
        ("https://old.example.com/rss", "Retired Feed", [], False),
    ]
    store.feeds.sync_config(feeds, NOW - timedelta(days=2))
    ids = {f.name: f.id for f in store.feeds.all()}
    hour = timedelta(hours=1)
    # Poll outcomes: two healthy, one failing twice, one failing for days (unhealthy).
    for name in ("Al Jazeera", "The National"):
        store.feeds.record_poll(
            ids[name],
            NOW - timedelta(minutes=3),
            NOW + timedelta(minutes=2),
            last_success_at=NOW - timedelta(minutes=3),
            error_streak=0,
            interval_s=300.0,
        )
    store.feeds.record_poll(
        ids["Reuters World"],
        NOW - timedelta(minutes=5),
        NOW + timedelta(minutes=4),
        last_success_at=NOW - 2 * hour,
        error_streak=2,
        last_error="timeout: no answer in 30 s",
        last_error_at=NOW - timedelta(minutes=5),
        interval_s=480.0,
    )
    store.feeds.record_poll(
        ids["Dead Outlet"],
        NOW - timedelta(minutes=20),
        NOW + hour,
        error_streak=9,
        last_error="http: 410 Gone",
        last_error_at=NOW - timedelta(minutes=20),
        interval_s=3600.0,
    )

    toll_rule = RuleMatch("gaza-casualties", Trigger.CASUALTY, Severity.HIGH, (), (TOLL,))
    embargo_rule = RuleMatch("arms-embargoes", Trigger.ARMS_EMBARGO, Severity.MEDIUM, (), (EMBARGO,))

    # Baseline: the backlog at the first poll sets the series, alerts nobody. ("nearly 61,500" below
    # is at least 61,250: above 61,100, an update.)
    old_toll = CasualtyFigure(
        61100, "exact", "killed", "Palestinians", "Gaza", True, evidence="61,100 killed"
    )
    _record(
        store,
        Entry(
            ids["Al Jazeera"],
            "aj-1",
            "Gaza toll passes 61,100",
            "",
            "https://www.aljazeera.com/news/1",
            NOW - 30 * hour,
            "Al Jazeera",
        ),
        [old_toll],
        [RuleMatch("gaza-casualties", Trigger.CASUALTY, Severity.HIGH, (), (old_toll,))],
        [CHANNEL, DESK],
        baseline=True,
        at=NOW - 29 * hour,
    )
    # Live: the toll rises (alert with the previous figure), and an embargo.
    _record(
        store,
        Entry(
            ids["The National"],
            "tn-1",
            "Trump doubts Hamas will free hostages",
            "",
            "https://www.thenationalnews.com/news/mena/2025/08/12/seed/",
            NOW - 2 * hour,
            "The National",
        ),
        [TOLL, EMBARGO],
        [toll_rule, embargo_rule],
        [CHANNEL, DESK],
        at=NOW - 2 * hour,
    )
    # The same figure again from another outlet: not alerted, "also reported by" on the first alert.
    _record(
        store,
        Entry(
            ids["Al Jazeera"],
            "aj-2",
            "Gaza death toll nears 61,500",
            "",
            "https://www.aljazeera.com/news/2",
            NOW - hour,
            "Al Jazeera",
        ),
        [TOLL],
        [toll_rule],
        [CHANNEL, DESK],
        at=NOW - hour,
    )
    # A rounder figure of the same toll: a repeat, silent.
    rounder = CasualtyFigure(61000, "more_than", "killed", "Palestinians", "Gaza", True, evidence="61,000+")
    _record(
        store,
        Entry(
            ids["The National"],
            "tn-rounder",
            "More than 61,000 killed in Gaza",
            "",
            "https://www.thenationalnews.com/news/mena/2025/08/12/rounder/",
            NOW - timedelta(minutes=50),
            "The National",
        ),
        [rounder],
        [RuleMatch("gaza-casualties", Trigger.CASUALTY, Severity.HIGH, (), (rounder,))],
        [CHANNEL, DESK],
        at=NOW - timedelta(minutes=50),
    )
    # The embargo again: same event, the source is added to the first alert.
    _record(
        store,
        Entry(
            ids["Al Jazeera"],
            "aj-3",
            "Berlin limits arms exports to Israel",
            "",
            "https://www.aljazeera.com/news/3",
            NOW - timedelta(minutes=40),
            "Al Jazeera",
        ),
        [EMBARGO],
        [embargo_rule],
        [CHANNEL, DESK],
        at=NOW - timedelta(minutes=40),
    )
    # Facts but no rule held (an earthquake toll outside any rule's regions).
    quake = CasualtyFigure(
        40, "exact", "killed", None, "Peru", False, evidence="An earthquake killed 40 people"
    )
    _record(
        store,
        Entry(
            ids["Al Jazeera"],
            "aj-4",
            "Earthquake in Peru kills 40",
            "",
            "javascript:alert(1)",
            NOW - timedelta(minutes=30),
            "Al Jazeera",
        ),
        [quake],
        [],
        [CHANNEL, DESK],
        at=NOW - timedelta(minutes=30),
    )
    # A keyword rule with a suspicious title (markup must be shown, not run).
    keyword = RuleMatch("ceasefire-talks", Trigger.KEYWORDS, Severity.LOW, (), (), ("ceasefire", "Doha"))
    _record(
        store,
        Entry(
            ids["The National"],
            "tn-2",
            "<script>alert('x')</script> Ceasefire talks resume in Doha",
            "",
            "https://www.thenationalnews.com/news/2",
            NOW - timedelta(minutes=10),
            "The National",
        ),
        [],
        [keyword],
        [DESK],
        at=NOW - timedelta(minutes=10),
    )

    # Delivery: Slack got the toll, Telegram is paused (bot removed from the channel).
    rows = store.outbox.claim(NOW, "seed", timedelta(minutes=5), ["slack", "telegram"], 100)
    for row in rows:
        if row.platform == "telegram":
            kicked = "Forbidden: bot was kicked from the channel chat"
            store.outbox.park(row.id, row.destination_id, kicked, NOW)
            break
    for row in rows:
        if row.platform == "slack" and row.action == "send":
            store.outbox.mark_sent(row.id, f"C0123456789:{row.id}.0", NOW - timedelta(minutes=1))
            break
    for row in rows:
        store.outbox.release(row.id)
