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
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.core.credentials import hide_url_credentials
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


@dataclass(frozen=True, slots=True)
class FetchLimits:
    total_timeout_s: float = 20.0
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_decompressed_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5


class FetchErrorKind(StrEnum):
    TIMEOUT = "timeout"  # connect, read or total timeout; the message says which
    CONNECT = "connect"  # refused, unreachable, DNS failure
    TLS = "tls"
    PROTOCOL = "protocol"  # server hung up, malformed HTTP, truncated body
    INVALID_URL = "invalid_url"
    BLOCKED_ADDRESS = "blocked_address"  # the SSRF guard refused a hop
    HTTP_4XX = "http_4xx"
    GONE = "gone"  # 410: the publisher says the feed is gone for good
    HTTP_5XX = "http_5xx"
    RATE_LIMITED = "rate_limited"  # 429: slow down; not a sign the feed is broken
    UNEXPECTED_STATUS = "unexpected_status"  # 1xx/3xx without Location and the like
    TOO_LARGE = "too_large"
    DECOMPRESSION_BOMB = "decompression_bomb"
    BAD_ENCODING = "bad_encoding"  # unsupported or corrupt Content-Encoding
    REDIRECT_LOOP = "redirect_loop"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    BAD_REDIRECT = "bad_redirect"  # no Location, or a non-http(s) target
    NOT_A_FEED = "not_a_feed"  # an image, video, PDF... (HTML is left to the parser to judge)


@dataclass(frozen=True, slots=True)
class FetchError:
    kind: FetchErrorKind
    message: str

    @property
    def counts_as_failure(self) -> bool:
        """False for a 429: a request to slow down must not push a feed towards "unhealthy"."""
        return self.kind is not FetchErrorKind.RATE_LIMITED

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.message}"


@dataclass(frozen=True, slots=True)
class FetchResult:
    status: int | None
    body: bytes | None  # None on 304 and on every error
    etag: str | None
    last_modified: str | None
    final_url: str
    permanent_redirect_to: str | None = None
    retry_after_s: float | None = None
    cache_max_age_s: float | None = None
    error: FetchError | None = None
    body_sha256: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)  # KEPT_HEADERS, lower-case names

    @property
    def not_modified(self) -> bool:
        return self.status == 304 and self.error is None


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


