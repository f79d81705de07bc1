"""The status page's view of the store (bot/web.py serves it): feeds with their health, recent alerts
with why each fired, entries that did not alert and why, the delivery queues; and the Jinja2
environment the page is rendered with (autoescaping, strict undefined, links http(s) only)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.core.credentials import hide_url_credentials
from bot.core.explain import describe_fact
from bot.core.extract.lang import is_read, language_name, language_of_feed
from bot.core.rules import RuleSet
from bot.core.schedule import health_state
from bot.store.codec import fact_from_json
from bot.store.repo import Store
from bot.store.status import DestinationQueue, ExplainedEntry, FeedActivity
from bot.web_series import series_href

# A healthy feed with no new entry for this long is shown as "silent".
SILENT_AFTER = timedelta(hours=24)
HEALTH_ORDER = {"unhealthy": 0, "failing": 1, "silent": 2, "pending": 3, "healthy": 4, "disabled": 5}
RECENT_ALERTS = 30
EXPLAINED_ENTRIES = 50


@dataclass(frozen=True, slots=True)
class FeedView:
    name: str
    url: str
    tags: tuple[str, ...]
    health: str  # healthy | silent | failing | unhealthy | pending | disabled
    error_streak: int
    last_error: str | None
    last_success_at: datetime | None
    last_entry_at: datetime | None
    recent_entries: int
    next_poll_at: datetime | None
    interval_s: float | None
    language: str | None = None  # "Bengali", from the feed's recent titles; None: no entries yet
    read: bool = True  # False: a language without a lexicon, its items are not read for facts


def feed_health(feed: FeedActivity, now: datetime) -> str:
    if not feed.enabled:
        return "disabled"
    if feed.last_polled_at is None:
        return "pending"
    state = health_state(feed.error_streak, feed.last_success_at, now)
    if state == "healthy" and (feed.last_entry_at is None or now - feed.last_entry_at > SILENT_AFTER):
        return "silent"
    return str(state)


@dataclass(frozen=True, slots=True)
class FactView:
    text: str
    evidence: str
    why: tuple[str, ...] = ()  # how the extractor read it (`Why.lines()`), when it recorded that


@dataclass(frozen=True, slots=True)
class AlertView:
    id: str
    created_at: datetime
    rule_id: str
    rule_description: str
    trigger: str
    severity: str
    title: str
    link: str
    source: str
    published: datetime | None
    facts: list[FactView]
    matched_phrases: list[str]
    change: str | None
    also_reported_by: list[str]
    deliveries: list[tuple[str, str, str]]
    withdrawn: bool = False  # an admin withdrew it as wrong (/wrong, the Slack shortcut)
    series_href: str | None = None  # a casualty alert's running toll: its page (history, chart)


@dataclass(frozen=True, slots=True)
class ExplainView:
    code: str
    detail: str
    entry: ExplainedEntry
    facts: list[FactView]


@dataclass(frozen=True, slots=True)
class StatusSnapshot:
    now: datetime
    feeds: list[FeedView]
    health_counts: dict[str, int]
    alerts: list[AlertView]
    explained: list[ExplainView]
    queues: list[DestinationQueue]

    @property
    def all_feeds_failing(self) -> bool:
        """Every enabled feed failed its last poll: nothing is coming in (a network or DNS outage)."""
        enabled = [f for f in self.feeds if f.health != "disabled"]
        return bool(enabled) and all(f.health in ("failing", "unhealthy") for f in enabled)


def _facts(raw: Iterable[Mapping[str, Any]]) -> list[FactView]:
    out = []
    for data in raw:
        try:
            fact = fact_from_json(dict(data))
        except (KeyError, ValueError, TypeError):
            out.append(FactView(str(dict(data)), ""))
            continue
        why = tuple(fact.why.lines()) if fact.why is not None else ()
        out.append(FactView(describe_fact(fact), fact.evidence, why))
    return out


def _change(payload: Mapping[str, Any]) -> str | None:
    change = payload.get("change")
    if not change:
        return None
    when = f" on {change['previous_date'][:10]}" if change.get("previous_date") else ""
    return f"was {change['previous_count']:,}{when} ({change['previous_source']})"


def _feed_languages(store: Store) -> dict[str, tuple[str, bool]]:
    """feed id -> (language name, whether the bot reads it), from each feed's recent titles."""
    out: dict[str, tuple[str, bool]] = {}
    for feed_id, titles in store.status.recent_titles().items():
        code = language_of_feed(titles)
        if code is not None:
            out[feed_id] = (language_name(code), is_read(code))
    return out


def snapshot(store: Store, now: datetime, ruleset: RuleSet | None) -> StatusSnapshot:
    """Everything the page shows, read from the store in one go. Synchronous: run it in a thread."""
    languages = _feed_languages(store)
    feeds = [
        FeedView(
            name=f.name, url=hide_url_credentials(f.url), tags=f.tags, health=feed_health(f, now),
            error_streak=f.error_streak, last_error=hide_url_credentials(f.last_error or "") or None,
            last_success_at=f.last_success_at, last_entry_at=f.last_entry_at,
            recent_entries=f.recent_entries, next_poll_at=f.next_poll_at, interval_s=f.interval_s,
            language=languages[f.id][0] if f.id in languages else None,
            read=languages[f.id][1] if f.id in languages else True,
        )
        for f in store.status.feed_activity(entries_since=now - timedelta(hours=24))
    ]
    feeds.sort(key=lambda f: (HEALTH_ORDER.get(f.health, 0), f.name.casefold()))  # trouble first
    counts: dict[str, int] = {}
    for f in feeds:
        counts[f.health] = counts.get(f.health, 0) + 1
    rows = store.entries.recent_alerts(RECENT_ALERTS)
    deliveries = store.status.alert_deliveries([r["id"] for r in rows])
    alerts = []
    for r in rows:
        payload = r["payload"]
        rule = ruleset.get(r["rule_id"]) if ruleset is not None else None
        published = payload.get("published")
        alerts.append(
            AlertView(
                id=r["id"],
                created_at=_utc(r["created_at"]),
                rule_id=r["rule_id"],
                rule_description=rule.description if rule is not None else "",
                trigger=r["trigger"],
                severity=r["severity"],
                title=payload.get("entry_title", ""),
                link=payload.get("link", ""),
                source=payload.get("source", ""),
                published=datetime.fromisoformat(published) if published else None,
                facts=_facts(payload.get("facts", [])),
                matched_phrases=list(payload.get("matched_phrases", [])),
                change=_change(payload),
                also_reported_by=list(payload.get("also_reported_by", [])),
                deliveries=deliveries.get(r["id"], []),
                withdrawn=bool(payload.get("withdrawn")),
                series_href=series_href(payload["series"]) if payload.get("series") else None,
            )
        )
    explained = []
    for e in store.status.explained_entries(EXPLAINED_ENTRIES):
        code, _, detail = e.explain.partition(": ")
        explained.append(ExplainView(code, detail or code, e, _facts(e.facts)))
    return StatusSnapshot(now, feeds, counts, alerts, explained, store.status.destination_queues(now))


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# --- rendering helpers (Jinja filters) ---------------------------------------------------------------------


def ago(value: datetime | None, now: datetime) -> str:
    if value is None:
        return "never"
    seconds = (now - value).total_seconds()
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 90:
        text = f"{seconds:.0f} s"
    elif seconds < 90 * 60:
        text = f"{seconds / 60:.0f} min"
    elif seconds < 36 * 3600:
        text = f"{seconds / 3600:.0f} h"
    else:
        text = f"{seconds / 86400:.0f} d"
    return f"in {text}" if future else f"{text} ago"
