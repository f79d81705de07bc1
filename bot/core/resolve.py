"""The Resolver: decides which matched facts are news, given what has been seen before.

Pure: state comes in through a read-only `StateView`, decisions go out as a `Resolution` that the
store applies in the same transaction as the entry. Three kinds of state:

* **Casualty series** (`series_key`): a cumulative toll for one (location, victims, kind). It alerts
  when the figure rises; a repeated figure, or a late report of a lower one, is silent. The message
  carries the previous value, its date and source, and the delta. Under a rule with `update: edit` or
  `update: reply` the alert also names the alert that last moved the series (`Alert.updates`): the
  store then edits that alert's message, or answers it, instead of posting a separate one.
* **Events** (`event_keys`): an embargo decision, a recognition, or a single-incident toll. The same
  event reported again inside the window (default 72 h, per rule `realert_hours`) becomes an
  "also reported by" enrichment of the first alert, not a second alert.
* **Baseline**: entries from a feed's backlog update series and events but raise no alert, so the
  first start is not an alert storm (the pipeline decides what is backlog; see `pipeline.py`).

Facts are judged once per entry against the state *before* that entry, and every rule that matched
gets an alert built from its own facts, so the order of the rules never decides who alerts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.model import (
    Alert,
    ArmsEmbargo,
    CasualtyChange,
    CasualtyFigure,
    Entry,
    Fact,
    Recognition,
    RuleMatch,
    Trigger,
    UpdateMode,
)

DEFAULT_EVENT_WINDOW = timedelta(hours=72)


@dataclass(frozen=True, slots=True)
class SeriesState:
    count: int
    published: datetime | None
    source: str
    link: str
    alert_id: str | None = None


@dataclass(frozen=True, slots=True)
class EventState:
    key: str
    group_key: str
    alert_id: str | None
    actors: tuple[str, ...]
    sources: tuple[str, ...]
    first_seen: datetime
    last_seen: datetime


class StateView(Protocol):
    def series(self, key: str) -> SeriesState | None: ...

    def events(self, group_key: str) -> Sequence[EventState]: ...


@dataclass(frozen=True, slots=True)
class Enrichment:
    """A later report of an event already alerted: add the source to that alert."""

    alert_id: str
    source: str


@dataclass(slots=True)
class Resolution:
    alerts: list[Alert] = field(default_factory=list)
    series_updates: dict[str, SeriesState] = field(default_factory=dict)
    event_upserts: dict[str, EventState] = field(default_factory=dict)
    enrichments: list[Enrichment] = field(default_factory=list)


def _norm(value: str | None) -> str:
    return (value or "").strip().casefold()


def series_key(fact: CasualtyFigure) -> str | None:
    """Cumulative tolls with a number form a series; everything else is an event."""
    if not fact.cumulative or fact.count is None:
        return None
    return f"casualty|{_norm(fact.location)}|{_norm(fact.victims)}|{fact.kind}"


def event_keys(fact: Fact) -> tuple[str, str]:
    """(exact key, group key). Reports in one group within the window are compared for overlap."""
    if isinstance(fact, CasualtyFigure):
        key = f"incident|{_norm(fact.location)}|{_norm(fact.victims)}|{fact.kind}|{fact.count}"
        return key, key
    if isinstance(fact, ArmsEmbargo):
        group = f"arms_embargo|{_norm(fact.actor)}|{_norm(fact.target)}|{fact.action}"
        return group, group
    actors = ",".join(sorted(_norm(a) for a in fact.actors))
    group = f"recognition|{_norm(fact.recognized)}|{fact.status}"
    return f"{group}|{actors}", group


def _fact_actors(fact: Fact) -> tuple[str, ...]:
    if isinstance(fact, Recognition):
        return tuple(sorted(_norm(a) for a in fact.actors))
    return ()


def alert_id_for(rule_id: str, keys: Iterable[str]) -> str:
    digest = hashlib.sha256("\x1f".join([rule_id, *sorted(keys)]).encode()).hexdigest()
    return digest[:32]


@dataclass(frozen=True, slots=True)
class _Verdict:
    new: bool
    key: str
    change: CasualtyChange | None = None
    enrich_alert_id: str | None = None
    previous_alert_id: str | None = None  # a series that moved: the alert that moved it last


def _judge_fact(
    fact: Fact, entry: Entry, when: datetime, state: StateView, window: timedelta, res: Resolution
) -> _Verdict:
    if isinstance(fact, CasualtyFigure) and (skey := series_key(fact)) is not None:
        assert fact.count is not None
        previous = res.series_updates.get(skey) or state.series(skey)
        key = f"{skey}|{fact.count}"
        if previous is None:
            res.series_updates[skey] = SeriesState(fact.count, entry.published, entry.source, entry.link)
            return _Verdict(new=True, key=key)
        is_late = (
            entry.published is not None
            and previous.published is not None
            and entry.published < previous.published
        )
        if fact.count <= previous.count or is_late:
            return _Verdict(new=False, key=key)
        res.series_updates[skey] = SeriesState(fact.count, entry.published, entry.source, entry.link)
        change = CasualtyChange(previous.count, previous.published, previous.source)
        return _Verdict(new=True, key=key, change=change, previous_alert_id=previous.alert_id)

    key, group = event_keys(fact)
    actors = _fact_actors(fact)
    known = [e for e in state.events(group) if when - e.last_seen <= window]
    known += [e for e in res.event_upserts.values() if e.group_key == group]
    seen_actors = {a for e in known for a in e.actors}
    if known and (not actors or set(actors) <= seen_actors):
        first = min(known, key=lambda e: e.first_seen)
        sources = first.sources if entry.source in first.sources else (*first.sources, entry.source)
        res.event_upserts[first.key] = replace(first, sources=sources, last_seen=when)
        return _Verdict(new=False, key=key, enrich_alert_id=first.alert_id)
    res.event_upserts[key] = EventState(key, group, None, actors, (entry.source,), when, when)
    return _Verdict(new=True, key=key)


def resolve(
    entry: Entry,
    matches: Sequence[RuleMatch],
    state: StateView,
    *,
    now: datetime,
    default_window: timedelta = DEFAULT_EVENT_WINDOW,
) -> Resolution:
    """Decide the alerts for one entry. `now` is when the entry arrived (its publication time when
    replaying history)."""
    res = Resolution()
    verdicts: dict[Fact, _Verdict] = {}
    for match in matches:
        window = timedelta(hours=match.realert_hours) if match.realert_hours else default_window
        for fact in match.facts:
            if fact not in verdicts:
                verdicts[fact] = _judge_fact(fact, entry, now, state, window, res)

    enriched: set[str] = set()
    for match in matches:
        if match.trigger is Trigger.KEYWORDS:
            keys = [f"keywords|{entry.feed_id}|{entry.key}"]
            alert_facts: list[Fact] = []
            change = None
            updates = None
        else:
            fresh = [f for f in match.facts if verdicts[f].new]
            for fact in match.facts:
                target = verdicts[fact].enrich_alert_id
                if target and target not in enriched and not verdicts[fact].new:
                    enriched.add(target)
                    res.enrichments.append(Enrichment(target, entry.source))
            if not fresh:
                continue
            fresh.sort(key=_headline_order)
            alert_facts = fresh
            keys = [verdicts[f].key for f in fresh]
            change = verdicts[fresh[0]].change
            # The headline is a series that moved: follow up its last alert, if the rule says so.
            updates = None if match.update is UpdateMode.NEW else verdicts[fresh[0]].previous_alert_id
        alert = Alert(
            id=alert_id_for(match.rule_id, keys),
            rule_id=match.rule_id,
            trigger=match.trigger,
            severity=match.severity,
            facts=tuple(alert_facts),
            entry_title=entry.title,
            link=entry.link,
            source=entry.source,
            published=entry.published,
            evidence=alert_facts[0].evidence if alert_facts else "",
            change=change,
            matched_phrases=match.matched_phrases,
            template=match.template,
            updates=updates,
            update=match.update if updates is not None else UpdateMode.NEW,
        )
        res.alerts.append(alert)
        for fact in alert_facts:
            verdict = verdicts[fact]
            if verdict.key in res.event_upserts:
                res.event_upserts[verdict.key] = replace(
                    res.event_upserts[verdict.key],
                    alert_id=res.event_upserts[verdict.key].alert_id or alert.id,
                )
            if isinstance(fact, CasualtyFigure) and (skey := series_key(fact)) in res.series_updates:
                assert skey is not None
                current = res.series_updates[skey]
                if current.alert_id is None:
                    res.series_updates[skey] = replace(current, alert_id=alert.id)
    return res


def _headline_order(fact: Fact) -> tuple[int, int]:
    """The headline fact first: cumulative tolls, then the largest figure."""
    if isinstance(fact, CasualtyFigure):
        return (0 if fact.cumulative else 1, -(fact.count or 0))
    return (0, 0)


def baseline_only(resolution: Resolution) -> Resolution:
    """Keep the state changes of a backlog entry but none of its alerts."""
    return Resolution(
        alerts=[],
        series_updates=resolution.series_updates,
        event_upserts=resolution.event_upserts,
        enrichments=[],
    )
