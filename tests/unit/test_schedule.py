"""next_poll_delay and health_state: table-driven, pure, millisecond-fast."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.schedule import (
    DEFAULT_MAX_RETRY_AFTER_S,
    UNHEALTHY_STREAK,
    RecentEntries,
    health_state,
    next_poll_delay,
)

NOW = datetime(2026, 8, 13, 12, 0, tzinfo=UTC)
MIN, MAX, BASE = 60.0, 3600.0, 300.0


def every(minutes: float, count: int) -> list[datetime]:
    return [NOW - timedelta(minutes=minutes * i) for i in range(count)]


def delay(
    recent: Sequence[datetime] | RecentEntries = (),
    *,
    streak: int = 0,
    retry_after: float | None = None,
    max_age: float | None = None,
    ttl: int | None = None,
    jitter: float = 0.0,
) -> float:
    return next_poll_delay(
        base_interval_s=BASE,
        min_interval_s=MIN,
        max_interval_s=MAX,
        recent_entry_times=recent,
        now=NOW,
        error_streak=streak,
        retry_after_s=retry_after,
        cache_max_age_s=max_age,
        ttl_minutes=ttl,
        jitter=jitter,
    )


def test_new_feed_without_history_uses_the_base_interval() -> None:
    assert delay() == BASE


@pytest.mark.parametrize(
    ("minutes_between_items", "low", "high"),
    [
        (5, 60, 60),  # very busy: the minimum
        (15, 60, 120),  # ~100 a day: every 1-2 minutes
        (60, 400, 500),  # hourly: every ~7.5 minutes
        (24 * 60 / 3, MAX, MAX),  # three a day: the maximum
    ],
)
def test_delay_follows_the_publishing_rate(minutes_between_items: float, low: float, high: float) -> None:
    count = int(24 * 60 / minutes_between_items)
    assert low <= delay(every(minutes_between_items, count)) <= high


def test_busier_feeds_are_polled_more_often() -> None:
    assert delay(every(10, 144)) < delay(every(30, 48)) < delay(every(120, 12))


def test_feed_silent_for_a_week_is_polled_at_the_maximum() -> None:
    assert delay([NOW - timedelta(days=30), NOW - timedelta(days=31)]) == MAX


def test_future_dated_entries_do_not_make_a_feed_look_busy() -> None:
    future = [NOW + timedelta(hours=h) for h in range(1, 50)]
    assert delay(future) == MAX


def test_errors_back_off_exponentially_up_to_the_maximum() -> None:
    busy = every(5, 288)
    delays = [delay(busy, streak=s) for s in range(0, 10)]
    assert delays[:4] == [60, 120, 240, 480]
    assert delays == sorted(delays)
    assert delays[-1] == MAX
    assert delay(busy, streak=10_000) == MAX


def test_jitter_only_shortens_and_never_below_the_minimum() -> None:
    hourly = every(60, 24)
    plain = delay(hourly)
    assert delay(hourly, jitter=1.0) < plain
    assert delay(hourly, jitter=1.0) >= 0.8 * plain
    assert delay(every(5, 288), jitter=1.0) == MIN
    assert delay(every(5, 288), jitter=float("nan")) == MIN


@pytest.mark.parametrize(
    "hint",
    [{"retry_after": 900.0}, {"max_age": 900.0}, {"ttl": 15}],
)
def test_server_hints_are_a_floor(hint: dict[str, float]) -> None:
    assert delay(every(5, 288), **hint) >= 900  # type: ignore[arg-type]
    assert delay(every(5, 288), jitter=0.5, **hint) >= 900  # type: ignore[arg-type]


def test_freshness_hints_are_clamped_to_the_maximum() -> None:
    assert delay(every(5, 288), max_age=86400, jitter=1.0) == MAX


def test_a_short_hint_does_not_speed_polling_up() -> None:
    assert delay(every(60, 24), max_age=10) == delay(every(60, 24))


def test_invalid_bounds_are_rejected() -> None:
    with pytest.raises(ValueError, match="min_interval_s"):
        next_poll_delay(
            base_interval_s=1,
            min_interval_s=100,
            max_interval_s=10,
            recent_entry_times=[],
            now=NOW,
            error_streak=0,
            retry_after_s=None,
            cache_max_age_s=None,
            ttl_minutes=None,
            jitter=0,
        )


@pytest.mark.parametrize(
    ("streak", "last_success", "state"),
    [
        (0, None, "healthy"),
        (0, NOW - timedelta(days=30), "healthy"),
        (1, NOW - timedelta(minutes=5), "failing"),
        (UNHEALTHY_STREAK + 10, NOW - timedelta(hours=2), "failing"),
        (UNHEALTHY_STREAK - 1, None, "failing"),
        (UNHEALTHY_STREAK, None, "unhealthy"),
        (UNHEALTHY_STREAK, NOW - timedelta(hours=25), "unhealthy"),
    ],
)
def test_health_state(streak: int, last_success: datetime | None, state: str) -> None:
    assert health_state(streak, last_success, NOW) == state


def test_a_short_history_is_measured_over_the_span_it_covers() -> None:
    """A feed just added shows its last few hours: 30 items from the last 90 minutes are a busy feed
    (polled at the minimum), not one publishing 30 a day."""
    recent = [NOW - timedelta(minutes=3 * i) for i in range(30)]
    assert delay(recent) == MIN


def test_a_long_history_is_measured_over_the_whole_window() -> None:
    """With entries older than the window, the window is fully observed: 3 in the last 24 h is a
    quiet feed however close together they were."""
    recent = [NOW - timedelta(minutes=i) for i in range(3)] + [NOW - timedelta(days=3)]
    assert delay(recent) == MAX


def test_two_items_just_published_are_not_taken_for_a_busy_feed() -> None:
    recent = [NOW - timedelta(minutes=1), NOW - timedelta(minutes=2)]
    assert delay(recent) >= 3600 / 8  # measured over at least an hour


@pytest.mark.parametrize(
    "recent",
    [
        [NOW - timedelta(minutes=3 * i) for i in range(30)],
        [NOW - timedelta(minutes=i) for i in range(3)] + [NOW - timedelta(days=3)],
        [NOW - timedelta(minutes=1), NOW - timedelta(minutes=2)],
        [NOW - timedelta(days=2), NOW - timedelta(days=3), NOW - timedelta(days=9)],
        [NOW + timedelta(hours=2)],
        [],
    ],
)
def test_the_summed_up_entry_times_give_the_delay_the_times_give(recent: list[datetime]) -> None:
    assert delay(RecentEntries.of(recent, NOW)) == delay(recent)
    # entries recorded after the summary was read are added to it
    assert RecentEntries.of(recent[:1], NOW).plus(recent[1:], NOW) == RecentEntries.of(recent, NOW)


# --- Retry-After: the publisher's request, honoured up to its own cap (issue 13) ----------------------


def _retry_delay(retry_after: float, *, max_retry_after_s: float | None = None, jitter: float = 0.0) -> float:
    extra = {} if max_retry_after_s is None else {"max_retry_after_s": max_retry_after_s}
    return next_poll_delay(
        base_interval_s=BASE, min_interval_s=MIN, max_interval_s=MAX, recent_entry_times=every(5, 288),
        now=NOW, error_streak=0, retry_after_s=retry_after, cache_max_age_s=None, ttl_minutes=None,
        jitter=jitter, **extra,
    )  # fmt: skip


def test_retry_after_beyond_the_maximum_interval_is_honoured() -> None:
    assert _retry_delay(4 * 3600) == 4 * 3600
    assert 4 * 3600 <= _retry_delay(4 * 3600, jitter=1.0) <= 4 * 3600 * 1.1


def test_retry_after_has_its_own_cap_six_hours_by_default() -> None:
    assert DEFAULT_MAX_RETRY_AFTER_S == 6 * 3600
    assert _retry_delay(7 * 86400) == 6 * 3600
    assert _retry_delay(7 * 86400, jitter=1.0) == 6 * 3600
    assert _retry_delay(7 * 86400, max_retry_after_s=12 * 3600) == 12 * 3600
    assert _retry_delay(7 * 86400, max_retry_after_s=600) == 600


def test_freshness_hints_stay_within_the_maximum_interval() -> None:
    assert delay(every(5, 288), max_age=4 * 3600) == MAX
    assert delay(every(5, 288), ttl=240) == MAX
