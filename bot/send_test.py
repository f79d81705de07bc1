"""`conflict-alerts send-test DESTINATION`: post one short message to a configured destination and
report exactly what the platform answered, with the fix when it refused (bot/chat/troubleshoot.py).

The way to check a token, a chat id and the bot's rights before any news arrives. It uses the same
client libraries, base URLs and tokens as the running bot, and touches no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot.chat.troubleshoot import fix_for
from bot.config import Config
from bot.core.model import Destination, Platform
from bot.core.wording import did_you_mean
from bot.errors import CliProblem
from bot.settings import Settings

TEST_TEXT = (
    "Conflict Alerts: test message for destination '{id}' ({when:%Y-%m-%d %H:%M} UTC). "
    "Alerts will look different."
)


@dataclass(frozen=True, slots=True)
class TestResult:
    ok: bool
    lines: list[str]


def find_destination(config: Config, destination_id: str) -> Destination:
    known = [d.id for d in config.destinations]
    for destination in config.destinations:
        if destination.id == destination_id:
            return destination
    listed = ", ".join(known) if known else "none"
    raise CliProblem(
        f"no destination '{destination_id}' in the configuration{did_you_mean(destination_id, known)}; "
        f"destinations: {listed}"
    )


async def send_test(settings: Settings, destination: Destination, now: datetime | None = None) -> TestResult:
    text = TEST_TEXT.format(id=destination.id, when=now or datetime.now(UTC))
    if destination.platform is Platform.TELEGRAM:
        return await _telegram(settings, destination, text)
    if destination.platform is Platform.SLACK:
        return await _slack(settings, destination, text)
    print(text, flush=True)
    return TestResult(True, [f"console: printed the test message above ({destination.id})"])


def _refused(platform: Platform, method: str, answer: str) -> TestResult:
    name = platform.value.capitalize()
    lines = [f"{name} answered {method}: {answer}"]
    fix = fix_for(platform, answer)
    if fix:
        lines.append(f"fix: {fix} (docs/{platform.value}.md, Troubleshooting)")
    return TestResult(False, lines)


async def _telegram(settings: Settings, destination: Destination, text: str) -> TestResult:
    from telegram import Bot
    from telegram.error import NetworkError, TelegramError, TimedOut
    from telegram.request import HTTPXRequest

    from bot.core.credentials import redact

    token = settings.telegram_token
    if not token:
        raise CliProblem(
            f"destination '{destination.id}' is on Telegram but TELEGRAM_BOT_TOKEN is not set "
            "(docs/telegram.md: the token comes from @BotFather)"
        )
    base_url = settings.telegram_base_url or "https://api.telegram.org/bot"
    bot = Bot(token, base_url=base_url, request=HTTPXRequest(connect_timeout=10, read_timeout=10))
    method = "getMe"
    try:
        async with bot:  # getMe: checks the token
            method = "sendMessage"
            message = await bot.send_message(chat_id=destination.address, text=text)
    except TelegramError as error:
        answer = redact(f"{type(error).__name__}: {error.message}", [token])
        if isinstance(error, TimedOut | NetworkError) and not _is_api_answer(error):
            where = redact(base_url, [token])
            return TestResult(False, [f"could not reach the Telegram API at {where}: {answer}"])
        return _refused(Platform.TELEGRAM, method, answer)
    chat = message.chat
    title = f" \"{chat.title}\"" if chat.title else ""
    return TestResult(
        True,
        [
            f"Telegram answered sendMessage: ok, message {message.message_id} in {chat.type} chat "
            f"{chat.id}{title}, sent by @{bot.username}"
        ],
    )


def _is_api_answer(error: Exception) -> bool:
    """BadRequest and the other API answers subclass NetworkError in python-telegram-bot."""
    from telegram.error import BadRequest

    return isinstance(error, BadRequest)


async def _slack(settings: Settings, destination: Destination, text: str) -> TestResult:
    import aiohttp
    from slack_sdk.errors import SlackApiError
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.chat.slack import SLACK_API_URL
    from bot.core.credentials import redact

    token = settings.slack_token
    if not token:
        raise CliProblem(
            f"destination '{destination.id}' is on Slack but SLACK_BOT_TOKEN is not set "
            "(docs/slack.md: the Bot User OAuth Token, xoxb-…)"
        )
    base_url = settings.slack_api_url or SLACK_API_URL
    base_url = base_url if base_url.endswith("/") else base_url + "/"
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        client = AsyncWebClient(token=token, base_url=base_url, session=session, retry_handlers=[])
        method = "auth.test"
        try:
            auth = await client.auth_test()
            method = "chat.postMessage"
            posted = await client.chat_postMessage(
                channel=destination.address, text=text, unfurl_links=False, unfurl_media=False
            )
        except SlackApiError as error:
            data = error.response.data if isinstance(error.response.data, dict) else {}
            answer = f"{data.get('error') or 'error'} (HTTP {error.response.status_code})"
            return _refused(Platform.SLACK, method, redact(answer, [token]))
        except (aiohttp.ClientError, TimeoutError, OSError) as error:
            reason = redact(f"{type(error).__name__}: {error}", [token])
            return TestResult(False, [f"could not reach the Slack API at {base_url}: {reason}"])
    return TestResult(
        True,
        [
            f"Slack answered chat.postMessage: ok, message ts {posted.get('ts')} in channel "
            f"{posted.get('channel')}, sent by {auth.get('user') or auth.get('user_id')} "
            f"in workspace {auth.get('team') or auth.get('team_id')}"
        ],
    )
