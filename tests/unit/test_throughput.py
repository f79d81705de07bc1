"""`run_cycle` keeps at most `batch` refreshes in flight, however many feeds one claim returns, and
claims due feeds a few at a time, so instances claiming together share them.

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


class _Due:
    """The due feeds, claimed as a database would: each claim takes the next `limit`."""

    def __init__(self, feeds: list[FeedRow]) -> None:
        self.feeds = list(feeds)
        self.claims: list[int] = []  # feeds taken by each claim, in order

    async def claim(self, due_by: datetime, limit: int) -> list[FeedRow]:
        await asyncio.sleep(0)  # a round trip: other instances' claims interleave
        taken, self.feeds[:] = self.feeds[:limit], self.feeds[limit:]
        self.claims.append(len(taken))
        return taken


async def _cycle(
    feeds: list[FeedRow] | _Due, batch: int, all_feeds: bool, claim_size: int | None = None
) -> tuple[list[str], int]:
    due = feeds if isinstance(feeds, _Due) else _Due(feeds)
    in_flight = 0
    most = 0

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
    done = await run_cycle(
        due.claim, refresh, flush, cycle, batch=batch, clock=lambda: NOW, all_feeds=all_feeds,
        claim_size=claim_size,
    )  # fmt: skip
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


async def test_a_claim_takes_at_most_claim_size_and_waits_for_room_for_half_of_it() -> None:
    due = _Due([_feed(i) for i in range(100)])
    done, most = await _cycle(due, batch=16, all_feeds=False, claim_size=8)
    assert sorted(done) == sorted(f"f{i}" for i in range(100))
    assert most <= 16
    assert max(due.claims) == 8
    # not one claim per finished refresh: every claim but the last asks for at least half a claim
    assert all(n >= 4 for n in due.claims[:-1]), due.claims


async def test_instances_claiming_together_share_a_small_set_of_feeds() -> None:
    # Three instances, 24 due feeds, batches of 256: claims of a whole batch gave the first
    # instance every feed and the others none.
    due = _Due([_feed(i) for i in range(24)])
    results = await asyncio.gather(
        *(_cycle(due, batch=256, all_feeds=False, claim_size=8) for _ in range(3))
    )
    assert sorted(f for done, _ in results for f in done) == sorted(f"f{i}" for i in range(24))
    assert [len(done) for done, _ in results] == [8, 8, 8]
