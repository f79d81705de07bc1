"""What every platform adapter (sender) promises the deliverers.

A sender is a thin adapter: it renders an alert for its platform, makes one API call and either
returns the platform's message id or raises `DeliveryError`, which says what the deliverer should do:

- ``retryable``: try again later (429, 5xx, timeouts, connection errors). ``retry_after`` is set when
  the server said how long to wait; the deliverer waits exactly that long.
- ``permanent``: the *destination* is unusable until a human acts (chat not found, bot blocked or
  kicked, channel archived, bad token ...): park the row and pause the destination.
- neither: this *message* cannot be delivered (too long, rejected markup): park the row, the
  destination stays active.

Senders never retry themselves (the client libraries' own retry handlers are switched off), so the
deliverer is the one place that decides about retries.

Tokens must never reach logs or exception text: `redact` scrubs a string and `SecretFilter` scrubs
log records of the HTTP and client-library loggers that would otherwise print request URLs (the
Telegram Bot API puts the token in the URL path).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from bot.core.model import Alert, Destination, Platform

REDACTED = "[REDACTED]"


class DeliveryError(Exception):
    """A delivery attempt failed; the attributes say whether and when to try again."""

    def __init__(
        self,
        reason: str,
        *,
        retryable: bool,
        permanent: bool = False,
        retry_after: float | None = None,
        migrated_to: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.permanent = permanent
        self.retry_after = retry_after
        self.migrated_to = migrated_to  # Telegram: the group became a supergroup with this chat id

    def __repr__(self) -> str:
        return (
            f"DeliveryError({self.reason!r}, retryable={self.retryable}, permanent={self.permanent}, "
            f"retry_after={self.retry_after})"
        )


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


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret replaced by a marker (secrets shorter than 4 chars are ignored)."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text


class SecretFilter(logging.Filter):
    """Rewrites log records so that none of `secrets` appears in their formatted message.

    Attach to a logger (records logged *directly* to it) or to a handler (every record it emits).
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets: set[str] = {s for s in secrets if s}

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler to report
            return True
        cleaned = redact(message, self.secrets)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            exc_text = redact(str(record.exc_info[1]), self.secrets)
            if exc_text != str(record.exc_info[1]):
                # the traceback would print the secret: keep the type and the redacted message only
                record.msg = f"{record.msg} ({type(record.exc_info[1]).__name__}: {exc_text})"
                record.exc_info = None
                record.exc_text = None
        return True


# Loggers that print request URLs or client configuration (Telegram puts the token in the URL path).
_URL_LOGGERS = ("httpx", "httpcore", "telegram.Bot", "telegram.ext.Updater", "telegram.ext.Application")
_FILTER = SecretFilter()


def protect_secret(secret: str) -> None:
    """Register a token so that the client libraries' loggers never print it."""
    if not secret:
        return
    _FILTER.secrets.add(secret)
    for name in _URL_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


def secret_filter() -> SecretFilter:
    """The shared filter holding every registered token: add it to the app's log handlers too."""
    return _FILTER