class _Abort(Exception):
    def __init__(self, kind: FetchErrorKind, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status


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
    except _Abort as abort:
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
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
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
                raise _Abort(FetchErrorKind.BLOCKED_ADDRESS, f"{url}: {exc.reason}") from None
        try:
            async with hops.session_for(url).get(
                url, headers=headers, allow_redirects=False, auto_decompress=False, timeout=timeout
            ) as resp:
                if resp.status in REDIRECT_STATUSES:
                    target = _redirect_target(resp, url)
                    redirects += 1
                    if target in visited:
                        raise _Abort(
                            FetchErrorKind.REDIRECT_LOOP,
                            f"redirect loop: {url} sends us back to {target}",
                            resp.status,
                        )
                    if redirects > limits.max_redirects:
                        raise _Abort(
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
                    continue
                try:
                    return await _final(resp, progress, etag, last_modified, limits)
                except _Abort:
                    resp.close()  # never hand a half-read connection back to the pool
                    raise
        except _Abort:
            raise
        except aiohttp.ConnectionTimeoutError:
            raise _Abort(
                FetchErrorKind.TIMEOUT,
                f"connecting to {_host(url)} timed out after {limits.connect_timeout_s:g} s",
            ) from None
        except aiohttp.ServerTimeoutError:
            raise _Abort(
                FetchErrorKind.TIMEOUT,
                f"{_host(url)} sent nothing for {limits.read_timeout_s:g} s (read timeout)",
            ) from None
        except aiohttp.InvalidURL as exc:
            raise _Abort(FetchErrorKind.INVALID_URL, f"not a valid URL: {exc}") from None
        except (aiohttp.ClientSSLError, aiohttp.ServerFingerprintMismatch) as exc:
            raise _Abort(FetchErrorKind.TLS, f"TLS failed with {_host(url)}: {exc}") from None
        except aiohttp.ClientConnectorError as exc:
            raise _Abort(FetchErrorKind.CONNECT, f"cannot connect to {_host(url)}: {exc.os_error}") from None
        except aiohttp.ClientPayloadError as exc:
            raise _Abort(
                FetchErrorKind.PROTOCOL, f"the body from {_host(url)} was cut short: {exc}"
            ) from None
        except aiohttp.ServerDisconnectedError:
            raise _Abort(FetchErrorKind.PROTOCOL, f"{_host(url)} closed the connection") from None
        except aiohttp.ClientError as exc:
            raise _Abort(FetchErrorKind.PROTOCOL, f"HTTP error with {_host(url)}: {exc!r}") from None
        except OSError as exc:
            raise _Abort(FetchErrorKind.CONNECT, f"cannot connect to {_host(url)}: {exc}") from None


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc or url
    except ValueError:
        return url


def _redirect_target(resp: aiohttp.ClientResponse, url: str) -> str:
    location = resp.headers.get("Location", "").strip()
    if not location:
        raise _Abort(FetchErrorKind.BAD_REDIRECT, f"{resp.status} redirect without a Location", resp.status)
    try:
        target = urljoin(url, location)
        scheme = urlsplit(target).scheme.lower()
    except ValueError:
        raise _Abort(
            FetchErrorKind.BAD_REDIRECT, f"redirect to an invalid URL: {location[:200]}", resp.status
        ) from None
    if scheme not in ("http", "https"):
        raise _Abort(FetchErrorKind.BAD_REDIRECT, f"redirect to a non-HTTP URL: {target[:200]}", resp.status)
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
        raise _Abort(FetchErrorKind.NOT_A_FEED, f"{progress.url} is {media}, not a feed", status)
    declared = resp.content_length
    if declared is not None and declared > limits.max_bytes:
        raise _Abort(
            FetchErrorKind.TOO_LARGE,
            f"{host} announced {declared:,} bytes, over the {limits.max_bytes:,}-byte limit",
            status,
        )
    decoder = _Decoder(resp.headers.get("Content-Encoding", ""), limits.max_decompressed_bytes, status)
    received = 0
    async for chunk in resp.content.iter_chunked(READ_CHUNK):
        received += len(chunk)
        if received > limits.max_bytes:
            resp.close()
            raise _Abort(
                FetchErrorKind.TOO_LARGE,
                f"{host} sent more than {limits.max_bytes:,} bytes; stopped reading",
                status,
            )
        decoder.feed(chunk)
    body = decoder.finish()
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


class _Decoder:
    """Content-Encoding decoder that never produces more than ``cap`` bytes in total."""

    def __init__(self, content_encoding: str, cap: int, status: int) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise _Abort(
                FetchErrorKind.BAD_ENCODING, f"stacked Content-Encoding {content_encoding!r}", status
            )
        self._coding = codings[0] if codings else ""
        if self._coding not in ("", "gzip", "x-gzip", "deflate"):
            raise _Abort(
                FetchErrorKind.BAD_ENCODING, f"unsupported Content-Encoding {self._coding!r}", status
            )
        self._cap = cap
        self._status = status
        self._parts: list[bytes] = []
        self._size = 0
        self._raw_deflate = False
        self._z = self._new()

    def _new(self) -> zlib._Decompress | None:
        if self._coding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        if self._coding == "deflate":
            return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)
        return None

    def _add(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._cap:
            raise _Abort(
                FetchErrorKind.DECOMPRESSION_BOMB,
                f"the body decompresses to more than {self._cap:,} bytes; stopped",
                self._status,
            )
        self._parts.append(data)

    def feed(self, chunk: bytes) -> None:
        data = chunk
        while data:
            z = self._z
            if z is None:
                self._add(data)
                return
            try:
                out = z.decompress(data, self._cap - self._size + 1)
            except zlib.error as exc:
                if self._coding == "deflate" and not self._raw_deflate and self._size == 0:
                    self._raw_deflate = True  # servers often send raw deflate without the zlib header
                    self._z = self._new()
                    continue
                raise _Abort(
                    FetchErrorKind.BAD_ENCODING, f"corrupt {self._coding} body: {exc}", self._status
                ) from None
            self._add(out)
            if z.eof:  # gzip members may be concatenated
                data = z.unused_data
                if data:
                    self._z = self._new()
                continue
            data = z.unconsumed_tail

    def finish(self) -> bytes:
        if self._z is not None and not self._z.eof:
            try:
                tail = self._z.flush()
            except zlib.error as exc:
                raise _Abort(
                    FetchErrorKind.BAD_ENCODING, f"corrupt {self._coding} body: {exc}", self._status
                ) from None
            self._add(tail)
        return b"".join(self._parts)
