"""Telegram commands: python-telegram-bot's `Application` receives updates and hands each command to
the CommandService (bot/chat/command_service.py); the reply goes back to the chat that asked.

Two ways to receive updates:

* **Long polling** (default): the Updater calls getUpdates. Telegram allows one poller per bot, so
  polling runs as a singleton across instances (`SingletonRole("telegram:polling")`, a PostgreSQL
  advisory lock): a supervisor task checks the role every few seconds, starts polling when it holds
  it and stops when it loses it, so a standby takes over when the active instance dies.
* **Webhook** (`TELEGRAM_WEBHOOK_URL` + `TELEGRAM_WEBHOOK_SECRET`): no Updater; at start the bot
  calls setWebhook with the secret token, and `webhook_handler` (served by the bot's aiohttp server,
  bot/web.py) accepts only requests carrying that secret in `X-Telegram-Bot-Api-Secret-Token`, then
  puts the update on `application.update_queue`. Any instance may serve webhook requests.

The bot posts into channels and takes commands in private chats and groups only (channel posts,
edited messages and plain text are ignored). With privacy mode on (BotFather's default) the bot only
sees commands in groups, which is all it needs. The token is registered with `protect_secret`, so
PTB's and httpx's loggers never print it (it is in every request URL).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any, TypeAlias

os.environ.setdefault("PTB_TIMEDELTA", "true")  # as in bot/chat/telegram.py

from aiohttp import web
from telegram import Chat, InputFile, LinkPreviewOptions, Message, MessageOriginChannel, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import Application, ContextTypes, MessageHandler, filters
from telegram.request import HTTPXRequest

from bot.chat.base import protect_secret
from bot.chat.command_service import ChatContext, CommandService
from bot.core.access import Caller, ChatKind
from bot.core.review import MessageRef
from bot.store.locks import SingletonRole

log = logging.getLogger("conflict_alerts.telegram_commands")

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message"]
TELEGRAM_MAX_CAPTION = 1024
ROLE_CHECK_S = 5.0
# A message from the group itself (an anonymous administrator posting "as the group").
_ANONYMOUS_ADMIN_BOT = 1087968824

AnyApplication: TypeAlias = "Application[Any, Any, Any, Any, Any, Any]"


def chat_kind(chat_type: str) -> ChatKind:
    if chat_type == ChatType.PRIVATE:
        return ChatKind.PRIVATE
    if chat_type in (ChatType.GROUP, ChatType.SUPERGROUP):
        return ChatKind.GROUP
    return ChatKind.CHANNEL


class TelegramCommands:
    def __init__(
        self,
        service: CommandService,
        token: str,
        base_url: str | None = None,
        *,
        role: SingletonRole | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        poll_timeout_s: int = 10,
        role_check_s: float = ROLE_CHECK_S,
    ) -> None:
        if webhook_url and not webhook_secret:
            raise ValueError(
                "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: set it to a random string "
                "of 1-256 characters A-Z, a-z, 0-9, _ and - (Telegram sends it back with every update)"
            )
        protect_secret(token)
        if webhook_secret:
            protect_secret(webhook_secret)
        self.service = service
        self.role = role
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.poll_timeout_s = poll_timeout_s
        self.role_check_s = role_check_s
        builder = (
            Application.builder()
            .token(token)
            .base_url(base_url or DEFAULT_BASE_URL)
            .request(HTTPXRequest(connection_pool_size=8, read_timeout=10, connect_timeout=10))
            .get_updates_request(HTTPXRequest(read_timeout=poll_timeout_s + 10, connect_timeout=10))
        )
        if webhook_url:
            builder = builder.updater(None)
        self.application: AnyApplication = builder.build()
        only_commands = (
            filters.UpdateType.MESSAGE
            & filters.COMMAND
            & (filters.ChatType.PRIVATE | filters.ChatType.GROUPS)
        )
        self.application.add_handler(MessageHandler(only_commands, self._on_command))
        self.application.add_error_handler(self._on_error)
        self._supervisor: asyncio.Task[None] | None = None

    # --- lifecycle -------------------------------------------------------------------------------------

    async def start(self) -> None:
        await self.application.initialize()  # getMe: checks the token, learns the bot's username
        await self.application.start()
        if self.webhook_url:
            await self.application.bot.set_webhook(
                self.webhook_url, secret_token=self.webhook_secret, allowed_updates=ALLOWED_UPDATES
            )
            log.info("Telegram commands via webhook", extra={"event": "telegram_commands_webhook"})
        else:
            self._supervisor = asyncio.create_task(self._supervise(), name="telegram-polling-supervisor")

    async def stop(self) -> None:
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()
        if self.role is not None:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self.role.release)

    async def _supervise(self) -> None:
        """Poll while this instance holds the polling role; hand over when it does not."""
        updater = self.application.updater
        assert updater is not None
        while True:
            try:
                held = True if self.role is None else await asyncio.to_thread(self.role.try_acquire)
                if held and not updater.running:
                    await updater.start_polling(
                        timeout=self.poll_timeout_s,
                        allowed_updates=ALLOWED_UPDATES,
                        drop_pending_updates=False,
                        error_callback=self._polling_error,
                    )
                    log.info("Telegram commands: long polling", extra={"event": "telegram_polling_started"})
                elif not held and updater.running:
                    await updater.stop()
                    log.info("Telegram polling handed over", extra={"event": "telegram_polling_stopped"})
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("Telegram polling supervisor failed; retrying")
            await asyncio.sleep(self.role_check_s)

    @staticmethod
    def _polling_error(error: Exception) -> None:
        log.warning("getUpdates failed (%s); PTB retries", type(error).__name__)

    # --- webhook -------------------------------------------------------------------------------------------

    def routes(self) -> list[web.RouteDef]:
        """The webhook route for the bot's HTTP server (none in polling mode)."""
        if not self.webhook_url or not self.webhook_secret:
            return []
        return [web.post(WEBHOOK_PATH, webhook_handler(self.application, self.webhook_secret))]

    # --- handlers -----------------------------------------------------------------------------------------

    async def _on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None or user is None or not message.text:
            return
        kind = chat_kind(chat.type)
        anonymous_admin = (
            message.sender_chat is not None and message.sender_chat.id == chat.id
        ) or user.id == _ANONYMOUS_ADMIN_BOT
        caller = Caller("telegram", str(user.id), user.username or "")
        ctx = ChatContext("telegram", str(chat.id), kind, caller, replied_to=replied_message(message, chat))

        async def is_chat_admin() -> bool:
            if anonymous_admin:  # only administrators can post as the group
                return True
            member = await context.bot.get_chat_member(chat.id, user.id)
            return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)

        reply = await self.service.handle_text(
            ctx,
            message.text,
            is_chat_admin=is_chat_admin,
            bot_username=context.bot.username,
            addressed=kind is ChatKind.PRIVATE or f"@{context.bot.username}" in message.text.split()[0],
        )
        if reply:
            await message.reply_text(reply, link_preview_options=LinkPreviewOptions(is_disabled=True))
            chart = await self.service.toll_chart(message.text, bot_username=context.bot.username)
            if chart is not None:
                # sendPhoto: a multipart upload (10 MB at most, width + height at most 10,000; the
                # chart is ~30 KB at 800 x 400) with the series as its caption (1,024 at most)
                await message.reply_photo(
                    InputFile(chart.png, filename=chart.filename), caption=chart.title[:TELEGRAM_MAX_CAPTION]
                )

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        log.error(
            "a Telegram command failed: %s", type(error).__name__ if error else "unknown error",
            extra={"event": "telegram_command_failed"},
        )


