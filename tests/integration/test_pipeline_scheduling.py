"""Pipeline.poll_due against feed servers on 127.0.0.1: the scheduling half of issue 5, end to end.

Every test drives the real Pipeline (fetch -> parse -> seen-filter -> store) on a SQLite file and reads
the feeds table back. Time is the pipeline's injected clock (`Clock`), never the wall clock: the
assertions are about next-poll times and counts, not about how long anything took.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import select

from bot.app import open_store
from bot.config import Config, parse_config
from bot.core.rules import load_rules
from bot.core.schedule import UNHEALTHY_STREAK
from bot.fetch_result import FetchLimits
from bot.pipeline import Pipeline, RulesHolder, runtime_feed_guard
from bot.store import schema as t
from bot.store.feeds import FeedRow, feed_id_for
from bot.store.repo import Store
from tests.conftest import TEST_RULES
from tests.fakes.feed_server import FeedItem, FeedServer, rss_document, running_feed_server

REPO = Path(__file__).resolve().parents[2]
START = datetime(2026, 8, 13, 12, 0, tzinfo=UTC)
LIMITS = FetchLimits(total_timeout_s=5, connect_timeout_s=2, read_timeout_s=2)


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now


def make_config(tmp: Path, feeds_yaml: str, settings_yaml: str = "") -> Config:
    text = f"""
feeds:
{feeds_yaml or "  []"}
destinations:
  - {{id: console, console: {{}}}}
routes:
  - {{triggers: [casualty, arms_embargo, recognition, keywords], to: [console]}}
