"""Starting the chat platforms without letting one of them stop the bot.

At start each sender checks its token (Telegram getMe, Slack auth.test). What a failure does:

- **token rejected** (a permanent `DeliveryError`): one ERROR line naming the variable to fix; the
  platform's destinations are paused with `TOKEN_REJECTED` as the reason, so their alerts stay queued
  and the other destinations keep working. The next start whose token check passes resumes them.
- **platform unreachable** (a retryable one: connection refused, timeout, 5xx): one WARNING line; the
  deliverer retries with its backoff while the alerts stay queued (a sender opens its connection on
  first use). Never an exit: in a container with a restart policy that would be a crash loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from typing import Protocol

from bot.chat.base import DeliveryError, Sender
from bot.core.model import Destination, Platform

log = logging.getLogger("conflict_alerts.startup")

# The reason stored with a destination paused because its platform refused the token at start.
TOKEN_REJECTED = "bot token rejected at start"
TOKEN_VARIABLES = {Platform.TELEGRAM: "TELEGRAM_BOT_TOKEN", Platform.SLACK: "SLACK_BOT_TOKEN"}
API_URL_VARIABLES = {Platform.TELEGRAM: "TELEGRAM_API_BASE_URL", Platform.SLACK: "SLACK_API_URL"}
# How long a chat front-end (commands) waits between attempts to reach its platform.
RETRY_FIRST_S = 2.0
RETRY_MAX_S = 300.0


class PauseStore(Protocol):
    """What start_senders needs from the store (the real one is bot.store.outbox.OutboxStore)."""

    def set_paused(self, destination_id: str, paused: bool, reason: str | None, now: datetime) -> None: ...

    def paused_destinations(self) -> dict[str, str | None]: ...


async def start_senders(
    senders: dict[Platform, Sender],
    destinations: Iterable[Destination],
    store: PauseStore,
    now: datetime,
) -> set[Platform]:
    """Start every sender; returns the platforms whose token was rejected (their destinations are
    paused). Unreachable platforms are logged and left to the deliverer's retries."""
    by_platform: dict[Platform, list[str]] = {}
    for destination in destinations:
        by_platform.setdefault(destination.platform, []).append(destination.id)
    rejected: set[Platform] = set()
    paused = await asyncio.to_thread(store.paused_destinations)
    for platform, sender in senders.items():
        ids = by_platform.get(platform, [])
        try:
            await sender.start()
        except DeliveryError as error:
            if error.permanent:
                rejected.add(platform)
                await _pause(store, ids, now)
                log.error(
                    "%s",
                    token_rejected_line(platform, error.reason, ids),
                    extra={"event": "token_rejected", "fields": {"platform": platform.value}},
                )
            else:
                log.warning(
                    "%s API unreachable at start (%s): its alerts stay queued and are retried with "
                    "backoff; if this persists, check the network (and %s when it is set)",
                    platform.value.capitalize(),
                    error.reason,
                    API_URL_VARIABLES.get(platform, "the API URL"),
                    extra={"event": "platform_unreachable", "fields": {"platform": platform.value}},
                )
            continue
        # The token works now: destinations paused only for a rejected token at an earlier start go on.
        for destination_id in ids:
            if paused.get(destination_id) == TOKEN_REJECTED:
                await asyncio.to_thread(store.set_paused, destination_id, False, None, now)
                log.info(
                    "destination %s resumed: the %s token is accepted now",
                    destination_id,
                    platform.value.capitalize(),
                    extra={"event": "destination_resumed", "fields": {"destination": destination_id}},
                )
    return rejected


def token_rejected_line(platform: Platform, reason: str, destination_ids: list[str]) -> str:
    name = platform.value.capitalize()
    variable = TOKEN_VARIABLES.get(platform, "the token")
    if destination_ids:
        what = f"destinations {', '.join(destination_ids)} are paused and their alerts stay queued"
    else:
        what = "no destination uses it"
    return (
        f"{name} rejected {variable} ({reason}): {what}; the other destinations keep working. "
        f"Fix {variable} (docs/{platform.value}.md, Troubleshooting), check it with "
        f"`conflict-alerts send-test DESTINATION`, and restart"
    )


async def _pause(store: PauseStore, destination_ids: list[str], now: datetime) -> None:
    for destination_id in destination_ids:
        await asyncio.to_thread(store.set_paused, destination_id, True, TOKEN_REJECTED, now)


async def start_with_retries(
    name: str,
    start: Callable[[], Awaitable[None]],
    is_permanent: Callable[[BaseException], bool],
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> bool:
    """Call `start` until it succeeds (True) or fails permanently (False), waiting 2, 4, 8 … s (at
    most five minutes) between attempts. For chat command front-ends, started in the background."""
    delay = RETRY_FIRST_S
    while True:
        try:
            await start()
        except asyncio.CancelledError:
            raise
        except Exception as error:
            if is_permanent(error):
                log.error("%s could not start: %s", name, error, extra={"event": "commands_not_started"})
                return False
            log.warning(
                "%s could not start (%s: %s); retrying in %.0f s",
                name,
                type(error).__name__,
                error,
                delay,
                extra={"event": "commands_start_retry"},
            )
            await sleep(delay)
            delay = min(RETRY_MAX_S, delay * 2)
            continue
        log.info("%s started", name, extra={"event": "commands_started"})
        return True
