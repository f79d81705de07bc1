"""Telegram commands, real python-telegram-bot over HTTP against the fake Bot API on 127.0.0.1:
updates pushed into the fake arrive by getUpdates long polling (or by webhook), the replies are what
the fake recorded. The last test runs `python -m bot run --once` and checks that a chat subscribed by
command receives the alert."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import aiohttp
import pytest
from aiohttp import web

from bot.app import open_store
from bot.chat.command_service import CommandService
from bot.chat.telegram_commands import SECRET_HEADER, WEBHOOK_PATH, TelegramCommands
from bot.config import Config, parse_config
from bot.core.route import Subscription
from bot.core.rules import RuleSet, load_rules
from bot.store.locks import SingletonRole
from bot.store.repo import Store
from bot.store.subscriptions import SubscriptionStore
from tests.conftest import TEST_RULES
from tests.fakes.feed_server import running_feed_server
from tests.fakes.telegram_api import FakeMessage, FakeTelegram, running_fake_telegram

ADMIN = 9001
GROUP = -1005550001
GROUP_ADMIN = 77
MEMBER = 88
WAIT_S = 15.0  # an upper bound for a reply to arrive, not an expectation of speed


def config_text(repo: Path, extra: str = "") -> str:
    return f"""
destinations:
  - {{id: gaza-channel, telegram: {{chat_id: "-1001234567890"}}}}
  - {{id: console, console: {{}}}}
routes:
  - {{triggers: [casualty], to: [gaza-channel]}}
admins: {{telegram: [{ADMIN}]}}
rules_dir: {TEST_RULES}
{extra}"""


@pytest.fixture
def config(repo_root: Path, tmp_path: Path) -> Config:
    return parse_config(config_text(repo_root), tmp_path / "config.yaml")


@pytest.fixture
def ruleset(config: Config) -> RuleSet:
    result = load_rules(config.rules_dir, config.destination_ids)
    assert result.ruleset is not None, result.errors
    return result.ruleset


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(f"sqlite:///{tmp_path / 'state.sqlite3'}")


@pytest.fixture
async def bot(
    store: Store, config: Config, ruleset: RuleSet
) -> AsyncIterator[tuple[FakeTelegram, SubscriptionStore]]:
    subs = SubscriptionStore(store.engine)
    service = CommandService(store, subs, lambda: config, lambda: ruleset)
    async with running_fake_telegram(rate_limits=False, max_poll=0.5) as tg:
        front = TelegramCommands(
            service,
            tg.token,
            tg.base_url,
            role=SingletonRole(store.engine, "telegram:polling"),
            poll_timeout_s=1,
            role_check_s=0.05,
        )
        await front.start()
        try:
            yield tg, subs
        finally:
            await front.stop()


async def wait_for(predicate: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        await asyncio.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


async def reply(tg: FakeTelegram, chat_id: int, text: str, user_id: int) -> str:
    """Push a message as `user_id` and return the bot's next message in that chat."""
    before = len([m for m in tg.messages if m.chat_id == str(chat_id)])
    tg.push_message(chat_id, text, user_id=user_id)

    def answered() -> FakeMessage | None:
        mine = [m for m in tg.messages if m.chat_id == str(chat_id)]
        return mine[before] if len(mine) > before else None

    message: FakeMessage = await wait_for(answered, f"a reply to {text!r}")
    return message.text


async def test_a_private_chat_subscribes_lists_and_unsubscribes(
    bot: tuple[FakeTelegram, SubscriptionStore],
) -> None:
    tg, subs = bot
    answer = await reply(tg, 4242, "/subscribe casualty gaza", user_id=4242)
    assert answer.startswith("Subscribed: this chat will get casualty alerts about gaza")
    assert subs.chat_subscriptions("telegram", "4242") == [
        Subscription("telegram", "4242", "casualty", "gaza")
    ]
    assert "already gets" in await reply(tg, 4242, "/subscribe casualties Gaza", user_id=4242)
    listed = await reply(tg, 4242, "/list", user_id=4242)
    assert "casualty alerts about gaza" in listed
    assert "Quiet hours 22:00-07:00 Asia/Gaza" in await reply(tg, 4242, "/quiet 22:00-07:00 Asia/Gaza", 4242)
    assert "I don't know /frobnicate" in await reply(tg, 4242, "/frobnicate", user_id=4242)
    assert "Removed all 1 subscription" in await reply(tg, 4242, "/unsubscribe", user_id=4242)
    assert subs.chat_subscriptions("telegram", "4242") == []


