"""How a poll cycle goes fast; what it does is the recipe in `bot/pipeline.py`.

* **Fetch slots**: at most N fetches at once, and M to one host. The host slot is taken first, so
  feeds queued behind a busy host do not hold global slots that other hosts could use.
* **Claiming while fetching**: due feeds are claimed in small batches (leases, so several instances
  share the work); while fetches are in flight, feeds that become due are claimed too, so one slow
  feed never holds up the others until the next tick.
* **Claims no larger than what the instance starts soon**: a claim takes at most `claim_size` feeds
  (the fetch width) and is made when the instance has room for half of that, so each instance holds
  what it is working on and the rest stays due for the others: with claims of a whole batch (256),
  one instance leased every feed of a small deployment while the others idled (benchmarks/RESULTS.md,
  scale-out). A busy instance has less room, so it claims less: the split follows each one's speed.
* **Batched poll outcomes**: written in one transaction per `FLUSH_ROWS` feeds or `FLUSH_S`. SQLite
  has a single writer, and two transactions per feed from worker threads queue on its lock.
* **One database thread on SQLite**: writers from several threads only wait on its lock (in sleeps of
  up to 100 ms); on PostgreSQL the default pool, where they do run side by side.
* **A parser process**: feed documents are parsed in one worker process on multi-core machines
  (`bot.app.parse_executor`), so parsing, the largest CPU cost of a cycle, runs beside fetching and
  storing; for a feed's first poll, whose entries are all new, it reads their facts too
  (bot/core/parse_job.py). A process that dies (a hostile document) is replaced for the next
  document.

Measured in benchmarks/RESULTS.md (ingestion).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

from bot.core.parse_job import ParsedDocument, parse_document
from bot.core.schedule import RecentEntries
from bot.store.feeds import FeedRow

log = logging.getLogger("conflict_alerts.pipeline")

# While fetches are in flight, the cycle looks for newly due feeds this often...
RECLAIM_S = 1.0
# ...for at most this long; then it finishes what is in flight and returns (the next tick goes on).
MAX_CLAIMING_S = 60.0
# Poll outcomes are written in one transaction per this many feeds, or this often.
FLUSH_ROWS = 250
FLUSH_S = 0.5

_T = TypeVar("_T")
PollWrite = tuple[str, datetime, datetime, dict[str, Any]]  # feed id, polled at, next poll, columns


class FetchSlots:
    """The global and per-host concurrency limits of one poll cycle."""

    def __init__(self, overall: int, per_host: int) -> None:
        self._overall = asyncio.Semaphore(overall)
        self._per_host = per_host
        self._hosts: dict[str, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def hold(self, url: str) -> AsyncIterator[None]:
        host = _host_key(url)
        slot = self._hosts.get(host)
        if slot is None:
            slot = self._hosts[host] = asyncio.Semaphore(self._per_host)
        async with slot, self._overall:
            yield


def _host_key(url: str) -> str:
    try:
        return (urlsplit(url).hostname or url).lower()
    except ValueError:
        return url


class PollCycle:
    """One poll cycle: its fetch slots, the publishing history of the feeds it claimed (read in one
    query per claim), and the poll outcomes not yet written."""

    def __init__(self, slots: FetchSlots) -> None:
        self.slots = slots
        self.recent: dict[str, RecentEntries] = {}
        self.writes: list[PollWrite] = []

    def queue_write(self, feed_id: str, now: datetime, next_at: datetime, values: dict[str, Any]) -> None:
        self.writes.append((feed_id, now, next_at, values))

    def take_writes(self) -> list[PollWrite]:
        writes, self.writes = self.writes, []
        return writes


Claim = Callable[[datetime, int], Awaitable[list[FeedRow]]]  # (due by, at most) -> feeds leased


async def run_cycle(
    claim: Claim,
    refresh: Callable[[FeedRow], Coroutine[Any, Any, _T]],
    flush: Callable[[], Awaitable[None]],
    cycle: PollCycle,
    *,
    batch: int,
    clock: Callable[[], datetime],
    all_feeds: bool,
    claim_size: int | None = None,
) -> list[_T]:
    """Claim due feeds and refresh them until none is due (every enabled one once with `all_feeds`),
    writing the cycle's poll outcomes in batches; returns the refresh results.

    At most `batch` refreshes run at once; the other claimed feeds wait in a queue. Started all at
    once, thousands of refreshes would fetch at network speed while parsing and storing lag behind,
    and every fetched body would wait in memory (benchmarks/RESULTS.md, memory). Due feeds are
    claimed at most `claim_size` (default `batch`) at a time, when at least half that many fit; after
    a claim that found fewer than it asked for, the next comes `RECLAIM_S` later.
    """
    results: list[_T] = []
    pending: set[asyncio.Task[_T]] = set()
    queued: deque[FeedRow] = deque()
    claiming = True
    size = min(claim_size or batch, batch)
    loop = asyncio.get_running_loop()
    stop_claiming_at = loop.time() + MAX_CLAIMING_S
    flushed_at = claim_at = loop.time()
    while True:
        claiming = claiming and loop.time() < stop_claiming_at
        room = batch - len(pending)
        if claiming and loop.time() >= claim_at and (room >= (size + 1) // 2 or not pending):
            now = clock()
            if all_feeds:
                # Every enabled feed once: a single claim (polled feeds get a new lease-free row with a
                # later next_poll_at, which a far-future horizon would claim again).
                claiming = False
                due_by, limit = now + timedelta(days=3650), 1_000_000
            else:
                due_by, limit = now, min(size, room)
            feeds = await claim(due_by, limit)
            queued.extend(feeds)
            if len(feeds) < limit:
                claiming = claiming and bool(pending or queued)  # nothing else due: finish what is in flight
                claim_at = loop.time() + RECLAIM_S
        while queued and len(pending) < batch:
            pending.add(asyncio.create_task(refresh(queued.popleft())))
        if not pending:
            break
        done, pending = await asyncio.wait(
            pending, timeout=RECLAIM_S if claiming else None, return_when=asyncio.FIRST_COMPLETED
        )
        results.extend(task.result() for task in done)
        if len(cycle.writes) >= FLUSH_ROWS or (cycle.writes and loop.time() - flushed_at >= FLUSH_S):
            await flush()
            flushed_at = loop.time()
    await flush()
    return results


class DatabaseWorker:
    """Runs blocking store work off the event loop: on SQLite in one thread, elsewhere in the
    default pool."""

    def __init__(self, dialect: str) -> None:
        self._single = dialect == "sqlite"
        self._thread: ThreadPoolExecutor | None = None

    async def run(self, fn: Callable[..., _T], *args: Any) -> _T:
        if not self._single:
            return await asyncio.to_thread(fn, *args)
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pipeline-db")
        return await asyncio.get_running_loop().run_in_executor(self._thread, functools.partial(fn, *args))


# Larger documents are parsed by a worker of their own (FeedParser).
BIG_DOCUMENT_BYTES = 1_000_000


class FeedParser:
    """Parses feed documents on the event loop's thread (`executor` None) or in a worker process.

    Documents over `BIG_DOCUMENT_BYTES` go to a second worker of their own, started the first time
    one arrives: a hostile or bloated feed (100,000 entries took about a minute to parse, measured)
    must not hold up the parsing of every other feed behind it."""

    def __init__(self, executor: Executor | None) -> None:
        self.executor = executor
        self.big: Executor | None = None

    async def parse(
        self,
        body: bytes,
        *,
        feed_id: str,
        url: str,
        source: str,
        headers: dict[str, str],
        now: datetime,
        facts_for: int = 0,
    ) -> ParsedDocument:
        """The document parsed, and with `facts_for` the facts of its newest entries
        (bot/core/parse_job.py: a first poll's, read beside the database work)."""
        # A partial of bot.core.parse_job.parse_document: the worker imports the parser (and the
        # extractors at its first document with facts_for), not the bot.
        job = functools.partial(
            parse_document, body, feed_id=feed_id, url=url, source=source, headers=headers, now=now,
            facts_for=facts_for,
        )  # fmt: skip
        if self.executor is None:
            return job()
        big = len(body) > BIG_DOCUMENT_BYTES and isinstance(self.executor, ProcessPoolExecutor)
        if big and self.big is None:
            self.big = _fresh_like(self.executor)
        executor = self.big if big and self.big is not None else self.executor
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, job)
        except BrokenProcessPool:
            # The parser process died (out of memory on a hostile document, killed): this feed counts
            # a failure and backs off; the next document gets a fresh process.
            log.error("the feed parser process died while parsing %s; restarting it", url)
            with contextlib.suppress(Exception):
                executor.shutdown(wait=False, cancel_futures=True)
            if executor is self.big:
                self.big = None
            else:
                self.executor = _fresh_like(executor)
            raise

    def close(self) -> None:
        """Stop the worker for big documents (the main one belongs to whoever passed it in)."""
        if self.big is not None:
            self.big.shutdown(wait=False, cancel_futures=True)
            self.big = None


def _fresh_like(executor: Executor) -> Executor:
    if isinstance(executor, ProcessPoolExecutor):
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=executor._mp_context,
            initializer=executor._initializer,  # bot.lifeline.die_with: the new worker dies with the bot too
            initargs=executor._initargs,
        )
    return executor
