"""Fetch one feed over HTTP, politely and within hard bounds: bytes in, a :class:`FetchResult` out.

``fetch_feed`` never raises for anything the network or the server does; every failure comes back as
``FetchResult.error`` with a ``kind`` the scheduler can act on and a ``message`` a human can read.

* **Conditional GET**: ``If-None-Match`` / ``If-Modified-Since`` from the previous result; a 304 gives
  ``body=None`` and keeps the validators (the server's new ones if it sent any).
* **Redirects** are followed here (``allow_redirects=False``) so that every hop is checked by the
  :class:`~bot.netguard.UrlGuard` and loops are caught. ``permanent_redirect_to`` is set when the chain
  from the requested URL began with one or more 301/308 hops and the fetch then succeeded (2xx/304):
  it is the last URL reached by permanent hops only, the one to store in place of the old URL.
  With ``trust_first_hop`` (feeds from the config file) the requested URL is not checked, as the admin
  wrote it, but every redirect is, and redirects go through ``redirect_session`` when given (its
  connector checks the addresses it connects to, closing the DNS-rebinding gap).
* **Bounds**: ``total_timeout_s`` covers everything (guard DNS, connect, redirects, a slow drip);
  ``connect_timeout_s`` bounds the TCP/TLS connect; ``read_timeout_s`` bounds a silence between two
  reads. The body is read in chunks and stopped at ``max_bytes`` on the wire; ``Content-Encoding: gzip``
  or ``deflate`` is decoded here (``auto_decompress=False``) with ``max_length`` so a decompression
  bomb stops at ``max_decompressed_bytes`` without ever allocating more than that.
* **Server hints**: ``Retry-After`` (seconds or HTTP-date, on any response) as ``retry_after_s``,
  ``Cache-Control: max-age`` as ``cache_max_age_s``; the scheduler turns them into the next poll time.

Concurrency limits (per host, global) belong to the caller: wait on the semaphore *before* calling,
so the total timeout does not count time spent queueing.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.core.credentials import hide_url_credentials
from bot.fetch_decode import BoundedDecoder
from bot.fetch_result import FetchAbort, FetchError, FetchErrorKind, FetchLimits, FetchResult
from bot.netguard import BlockedUrl, UrlGuard

USER_AGENT = "ConflictAlerts/0.1 (+https://github.com/conflict-alerts)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
READ_CHUNK = 64 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
# Response headers handed on to the parser (parse_feed(headers=...)).
KEPT_HEADERS = ("content-type", "content-language", "content-location")
NOT_FEED_MEDIA_PREFIXES = ("image/", "audio/", "video/", "font/")
NOT_FEED_MEDIA_TYPES = frozenset({"application/pdf", "application/zip", "application/gzip"})


# --- header parsing (exposed for tests and the scheduler) ------------------------------------------


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Seconds to wait from ``Retry-After`` (delta-seconds or HTTP-date); None if absent or garbage."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def parse_cache_max_age(value: str | None) -> float | None:
    """``max-age`` seconds from ``Cache-Control``; None when absent or when caching is forbidden."""
    if not value:
        return None
    max_age: float | None = None
    for directive in value.split(","):
        name, _, arg = directive.strip().partition("=")
        name = name.strip().lower()
        if name in ("no-store", "no-cache"):
            return None
        if name == "max-age":
            arg = arg.strip().strip('"')
            if arg.isdigit():
                max_age = float(int(arg))
    return max_age


# --- the fetcher -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Progress:
    url: str
    permanent_to: str | None = None
    permanent_chain: bool = True


async def fetch_feed(
    session: aiohttp.ClientSession,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    limits: FetchLimits,
    guard: UrlGuard | None = None,
    trust_first_hop: bool = False,
    redirect_session: aiohttp.ClientSession | None = None,
) -> FetchResult:
    progress = _Progress(url=url)
    hops = _Hops(guard, trust_first_hop, session, redirect_session or session, _origin(url))
    try:
        async with asyncio.timeout(limits.total_timeout_s):
            return await _fetch(hops, progress, etag, last_modified, limits)
    except FetchAbort as abort:
        return _error(progress, abort.kind, abort.message, status=abort.status)
    except TimeoutError:
        return _error(
            progress, FetchErrorKind.TIMEOUT, f"gave up after {limits.total_timeout_s:g} s (total timeout)"
        )


def _error(
    progress: _Progress,
    kind: FetchErrorKind,
    message: str,
    *,
    status: int | None = None,
    retry_after_s: float | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    return FetchResult(
        status=status,
        body=None,
        etag=etag,
        last_modified=last_modified,
        final_url=progress.url,
        retry_after_s=retry_after_s,
        error=FetchError(kind, hide_url_credentials(message)),  # kept as the feed's last error, shown
    )


@dataclass(frozen=True, slots=True)
class _Hops:
    """Who checks and who carries each hop: the first one, then every redirect."""

    guard: UrlGuard | None
    trust_first_hop: bool
    first_session: aiohttp.ClientSession
    redirect_session: aiohttp.ClientSession
    first_origin: tuple[str, str]

    def guard_for(self, redirects: int) -> UrlGuard | None:
        return None if self.trust_first_hop and redirects == 0 else self.guard

    def session_for(self, url: str) -> aiohttp.ClientSession:
        """Hops within the requested URL's own origin go as the first did; others through the
        checking session."""
        return self.first_session if _origin(url) == self.first_origin else self.redirect_session


def _origin(url: str) -> tuple[str, str]:
    try:
        parts = urlsplit(url)
        return (parts.scheme.lower(), parts.netloc.lower())
    except ValueError:
        return ("", url)


async def _fetch(
    hops: _Hops,
    progress: _Progress,
    etag: str | None,
    last_modified: str | None,
    limits: FetchLimits,
) -> FetchResult:
    headers = _request_headers(etag, last_modified)
    timeout = aiohttp.ClientTimeout(
        total=None, sock_connect=limits.connect_timeout_s, sock_read=limits.read_timeout_s
    )
    visited = {progress.url}
    redirects = 0
    while True:
        url = progress.url
        guard = hops.guard_for(redirects)
        if guard is not None:
            try:
                await guard.check(url)
            except BlockedUrl as exc:
                raise FetchAbort(FetchErrorKind.BLOCKED_ADDRESS, f"{url}: {exc.reason}") from None
        try:
            async with hops.session_for(url).get(
                url, headers=headers, allow_redirects=False, auto_decompress=False, timeout=timeout
            ) as resp:
                if resp.status in REDIRECT_STATUSES:
                    redirects += 1
                    _follow_redirect(resp, progress, visited, redirects, limits)
                    continue
                try:
                    return await _final(resp, progress, etag, last_modified, limits)
                except FetchAbort:
                    resp.close()  # never hand a half-read connection back to the pool
                    raise
        except FetchAbort:
            raise
        except (aiohttp.ClientError, OSError) as exc:
            raise _network_abort(exc, url, limits) from None


def _request_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _follow_redirect(
    resp: aiohttp.ClientResponse, progress: _Progress, visited: set[str], redirects: int, limits: FetchLimits
) -> None:
    """Point `progress` at the redirect's target, or stop on a loop or one redirect too many."""
    url = progress.url
    target = _redirect_target(resp, url)
    if target in visited:
        raise FetchAbort(
            FetchErrorKind.REDIRECT_LOOP, f"redirect loop: {url} sends us back to {target}", resp.status
        )
    if redirects > limits.max_redirects:
        raise FetchAbort(
            FetchErrorKind.TOO_MANY_REDIRECTS,
            f"more than {limits.max_redirects} redirects (last hop {url} -> {target})",
            resp.status,
        )
    visited.add(target)
    if progress.permanent_chain and resp.status in PERMANENT_REDIRECTS:
        progress.permanent_to = target
    else:
        progress.permanent_chain = False
    progress.url = target