async def test_in_a_group_only_chat_administrators_subscribe(
    bot: tuple[FakeTelegram, SubscriptionStore], caplog: pytest.LogCaptureFixture
) -> None:
    tg, subs = bot
    tg.set_admins(GROUP, [GROUP_ADMIN])
    with caplog.at_level(logging.WARNING, logger="conflict_alerts.commands"):
        refused = await reply(tg, GROUP, "/subscribe casualty gaza", user_id=MEMBER)
    assert refused.startswith("Sorry, only this chat's administrators can change what it receives")
    assert subs.chat_subscriptions("telegram", str(GROUP)) == []
    assert any("refused /subscribe from user 88" in r.getMessage() for r in caplog.records)
    asked = [p for method, p in tg.requests if method == "getChatMember"]
    assert asked and str(asked[-1]["user_id"]) == str(MEMBER)

    accepted = await reply(tg, GROUP, "/subscribe casualty gaza", user_id=GROUP_ADMIN)
    assert accepted.startswith("Subscribed")
    assert subs.chat_subscriptions("telegram", str(GROUP)) == [
        Subscription("telegram", str(GROUP), "casualty", "gaza")
    ]
    # Anyone may read the list; a configured admin may change it without being a chat admin.
    assert "casualty alerts about gaza" in await reply(tg, GROUP, "/list", user_id=MEMBER)
    assert "Muted for 2h" in await reply(tg, GROUP, "/mute 2h", user_id=ADMIN)


async def test_admin_commands_are_refused_politely_to_others(
    bot: tuple[FakeTelegram, SubscriptionStore], caplog: pytest.LogCaptureFixture
) -> None:
    tg, _ = bot
    with caplog.at_level(logging.WARNING, logger="conflict_alerts.commands"):
        refused = await reply(tg, 4242, "/status", user_id=4242)
    assert refused.startswith("Sorry, /status is for the bot's administrators")
    assert "admins.telegram" in refused
    assert any("refused /status" in r.getMessage() for r in caplog.records)
    # A chat administrator is not a bot administrator.
    tg.set_admins(GROUP, [GROUP_ADMIN])
    assert (await reply(tg, GROUP, "/pause gaza-channel", user_id=GROUP_ADMIN)).startswith("Sorry")

    status = await reply(tg, ADMIN, "/status", user_id=ADMIN)
    assert status.startswith("Feeds:") and "Outbox:" in status


LONG = "x" * 4000  # Telegram takes messages up to 4,096 characters; a reply echoing it must still fit


@pytest.mark.parametrize(
    ("user", "text"),
    [
        (4242, f"/subscribe {LONG}"),
        (4242, f"/{LONG}"),
        (4242, f"/quiet 22:00-07:00 {LONG}"),
        (4242, f"/quiet {LONG[:3000]}-07:00"),
        (ADMIN, f"/pause {LONG}"),
        (ADMIN, f"/addfeed https://{LONG}.example/rss"),
        (ADMIN, f"/rmfeed https://{LONG}.example/rss"),
    ],
)
async def test_a_reply_echoing_a_huge_argument_is_clipped_and_delivered(
    bot: tuple[FakeTelegram, SubscriptionStore], user: int, text: str
) -> None:
    tg, _ = bot
    answer = await reply(tg, user, text, user_id=user)
    assert len(answer) < 1000 and "…" in answer


