"""The Deliverer drains the outbox into the platforms, one platform per Deliverer.

Guarantees, and where each comes from (docs/architecture.md, "Delivery guarantees"):

* **Nothing lost.** Rows leave `pending` only as `sent` (with the platform's message id), `parked`
  (kept with its reason) or `folded` (into a digest row, itself an outbox row). Retryable failures
  reschedule the row; nothing is ever dropped for being late.
* **Nothing doubled.** A row is leased while its send is in flight and marked sent with the message
  id right after the platform acknowledges it. The remaining at-least-once window is a crash (or a
  timeout) between the platform's acknowledgement and that commit. When a deliverer takes its
  platform's singleton role it releases the leases its dead predecessor left, so a crash delays
  in-flight rows by seconds, not by the lease's five minutes.
* **No flood.** A proactive per-chat and global rate limiter (bot/core/ratelimit.py) spaces the sends,
  so 429s are rare. When a chat's budget is spent for longer than `fold_after_s`, its lower-severity
  rows fold into one digest message (bot/core/digest.py); high-severity rows and edits never fold.

What each failure does (`DeliveryError`, bot/chat/base.py):

========================  ===========================================================================
429 (``retry_after``)     wait exactly ``retry_after``: the chat is held that long; when several chats
                          are rate-limited within `GLOBAL_429_WINDOW_S` the limit is taken as global
                          and every chat is held (neither platform says which limit it was)
5xx, timeouts             back off 2, 4, 8 … s (×1–1.5 jitter, capped at 15 min), holding the chat so
                          its later rows stay behind; parked with its reason after `max_attempts`
permanent                 park the row with its reason and pause the destination until an admin
                          resumes it (`store.outbox.set_paused(dest, False, …)` re-queues its parked rows)
neither                   park this row only (message too long, markup rejected); the destination
                          stays active
========================  ===========================================================================

Short waits (up to `MAX_INLINE_WAIT_S`) happen in-process under the row's lease, so the chat's later
rows cannot overtake; longer ones hand the row and the chat's rows behind it back to the outbox, due
when the wait ends. Rows for one chat go out in order (most severe first, then oldest), chats in
parallel, with at most `concurrency` requests in flight.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from bot import metrics
from bot.chat.base import DeliveryError, ErrorOutcome, Sender
from bot.core.digest import MIN_FOLD, FoldCandidate, chat_capacity, digest_alert, plan_fold
from bot.core.digest import digest_max_items as default_digest_max_items
from bot.core.model import Alert, Destination, Platform, Severity
from bot.core.plan import OutboxAction
from bot.core.ratelimit import RateLimiter
from bot.core.render import combined
from bot.core.wording import plural
from bot.store.outbox import OutboxRow
from bot.store.repo import Store

log = logging.getLogger("conflict_alerts.deliver")

MAX_BACKOFF_S = 15 * 60
# How long a send may wait in-process for its rate budget (or a short retry) before the row is handed
# back to the outbox with a later due time (keeps a burst from pinning rows under lease for minutes).
MAX_INLINE_WAIT_S = 5.0
# A retryable error (5xx, timeout) this many times in a row parks the row (not the destination).
MAX_ATTEMPTS = 20
# 429s for this many distinct chats within the window mean a global limit, not a per-chat one.
GLOBAL_429_CHATS = 2
GLOBAL_429_WINDOW_S = 1.0
# When a chat cannot take its due rows within this many seconds, lower-severity ones fold into a digest.
FOLD_AFTER_S = 30.0
LEASE = timedelta(minutes=5)


def backoff_delay(attempts: int, jitter: float) -> float:
    """2, 4, 8 … seconds, capped, with up to 50% jitter so retries from many rows do not align."""
    base = min(MAX_BACKOFF_S, 2.0 ** max(1, attempts))
    return base * (1 + 0.5 * jitter)


def limiter_for(platform: Platform) -> RateLimiter:
    if platform is Platform.TELEGRAM:
        return RateLimiter.for_telegram()
    if platform is Platform.SLACK:
        return RateLimiter.for_slack()
    return RateLimiter(global_rate=1000.0, global_burst=1000, per_chat_rate=1000.0, per_chat_burst=1000)


class DeliveryGate(Protocol):
    async def hold(self, row: OutboxRow, now: datetime) -> bool:
        """True when the row must not be sent now; the gate has already rescheduled or closed it."""
        ...


@dataclass
class DeliveryStats:
    sent: int = 0
    retried: int = 0
    parked: int = 0
    rate_limited: int = 0
    folded: int = 0


@dataclass(frozen=True, slots=True)
class _Held:
    """The row went back to the outbox unsent; the chat's later rows follow it. `due` None: the
    destination is paused (its rows wait for an admin, not for a time)."""

    due: datetime | None


class _RetryNow:
    """A short wait (the chat is held in the limiter until it ends): try the same row again in-process."""


_RETRY_NOW = _RetryNow()


class _AlertGone(Exception):
    """The row's alert is no longer stored (pruned), so there is nothing to send."""


