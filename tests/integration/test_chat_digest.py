"""A chat's own digest (`/digest daily`) takes the one delivery path every message takes: the digest
renderer within the platform's limits, the Sender, rate limits, capped retries, parking.

The bug this guards: a daily digest of 30 real alerts used to be one plain text of 5,000+ characters,
refused by Telegram, and retried every five minutes forever."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.chat.base import Sender
from bot.chat.digest_job import DigestJob
from bot.chat.gate import ChatGate
from bot.chat.slack import SlackSender
from bot.chat.telegram import TelegramSender
from bot.core.model import Alert, Destination, Platform, Severity, Trigger
from bot.core.telegram_html import utf16_len
from bot.deliver import Deliverer
from bot.record import queue_alert
from bot.store import schema as t
from bot.store.db import make_engine, upgrade
from bot.store.repo import Store
from bot.store.subscriptions import SubscriptionStore
from tests.fakes.slack_api import MAX_SECTION_TEXT, running_fake_slack
from tests.fakes.telegram_api import MAX_TEXT_UTF16, running_fake_telegram

EVENING = datetime(2025, 8, 12, 18, 0, tzinfo=UTC)
MORNING = datetime(2025, 8, 13, 8, 0, tzinfo=UTC)  # the daily digest (08:00 in the chat's zone, UTC)
CHAT = "4242"
CHANNEL = "C0DIGEST"
DESTINATIONS = [
    Destination("tg-desk", Platform.TELEGRAM, CHAT),
    Destination("slack-desk", Platform.SLACK, CHANNEL),
]
ALERTS = 30


def long_alert(n: int) -> Alert:
    words = " ".join(["ceasefire talks stall as shelling resumes along the northern front line"] * 4)
    return Alert(
        id=f"long-{n:02d}",
        rule_id="watch",
        trigger=Trigger.KEYWORDS,
        severity=Severity.MEDIUM,
        facts=(),
        entry_title=f"Item {n}: {words}",
        link=f"https://news{n}.example.org/world/middle-east/2025/08/12/" + "long-story-slug-" * 8 + str(n),
        source=f"Regional Broadcasting Network {n} (English service)",
        published=EVENING,
    )


async def _drain(deliverers: Sequence[Deliverer]) -> None:
    for deliverer in deliverers:
        while await deliverer.deliver_due():
            pass


def _items(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"Item (\d+):", text)]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    engine = make_engine(f"sqlite:///{tmp_path / 'digest.sqlite3'}")
    upgrade(engine)
    return Store(engine)


async def test_a_daily_digest_of_30_long_alerts_goes_out_within_each_platforms_limits(store: Store) -> None:
    subs = SubscriptionStore(store.engine)
    subs.update_prefs("telegram", CHAT, CHAT, EVENING, digest="daily")
    subs.update_prefs("slack", CHANNEL, "U1", EVENING, digest="daily")
    for n in range(ALERTS):
        assert queue_alert(store, long_alert(n), DESTINATIONS, EVENING)

    async with running_fake_telegram(rate_limits=False) as tg, running_fake_slack() as slack:
        senders: list[Sender] = [
            TelegramSender(tg.token, tg.base_url),
            SlackSender(slack.token, base_url=slack.base_url),
        ]
        for sender in senders:
            await sender.start()
        try:
            evening = [
                Deliverer(store, s, owner="one", gate=ChatGate(subs), clock=lambda: EVENING) for s in senders
            ]
            await _drain(evening)
            assert tg.messages == [] and slack.messages == []  # held for the digest

            job = DigestJob(store, subs, ["telegram", "slack"], owner="one", clock=lambda: MORNING)
            assert await job.run_once() == 2
            morning = [
                Deliverer(store, s, owner="one", gate=ChatGate(subs), clock=lambda: MORNING) for s in senders
            ]
            await _drain(morning)
        finally:
            for sender in senders:
                await sender.close()

    # Several messages per chat, each within the platform's limit, every alert in exactly one of them.
    assert len(tg.messages) > 1 and len(slack.messages) > 1
    assert all(utf16_len(m.text) <= MAX_TEXT_UTF16 for m in tg.messages)
    assert sorted(n for m in tg.messages for n in _items(m.text)) == list(range(ALERTS))
    sections = [b["text"]["text"] for m in slack.messages for b in m.blocks if b.get("type") == "section"]
    assert len(sections) == len(slack.messages)
    assert all(len(text) <= MAX_SECTION_TEXT for text in sections)
    assert sorted(n for text in sections for n in _items(text)) == list(range(ALERTS))
    # Nothing is left waiting, held or parked: the members are folded, the digest rows sent.
    with store.engine.connect() as conn:
        statuses = {(r.action, r.status) for r in conn.execute(select(t.outbox.c.action, t.outbox.c.status))}
    assert statuses == {("send", "folded"), ("digest", "sent")}
