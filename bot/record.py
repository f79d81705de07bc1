"""The record step of the recipe: one entry's unit of work, read as load → decide → commit.

    open the entry's transaction (advisory locks on its series and event groups)
    -> mark the entry seen (or stop: another poll or instance has it)
    -> resolve its matches against the stored state      (bot/core/resolve.py, pure)
    -> plan the writes: who hears which alert, and how    (bot/core/plan.py, pure)
    -> apply the plan, say why nothing alerted, commit    (bot/store/entries.py)

`match --state` and the admin notices take the same path without an entry row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.core.explain import explain_decision
from bot.core.judge import Judgment
from bot.core.model import Alert, Destination, Entry, RuleMatch
from bot.core.plan import Routes, plan_writes
from bot.core.resolution import Resolution
from bot.core.resolve import DEFAULT_EVENT_WINDOW, baseline_only, resolve
from bot.store.entries import EntryTransaction, WriteConflict, state_lock_keys
from bot.store.repo import Store
from bot.store.subscriptions import RoutingSnapshot, SubscriptionStore


@dataclass(frozen=True, slots=True)
class EntryOutcome:
    new: bool  # False: another poll (or instance) recorded the entry first
    alerts: tuple[Alert, ...] = ()


@dataclass(frozen=True, slots=True)
class ProcessedEntries:
    """What recording one feed's new entries (a slice of them, or all) produced."""

    alerts: list[Alert]
    baseline: int  # new entries taken as the starting baseline (no alert): old, or a first poll's backlog
    backlog: int = 0  # of those, a first poll's entries published over BASELINE_GRACE ago (logged)
    # When the entries recorded now were published (or seen): added to the feed's publishing rate
    # without reading it again.
    new_times: list[datetime] = field(default_factory=list)

    def plus(self, other: ProcessedEntries) -> ProcessedEntries:
        return ProcessedEntries(
            self.alerts + other.alerts,
            self.baseline + other.baseline,
            self.backlog + other.backlog,
            self.new_times + other.new_times,
        )


class SliceRouting:
    """The subscriptions and mutes, read once for a slice of entries (a fraction of a second of
    work), at its first entry that matched a rule, before that entry's transaction opens: not once
    per entry."""

    def __init__(self, subscriptions: SubscriptionStore | None, clock: Callable[[], datetime]) -> None:
        self._subscriptions = subscriptions
        self._clock = clock
        self._read: RoutingSnapshot | None = None

    def snapshot(self) -> RoutingSnapshot | None:
        if self._read is None and self._subscriptions is not None:
            self._read = self._subscriptions.routing_snapshot(self._clock())
        return self._read


def record_entry(
    store: Store,
    entry: Entry,
    judgment: Judgment,
    routes: Routes,
    now: datetime,
    *,
    baseline: bool,
    event_window: timedelta = DEFAULT_EVENT_WINDOW,
) -> EntryOutcome:
    """Mark the entry seen and write its state changes, alerts and outbox rows, atomically."""
    try:
        with store.entries.transaction(state_lock_keys(entry, judgment.matches)) as uow:
            if not uow.mark_seen(entry, judgment.facts, judgment.matches, now, baseline=baseline):
                return EntryOutcome(new=False)
            resolution = resolve(entry, judgment.matches, uow.state, now=now, default_window=event_window)
            if baseline:
                resolution = baseline_only(resolution)
            written = _apply(uow, resolution, routes, now)
            uow.explain(
                explain_decision(judgment.facts, judgment.matches, resolution, written, baseline=baseline)
            )
            uow.commit()
    except WriteConflict:
        return EntryOutcome(new=False)
    return EntryOutcome(new=True, alerts=tuple(written))


def record_match(
    store: Store, entry: Entry, matches: Sequence[RuleMatch], routes: Routes, now: datetime
) -> list[Alert]:
    """`match --state`: resolve against the stored state and record the alerts, without an entry row."""
    with store.entries.transaction() as uow:
        written = _apply(uow, resolve(entry, matches, uow.state, now=now), routes, now)
        uow.commit()
    return written


def queue_alert(store: Store, alert: Alert, destinations: Sequence[Destination], now: datetime) -> bool:
    """Queue one alert made outside the rules (an admin notice); False when it was queued before."""
    with store.entries.transaction() as uow:
        written = _apply(uow, Resolution(alerts=[alert]), lambda _alert: destinations, now)
        uow.commit()
    return bool(written)


def _apply(uow: EntryTransaction, resolution: Resolution, routes: Routes, now: datetime) -> list[Alert]:
    plan = plan_writes(resolution, routes, uow.history(resolution))
    uow.apply(plan, now)
    return plan.new_alerts
