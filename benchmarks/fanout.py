"""Fan-out: one burst of alerts to 1,000 Telegram chats and 100 Slack channels, through the real
Deliverer and the real senders (python-telegram-bot, slack_sdk) against the fake servers enforcing the
platforms' limits on a real clock (tests/fakes/: Telegram 30/s overall, ~1/s per chat; Slack ~1/s per
channel). Both platforms deliver at once, from one SQLite outbox, as in the bot.

Reported per platform: messages, the span from first to last acknowledged send, the achieved rate,
the bound (the shortest span the documented limits allow for this burst) and achieved/bound, 429s
answered by the fake, lost and duplicated messages (as the fake saw them). Three configurations:

* ``deliverer``: the shipped Deliverer and limiters (bot/deliver.py, bot/core/ratelimit.py);
* ``no-limiter``: the Deliverer with its proactive limiter disabled (absurd rates), relying on 429s
  and `retry_after` (its 429 handling, including the global-limit heuristic, still applies);
* ``naive``: what many bots do: every send at once (32 in flight), each message sleeping its own
  `retry_after` on a 429 and trying again; no outbox, no limiter.

    .venv/bin/python benchmarks/fanout.py [--telegram-chats 1000] [--slack-channels 100]
                                          [--slack-per-channel 10] [--only deliverer,naive]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _progress import Bar, progress_bar
from sqlalchemy import insert

from bot.chat.base import DeliveryError, Sender, Sent
from bot.chat.slack import SlackSender
from bot.chat.telegram import TelegramSender
from bot.core.model import Alert, Destination, Platform, Severity, Trigger
from bot.core.ratelimit import RateLimiter
from bot.deliver import Deliverer
from bot.store import schema as t
from bot.store.codec import alert_to_json
from bot.store.db import make_engine, upgrade
from bot.store.repo import Store
from tests.fakes.slack_api import running_fake_slack
from tests.fakes.telegram_api import running_fake_telegram

DELIVER_TICK_S = 1.0  # bot/app.py
TELEGRAM_RATE = 30.0
SLACK_PER_CHANNEL = 1.0


@dataclass
class Timed:
    """Wraps a sender to time each acknowledged send (the deliverer and sender are untouched)."""

    inner: Sender
    acks: list[float] = field(default_factory=list)

    @property
    def platform(self) -> Platform:
        return self.inner.platform

    async def start(self) -> None:
        await self.inner.start()

    async def close(self) -> None:
        await self.inner.close()

    async def send(self, destination: Destination, alert: Alert) -> Sent:
        sent = await self.inner.send(destination, alert)
        self.acks.append(time.monotonic())
        return sent

    async def edit(self, destination: Destination, message_id: str, alert: Alert) -> None:
        await self.inner.edit(destination, message_id, alert)


def enqueue(store: Store, platform: Platform, addresses: list[str], alerts: int) -> int:
    now = datetime.now(UTC)
    n = 0
    with store.engine.begin() as conn:
        for a in range(alerts):
            alert = Alert(
                id=f"{platform.value}-{a}", rule_id="bench", trigger=Trigger.KEYWORDS, severity=Severity.HIGH,
                facts=(), entry_title=f"Burst alert number {a}", link=f"https://news.example/{a}",
                source="Bench", published=now,
            )  # fmt: skip
            conn.execute(
                insert(t.alerts).values(
                    id=alert.id, rule_id="bench", trigger="keywords", severity="high",
                    payload=alert_to_json(alert), created_at=now, revision=1,
                )
            )  # fmt: skip
            for address in addresses:
                conn.execute(
                    insert(t.outbox).values(
                        alert_id=alert.id, destination_id=f"{platform.value}:{address}",
                        platform=platform.value,
                        address=address, action="send", revision=1, severity_rank=2, status="pending",
                        attempts=0, next_attempt_at=now, created_at=now,
                    )
                )  # fmt: skip
                n += 1
    return n


async def run_deliverer(d: Deliverer, store: Store) -> None:
    """The bot's deliver tick: drain what is due, then wait for the next tick."""
    while True:
        while await d.deliver_due():
            pass
        if store.outbox.pending_count([d.platform.value]) == 0:
            return
        await asyncio.sleep(DELIVER_TICK_S)


async def naive_send(sender: Timed, platform: Platform, addresses: list[str], alerts: int) -> None:
    """The baseline: everything at once, each message waiting out its own 429s."""
    in_flight = asyncio.Semaphore(32)
    now = datetime.now(UTC)

    async def one(address: str, a: int) -> None:
        alert = Alert(
            id=f"{platform.value}-{a}", rule_id="bench", trigger=Trigger.KEYWORDS, severity=Severity.HIGH,
            facts=(), entry_title=f"Burst alert number {a}", link=f"https://news.example/{a}",
            source="Bench", published=now,
        )  # fmt: skip
        while True:
            try:
                async with in_flight:
                    await sender.send(Destination(address, platform, address), alert)
                return
            except DeliveryError as error:
                await asyncio.sleep(error.retry_after if error.retry_after is not None else 1.0)

    await asyncio.gather(*(one(address, a) for a in range(alerts) for address in addresses))


def tally(seen: list[tuple[str, str]], expected: Counter[tuple[str, str]]) -> tuple[int, int]:
    got = Counter(seen)
    lost = sum(1 for key in expected if got[key] == 0)
    doubled = sum(c - 1 for c in got.values() if c > 1)
    return lost, doubled


@dataclass
class Result:
    platform: str
    messages: int
    span_s: float
    bound_span_s: float
    rate: float
    bound_rate: float
    rejected_429: int
    lost: int
    duplicated: int

    @property
    def fraction(self) -> float:
        return self.bound_span_s / self.span_s if self.span_s > 0 else float("nan")


