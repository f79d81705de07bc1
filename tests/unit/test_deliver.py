"""The Deliverer's decisions, on a real SQLite store with a scripted sender and a fake clock: what each
kind of failure does to the row, the chat and the destination; order within a chat; lease recovery;
folding a flooded chat's lower-severity alerts into one digest. (Against the real clients and the
fake servers: tests/integration/test_delivery_*.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from bot.chat.base import DeliveryError, ErrorOutcome, Sent
from bot.core.model import Alert, Destination, Platform, Severity, Trigger
from bot.core.ratelimit import RateLimiter
from bot.core.render_telegram import render_telegram
from bot.core.telegram_html import telegram_visible_text
from bot.deliver import Deliverer
from bot.store import schema as t
from bot.store.codec import alert_to_json
from bot.store.db import as_utc, make_engine, upgrade
from bot.store.repo import Store

T0 = datetime(2025, 8, 12, 9, tzinfo=UTC)
GROUP = "-1001000000001"
PRIVATE = "42"


class Clock:
    """Wall and monotonic time that move only when the deliverer sleeps or the test says so."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return T0 + timedelta(seconds=self.mono - 1000.0)

    def monotonic(self) -> float:
        return self.mono

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.mono += seconds

    def advance(self, seconds: float) -> None:
        self.mono += seconds


