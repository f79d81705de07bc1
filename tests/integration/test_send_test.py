"""`conflict-alerts send-test DESTINATION` (a real subprocess, the real client libraries) against the
fake Telegram and Slack APIs on 127.0.0.1: it posts one message and reports what the platform
answered, or the refusal with its fix."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from tests.fakes.slack_api import running_fake_slack
from tests.fakes.telegram_api import running_fake_telegram

pytestmark = pytest.mark.slow

CHAT = "-1001122334455"
CHANNEL = "C0DESK0001"


def _config(folder: Path) -> Path:
    rules = folder / "rules"
    rules.mkdir(exist_ok=True)
    (rules / "r.yaml").write_text("[]\n", encoding="utf-8")
    config = folder / "config.yaml"
    config.write_text(
        f"feeds: []\ndestinations:\n  - {{id: gaza-channel, telegram: {{chat_id: '{CHAT}'}}}}\n"
        f"  - {{id: desk, slack: {{channel: {CHANNEL}}}}}\n  - {{id: console, console: {{}}}}\n"
        f"routes: []\nrules_dir: {rules}\n",
        encoding="utf-8",
    )
    return config


async def _send_test(destination: str, folder: Path, **env_vars: str) -> tuple[int, str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "SLACK_", "DATABASE_URL", "CONFLICT_ALERTS_"))
    }
    env.update(CONFLICT_ALERTS_CONFIG=str(_config(folder)), **env_vars)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "send-test", destination, env=env, cwd=folder,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=120)
    assert "Traceback" not in err.decode()
    return proc.returncode or 0, out.decode(), err.decode()


async def test_telegram_test_message_arrives_and_the_answer_is_reported(tmp_path: Path) -> None:
    async with running_fake_telegram() as tg:
        code, out, err = await _send_test(
            "gaza-channel", tmp_path, TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_API_BASE_URL=tg.base_url
        )

        assert code == 0, err
        [message] = tg.messages
        assert str(message.chat_id) == CHAT
        assert message.text.startswith("Conflict Alerts: test message for destination 'gaza-channel'")
        assert out.strip() == (
            f"Telegram answered sendMessage: ok, message {message.message_id} in supergroup chat {CHAT} "
            f'"Chat {CHAT}", sent by @conflict_alerts_bot'
        )


async def test_telegram_wrong_token_and_unknown_chat_come_with_their_fix(tmp_path: Path) -> None:
    async with running_fake_telegram() as tg:
        code, _, err = await _send_test(
            "gaza-channel", tmp_path,
            TELEGRAM_BOT_TOKEN="999999:NotTheTokenNotTheTokenNotTheToken-123",
            TELEGRAM_API_BASE_URL=tg.base_url,
        )
        assert code == 1
        lines = err.strip().splitlines()
        assert lines[0].startswith("Telegram answered getMe: InvalidToken")
        assert lines[1].startswith("fix: the token is wrong") and "@BotFather" in lines[1]
        assert "NotTheToken" not in err

        tg.remove_chat(CHAT)
        code, _, err = await _send_test(
            "gaza-channel", tmp_path, TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_API_BASE_URL=tg.base_url
        )
        assert code == 1
        lines = err.strip().splitlines()
        assert lines[0] == "Telegram answered sendMessage: BadRequest: Chat not found"
        assert "press Start" in lines[1] and "docs/telegram.md" in lines[1]
        assert tg.messages == []


async def test_slack_answers_are_reported(tmp_path: Path) -> None:
    async with running_fake_slack() as slack:
        env = {"SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url}
        code, out, err = await _send_test("desk", tmp_path, **env)
        assert code == 0, err
        assert out.startswith("Slack answered chat.postMessage: ok, message ts ")
        assert [m.channel for m in slack.messages] == [CHANNEL]

        slack.set_channel(CHANNEL, "not_in_channel")
        code, _, err = await _send_test("desk", tmp_path, **env)
        assert code == 1
        assert err.strip().splitlines() == [
            "Slack answered chat.postMessage: not_in_channel (HTTP 200)",
            "fix: invite the bot: type /invite @your-bot in the channel (docs/slack.md, Troubleshooting)",
        ]


async def test_unknown_destination_and_missing_token_are_one_line(tmp_path: Path) -> None:
    code, _, err = await _send_test("gaza-chanel", tmp_path)
    assert code == 1
    assert err.strip() == (
        "no destination 'gaza-chanel' in the configuration (did you mean 'gaza-channel'?); "
        "destinations: gaza-channel, desk, console"
    )
    code, _, err = await _send_test("desk", tmp_path)
    assert code == 1
    assert err.strip().startswith("destination 'desk' is on Slack but SLACK_BOT_TOKEN is not set")
