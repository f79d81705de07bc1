"""When to poll a feed next, and how healthy it is. Pure: times and state come in as arguments.

``next_poll_delay`` (seconds from now), in order:

1. **Publishing rate.** The average gap between entries is taken from the last 24 hours if they hold at
   least two entries, else from the last 7 days. When what we know of the feed does not reach back
   past the window (a feed just added, whose document holds its last few hours), the gap is measured
   over the span the entries do cover (at least :data:`MIN_OBSERVED_SPAN`), not over the whole window:
   30 items from the last two hours are a busy feed, not a feed publishing 30 a day.
   We poll :data:`POLLS_PER_GAP` times per average gap,
   so a feed publishing 100 items a day (a gap of ~14 min) is polled every ~108 s, one publishing a few
   a day at the maximum interval. A feed with history but nothing in 7 days is polled at the maximum;
   a feed without history (just added) at ``base_interval_s``. The result is clamped to
   ``[min_interval_s, max_interval_s]``.
2. **Errors** back off exponentially: ``min_interval_s * 2**error_streak``, never sooner than (1), and
   capped at ``max_interval_s``. The caller should not count a 429 into the streak (it is a request to
   slow down; ``retry_after_s`` carries it).
3. **Jitter** (``jitter`` in 0..1, supplied by the caller so this stays deterministic) takes up to
   :data:`JITTER_SPREAD` off the delay, so feeds added together drift apart; never below the minimum.
4. **Server hints** are a floor: never sooner than ``Retry-After``, ``Cache-Control: max-age`` or the
   RSS ``ttl`` allow. ``max-age`` and ``ttl`` describe freshness and are clamped to ``max_interval_s``
   (our own freshness bound). ``Retry-After`` is the publisher asking us to stay away: it is honoured
   beyond ``max_interval_s``, up to its own cap ``max_retry_after_s`` (default
   :data:`DEFAULT_MAX_RETRY_AFTER_S`, six hours), so a publisher can slow us down but cannot park a
   feed for a week. When a hint sets the delay, jitter is added *on top* of it (up to half the
   spread, never past the hint's cap), so all the feeds of one host that got the same ``Retry-After``
   do not come back in the same second.

``health_state``: ``healthy`` when the last poll succeeded; ``failing`` while errors are recent;
``unhealthy`` after :data:`UNHEALTHY_STREAK` consecutive failures when the last success is older
than :data:`UNHEALTHY_AFTER` or never happened. An unhealthy feed keeps being polled (at the maximum
interval, through the backoff) and is reported; it is never dropped silently.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

POLLS_PER_GAP = 8
RATE_WINDOWS = (timedelta(hours=24), timedelta(days=7))
MIN_OBSERVED_SPAN = timedelta(hours=1)
JITTER_SPREAD = 0.2
MAX_BACKOFF_EXPONENT = 30
UNHEALTHY_STREAK = 5
UNHEALTHY_AFTER = timedelta(hours=24)
DEFAULT_MAX_RETRY_AFTER_S = 6 * 3600.0

HealthState = Literal["healthy", "failing", "unhealthy"]


def _finite_nonneg(value: float | None) -> float:
    if value is None or not math.isfinite(value) or value < 0:
        return 0.0
    return float(value)


@dataclass(frozen=True, slots=True)
class RecentEntries:
    """A feed's recent entry times as the publishing rate reads them, seen from one moment: how many
    are known (future-dated ones too), how many are not in the future, and for each of
    :data:`RATE_WINDOWS` how many fall inside it and the earliest of them. The store reads this in one
    row per feed (SQL aggregates) instead of one row per entry."""

    known: int
    past: int
    windows: tuple[tuple[int, datetime | None], ...]

    @classmethod
    def of(cls, times: Iterable[datetime], now: datetime) -> RecentEntries:
        every = list(times)
        past = [t for t in every if t <= now]  # future dates say nothing about the rate
        windows = []
        for window in RATE_WINDOWS:
            inside = [t for t in past if t >= now - window]
            windows.append((len(inside), min(inside, default=None)))
        return cls(len(every), len(past), tuple(windows))

    def plus(self, times: Iterable[datetime], now: datetime) -> RecentEntries:
        """With more entry times (those recorded since the summary was read)."""
        more = RecentEntries.of(times, now)
        windows = tuple(
            (n + m, min((t for t in (first, other) if t is not None), default=None))
            for (n, first), (m, other) in zip(self.windows, more.windows, strict=True)
        )
        return RecentEntries(self.known + more.known, self.past + more.past, windows)


def average_gap_s(recent_entry_times: Sequence[datetime] | RecentEntries, now: datetime) -> float | None:
    """Average seconds between entries over the first window holding two or more; None if none does."""
    recent = recent_entry_times
    summary = recent if isinstance(recent, RecentEntries) else RecentEntries.of(recent, now)
    for window, (inside, earliest) in zip(RATE_WINDOWS, summary.windows, strict=True):
        if inside >= 2 and earliest is not None:
            if inside < summary.past:  # we know entries older than the window: it is all observed
                return window.total_seconds() / inside
            span = max(now - earliest, MIN_OBSERVED_SPAN)
            return span.total_seconds() / (inside - 1)
    return None


def next_poll_delay(
    *,
    base_interval_s: float,
    min_interval_s: float,
    max_interval_s: float,
    recent_entry_times: Sequence[datetime] | RecentEntries,
    now: datetime,
    error_streak: int,
    retry_after_s: float | None,
    cache_max_age_s: float | None,
    ttl_minutes: int | None,
    jitter: float,
    max_retry_after_s: float = DEFAULT_MAX_RETRY_AFTER_S,
) -> float:
    if not (0 < min_interval_s <= max_interval_s) or not math.isfinite(max_interval_s):
        raise ValueError(f"need 0 < min_interval_s <= max_interval_s, got {min_interval_s}, {max_interval_s}")
    jitter = min(1.0, max(0.0, jitter)) if math.isfinite(jitter) else 0.0

    gap = average_gap_s(recent_entry_times, now)
    if gap is not None:
        delay = gap / POLLS_PER_GAP
    elif (
        recent_entry_times.known
        if isinstance(recent_entry_times, RecentEntries)
        else recent_entry_times
    ):
        delay = max_interval_s  # has published before, but not twice in a week
    else:
        delay = base_interval_s
    delay = min(max_interval_s, max(min_interval_s, _finite_nonneg(delay)))

    if error_streak > 0:
        backoff = min_interval_s * 2.0 ** min(error_streak, MAX_BACKOFF_EXPONENT)
        delay = min(max_interval_s, max(delay, backoff))

    delay = max(min_interval_s, delay * (1.0 - JITTER_SPREAD * jitter))

    freshness = min(
        max_interval_s,
        max(
            _finite_nonneg(cache_max_age_s),
            _finite_nonneg(ttl_minutes * 60.0 if ttl_minutes is not None else None),
        ),
    )
    retry_cap = max(_finite_nonneg(max_retry_after_s), min_interval_s)
    asked = min(_finite_nonneg(retry_after_s), retry_cap)
    cap = max(retry_cap, max_interval_s) if asked > freshness else max_interval_s
    floor = max(asked, freshness)
    if delay < floor:
        delay = min(floor * (1.0 + JITTER_SPREAD / 2 * jitter), cap)
    return min(delay, cap)


def health_state(error_streak: int, last_success: datetime | None, now: datetime) -> HealthState:
    if error_streak <= 0:
        return "healthy"
    if error_streak >= UNHEALTHY_STREAK and (last_success is None or now - last_success >= UNHEALTHY_AFTER):
        return "unhealthy"
    return "failing"