@dataclass
class ScriptedSender:
    """Records what it was asked to send; fails as scripted per chat (one entry per attempt)."""

    clock: Clock
    platform: Platform = Platform.TELEGRAM
    script: dict[str, list[DeliveryError | None]] = field(default_factory=dict)
    sent: list[tuple[float, str, str, str]] = field(default_factory=list)  # (time, chat, alert id, text)

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    def _attempt(self, address: str) -> None:
        plan = self.script.get(address)
        if plan:
            outcome = plan.pop(0)
            if outcome is not None:
                raise outcome

    async def send(self, destination: Destination, alert: Alert) -> Sent:
        self._attempt(destination.address)
        self.sent.append((self.clock.mono, destination.address, alert.id, render_telegram(alert)))
        return Sent(message_id=str(len(self.sent)))

    async def edit(self, destination: Destination, message_id: str, alert: Alert) -> None:
        self._attempt(destination.address)
        self.sent.append((self.clock.mono, destination.address, f"edit:{alert.id}", render_telegram(alert)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    engine = make_engine(f"sqlite:///{tmp_path / 'deliver.sqlite3'}")
    upgrade(engine)
    yield Store(engine)
    engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def queue(
    store: Store,
    chat: str,
    n: int,
    severity: Severity = Severity.MEDIUM,
    *,
    prefix: str = "a",
    dest: str = "",
) -> list[str]:
    """`n` alerts, each with one pending outbox row for `chat`; returns the alert ids in order."""
    ids = []
    with store.engine.begin() as conn:
        for i in range(n):
            alert = Alert(
                id=f"{prefix}{i:03d}-{chat}",
                rule_id="r",
                trigger=Trigger.KEYWORDS,
                severity=severity,
                facts=(),
                entry_title=f"Headline {prefix}{i:03d} for {chat}",
                link=f"https://news.example/{prefix}/{i}",
                source="Outlet",
                published=T0,
            )
            conn.execute(
                insert(t.alerts).values(
                    id=alert.id,
                    rule_id="r",
                    trigger="keywords",
                    severity=severity.value,
                    payload=alert_to_json(alert),
                    created_at=T0,
                    revision=1,
                )
            )
            conn.execute(
                insert(t.outbox).values(
                    alert_id=alert.id,
                    destination_id=dest or f"dest{chat}",
                    platform="telegram",
                    address=chat,
                    action="send",
                    revision=1,
                    severity_rank=severity.rank,
                    status="pending",
                    attempts=0,
                    next_attempt_at=T0,
                    created_at=T0,
                )
            )
            ids.append(alert.id)
    return ids


def rows(store: Store) -> dict[str, dict[str, object]]:
    with store.engine.connect() as conn:
        return {
            r["alert_id"] if r["action"] != "digest" else f"digest#{r['id']}": {
                **r,
                "next_attempt_at": as_utc(r["next_attempt_at"]),
            }
            for r in conn.execute(select(t.outbox).order_by(t.outbox.c.id)).mappings()
        }


def deliverer(store: Store, sender: ScriptedSender, clock: Clock, **kwargs: object) -> Deliverer:
    kwargs.setdefault("limiter", RateLimiter.for_telegram())
    return Deliverer(
        store,
        sender,
        owner="test",
        clock=clock.now,
        monotonic=clock.monotonic,
        sleep=clock.sleep,
        jitter=lambda: 0.5,
        **kwargs,  # type: ignore[arg-type]
    )


async def run_until_idle(d: Deliverer, store: Store, clock: Clock, limit: int = 500) -> None:
    """Deliver; when nothing is due, jump the clock to the next due row; stop when nothing is pending."""
    for _ in range(limit):
        if await d.deliver_due():
            continue
        due = store.outbox.next_due(["telegram"])
        if due is None or store.outbox.pending_count(["telegram"]) == 0:
            return
        clock.advance(max(0.001, (due - clock.now()).total_seconds()))
    raise AssertionError("the outbox did not drain")


def retry_after(seconds: float) -> DeliveryError:
    return DeliveryError("RetryAfter: Flood control exceeded", ErrorOutcome.RETRY, retry_after=seconds)


BAD_GATEWAY = DeliveryError("NetworkError: Bad Gateway", ErrorOutcome.RETRY)


# --- 429 ------------------------------------------------------------------------------------------------


async def test_a_429_waits_exactly_retry_after_and_holds_only_that_chat(store: Store, clock: Clock) -> None:
    queue(store, PRIVATE, 1)
    queue(store, "43", 1)
    sender = ScriptedSender(clock, script={PRIVATE: [retry_after(3)]})
    await deliverer(store, sender, clock).deliver_due()
    assert sorted(chat for _, chat, _, _ in sender.sent) == ["42", "43"]
    # The only wait was this chat's: exactly the server's 3 s. The other chat did not wait.
    assert clock.sleeps == [3.0]


async def test_a_long_retry_after_hands_the_row_back_due_exactly_then(store: Store, clock: Clock) -> None:
    [alert] = queue(store, PRIVATE, 1)
    sender = ScriptedSender(clock, script={PRIVATE: [retry_after(40)]})
    d = deliverer(store, sender, clock)
    await d.deliver_due()
    row = rows(store)[alert]
    assert row["status"] == "pending" and row["lease_owner"] is None
    assert row["next_attempt_at"] == clock.now() + timedelta(seconds=40)
    assert d.limiter.delay(PRIVATE, clock.monotonic()) == 40.0
    assert d.limiter.delay("43", clock.monotonic()) == 0.0  # a per-chat limit holds no one else


async def test_429s_for_several_chats_at_once_are_taken_as_the_global_limit(
    store: Store, clock: Clock
) -> None:
    queue(store, "41", 1)
    queue(store, PRIVATE, 1)
    sender = ScriptedSender(clock, script={"41": [retry_after(40)], PRIVATE: [retry_after(40)]})
    d = deliverer(store, sender, clock)
    await d.deliver_due()
    assert sender.sent == []
    assert d.limiter.delay("99", clock.monotonic()) == pytest.approx(40.0)  # every chat waits


# --- 5xx and timeouts ---------------------------------------------------------------------------------------


async def test_5xx_backs_off_with_jitter_in_process_then_through_the_outbox(
    store: Store, clock: Clock
) -> None:
    [alert] = queue(store, PRIVATE, 1)
    sender = ScriptedSender(clock, script={PRIVATE: [BAD_GATEWAY, BAD_GATEWAY, BAD_GATEWAY]})
    d = deliverer(store, sender, clock)
    await d.deliver_due()
    # 2 s and 4 s (x1.25 jitter) are waited in-process; 8 s x1.25 = 10 s goes back to the outbox.
    assert clock.sleeps == [2.5, 5.0]
    row = rows(store)[alert]
    assert (row["status"], row["attempts"], row["last_error"]) == ("pending", 1, "NetworkError: Bad Gateway")
    assert row["next_attempt_at"] == clock.now() + timedelta(seconds=10)
    await run_until_idle(d, store, clock)
    assert [a for _, _, a, _ in sender.sent] == [alert]


async def test_a_row_that_keeps_failing_is_parked_alone_after_max_attempts(
    store: Store, clock: Clock
) -> None:
    [alert, _] = queue(store, PRIVATE, 2)
    sender = ScriptedSender(clock, script={PRIVATE: [BAD_GATEWAY] * 3})
    d = deliverer(store, sender, clock, max_attempts=3)
    await run_until_idle(d, store, clock)
    row = rows(store)[alert]
    assert row["status"] == "parked" and "gave up after 3 attempts" in str(row["last_error"])
    assert store.outbox.paused_destinations() == {}
    assert len(sender.sent) == 1  # the chat's next alert went out


# --- permanent and message errors ---------------------------------------------------------------


async def test_a_permanent_error_parks_the_row_and_pauses_the_destination_until_resumed(
    store: Store, clock: Clock
) -> None:
    first, second = queue(store, PRIVATE, 2)
    queue(store, "43", 1)
    gone = DeliveryError("Forbidden: bot was blocked by the user", ErrorOutcome.PAUSE_DESTINATION)
    sender = ScriptedSender(clock, script={PRIVATE: [gone]})
    d = deliverer(store, sender, clock)
    await run_until_idle(d, store, clock)
    state = rows(store)
    assert (state[first]["status"], state[first]["last_error"]) == ("parked", gone.reason)
    assert state[second]["status"] == "pending"  # not tried into the void, not lost
    assert store.outbox.paused_destinations() == {f"dest{PRIVATE}": gone.reason}
    assert [chat for _, chat, _, _ in sender.sent] == ["43"]

    store.outbox.set_paused(f"dest{PRIVATE}", False, None, clock.now())
    await run_until_idle(d, store, clock)
    assert [a for _, chat, a, _ in sender.sent if chat == PRIVATE] == [first, second]


async def test_a_message_the_platform_rejects_is_parked_alone_and_the_destination_stays_active(
    store: Store, clock: Clock
) -> None:
    first, second = queue(store, PRIVATE, 2)
    too_long = DeliveryError("BadRequest: Message is too long", ErrorOutcome.PARK_MESSAGE)
    sender = ScriptedSender(clock, script={PRIVATE: [too_long]})
    await run_until_idle(deliverer(store, sender, clock), store, clock)
    state = rows(store)
    assert (state[first]["status"], state[first]["last_error"]) == ("parked", too_long.reason)
    assert state[second]["status"] == "sent"
    assert store.outbox.paused_destinations() == {}


# --- order and crash recovery -------------------------------------------------------------------------------


async def test_a_chats_later_rows_stay_behind_one_that_waits(store: Store, clock: Clock) -> None:
    alerts = queue(store, PRIVATE, 3)
    sender = ScriptedSender(clock, script={PRIVATE: [retry_after(30)]})
    d = deliverer(store, sender, clock)
    await d.deliver_due()
    assert sender.sent == []
    assert {r["next_attempt_at"] for r in rows(store).values()} == {clock.now() + timedelta(seconds=30)}
    await run_until_idle(d, store, clock)
    assert [a for _, _, a, _ in sender.sent] == alerts


async def test_rows_leased_by_a_deliverer_that_died_are_taken_over_at_once(
    store: Store, clock: Clock
) -> None:
    alerts = queue(store, PRIVATE, 2)
    assert len(store.outbox.claim(clock.now(), "dead-instance", timedelta(minutes=5), ["telegram"])) == 2
    sender = ScriptedSender(clock)
    await deliverer(store, sender, clock).deliver_due()
    assert [a for _, _, a, _ in sender.sent] == alerts


# --- digests ----------------------------------------------------------------------------------------


async def test_a_flooded_group_folds_lower_severity_alerts_into_one_digest_and_high_ones_go_first(
    store: Store, clock: Clock
) -> None:
    medium = queue(store, GROUP, 30, Severity.MEDIUM, prefix="m", dest="desk")
    high = queue(store, GROUP, 3, Severity.HIGH, prefix="h", dest="desk")
    sender = ScriptedSender(clock)
    d = deliverer(store, sender, clock)
    await run_until_idle(d, store, clock)

    # 20 messages a minute: 3 high, 16 medium one by one, then one digest of the other 14.
    assert len(sender.sent) == 20
    assert [a for _, _, a, _ in sender.sent[:3]] == high
    assert [a for _, _, a, _ in sender.sent[3:19]] == medium[:16]
    digest_html = sender.sent[19][3]
    assert telegram_visible_text(digest_html).startswith("🗂 14 more alerts\n")
    for i in range(16, 30):
        assert (
            f"Headline m{i:03d} for {GROUP}" in digest_html
            and f'href="https://news.example/m/{i}"' in digest_html
        )
    assert sender.sent[19][0] - 1000.0 < 120  # not hours: within the group's second minute
    state = rows(store)
    [digest] = [r for k, r in state.items() if k.startswith("digest#")]
    assert digest["status"] == "sent" and digest["action"] == "digest"
    folded = [r for r in state.values() if r["status"] == "folded"]
    assert len(folded) == 14 and {r["folded_into"] for r in folded} == {digest["id"]}
    assert d.stats.folded == 14


async def test_high_severity_alerts_never_fold(store: Store, clock: Clock) -> None:
    high = queue(store, GROUP, 25, Severity.HIGH, dest="desk")
    sender = ScriptedSender(clock)
    await run_until_idle(deliverer(store, sender, clock), store, clock)
    assert [a for _, _, a, _ in sender.sent] == high
    assert not [r for r in rows(store).values() if r["status"] == "folded"]


async def test_a_chat_within_its_budget_gets_every_alert_on_its_own(store: Store, clock: Clock) -> None:
    alerts = queue(store, PRIVATE, 25, Severity.LOW)
    sender = ScriptedSender(clock)
    await run_until_idle(deliverer(store, sender, clock), store, clock)
    assert [a for _, _, a, _ in sender.sent] == alerts  # 25 at 1/s: within the 30 s horizon


async def test_a_pending_digest_survives_a_restart_and_every_alert_arrives_once(
    store: Store, clock: Clock
) -> None:
    alerts = queue(store, GROUP, 25, Severity.LOW, dest="desk")
    first = ScriptedSender(clock)
    await deliverer(store, first, clock).deliver_due()  # sends a few, folds the tail, then "crashes"
    [digest_id] = [r["id"] for k, r in rows(store).items() if k.startswith("digest#")]
    assert rows(store)[f"digest#{digest_id}"]["status"] == "pending"
    # Later alerts for the flooded chat join the digest that is still open.
    later = queue(store, GROUP, 3, Severity.LOW, prefix="z", dest="desk")
    ids = [int(str(rows(store)[a]["id"])) for a in later]
    assert store.outbox.fold_into_digest(ids, "test", clock.now(), clock.now(), 20) == [digest_id]

    second = ScriptedSender(clock)
    await run_until_idle(deliverer(store, second, clock), store, clock)  # a new process, same outbox
    messages = first.sent + second.sent
    for alert in [*alerts, *later]:
        title = f"Headline {alert.split('-')[0]} for {GROUP}"
        alone = sum(1 for _, _, a, _ in messages if a == alert)
        in_digests = sum(
            telegram_visible_text(html).count(title + " ")
            for _, _, a, html in messages
            if a.startswith("digest:")
        )
        assert alone + in_digests == 1, alert


def test_the_limiter_given_is_the_one_used_even_while_it_tracks_no_chat(store: Store, clock: Clock) -> None:
    limiter = RateLimiter(global_rate=5.0, global_burst=5, per_chat_rate=2.0, per_chat_burst=1)
    assert len(limiter) == 0  # falsy: `limiter or default` would have dropped it
    assert deliverer(store, ScriptedSender(clock), clock, limiter=limiter).limiter is limiter
