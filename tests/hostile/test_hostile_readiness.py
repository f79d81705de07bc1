"""Readiness tells the truth: a poll tick that never ends is not hidden by the other jobs that keep
ticking, and the status page says so when every feed is failing."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from bot import metrics
from bot.app import run_forever
from bot.settings import Settings
from bot.web import READY_TICK_MAX_AGE_S, HttpOptions, WebServer
from tests.fakes.feed_server import FeedServer, running_feed_server
from tests.integration.test_pipeline_scheduling import Clock, make_config, pipeline_for
from tests.integration.test_web_running_bot import eventually, free_port


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def fake_metrics(clock: FakeMonotonic) -> Iterator[metrics.Metrics]:
    mine = metrics.Metrics(monotonic=clock)
    previous = metrics.install(mine)
    yield mine
    metrics.install(previous)


async def test_a_poll_tick_that_never_ends_makes_the_bot_not_ready(
    tmp_path: Path, repo_root: Path, clock: FakeMonotonic, fake_metrics: metrics.Metrics
) -> None:
    async with running_feed_server() as feeds, aiohttp.ClientSession() as http:
        feeds.set_hang("/stuck.xml")  # the tick waits for it (fetch timeout: 10 minutes)
        config = tmp_path / "config.yaml"
        config.write_text(
            f'feeds:\n  - {{url: "{feeds.url("/stuck.xml")}", name: Stuck}}\n'
            "destinations:\n  - {id: console, console: {}}\n"
            f"rules_dir: {repo_root / 'rules'}\nsettings: {{fetch_timeout_s: 600}}\n",
            encoding="utf-8",
        )
        port = free_port()
        settings = Settings.from_env(
            {
                "CONFLICT_ALERTS_CONFIG": str(config),
                "DATABASE_URL": f"sqlite:///{tmp_path / 'state.sqlite3'}",
                "CONFLICT_ALERTS_HTTP_PORT": str(port),
            }
        )
        stop = asyncio.Event()
        bot = asyncio.create_task(run_forever(settings, stop))
        try:

            async def polling() -> bool:
                if bot.done():
                    bot.result()
                return bool(feeds.requests_for("/stuck.xml"))

            await eventually(polling)
            clock.now += READY_TICK_MAX_AGE_S + 1  # the tick has now run for longer than its bound
            statuses = []
            for _ in range(30):  # several delivery ticks (one a second) happen meanwhile
                with contextlib.suppress(aiohttp.ClientConnectionError):
                    async with http.get(f"http://127.0.0.1:{port}/readyz") as r:
                        statuses.append((r.status, (await r.json())["checks"]["scheduler"]["ok"]))
                await asyncio.sleep(0.1)
            assert statuses and all(s == (503, False) for s in statuses), statuses
        finally:
            stop.set()
            await asyncio.wait_for(bot, 60)


async def page(tmp_path: Path, paths: list[str], server: FeedServer) -> str:
    feeds = "\n".join(f'  - {{url: "{server.url(p)}", name: "{p}"}}' for p in paths)
    async with pipeline_for(tmp_path, make_config(tmp_path, feeds), Clock()) as pipeline:
        await pipeline.poll_due()
        web = WebServer(HttpOptions(host="127.0.0.1", port=0), pipeline.store, metrics.Metrics())
        await web.start()
        try:
            async with aiohttp.ClientSession() as http, http.get(f"{web.url}/") as r:
                return await r.text()
        finally:
            await web.stop()


async def test_the_status_page_says_when_every_feed_is_failing(tmp_path: Path) -> None:
    async with running_feed_server() as server:
        server.set_status("/a.xml", 500)
        server.set_status("/b.xml", 404)
        server.set_items("/ok.xml", [])
        assert "Every feed is failing" in await page(tmp_path / "all", ["/a.xml", "/b.xml"], server)
        assert "Every feed is failing" not in await page(tmp_path / "some", ["/a.xml", "/ok.xml"], server)
