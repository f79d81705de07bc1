"""What every platform adapter (sender) promises the deliverers.

A sender is a thin adapter: it renders an alert for its platform, makes one API call and either
returns the platform's message id or raises `DeliveryError`, which says what the deliverer should do:

- ``ErrorOutcome.RETRY``: try again later (429, 5xx, timeouts, connection errors). ``retry_after``
  is set when the server said how long to wait; the deliverer waits exactly that long.
- ``ErrorOutcome.PAUSE_DESTINATION``: the *destination* is unusable until a human acts (chat not
  found, bot blocked or kicked, channel archived, bad token ...): park the row, pause the destination.
- ``ErrorOutcome.PARK_MESSAGE``: this *message* cannot be delivered (too long, rejected markup): park
  the row, the destination stays active.

Senders never retry themselves (the client libraries' own retry handlers are switched off), so the
deliverer is the one place that decides about retries.

Tokens must never reach logs or exception text: the one redactor (bot/core/credentials.py) scrubs
error texts, and `protect_secret` puts its log filter on the HTTP and client-library loggers that
would otherwise print request URLs (the Telegram Bot API puts the token in the URL path).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.core.credentials import Redactor
from bot.core.model import Alert, Destination, Platform
from bot.logs import RedactingFilter


class ErrorOutcome(StrEnum):
    """What a failed delivery asks of the deliverer."""

    RETRY = "retry"  # try again later: 429, 5xx, timeouts, connection errors
    PAUSE_DESTINATION = "pause_destination"  # the destination is unusable until a human acts
    PARK_MESSAGE = "park_message"  # this message cannot be delivered; the destination stays active


class DeliveryError(Exception):
    """A delivery attempt failed; `outcome` says what to do, `retry_after` when to try again."""

    def __init__(
        self,
        reason: str,
        outcome: ErrorOutcome,
        *,
        retry_after: float | None = None,
        migrated_to: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.outcome = outcome
        self.retry_after = retry_after
        self.migrated_to = migrated_to  # Telegram: the group became a supergroup with this chat id

    @property
    def retryable(self) -> bool:
        return self.outcome is ErrorOutcome.RETRY

    @property
    def permanent(self) -> bool:
        """The destination, not just this message, is unusable."""
        return self.outcome is ErrorOutcome.PAUSE_DESTINATION

    def __repr__(self) -> str:
        return f"DeliveryError({self.reason!r}, {self.outcome.value}, retry_after={self.retry_after})"


@dataclass(frozen=True, slots=True)
class Sent:
    """The platform's id of a posted message: what `edit` needs later (Slack: "channel:ts")."""

    message_id: str


class Sender(Protocol):
    platform: Platform

    async def start(self) -> None: ...

    async def send(self, destination: Destination, alert: Alert, reply_to: str | None = None) -> Sent:
        """Post the alert; `reply_to` (a message id this sender returned before, in the same
        destination) makes it an answer to that message: a Telegram reply, a Slack thread reply."""
        ...

    async def edit(self, destination: Destination, message_id: str, alert: Alert) -> None: ...

    async def close(self) -> None: ...


# Loggers that print request URLs or client configuration (Telegram puts the token in the URL path).
_URL_LOGGERS = ("httpx", "httpcore", "telegram.Bot", "telegram.ext.Updater", "telegram.ext.Application")
_TOKENS = Redactor()
_FILTER = RedactingFilter(_TOKENS)


def protect_secret(secret: str) -> None:
    """Register a token so that the client libraries' loggers never print it."""
    if not secret:
        return
    _TOKENS.add(secret)
    for name in _URL_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
