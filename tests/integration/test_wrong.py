"""Withdrawing a wrong alert, end to end with the real clients: the bot posts an alert through
python-telegram-bot / slack_sdk to the fakes; an admin answers it (`/wrong note` as a Telegram reply,
the "Wrong alert" message shortcut and its modal in Slack, requests signed as Slack signs them); the
posted message is edited to say it was withdrawn, the delivery still queued for another chat is
cancelled, and the item with its facts and the note is kept for review."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

from bot.app import Bot, running_bot
from bot.chat.command_service import CommandService
from bot.chat.slack_commands import EVENTS_PATH, WRONG_SHORTCUT, SlackCommands
from bot.chat.telegram_commands import TelegramCommands
from bot.core.model import Entry
from bot.core.review import corpus_line
from bot.deliver import drain_outbox
from bot.settings import Settings
from bot.store.feeds import feed_id_for
from bot.store.reviews import ReviewStore
from bot.store.subscriptions import SubscriptionStore
from tests.fakes.slack_api import FakeSlack, running_fake_slack
from tests.fakes.telegram_api import FakeTelegram, running_fake_telegram

GROUP = -1005550001  # where the alert is posted, and answered
HELD = -1005550002  # a chat whose delivery is still queued when the alert is withdrawn
ADMIN, MEMBER = 9001, 88
CHANNEL, HELD_CHANNEL = "C0DESK", "C0HELD"
SLACK_ADMIN, SLACK_MEMBER = "U0ADMIN", "U0MEMBER"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
FEED_URL = "http://127.0.0.1:9/wire.xml"  # never polled: the test hands the item to the pipeline
WAIT_S = 15.0  # an upper bound for an answer to arrive, not an expectation of speed
WITHDRAWN = "❌ Withdrawn: this alert was wrong."


def config_text(rules: Path, destinations: str) -> str:
    return (
        f'feeds:\n  - {{url: "{FEED_URL}", name: Wire}}\n'
        f"destinations:\n{destinations}"
        "routes:\n  - {triggers: [casualty], severity: [low, medium, high], to: [here, held]}\n"
        f'admins: {{telegram: [{ADMIN}], slack: ["{SLACK_ADMIN}"]}}\n'
        f"rules_dir: {rules}\n"
    )


def news() -> Entry:
    now = datetime.now(UTC)
    return Entry(
        feed_id_for(FEED_URL),
        "wire-1",
        "Shelling hits a market in Kharkiv",
        "Russian shelling killed 150 people and wounded 40 at a market in Kharkiv on Saturday, "
        "regional officials said.",
        "https://wire.example/kharkiv-market",
        now,
        "Wire",
    )


@asynccontextmanager
async def bot_posting(
    tmp_path: Path, repo_root: Path, env: dict[str, str], destinations: str
) -> AsyncIterator[Bot]:
    config = tmp_path / "config.yaml"
    config.write_text(config_text(repo_root / "rules", destinations), encoding="utf-8")
    settings = Settings.from_env(
        {
            "CONFLICT_ALERTS_CONFIG": str(config),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'state.sqlite3'}",
            **env,
        }
    )
    async with running_bot(settings) as bot:
        # "held" is paused: its delivery stays queued until the alert is withdrawn
        await asyncio.to_thread(
            bot.store.outbox.set_paused, "held", True, "held by the test", datetime.now(UTC)
        )
        entry = news()
        alerts = await asyncio.to_thread(
            bot.pipeline.judge_and_record, entry, datetime.now(UTC), baseline=False
        )
        assert {a.rule_id for a in alerts} == {"casualties-major", "casualties-injured-missing"}
        await deliver(bot)
        yield bot


async def deliver(bot: Bot) -> None:
    await drain_outbox(bot.deliverers, bot.store, max_wait_s=10, clock=lambda: datetime.now(UTC))


def service_of(bot: Bot) -> CommandService:
    return CommandService(
        bot.store, SubscriptionStore(bot.store.engine), lambda: bot.config, lambda: bot.pipeline.rules.ruleset
    )


async def wait_for(predicate: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        await asyncio.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def withdrawn_text(headline: str) -> str:
    return f"{WITHDRAWN}\n{headline}\nWire · https://wire.example/kharkiv-market"


# --- Telegram ---------------------------------------------------------------------------------------


async def answer(
    tg: FakeTelegram,
    text: str,
    user_id: int,
    reply_to: int | None,
    channel_post: tuple[int, int] | None = None,
) -> str:
    """Push `text` into the group as `user_id` (answering `reply_to`, or the group's copy of a channel
    post); the bot's reply."""
    before = len(tg.messages)
    tg.push_message(
        GROUP, text, user_id=user_id, username=f"user{user_id}", reply_to=reply_to,
        reply_to_channel_post=channel_post,
    )  # fmt: skip

    def replied() -> str | None:
        new = [m for m in tg.messages[before:] if m.chat_id == str(GROUP)]
        return new[0].text if new else None

    text_back: str = await wait_for(replied, f"the bot's answer to {text!r}")
    return text_back


