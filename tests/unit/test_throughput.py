"""`run_cycle` keeps at most `batch` refreshes in flight, however many feeds one claim returns.

A cold start claims every feed at once (`all_feeds`); started together, their fetched bodies would
all wait in memory for the parser and the database. Counted with real asyncio tasks, no clock.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.store.feeds import FeedRow
from bot.throughput import FetchSlots, PollCycle, run_cycle

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def _feed(i: int) -> FeedRow:
    return FeedRow(
        id=f"f{i}", url=f"http://127.0.0.{1 + i % 7}/f{i}.xml", name=f"feed {i}", tags=(), enabled=True,
        etag=None, last_modified=None, body_sha256=None, first_polled_at=None, last_success_at=None,
        last_error_at=None, last_error=None, error_streak=0, interval_s=None, next_poll_at=None,
        origin="config",
    )  # fmt: skip


async def _cycle(feeds: list[FeedRow], batch: int, all_feeds: bool) -> tuple[list[str], int]:
    claimed = list(feeds)
    in_flight = 0
    most = 0

    async def claim(due_by: datetime, limit: int) -> list[FeedRow]:
        taken, claimed[:] = claimed[:limit], claimed[limit:]
        return taken

    async def refresh(feed: FeedRow) -> str:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0)  # let the other started refreshes run
        await asyncio.sleep(0)
        in_flight -= 1
        return feed.id

    async def flush() -> None:
        return None

    cycle = PollCycle(FetchSlots(64, 2))
    done = await run_cycle(claim, refresh, flush, cycle, batch=batch, clock=lambda: NOW, all_feeds=all_feeds)
    return done, most


async def test_a_cold_cycle_refreshes_every_feed_with_at_most_batch_in_flight() -> None:
    feeds = [_feed(i) for i in range(500)]
    done, most = await _cycle(feeds, batch=16, all_feeds=True)
    assert sorted(done) == sorted(f.id for f in feeds)
    assert most == 16


async def test_due_feeds_are_claimed_in_batches_and_all_refreshed() -> None:
    feeds = [_feed(i) for i in range(100)]
    done, most = await _cycle(feeds, batch=8, all_feeds=False)
    assert sorted(done) == sorted(f.id for f in feeds)
    assert most <= 8
