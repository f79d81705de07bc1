"""Slack slash commands, real slack-bolt (AsyncApp) behind an aiohttp route on 127.0.0.1, its
AsyncWebClient pointed at the fake Slack Web API. Requests are signed per Slack's v0 scheme; badly
signed and stale ones must be refused with 401 before any handler runs."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

from bot.app import open_store
from bot.chat.command_service import CommandService
from bot.chat.slack_commands import EVENTS_PATH, SlackCommands
from bot.config import Config, parse_config
from bot.core.route import Subscription
from bot.core.rules import RuleSet, load_rules
from bot.store.subscriptions import SubscriptionStore
from tests.conftest import TEST_RULES
from tests.fakes.slack_api import FakeSlack, running_fake_slack

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "C0CHANNEL1"


@dataclass
class Harness:
    url: str
    slack: FakeSlack
    subs: SubscriptionStore
    http: aiohttp.ClientSession

    async def post(
        self, body: str, *, content_type: str, secret: str = SIGNING_SECRET, age_s: float = 0
    ) -> tuple[int, str]:
        timestamp = str(int(time.time() - age_s))
        signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature,
        }
        async with self.http.post(self.url, data=body.encode(), headers=headers) as response:
            return response.status, await response.text()

    async def command(
        self, text: str, *, user: str = "U0MEMBER", channel: str = CHANNEL, **signing: Any
    ) -> tuple[int, str]:
        body = urlencode(
            {
                "token": "legacy-verification-token",
                "team_id": "T00000000",
                "team_domain": "fake",
                "channel_id": channel,
                "channel_name": "directmessage" if channel.startswith("D") else "gaza-desk",
                "user_id": user,
                "user_name": user.lower(),
                "command": "/conflict-alerts",
                "text": text,
                "api_app_id": "A0APP",
                "response_url": "https://hooks.slack.com/commands/T0/1/xyz",
                "trigger_id": "1.2.3",
            }
        )
        status, raw = await self.post(body, content_type="application/x-www-form-urlencoded", **signing)
        if status != 200:
            return status, raw
        payload = json.loads(raw)
        assert payload["response_type"] == "ephemeral"
        return status, str(payload["text"])


@pytest.fixture
def config(repo_root: Path, tmp_path: Path) -> Config:
    text = f"""
destinations:
  - {{id: desk, slack: {{channel: "C0DESK"}}}}
routes:
  - {{triggers: [casualty], to: [desk]}}
