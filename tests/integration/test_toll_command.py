"""`/toll`: a running toll's figure, last changes and sources, and its chart as an image, through the
real python-telegram-bot (sendPhoto) and slack-bolt / slack_sdk (files_upload_v2) against the fakes
on 127.0.0.1. Also: the fakes refuse uploads the way the platforms do. The reports are the team's."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
import telegram
from aiohttp import web
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import open_store
from bot.chat.command_service import CommandService
from bot.chat.slack_commands import EVENTS_PATH, SlackCommands
from bot.chat.telegram_commands import TelegramCommands
from bot.config import Config, parse_config
from bot.core.model import CasualtyFigure, Entry, RuleMatch, Severity, Trigger
from bot.core.rules import load_rules
from bot.record import record_match
from bot.store.locks import SingletonRole
from bot.store.repo import Store
from bot.store.subscriptions import SubscriptionStore
from tests.conftest import TEST_RULES
from tests.fakes.slack_api import running_fake_slack
from tests.fakes.telegram_api import image_size, running_fake_telegram

DAY = datetime(2025, 7, 1, 10, tzinfo=UTC)
WAIT_S = 20.0  # an upper bound for the chart (matplotlib's first import included), not a speed claim
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "C0CHANNEL1"


def _seed(store: Store) -> None:
    for n, (count, source) in enumerate(
        ((58_100, "Wire One"), (58_100, "Daily Two"), (58_240, "Radio Five"))
    ):
        when = DAY + timedelta(days=n)
        fact = CasualtyFigure(count, "exact", "killed", "Palestinians", "Gaza Strip", True)
        entry = Entry("feed", f"k{n}", "Gaza toll", "", f"https://{n}.example/", when, source)
        record_match(
            store, entry, [RuleMatch("r", Trigger.CASUALTY, Severity.HIGH, (), (fact,))], lambda a: [], when
        )


@pytest.fixture
def config(tmp_path: Path) -> Config:
    text = f"""
destinations:
  - {{id: desk, slack: {{channel: "C0DESK"}}}}
routes:
  - {{triggers: [casualty], to: [desk]}}
