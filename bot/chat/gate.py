"""The delivery gate: a chat's preferences applied to its outbox rows as the Deliverer claims them.

Mute skips a row, quiet hours move it to their end, digest mode sets it aside (status `digest`) for
the chat's digest (bot/chat/digest_job.py). Every decision is `bot.core.chat_prefs.plan_delivery`;
this module reads the preferences and writes the outcome.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime

from bot.core.chat_prefs import ChatPrefs, Plan, plan_delivery
from bot.store.outbox import OutboxRow
from bot.store.subscriptions import SubscriptionStore

log = logging.getLogger("conflict_alerts.commands")


class ChatGate:
    """The Deliverer's gate (bot/deliver.py `DeliveryGate`): mute skips a row, quiet hours move it to
    their end, digest mode sets it aside for the DigestJob. Chats without settings pass untouched.
    Preferences are cached for `ttl_s` (one query per period, not per row); commands invalidate it."""

    def __init__(
        self,
        subscriptions: SubscriptionStore,
        *,
        ttl_s: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.subscriptions = subscriptions
        self.ttl_s = ttl_s
        self.monotonic = monotonic
        self._prefs: dict[tuple[str, str], ChatPrefs] | None = None
        self._loaded_at = 0.0

    def invalidate(self) -> None:
        self._prefs = None

    async def _lookup(self, platform: str, address: str) -> ChatPrefs | None:
        if self._prefs is None or self.monotonic() - self._loaded_at > self.ttl_s:
            self._prefs = await asyncio.to_thread(self.subscriptions.all_prefs)
            self._loaded_at = self.monotonic()
        return self._prefs.get((platform, address))

    async def hold(self, row: OutboxRow, now: datetime) -> bool:
        prefs = await self._lookup(row.platform, row.address)
        if prefs is None:
            return False
        plan = plan_delivery(prefs, now, action=row.action, message_id=row.message_id)
        if plan.plan is Plan.SEND:
            return False
        fields = {"destination": row.destination_id, "plan": plan.plan.value}
        if plan.plan is Plan.SKIP:
            await asyncio.to_thread(self.subscriptions.skip_row, row.id, plan.reason)
        elif plan.plan is Plan.LATER:
            assert plan.at is not None
            await asyncio.to_thread(self.subscriptions.reschedule_row, row.id, plan.at)
        else:
            assert plan.at is not None
            await asyncio.to_thread(self.subscriptions.hold_for_digest, row.id, plan.at)
        log.info(
            "alert %s for %s: %s (%s)", row.alert_id[:8], row.destination_id, plan.plan.value, plan.reason,
            extra={"event": "delivery_held", "fields": fields},
        )
        return True
