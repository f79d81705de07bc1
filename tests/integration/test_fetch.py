"""fetch_feed (and parse_feed on what it fetched) against the fake feed server on 127.0.0.1.

Every hostile or broken behaviour of issue 5 gets a test; none may raise. Timeouts are short
(FetchLimits below), and no test asserts on wall-clock time.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import urlsplit

import aiohttp
import pytest

from bot.core.parse import parse_feed
from bot.fetch import USER_AGENT, fetch_feed
from bot.fetch_result import FetchErrorKind, FetchLimits, FetchResult
from bot.netguard import UrlGuard, guarded_connector
from tests.fakes.feed_server import (
    FeedItem,
    FeedServer,
    rss_document,
    running_feed_server,
    silent_tcp_server,
    unconnectable_address,
)

LIMITS = FetchLimits(
    total_timeout_s=1.5,
    connect_timeout_s=0.3,
    read_timeout_s=0.3,
    max_bytes=256 * 1024,
    max_decompressed_bytes=1024 * 1024,
    max_redirects=3,
)
ITEMS = [
    FeedItem(
        "Strike kills 12 in Gaza", "https://news.example.org/a?utm_source=rss", "At least 12 killed", "a"
    ),
    FeedItem("Ceasefire talks resume", "https://news.example.org/b", "Talks in Cairo", "b"),
]


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with running_feed_server() as s:
        yield s


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


async def fetch(
    session: aiohttp.ClientSession,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limits: FetchLimits = LIMITS,
) -> FetchResult:
    loopback = UrlGuard(allow_hosts=frozenset({urlsplit(url).netloc}))  # the fake server's host:port
    return await fetch_feed(
        session, url, etag=etag, last_modified=last_modified, limits=limits, guard=loopback
    )


def kind(result: FetchResult) -> FetchErrorKind | None:
    return result.error.kind if result.error else None


# --- the happy path and conditional GET --------------------------------------------------------------


async def test_fetch_then_304_with_etag(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_items("/feed", ITEMS)
    first = await fetch(session, server.url("/feed"))
    assert first.status == 200 and first.error is None and first.body is not None
    assert first.etag and first.body_sha256
    assert server.requests[-1].user_agent == USER_AGENT
    assert server.requests[-1].if_none_match is None

    second = await fetch(session, server.url("/feed"), etag=first.etag)
    assert second.status == 304 and second.not_modified and second.body is None
    assert second.etag == first.etag
    assert server.requests[-1].if_none_match == first.etag


async def test_changed_feed_gets_a_new_body_and_etag(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_items("/feed", ITEMS)
    first = await fetch(session, server.url("/feed"))
    server.add_item("/feed", FeedItem("New item", "https://news.example.org/c", "", "c"))
    second = await fetch(session, server.url("/feed"), etag=first.etag)
    assert second.status == 200 and second.etag != first.etag and second.body_sha256 != first.body_sha256


async def test_if_modified_since(server: FeedServer, session: aiohttp.ClientSession) -> None:
    stamp = "Wed, 12 Aug 2026 10:00:00 GMT"
    server.set_feed("/feed", rss_document(ITEMS), etag=False, last_modified=stamp)
    first = await fetch(session, server.url("/feed"))
    assert first.last_modified == stamp and first.etag is None
    second = await fetch(session, server.url("/feed"), last_modified=stamp)
    assert second.status == 304 and second.last_modified == stamp


async def test_fetched_entries_are_parsed_with_tracking_stripped(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_items("/feed", ITEMS, title="Example")
    result = await fetch(session, server.url("/feed"))
    assert result.body is not None
    parsed = parse_feed(result.body, feed_id="f", url=result.final_url, source="", headers=result.headers)
    assert [(e.key, e.link) for e in parsed.entries] == [
        ("a", "https://news.example.org/a"),
        ("b", "https://news.example.org/b"),
    ]
    assert parsed.problem is None and parsed.entries[0].source == "Example"


async def test_cache_control_max_age_is_reported(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_items("/feed", ITEMS, headers={"Cache-Control": "public, max-age=600"})
    assert (await fetch(session, server.url("/feed"))).cache_max_age_s == 600


async def test_gzip_body_is_decoded(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_items("/feed", ITEMS, gzip=True)
    result = await fetch(session, server.url("/feed"))
    assert result.error is None and result.body == rss_document(ITEMS)
    assert "gzip" in (server.requests[-1].accept_encoding or "")


@pytest.mark.parametrize("wrap", [zlib.compress, lambda b: zlib.compress(b)[2:-4]], ids=["zlib", "raw"])
async def test_deflate_body_is_decoded(
    server: FeedServer, session: aiohttp.ClientSession, wrap: object
) -> None:
    body = rss_document(ITEMS)
    server.set_feed("/feed", wrap(body), headers={"Content-Encoding": "deflate"})  # type: ignore[operator]
    result = await fetch(session, server.url("/feed"))
    assert result.error is None and result.body == body


async def test_corrupt_gzip_is_an_error(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_feed("/feed", b"\x1f\x8b\x08\x00garbage" * 10, headers={"Content-Encoding": "gzip"})
    assert kind(await fetch(session, server.url("/feed"))) is FetchErrorKind.BAD_ENCODING


async def test_unadvertised_content_encoding_is_an_error(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_feed("/feed", b"\x00\x01", headers={"Content-Encoding": "br"})
    assert kind(await fetch(session, server.url("/feed"))) is FetchErrorKind.BAD_ENCODING


# --- timeouts ----------------------------------------------------------------------------------------


async def test_connect_timeout(session: aiohttp.ClientSession) -> None:
    with unconnectable_address() as (host, port):
        result = await fetch(session, f"http://{host}:{port}/feed")
    assert kind(result) is FetchErrorKind.TIMEOUT
    assert result.error is not None and "connect" in result.error.message


async def test_server_that_accepts_but_never_answers(session: aiohttp.ClientSession) -> None:
    async with silent_tcp_server() as (host, port):
        result = await fetch(session, f"http://{host}:{port}/feed")
    assert kind(result) is FetchErrorKind.TIMEOUT


async def test_handler_that_never_answers(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_hang("/feed")
    assert kind(await fetch(session, server.url("/feed"))) is FetchErrorKind.TIMEOUT


async def test_slow_drip_is_bounded_by_the_total_timeout(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    # each chunk arrives well within the read timeout, but the whole body would take ~10 s
    server.set_feed("/feed", rss_document(ITEMS) * 20, drip_bytes=64, drip_interval_s=0.05)
    result = await fetch(session, server.url("/feed"), limits=replace(LIMITS, total_timeout_s=0.6))
    assert kind(result) is FetchErrorKind.TIMEOUT
    assert result.error is not None and "total" in result.error.message


async def test_connection_refused(session: aiohttp.ClientSession) -> None:
    with unconnectable_address() as (host, port):
        pass  # closed again: nothing listens on the port now
    assert kind(await fetch(session, f"http://{host}:{port}/feed")) is FetchErrorKind.CONNECT


# --- status codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, FetchErrorKind.HTTP_4XX),
        (403, FetchErrorKind.HTTP_4XX),
        (410, FetchErrorKind.GONE),
        (500, FetchErrorKind.HTTP_5XX),
        (503, FetchErrorKind.HTTP_5XX),
        (429, FetchErrorKind.RATE_LIMITED),
    ],
)
async def test_error_statuses(
    server: FeedServer, session: aiohttp.ClientSession, status: int, expected: FetchErrorKind
) -> None:
    server.set_status("/feed", status, body=b"<html>oops</html>")
    result = await fetch(session, server.url("/feed"))
    assert result.status == status and kind(result) is expected and result.body is None
    assert result.error is not None and str(status) in result.error.message
    assert result.error.counts_as_failure is (status != 429)


async def test_429_with_retry_after_seconds(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_status("/feed", 429, retry_after=120)
    result = await fetch(session, server.url("/feed"))
    assert kind(result) is FetchErrorKind.RATE_LIMITED and result.retry_after_s == 120


async def test_429_with_retry_after_http_date(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server_now = datetime(2026, 8, 13, 12, 0, tzinfo=UTC)
    server.set_status(
        "/feed",
        429,
        headers={"Date": format_datetime(server_now, usegmt=True)},
        retry_after=format_datetime(server_now + timedelta(minutes=30), usegmt=True),
    )
    result = await fetch(session, server.url("/feed"))
    assert result.retry_after_s == 1800  # relative to the server's own Date header


async def test_503_with_garbage_retry_after(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_status("/feed", 503, retry_after="soon-ish")
    result = await fetch(session, server.url("/feed"))
    assert kind(result) is FetchErrorKind.HTTP_5XX and result.retry_after_s is None


# --- redirects ---------------------------------------------------------------------------------------


async def test_temporary_redirects_are_followed_up_to_the_limit(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_items("/feed", ITEMS)
    server.set_redirect("/r1", "/r2")
    server.set_redirect("/r2", "/r3", status=307)
    server.set_redirect("/r3", "/feed", status=303)
    result = await fetch(session, server.url("/r1"))
    assert result.status == 200 and result.final_url == server.url("/feed")
    assert result.permanent_redirect_to is None


async def test_one_redirect_too_many(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_items("/feed", ITEMS)
    for i in range(4):
        server.set_redirect(f"/r{i}", f"/r{i + 1}")
    server.set_redirect("/r4", "/feed")
    result = await fetch(session, server.url("/r0"))
    assert kind(result) is FetchErrorKind.TOO_MANY_REDIRECTS


async def test_permanent_redirect_is_reported(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_items("/new", ITEMS)
    server.set_redirect("/old", "/newer", permanent=True)
    server.set_redirect("/newer", "/new", status=308)
    result = await fetch(session, server.url("/old"))
    assert result.status == 200 and result.permanent_redirect_to == server.url("/new")


async def test_permanent_then_temporary_reports_the_permanent_part_only(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_items("/today", ITEMS)
    server.set_redirect("/old", "/current", permanent=True)
    server.set_redirect("/current", "/today")
    result = await fetch(session, server.url("/old"))
    assert result.permanent_redirect_to == server.url("/current")
    assert result.final_url == server.url("/today")


async def test_permanent_redirect_to_an_error_is_not_reported(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_redirect("/old", "/gone", permanent=True)
    result = await fetch(session, server.url("/old"))
    assert kind(result) is FetchErrorKind.HTTP_4XX and result.permanent_redirect_to is None


async def test_redirect_loop(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_redirect("/a", "/b")
    server.set_redirect("/b", "/a")
    result = await fetch(session, server.url("/a"))
    assert kind(result) is FetchErrorKind.REDIRECT_LOOP


async def test_redirect_to_a_non_http_scheme(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_redirect("/a", "file:///etc/passwd")
    assert kind(await fetch(session, server.url("/a"))) is FetchErrorKind.BAD_REDIRECT


async def test_every_redirect_hop_is_checked_by_the_guard(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_redirect("/a", "http://169.254.169.254/latest/meta-data/")
    result = await fetch(session, server.url("/a"))
    assert kind(result) is FetchErrorKind.BLOCKED_ADDRESS
    assert result.error is not None and "metadata" in result.error.message


async def test_guard_blocks_loopback_unless_allowed(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_items("/feed", ITEMS)
    result = await fetch_feed(
        session, server.url("/feed"), etag=None, last_modified=None, limits=LIMITS, guard=UrlGuard()
    )
    assert kind(result) is FetchErrorKind.BLOCKED_ADDRESS
    assert server.requests == []  # refused before any request was sent


# --- size caps ---------------------------------------------------------------------------------------


async def test_huge_body_with_content_length_is_refused_unread(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_huge("/feed", 50 * 1024 * 1024)
    result = await fetch(session, server.url("/feed"))
    assert kind(result) is FetchErrorKind.TOO_LARGE and result.body is None


async def test_huge_chunked_body_is_cut_at_the_byte_cap(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_huge("/feed", 50 * 1024 * 1024, announce_length=False)
    result = await fetch(session, server.url("/feed"))
    assert kind(result) is FetchErrorKind.TOO_LARGE


async def test_gzip_bomb_stops_at_the_decompressed_cap(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.set_gzip_bomb("/feed", 32 * 1024 * 1024)  # ~32 KB on the wire, 32 MiB inflated
    result = await fetch(session, server.url("/feed"))
    assert kind(result) is FetchErrorKind.DECOMPRESSION_BOMB and result.body is None


async def test_a_body_just_under_the_caps_is_fine(server: FeedServer, session: aiohttp.ClientSession) -> None:
    body = b"<rss>" + b" " * (LIMITS.max_decompressed_bytes - 20) + b"</rss>"
    server.set_feed("/feed", body, gzip=True)
    result = await fetch(session, server.url("/feed"))
    assert result.error is None and result.body == body


async def test_an_image_is_not_a_feed(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.set_feed("/feed", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")
    assert kind(await fetch(session, server.url("/feed"))) is FetchErrorKind.NOT_A_FEED


# --- broken documents: fetched fine, parsed without crashing ------------------------------------------


async def fetch_and_parse(server: FeedServer, session: aiohttp.ClientSession, body: bytes, **kw: object):  # type: ignore[no-untyped-def]
    server.set_feed("/doc", body, **kw)  # type: ignore[arg-type]
    result = await fetch(session, server.url("/doc"))
    assert result.error is None and result.body is not None
    return parse_feed(result.body, feed_id="f", url=result.final_url, source="Test", headers=result.headers)


async def test_html_instead_of_a_feed(server: FeedServer, session: aiohttp.ClientSession) -> None:
    page = b"<!doctype html><html><head><title>Welcome</title></head><body>Not here</body></html>"
    parsed = await fetch_and_parse(server, session, page, content_type="text/html; charset=utf-8")
    assert parsed.entries == [] and parsed.problem is not None and "not a feed" in parsed.problem


async def test_truncated_xml(server: FeedServer, session: aiohttp.ClientSession) -> None:
    body = rss_document(ITEMS)
    parsed = await fetch_and_parse(server, session, body[: body.rindex(b"<item>") + 20])
    assert [e.key for e in parsed.entries][:1] == ["a"] and parsed.problem


async def test_undeclared_entities(server: FeedServer, session: aiohttp.ClientSession) -> None:
    body = rss_document(ITEMS).replace(b"At least 12 killed", b"At&nbsp;least 12&hellip; killed")
    parsed = await fetch_and_parse(server, session, body)
    assert len(parsed.entries) == 2 and parsed.problem


async def test_billion_laughs(server: FeedServer, session: aiohttp.ClientSession) -> None:
    from tests.unit.test_parse import BILLION_LAUGHS

    parsed = await fetch_and_parse(server, session, BILLION_LAUGHS)
    assert all(len(e.title) < 100 for e in parsed.entries)


@pytest.mark.parametrize(
    ("codec", "content_type", "declare"),
    [
        ("windows-1251", "application/rss+xml", True),
        ("koi8-r", "application/rss+xml; charset=KOI8-R", False),
        ("iso-8859-7", "text/xml; charset=iso-8859-7", True),
        ("utf-16", "application/xml", True),
    ],
)
async def test_non_utf8_encodings(
    server: FeedServer, session: aiohttp.ClientSession, codec: str, content_type: str, declare: bool
) -> None:
    title = "Обстрел" if codec != "iso-8859-7" else "Βομβαρδισμός"
    text = rss_document([FeedItem(title, "https://x.org/1", "", "1")]).decode()
    text = text.replace('encoding="utf-8"', f'encoding="{codec}"' if declare else "")
    parsed = await fetch_and_parse(server, session, text.encode(codec), content_type=content_type)
    assert [e.title for e in parsed.entries] == [title]


async def test_utf8_bom(server: FeedServer, session: aiohttp.ClientSession) -> None:
    parsed = await fetch_and_parse(server, session, b"\xef\xbb\xbf" + rss_document(ITEMS))
    assert len(parsed.entries) == 2 and parsed.problem is None


async def test_items_without_guid_link_or_date(server: FeedServer, session: aiohttp.ClientSession) -> None:
    body = rss_document([FeedItem("No id at all"), FeedItem("Only link", link="https://x.org/only")])
    parsed = await fetch_and_parse(server, session, body)
    assert [e.key[:7] for e in parsed.entries] == ["sha256:", "https:/"]
    assert all(e.published is None for e in parsed.entries)


async def test_duplicate_guids(server: FeedServer, session: aiohttp.ClientSession) -> None:
    body = rss_document(
        [FeedItem("one", "https://x.org/1", "", "same"), FeedItem("two", "https://x.org/1", "", "same")]
    )
    parsed = await fetch_and_parse(server, session, body)
    assert [e.title for e in parsed.entries] == ["one"]


async def test_relative_links(server: FeedServer, session: aiohttp.ClientSession) -> None:
    parsed = await fetch_and_parse(
        server, session, rss_document([FeedItem("rel", "/news/1.html?utm_medium=rss")])
    )
    assert parsed.entries[0].link == server.url("/news/1.html")


async def test_gzipped_feed_round_trip(server: FeedServer, session: aiohttp.ClientSession) -> None:
    body = gzip.decompress(gzip.compress(rss_document(ITEMS)))
    parsed = await fetch_and_parse(server, session, body, gzip=True)
    assert len(parsed.entries) == 2


async def test_guarded_connector_checks_the_addresses_aiohttp_connects_to(server: FeedServer) -> None:
    # no UrlGuard on the call: the resolver itself refuses (closes the DNS-rebinding gap)
    server.set_items("/feed", ITEMS)
    url = server.url("/feed").replace("127.0.0.1", "localhost")
    async with aiohttp.ClientSession(connector=guarded_connector(UrlGuard())) as guarded:
        result = await fetch_feed(guarded, url, etag=None, last_modified=None, limits=LIMITS)
    assert kind(result) is FetchErrorKind.CONNECT
    assert result.error is not None and "loopback" in result.error.message
    assert server.requests == []