admins: {{telegram: [9001], slack: ["U0ADMIN"]}}
rules_dir: {TEST_RULES}
"""
    return parse_config(text, tmp_path / "config.yaml")


@pytest.fixture
def service(config: Config, tmp_path: Path) -> CommandService:
    store = open_store(f"sqlite:///{tmp_path / 'state.sqlite3'}")
    _seed(store)
    ruleset = load_rules(config.rules_dir, config.destination_ids).ruleset
    assert ruleset is not None
    return CommandService(store, SubscriptionStore(store.engine), lambda: config, lambda: ruleset)


async def wait_for(predicate: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def test_toll_on_telegram_answers_with_the_figure_and_a_photo(service: CommandService) -> None:
    async with running_fake_telegram(rate_limits=False, max_poll=0.5) as tg:
        front = TelegramCommands(service, tg.token, tg.base_url, role=SingletonRole(service.store.engine,
                                 "telegram:polling"), poll_timeout_s=1, role_check_s=0.05)  # fmt: skip
        await front.start()
        try:
            tg.push_message(4242, "/toll gaza", user_id=4242)
            [text] = await wait_for(lambda: [m.text for m in tg.messages if m.chat_id == "4242"], "the reply")
            [photo] = await wait_for(lambda: tg.photos, "the chart")

            tg.push_message(4242, "/toll atlantis", user_id=4242)
            await wait_for(lambda: len(tg.messages) == 2, "the second reply")
        finally:
            await front.stop()
    lines = text.splitlines()
    assert lines[0] == "Gaza · killed: 58,240 (3 Jul 2025, Radio Five)"
    assert lines[1:] == [
        "  3 Jul 2025: 58,240 (+140) — Radio Five",
        "  1 Jul 2025: 58,100 (first report) — Wire One",
    ]
    assert (photo.chat_id, photo.caption) == ("4242", "Gaza · killed: 58,240 (3 Jul 2025)")
    assert (photo.width, photo.height) == (800, 400)
    assert tg.messages[1].text.startswith("No running toll of 'atlantis' yet.")
    assert len(tg.photos) == 1  # nothing to draw for a toll that does not exist


def _signed(body: str) -> dict[str, str]:
    timestamp = str(int(time.time()))
    signature = SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=timestamp, body=body)
    return {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature}  # fmt: skip


@pytest.fixture
async def slack_front(service: CommandService) -> AsyncIterator[tuple[Any, str, aiohttp.ClientSession]]:
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
                yield slack, f"http://127.0.0.1:{runner.addresses[0][1]}{EVENTS_PATH}", http
        finally:
            await front.stop()
            await runner.cleanup()


async def _slash(http: aiohttp.ClientSession, url: str, text: str) -> str:
    fields = {"team_id": "T0", "channel_id": CHANNEL, "channel_name": "gaza-desk", "user_id": "U0MEMBER",
              "user_name": "member", "command": "/conflict-alerts", "text": text, "api_app_id": "A0",
              "response_url": "https://hooks.slack.com/commands/T0/1/xyz", "trigger_id": "1.2.3"}  # fmt: skip
    body = urlencode(fields)
    async with http.post(url, data=body.encode(), headers=_signed(body)) as response:
        assert response.status == 200
        return str(json.loads(await response.text())["text"])


async def test_toll_on_slack_answers_and_shares_the_chart_in_the_channel(
    slack_front: tuple[Any, str, aiohttp.ClientSession],
) -> None:
    slack, url, http = slack_front
    reply = await _slash(http, url, "toll Gaza Strip")
    assert reply.splitlines()[0] == "Gaza · killed: 58,240 (3 Jul 2025, Radio Five)"
    [shared] = await wait_for(lambda: slack.files, "the chart upload")
    assert (shared.channel, shared.title, shared.filename) == (
        CHANNEL,
        "Gaza · killed: 58,240 (3 Jul 2025)",
        "toll.png",
    )
    assert image_size(shared.data) == (800, 400)


async def test_a_refused_chart_upload_is_logged_and_the_reply_still_given(
    slack_front: tuple[Any, str, aiohttp.ClientSession], caplog: pytest.LogCaptureFixture
) -> None:
    slack, url, http = slack_front
    slack.set_channel(CHANNEL, "not_in_channel")
    with caplog.at_level(logging.WARNING, logger="conflict_alerts.slack_commands"):
        reply = await _slash(http, url, "toll gaza")
        assert reply.startswith("Gaza · killed: 58,240")
        await wait_for(lambda: [r for r in caplog.records if getattr(r, "event", "") == "toll_chart_failed"],
                       "the warning")  # fmt: skip
    assert slack.files == []
    assert ("files.completeUploadExternal", "not_in_channel") in slack.rejected


# --- the fakes refuse uploads the way the platforms do ------------------------------------------------------


def _png(width: int, height: int, padding: int = 0) -> bytes:
    header = b"\x89PNG\r\n\x1a\n" + (13).to_bytes(4, "big") + b"IHDR"
    return (
        header
        + width.to_bytes(4, "big")
        + height.to_bytes(4, "big")
        + b"\x08\x02\x00\x00\x00"
        + b"\0" * padding
    )


async def test_the_fake_telegram_refuses_photos_like_the_api() -> None:
    async with running_fake_telegram(rate_limits=False) as tg:
        bot = telegram.Bot(tg.token, base_url=tg.base_url)
        async with bot:
            sent = await bot.send_photo(
                42, telegram.InputFile(_png(640, 320), filename="a.png"), caption="ok"
            )
            assert sent.photo[-1].width == 640 and tg.photos[0].caption == "ok"
            cases = [
                (_png(640, 320, padding=10 * 1024 * 1024 + 1), {}, "PHOTO_SAVE_FILE_INVALID"),
                (b"not an image", {}, "IMAGE_PROCESS_FAILED"),
                (_png(9000, 2000), {}, "PHOTO_INVALID_DIMENSIONS"),
                (_png(4000, 100), {}, "PHOTO_INVALID_DIMENSIONS"),  # a side ratio over 20
                (_png(640, 320), {"caption": "x" * 1025}, "message caption is too long"),
            ]
            for data, extra, error in cases:
                with pytest.raises(telegram.error.BadRequest, match=f"(?i){error}"):  # PTB recapitalises
                    await bot.send_photo(42, telegram.InputFile(data, filename="a.png"), **extra)
    assert len(tg.photos) == 1


async def test_the_fake_slack_refuses_uploads_like_the_api() -> None:
    async with running_fake_slack(rate_limits=False, max_file_bytes=1000) as slack:
        client = AsyncWebClient(token=slack.token, base_url=slack.base_url)
        done = await client.files_upload_v2(channel=CHANNEL, file=_png(10, 10), filename="a.png", title="t")
        assert done["file"]["title"] == "t" and slack.files[0].data == _png(10, 10)
        with pytest.raises(SlackApiError, match="file_upload_size_restricted"):
            await client.files_upload_v2(channel=CHANNEL, file=_png(10, 10, padding=1000), filename="b.png")
        with pytest.raises(SlackApiError, match="alt_txt_too_large"):
            await client.files_upload_v2(
                channel=CHANNEL, file=_png(10, 10), filename="c.png", alt_txt="x" * 1001
            )
        slack.set_channel("C0GONE", "not_found")
        with pytest.raises(SlackApiError, match="channel_not_found"):
            await client.files_upload_v2(channel="C0GONE", file=_png(10, 10), filename="d.png")
    assert len(slack.files) == 1
