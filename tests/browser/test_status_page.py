"""The status page in a real browser: Debian's headless Chromium, driven over the DevTools protocol
(a WebSocket, spoken with aiohttp; no Selenium). It loads the page behind the token, checks that it
renders with its Content-Security-Policy intact (no blocked script or style), filters the feeds by
health with a real mouse click, opens an alert's "why" and keeps a screenshot.

Chromium is installed by `.ci/run` (apt-get install chromium). Without it this test is skipped with
a loud reason; set CONFLICT_ALERTS_SCREENSHOT_DIR to keep the screenshot somewhere to look at.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.metrics import Metrics
from bot.web import HttpOptions, WebServer
from tests.integration.web_seed import NOW, open_seeded_store

pytestmark = pytest.mark.slow

TOKEN = "browser-test-token-0123456789abcdef"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
    "--window-size=1280,1800",
    "--hide-scrollbars",
]
STARTUP_TIMEOUT_S = 60.0
STEP_TIMEOUT_S = 30.0


def find_chromium() -> str | None:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
        shutil.which("google-chrome"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


class DevTools:
    """Just enough of the Chrome DevTools Protocol: commands with ids, events kept in a list."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.events: list[dict[str, Any]] = []
        self.event_arrived = asyncio.Event()
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            elif "method" in data:
                self.events.append(data)
                self.event_arrived.set()

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        ident = next(self.ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.pending[ident] = future
        await self.ws.send_str(json.dumps({"id": ident, "method": method, "params": params}))
        reply = await asyncio.wait_for(future, STEP_TIMEOUT_S)
        if "error" in reply:
            raise AssertionError(f"{method} failed: {reply['error']}")
        return dict(reply.get("result", {}))

    async def wait_for_event(self, method: str) -> dict[str, Any]:
        async def seen() -> dict[str, Any]:
            while True:
                for event in self.events:
                    if event["method"] == method:
                        return event
                self.event_arrived.clear()
                await self.event_arrived.wait()

        return await asyncio.wait_for(seen(), STEP_TIMEOUT_S)

    async def evaluate(self, expression: str) -> Any:
        result = await self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element, as a person would."""
        box = await self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'});"
            " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            await self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    async def close(self) -> None:
        self.reader.cancel()
        await self.ws.close()


@pytest.fixture
async def chromium(tmp_path: Path) -> AsyncIterator[str]:
    """Starts headless Chromium; yields the DevTools base URL (http://127.0.0.1:port)."""
    binary = find_chromium()
    if binary is None:
        pytest.skip(
            "!!! CHROMIUM NOT FOUND: the status page browser test did NOT run. Install Debian's chromium "
            "(`apt-get install -y chromium`, as .ci/run does) or set CHROMIUM=/path/to/chromium !!!"
        )
    profile = tmp_path / "chromium-profile"
    process = await asyncio.create_subprocess_exec(
        binary,
        *CHROMIUM_FLAGS,
        f"--user-data-dir={profile}",
        "about:blank",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        port_file = profile / "DevToolsActivePort"

        async def devtools_port() -> int:
            while not (port_file.exists() and port_file.read_text().strip()):
                if process.returncode is not None:
                    err = await process.stderr.read() if process.stderr else b""
                    raise AssertionError(f"chromium exited with {process.returncode}: {err.decode()[-2000:]}")
                await asyncio.sleep(0.05)
            return int(port_file.read_text().splitlines()[0])

        port = await asyncio.wait_for(devtools_port(), STARTUP_TIMEOUT_S)
        yield f"http://127.0.0.1:{port}"
    finally:
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 10)
            except TimeoutError:
                process.kill()
                await process.wait()


@pytest.fixture
async def status_server(tmp_path: Path) -> AsyncIterator[WebServer]:
    store = open_seeded_store(tmp_path / "state.sqlite3")
    metrics = Metrics()
    metrics.rules_in_force(4)
    metrics.scheduler_ticked()
    metrics.rules_reloaded(
        NOW,
        errors=[
            "rules/gaza.yaml:12:7: rule gaza-casualties: when.kind: 'killd' is not one of killed, injured"
        ],
    )
    server = WebServer(HttpOptions(host="127.0.0.1", port=0, token=TOKEN), store, metrics, clock=lambda: NOW)
    await server.start()
    yield server
    await server.stop()
    store.engine.dispose()


async def test_status_page_renders_and_filters_feeds_in_chromium(
    chromium: str, status_server: WebServer, tmp_path: Path
) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{chromium}/json/list") as r:
            targets = await r.json()
        page = next(t for t in targets if t["type"] == "page")
        async with http.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            cdp = DevTools(ws)
            try:
                await _exercise(cdp, status_server, tmp_path)
            finally:
                await cdp.close()


async def _exercise(cdp: DevTools, server: WebServer, tmp_path: Path) -> None:
    for domain in ("Page", "Runtime", "Log", "Network"):
        await cdp.send(f"{domain}.enable")
    await cdp.send("Network.setExtraHTTPHeaders", headers={"Authorization": f"Bearer {TOKEN}"})
    await cdp.send("Page.navigate", url=f"{server.url}/")
    await cdp.wait_for_event("Page.loadEventFired")

    # Rendered, and nothing blocked by the page's own Content-Security-Policy.
    assert "Conflict Alerts status" in await cdp.evaluate("document.title")
    problems = [
        e["params"]["entry"]["text"]
        for e in cdp.events
        if e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"
    ] + [
        e["params"]["exceptionDetails"]["text"]
        for e in cdp.events
        if e["method"] == "Runtime.exceptionThrown"
    ]
    assert problems == []
    styled = await cdp.evaluate("getComputedStyle(document.querySelector('header')).backgroundColor")
    assert styled == "rgb(29, 35, 48)", "the stylesheet was not applied"
    assert await cdp.evaluate("document.querySelectorAll('#feed-table tbody tr').length") == 5
    # The feed's markup is shown as text, never run.
    assert await cdp.evaluate("document.body.innerText.includes(\"<script>alert('x')</script>\")")

    await _screenshot(cdp, tmp_path / "status-page.png")

    # The one interaction: show only the failing feeds.
    await cdp.click('button[data-filter="failing"]')
    visible = await cdp.evaluate(
        "[...document.querySelectorAll('#feed-table tbody tr')].filter(r => !r.hidden)"
        ".map(r => [r.querySelector('strong').innerText, r.dataset.health])"
    )
    assert visible == [["Reuters World", "failing"]]
    assert (
        await cdp.evaluate(
            "document.querySelector('button[data-filter=\"failing\"]').getAttribute('aria-pressed')"
        )
        == "true"
    )
    await cdp.click('button[data-filter="all"]')
    assert await cdp.evaluate("[...document.querySelectorAll('#feed-table tbody tr')].every(r => !r.hidden)")

    # And an alert's "why": hidden until asked for, then the rule, facts and quoted evidence.
    row = 'tr.alert-row[data-rule="gaza-casualties"] details.why-toggle'
    why = f"document.querySelector({json.dumps(row)})"
    assert await cdp.evaluate(f"{why}.open") is False
    assert await cdp.evaluate(f"{why}.querySelector('dl').checkVisibility()") is False
    await cdp.click(f"{row} summary")
    assert await cdp.evaluate(f"{why}.open") is True
    assert await cdp.evaluate(f"{why}.querySelector('dl').checkVisibility()") is True
    text = await cdp.evaluate(f"{why}.innerText")
    assert "gaza-casualties (casualty, high)" in text
    assert "61,500 killed in Gaza" in text
    assert "the war, which has killed nearly 61,500 Palestinians." in text
    assert "was 61,100" in text
    await _screenshot(cdp, tmp_path / "status-page-why.png")


async def _screenshot(cdp: DevTools, path: Path) -> None:
    shot = await cdp.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    data = base64.b64decode(shot["data"])
    assert data.startswith(b"\x89PNG") and len(data) > 10_000
    path.write_bytes(data)
    keep = os.environ.get("CONFLICT_ALERTS_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / path.name).write_bytes(data)