rules_dir: {TEST_RULES}
settings:
  poll_interval_s: 120
{settings_yaml}
"""
    return parse_config(text, tmp / "config.yaml")


@asynccontextmanager
async def pipeline_for(tmp: Path, config: Config, clock: Clock) -> AsyncIterator[Pipeline]:
    store = open_store(f"sqlite:///{tmp / 'state.sqlite3'}")
    store.feeds.sync_config(((f.url, f.name, f.tags, f.enabled) for f in config.feeds), clock())
    ruleset = load_rules(config.rules_dir).ruleset
    assert ruleset is not None
    async with aiohttp.ClientSession() as session:
        yield Pipeline(
            store=store,
            config=config,
            rules=RulesHolder(ruleset),
            session=session,
            limits=LIMITS,
            active_platforms=frozenset({"console"}),
            owner="test",
            clock=clock,
            runtime_feed_guard=runtime_feed_guard(config),
        )
    store.engine.dispose()


def feed_row(store: Store, url: str) -> FeedRow:
    [row] = [f for f in store.feeds.all() if f.id == feed_id_for(url)]
    return row


def next_delay(row: FeedRow, now: datetime) -> float:
    assert row.next_poll_at is not None
    return (row.next_poll_at - now).total_seconds()


def items(count: int, *, every: timedelta, prefix: str = "item") -> list[FeedItem]:
    return [
        FeedItem(
            f"{prefix} {i}", f"https://news.example/{prefix}/{i}", "text", f"{prefix}-{i}", START - every * i
        )
        for i in range(count)
    ]


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as s:
        yield s


# --- concurrency limits ----------------------------------------------------------------------------


async def test_global_and_per_host_concurrency_limits_hold(tmp_path: Path) -> None:
    """Twelve slow feeds on two host names of one server: never more than per_host_concurrency in
    flight to a host, nor fetch_concurrency overall (and both limits are actually reached)."""
    in_flight: dict[str, int] = {}
    peak: dict[str, int] = {}
    body = rss_document([FeedItem("x", "https://news.example/x", "", "x")])
    # Each response waits until the global limit has been reached once (or 1.5 s, under the 2 s read
    # timeout), so that on a loaded machine, where the poller may open connections slowly, the limits are
    # still reached rather than each request ending before the next starts; a poller that broke a limit
    # would still pile its requests up here.
    global_limit_reached = asyncio.Event()

    async def handle(request: web.Request) -> web.Response:
        host = request.host.split(":")[0]
        in_flight[host] = in_flight.get(host, 0) + 1
        total = sum(in_flight.values())
        peak[host] = max(peak.get(host, 0), in_flight[host])
        peak["*"] = max(peak.get("*", 0), total)
        if total >= 3:
            global_limit_reached.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(global_limit_reached.wait(), 1.5)
        await asyncio.sleep(0.2)
        in_flight[host] -= 1
        return web.Response(body=body, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/{name}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        feeds = "\n".join(
            f'  - {{url: "http://{host}:{port}/{host}-{i}.xml", name: "{host} {i}"}}'
            for host in ("127.0.0.1", "localhost")
            for i in range(6)
        )
        config = make_config(tmp_path, feeds, "  fetch_concurrency: 3\n  per_host_concurrency: 2")
        async with pipeline_for(tmp_path, config, Clock()) as pipeline:
            reports = await pipeline.poll_due()
    finally:
        await runner.cleanup()
    assert len(reports) == 12 and all(r.error is None for r in reports), reports
    assert peak["127.0.0.1"] == 2 and peak["localhost"] == 2
    assert peak["*"] == 3


async def test_one_tick_polls_more_feeds_than_one_claim_batch(tmp_path: Path, server: FeedServer) -> None:
    """poll_due keeps claiming while feeds are due: 150 feeds with fetch_concurrency 4 (a batch of 64)
    are all polled by one call, each exactly once."""
    for i in range(150):
        server.set_items(f"/f{i}.xml", items(2, every=timedelta(hours=1), prefix=f"f{i}"))
    feeds = "\n".join(f'  - {{url: "{server.url(f"/f{i}.xml")}", name: "F{i}"}}' for i in range(150))
    config = make_config(tmp_path, feeds, "  fetch_concurrency: 4\n  per_host_concurrency: 4")
    async with pipeline_for(tmp_path, config, Clock()) as pipeline:
        reports = await pipeline.poll_due()
        assert sorted(r.name for r in reports) == sorted(f"F{i}" for i in range(150))
        assert len(server.requests) == 150
        assert await pipeline.poll_due() == []  # nothing is due until the clock moves


# --- adaptive intervals, bounds and server hints ----------------------------------------------------


async def test_intervals_follow_the_publishing_rate_within_per_feed_and_global_bounds(
    tmp_path: Path, server: FeedServer
) -> None:
    server.set_items("/busy.xml", items(40, every=timedelta(minutes=3)))  # ~480 a day
    server.set_items("/busy-capped.xml", items(40, every=timedelta(minutes=3), prefix="c"))
    server.set_items("/quiet.xml", items(3, every=timedelta(days=2), prefix="q"))
    server.set_items("/quiet-capped.xml", items(3, every=timedelta(days=2), prefix="qc"))
    feeds = f"""
  - {{url: "{server.url("/busy.xml")}", name: Busy}}
  - {{url: "{server.url("/busy-capped.xml")}", name: Busy capped, min_interval_s: 300}}
  - {{url: "{server.url("/quiet.xml")}", name: Quiet}}
  - {{url: "{server.url("/quiet-capped.xml")}", name: Quiet capped, max_interval_s: 900}}"""
    config = make_config(tmp_path, feeds, "  min_interval_s: 45\n  max_interval_s: 2400")
    clock = Clock()
    async with pipeline_for(tmp_path, config, clock) as pipeline:
        await pipeline.poll_due()
        store = pipeline.store
        # Jitter takes up to 20% off, never below the minimum.
        assert next_delay(feed_row(store, server.url("/busy.xml")), START) == 45
        assert next_delay(feed_row(store, server.url("/busy-capped.xml")), START) == 300
        assert 0.8 * 2400 <= next_delay(feed_row(store, server.url("/quiet.xml")), START) <= 2400
        assert 0.8 * 900 <= next_delay(feed_row(store, server.url("/quiet-capped.xml")), START) <= 900


async def test_server_hints_are_floors_and_429_is_not_a_failure(tmp_path: Path, server: FeedServer) -> None:
    busy = items(40, every=timedelta(minutes=3))
    server.set_items("/cached.xml", busy, headers={"Cache-Control": "public, max-age=900"})
    ttl_doc = rss_document(busy[:5]).replace(b"<description>fake</description>", b"<ttl>30</ttl>", 1)
    server.set_feed("/ttl.xml", ttl_doc)
    server.set_status("/limited.xml", 429, retry_after=1200)
    server.set_status("/down.xml", 503, retry_after="Wed, 21 Oct 2099 07:28:00 GMT")
    feeds = "\n".join(
        f'  - {{url: "{server.url(p)}", name: "{p}"}}'
        for p in ("/cached.xml", "/ttl.xml", "/limited.xml", "/down.xml")
    )
    config = make_config(tmp_path, feeds)
    clock = Clock()
    async with pipeline_for(tmp_path, config, clock) as pipeline:
        store = pipeline.store
        await pipeline.poll_due()
        assert next_delay(feed_row(store, server.url("/cached.xml")), START) >= 900
        assert next_delay(feed_row(store, server.url("/ttl.xml")), START) >= 30 * 60
        limited = feed_row(store, server.url("/limited.xml"))
        assert next_delay(limited, START) >= 1200
        assert limited.error_streak == 0 and limited.last_error is None  # slow down, not broken
        down = feed_row(store, server.url("/down.xml"))
        assert down.error_streak == 1
        assert next_delay(down, START) == 6 * 3600  # a far-off Retry-After: its own cap, 6 h by default

        # The ttl is still honoured when the next answer is a 304 (no document to read it from).
        clock.now = feed_row(store, server.url("/ttl.xml")).next_poll_at or START
        reports = {r.name: r for r in await pipeline.poll_due()}
        assert reports["/ttl.xml"].status == 304
        assert next_delay(feed_row(store, server.url("/ttl.xml")), clock.now) >= 30 * 60


async def test_failures_back_off_exponentially_up_to_the_cap_and_unhealthy_is_reported_once(
    tmp_path: Path, server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.set_items("/flaky.xml", items(3, every=timedelta(hours=1)))
    config = make_config(
        tmp_path,
        f'  - {{url: "{server.url("/flaky.xml")}", name: Flaky}}',
        "  min_interval_s: 60\n  max_interval_s: 3600",
    )
    clock = Clock()
    caplog.set_level(logging.INFO, logger="conflict_alerts.pipeline")
    async with pipeline_for(tmp_path, config, clock) as pipeline:
        store = pipeline.store
        await pipeline.poll_due()
        assert feed_row(store, server.url("/flaky.xml")).last_success_at == START
        server.set_status("/flaky.xml", 500)
        delays: list[float] = []
        for _ in range(40):  # 40 failed polls, each when the feed is next due: well over a day
            row = feed_row(store, server.url("/flaky.xml"))
            assert row.next_poll_at is not None
            clock.now = row.next_poll_at
            [report] = await pipeline.poll_due()
            assert report.error is not None and "500" in report.error
            delays.append(next_delay(feed_row(store, server.url("/flaky.xml")), clock.now))
        row = feed_row(store, server.url("/flaky.xml"))
        assert row.error_streak == 40
        # At least 120 s, 240 s, ... (jitter takes up to 20% off), then the cap, never above it.
        assert all(0.8 * min(60 * 2**n, 3600) <= d <= 3600 for n, d in enumerate(delays, 1)), delays
        assert all(d >= 0.8 * 3600 for d in delays[6:]), delays
        assert clock.now - START > timedelta(hours=24)

    events = [getattr(r, "event", None) for r in caplog.records]
    assert events.count("feed_failed") == 1  # once per streak, not once per poll
    assert events.count("feed_unhealthy") == 1
    [unhealthy] = [r for r in caplog.records if getattr(r, "event", None) == "feed_unhealthy"]
    assert "Flaky" in unhealthy.getMessage() and row.error_streak >= UNHEALTHY_STREAK

    # `conflict-alerts feeds` shows the state, the streak and the last error.
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'state.sqlite3'}",
        "CONFLICT_ALERTS_CONFIG": str(tmp_path / "missing.yaml"),
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "feeds",
        env=env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 0, err.decode()
    text = out.decode()
    assert "unhealthy" in text and "Flaky" in text
    assert "40 failed polls in a row" in text and "http_5xx" in text


async def test_recovery_resets_the_streak(tmp_path: Path, server: FeedServer) -> None:
    server.set_status("/back.xml", 502)
    config = make_config(tmp_path, f'  - {{url: "{server.url("/back.xml")}", name: Back}}')
    clock = Clock()
    async with pipeline_for(tmp_path, config, clock) as pipeline:
        for _ in range(3):
            await pipeline.poll_due(all_feeds=True)
        assert feed_row(pipeline.store, server.url("/back.xml")).error_streak == 3
        server.set_items("/back.xml", items(2, every=timedelta(hours=1)))
        await pipeline.poll_due(all_feeds=True)
        row = feed_row(pipeline.store, server.url("/back.xml"))
        assert (row.error_streak, row.last_error, row.last_success_at) == (0, None, START)


# --- not parsing what did not change ----------------------------------------------------------------


async def test_conditional_get_and_an_identical_body_are_not_parsed_again(
    tmp_path: Path, server: FeedServer
) -> None:
    two = items(2, every=timedelta(hours=1))
    server.set_items("/etag.xml", two)
    server.set_items("/no-validators.xml", two, etag=False)  # the same bytes every time, no ETag
    feeds = f"""
  - {{url: "{server.url("/etag.xml")}", name: ETag}}
  - {{url: "{server.url("/no-validators.xml")}", name: Plain}}"""
    config = make_config(tmp_path, feeds)
    async with pipeline_for(tmp_path, config, Clock()) as pipeline:
        first = {r.name: r for r in await pipeline.poll_due(all_feeds=True)}
        assert first["ETag"].entries == 2 and first["Plain"].entries == 2
        second = {r.name: r for r in await pipeline.poll_due(all_feeds=True)}
        assert second["ETag"].status == 304
        assert second["Plain"].status == 200
        assert second["Plain"].entries == 0  # same body hash: not parsed (parsing would count 2)
        assert server.requests_for("/etag.xml")[-1].if_none_match is not None

        server.add_item("/no-validators.xml", FeedItem("news", "https://news.example/new", "", "new"))
        server.set_feed(
            "/no-validators.xml",
            rss_document([FeedItem("news", "https://news.example/new", "", "new"), *two]),
            etag=False,
        )
        third = {r.name: r for r in await pipeline.poll_due(all_feeds=True)}
        assert third["Plain"].entries == 3  # a changed body is parsed


# --- permanent redirects and feed identity ----------------------------------------------------------


async def test_permanent_redirect_updates_the_url_but_not_the_feeds_identity(
    tmp_path: Path, server: FeedServer
) -> None:
    server.set_items("/new.xml", items(40, every=timedelta(minutes=3)))
    server.set_redirect("/old.xml", "/new.xml", permanent=True)
    old_url, new_url = server.url("/old.xml"), server.url("/new.xml")
    config = make_config(tmp_path, f'  - {{url: "{old_url}", name: Moved, min_interval_s: 400}}')
    clock = Clock()
    async with pipeline_for(tmp_path, config, clock) as pipeline:
        store = pipeline.store
        await pipeline.poll_due()
        [row] = store.feeds.all()
        assert (row.id, row.url) == (feed_id_for(old_url), new_url)
        assert next_delay(row, START) == 400  # the per-feed bound still applies after the move

        # A restart (or a config reload) syncs the same config: no second feed, the new URL kept.
        store.feeds.sync_config(((f.url, f.name, f.tags, f.enabled) for f in config.feeds), clock())
        [row] = store.feeds.all()
        assert (row.id, row.url, row.enabled) == (feed_id_for(old_url), new_url, True)

        clock.now = START + timedelta(seconds=400)
        await pipeline.poll_due()
        assert len(server.requests_for("/old.xml")) == 1  # polled at the new address since
        assert len(server.requests_for("/new.xml")) == 2


async def test_a_temporary_redirect_keeps_the_url(tmp_path: Path, server: FeedServer) -> None:
    server.set_items("/target.xml", items(2, every=timedelta(hours=1)))
    server.set_redirect("/temp.xml", "/target.xml")
    config = make_config(tmp_path, f'  - {{url: "{server.url("/temp.xml")}", name: Temp}}')
    async with pipeline_for(tmp_path, config, Clock()) as pipeline:
        [report] = await pipeline.poll_due()
        assert report.entries == 2
        [row] = pipeline.store.feeds.all()
        assert row.url == server.url("/temp.xml")


# --- one broken feed does not stall the others -------------------------------------------------------


async def test_hanging_and_failing_feeds_do_not_stop_the_others(tmp_path: Path, server: FeedServer) -> None:
    server.set_hang("/hang.xml")
    server.set_status("/gone.xml", 410)
    server.set_feed("/html.xml", b"<html><body>not a feed</body></html>", content_type="text/html")
    server.set_items("/good.xml", items(2, every=timedelta(hours=1)))
    feeds = "\n".join(
        f'  - {{url: "{server.url(p)}", name: "{p}"}}'
        for p in ("/hang.xml", "/gone.xml", "/html.xml", "/good.xml")
    )
    config = make_config(tmp_path, feeds, "  fetch_concurrency: 2\n  per_host_concurrency: 2")
    async with pipeline_for(tmp_path, config, Clock()) as pipeline:
        pipeline.limits = FetchLimits(total_timeout_s=1, connect_timeout_s=0.5, read_timeout_s=0.5)
        reports = {r.name: r for r in await pipeline.poll_due()}
    assert reports["/good.xml"].entries == 2 and reports["/good.xml"].error is None
    assert reports["/hang.xml"].error is not None and "timeout" in reports["/hang.xml"].error
    assert reports["/gone.xml"].error is not None and "gone" in reports["/gone.xml"].error
    assert reports["/html.xml"].entries == 0


async def test_of_two_entries_sharing_a_link_the_older_is_the_story_whether_or_not_a_rule_matched(
    tmp_path: Path, server: FeedServer
) -> None:
    # Entries no rule matched are written after the others of their slice (one commit); the seen
    # filter must still keep the older of two entries with one link, as one transaction each did.
    strike = "At least 12 people were killed in an air strike on Khan Younis on Tuesday, medics said."
    matched = FeedItem("Strike kills 12 in Khan Younis", "https://news.example/story", strike, "g-new",
                       START - timedelta(minutes=5))  # fmt: skip
    quiet = FeedItem("Talks resume in Cairo", "https://news.example/story", "Talks resume next week.",
                     "g-old", START - timedelta(minutes=20))  # fmt: skip
    server.set_items("/both.xml", [matched, quiet])
    server.set_items("/alone.xml", [replace(matched, link="https://news.example/other")])
    feeds = "\n".join(f"  - {{url: '{server.url(p)}', name: {p[1:5]}}}" for p in ("/both.xml", "/alone.xml"))
    async with pipeline_for(tmp_path, make_config(tmp_path, feeds), Clock()) as pipeline:
        reports = {r.name: r for r in await pipeline.poll_due()}
        with pipeline.store.engine.connect() as conn:
            stored = set(conn.execute(select(t.entries.c.feed_id, t.entries.c.key)).all())
    assert len(reports["alon"].alerts) == 1  # the matched entry alerts on its own
    assert reports["both"].alerts == []
    assert (feed_id_for(server.url("/both.xml")), "g-old") in stored
    assert (feed_id_for(server.url("/both.xml")), "g-new") not in stored