def _network_abort(exc: aiohttp.ClientError | OSError, url: str, limits: FetchLimits) -> FetchAbort:
    """What the network did, said plainly (the most specific aiohttp error first)."""
    host = _host(url)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        message = f"connecting to {host} timed out after {limits.connect_timeout_s:g} s"
        return FetchAbort(FetchErrorKind.TIMEOUT, message)
    if isinstance(exc, aiohttp.ServerTimeoutError):
        message = f"{host} sent nothing for {limits.read_timeout_s:g} s (read timeout)"
        return FetchAbort(FetchErrorKind.TIMEOUT, message)
    if isinstance(exc, aiohttp.InvalidURL):
        return FetchAbort(FetchErrorKind.INVALID_URL, f"not a valid URL: {exc}")
    if isinstance(exc, (aiohttp.ClientSSLError, aiohttp.ServerFingerprintMismatch)):
        return FetchAbort(FetchErrorKind.TLS, f"TLS failed with {host}: {exc}")
    if isinstance(exc, aiohttp.ClientConnectorError):
        return FetchAbort(FetchErrorKind.CONNECT, f"cannot connect to {host}: {exc.os_error}")
    if isinstance(exc, aiohttp.ClientPayloadError):
        return FetchAbort(FetchErrorKind.PROTOCOL, f"the body from {host} was cut short: {exc}")
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return FetchAbort(FetchErrorKind.PROTOCOL, f"{host} closed the connection")
    if isinstance(exc, aiohttp.ClientError):
        return FetchAbort(FetchErrorKind.PROTOCOL, f"HTTP error with {host}: {exc!r}")
    return FetchAbort(FetchErrorKind.CONNECT, f"cannot connect to {host}: {exc}")


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc or url
    except ValueError:
        return url