async def test_an_admin_withdraws_an_alert_by_answering_it_with_wrong_in_telegram(
    tmp_path: Path, repo_root: Path
) -> None:
    destinations = (
        f'  - {{id: here, telegram: {{chat_id: "{GROUP}"}}}}\n'
        f'  - {{id: held, telegram: {{chat_id: "{HELD}"}}}}\n'
    )
    async with running_fake_telegram(rate_limits=False, max_poll=0.5) as tg:
        env = {"TELEGRAM_BOT_TOKEN": tg.token, "TELEGRAM_API_BASE_URL": tg.base_url}
        async with bot_posting(tmp_path, repo_root, env, destinations) as bot:
            [alert] = [m for m in tg.messages if m.chat_id == str(GROUP)]
            headline = alert.text.splitlines()[0]
            assert headline == "🔴 Casualties · Kharkiv, Ukraine — 150 people killed"
            assert (
                "• 40 people injured (Kharkiv, Ukraine)" in alert.text.splitlines()
            )  # one message, two rules
            front = TelegramCommands(
                service_of(bot), tg.token, tg.base_url, poll_timeout_s=1, role_check_s=0.05
            )
            await front.start()
            try:
                refused = await answer(tg, "/wrong", MEMBER, alert.message_id)
                assert refused.startswith("Sorry, /wrong is for the bot's administrators")
                how = await answer(tg, "/wrong the toll was 15", ADMIN, None)
                assert how.startswith("To withdraw an alert, reply to it with /wrong")
                done = await answer(tg, "/wrong the toll was 15, not 150", ADMIN, alert.message_id)
                again = await answer(tg, "/wrong", ADMIN, alert.message_id)
            finally:
                await front.stop()
            assert done.splitlines() == [
                f"Withdrawn: {headline}",
                "1 message will be edited to say so; 1 delivery not sent yet cancelled. "
                "Kept for review as #1 (conflict-alerts review).",
            ]
            assert again == f"Already withdrawn: {headline}"

            await deliver(bot)
            assert alert.text == withdrawn_text(headline)  # the posted message, edited in place
            await asyncio.to_thread(bot.store.outbox.set_paused, "held", False, None, datetime.now(UTC))
            await deliver(bot)
            assert [m for m in tg.messages if m.chat_id == str(HELD)] == []  # cancelled, never sent

            [kept] = await asyncio.to_thread(ReviewStore(bot.store.engine).retractions)
            line = corpus_line(kept)
            assert line["summary"] == news().summary and line["title"] == news().title
            assert line["labels"] == []  # both figures were in the withdrawn message
            assert {f["count"] for f in line["withdrawn"]} == {150, 40}
            assert all("why" in f for f in line["withdrawn"])
            assert line["review"]["by"] == f"telegram:{ADMIN} (user{ADMIN})"
            assert line["review"]["note"] == "the toll was 15, not 150"


async def test_a_channel_alert_is_withdrawn_from_its_discussion_group(
    tmp_path: Path, repo_root: Path
) -> None:
    channel = -1007770001
    destinations = (
        f'  - {{id: here, telegram: {{chat_id: "{channel}"}}}}\n'
        f'  - {{id: held, telegram: {{chat_id: "{HELD}"}}}}\n'
    )
    async with running_fake_telegram(rate_limits=False, max_poll=0.5) as tg:
        env = {"TELEGRAM_BOT_TOKEN": tg.token, "TELEGRAM_API_BASE_URL": tg.base_url}
        async with bot_posting(tmp_path, repo_root, env, destinations) as bot:
            [alert] = [m for m in tg.messages if m.chat_id == str(channel)]
            headline = alert.text.splitlines()[0]
            front = TelegramCommands(
                service_of(bot), tg.token, tg.base_url, poll_timeout_s=1, role_check_s=0.05
            )
            await front.start()
            try:
                done = await answer(tg, "/wrong", ADMIN, None, channel_post=(channel, alert.message_id))
            finally:
                await front.stop()
            assert done.startswith(f"Withdrawn: {headline}\n1 message will be edited")
            await deliver(bot)
            assert alert.text == withdrawn_text(headline)


# --- Slack ------------------------------------------------------------------------------------------


