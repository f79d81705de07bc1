"""Telegram adapter: python-telegram-bot's `Bot` sends the rendered HTML; its errors become
`DeliveryError`s that say whether to retry (see `bot.chat.base`).

Error mapping (order matters: `BadRequest` and `TimedOut` subclass `NetworkError`):

==========================================  =========================================================
RetryAfter                                  RETRY, ``retry_after`` = the server's seconds
ChatMigrated                                PAUSE_DESTINATION, ``migrated_to`` = the new supergroup id
Forbidden (blocked, kicked, not a member)   PAUSE_DESTINATION
InvalidToken                                PAUSE_DESTINATION ("bot token rejected")
BadRequest "chat not found", no rights …    PAUSE_DESTINATION
BadRequest "message is not modified"        success (edit only)
other BadRequest (too long, bad markup)     PARK_MESSAGE: park this message only
TimedOut, NetworkError (5xx, connection)    RETRY
anything else from the library              RETRY (the deliverer caps attempts)
==========================================  =========================================================

The token is in every request URL (``…/bot<token>/sendMessage``); it is registered with
`protect_secret` so the httpx and PTB loggers never print it, and scrubbed from every error text.
PTB's own retries are not used; its request timeouts are set from `timeout`.
"""

from __future__ import annotations

import datetime as dtm
import os
import warnings
from typing import NoReturn

# Opt in to PTB's future `retry_after: timedelta` now (this module handles both forms), which also
# silences the deprecation warning PTB emits on every 429 otherwise.
os.environ.setdefault("PTB_TIMEDELTA", "true")

from telegram import Bot, LinkPreviewOptions, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from bot.chat.base import DeliveryError, ErrorOutcome, Sent, protect_secret
from bot.core.credentials import redact
from bot.core.model import Alert, Destination, Platform
from bot.core.render_telegram import render_telegram

# Lower-case fragments of BadRequest descriptions that mean the destination itself is unusable.
_PERMANENT_BAD_REQUESTS = (
    "chat not found",
    "user not found",
    "have no rights",
    "not enough rights",
    "need administrator rights",
    "chat_write_forbidden",
    "chat_restricted",
    "user is deactivated",
    "peer_id_invalid",
    "group chat was deactivated",
    "topic_closed",
)


class TelegramSender:
    platform = Platform.TELEGRAM

    def __init__(
        self,
        token: str,
        base_url: str | None = None,
        *,
        timeout: float = 10.0,
        link_previews: bool = False,
    ) -> None:
        if not token:
            raise ValueError("TelegramSender needs a bot token (TELEGRAM_BOT_TOKEN, from @BotFather)")
        self._token = token
        protect_secret(token)
        request = HTTPXRequest(
            connection_pool_size=64,
            read_timeout=timeout,
            write_timeout=timeout,
            connect_timeout=timeout,
            pool_timeout=timeout,
        )
        self._bot = Bot(
            token,
            base_url=base_url or "https://api.telegram.org/bot",
            request=request,
            get_updates_request=HTTPXRequest(read_timeout=timeout, connect_timeout=timeout),
        )
        self._previews = LinkPreviewOptions(is_disabled=not link_previews)
        self._started = False

    @property
    def bot(self) -> Bot:
        """The underlying PTB Bot (for the command handlers, which share its connection pool)."""
        return self._bot

    async def start(self) -> None:
        """Open the connection pool and check the token with getMe."""
        try:
            await self._bot.initialize()
        except TelegramError as exc:
            self._raise(exc)
        self._started = True

    async def close(self) -> None:
        self._started = False
        await self._bot.shutdown()  # also closes the pool when start() failed half-way; idempotent

    async def send(self, destination: Destination, alert: Alert, reply_to: str | None = None) -> Sent:
        if not self._started:
            await self.start()
        # A reply to a message deleted meanwhile is sent as an ordinary message, not refused.
        reply = (
            ReplyParameters(message_id=int(reply_to), allow_sending_without_reply=True) if reply_to else None
        )
        try:
            message = await self._bot.send_message(
                chat_id=destination.address,
                text=render_telegram(alert),
                parse_mode=ParseMode.HTML,
                link_preview_options=self._previews,
                reply_parameters=reply,
            )
        except TelegramError as exc:
            self._raise(exc)
        return Sent(message_id=str(message.message_id))

    async def edit(self, destination: Destination, message_id: str, alert: Alert) -> None:
        if not self._started:
            await self.start()
        try:
            await self._bot.edit_message_text(
                text=render_telegram(alert),
                chat_id=destination.address,
                message_id=int(message_id),
                parse_mode=ParseMode.HTML,
                link_preview_options=self._previews,
            )
        except BadRequest as exc:
            if "message is not modified" in exc.message.lower():
                return
            self._raise(exc)
        except TelegramError as exc:
            self._raise(exc)

    def _raise(self, exc: TelegramError) -> NoReturn:
        raise delivery_error(exc, self._token) from None


def _seconds(value: int | float | dtm.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def delivery_error(exc: TelegramError, token: str) -> DeliveryError:
    """The `DeliveryError` for a python-telegram-bot exception, with the token scrubbed."""
    text = redact(f"{type(exc).__name__}: {exc.message}", [token])
    if isinstance(exc, RetryAfter):
        with warnings.catch_warnings():  # PTB 22 warns that retry_after will become a timedelta
            warnings.simplefilter("ignore")
            after = _seconds(exc.retry_after)
        return DeliveryError(text, ErrorOutcome.RETRY, retry_after=after)
    if isinstance(exc, ChatMigrated):
        return DeliveryError(text, ErrorOutcome.PAUSE_DESTINATION, migrated_to=str(exc.new_chat_id))
    if isinstance(exc, Forbidden):
        return DeliveryError(text, ErrorOutcome.PAUSE_DESTINATION)
    if isinstance(exc, InvalidToken):
        return DeliveryError("InvalidToken: the bot token was rejected", ErrorOutcome.PAUSE_DESTINATION)
    if isinstance(exc, BadRequest):  # before NetworkError, which it subclasses
        lowered = exc.message.lower()
        permanent = any(fragment in lowered for fragment in _PERMANENT_BAD_REQUESTS)
        return DeliveryError(text, ErrorOutcome.PAUSE_DESTINATION if permanent else ErrorOutcome.PARK_MESSAGE)
    if isinstance(exc, TimedOut | NetworkError):
        return DeliveryError(text, ErrorOutcome.RETRY)
    return DeliveryError(text, ErrorOutcome.RETRY)
