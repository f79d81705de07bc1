"""The chat command front-ends of a running bot: built for the platforms with a token, started
without stopping the bot when a platform refuses or cannot be reached (bot/chat/startup.py)."""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import TYPE_CHECKING

from bot.chat.command_service import CommandService
from bot.chat.slack_commands import SlackCommands
from bot.chat.startup import start_with_retries
from bot.chat.telegram_commands import TelegramCommands
from bot.core.credentials import redact
from bot.core.model import Platform
from bot.errors import StartupError
from bot.pipeline import runtime_feed_guard
from bot.settings import Settings
from bot.store.locks import SingletonRole

if TYPE_CHECKING:
    from bot.app import Bot

log = logging.getLogger("conflict_alerts.app")


async def start_commands(
    settings: Settings, bot: Bot, commands: list[TelegramCommands | SlackCommands]
) -> tuple[list[TelegramCommands | SlackCommands], list[asyncio.Task[bool]]]:
    """Start the chat command front-ends. A platform that refused the token gets none; one that is
    unreachable is retried in the background with backoff. Neither stops the bot."""
    started: list[TelegramCommands | SlackCommands] = []
    retrying: list[asyncio.Task[bool]] = []
    for front in commands:
        platform = Platform.TELEGRAM if isinstance(front, TelegramCommands) else Platform.SLACK
        name = f"{platform.value.capitalize()} commands"
        if platform in bot.rejected_platforms:
            log.warning("%s are off: the bot token was rejected", name, extra={"event": "commands_off"})
            continue
        started.append(front)
        try:
            await front.start()
        except Exception as error:
            reason = redact(f"{type(error).__name__}: {error}", settings.secrets)
            if _refused(platform, error, settings):
                log.error("%s could not start: %s", name, reason, extra={"event": "commands_not_started"})
                continue
            log.warning(
                "%s could not start (%s); retrying in the background", name, reason,
                extra={"event": "commands_start_retry"},
            )
            retrying.append(
                asyncio.create_task(
                    start_with_retries(name, front.start, partial(_refused, platform, settings=settings))
                )
            )
    return started, retrying


def _refused(platform: Platform, error: BaseException, settings: Settings) -> bool:
    """Whether the platform refused us for good (bad token, bad webhook settings), not just for now."""
    if isinstance(error, ValueError):
        return True
    if platform is Platform.TELEGRAM:
        from telegram.error import TelegramError

        from bot.chat.telegram import delivery_error as telegram_error

        token = settings.telegram_token or ""
        return isinstance(error, TelegramError) and telegram_error(error, token).permanent
    from bot.chat.slack import delivery_error as slack_error

    return slack_error(error, settings.slack_token or "").permanent


def build_commands(settings: Settings, bot: Bot) -> list[TelegramCommands | SlackCommands]:
    """Chat command front-ends for the platforms with a token (not started yet: their routes must
    reach the HTTP server before it starts)."""
    if bot.subscriptions is None:
        return []
    service = CommandService(
        bot.store,
        bot.subscriptions,
        lambda: bot.config,
        lambda: bot.pipeline.rules.ruleset,
        feed_guard=lambda: runtime_feed_guard(bot.config),
        gate=bot.gate,
    )
    fronts: list[TelegramCommands | SlackCommands] = []
    try:
        if settings.telegram_token:
            fronts.append(
                TelegramCommands(
                    service,
                    settings.telegram_token,
                    settings.telegram_base_url,
                    role=SingletonRole(bot.store.engine, "telegram:polling"),
                    webhook_url=settings.telegram_webhook_url,
                    webhook_secret=settings.telegram_webhook_secret,
                )
            )
        if settings.slack_token and (settings.slack_signing_secret or settings.slack_app_token):
            fronts.append(
                SlackCommands(
                    service,
                    settings.slack_token,
                    settings.slack_signing_secret,
                    settings.slack_api_url,
                    app_token=settings.slack_app_token,
                )
            )
        elif settings.slack_token:
            log.warning(
                "Slack commands are off: set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN "
                "(Socket Mode) to take /conflict-alerts commands"
            )
    except ValueError as error:
        raise StartupError(str(error)) from None
    return fronts