admins: {{slack: ["U0ADMIN"]}}
rules_dir: {TEST_RULES}
"""
    return parse_config(text, tmp_path / "config.yaml")


@pytest.fixture
async def harness(config: Config, tmp_path: Path) -> AsyncIterator[Harness]:
    result = load_rules(config.rules_dir, config.destination_ids)
    ruleset: RuleSet | None = result.ruleset
    assert ruleset is not None
    store = open_store(f"sqlite:///{tmp_path / 'state.sqlite3'}")
    subs = SubscriptionStore(store.engine)
    service = CommandService(store, subs, lambda: config, lambda: ruleset)
    async with running_fake_slack(rate_limits=False) as slack:
        front = SlackCommands(service, slack.token, SIGNING_SECRET, slack.base_url)
        app = web.Application()
        app.add_routes(front.routes())
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        await front.start()
        try:
            async with aiohttp.ClientSession() as http:
                url = f"http://127.0.0.1:{runner.addresses[0][1]}{EVENTS_PATH}"
                yield Harness(url, slack, subs, http)
        finally:
            await front.stop()
            await runner.cleanup()
            store.engine.dispose()


async def test_a_signed_slash_command_subscribes_a_channel_for_a_workspace_admin(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="conflict_alerts.commands"):
        status, text = await harness.command("subscribe casualty gaza", user="U0MEMBER")
    assert status == 200
    assert text.startswith("Sorry, only this chat's administrators")
    assert "/conflict-alerts subscribe" in text  # Slack users see the command they type
    assert any("refused /subscribe from user U0MEMBER" in r.getMessage() for r in caplog.records)
    assert harness.subs.chat_subscriptions("slack", CHANNEL) == []
    assert ("users.info", {"user": "U0MEMBER"}) in harness.slack.requests

    harness.slack.set_user("U0WSADMIN", is_admin=True)
    status, text = await harness.command("subscribe casualty gaza", user="U0WSADMIN")
    assert status == 200 and text.startswith("Subscribed: this chat will get casualty alerts about gaza")
    assert harness.subs.chat_subscriptions("slack", CHANNEL) == [
        Subscription("slack", CHANNEL, "casualty", "gaza")
    ]
    # In a DM with the bot, the user manages their own subscriptions.
    harness.slack.set_dm("U0MEMBER", "D0DM")
    status, text = await harness.command("subscribe embargo", user="U0MEMBER", channel="D0DM")
    assert status == 200 and text.startswith("Subscribed")


async def test_admin_commands_and_help_over_slack(harness: Harness) -> None:
    status, text = await harness.command("status", user="U0MEMBER")
    assert status == 200 and text.startswith("Sorry, /conflict-alerts status is for the bot's administrators")
    status, text = await harness.command("status", user="U0ADMIN")
    assert status == 200 and text.startswith("Feeds:")
    status, text = await harness.command("", user="U0MEMBER")
    assert status == 200 and "/conflict-alerts subscribe [trigger] [region]" in text
    status, text = await harness.command("mute later", user="U0ADMIN")
    assert status == 200 and text.startswith("Usage: /conflict-alerts mute &lt;duration&gt;")


async def test_a_badly_signed_request_is_refused(harness: Harness) -> None:
    harness.slack.set_user("U0WSADMIN", is_admin=True)
    status, _ = await harness.command("subscribe", user="U0WSADMIN", secret="not-the-signing-secret")
    assert status == 401
    assert harness.subs.all_subscriptions() == []
    assert not any(method == "users.info" for method, _ in harness.slack.requests)


async def test_a_stale_request_is_refused(harness: Harness) -> None:
    harness.slack.set_user("U0WSADMIN", is_admin=True)
    status, _ = await harness.command("subscribe", user="U0WSADMIN", age_s=10 * 60)
    assert status == 401
    assert harness.subs.all_subscriptions() == []


async def _open_home(harness: Harness, user: str) -> str:
    event = {
        "token": "legacy",
        "team_id": "T00000000",
        "api_app_id": "A0APP",
        "type": "event_callback",
        "event_id": f"Ev{len(harness.slack.views):04d}",
        "event_time": int(time.time()),
        "event": {"type": "app_home_opened", "user": user, "channel": "D0ANY", "tab": "home"},
    }
    status, _ = await harness.post(json.dumps(event), content_type="application/json")
    assert status == 200
    view = harness.slack.views[-1]
    assert view["user_id"] == user
    return json.dumps(view["view"]["blocks"])


async def test_the_app_home_tab_shows_a_user_only_what_they_may_manage(harness: Harness) -> None:
    """A channel's subscriptions are for the workspace admins who may change them; a DM's for the
    one person in it. Nobody else's DM is ever listed."""
    harness.slack.set_user("U0WSADMIN", is_admin=True)
    harness.slack.set_dm("U0MEMBER", "D0MEMBER")
    harness.slack.set_dm("U0OTHER", "D0OTHER")
    harness.slack.set_dm("U0WSADMIN", "D0ADMIN")
    await harness.command("subscribe casualty gaza", user="U0WSADMIN")
    await harness.command("subscribe embargo", user="U0MEMBER", channel="D0MEMBER")
    await harness.command("subscribe recognition", user="U0OTHER", channel="D0OTHER")

    admin = await _open_home(harness, "U0WSADMIN")
    assert f"<#{CHANNEL}>" in admin and "casualty alerts about gaza" in admin
    assert "D0MEMBER" not in admin and "D0OTHER" not in admin and "recognition" not in admin

    member = await _open_home(harness, "U0MEMBER")
    assert "arms embargo alerts" in member.lower() or "embargo" in member
    assert CHANNEL not in member and "gaza" not in member
    assert "D0OTHER" not in member and "recognition" not in member


async def test_a_private_chat_is_decided_by_the_api_not_by_the_channel_name(harness: Harness) -> None:
    """`channel_name` is whatever the request says; only a DM (Slack's conversations.info: is_im)
    lets a member manage subscriptions without being an admin."""
    body = urlencode(
        {
            "channel_id": CHANNEL, "channel_name": "directmessage", "user_id": "U0MEMBER",
            "user_name": "member", "command": "/conflict-alerts", "text": "subscribe casualty",
            "team_id": "T00000000", "api_app_id": "A0APP", "trigger_id": "1.2.3",
            "response_url": "https://hooks.slack.com/commands/T0/1/xyz",
        }
    )  # fmt: skip
    status, raw = await harness.post(body, content_type="application/x-www-form-urlencoded")
    assert status == 200
    assert json.loads(raw)["text"].startswith("Sorry, only this chat's administrators")
    assert harness.subs.chat_subscriptions("slack", CHANNEL) == []

    harness.slack.set_dm("U0MEMBER", "D0MEMBER")
    status, text = await harness.command("subscribe casualty", user="U0MEMBER", channel="D0MEMBER")
    assert status == 200 and text.startswith("Subscribed")
    assert ("conversations.info", {"channel": "D0MEMBER"}) in harness.slack.requests


async def test_a_reply_echoing_a_five_thousand_character_argument_is_clipped(harness: Harness) -> None:
    harness.slack.set_dm("U0MEMBER", "D0MEMBER")
    status, text = await harness.command("subscribe " + "x" * 5000, user="U0MEMBER", channel="D0MEMBER")
    assert status == 200
    assert text.startswith("I don't know the region") and len(text) < 1000 and "…" in text