async def test_the_test_command_says_what_would_fire_and_why(
    bot: tuple[FakeTelegram, SubscriptionStore],
) -> None:
    tg, _ = bot
    text = "/test Israeli strikes killed 45 Palestinians in Gaza on Tuesday, the health ministry said."
    answer = await reply(tg, ADMIN, text, user_id=ADMIN)
    assert "Facts found:" in answer and "45 killed in Gaza" in answer
    # each fact says how it was read (its `why`): the reading, then its roles, indented under it
    lines = answer.splitlines()
    at = lines.index("  • 45 killed in Gaza")
    assert lines[at + 1].startswith("      read by ")
    assert any(line.startswith("      location: Gaza") for line in lines[at + 1 :])
    assert "Would fire:" in answer
    assert "casualties-deaths (casualty," in answer and "because 45 killed in Gaza" in answer
    assert "→ gaza-channel" in answer
    nothing = await reply(tg, ADMIN, "/test Sunny weather is expected in Paris.", user_id=ADMIN)
    assert "Nothing would fire" in nothing


async def test_a_webhook_update_needs_the_secret_token(
    store: Store, config: Config, ruleset: RuleSet
) -> None:
    service = CommandService(store, SubscriptionStore(store.engine), lambda: config, lambda: ruleset)
    secret = "s3cret-Token_for-tests"
    async with running_fake_telegram(rate_limits=False) as tg:
        front = TelegramCommands(
            service,
            tg.token,
            tg.base_url,
            webhook_url="https://bot.example.org/telegram/webhook",
            webhook_secret=secret,
        )
        app = web.Application()
        app.add_routes(front.routes())
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        url = f"http://127.0.0.1:{runner.addresses[0][1]}{WEBHOOK_PATH}"
        await front.start()
        try:
            hooked = [p for m, p in tg.requests if m == "setWebhook"]
            assert hooked and hooked[0]["secret_token"] == secret
            assert hooked[0]["url"] == "https://bot.example.org/telegram/webhook"
            update = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": int(datetime.now(UTC).timestamp()),
                    "chat": {"id": 4242, "type": "private", "first_name": "Alice"},
                    "from": {"id": 4242, "is_bot": False, "first_name": "Alice"},
                    "text": "/help",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
                },
            }
            async with aiohttp.ClientSession() as http:
                for headers in ({SECRET_HEADER: "wrong"}, {}):
                    async with http.post(url, json=update, headers=headers) as response:
                        assert response.status == 403
                async with http.post(url, json=update, headers={SECRET_HEADER: secret}) as response:
                    assert response.status == 200
            message: FakeMessage = await wait_for(
                lambda: next((m for m in tg.messages if m.chat_id == "4242"), None), "the /help reply"
            )
            assert "/subscribe" in message.text
            assert len(tg.messages) == 1  # the refused requests did nothing
        finally:
            await front.stop()
            await runner.cleanup()


# --- end to end: a subscription made by command routes a real alert ---


def rss(items: list[tuple[str, str, str]]) -> bytes:
    now = format_datetime(datetime.now(UTC))
    body = "".join(
        f"<item><guid>{escape(g)}</guid><title>{escape(t)}</title><description>{escape(t)}</description>"
        f"<link>{escape(link)}</link><pubDate>{now}</pubDate></item>"
        for g, t, link in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>https://wire.example/</link><description>news</description>{body}</channel></rss>"
    ).encode()


