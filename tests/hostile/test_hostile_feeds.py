"""Hostile publishers: a configured feed's redirects are checked like a runtime feed's.

The feed's own URL is trusted as the admin wrote it (it may be an intranet feed on loopback); where
it redirects is the publisher's choice, so a redirect to a loopback, private or link-local address
is refused before any request goes there, unless that host and port are allowed, and a metadata
address always is.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import SettingsSection
from bot.core.model import Entry
from bot.netguard import BlockedUrl, UrlGuard
from bot.store.feeds import feed_id_for
from tests.fakes.feed_server import FeedItem, FeedServer, running_feed_server
from tests.integration.test_pipeline_scheduling import Clock, make_config, pipeline_for

ITEM = FeedItem("Strike kills 12", "https://news.example/a", "At least 12 killed", "a")


@pytest.fixture
async def publisher() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as s:
        yield s


@pytest.fixture
async def inside() -> AsyncIterator[FeedServer]:
    """Something else listening on loopback (a database, an admin port): it must see no request."""
    async with running_feed_server() as s:
        s.set_items("/internal", [ITEM])
        yield s


def port_of(server: FeedServer) -> str:
    return server.base_url.rsplit(":", 1)[1]


async def poll_config_feed(tmp_path: Path, publisher: FeedServer, settings: str = "") -> str | None:
    feeds = f"  - {{url: '{publisher.url('/feed.xml')}', name: Publisher}}"
    async with pipeline_for(tmp_path, make_config(tmp_path, feeds, settings), Clock()) as pipeline:
        [report] = await pipeline.poll_due()
        return report.error


async def test_a_configured_feed_on_loopback_is_trusted_as_written(
    tmp_path: Path, publisher: FeedServer
) -> None:
    publisher.set_items("/feed.xml", [ITEM])
    assert await poll_config_feed(tmp_path, publisher) is None


async def test_a_configured_feeds_redirect_to_another_loopback_port_sends_no_request(
    tmp_path: Path, publisher: FeedServer, inside: FeedServer
) -> None:
    publisher.set_redirect("/feed.xml", inside.url("/internal"))

    error = await poll_config_feed(tmp_path, publisher)

    assert inside.requests == []
    assert error is not None and error.startswith("blocked_address"), error
    assert "loopback" in error


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1:5432/", "http://[fe80::1]:80/"],
)
async def test_a_configured_feeds_redirect_to_an_internal_address_is_refused_unanswered(
    tmp_path: Path, publisher: FeedServer, target: str
) -> None:
    publisher.set_redirect("/feed.xml", target)

    error = await poll_config_feed(tmp_path, publisher)

    # Refused before connecting: no status, no connection error, nothing a scanner could read.
    assert error is not None and error.startswith("blocked_address"), error
    assert "answered" not in error and "connect" not in error and "timed out" not in error


async def test_an_allowed_host_and_port_may_be_redirected_to_but_not_its_other_ports(
    tmp_path: Path, publisher: FeedServer, inside: FeedServer
) -> None:
    publisher.set_redirect("/feed.xml", inside.url("/internal"))

    bare_host = await poll_config_feed(tmp_path / "a", publisher, "  allow_private_feed_hosts: ['127.0.0.1']")
    assert bare_host is not None and bare_host.startswith("blocked_address")
    assert inside.requests == []

    with_port = await poll_config_feed(
        tmp_path / "b", publisher, f"  allow_private_feed_hosts: ['127.0.0.1:{port_of(inside)}']"
    )
    assert with_port is None
    assert len(inside.requests) == 1


@pytest.mark.parametrize("allowed", ["169.254.169.254", "169.254.169.254:80", "[fd00:ec2::254]:80"])
async def test_a_metadata_address_is_refused_even_when_allowed(allowed: str) -> None:
    guard = UrlGuard(allow_hosts=frozenset({allowed}))
    for url in ("http://169.254.169.254/latest/", "http://[fd00:ec2::254]/latest/"):
        with pytest.raises(BlockedUrl, match="metadata"):
            await guard.check(url)


async def test_an_allowed_host_opens_only_the_ports_listed() -> None:
    guard = UrlGuard(allow_hosts=frozenset({"127.0.0.1", "[::1]:8443", "intranet.local:8080"}))
    await guard.check("http://127.0.0.1/feed")  # a bare host: its scheme's default port
    await guard.check("https://127.0.0.1/feed")
    await guard.check("https://[::1]:8443/feed")
    for url in ("http://127.0.0.1:5432/", "https://[::1]/feed", "http://[::1]:8080/"):
        with pytest.raises(BlockedUrl):
            await guard.check(url)
    assert guard.host_allowed("intranet.local", 8080) and not guard.host_allowed("intranet.local", 80)


# --- one poll of one feed does bounded work ------------------------------------------------------------


def _many(count: int, prefix: str, start: datetime) -> list[FeedItem]:
    return [
        FeedItem(
            f"{prefix} item {i}",
            f"https://news.example/{prefix}/{i}",
            "text",
            f"{prefix}-{i}",
            start - timedelta(minutes=i),
        )
        for i in range(count)
    ]


async def test_a_feed_with_thousands_of_new_entries_is_read_newest_first_up_to_the_limit(
    tmp_path: Path, publisher: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    newest = datetime(2026, 8, 13, 11, 59, tzinfo=UTC)
    publisher.set_items("/flood.xml", _many(3000, "flood", newest))
    publisher.set_items("/calm.xml", _many(3, "calm", newest))
    feeds = (
        f"  - {{url: '{publisher.url('/flood.xml')}', name: Flood}}\n"
        f"  - {{url: '{publisher.url('/calm.xml')}', name: Calm}}"
    )
    config = make_config(tmp_path, feeds, "  max_entries_per_poll: 100")
    with caplog.at_level(logging.WARNING, logger="conflict_alerts.pipeline"):
        async with pipeline_for(tmp_path, config, Clock()) as pipeline:
            reports = {r.name: r for r in await pipeline.poll_due()}
            stored = pipeline.store.entries.known_keys(
                feed_id_for(publisher.url("/flood.xml")),
                [
                    Entry(feed_id_for(publisher.url("/flood.xml")), f"flood-{i}", "", "", "", None, "")
                    for i in range(3000)
                ],
            )
    assert reports["Flood"].entries == 100 and reports["Flood"].passed_over == 2900
    assert {key for key, _ in stored} == {f"flood-{i}" for i in range(100)}  # the newest hundred
    assert reports["Calm"].entries == 3 and reports["Calm"].passed_over == 0
    [record] = [r for r in caplog.records if getattr(r, "event", "") == "feed_entries_capped"]
    assert "2,900" in record.getMessage() and "max_entries_per_poll" in record.getMessage()


async def test_a_feed_whose_guids_change_on_every_poll_costs_at_most_the_limit_each_time(
    tmp_path: Path, publisher: FeedServer
) -> None:
    newest = datetime(2026, 8, 13, 11, 59, tzinfo=UTC)
    feeds = f"  - {{url: '{publisher.url('/churn.xml')}', name: Churn}}"
    clock = Clock()
    async with pipeline_for(
        tmp_path, make_config(tmp_path, feeds, "  max_entries_per_poll: 50"), clock
    ) as pipeline:
        for poll in range(3):
            publisher.set_items("/churn.xml", _many(400, f"churn{poll}", newest))
            clock.now += timedelta(hours=2)
            [report] = await pipeline.poll_due(all_feeds=True)
            assert report.entries == 50 and report.passed_over == 350


def test_the_default_limit_leaves_ordinary_feeds_whole() -> None:
    assert SettingsSection().max_entries_per_poll >= 200


async def test_a_big_document_is_parsed_apart_so_small_feeds_do_not_wait_behind_it() -> None:
    import asyncio
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from bot.throughput import BIG_DOCUMENT_BYTES, FeedParser
    from tests.fakes.feed_server import rss_document

    start = datetime(2026, 8, 13, 11, 59, tzinfo=UTC)
    words = "an invented sentence about nothing in particular " * 11
    big_items = [
        FeedItem(f"big {i}", f"https://news.example/big/{i}", words, f"big-{i}", start - timedelta(minutes=i))
        for i in range(2500)
    ]
    big = rss_document(big_items)
    small = rss_document(_many(3, "small", start))
    assert len(big) > BIG_DOCUMENT_BYTES > len(small)
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"))
    parser = FeedParser(pool)
    finished: list[str] = []

    async def parse(name: str, body: bytes) -> None:
        await parser.parse(
            body, feed_id=name, url=f"https://{name}.example/", source=name, headers={}, now=start
        )
        finished.append(name)

    try:
        await parse("warm-up", small)  # the worker is started before the race
        big_task = asyncio.create_task(parse("big", big))
        await asyncio.sleep(0)  # the big document is handed to a worker first
        await parse("small", small)
        await big_task
    finally:
        parser.close()
        pool.shutdown()
    assert finished == ["warm-up", "small", "big"]
