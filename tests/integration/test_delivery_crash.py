"""Crash safety and edits, end to end: `python -m bot run` (a real subprocess, the daemon, not --once)
polls feeds on 127.0.0.1 and delivers through python-telegram-bot and slack_sdk to the fakes.

* A burst of alerts to several chats and channels; SIGKILL mid-delivery (requests in flight, rows
  leased, rows pending); restart: every alert arrives exactly once per destination, as the fakes saw
  it. To kill *outside* the at-least-once window deterministically, the fakes hold every request
  that arrives after the kill point unprocessed (fail kind "timeout") and the test kills once the
  store has recorded every message the fakes acknowledged.
* The window itself: the fake posts a message but delays its acknowledgement ("slow_ack"); a kill
  in that delay means the restarted bot cannot know the message went out, and posts it again: that
  one message arrives twice (documented in docs/architecture.md, "Delivery guarantees").
* When another outlet reports an event already posted, the message is edited in place (Telegram
  editMessageText, Slack chat.update) to say "also reported by …".
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import TEST_RULES
from tests.fakes.feed_server import FeedItem, FeedServer, running_feed_server
from tests.fakes.slack_api import FakeSlack, running_fake_slack
from tests.fakes.telegram_api import FakeTelegram, running_fake_telegram

pytestmark = pytest.mark.slow

TELEGRAM_CHATS = ["1001", "1002", "1003", "1004", "1005"]  # private chats: 1 message/s each
SLACK_CHANNELS = ["C0000001", "C0000002", "C0000003"]
PLACES = ["Gaza City", "Khan Younis", "Rafah", "Deir al-Balah", "Jabalia", "Beit Lahia"]


def write_config(
    tmp: Path, feeds: list[tuple[str, str]], repo: Path, chats: list[str], channels: list[str]
) -> Path:
    lines = ["feeds:"]
    lines += [f'  - {{url: "{url}", name: "{name}"}}' for url, name in feeds]
    lines.append("destinations:")
    lines += [f'  - {{id: tg-{c}, telegram: {{chat_id: "{c}"}}}}' for c in chats]
    lines += [f'  - {{id: slack-{c}, slack: {{channel: "{c}"}}}}' for c in channels]
    targets = ", ".join([*(f"tg-{c}" for c in chats), *(f"slack-{c}" for c in channels)])
    lines += [
        "routes:",
        f"  - {{triggers: [casualty, arms_embargo, recognition, keywords], severity: [low, medium, high], "
        f"to: [{targets}]}}",
        f"rules_dir: {TEST_RULES}",
    ]
    config = tmp / "config.yaml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def environment(tmp: Path, config: Path, tg: FakeTelegram, slack: FakeSlack) -> dict[str, str]:
    return {
        **os.environ,
        "CONFLICT_ALERTS_CONFIG": str(config),
        "DATABASE_URL": f"sqlite:///{tmp / 'state.sqlite3'}",
        "TELEGRAM_BOT_TOKEN": tg.token,
        "TELEGRAM_API_BASE_URL": tg.base_url,
        "SLACK_BOT_TOKEN": slack.token,
        "SLACK_API_URL": slack.base_url,
        "CONFLICT_ALERTS_HTTP_ENABLED": "false",
    }


def casualty_items(counts: list[int]) -> list[FeedItem]:
    now = datetime.now(UTC)
    return [
        FeedItem(
            title=f"Strike on {PLACES[i % len(PLACES)]}",
            description=f"An air strike killed {n} people in {PLACES[i % len(PLACES)]} on Monday.",
            link=f"https://news.example/strike-{n}",
            guid=f"strike-{n}",
            published=now,
        )
        for i, n in enumerate(counts)
    ]


async def start_bot(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    """`python -m bot run`; its log goes to a file (a pipe nobody reads would fill and block it)."""
    log = cwd / "bot.log"
    with log.open("ab") as sink:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=cwd,
            stdout=asyncio.subprocess.DEVNULL, stderr=sink,
        )  # fmt: skip


async def stop_bot(proc: asyncio.subprocess.Process, cwd: Path, sig: int = signal.SIGTERM) -> str:
    """Stop the bot; returns its log so far."""
    if proc.returncode is None:
        proc.send_signal(sig)
    await asyncio.wait_for(proc.wait(), timeout=30)
    return (cwd / "bot.log").read_text(encoding="utf-8", errors="replace")


async def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def outbox_counts(db: Path) -> Counter[str]:
    with sqlite3.connect(db) as conn:
        return Counter(dict(conn.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall()))


def leased_pending_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT count(*) FROM outbox WHERE status = 'pending' AND lease_owner IS NOT NULL"
        ).fetchone()
        return int(row[0])


def delivered(tg: FakeTelegram, slack: FakeSlack) -> dict[str, Counter[int]]:
    """Per destination address, how many times each casualty figure arrived."""
    seen: dict[str, Counter[int]] = {}
    for chat, text in [
        *((m.chat_id, m.text) for m in tg.messages),
        *((m.channel, m.text) for m in slack.messages),
    ]:
        for figure in re.findall(r"— (\d+) people killed", text):
            seen.setdefault(chat, Counter())[int(figure)] += 1
    return seen


def hold_every_request(tg: FakeTelegram, slack: FakeSlack) -> None:
    """From now on the fakes take requests but never process them (as if the network ate them)."""
    tg.timeout_delay = slack.timeout_delay = 300
    tg.fail_next(100_000, "timeout")
    slack.fail_next(100_000, "timeout")


def release_requests(tg: FakeTelegram, slack: FakeSlack) -> None:
    tg.clear_failures()
    slack.clear_failures()
    tg.timeout_delay = slack.timeout_delay = 5


async def test_sigkill_mid_delivery_then_restart_delivers_every_alert_exactly_once(
    tmp_path: Path, repo_root: Path
) -> None:
    counts = [120 + 7 * i for i in range(12)]
    expected = {dest: Counter(dict.fromkeys(counts, 1)) for dest in [*TELEGRAM_CHATS, *SLACK_CHANNELS]}
    total = len(counts) * len(expected)
    db = tmp_path / "state.sqlite3"
    async with running_feed_server() as feeds, running_fake_telegram() as tg, running_fake_slack() as slack:
        feeds.set_items("/burst.xml", casualty_items(counts), title="Wire")
        config = write_config(
            tmp_path, [(feeds.url("/burst.xml"), "Wire")], repo_root, TELEGRAM_CHATS, SLACK_CHANNELS
        )
        env = environment(tmp_path, config, tg, slack)

        bot = await start_bot(env, tmp_path)
        try:
            await wait_for(
                lambda: len(tg.messages) + len(slack.messages) >= total // 3, "a third of the burst"
            )
            hold_every_request(tg, slack)
            acknowledged = len(tg.messages) + len(slack.messages)
            assert acknowledged < total
            # Kill outside the ack-to-commit window: once the store holds every acknowledged message.
            await wait_for(lambda: outbox_counts(db)["sent"] == acknowledged, "the store to catch up", 20)
            # Normally requests are still in flight here, their rows leased. On a loaded machine the store can
            # take longer to catch up than the client's 10 s request timeout, and the deliverer has already
            # given those rows back: no lease is left to take over.
            leased_at_kill = leased_pending_rows(db)
            bot.kill()  # SIGKILL: no cleanup, leases left behind, requests in flight
            await stop_bot(bot, tmp_path)
            left = outbox_counts(db)
            assert left["pending"] == total - acknowledged and left["sent"] == acknowledged

            release_requests(tg, slack)
            bot = await start_bot(env, tmp_path)
            await wait_for(
                lambda: outbox_counts(db)["pending"] == 0, "the restarted bot to drain the outbox", 90
            )
            err = await stop_bot(bot, tmp_path)
        finally:
            if bot.returncode is None:
                bot.kill()
                await bot.wait()
        # In-flight rows are taken over at once, and the log says so exactly when rows were left leased: by
        # the new deliverer, or by the instance reaper when it sees the dead instance first (load decides).
        took_over = "outbox rows leased by a previous deliverer" in err or bool(
            re.search(r"released its leases on \d+ feeds and [1-9]\d* outbox rows", err)
        )
        assert took_over == (leased_at_kill > 0), leased_at_kill
        assert delivered(tg, slack) == expected  # every alert, exactly once per destination
        assert len(tg.messages) + len(slack.messages) == total


async def test_a_kill_between_the_platforms_ack_and_the_commit_sends_that_message_twice(
    tmp_path: Path, repo_root: Path
) -> None:
    counts = [210, 220, 230]
    db = tmp_path / "state.sqlite3"
    async with running_feed_server() as feeds, running_fake_telegram() as tg, running_fake_slack() as slack:
        feeds.set_items("/wire.xml", casualty_items(counts), title="Wire")
        config = write_config(tmp_path, [(feeds.url("/wire.xml"), "Wire")], repo_root, ["1001"], [])
        env = environment(tmp_path, config, tg, slack)
        tg.timeout_delay = 60  # posted at once, acknowledged a minute later (the client gives up at 10 s)
        tg.fail_next(1, "slow_ack")

        bot = await start_bot(env, tmp_path)
        try:
            await wait_for(lambda: len(tg.messages) == 1, "the first message to be posted")
            hold_every_request(tg, slack)
            await asyncio.sleep(0.5)
            assert outbox_counts(db)["sent"] == 0  # posted, but the bot has not heard so
            bot.kill()
            await stop_bot(bot, tmp_path)

            release_requests(tg, slack)
            bot = await start_bot(env, tmp_path)
            await wait_for(lambda: outbox_counts(db)["pending"] == 0, "the restarted bot to drain", 60)
            await stop_bot(bot, tmp_path)
        finally:
            if bot.returncode is None:
                bot.kill()
                await bot.wait()
        first = int(re.findall(r"— (\d+) people killed", tg.messages[0].text)[0])
        seen = delivered(tg, slack)["1001"]
        assert seen[first] == 2  # the one message in the window arrived twice ...
        assert {n: c for n, c in seen.items() if n != first} == {
            n: 1 for n in counts if n != first
        }  # ... only it


async def test_another_outlet_reporting_a_posted_event_edits_the_message(
    tmp_path: Path, repo_root: Path
) -> None:
    def embargo(feed: FeedServer, path: str, outlet: str, link: str) -> None:
        feed.set_items(path, [FeedItem(
            title="Germany imposes partial arms embargo on Israel",
            description="Germany announced a partial arms embargo on Israel on Friday.",
            link=link, guid=link, published=datetime.now(UTC),
        )], title=outlet)  # fmt: skip

    async with running_feed_server() as feeds, running_fake_telegram() as tg, running_fake_slack() as slack:
        embargo(feeds, "/national.xml", "The National", "https://www.thenationalnews.com/embargo")
        feeds.set_items("/aj.xml", [], title="Al Jazeera")
        config = write_config(
            tmp_path,
            [(feeds.url("/national.xml"), "The National"), (feeds.url("/aj.xml"), "Al Jazeera")],
            repo_root, ["-1001234567890"], ["C0000001"],
        )  # fmt: skip
        env = environment(tmp_path, config, tg, slack)
        for step in ("first report", "second outlet"):
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", "--once", env=env, cwd=tmp_path,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            _, err = await asyncio.wait_for(proc.communicate(), timeout=120)
            assert proc.returncode == 0, err.decode()
            if step == "first report":
                assert len(tg.messages) == len(slack.messages) == 1
                assert "also reported by" not in tg.messages[0].text
                embargo(feeds, "/aj.xml", "Al Jazeera", "https://www.aljazeera.com/embargo")

    assert len(tg.messages) == len(slack.messages) == 1  # no second post ...
    [tg_edit] = tg.edits  # ... the first one edited in place
    [slack_update] = slack.updates
    assert tg_edit.message_id == tg.messages[0].message_id and slack_update.ts == slack.messages[0].ts
    assert "also reported by Al Jazeera" in tg.messages[0].text
    assert "also reported by Al Jazeera" in slack.messages[0].visible
    assert "Germany → Israel (partial)" in tg.messages[0].text
