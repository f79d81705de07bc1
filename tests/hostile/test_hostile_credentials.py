"""A feed URL may carry `user:password@`; the password never appears where the URL is shown or logged:
the status page, `feeds`, the chat's /feeds, log lines (text and JSON fields), fetch errors kept as
the feed's last error, and links resolved against the feed's address."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest

from bot.core.credentials import Redactor, hide_url_credentials
from bot.core.parse import parse_feed
from bot.fetch import fetch_feed
from bot.fetch_result import FetchLimits
from bot.logs import JsonFormatter, RedactingFilter
from bot.metrics import Metrics
from bot.store.repo import Store
from bot.web import HttpOptions, WebServer
from tests.fakes.feed_server import FeedItem, rss_document, running_feed_server
from tests.integration.web_seed import NOW, open_seeded_store

SECRET = "pa55-w0rd-of-the-feed"
URL = f"https://reader:{SECRET}@feeds.example/rss"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (URL, "https://***@feeds.example/rss"),
        (
            f"feed {URL} failed; see http://u@h.example:8080/x",
            "feed https://***@feeds.example/rss failed; see http://***@h.example:8080/x",
        ),
        ("https://feeds.example/rss?next=a@b", "https://feeds.example/rss?next=a@b"),
        ("mail me: someone@example.org", "mail me: someone@example.org"),
    ],
)
def test_credentials_are_hidden_in_any_text(text: str, shown: str) -> None:
    assert hide_url_credentials(text) == shown


def _store_with_failing_feed(tmp_path: Path) -> Store:
    store = open_seeded_store(tmp_path / "s.sqlite3")
    store.feeds.add(URL, "Private feed", [], NOW)
    return store


async def test_the_status_page_hides_the_password(tmp_path: Path) -> None:
    server = WebServer(
        HttpOptions(host="127.0.0.1", port=0),
        _store_with_failing_feed(tmp_path),
        Metrics(),
        clock=lambda: NOW,
    )
    await server.start()
    try:
        async with aiohttp.ClientSession() as http, http.get(f"{server.url}/") as r:
            page = await r.text()
    finally:
        await server.stop()
    assert "Private feed" in page and "feeds.example/rss" in page
    assert SECRET not in page


def test_the_feeds_command_hides_the_password(tmp_path: Path) -> None:
    _store_with_failing_feed(tmp_path).engine.dispose()
    config = tmp_path / "c.yaml"
    config.write_text("destinations: [{id: console, console: {}}]\n", encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 's.sqlite3'}"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "feeds", "--config", str(config)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "feeds.example/rss" in done.stdout and SECRET not in done.stdout + done.stderr


def test_log_lines_and_their_json_fields_hide_the_password() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactingFilter(Redactor()))
    logger = logging.getLogger("test.credentials")
    logger.addHandler(handler)
    try:
        logger.warning("feed %s failed", URL, extra={"event": "feed_failed", "fields": {"feed": URL}})
    finally:
        logger.removeHandler(handler)
    line = json.loads(stream.getvalue())
    assert line["feed"] == "https://***@feeds.example/rss"
    assert SECRET not in stream.getvalue()


async def test_a_fetch_error_naming_the_url_hides_the_password() -> None:
    limits = FetchLimits(total_timeout_s=5, connect_timeout_s=2, read_timeout_s=2)
    async with running_feed_server() as server, aiohttp.ClientSession() as session:
        server.set_redirect("/feed.xml", f"ftp://user:{SECRET}@files.example/feed")
        url = server.url("/feed.xml").replace("http://", f"http://user:{SECRET}@")
        result = await fetch_feed(session, url, etag=None, last_modified=None, limits=limits)
    assert result.error is not None and "redirect" in result.error.message
    assert SECRET not in result.error.message


def test_relative_links_do_not_inherit_the_feeds_credentials() -> None:
    doc = rss_document([FeedItem("Item", "/news/1", "text", "g1", datetime(2026, 1, 1, tzinfo=UTC))])
    parsed = parse_feed(doc, feed_id="f", url=URL, source="S", now=NOW)
    [entry] = parsed.entries
    assert entry.link == "https://feeds.example/news/1"