def replied_message(message: Message, chat: Chat) -> MessageRef | None:
    """The message a command answers (for /wrong), as the outbox knows it: its id in the chat, and the
    addresses the chat goes by (its id, and @username for a destination configured by name). A
    channel's post answered in its linked discussion group arrives there as an automatic forward:
    the channel's own message is the one meant."""
    replied = message.reply_to_message
    if replied is None:
        return None
    origin = replied.forward_origin
    if replied.is_automatic_forward and isinstance(origin, MessageOriginChannel):
        return MessageRef(str(origin.message_id), _addresses(origin.chat))
    return MessageRef(str(replied.message_id), _addresses(chat))


def _addresses(chat: Chat) -> tuple[str, ...]:
    return (str(chat.id), f"@{chat.username}") if chat.username else (str(chat.id),)


def webhook_handler(
    application: AnyApplication, secret: str
) -> Callable[[web.Request], Awaitable[web.Response]]:
    """An aiohttp handler for Telegram's webhook: only requests with the secret token pass (403
    otherwise, as PTB's own webhook server answers); the update goes on `application.update_queue`."""
    expected = secret.encode()

    async def handle(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            log.warning(
                "refused a Telegram webhook request from %s: %s secret token",
                request.remote, "wrong" if given else "missing",
                extra={"event": "telegram_webhook_refused"},
            )
            return web.Response(status=403, text="forbidden\n")
        try:
            data = await request.json()
        except ValueError:
            return web.Response(status=400, text="not JSON\n")
        if not isinstance(data, dict):
            return web.Response(status=400, text="not an update\n")
        update = Update.de_json(data, application.bot)
        await application.update_queue.put(update)
        return web.Response(text="ok\n")

    return handle
