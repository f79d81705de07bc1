"""Proactive rate limiting for one platform's deliverer. Pure: time is always an argument.

Three limits apply to every send to a chat, and a reservation must satisfy all of them:

- a **global** token bucket (Telegram: about 30 messages/s for the whole bot),
- a **per-chat** token bucket (Telegram: about 1/s per chat; Slack: about 1/s per channel),
- for Telegram groups and channels a **per-minute window** (20 messages in any 60 s).

Per-chat token buckets are kept in their "virtual scheduling" form (GCRA): one number per bucket,
the theoretical arrival time `tat`. A send at time t is allowed when ``t >= tat - (burst - 1) *
interval`` and moves ``tat`` to ``max(tat, t) + interval``. Reservations for one chat are granted in
call order (never earlier than that chat's previous one), so one chat's messages keep their order.

The global limit is a *schedule* of reserved send times checked as a sliding window (no more than
`global_burst` sends in any ``global_burst / global_rate`` seconds). A plain bucket would not do:
reservations are not in time order (a chat penalised until t+30 reserves t+30 now), and one far-future
reservation must not hold back every other chat.

The per-minute group limit is a sliding window too (the times of the last N sends), so a small burst
to a group goes out at the per-chat pace and only then waits, instead of being spread out from the
first message.

`reserve(chat, now)` returns how long to wait and *commits* the send at ``now + wait``, so callers
that reserve in turn are spaced correctly even before any of them has actually sent. `delay()` asks
the same question without committing (to decide, say, whether to fold low-severity alerts into a
digest). `penalise(chat, until)` records a server's 429 ``retry_after``: nothing is reserved for that
chat (or, with ``chat=None``, for anyone) before ``until``.

Idle chats are forgotten (their state equals a fresh bucket), so memory follows active chats only.
"""

from __future__ import annotations

import bisect
import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

TELEGRAM_GLOBAL_PER_SECOND = 30.0
TELEGRAM_GLOBAL_BURST = 10
TELEGRAM_PER_CHAT_PER_SECOND = 1.0
TELEGRAM_GROUP_PER_MINUTE = 20
SLACK_PER_CHANNEL_PER_SECOND = 1.0
SLACK_GLOBAL_PER_SECOND = 120.0
_WINDOW = 60.0
_PRUNE_EVERY = 1024


def is_telegram_group(chat: str) -> bool:
    """Groups, supergroups and channels: negative ids ("-100…" for supergroups/channels, "-…" for basic
    groups) and public @usernames (only channels and supergroups have them as chat ids)."""
    return chat.startswith(("-", "@"))


@dataclass(slots=True)
class _Bucket:
    interval: float
    tolerance: float
    tat: float = float("-inf")

    def earliest(self) -> float:
        return self.tat - self.tolerance

    def commit(self, t: float) -> None:
        self.tat = max(self.tat, t) + self.interval


@dataclass(slots=True)
class _Schedule:
    """Reserved send times, sorted; at most `burst` of them in any half-open window of `window` s."""

    burst: int
    window: float
    times: list[float] = field(default_factory=list)

    def earliest(self, t: float) -> float:
        """The earliest time >= t at which one more send keeps the window limit."""
        times, burst = self.times, self.burst
        while True:
            p = bisect.bisect_right(times, t)
            # any burst+1 consecutive times (t included) must span at least `window`
            lo = max(0, p - burst)
            hi = min(len(times), p + burst)
            seq = [*times[lo:p], t, *times[p:hi]]
            pos = p - lo
            blocker: float | None = None
            for i in range(max(0, pos - burst), min(pos, len(seq) - 1 - burst) + 1):
                if seq[i + burst] - seq[i] < self.window:
                    first_other = seq[i] if i != pos else seq[i + 1]
                    candidate = first_other + self.window
                    blocker = candidate if blocker is None else min(blocker, candidate)
            if blocker is None:
                return t
            t = max(blocker, math.nextafter(t, math.inf))

    def commit(self, t: float) -> None:
        bisect.insort(self.times, t)

    def forget_before(self, now: float) -> None:
        cut = bisect.bisect_left(self.times, now - self.window)
        if cut:
            del self.times[:cut]


@dataclass(slots=True)
class _Chat:
    bucket: _Bucket
    window: deque[float] | None
    penalty_until: float = float("-inf")
    last: float = float("-inf")

    def idle_at(self, now: float) -> bool:
        return self.bucket.tat <= now and self.penalty_until <= now and self.last + _WINDOW <= now


