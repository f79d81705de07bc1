"""The chat's own digest (`/digest hourly|daily`): when it is due, the rows the gate held for it fold
into digest outbox rows due now, and the Deliverer sends them like a burst digest.

So every message that reaches a chat takes one path: the digest renderer within the platform's limits
(bot/core/digest.py; a long digest is several messages of at most `DIGEST_MAX_ITEMS` alerts), the
Sender with its rate limits and error mapping, capped retries, and parking when a message cannot go
out. Folding is one transaction, so a digest survives restarts like any outbox row.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Collection
from datetime import UTC, datetime

from bot.core.digest import digest_max_items
from bot.core.plan import OutboxStatus
from bot.store.repo import Store
from bot.store.subscriptions import SubscriptionStore

log = logging.getLogger("conflict_alerts.commands")


class DigestJob:
    """A scheduler job, run under each platform's deliverer role."""

    def __init__(
        self,
        store: Store,
        subscriptions: SubscriptionStore,
        platforms: Collection[str],
        *,
        owner: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.subscriptions = subscriptions
        self.platforms = frozenset(platforms)
        self.owner = owner
        self.clock = clock

    async def run_once(self, platforms: Collection[str] | None = None) -> int:
        """Queue every due chat digest (of `platforms`, default all); returns how many chats'."""
        wanted = sorted(p for p in self.platforms if platforms is None or p in platforms)
        if not wanted:
            return 0
        now = self.clock()
        batches = await asyncio.to_thread(self.subscriptions.due_digests, now, wanted)
        queued = 0
        for batch in batches:
            messages = await asyncio.to_thread(
                self.store.outbox.fold_into_digest,
                batch.row_ids,
                self.owner,
                now,
                now,
                digest_max_items(batch.platform),
                OutboxStatus.DIGEST,
            )
            if not messages:  # the rows went elsewhere meanwhile (another instance's job)
                continue
            queued += 1
            log.info(
                "digest of %d alerts for %s queued as %d message(s)",
                len(batch.row_ids), batch.destination_id, len(messages),
                extra={"event": "digest_queued", "fields": {"destination": batch.destination_id}},
            )  # fmt: skip
        return queued
