"""Retry semantics with the real clients (python-telegram-bot, slack_sdk) against the fake servers:
what a 429, a 5xx, a timeout, a permanent error and a rejected message do, as the fake saw it.

Time: the deliverer's monotonic clock and sleep are virtual here (a sleep is recorded and advances the
clock), so "waits exactly retry_after" is asserted on the wait asked for, never on wall-clock time.
The fakes' own rate limits are off except in the test that is about them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from bot.chat.slack import SlackSender
from bot.chat.telegram import TelegramSender
from bot.core.model import Alert, Platform, Severity, Trigger
from bot.deliver import Deliverer
from bot.store import schema as t
from bot.store.codec import alert_to_json
from bot.store.db import make_engine, upgrade
from bot.store.repo import Store
from tests.fakes.slack_api import FakeSlack, running_fake_slack
from tests.fakes.telegram_api import FakeTelegram, running_fake_telegram


class VirtualTime:
    def __init__(self) -> None:
        self.mono = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return datetime(2025, 8, 12, tzinfo=UTC) + timedelta(seconds=self.mono)

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.mono += seconds
        await asyncio.sleep(0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    engine = make_engine(f"sqlite:///{tmp_path / 'outbox.sqlite3'}")
    upgrade(engine)
    yield Store(engine)
    engine.dispose()


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with running_fake_telegram(rate_limits=False, timeout_delay=0.2) as fake:
        yield fake


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    async with running_fake_slack(rate_limits=False, timeout_delay=0.2) as fake:
        yield fake


def enqueue(store: Store, platform: Platform, address: str, n: int = 1, *, tag: str = "") -> list[str]:
    ids = []
    with store.engine.begin() as conn:
        for i in range(n):
            alert = Alert(
                id=f"{tag}{address}-{i}",
                rule_id="r",
                trigger=Trigger.KEYWORDS,
                severity=Severity.HIGH,
                facts=(),
                entry_title=f"Alert {tag}{i} for {address}",
                link=f"https://news.example/{address}/{i}",
                source="Outlet",
                published=None,
            )
            conn.execute(
                insert(t.alerts).values(
                    id=alert.id, rule_id="r", trigger="keywords", severity="high",
                    payload=alert_to_json(alert), created_at=datetime.now(UTC), revision=1,
                )
            )  # fmt: skip
            conn.execute(
                insert(t.outbox).values(
                    alert_id=alert.id, destination_id=f"dest-{address}", platform=platform.value,
                    address=address, action="send", revision=1, severity_rank=2, status="pending",
                    attempts=0, next_attempt_at=datetime(2025, 1, 1, tzinfo=UTC),
                    created_at=datetime.now(UTC),
                )
            )  # fmt: skip
            ids.append(alert.id)
    return ids


def status(store: Store) -> dict[str, tuple[str, str | None]]:
    with store.engine.connect() as conn:
        return {r.alert_id: (r.status, r.last_error) for r in conn.execute(select(t.outbox))}


def deliverer(store: Store, sender: TelegramSender | SlackSender, clock: VirtualTime | None) -> Deliverer:
    if clock is None:
        return Deliverer(store, sender, owner="it")
    return Deliverer(
        store, sender, owner="it", clock=clock.now, monotonic=clock.monotonic, sleep=clock.sleep,
        jitter=lambda: 0.5,
    )  # fmt: skip


async def drain(d: Deliverer, store: Store, clock: VirtualTime | None = None, rounds: int = 100) -> None:
    for _ in range(rounds):
        if await d.deliver_due():
            continue
        due = store.outbox.next_due([d.platform.value])
        if store.outbox.pending_count([d.platform.value]) == 0 or due is None:
            return
        if clock is not None:
            clock.mono += max(0.001, (due - clock.now()).total_seconds())
        else:
            await asyncio.sleep(0.05)
    raise AssertionError("the outbox did not drain")


# --- Telegram ---------------------------------------------------------------------------------------------


async def test_telegram_429_waits_exactly_retry_after_for_that_chat_only(
    tg: FakeTelegram, store: Store
) -> None:
    enqueue(store, Platform.TELEGRAM, "42")
    tg.fail_next(1, "429", retry_after=2)
    enqueue(store, Platform.TELEGRAM, "43")
    clock = VirtualTime()
    sender = TelegramSender(tg.token, tg.base_url)
    try:
        d = deliverer(store, sender, clock)
        await drain(d, store, clock)
    finally:
        await sender.close()
    assert [desc for _, desc in tg.rejected] == ["Too Many Requests: retry after 2"]
    assert clock.sleeps == [2.0]  # the only wait: exactly the server's retry_after, for one chat
    assert sorted(m.chat_id for m in tg.messages) == ["42", "43"]  # each once


async def test_telegram_5xx_and_timeouts_back_off_with_jitter_and_deliver_once(
    tg: FakeTelegram, store: Store
) -> None:
    enqueue(store, Platform.TELEGRAM, "42")
    tg.fail_next(1, "5xx")
    tg.fail_next(1, "timeout")  # never processed; the fake answers 502 after its timeout_delay
    clock = VirtualTime()
    sender = TelegramSender(tg.token, tg.base_url)
    try:
        await drain(deliverer(store, sender, clock), store, clock)
    finally:
        await sender.close()
    assert clock.sleeps == [2.5, 5.0]  # 2 s then 4 s, x1.25 jitter
    assert [m.chat_id for m in tg.messages] == ["42"]


async def test_telegram_permanent_error_parks_and_pauses_until_resumed(
    tg: FakeTelegram, store: Store
) -> None:
    first, second = enqueue(store, Platform.TELEGRAM, "-1001", 2)
    tg.fail_next(1, "kicked")
    sender = TelegramSender(tg.token, tg.base_url)
    try:
        clock = VirtualTime()
        d = deliverer(store, sender, clock)
        await drain(d, store, clock)
        reason = "Forbidden: Forbidden: bot was kicked from the supergroup chat"  # PTB's type + message
        assert status(store)[first] == ("parked", reason)
        assert status(store)[second][0] == "pending"
        assert store.outbox.paused_destinations() == {"dest--1001": reason}
        assert tg.messages == []
        store.outbox.set_paused("dest--1001", False, None, clock.now())  # the admin re-added the bot
        await drain(d, store, clock)
    finally:
        await sender.close()
    assert [m.raw_text.count("Alert 0") + 2 * m.raw_text.count("Alert 1") for m in tg.messages] == [1, 2]


async def test_telegram_an_edit_the_server_rejects_parks_that_row_only(
    tg: FakeTelegram, store: Store
) -> None:
    [edit] = enqueue(store, Platform.TELEGRAM, "42", tag="e")
    [after] = enqueue(store, Platform.TELEGRAM, "42", tag="f")
    with store.engine.begin() as conn:  # an edit of a message the chat no longer has
        conn.execute(
            t.outbox.update().where(t.outbox.c.alert_id == edit).values(action="edit", message_id="999")
        )
    sender = TelegramSender(tg.token, tg.base_url)
    try:
        clock = VirtualTime()
        await drain(deliverer(store, sender, clock), store, clock)
    finally:
        await sender.close()
    assert status(store)[edit] == ("parked", "BadRequest: Message to edit not found")
    assert status(store)[after][0] == "sent"
    assert store.outbox.paused_destinations() == {}


async def test_telegram_flood_control_of_a_stricter_server_loses_and_doubles_nothing(store: Store) -> None:
    # The server allows 10/s overall while the client's limiter allows 30/s: its 429s say "retry after
    # 1" for many chats at once, which the deliverer takes as the global limit.
    chats = [str(100 + i) for i in range(40)]
    for chat in chats:
        enqueue(store, Platform.TELEGRAM, chat)
    async with running_fake_telegram(global_rate=10.0, global_burst=5) as strict:
        sender = TelegramSender(strict.token, strict.base_url)
        try:
            d = deliverer(store, sender, None)
            await drain(d, store, rounds=400)
        finally:
            await sender.close()
        assert sorted(m.chat_id for m in strict.messages) == sorted(chats)
        assert any(desc.startswith("Too Many Requests") for _, desc in strict.rejected)
        assert d.stats.rate_limited > 0


# --- Slack -------------------------------------------------------------------------------------------------


async def test_slack_429_waits_exactly_the_retry_after_header(slack: FakeSlack, store: Store) -> None:
    enqueue(store, Platform.SLACK, "C1")
    slack.fail_next(1, "429", retry_after=3)
    clock = VirtualTime()
    sender = SlackSender(slack.token, slack.base_url)
    try:
        await drain(deliverer(store, sender, clock), store, clock)
    finally:
        await sender.close()
    assert clock.sleeps == [3.0]
    assert [m.channel for m in slack.messages] == ["C1"]


async def test_slack_archived_channel_pauses_and_a_rejected_message_parks_alone(
    slack: FakeSlack, store: Store
) -> None:
    [archived] = enqueue(store, Platform.SLACK, "C2")
    slack.set_channel("C2", "archived")
    sender = SlackSender(slack.token, slack.base_url)
    try:
        clock = VirtualTime()
        d = deliverer(store, sender, clock)
        await drain(d, store, clock)
        too_long, fine = enqueue(store, Platform.SLACK, "C3", 2)
        slack.fail_next(1, "msg_too_long")
        await drain(d, store, clock)
        rows = status(store)
        assert rows[archived] == ("parked", "slack: is_archived (HTTP 200)")
        assert rows[too_long] == ("parked", "slack: msg_too_long (HTTP 200)")
        assert rows[fine][0] == "sent"
        assert store.outbox.paused_destinations() == {"dest-C2": "slack: is_archived (HTTP 200)"}
        slack.set_channel("C2", "ok")  # unarchived; the admin resumes the destination
        store.outbox.set_paused("dest-C2", False, None, clock.now())
        await drain(d, store, clock)
    finally:
        await sender.close()
    assert status(store)[archived][0] == "sent"
    assert sorted(m.channel for m in slack.messages) == ["C2", "C3"]
