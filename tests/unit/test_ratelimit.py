"""RateLimiter with an injected clock: every time below is an argument, nothing sleeps."""

from __future__ import annotations

import bisect

import pytest

from bot.core.ratelimit import RateLimiter, is_telegram_group


def sends_at(limiter: RateLimiter, chats: list[str], now: float = 0.0) -> list[float]:
    """Reserve for each chat in turn at `now`; the absolute send times granted."""
    return [now + limiter.reserve(chat, now) for chat in chats]


def max_in_window(times: list[float], window: float) -> int:
    ordered = sorted(times)
    return max(bisect.bisect_left(ordered, t + window) - i for i, t in enumerate(ordered))


def test_a_fresh_chat_may_send_now() -> None:
    assert RateLimiter.for_telegram().reserve("42", now=100.0) == 0.0


def test_one_private_chat_gets_one_message_per_second() -> None:
    assert sends_at(RateLimiter.for_telegram(), ["42"] * 4) == [0.0, 1.0, 2.0, 3.0]


def test_a_per_chat_burst_goes_out_at_once_then_at_the_rate() -> None:
    limiter = RateLimiter(global_rate=100, global_burst=100, per_chat_rate=1, per_chat_burst=3)
    assert sends_at(limiter, ["c"] * 5) == [0.0, 0.0, 0.0, 1.0, 2.0]


def test_time_passing_refills_the_bucket() -> None:
    limiter = RateLimiter.for_telegram()
    limiter.reserve("42", 0.0)
    assert limiter.reserve("42", 0.4) == pytest.approx(0.6)
    assert limiter.reserve("42", 10.0) == 0.0


def test_groups_and_channels_get_20_per_minute_after_the_per_chat_pace() -> None:
    times = sends_at(RateLimiter.for_telegram(), ["-1001"] * 22)
    assert times[:20] == [float(i) for i in range(20)]
    assert times[20:] == [60.0, 61.0]  # the 21st waits for the first to leave the 60 s window
    assert max_in_window(times, 60.0) == 20


@pytest.mark.parametrize(("chat", "group"), [("-1001234567890", True), ("-4242", True), ("@news", True),
                                             ("123456", False)])  # fmt: skip
def test_which_chats_are_groups(chat: str, group: bool) -> None:
    assert is_telegram_group(chat) is group


def test_global_limit_spreads_a_fanout_at_30_per_second() -> None:
    chats = [str(i) for i in range(1000)]
    times = sends_at(RateLimiter.for_telegram(), chats)
    assert max_in_window(times, 1.0) == 30
    assert max(times) == pytest.approx(33.0)  # 1000 messages, 30 per second: the bound, no slack


def test_a_penalised_chat_waits_until_the_servers_time_and_others_do_not() -> None:
    limiter = RateLimiter.for_telegram()
    limiter.penalise("42", until=17.0)
    assert limiter.reserve("42", 0.0) == 17.0
    assert limiter.reserve("43", 0.0) == 0.0  # a far-future reservation does not hold back others
    # 30/s including "43", released 10 per third of a second
    third = pytest.approx(1 / 3)
    assert sends_at(limiter, [str(i) for i in range(100, 130)]) == (
        [0.0] * 9 + [third] * 10 + [pytest.approx(2 / 3)] * 10 + [1.0]
    )


def test_a_global_penalty_holds_every_chat() -> None:
    limiter = RateLimiter.for_telegram()
    limiter.penalise(None, until=5.0)
    assert limiter.reserve("1", 2.0) == 3.0
    assert limiter.reserve("2", 6.0) == 0.0


def test_penalties_only_ever_extend() -> None:
    limiter = RateLimiter.for_telegram()
    limiter.penalise("42", until=10.0)
    limiter.penalise("42", until=4.0)
    assert limiter.delay("42", 0.0) == 10.0


def test_delay_does_not_reserve() -> None:
    limiter = RateLimiter.for_telegram()
    limiter.reserve("42", 0.0)
    assert limiter.delay("42", 0.0) == 1.0
    assert limiter.delay("42", 0.0) == 1.0
    assert limiter.delay("unknown", 0.0) == 0.0


def test_one_chats_reservations_keep_their_order() -> None:
    limiter = RateLimiter(global_rate=2, global_burst=1, per_chat_rate=10, per_chat_burst=5)
    limiter.reserve("other", 0.0)
    times = sends_at(limiter, ["c", "c", "c"])
    assert times == sorted(times) and len(set(times)) == 3


def test_slack_is_one_message_per_second_per_channel_without_group_limit() -> None:
    limiter = RateLimiter.for_slack()
    assert sends_at(limiter, ["C1"] * 3 + ["C2"]) == [0.0, 1.0, 2.0, 0.0]
    assert sends_at(limiter, ["C9"] * 25, now=100.0)[-1] == 124.0


def test_idle_chats_are_forgotten() -> None:
    limiter = RateLimiter.for_telegram()
    for i in range(2048):
        limiter.reserve(str(i), now=float(i))  # one new chat per second, each idle a second later
    assert len(limiter) < 1100


@pytest.mark.parametrize(
    "kwargs",
    [
        {"global_rate": 0, "global_burst": 1, "per_chat_rate": 1, "per_chat_burst": 1},
        {"global_rate": 1, "global_burst": 0, "per_chat_rate": 1, "per_chat_burst": 1},
        {"global_rate": 1, "global_burst": 1, "per_chat_rate": 1, "per_chat_burst": 1, "group_per_minute": 0},
    ],
)
def test_nonsense_limits_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RateLimiter(**kwargs)  # type: ignore[arg-type]
