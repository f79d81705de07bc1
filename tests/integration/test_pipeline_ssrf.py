"""Feeds added at run time may reach public addresses only (SSRF), on every fetch and redirect.

The fake feed server listens on 127.0.0.1 only. `localhost` is allowed through the config
(`settings.allow_private_feed_hosts`), as a test or intranet setup would; the literal 127.0.0.1 and
the metadata address are not. A redirect to either is refused before any request goes there.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.netguard import guarded_connector
from bot.pipeline import runtime_feed_guard
from bot.store.feeds import feed_id_for
from tests.conftest import TEST_RULES
from tests.fakes.feed_server import FeedItem, FeedServer, running_feed_server
from tests.integration.test_pipeline_scheduling import Clock, make_config, pipeline_for


def allow_localhost(server: FeedServer) -> str:
    """The config line allowing the fake server's port on `localhost` (a bare host opens 80/443 only)."""
    return f"  allow_private_feed_hosts: ['localhost:{server.base_url.rsplit(':', 1)[1]}']"
ITEM = FeedItem("Strike kills 12", "https://news.example/a", "At least 12 killed", "a")


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as s:
        s.set_items("/secret.xml", [ITEM])
        yield s


def via_localhost(server: FeedServer, path: str) -> str:
    return server.url(path).replace("127.0.0.1", "localhost")


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/secret.xml",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/x",
    ],
)
async def test_a_runtime_feed_redirecting_to_a_private_address_is_blocked(
    tmp_path: Path, server: FeedServer, target: str
) -> None:
    port = server.base_url.rsplit(":", 1)[1]
    server.set_redirect("/feed.xml", target.format(port=port))
    config = make_config(tmp_path, "", allow_localhost(server))
    async with pipeline_for(tmp_path, config, Clock()) as pipeline:
        url = via_localhost(server, "/feed.xml")
        pipeline.store.feeds.add(url, "Runtime", [], Clock()())
        [report] = await pipeline.poll_due()
        assert report.error is not None and report.error.startswith("blocked_address"), report.error
        [row] = pipeline.store.feeds.all()
        assert row.error_streak == 1 and row.last_error is not None and "blocked_address" in row.last_error
    assert server.requests_for("/secret.xml") == []  # nothing ever reached the private address


async def test_a_runtime_feed_on_a_private_address_is_blocked_at_fetch_time(
    tmp_path: Path, server: FeedServer
) -> None:
    """Even if it got into the database (an older version, a hand edit), it is never fetched."""
    config = make_config(tmp_path, "", allow_localhost(server))
    async with pipeline_for(tmp_path, config, Clock()) as pipeline:
        pipeline.store.feeds.add(server.url("/secret.xml"), "Runtime", [], Clock()())
        [report] = await pipeline.poll_due()
    assert report.error is not None and "127.0.0.1 is a loopback address" in report.error
    assert server.requests_for("/secret.xml") == []


async def test_a_configured_feeds_redirect_within_its_own_host_and_port_is_followed(
    tmp_path: Path, server: FeedServer
) -> None:
    """Config feeds are the operator's: trusted as written, and so is their own origin. Redirects
    elsewhere are checked (tests/hostile/test_hostile_feeds.py)."""
    server.set_redirect("/feed.xml", server.url("/secret.xml"))
    config = make_config(tmp_path, f'  - {{url: "{server.url("/feed.xml")}", name: Configured}}')
    async with pipeline_for(tmp_path, config, Clock()) as pipeline:
        [report] = await pipeline.poll_due()
    assert report.error is None and report.entries == 1


async def test_an_allowed_runtime_feed_works_through_the_checking_connector(
    tmp_path: Path, server: FeedServer
) -> None:
    """The bot fetches runtime feeds through a connector whose resolver applies the same guard
    (anti DNS-rebinding): an allowed host passes, and the feed is polled normally."""
    config = make_config(tmp_path, "", allow_localhost(server))
    async with pipeline_for(tmp_path, config, Clock()) as pipeline:
        guard = runtime_feed_guard(config)
        async with aiohttp.ClientSession(connector=guarded_connector(guard)) as runtime_session:
            pipeline.runtime_session = runtime_session
            url = via_localhost(server, "/secret.xml")
            pipeline.store.feeds.add(url, "Runtime", [], Clock()())
            [report] = await pipeline.poll_due()
    assert report.error is None and report.entries == 1


async def run_cli(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_cli_feeds_add_checks_the_url_and_honours_the_config_allow_list(
    tmp_path: Path, server: FeedServer
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        f"destinations:\n  - {{id: console, console: {{}}}}\nrules_dir: {TEST_RULES}\n"
        f"settings:\n{allow_localhost(server)}\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "CONFLICT_ALERTS_CONFIG": str(config),
        "DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}",
    }

    code, _, err = await run_cli(["feeds", "add", "http://169.254.169.254/latest/meta-data/"], env, tmp_path)
    assert code == 1 and "refused" in err and "metadata" in err
    code, _, err = await run_cli(["feeds", "add", server.url("/secret.xml")], env, tmp_path)
    assert code == 1 and "loopback" in err

    allowed = via_localhost(server, "/secret.xml")
    code, out, err = await run_cli(["feeds", "add", allowed, "--name", "Local"], env, tmp_path)
    assert code == 0, err
    assert feed_id_for(allowed) in out

    code, out, err = await run_cli(["feeds"], env, tmp_path)
    assert code == 0 and "Local" in out and allowed in out
    code, out, err = await run_cli(["feeds", "remove", allowed], env, tmp_path)
    assert code == 0 and "removed" in out
    code, out, _ = await run_cli(["feeds"], env, tmp_path)
    assert "disabled" in out
