"""Running tolls for people to read: `conflict-alerts tolls`, the chat's `/toll`, the status page.

Pure: the store hands in series (`SeriesState`) and their history (`SeriesPoint`, one per move of the
best figure); these functions pick the series a reader asked for and say what they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.core.resolution import SeriesPoint, SeriesState
from bot.core.series import canonical_area

QUALIFIER_WORDS = {"at_least": "at least", "more_than": "more than", "nearly": "nearly", "about": "about",
                   "up_to": "up to"}  # fmt: skip
LAST_CHANGES = 5


@dataclass(frozen=True, slots=True)
class TollView:
    """One series with its history, oldest point first."""

    series: SeriesState
    points: tuple[SeriesPoint, ...]


def figure_text(count: int, qualifier: str) -> str:
    words = QUALIFIER_WORDS.get(qualifier, "")
    return f"{words} {count:,}" if words else f"{count:,}"


def _day(when: datetime | None) -> str:
    return f"{when:%d %b %Y}".lstrip("0") if when else "undated"


def matches_place(series: SeriesState, query: str) -> bool:
    """ "gaza", "Gaza Strip", "kramatorsk" or a word of the series' label."""
    wanted = query.strip().casefold()
    if not wanted:
        return True
    identity = series.identity
    names = {identity.area.casefold(), (identity.town or "").casefold(), identity.label.casefold()}
    area = canonical_area(query)
    return (
        wanted in names
        or (area is not None and area.casefold() == identity.area.casefold())
        or any(wanted in name for name in names if name)
    )


def select(views: Sequence[TollView], query: str | None) -> list[TollView]:
    """The series a reader asked for, the most recently moved first."""
    chosen = [v for v in views if query is None or matches_place(v.series, query)]
    return sorted(chosen, key=lambda v: v.series.published or datetime.min.replace(tzinfo=UTC), reverse=True)


def changes(view: TollView) -> list[str]:
    """ "11 Jan 2025: 46,006 (+70) — Gulf Four", newest first."""
    lines: list[str] = []
    points = view.points
    for n in range(len(points) - 1, -1, -1):
        p = points[n]
        delta = f" ({p.count - points[n - 1].count:+,})" if n > 0 else " (first report)"
        lines.append(f"{_day(p.published)}: {figure_text(p.count, p.qualifier)}{delta} — {p.source}")
    return lines


def summary(view: TollView) -> str:
    """ "Gaza · killed: at least 46,006 (11 Jan 2025, Gulf Four; also Wire One)"."""
    s = view.series
    also = [x for x in s.sources if x != s.source]
    who = s.source + (f"; also {', '.join(also)}" if also else "")
    return f"{s.identity.label}: {figure_text(s.count, s.qualifier)} ({_day(s.published)}, {who})"


def describe(view: TollView, *, last: int = LAST_CHANGES, history: bool = True) -> str:
    lines = [summary(view)]
    if history:
        shown = changes(view)
        lines += [f"  {line}" for line in shown[:last]]
        if len(shown) > last:
            lines.append(f"  … {len(shown) - last} earlier")
    return "\n".join(lines)


def chart_points(view: TollView) -> list[tuple[datetime, int]]:
    """(date, figure) of each move, undated moves left out: what the chart draws."""
    return [(p.published, p.count) for p in view.points if p.published is not None]


OTHERS_LISTED = 4


def toll_reply(views: Sequence[TollView], query: str) -> str:
    """The answer to `/toll [place]`: the most recently moved matching series in full, the others
    named so the reader can ask for them."""
    if not views:
        where = f" of {query!r}" if query else ""
        return f"No running toll{where} yet. Tolls start with the first casualty figure a feed reports."
    lines = [describe(views[0])]
    others = [v.series.identity.label for v in views[1 : 1 + OTHERS_LISTED]]
    if others:
        more = len(views) - 1 - len(others)
        lines.append("Also: " + "; ".join(others) + (f" and {more} more" if more > 0 else ""))
    return "\n".join(lines)


def chart_title(view: TollView) -> str:
    s = view.series
    return f"{s.identity.label}: {figure_text(s.count, s.qualifier)} ({_day(s.published)})"


@dataclass(frozen=True, slots=True)
class HistoryRow:
    day: str
    figure: str
    delta: str
    source: str
    link: str


def history_rows(view: TollView) -> list[HistoryRow]:
    """The moves of a series' best figure, newest first, for the status page's series view."""
    points = view.points
    rows = []
    for n in range(len(points) - 1, -1, -1):
        p = points[n]
        delta = f"{p.count - points[n - 1].count:+,}" if n > 0 else "first report"
        rows.append(HistoryRow(_day(p.published), figure_text(p.count, p.qualifier), delta, p.source, p.link))
    return rows
