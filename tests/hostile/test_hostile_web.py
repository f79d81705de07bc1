"""Without a token the status page trusts the network it listens on, so it must also know *which
name* it was reached by: a page in the user's browser whose domain was re-pointed at 127.0.0.1
(DNS rebinding) sends its own host name, and is refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.metrics import Metrics
from bot.settings import Settings
from bot.web import HttpOptions, WebServer, http_options
from tests.integration.web_seed import NOW, open_seeded_store


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[WebServer]:
    options = HttpOptions(host="127.0.0.1", port=0, allowed_hosts=("status.intranet",))
    s = WebServer(options, open_seeded_store(tmp_path / "s.sqlite3"), Metrics(), clock=lambda: NOW)
    await s.start()
    yield s
    await s.stop()


async def get(server: WebServer, path: str, host: str) -> int:
    async with aiohttp.ClientSession() as http, http.get(f"{server.url}{path}", headers={"Host": host}) as r:
        return r.status


@pytest.mark.parametrize("path", ["/", "/metrics"])
@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:{port}", "127.0.0.1.nip.io:{port}"])
async def test_an_unknown_host_name_is_refused(server: WebServer, path: str, host: str) -> None:
    assert await get(server, path, host.format(port=server.port)) == 421


@pytest.mark.parametrize(
    "host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}", "status.intranet:{port}"]
)
async def test_loopback_names_and_the_configured_ones_are_accepted(server: WebServer, host: str) -> None:
    assert await get(server, "/", host.format(port=server.port)) == 200


async def test_probes_answer_any_host(server: WebServer) -> None:
    assert await get(server, "/healthz", "attacker.example") == 200


def test_allowed_hosts_come_from_the_environment() -> None:
    settings = Settings.from_env({"CONFLICT_ALERTS_HTTP_ALLOWED_HOSTS": "a.example, b.example"})
    assert http_options(settings).allowed_hosts == ("a.example", "b.example")
