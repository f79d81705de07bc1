"""What the resolver reads and decides: the state of series and events before an entry (`StateView`),
and the `Resolution` the store applies in the same transaction as the entry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.core.model import Alert, CasualtyFigure
from bot.core.series import SeriesIdentity


@dataclass(frozen=True, slots=True)
class SeriesState:
    """A running toll and its best known figure (the one reported first, when several outlets agree)."""

    key: str
    identity: SeriesIdentity
    count: int
    qualifier: str
    published: datetime | None
    source: str
    link: str
    alert_id: str | None = None  # the alert that announced the best figure (edit/reply/also-reported)
    last_seen: datetime | None = None  # the latest report of this series, any figure: incidents' window
    sources: tuple[str, ...] = ()  # every outlet that reported the best figure, first one first


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One move of a series' best figure: its history, for `tolls`, `/toll` and the status page."""

    series_key: str
    count: int
    qualifier: str
    published: datetime | None
    source: str
    link: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class SeriesVerdict:
    """What the resolver made of one casualty figure: first | update | also | repeat | late | same_report
    (another figure of this report for the same series said more)."""

    fact: CasualtyFigure
    series_key: str
    identity: SeriesIdentity
    outcome: str
    best: SeriesState | None  # the series as it was before this report

    @property
    def label(self) -> str:
        return self.identity.label


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
    def series_group(self, group: str) -> Sequence[SeriesState]:
        """Every series of one group (`SeriesIdentity.group`): at most one for a cumulative toll."""
        ...

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
    series_points: list[SeriesPoint] = field(default_factory=list)
    series_verdicts: list[SeriesVerdict] = field(default_factory=list)
    event_upserts: dict[str, EventState] = field(default_factory=dict)
    enrichments: list[Enrichment] = field(default_factory=list)
