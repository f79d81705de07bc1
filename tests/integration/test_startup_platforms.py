"""A chat platform that refuses the token or cannot be reached at start never stops the bot.

Real python-telegram-bot and slack_sdk clients against the fakes on 127.0.0.1: a rejected token is one
clear line and pauses that platform's destinations while the console keeps printing; an unreachable
Telegram API leaves the alert queued, and it is delivered once the API answers."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy.exc import OperationalError

from bot.app import run_forever
from bot.chat.startup import TOKEN_REJECTED
from bot.settings import Settings
from bot.store.db import make_engine
from bot.store.repo import Store
from tests.fakes.feed_server import running_feed_server
from tests.fakes.slack_api import running_fake_slack
from tests.fakes.telegram_api import FakeTelegram, running_fake_telegram

pytestmark = pytest.mark.slow

CHAT = "-1009876543210"
CHANNEL = "C0ALERTS01"
HEADLINE = "Negotiators announce a ceasefire in the northern valley after a week of shelling"


def _feed() -> bytes:
    now = format_datetime(datetime.now(UTC))
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Valley Post</title>'
        "<link>https://valley.example/</link><description>news</description>"
        f"<item><guid>vp-1</guid><title>{escape(HEADLINE)}</title>"
        "<description>Both sides agreed to stop firing at dawn, a mediator said.</description>"
        f"<link>https://valley.example/news/1</link><pubDate>{now}</pubDate></item>"
        "</channel></rss>"
    ).encode()


def _setup(tmp_path: Path, feed_url: str) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "truce.yaml").write_text(
        "- id: truce\n  trigger: keywords\n  severity: high\n  fields: [title]\n  any: [ceasefire]\n",
        encoding="utf-8",
    )
    config = tmp_path / "config.yaml"
    config.write_text(
        f"feeds:\n  - {{url: '{feed_url}', name: Valley Post}}\n"
        f"destinations:\n  - {{id: valley-chat, telegram: {{chat_id: '{CHAT}'}}}}\n"
        f"  - {{id: desk, slack: {{channel: {CHANNEL}}}}}\n  - {{id: console, console: {{}}}}\n"
        "routes:\n  - {triggers: [keywords], severity: [high], to: [valley-chat, desk, console]}\n"
        f"rules_dir: {rules}\nsettings: {{allow_private_feed_hosts: ['127.0.0.1']}}\n",
        encoding="utf-8",
    )
    return config


def _env(tmp_path: Path, config: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "DATABASE_URL"))}
    env.update(
        CONFLICT_ALERTS_CONFIG=str(config),
        DATABASE_URL=f"sqlite:///{tmp_path / 'state.sqlite3'}",
        CONFLICT_ALERTS_HTTP_ENABLED="false",
        **extra,
    )
    return env


async def _run_once(env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--once", "-q", env=env, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=120)
    return proc.returncode or 0, out.decode(), err.decode()


def _store(tmp_path: Path) -> Store:
    return Store(make_engine(f"sqlite:///{tmp_path / 'state.sqlite3'}"))


async def test_wrong_telegram_token_pauses_telegram_and_the_others_keep_working(tmp_path: Path) -> None:
    async with running_feed_server() as feeds, running_fake_telegram() as tg, running_fake_slack() as slack:
        feeds.set_feed("/valley.xml", _feed())
        config = _setup(tmp_path, feeds.url("/valley.xml"))
        env = _env(
            tmp_path, config,
            TELEGRAM_BOT_TOKEN="111111:WrongTokenWrongTokenWrongToken-xyz",
            TELEGRAM_API_BASE_URL=tg.base_url,
            SLACK_BOT_TOKEN=slack.token,
            SLACK_API_URL=slack.base_url,
        )

        code, out, err = await _run_once(env, tmp_path)

        assert "Traceback" not in err
        assert code == 0, err
        assert HEADLINE in out  # the console destination printed it
        assert [m.channel for m in slack.messages] == [CHANNEL]  # Slack delivered it
        assert tg.messages == []
        [line] = [line for line in err.splitlines() if "rejected TELEGRAM_BOT_TOKEN" in line]
        assert "valley-chat are paused and their alerts stay queued" in line
        assert "WrongToken" not in err
        store = _store(tmp_path)
        assert store.outbox.paused_destinations() == {"valley-chat": TOKEN_REJECTED}
        assert store.status.outbox_summary(datetime.now(UTC))["pending"] == 1

        # The token fixed: the next start resumes the destination and the queued alert goes out.
        env["TELEGRAM_BOT_TOKEN"] = tg.token
        code, _, err = await _run_once(env, tmp_path)
        assert code == 0, err
        assert [str(m.chat_id) for m in tg.messages] == [CHAT]
        assert store.outbox.paused_destinations() == {}


async def test_wrong_slack_token_is_one_line_and_telegram_still_delivers(tmp_path: Path) -> None:
    async with running_feed_server() as feeds, running_fake_telegram() as tg, running_fake_slack() as slack:
        feeds.set_feed("/valley.xml", _feed())
        config = _setup(tmp_path, feeds.url("/valley.xml"))
        env = _env(
            tmp_path, config,
            TELEGRAM_BOT_TOKEN=tg.token,
            TELEGRAM_API_BASE_URL=tg.base_url,
            SLACK_BOT_TOKEN="xoxb-not-the-right-one",
            SLACK_API_URL=slack.base_url,
        )

        code, _, err = await _run_once(env, tmp_path)

        assert "Traceback" not in err
        assert code == 0, err
        assert [str(m.chat_id) for m in tg.messages] == [CHAT]
        assert slack.messages == []
        [line] = [line for line in err.splitlines() if "rejected SLACK_BOT_TOKEN" in line]
        assert "invalid_auth" in line and "desk are paused" in line
        assert _store(tmp_path).outbox.paused_destinations() == {"desk": TOKEN_REJECTED}


def _pending(store: Store) -> int:
    """Queued rows; 0 while the bot has not created its tables yet."""
    try:
        return int(store.status.outbox_summary(datetime.now(UTC))["pending"])
    except OperationalError:
        return 0


async def test_telegram_down_at_start_delivers_once_it_is_back(tmp_path: Path) -> None:
    # Bound but not listening: connections are refused, and no other process can take the port
    # before the fake does (the machine runs other test suites too).
    holder = socket.socket()
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    holder.bind(("127.0.0.1", 0))
    port = int(holder.getsockname()[1])
    fake = FakeTelegram()
    async with running_feed_server() as feeds:
        feeds.set_feed("/valley.xml", _feed())
        config = _setup(tmp_path, feeds.url("/valley.xml"))
        env = _env(
            tmp_path, config,
            TELEGRAM_BOT_TOKEN=fake.token,
            TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot",
        )
        stop = asyncio.Event()
        bot = asyncio.create_task(run_forever(Settings.from_env(env), stop))
        try:
            store = _store(tmp_path)
            # The alert is created and queued while nothing answers on the Telegram port.
            async with asyncio.timeout(60):
                while not _pending(store):
                    assert not bot.done(), bot.exception()
                    await asyncio.sleep(0.1)
            assert not bot.done()
            holder.close()
            await fake.start(port=port)
            async with asyncio.timeout(60):
                while not fake.messages:
                    assert not bot.done(), bot.exception()
                    await asyncio.sleep(0.1)
            assert [str(m.chat_id) for m in fake.messages] == [CHAT]
            assert HEADLINE in fake.messages[0].text
            assert store.outbox.paused_destinations() == {}
        finally:
            stop.set()
            holder.close()
            await asyncio.wait_for(bot, 30)
            await fake.close()