@dataclass
class SlackHarness:
    url: str
    slack: FakeSlack
    http: aiohttp.ClientSession

    async def post(self, payload: dict[str, Any], *, secret: str = SIGNING_SECRET) -> int:
        body = urlencode({"payload": json.dumps(payload)})
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body),
        }
        async with self.http.post(self.url, data=body.encode(), headers=headers) as response:
            return response.status

    async def shortcut(self, user: str, ts: str, **signing: Any) -> int:
        """The "Wrong alert" message shortcut, as Slack posts it (type message_action)."""
        return await self.post(
            {
                "type": "message_action",
                "callback_id": WRONG_SHORTCUT,
                "trigger_id": self.slack.issue_trigger(),
                "action_ts": str(time.time()),
                "team": {"id": "T00000000", "domain": "fake"},
                "user": {"id": user, "username": user.lower(), "team_id": "T00000000"},
                "channel": {"id": CHANNEL, "name": "gaza-desk"},
                "message": {"type": "message", "ts": ts, "text": "…", "bot_id": "B0BOT0000"},
                "message_ts": ts,
                "response_url": "https://hooks.slack.com/app/T0/1/xyz",
                "api_app_id": "A0APP",
                "token": "legacy-verification-token",
            },
            **signing,
        )

    async def submit(self, view: dict[str, Any], user: str, note: str) -> int:
        """The modal submitted, as Slack posts it (type view_submission)."""
        values = {"note": {"note": {"type": "plain_text_input", "value": note}}}
        return await self.post(
            {
                "type": "view_submission",
                "team": {"id": "T00000000", "domain": "fake"},
                "user": {"id": user, "username": user.lower(), "team_id": "T00000000"},
                "api_app_id": "A0APP",
                "token": "legacy-verification-token",
                "trigger_id": self.slack.issue_trigger(),
                "view": {**view, "id": "V00000001", "state": {"values": values}, "app_id": "A0APP"},
            }
        )


async def test_an_admin_withdraws_an_alert_with_the_slack_message_shortcut(
    tmp_path: Path, repo_root: Path
) -> None:
    destinations = (
        f'  - {{id: here, slack: {{channel: "{CHANNEL}"}}}}\n'
        f'  - {{id: held, slack: {{channel: "{HELD_CHANNEL}"}}}}\n'
    )
    async with running_fake_slack(rate_limits=False) as slack:
        env = {"SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url}
        async with bot_posting(tmp_path, repo_root, env, destinations) as bot:
            [alert] = [m for m in slack.messages if m.channel == CHANNEL]
            headline = alert.text.splitlines()[0]
            front = SlackCommands(service_of(bot), slack.token, SIGNING_SECRET, slack.base_url)
            app = web.Application()
            app.add_routes(front.routes())
            runner = web.AppRunner(app)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", 0).start()
            try:
                async with aiohttp.ClientSession() as http:
                    harness = SlackHarness(
                        f"http://127.0.0.1:{runner.addresses[0][1]}{EVENTS_PATH}", slack, http
                    )
                    # a forged request never reaches a handler
                    assert await harness.shortcut(SLACK_ADMIN, alert.ts, secret="not-the-secret") == 401
                    assert slack.views == []
                    # a member is refused privately, and no modal opens
                    assert await harness.shortcut(SLACK_MEMBER, alert.ts) == 200
                    [refusal] = slack.ephemeral
                    assert refusal.user == SLACK_MEMBER and refusal.channel == CHANNEL
                    assert refusal.text.startswith("Sorry, “Wrong alert” is for the bot's administrators")
                    assert slack.views == []
                    # an admin gets the modal, and submits a note
                    assert await harness.shortcut(SLACK_ADMIN, alert.ts) == 200
                    [opened] = slack.views
                    assert opened["view"]["title"]["text"] == "Wrong alert"
                    assert await harness.submit(opened["view"], SLACK_ADMIN, "not in Kharkiv") == 200
                    done = await wait_for(lambda: slack.ephemeral[1:], "the admin's confirmation")
            finally:
                await front.stop()
                await runner.cleanup()
            assert done[0].user == SLACK_ADMIN
            assert done[0].text.startswith(f"Withdrawn: {headline}\n1 message will be edited")

            await deliver(bot)
            assert alert.text == withdrawn_text(headline)  # the fallback text of the edited message
            assert alert.blocks[1]["text"]["text"] == f"~{headline}~"
            await asyncio.to_thread(bot.store.outbox.set_paused, "held", False, None, datetime.now(UTC))
            await deliver(bot)
            assert [m for m in slack.messages if m.channel == HELD_CHANNEL] == []

            [kept] = await asyncio.to_thread(ReviewStore(bot.store.engine).retractions)
            assert (kept.platform, kept.message_id, kept.note) == (
                "slack",
                f"{CHANNEL}:{alert.ts}",
                "not in Kharkiv",
            )