@pytest.mark.slow
async def test_a_subscribed_chat_receives_the_alert_end_to_end(tmp_path: Path, repo_root: Path) -> None:
    async with running_feed_server() as feeds, running_fake_telegram() as tg:
        feeds.set_feed(
            "/wire.xml",
            rss(
                [
                    (
                        "g1",
                        "Israeli strikes killed 45 Palestinians in Gaza on Tuesday, the ministry said",
                        "https://wire.example/gaza-45",
                    )
                ]
            ),
        )
        config = tmp_path / "config.yaml"
        config.write_text(
            f"""
feeds:
  - {{url: "{feeds.url("/wire.xml")}", name: Wire}}
destinations:
  - {{id: console, console: {{}}}}
routes:
  - {{triggers: [keywords], to: [console]}}
rules_dir: {TEST_RULES}
""",
            encoding="utf-8",
        )
        database = f"sqlite:///{tmp_path / 'state.sqlite3'}"
        subs = SubscriptionStore(open_store(database).engine)
        now = datetime.now(UTC)
        subs.subscribe(Subscription("telegram", "4242", "casualty", "gaza"), "4242", now)
        subs.subscribe(Subscription("telegram", "4343", "casualty", "sudan"), "4343", now)
        subs.subscribe(Subscription("telegram", "4444", "all", "all"), "4444", now)
        subs.update_prefs("telegram", "4444", "4444", now, mute_until=now + timedelta(hours=1))
        subs.engine.dispose()
        env = {
            **os.environ,
            "CONFLICT_ALERTS_CONFIG": str(config),
            "DATABASE_URL": database,
            "TELEGRAM_BOT_TOKEN": tg.token,
            "TELEGRAM_API_BASE_URL": tg.base_url,
            "CONFLICT_ALERTS_HTTP_ENABLED": "false",
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--once",
            env=env,
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await asyncio.wait_for(proc.communicate(), timeout=120)
        assert proc.returncode == 0, err.decode()
        assert tg.token not in err.decode()
        got = {m.chat_id: m.text for m in tg.messages}
        assert set(got) == {"4242"}, got  # not the Sudan subscriber, not the muted chat
        assert "45" in got["4242"] and "Gaza" in got["4242"]


# --- quiet hours and digests go through the outbox ---


async def test_quiet_hours_and_digests_wait_in_the_outbox_across_a_restart(
    store: Store, config: Config, ruleset: RuleSet
) -> None:
    from sqlalchemy import select

    from bot.chat.digest_job import DigestJob
    from bot.chat.gate import ChatGate
    from bot.chat.telegram import TelegramSender
    from bot.core.model import Entry
    from bot.deliver import Deliverer
    from bot.fetch_result import FetchLimits
    from bot.pipeline import Pipeline, RulesHolder
    from bot.store import schema as t

    subs = SubscriptionStore(store.engine)
    night = datetime(2025, 8, 12, 23, 30, tzinfo=UTC)  # 23:30 UTC = 02:30 in Gaza
    for chat in ("4242", "4343", "4444"):
        subs.subscribe(Subscription("telegram", chat, "casualty", "gaza"), chat, night)
    subs.update_prefs(
        "telegram", "4242", "4242", night, quiet_start="22:00", quiet_end="07:00", timezone="Asia/Gaza"
    )
    subs.update_prefs("telegram", "4343", "4343", night, digest="hourly")
    async with running_fake_telegram(rate_limits=False) as tg, aiohttp.ClientSession() as session:
        pipeline = Pipeline(
            store=store,
            config=config,
            rules=RulesHolder(ruleset),
            session=session,
            limits=FetchLimits(),
            active_platforms=frozenset({"telegram"}),
            owner="test",
            subscriptions=subs,
            clock=lambda: night,
        )
        feed_id = store.feeds.add("https://wire.example/rss", "Wire", [], night)
        for i, (count, place) in enumerate(((45, "Gaza City"), (12, "Khan Younis"))):
            title = f"Israeli strikes killed {count} Palestinians in {place} on Tuesday, medics said"
            entry = Entry(feed_id, f"k{i}", title, "", f"https://wire.example/{i}", None, "Wire")
            assert pipeline.judge_and_record(entry, night, baseline=False)

        sender = TelegramSender(tg.token, tg.base_url)
        await sender.start()
        try:
            first = Deliverer(store, sender, owner="one", gate=ChatGate(subs), clock=lambda: night)
            while await first.deliver_due():
                pass
            assert {m.chat_id for m in tg.messages} == {"4444", "-1001234567890"}  # no settings: now
            with store.engine.connect() as conn:
                rows = conn.execute(
                    select(t.outbox.c.address, t.outbox.c.status, t.outbox.c.next_attempt_at)
                ).all()
            held = {
                (r.address, r.status, r.next_attempt_at.replace(tzinfo=UTC))
                for r in rows
                if r.address in ("4242", "4343")
            }
            assert held == {
                ("4242", "pending", datetime(2025, 8, 13, 4, 0, tzinfo=UTC)),  # 07:00 in Gaza
                ("4343", "digest", datetime(2025, 8, 13, 0, 0, tzinfo=UTC)),  # the next full hour
            }

            # "Restart": new deliverer, gate and digest job, at the end of quiet hours; state is in the store.
            morning = datetime(2025, 8, 13, 4, 0, tzinfo=UTC)
            second = Deliverer(store, sender, owner="two", gate=ChatGate(subs), clock=lambda: morning)
            while await second.deliver_due():
                pass
            # The digest is queued as an outbox row and goes out through the same deliverer.
            digests = DigestJob(store, subs, ["telegram"], owner="two", clock=lambda: morning)
            assert await digests.run_once() == 1
            assert await digests.run_once() == 0  # queued once
            while await second.deliver_due():
                pass
        finally:
            await sender.close()
        quiet = [m.text for m in tg.messages if m.chat_id == "4242"]
        digest = [m.text for m in tg.messages if m.chat_id == "4343"]
        assert len(quiet) == 2 and all("Gaza" in text for text in quiet)
        assert len(digest) == 1 and digest[0].startswith("🗂 2 more alerts")
        assert "45" in digest[0] and "12" in digest[0]


# --- wiring: run_forever starts both command front-ends and stops them ---


@pytest.mark.slow
async def test_the_running_bot_takes_commands_on_telegram_and_slack(tmp_path: Path, repo_root: Path) -> None:
    import socket
    from urllib.parse import urlencode

    from slack_sdk.signature import SignatureVerifier

    from bot.app import run_forever
    from bot.settings import Settings
    from tests.fakes.slack_api import running_fake_slack

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    config = tmp_path / "config.yaml"
    config.write_text(config_text(repo_root), encoding="utf-8")
    signing_secret = "running-bot-signing-secret"
    async with running_fake_telegram(rate_limits=False, max_poll=0.5) as tg, running_fake_slack() as slack:
        settings = Settings.from_env(
            {
                "CONFLICT_ALERTS_CONFIG": str(config),
                "DATABASE_URL": f"sqlite:///{tmp_path / 'state.sqlite3'}",
                "CONFLICT_ALERTS_HTTP_PORT": str(port),
                "TELEGRAM_BOT_TOKEN": tg.token,
                "TELEGRAM_API_BASE_URL": tg.base_url,
                "SLACK_BOT_TOKEN": slack.token,
                "SLACK_API_URL": slack.base_url,
                "SLACK_SIGNING_SECRET": signing_secret,
            }
        )
        stop = asyncio.Event()
        running = asyncio.create_task(run_forever(settings, stop))
        try:
            tg.push_message(4242, "/subscribe casualty gaza", user_id=4242)

            def answered() -> str | None:
                if running.done():
                    running.result()  # a startup error fails the test with its message
                return next((m.text for m in tg.messages if m.chat_id == "4242"), None)

            assert (await wait_for(answered, "the Telegram reply")).startswith("Subscribed")

            body = urlencode(
                {
                    "command": "/conflict-alerts",
                    "text": "list",
                    "channel_id": "C0X",
                    "user_id": "U0X",
                    "team_id": "T00000000",
                    "channel_name": "x",
                }
            )
            stamp = str(int(time.time()))
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp": stamp,
                "X-Slack-Signature": SignatureVerifier(signing_secret).generate_signature(
                    timestamp=stamp, body=body
                ),
            }
            async with (
                aiohttp.ClientSession() as http,
                http.post(f"http://127.0.0.1:{port}/slack/events", data=body, headers=headers) as r,
            ):
                assert r.status == 200
                assert "no subscriptions" in (await r.json())["text"]
        finally:
            stop.set()
            await asyncio.wait_for(running, 30)