@dataclass
class RateLimiter:
    """Token buckets keyed by chat plus one global limit; see the module docstring."""

    global_rate: float
    global_burst: int
    per_chat_rate: float
    per_chat_burst: int
    group_per_minute: int | None = None
    is_group: Callable[[str], bool] = is_telegram_group
    _global: _Schedule = field(init=False)
    _global_penalty: float = field(init=False, default=float("-inf"))
    _chats: dict[str, _Chat] = field(init=False, default_factory=dict)
    _reservations: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        for name in ("global_rate", "per_chat_rate"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        for name in ("global_burst", "per_chat_burst"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.group_per_minute is not None and self.group_per_minute < 1:
            raise ValueError("group_per_minute must be at least 1 (or None for no group limit)")
        self._global = _Schedule(burst=self.global_burst, window=self.global_burst / self.global_rate)

    @classmethod
    def for_telegram(cls) -> RateLimiter:
        return cls(
            global_rate=TELEGRAM_GLOBAL_PER_SECOND,
            # 10 per third of a second rather than 30 per second: the same rate, spread out, so
            # the server's own window never sees a whole second's budget arrive at once.
            global_burst=TELEGRAM_GLOBAL_BURST,
            per_chat_rate=TELEGRAM_PER_CHAT_PER_SECOND,
            per_chat_burst=1,
            group_per_minute=TELEGRAM_GROUP_PER_MINUTE,
        )

    @classmethod
    def for_slack(cls) -> RateLimiter:
        # chat.postMessage has no documented workspace-wide message rate; the global limit only
        # keeps one deliverer from bursting hundreds of requests at once, and is set above what
        # 100 channels at 1/s need so that it never binds before the platform's own limit.
        return cls(
            global_rate=SLACK_GLOBAL_PER_SECOND,
            global_burst=20,
            per_chat_rate=SLACK_PER_CHANNEL_PER_SECOND,
            per_chat_burst=1,
            group_per_minute=None,
            is_group=_never,
        )

    def _chat(self, key: str) -> _Chat:
        chat = self._chats.get(key)
        if chat is None:
            window: deque[float] | None = None
            if self.group_per_minute is not None and self.is_group(key):
                window = deque(maxlen=self.group_per_minute)
            chat = _Chat(_bucket(self.per_chat_rate, self.per_chat_burst), window)
            self._chats[key] = chat
        return chat

    def _chat_earliest(self, chat: _Chat | None, now: float) -> float:
        t = max(now, self._global_penalty)
        if chat is not None:
            t = max(t, chat.penalty_until, chat.last, chat.bucket.earliest())
            if chat.window is not None and len(chat.window) == chat.window.maxlen:
                t = max(t, chat.window[0] + _WINDOW)
        return t

    def _earliest(self, chat: _Chat | None, now: float) -> float:
        t = self._chat_earliest(chat, now)
        while True:  # the global schedule may push t past a chat limit's bound, and back again: settle
            g = self._global.earliest(t)
            if g == t:
                return t
            t = self._chat_earliest(chat, g)

    def delay(self, chat_key: str, now: float) -> float:
        """Seconds until a message to `chat_key` may go, without reserving anything."""
        return self._earliest(self._chats.get(chat_key), now) - now

    def reserve(self, chat_key: str, now: float) -> float:
        """Seconds to wait before sending to `chat_key` (0.0: send now); the send is committed."""
        self._global.forget_before(now)
        chat = self._chat(chat_key)
        t = self._earliest(chat, now)
        self._global.commit(t)
        chat.bucket.commit(t)
        chat.last = t
        if chat.window is not None:
            chat.window.append(t)
        self._reservations += 1
        if self._reservations % _PRUNE_EVERY == 0:
            self._prune(now)
        return t - now

    def penalise(self, chat_key: str | None, until: float) -> None:
        """No reservation before `until` for this chat (None: for every chat): a server's retry_after."""
        if chat_key is None:
            self._global_penalty = max(self._global_penalty, until)
        else:
            chat = self._chat(chat_key)
            chat.penalty_until = max(chat.penalty_until, until)

    def _prune(self, now: float) -> None:
        for key in [k for k, c in self._chats.items() if c.idle_at(now)]:
            del self._chats[key]

    def __len__(self) -> int:
        """Chats currently tracked (for metrics and tests)."""
        return len(self._chats)


def _never(_chat: str) -> bool:
    return False


def _bucket(rate: float, burst: int) -> _Bucket:
    interval = 1.0 / rate
    return _Bucket(interval=interval, tolerance=(burst - 1) * interval)
