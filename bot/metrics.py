"""Prometheus metrics and the few runtime observations the health endpoints read.

Everything lives on a `Metrics` object with its own `CollectorRegistry` (never the process-global
default one), so tests build a fresh one and see only their own counts. The running bot has one
*active* instance; the pipeline and deliverers report into it through the one-line module functions
at the bottom (`metrics.poll_finished(...)`, `metrics.delivered(...)` ...), which keeps their code free of
Prometheus objects. `install()` swaps the active instance (tests, or an embedding application).

Gauges that describe the database (outbox depth and age, feed health) are not kept up to date by
the code paths that change them: a collector reads them from the store at scrape time
(`Metrics.watch_store`), so several instances sharing one PostgreSQL all report the same truth.

Every metric is listed, with the alerts worth having on it, in docs/operations.md; a test checks
the list against this registry.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from bot.core.model import Alert, Fact
    from bot.store.repo import Store

log = logging.getLogger("conflict_alerts.metrics")

PREFIX = "conflict_alerts"

# Publication-to-delivery latency: feeds are polled every 1–60 min, so the interesting range is
# tens of seconds to hours; a day catches backlog that went out late.
LATENCY_BUCKETS = (15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1200.0, 1800.0, 3600.0, 7200.0, 21600.0, 86400.0)


@dataclass
class RuleStatus:
    """The rules in force and what the last reload said (shown on the status page)."""

    rules_in_force: int | None = None  # None until rules were loaded once
    last_reload_ok: bool | None = None  # None: no reload since start
    last_reload_at: datetime | None = None
    errors: tuple[str, ...] = ()  # errors of the last *rejected* reload; cleared by a good one


class Metrics:
    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.monotonic = monotonic
        self.rule_status = RuleStatus()
        self.last_tick_monotonic: float | None = None
        r = self.registry
        p = PREFIX
        self.polls = Counter(
            f"{p}_polls",
            "Feed polls by outcome (ok, not_modified, unchanged, error).",
            ["outcome"],
            registry=r,
        )
        self.fetch_errors = Counter(
            f"{p}_fetch_errors",
            "Failed feed fetches by error kind (timeout, http, too_large ...).",
            ["kind"],
            registry=r,
        )
        self.entries_seen = Counter(
            f"{p}_entries_seen",
            "New entries judged, by kind: live or baseline (backlog, no alerts).",
            ["kind"],
            registry=r,
        )
        self.facts = Counter(
            f"{p}_facts", "Facts extracted from new entries, by trigger.", ["trigger"], registry=r
        )
        self.alerts = Counter(f"{p}_alerts", "Alerts created, by rule.", ["rule"], registry=r)
        self._declare_delivery_metrics()
        self.rule_reloads = Counter(
            f"{p}_rule_reloads", "Rule and config reloads by outcome (ok, rejected).", ["outcome"], registry=r
        )
        self.rule_errors = Gauge(
            f"{p}_rule_errors",
            "Errors in the last rule reload (0 after a good one; the last good rules stay in force).",
            registry=r,
        )
        self.rules_loaded = Gauge(f"{p}_rules_loaded", "Rules in force.", registry=r)
        self.last_tick = Gauge(
            f"{p}_scheduler_last_tick_timestamp_seconds",
            "Unix time the scheduler's last poll tick finished.",
            registry=r,
        )

    def _declare_delivery_metrics(self) -> None:
        r, p = self.registry, PREFIX
        self.deliveries = Counter(
            f"{p}_deliveries",
            "Delivery attempts by platform and outcome (sent, edited, retry, parked).",
            ["platform", "outcome"],
            registry=r,
        )
        self.rate_limited = Counter(
            f"{p}_rate_limited", "HTTP 429 / retry_after answers from a platform.", ["platform"], registry=r
        )
        self.retries = Counter(
            f"{p}_delivery_retries",
            "Deliveries rescheduled after a retryable failure (429, 5xx, timeout).",
            ["platform"],
            registry=r,
        )
        self.latency = Histogram(
            f"{p}_publication_to_delivery_seconds",
            "From the item's publication to the platform's acknowledgement of its alert (first sends only).",
            ["platform"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )

    # --- what the code reports ----------------------------------------------------------------------

    def scheduler_ticked(self) -> None:
        self.last_tick_monotonic = self.monotonic()
        self.last_tick.set_to_current_time()

    def poll_finished(self, outcome: str, error_kind: str | None = None) -> None:
        self.polls.labels(outcome).inc()
        if error_kind is not None:
            self.fetch_errors.labels(error_kind).inc()

    def entry_judged(
        self, facts: Sequence[Fact], alerts: Iterable[Alert], *, baseline: bool, new: bool
    ) -> None:
        if not new:  # another poll or instance recorded it first: it was counted there
            return
        self.entries_seen.labels("baseline" if baseline else "live").inc()
        for fact in facts:
            self.facts.labels(fact.type).inc()
        for alert in alerts:
            self.alerts.labels(alert.rule_id).inc()

    def delivered(self, platform: str, action: str, published: datetime | None, now: datetime) -> None:
        self.deliveries.labels(platform, "edited" if action == "edit" else "sent").inc()
        if action != "edit" and published is not None:
            self.latency.labels(platform).observe(max(0.0, (now - published).total_seconds()))

    def delivery_failed(self, platform: str, *, parked: bool, rate_limited: bool) -> None:
        if parked:
            self.deliveries.labels(platform, "parked").inc()
            return
        self.deliveries.labels(platform, "retry").inc()
        self.retries.labels(platform).inc()
        if rate_limited:
            self.rate_limited.labels(platform).inc()

    def rules_in_force(self, count: int) -> None:
        """Rules loaded at start."""
        self.rules_loaded.set(count)
        self.rule_status.rules_in_force = count

    def rules_reloaded(self, now: datetime, *, count: int | None = None, errors: Sequence[str] = ()) -> None:
        """A reload finished: `count` rules now in force, or rejected with `errors` (count None)."""
        ok = count is not None
        self.rule_reloads.labels("ok" if ok else "rejected").inc()
        self.rule_errors.set(0 if ok else len(errors))
        self.rule_status.last_reload_ok = ok
        self.rule_status.last_reload_at = now
        self.rule_status.errors = () if ok else tuple(errors)
        if count is not None:
            self.rules_in_force(count)

    # --- reading ------------------------------------------------------------------------------------

    def seconds_since_tick(self) -> float | None:
        if self.last_tick_monotonic is None:
            return None
        return self.monotonic() - self.last_tick_monotonic

    def watch_store(self, store: Store, clock: Callable[[], datetime]) -> None:
        """Collect outbox and feed gauges from `store` at every scrape."""
        self.registry.register(StoreCollector(store, clock))

    def exposition(self) -> bytes:
        """The text format for /metrics. Runs the store collector: call it off the event loop."""
        return generate_latest(self.registry)


class StoreCollector(Collector):
    """Gauges read from the database when Prometheus scrapes."""

    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.clock = clock

    def describe(self) -> Iterable[Metric]:
        return []  # the families are only known at collect time; nothing to check at register time

    def collect(self) -> Iterator[Metric]:
        now = self.clock()
        try:
            outbox = self.store.status.outbox_by_platform(now)
            feeds = self.store.status.feed_activity()
        except Exception:  # a scrape must not fail because the database blinked; /readyz reports that
            log.warning("metrics: could not read the store", exc_info=True)
            return
        p = PREFIX
        depth = GaugeMetricFamily(
            f"{p}_outbox_depth",
            "Outbox rows by platform and status (pending, parked, digest: held for a digest).",
            labels=["platform", "status"],
        )
        oldest = GaugeMetricFamily(
            f"{p}_outbox_oldest_pending_age_seconds",
            "Age of the oldest pending outbox row (0 when none).",
            labels=["platform"],
        )
        for platform, stats in sorted(outbox.items()):
            depth.add_metric([platform, "pending"], stats.pending)
            depth.add_metric([platform, "parked"], stats.parked)
            depth.add_metric([platform, "digest"], stats.digest)
            oldest.add_metric([platform], stats.oldest_pending_age_s or 0.0)
        yield depth
        yield oldest
        success = GaugeMetricFamily(
            f"{p}_feed_last_success_timestamp_seconds",
            "Unix time of the feed's last successful poll.",
            labels=["feed"],
        )
        entry = GaugeMetricFamily(
            f"{p}_feed_last_entry_timestamp_seconds",
            "Unix time a new entry was last seen in the feed.",
            labels=["feed"],
        )
        streak = GaugeMetricFamily(
            f"{p}_feed_error_streak", "Consecutive failed polls of the feed.", labels=["feed"]
        )
        for f in feeds:
            if not f.enabled:
                continue
            if f.last_success_at is not None:
                success.add_metric([f.name], f.last_success_at.timestamp())
            if f.last_entry_at is not None:
                entry.add_metric([f.name], f.last_entry_at.timestamp())
            streak.add_metric([f.name], f.error_streak)
        yield success
        yield entry
        yield streak


# --- the active instance and the one-line calls the pipeline and deliverers make -------------------

_active = Metrics()


def active() -> Metrics:
    return _active


def install(metrics: Metrics) -> Metrics:
    """Make `metrics` the instance the module functions report into; returns the previous one."""
    global _active
    previous, _active = _active, metrics
    return previous


def scheduler_ticked() -> None:
    _active.scheduler_ticked()


def poll_finished(outcome: str, error_kind: str | None = None) -> None:
    _active.poll_finished(outcome, error_kind)


def entry_judged(facts: Sequence[Fact], alerts: Iterable[Alert], *, baseline: bool, new: bool) -> None:
    _active.entry_judged(facts, alerts, baseline=baseline, new=new)


def delivered(platform: str, action: str, published: datetime | None, now: datetime) -> None:
    _active.delivered(platform, action, published, now)


def delivery_failed(platform: str, *, parked: bool, rate_limited: bool) -> None:
    _active.delivery_failed(platform, parked=parked, rate_limited=rate_limited)


def rules_in_force(count: int) -> None:
    _active.rules_in_force(count)


def rules_reloaded(now: datetime, *, count: int | None = None, errors: Sequence[str] = ()) -> None:
    _active.rules_reloaded(now, count=count, errors=errors)
