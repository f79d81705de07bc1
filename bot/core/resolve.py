"""The Resolver: decides which matched facts are news, given what has been seen before.

Pure: state comes in through a read-only `StateView`, decisions go out as a `Resolution` that the
store applies in the same transaction as the entry. Three kinds of state:

* **Casualty series** (`bot.core.series`): one running toll — a war's cumulative toll for an (area,
  kind, victim class), or the rising toll of one incident (the same plus its town, alive for the
  event window after its last report). Of one report's figures for a series only its headline
  figure counts (never "more than 600" beside "606", never "was 90" quoted beside the new 170). It
  alerts when it exceeds the series' best known figure beyond both qualifiers' slack; the message
  carries that best figure, its date and source, and the delta. The same figure from another outlet
  within the window becomes "also reported by" on the alert that announced it; lower, rounder or late
  figures are silent. Under a rule with `update: edit` or `reply` the alert also names the alert
  that last moved the series (`Alert.updates`): the store then edits that alert's message, or
  answers it, instead of posting a separate one. A rule's `min_increase` / `min_increase_percent`
  keep small rises from alerting under that rule (the series still moves).
* **Events** (`event_keys`): an embargo decision, a recognition, or a casualty figure without a
  number ("dozens killed"). The same event reported again inside the window (default 72 h, per
  rule `realert_hours`) becomes an "also reported by" enrichment of the first alert, not a second one.
* **Baseline**: entries from a feed's backlog update series and events but raise no alert, so the
  first start is not an alert storm (the pipeline decides what is backlog; see `pipeline.py`).

Facts are judged once per entry against the state *before* that entry, and every rule that matched
gets an alert built from its own facts, so the order of the rules never decides who alerts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

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
from bot.core.resolution import (
    Enrichment,
    EventState,
    Resolution,
    SeriesPoint,
    SeriesState,
    SeriesVerdict,
    StateView,
)
from bot.core.series import (
    GENERAL_CLASS,
    SeriesIdentity,
    as_incident,
    as_toll,
    canonical_area,
    exceeds,
    headline_figure,
    identify,
    is_part,
    restates,
)

DEFAULT_EVENT_WINDOW = timedelta(hours=72)


def _norm(value: str | None) -> str:
    return (value or "").strip().casefold()


def is_series_fact(fact: Fact) -> bool:
    return isinstance(fact, CasualtyFigure) and fact.count is not None


def lock_names(entry: Entry, matches: Sequence[RuleMatch]) -> set[str]:
    """The series and event groups resolving this entry may read and write (the store serialises
    entries that share one)."""
    names: set[str] = set()
    for match in matches:
        for fact in match.facts:
            if isinstance(fact, CasualtyFigure) and fact.count is not None:
                # a figure may land in its area's toll or one of its incidents, whatever its wording
                identity = identify(fact, entry)
                names.update((as_toll(identity).group, as_incident(identity).group))
            else:
                names.add(event_keys(fact)[1])
    return names


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
    series_key: str | None = None  # a series that got a new best figure from this report
    shown: Fact | None = None  # the fact as alerts show it: placed where the series is


def _placed(fact: CasualtyFigure, identity: SeriesIdentity) -> CasualtyFigure:
    """The fact with the series' area as its location when the report's own was only a dateline, or
    missing; any other location is kept as written ("Dnipro, Ukraine" says more than "Ukraine")."""
    if identity.area and canonical_area(fact.location) != identity.area:
        return replace(fact, location=identity.area)
    return fact


def _known(group: str, state: StateView, res: Resolution) -> list[SeriesState]:
    """The series of a group as this report finds them, with the moves its earlier facts made."""
    pending = {s.key: s for s in res.series_updates.values() if s.identity.group == group}
    return [pending.pop(s.key, s) for s in state.series_group(group)] + list(pending.values())


def _pick_incident(
    identity: SeriesIdentity, fact: CasualtyFigure, when: datetime, window: timedelta,
    known: Sequence[SeriesState],
) -> SeriesState | None:  # fmt: skip
    """The incident a figure continues, among the known incidents of its group."""
    count, qualifier = fact.count or 0, fact.qualifier
    alive = [s for s in known if s.last_seen is None or abs(when - s.last_seen) <= window]
    if identity.town:
        same_town = [s for s in alive if s.identity.town == identity.town]
        if same_town:
            return max(same_town, key=lambda s: s.count)
        alive = [s for s in alive if s.identity.town is None]
    # No town to tell incidents apart: a figure continues one when it is not below it, or restates
    # it ("133" from an outlet behind the news of "137"); a much lower figure is another attack.
    close = [s for s in alive if count >= s.count or restates(count, qualifier, s.count)]
    return max(close, key=lambda s: s.count) if close else None


def _target(
    fact: CasualtyFigure, identity: SeriesIdentity, when: datetime, window: timedelta,
    state: StateView, res: Resolution,
) -> tuple[SeriesIdentity, SeriesState | None]:  # fmt: skip
    """The series a figure belongs to; None: a new series of the identity returned. The wording's
    scope (cumulative or one incident) decides unless the figures say otherwise (data/series.toml)."""
    assert fact.count is not None
    toll = as_toll(identity)
    tolls = _known(toll.group, state, res)
    candidates = [(toll, t) for t in tolls[:1] if restates(fact.count, fact.qualifier, t.count)]
    incident = as_incident(identity)
    if not (fact.cumulative and tolls and not candidates):  # far below the toll: a new incident
        continued = _pick_incident(incident, fact, when, window, _known(incident.group, state, res))
        candidates += [(continued.identity, continued)] if continued else []
    if candidates:  # the series it is closest above ("610" continues 606, not a stray "more than 12")
        return max(candidates, key=lambda c: c[1].count)
    return (toll if fact.cumulative and not tolls else incident), None


def _series_key(identity: SeriesIdentity, series: SeriesState | None, count: int, when: datetime) -> str:
    if series is not None:
        return series.key
    if identity.incident:
        return f"{identity.group}|{when:%Y-%m-%dT%H:%M}|{count}"
    return identity.group


def _judge_series(
    identity: SeriesIdentity,
    series: SeriesState | None,
    facts: list[CasualtyFigure],
    entry: Entry,
    when: datetime,
    window: timedelta,
    res: Resolution,
) -> dict[Fact, _Verdict]:
    head = headline_figure(facts)
    assert head.count is not None
    key = _series_key(identity, series, head.count, when)
    verdicts: dict[Fact, _Verdict] = {}
    for fact in facts:
        if fact is not head:
            verdicts[fact] = _Verdict(new=False, key=f"{key}|{fact.count}")
            res.series_verdicts.append(SeriesVerdict(fact, key, identity, "same_report", series))
    fresh = SeriesState(
        key, identity, head.count, head.qualifier, entry.published, entry.source, entry.link,
        alert_id=None, last_seen=when, sources=(entry.source,),
    )  # fmt: skip
    point = SeriesPoint(key, head.count, head.qualifier, entry.published, entry.source, entry.link, when)
    if series is None:
        outcome = "first"
        res.series_updates[key] = fresh
        res.series_points.append(point)
        verdicts[head] = _Verdict(
            new=True, key=f"{key}|{head.count}", series_key=key, shown=_placed(head, identity)
        )
    elif entry.published and series.published and entry.published < series.published:
        outcome = "late"
        verdicts[head] = _Verdict(new=False, key=f"{key}|{head.count}")
    elif exceeds(head.count, head.qualifier, series.count, series.qualifier):
        outcome = "update"
        town = series.identity.town or identity.town
        res.series_updates[key] = replace(fresh, identity=replace(series.identity, town=town),
                                          alert_id=series.alert_id)  # fmt: skip
        res.series_points.append(point)
        change = CasualtyChange(series.count, series.published, series.source, series.qualifier)
        verdicts[head] = _Verdict(
            new=True, key=f"{key}|{head.count}", change=change,
            previous_alert_id=series.alert_id, series_key=key, shown=_placed(head, identity),
        )  # fmt: skip
    elif head.count == series.count and (series.last_seen is None or when - series.last_seen <= window):
        outcome = "also"
        sources = series.sources if entry.source in series.sources else (*series.sources, entry.source)
        last_seen = max(when, series.last_seen or when)
        res.series_updates[key] = replace(series, sources=sources, last_seen=last_seen)
        verdicts[head] = _Verdict(new=False, key=f"{key}|{head.count}", enrich_alert_id=series.alert_id)
    else:
        outcome = "repeat"
        if series.last_seen is None or when > series.last_seen:
            res.series_updates[key] = replace(series, last_seen=when)
        verdicts[head] = _Verdict(new=False, key=f"{key}|{head.count}")
    res.series_verdicts.append(SeriesVerdict(head, key, identity, outcome, series))
    return verdicts


def _judge_event(
    fact: Fact, entry: Entry, when: datetime, state: StateView, window: timedelta, res: Resolution
) -> _Verdict:
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


def _window(match: RuleMatch, default: timedelta) -> timedelta:
    return timedelta(hours=match.realert_hours) if match.realert_hours else default


def _judge_all(
    entry: Entry,
    matches: Sequence[RuleMatch],
    state: StateView,
    now: datetime,
    default_window: timedelta,
    res: Resolution,
) -> dict[Fact, _Verdict]:
    windows: dict[Fact, timedelta] = {}
    for match in matches:
        for fact in match.facts:
            windows[fact] = max(windows.get(fact, timedelta(0)), _window(match, default_window))
    verdicts: dict[Fact, _Verdict] = {}
    # Each figure's series first (against the state before this report: no series moved yet), then
    # one judgement per series with the report's headline figure for it.
    groups: dict[tuple[str, str], tuple[SeriesIdentity, SeriesState | None, list[CasualtyFigure]]] = {}
    new_incidents: list[tuple[SeriesIdentity, list[CasualtyFigure]]] = []
    for fact in windows:
        if not (isinstance(fact, CasualtyFigure) and fact.count is not None):
            verdicts[fact] = _judge_event(fact, entry, now, state, windows[fact], res)
            continue
        identity, series = _target(fact, identify(fact, entry), now, windows[fact], state, res)
        if series is None and identity.incident:
            # New incidents of one report: one series per figure unless figures restate each other
            # ("more than 600" beside "606"); "12 killed in one town and 5 in another" are two.
            same = next((fs for i, fs in new_incidents if i == identity and _close(fs[0], fact)), None)
            if same is not None:
                same.append(fact)
            else:
                new_incidents.append((identity, [fact]))
            continue
        slot = (identity.group, series.key if series else "")
        groups.setdefault(slot, (identity, series, []))[2].append(fact)
    for identity, series, facts in groups.values():
        window = max(windows[f] for f in facts)
        verdicts.update(_judge_series(identity, series, facts, entry, now, window, res))
    for identity, facts in new_incidents:
        window = max(windows[f] for f in facts)
        verdicts.update(_judge_series(identity, None, facts, entry, now, window, res))
    _quiet_parts_of_silent_wholes(verdicts, res)
    return verdicts


def _quiet_parts_of_silent_wholes(verdicts: dict[Fact, _Verdict], res: Resolution) -> None:
    """A part of a toll ("including five children") is news together with its whole: when the report's
    whole figure for that place and kind says nothing new, the part is silent too (it is recorded all
    the same, so a later report of it is no news either)."""
    whole_news: dict[tuple[str, str], bool] = {}
    for v in res.series_verdicts:
        if v.identity.victims == GENERAL_CLASS and v.outcome != "same_report":
            place = (v.identity.area, v.fact.kind)
            whole_news[place] = whole_news.get(place, False) or v.outcome in {"first", "update"}
    for v in res.series_verdicts:
        silent_whole = whole_news.get((v.identity.area, v.fact.kind)) is False
        if v.outcome == "first" and is_part(v.identity.victims) and silent_whole:
            verdicts[v.fact] = replace(verdicts[v.fact], new=False, series_key=None, shown=None)


def _close(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    assert a.count is not None and b.count is not None
    low, high = sorted((a, b), key=lambda f: f.count or 0)
    return restates(low.count or 0, low.qualifier, high.count or 0)


def _rose_enough(match: RuleMatch, fact: Fact, verdict: _Verdict) -> bool:
    change = verdict.change
    if change is None or not isinstance(fact, CasualtyFigure) or fact.count is None:
        return True
    rise = fact.count - change.previous_count
    return rise >= match.min_increase and rise * 100 >= match.min_increase_percent * change.previous_count


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
    verdicts = _judge_all(entry, matches, state, now, default_window, res)

    enriched: set[str] = set()
    announced: set[str] = set()  # series whose new best figure got its alert
    for match in matches:
        series = None
        if match.trigger is Trigger.KEYWORDS:
            keys = [f"keywords|{entry.feed_id}|{entry.key}"]
            alert_facts: list[Fact] = []
            change = None
            updates = None
        else:
            fresh = [f for f in match.facts if verdicts[f].new and _rose_enough(match, f, verdicts[f])]
            _note_enrichments(entry, match, verdicts, enriched, res)
            if not fresh:
                continue
            fresh.sort(key=_headline_order)
            keys = [verdicts[f].key for f in fresh]
            change = verdicts[fresh[0]].change
            series = verdicts[fresh[0]].series_key
            # The headline is a series that moved: follow up its last alert, if the rule says so.
            updates = None if match.update is UpdateMode.NEW else verdicts[fresh[0]].previous_alert_id
            alert_facts = [verdicts[f].shown or f for f in fresh]
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
            series=series,
        )
        res.alerts.append(alert)
        if match.trigger is not Trigger.KEYWORDS:
            _link_alert(alert.id, [verdicts[f] for f in fresh], announced, res)
    return res


def _note_enrichments(
    entry: Entry, match: RuleMatch, verdicts: dict[Fact, _Verdict], enriched: set[str], res: Resolution
) -> None:
    """A repeat of an alerted figure adds this entry's source to that alert, once per alert."""
    for fact in match.facts:
        target = verdicts[fact].enrich_alert_id
        if target and target not in enriched and not verdicts[fact].new:
            enriched.add(target)
            res.enrichments.append(Enrichment(target, entry.source))


def _link_alert(alert_id: str, fresh: list[_Verdict], announced: set[str], res: Resolution) -> None:
    """Record the alert on the events and series it announces (the first alert of a series wins)."""
    for verdict in fresh:
        if verdict.key in res.event_upserts:
            res.event_upserts[verdict.key] = replace(
                res.event_upserts[verdict.key],
                alert_id=res.event_upserts[verdict.key].alert_id or alert_id,
            )
        skey = verdict.series_key
        if skey is not None and skey not in announced:
            announced.add(skey)
            res.series_updates[skey] = replace(res.series_updates[skey], alert_id=alert_id)


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
        series_points=resolution.series_points,
        series_verdicts=resolution.series_verdicts,
        event_upserts=resolution.event_upserts,
        enrichments=[],
    )