class _Withdrawn(Exception):
    """The row's alert was withdrawn by an admin after the row was claimed."""


class Deliverer:
    def __init__(
        self,
        store: Store,
        sender: Sender,
        *,
        owner: str,
        limiter: RateLimiter | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        concurrency: int = 32,
        gate: DeliveryGate | None = None,
        fold_after_s: float | None = FOLD_AFTER_S,
        fold_below: Severity = Severity.HIGH,
        digest_max_items: int | None = None,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self.gate = gate  # chat preferences (mute, quiet hours, digest): bot/chat/command_service.py
        self.store = store
        self.sender = sender
        self.platform = sender.platform
        self.owner = owner
        # `is None`, not `or`: a RateLimiter tracking no chats yet has len() 0 and is falsy.
        self.limiter = limiter if limiter is not None else limiter_for(sender.platform)
        self.clock = clock
        self.monotonic = monotonic
        self.sleep = sleep
        self.jitter = jitter
        self.concurrency = concurrency
        self.fold_after_s = fold_after_s  # None: never fold
        self.fold_below_rank = fold_below.rank
        self.digest_max_items = digest_max_items or default_digest_max_items(sender.platform.value)
        self.max_attempts = max_attempts
        self.stats = DeliveryStats()
        self.recovered = False  # set False again to release leftover leases on the next pass
        self._recent_429: dict[str, float] = {}
        self._in_flight = asyncio.Semaphore(concurrency)

    async def deliver_due(self, batch: int = 500) -> int:
        """Send every row that is due now. Returns how many rows were handled (sent, rescheduled,
        folded or parked); 0 means the outbox has nothing due for this platform."""
        if not self.recovered:
            await self._recover()
        now = self.clock()
        rows = await asyncio.to_thread(
            self.store.outbox.claim, now, self.owner, LEASE, [self.platform.value], batch
        )
        if not rows:
            return 0
        claimed = len(rows)
        if self.gate is not None:
            # Before folding: rows a chat's preferences hold (mute, quiet hours, its own digest) are
            # the gate's, never folded. Our digest rows were gated member by member already.
            rows = [r for r in rows if r.action == OutboxAction.DIGEST or not await self.gate.hold(r, now)]
        by_chat: dict[str, list[OutboxRow]] = defaultdict(list)
        for row in rows:
            by_chat[row.address].append(row)
        for chat in list(by_chat):
            by_chat[chat] = await self._fold(chat, by_chat[chat], now)

        async def drain(chat_rows: list[OutboxRow]) -> None:
            for index, row in enumerate(chat_rows):
                held = await self._deliver_row(row)
                if held is not None:
                    # The rest of the chat's rows keep their place behind this one.
                    rest = [r.id for r in chat_rows[index + 1 :]]
                    await asyncio.to_thread(self.store.outbox.reschedule, rest, held.due or self.clock())
                    return

        await asyncio.gather(*(drain(chat_rows) for chat_rows in by_chat.values()))
        return claimed

    async def _recover(self) -> None:
        """Release the outbox leases of this platform: the deliverer holds the platform's singleton
        role, so any lease left is a dead predecessor's (rows it may or may not have sent)."""
        released = await asyncio.to_thread(self.store.outbox.release_leases, [self.platform.value])
        self.recovered = True
        if released:
            log.warning(
                "took over %d %s outbox rows leased by a previous deliverer that stopped mid-send; a row "
                "the platform acknowledged just before that stop is sent again (at-least-once window)",
                released,
                self.platform.value,
                extra={"event": "outbox_leases_released", "fields": {"rows": released}},
            )

    # --- folding into digests -----------------------------------------------------------------------

    def _group_limit(self, chat: str) -> int | None:
        per_minute = self.limiter.group_per_minute
        return per_minute if per_minute is not None and self.limiter.is_group(chat) else None

    async def _fold(self, chat: str, chat_rows: list[OutboxRow], now: datetime) -> list[OutboxRow]:
        """Fold the chat's lower-severity rows into a digest when its budget cannot take them within
        `fold_after_s`; returns the rows still to send one by one."""
        if self.fold_after_s is None:
            return chat_rows
        candidates = [FoldCandidate(r.id, r.action, r.severity_rank) for r in chat_rows]
        foldable = sum(
            1 for c in candidates if c.action == OutboxAction.SEND and c.severity_rank < self.fold_below_rank
        )
        if foldable < MIN_FOLD:
            return chat_rows
        wait = self.limiter.delay(chat, self.monotonic())
        rate = self.limiter.per_chat_rate
        capacity = chat_capacity(wait, self.fold_after_s, rate, self._group_limit(chat))
        fold = set(plan_fold(candidates, capacity, fold_below_rank=self.fold_below_rank))
        if not fold:
            return chat_rows
        kept = [r for r in chat_rows if r.id not in fold]
        # The digest goes after the rows kept, as the chat's budget will allow them.
        eta = min(self.fold_after_s, max(0.0, wait) + len(kept) / rate)
        digests = await asyncio.to_thread(
            self.store.outbox.fold_into_digest,
            sorted(fold),
            self.owner,
            now + timedelta(seconds=eta),
            now,
            self.digest_max_items,
        )
        self.stats.folded += len(fold)
        log.info(
            "%d lower-severity alerts for %s folded into %d digest message(s): the chat's rate budget "
            "cannot take them within %.0f s",
            len(fold),
            chat_rows[0].destination_id,
            len(digests),
            self.fold_after_s,
            extra={"event": "digest_folded", "fields": {"destination": chat_rows[0].destination_id}},
        )
        # A digest already claimed in this batch may have just gained members: it is sent below.
        return kept

    # --- one row ----------------------------------------------------------------------------------------

    async def _deliver_row(self, row: OutboxRow) -> _Held | None:
        """Send one row; None when it is done with (sent, or parked alone), `_Held` when it went back
        to the outbox unsent and the chat's later rows must follow it."""
        attempts = row.attempts
        while True:
            wait = self.limiter.delay(row.address, self.monotonic())
            if wait > MAX_INLINE_WAIT_S:
                due = self.clock() + timedelta(seconds=wait)
                await asyncio.to_thread(self.store.outbox.reschedule, [row.id], due)
                return _Held(due)
            wait = self.limiter.reserve(row.address, self.monotonic())
            if wait > 0:
                await self.sleep(wait)
            try:
                async with self._in_flight:
                    message_id, alerts = await self._send(row)
            except _Withdrawn:
                await asyncio.to_thread(self.store.outbox.cancel, row.id, "alert withdrawn")
                return None
            except _AlertGone:
                await asyncio.to_thread(
                    self.store.outbox.park_message, row.id, "alert no longer stored", self.clock()
                )
                return None
            except DeliveryError as error:
                attempts += 1
                outcome = await self._failed(row, error, attempts)
                if isinstance(outcome, _RetryNow):
                    continue
                return outcome
            await self._sent(row, message_id, alerts)
            return None

    async def _send(self, row: OutboxRow) -> tuple[str, list[Alert]]:
        destination = Destination(row.destination_id, self.platform, row.address)
        if row.action == OutboxAction.DIGEST:
            alerts = await asyncio.to_thread(self.store.outbox.digest_members, row.id)
            if not alerts:
                raise _AlertGone
            sent = await self.sender.send(destination, digest_alert(alerts, self.platform))
            return sent.message_id, alerts
        alert = await asyncio.to_thread(self.store.entries.load_alert, row.alert_id)
        if alert is None:
            raise _AlertGone
        if alert.withdrawn and row.action == OutboxAction.SEND:
            raise _Withdrawn  # withdrawn (`/wrong`) after this row was claimed: it must not go out
        shown = [alert]
        if row.with_alerts:  # one message per entry, trigger and destination: the others as lines
            shown += await asyncio.to_thread(self.store.entries.load_alerts, row.with_alerts)
            alert = combined(alert, shown[1:])
        if row.action == OutboxAction.EDIT and row.message_id:
            # An enrichment (the alert's own message) or a follow-up (`update: edit`: the earlier
            # alert's message, now showing this alert).
            await self.sender.edit(destination, row.message_id, alert)
            return row.message_id, shown
        if row.reply_to:  # a follow-up answering the earlier alert's message (`update: reply`)
            return (await self.sender.send(destination, alert, reply_to=row.reply_to)).message_id, shown
        return (await self.sender.send(destination, alert)).message_id, shown

    async def _sent(self, row: OutboxRow, message_id: str, alerts: Sequence[Alert]) -> None:
        withdrawn = await asyncio.to_thread(self.store.outbox.mark_sent, row.id, message_id, self.clock())
        if withdrawn and row.action is OutboxAction.SEND:
            # Its alert was withdrawn (`/wrong`) while this send was in flight: say so in the message too.
            await asyncio.to_thread(self.store.outbox.withdraw_posted, row, message_id, self.clock())
        self.stats.sent += 1
        for alert in alerts:
            metrics.delivered(self.platform.value, row.action, alert.published, self.clock())
        log.info(
            "delivered %s %s to %s (%s)",
            f"digest of {len(alerts)} alerts" if row.action == OutboxAction.DIGEST else "alert",
            row.alert_id[:8],
            row.destination_id,
            self.platform.value,
            extra={"event": "delivered", "fields": {"destination": row.destination_id, "action": row.action}},
        )

    async def _failed(self, row: OutboxRow, error: DeliveryError, attempts: int) -> _Held | _RetryNow | None:
        now = self.clock()
        if error.outcome is ErrorOutcome.PAUSE_DESTINATION:
            self.stats.parked += 1
            metrics.delivery_failed(self.platform.value, parked=True, rate_limited=False)
            log.error(
                "destination %s failed permanently (%s); alert %s parked and the destination paused until "
                "an admin resumes it",
                row.destination_id,
                error.reason,
                row.alert_id[:8],
                extra={"event": "destination_paused", "fields": {"destination": row.destination_id}},
            )
            await asyncio.to_thread(self.store.outbox.park, row.id, row.destination_id, error.reason, now)
            return _Held(None)
        if error.outcome is ErrorOutcome.PARK_MESSAGE:
            await self._park_message(row, error.reason, now)
            return None
        mono = self.monotonic()
        if error.retry_after is not None:
            self.stats.rate_limited += 1
            delay = max(0.0, error.retry_after)
            scope = self._rate_limit_scope(row.address, mono)
            self.limiter.penalise(scope, mono + delay)
            what = "every chat" if scope is None else "this chat"
        else:
            if attempts >= self.max_attempts:
                await self._park_message(row, f"gave up after {attempts} attempts: {error.reason}", now)
                return None
            delay = backoff_delay(attempts, self.jitter())
            # Hold the chat too, so that its later rows do not overtake this one.
            self.limiter.penalise(row.address, mono + delay)
            what = "this chat"
        self.stats.retried += 1
        metrics.delivery_failed(self.platform.value, parked=False, rate_limited=error.retry_after is not None)
        log.warning(
            "delivery of alert %s to %s failed (%s); %s waits %.1f s",
            row.alert_id[:8],
            row.destination_id,
            error.reason,
            what,
            delay,
            extra={"event": "delivery_retry", "fields": {"destination": row.destination_id}},
        )
        if delay <= MAX_INLINE_WAIT_S:
            return _RETRY_NOW
        due = now + timedelta(seconds=delay)
        await asyncio.to_thread(self.store.outbox.mark_retry, row.id, due, error.reason)
        return _Held(due)

    async def _park_message(self, row: OutboxRow, reason: str, now: datetime) -> None:
        self.stats.parked += 1
        metrics.delivery_failed(self.platform.value, parked=True, rate_limited=False)
        log.error(
            "alert %s cannot be delivered to %s (%s); this message is parked, the destination stays active",
            row.alert_id[:8],
            row.destination_id,
            reason,
            extra={"event": "message_parked", "fields": {"destination": row.destination_id}},
        )
        await asyncio.to_thread(self.store.outbox.park_message, row.id, reason, now)

    def _rate_limit_scope(self, chat: str, now: float) -> str | None:
        """The chat a 429 covers, or None for every chat: neither platform says which limit was hit,
        so 429s for several chats at once are taken as the global limit."""
        recent = {c: t for c, t in self._recent_429.items() if now - t <= GLOBAL_429_WINDOW_S}
        recent[chat] = now
        self._recent_429 = recent
        return None if len(recent) >= GLOBAL_429_CHATS else chat


async def drain_outbox(
    deliverers: Sequence[Deliverer], store: Store, *, max_wait_s: float, clock: Callable[[], datetime]
) -> None:
    """For `run --once`: deliver until nothing is pending, waiting out retries that are due within
    `max_wait_s` (a 429's retry_after, a short backoff). Rows due later stay in the outbox for the
    next run — delayed, never dropped."""
    platforms = [d.platform.value for d in deliverers]
    deadline = time.monotonic() + max_wait_s
    while True:
        handled = sum(await asyncio.gather(*(d.deliver_due() for d in deliverers)))
        if handled:
            continue
        if store.outbox.pending_count(platforms) == 0:
            return
        next_due = store.outbox.next_due(platforms)
        if next_due is None:
            return
        wait = (next_due - clock()).total_seconds()
        if time.monotonic() + max(wait, 0) > deadline:
            left = store.outbox.pending_count(platforms)
            log.warning("%s still queued for the next run", plural(left, "alert"))
            return
        await asyncio.sleep(min(max(wait, 0.05), 5.0))
