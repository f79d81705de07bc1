"""The HTTP server inside a running bot (`run_forever`): it starts with the bot, reports readiness
once the scheduler ticks, counts the poll, alert and delivery that happen, shows them on the status
page, and is gone after shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import aiohttp
import pytest

from bot import metrics
from bot.app import run_forever
from bot.settings import Settings
from tests.conftest import TEST_RULES
from tests.fakes.feed_server import running_feed_server

pytestmark = pytest.mark.slow
TOKEN = "running-bot-token-0123456789abcdef"
WAIT_S = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def fresh_metrics() -> Iterator[metrics.Metrics]:
    mine = metrics.Metrics()
    previous = metrics.install(mine)
    yield mine
    metrics.install(previous)


def rss(title: str, body: str) -> bytes:
    now = format_datetime(datetime.now(UTC))
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>The National</title>'
        "<link>https://www.thenationalnews.com/</link><description>news</description>"
        f"<item><guid>seed-1</guid><title>{escape(title)}</title><description>{escape(body)}</description>"
        f"<link>https://www.thenationalnews.com/news/seed/</link><pubDate>{now}</pubDate></item>"
        "</channel></rss>"
    ).encode()


async def eventually(check: Callable[[], Awaitable[bool]]) -> None:
    async def loop() -> None:
        while not await check():
            await asyncio.sleep(0.1)

    await asyncio.wait_for(loop(), WAIT_S)


async def test_running_bot_serves_probes_metrics_and_status_page(
    tmp_path: Path, repo_root: Path, seed_article: str, fresh_metrics: metrics.Metrics
) -> None:
    async with running_feed_server() as feeds, aiohttp.ClientSession() as http:
        feeds.set_feed("/gaza.xml", rss("Pressure mounts on Israel", seed_article))
        config = tmp_path / "config.yaml"
        config.write_text(
            f'feeds:\n  - {{url: "{feeds.url("/gaza.xml")}", name: The National}}\n'
            "destinations:\n  - {id: console, console: {}}\n"
            "routes:\n  - {triggers: [casualty, arms_embargo, recognition], to: [console]}\n"
            f"rules_dir: {TEST_RULES}\n",
            encoding="utf-8",
        )
        port = free_port()
        settings = Settings.from_env(
            {
                "CONFLICT_ALERTS_CONFIG": str(config),
                "DATABASE_URL": f"sqlite:///{tmp_path / 'state.sqlite3'}",
                "CONFLICT_ALERTS_HTTP_PORT": str(port),
                "CONFLICT_ALERTS_HTTP_TOKEN": TOKEN,
            }
        )
        base = f"http://127.0.0.1:{port}"
        auth = {"Authorization": f"Bearer {TOKEN}"}
        stop = asyncio.Event()
        bot = asyncio.create_task(run_forever(settings, stop))
        try:

            async def ready() -> bool:
                if bot.done():
                    bot.result()  # a startup error fails the test with its message
                with contextlib.suppress(aiohttp.ClientConnectionError):
                    async with http.get(f"{base}/readyz") as r:
                        return r.status == 200
                return False

            await eventually(ready)

            async def counted() -> bool:
                async with http.get(f"{base}/metrics", headers=auth) as r:
                    text = await r.text()
                return (
                    'conflict_alerts_polls_total{outcome="ok"}' in text
                    and 'conflict_alerts_deliveries_total{outcome="sent",platform="console"}' in text
                )

            await eventually(counted)
            async with http.get(f"{base}/metrics", headers=auth) as r:
                text = await r.text()
            assert "conflict_alerts_alerts_total{rule=" in text
            assert 'conflict_alerts_entries_seen_total{kind="live"} 1.0' in text
            assert 'conflict_alerts_publication_to_delivery_seconds_count{platform="console"}' in text
            assert "conflict_alerts_rules_loaded" in text

            async with http.get(f"{base}/") as r:
                assert r.status == 401
            async with http.get(f"{base}/", headers=auth) as r:
                html = await r.text()
            assert "The National" in html and 'class="alert-row"' in html
        finally:
            stop.set()
            await asyncio.wait_for(bot, WAIT_S)
        with pytest.raises(aiohttp.ClientConnectionError):
            async with http.get(f"{base}/healthz"):
                pass