async def show_progress(bar: Bar, step: int, config: str, senders: list[Timed], total: int) -> None:
    """Once a second, outside the send path: acknowledged sends so far (only when the bar shows)."""
    while True:
        sent = sum(len(s.acks) for s in senders)
        bar.update(f"{config}: {sent}/{total} sent", completed=step + sent / total)
        await asyncio.sleep(1.0)


async def run(
    config: str, chats: int, channels: int, per_channel: int, bar: Bar | None = None, step: int = 0
) -> list[Result]:
    tg_chats = [str(10_000 + i) for i in range(chats)]  # private chats: 30/s overall binds, not 20/min
    slack_channels = [f"C{i:08d}" for i in range(channels)]
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        upgrade(engine)
        store = Store(engine)
        n_tg = enqueue(store, Platform.TELEGRAM, tg_chats, 1)
        n_slack = enqueue(store, Platform.SLACK, slack_channels, per_channel)
        async with running_fake_telegram() as tg, running_fake_slack() as slack:
            tg_sender = Timed(TelegramSender(tg.token, tg.base_url))
            slack_sender = Timed(SlackSender(slack.token, slack.base_url))
            limiters: dict[Platform, RateLimiter | None] = {Platform.TELEGRAM: None, Platform.SLACK: None}
            if config == "no-limiter":
                for p in limiters:
                    limiters[p] = RateLimiter(
                        global_rate=1e6, global_burst=10**6, per_chat_rate=1e6, per_chat_burst=10**6
                    )
            deliverers = [
                Deliverer(store, tg_sender, owner="bench", limiter=limiters[Platform.TELEGRAM]),
                Deliverer(store, slack_sender, owner="bench", limiter=limiters[Platform.SLACK]),
            ]
            await tg_sender.start()
            await slack_sender.start()
            shown = None
            if bar is not None and bar.shown:
                senders = [tg_sender, slack_sender]
                shown = asyncio.create_task(show_progress(bar, step, config, senders, n_tg + n_slack))
            try:
                if config == "naive":
                    jobs = [
                        naive_send(tg_sender, Platform.TELEGRAM, tg_chats, 1),
                        naive_send(slack_sender, Platform.SLACK, slack_channels, per_channel),
                    ]
                else:
                    jobs = [run_deliverer(d, store) for d in deliverers]
                await asyncio.wait_for(asyncio.gather(*jobs), 900)
            finally:
                if shown is not None:
                    shown.cancel()
                await tg_sender.close()
                await slack_sender.close()
            tg_seen = [(m.chat_id, re.findall(r"number (\d+)", m.text)[0]) for m in tg.messages]
            slack_seen = [(m.channel, re.findall(r"number (\d+)", m.visible)[0]) for m in slack.messages]
            tg_expected = Counter((c, "0") for c in tg_chats)
            slack_expected = Counter((c, str(a)) for c in slack_channels for a in range(per_channel))
            tg_429 = sum(1 for _, desc in tg.rejected if desc.startswith("Too Many Requests"))
            slack_429 = sum(1 for _, err in slack.rejected if err == "ratelimited")
        engine.dispose()
    results = []
    for name, sender, n, seen, expected, rejected, bound_span, bound_rate in (
        ("telegram", tg_sender, n_tg, tg_seen, tg_expected, tg_429,
         (n_tg - 1) / TELEGRAM_RATE, TELEGRAM_RATE),
        ("slack", slack_sender, n_slack, slack_seen, slack_expected, slack_429,
         (per_channel - 1) / SLACK_PER_CHANNEL, channels * SLACK_PER_CHANNEL),
    ):  # fmt: skip
        span = max(sender.acks) - min(sender.acks) if sender.acks else 0.0
        lost, doubled = tally(seen, expected)
        results.append(
            Result(name, n, span, bound_span, n / span if span else 0.0, bound_rate, rejected, lost, doubled)
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--telegram-chats", type=int, default=1000)
    parser.add_argument("--slack-channels", type=int, default=100)
    parser.add_argument("--slack-per-channel", type=int, default=10)
    parser.add_argument("--only", default="deliverer,no-limiter,naive")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    print(
        f"fan-out: 1 alert to {args.telegram_chats} Telegram chats, {args.slack_per_channel} alerts to "
        f"{args.slack_channels} Slack channels; fakes enforce limits on a real clock\n"
    )
    header = (
        f"{'config':<14} {'platform':<9} {'msgs':>5} {'span s':>7} {'bound s':>8} {'rate/s':>7} "
        f"{'bound/s':>8} {'achieved':>9} {'429s':>5} {'lost':>5} {'dup':>4}"
    )
    print(header)
    print("-" * len(header))
    configs = args.only.split(",")
    with progress_bar("fan-out", len(configs)) as bar:
        for step, config in enumerate(configs):
            bar.update(config, completed=step)
            sizes = (args.telegram_chats, args.slack_channels, args.slack_per_channel)
            for r in asyncio.run(run(config, *sizes, bar=bar, step=step)):
                print(
                    f"{config:<14} {r.platform:<9} {r.messages:>5} {r.span_s:>7.1f} {r.bound_span_s:>8.1f} "
                    f"{r.rate:>7.1f} {r.bound_rate:>8.1f} {r.fraction:>9.2f} {r.rejected_429:>5} {r.lost:>5} "
                    f"{r.duplicated:>4}",
                    flush=True,
                )
        bar.update("done", completed=len(configs))


if __name__ == "__main__":
    main()