def _redirect_target(resp: aiohttp.ClientResponse, url: str) -> str:
    location = resp.headers.get("Location", "").strip()
    if not location:
        message = f"{resp.status} redirect without a Location"
        raise FetchAbort(FetchErrorKind.BAD_REDIRECT, message, resp.status)
    try:
        target = urljoin(url, location)
        scheme = urlsplit(target).scheme.lower()
    except ValueError:
        raise FetchAbort(
            FetchErrorKind.BAD_REDIRECT, f"redirect to an invalid URL: {location[:200]}", resp.status
        ) from None
    if scheme not in ("http", "https"):
        message = f"redirect to a non-HTTP URL: {target[:200]}"
        raise FetchAbort(FetchErrorKind.BAD_REDIRECT, message, resp.status)
    return target.split("#", 1)[0]


def _server_now(resp: aiohttp.ClientResponse) -> datetime:
    """The server's clock if it sent a Date header (Retry-After dates are relative to it)."""
    date = resp.headers.get("Date")
    if date:
        try:
            when = parsedate_to_datetime(date)
            return when if when.tzinfo else when.replace(tzinfo=UTC)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return datetime.now(UTC)


async def _final(
    resp: aiohttp.ClientResponse,
    progress: _Progress,
    etag: str | None,
    last_modified: str | None,
    limits: FetchLimits,
) -> FetchResult:
    status = resp.status
    retry_after = parse_retry_after(resp.headers.get("Retry-After"), now=_server_now(resp))
    new_etag = resp.headers.get("ETag") or None
    new_lm = resp.headers.get("Last-Modified") or None
    host = _host(progress.url)
    if status == 304:
        return FetchResult(
            status=304,
            body=None,
            etag=new_etag or etag,
            last_modified=new_lm or last_modified,
            final_url=progress.url,
            permanent_redirect_to=progress.permanent_to,
            retry_after_s=retry_after,
            cache_max_age_s=parse_cache_max_age(resp.headers.get("Cache-Control")),
        )
    if status >= 300 or status < 200:
        kind, what = _status_kind(status)
        return _error(
            progress,
            kind,
            f"{host} answered {status} {resp.reason or ''}".rstrip() + what,
            status=status,
            retry_after_s=retry_after,
            etag=etag,
            last_modified=last_modified,
        )
    media = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if media.startswith(NOT_FEED_MEDIA_PREFIXES) or media in NOT_FEED_MEDIA_TYPES:
        raise FetchAbort(FetchErrorKind.NOT_A_FEED, f"{progress.url} is {media}, not a feed", status)
    declared = resp.content_length
    if declared is not None and declared > limits.max_bytes:
        raise FetchAbort(
            FetchErrorKind.TOO_LARGE,
            f"{host} announced {declared:,} bytes, over the {limits.max_bytes:,}-byte limit",
            status,
        )
    body = await _read_body(resp, host, limits)
    return FetchResult(
        status=status,
        body=body,
        etag=new_etag,
        last_modified=new_lm,
        final_url=progress.url,
        permanent_redirect_to=progress.permanent_to,
        retry_after_s=retry_after,
        cache_max_age_s=parse_cache_max_age(resp.headers.get("Cache-Control")),
        body_sha256=hashlib.sha256(body).hexdigest(),
        headers={k: resp.headers[k] for k in KEPT_HEADERS if k in resp.headers},
    )


async def _read_body(resp: aiohttp.ClientResponse, host: str, limits: FetchLimits) -> bytes:
    """The body, decoded, stopped at `max_bytes` on the wire and `max_decompressed_bytes` decoded."""
    status = resp.status
    decoder = BoundedDecoder(resp.headers.get("Content-Encoding", ""), limits.max_decompressed_bytes, status)
    received = 0
    async for chunk in resp.content.iter_chunked(READ_CHUNK):
        received += len(chunk)
        if received > limits.max_bytes:
            resp.close()
            raise FetchAbort(
                FetchErrorKind.TOO_LARGE,
                f"{host} sent more than {limits.max_bytes:,} bytes; stopped reading",
                status,
            )
        decoder.feed(chunk)
    return decoder.finish()


def _status_kind(status: int) -> tuple[FetchErrorKind, str]:
    if status == 429:
        return FetchErrorKind.RATE_LIMITED, " (rate limited: polling will slow down)"
    if status == 410:
        return FetchErrorKind.GONE, " (the feed was removed; consider removing it)"
    if 400 <= status < 500:
        return FetchErrorKind.HTTP_4XX, ""
    if 500 <= status < 600:
        return FetchErrorKind.HTTP_5XX, ""
    return FetchErrorKind.UNEXPECTED_STATUS, ""
