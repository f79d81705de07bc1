"""A fake feed server on 127.0.0.1 for integration tests and benchmarks (real HTTP, aiohttp.web).

    async with running_feed_server() as server:
        server.set_items("/news.xml", [FeedItem(title="…", link="https://example.org/a", guid="a")])
        result = await fetch_feed(session, server.url("/news.xml"), etag=None, ...)
        assert server.requests[-1].if_none_match is None

Every path serves what was last configured for it (unknown paths get 404). Behaviours:

* ``set_feed(path, body, content_type=..., etag=True, headers=None, status=200, last_modified=None,
  delay_s=0, drip_bytes=None, drip_interval_s=0, gzip=False)`` - a document. ``etag=True`` derives a
  strong ETag from the body (or pass a string; ``False`` for none); a matching ``If-None-Match`` (or an
  ``If-Modified-Since`` equal to ``last_modified``) gets 304. ``delay_s`` waits before the headers;
  ``drip_bytes``/``drip_interval_s`` send the body slowly; ``gzip`` compresses it on the wire.
* ``set_items(path, items, title=..., **set_feed kwargs)`` - an RSS 2.0 document built from
  :class:`FeedItem` values (see :func:`rss_document`); ``add_item(path, item)`` prepends one.
* ``set_status(path, status, body=b"", headers=None, retry_after=None)`` - 4xx/5xx/429 answers.
* ``set_redirect(path, target, permanent=False, status=None)`` - 302 (or 301 when permanent; pass
  ``status`` for 303/307/308); ``target`` is a path on this server or an absolute URL.
* ``set_gzip_bomb(path, decompressed_bytes)`` - a small gzip body that inflates to that many zeros.
* ``set_huge(path, size_bytes, announce_length=True)`` - a body of that size, streamed (never held in
  memory); without ``announce_length`` it is sent chunked so only a byte count can stop it.
* ``set_hang(path)`` - accept the request and never answer (a read timeout).

``server.requests`` logs every request (:class:`RecordedRequest`: path, If-None-Match,
If-Modified-Since, User-Agent, Accept-Encoding). ``silent_tcp_server()`` accepts connections and never
says a word; ``unconnectable_address()`` is a listening port whose accept queue is full, so a connect
hangs (a connect timeout without relying on unroutable addresses).
"""

from __future__ import annotations

import asyncio
import gzip as gzip_module
import hashlib
import socket
import zlib
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from aiohttp import web

__all__ = [
    "FeedItem",
    "FeedServer",
    "RecordedRequest",
    "rss_document",
    "running_feed_server",
    "silent_tcp_server",
    "unconnectable_address",
]


@dataclass(frozen=True, slots=True)
class FeedItem:
    title: str
    link: str | None = None
    description: str = ""
    guid: str | None = None
    published: datetime | None = None


def rss_document(
    items: Sequence[FeedItem], *, title: str = "Fake feed", link: str = "https://example.org/"
) -> bytes:
    """A well-formed RSS 2.0 document (UTF-8) holding ``items`` in order."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>{escape(link)}</link><description>fake</description>",
    ]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(item.title)}</title>")
        if item.link is not None:
            parts.append(f"<link>{escape(item.link)}</link>")
        if item.description:
            parts.append(f"<description>{escape(item.description)}</description>")
        if item.guid is not None:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        if item.published is not None:
            parts.append(f"<pubDate>{format_datetime(item.published.astimezone(UTC), usegmt=True)}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    query: str
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str | None
    accept_encoding: str | None


@dataclass(slots=True)
class _Route:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/rss+xml"
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    drip_bytes: int | None = None
    drip_interval_s: float = 0.0
    content_encoding: str | None = None
    stream_size: int | None = None
    announce_length: bool = True
    hang: bool = False
    items: tuple[FeedItem, ...] = ()
    title: str = "Fake feed"


class FeedServer:
    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._routes: dict[str, _Route] = {}
        self._base = ""
        self._bombs: dict[int, bytes] = {}

    # --- addresses ---------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base

    def url(self, path: str) -> str:
        return self._base + (path if path.startswith("/") else "/" + path)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    # --- configuration -----------------------------------------------------------------------------

    def set_feed(
        self,
        path: str,
        body: bytes,
        *,
        content_type: str | None = "application/rss+xml",
        etag: bool | str = True,
        headers: Mapping[str, str] | None = None,
        status: int = 200,
        last_modified: str | None = None,
        delay_s: float = 0.0,
        drip_bytes: int | None = None,
        drip_interval_s: float = 0.0,
        gzip: bool = False,
    ) -> None:
        if etag is True:
            tag: str | None = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        else:
            tag = etag or None
        wire = gzip_module.compress(body, compresslevel=5) if gzip else body
        self._routes[path] = _Route(
            status=status,
            body=wire,
            content_type=content_type,
            etag=tag,
            last_modified=last_modified,
            headers=dict(headers or {}),
            delay_s=delay_s,
            drip_bytes=drip_bytes,
            drip_interval_s=drip_interval_s,
            content_encoding="gzip" if gzip else None,
        )

    def set_items(
        self, path: str, items: Sequence[FeedItem], *, title: str = "Fake feed", **kwargs: object
    ) -> None:
        self.set_feed(path, rss_document(items, title=title), **kwargs)  # type: ignore[arg-type]
        route = self._routes[path]
        route.items = tuple(items)
        route.title = title

    def add_item(self, path: str, item: FeedItem) -> None:
        """Prepend one item to a feed made by ``set_items`` (keeps its other settings; new ETag)."""
        route = self._routes[path]
        items = (item, *route.items)
        body = rss_document(items, title=route.title)
        self._routes[path] = replace(
            route, body=body, items=items, etag='"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        )

    def set_status(
        self,
        path: str,
        status: int,
        *,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        retry_after: str | int | None = None,
    ) -> None:
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = str(retry_after)
        self._routes[path] = _Route(status=status, body=body, content_type="text/plain", headers=extra)

    def set_redirect(
        self, path: str, target: str, *, permanent: bool = False, status: int | None = None
    ) -> None:
        code = status or (301 if permanent else 302)
        location = target if "://" in target else self.url(target)
        self._routes[path] = _Route(status=code, content_type=None, headers={"Location": location})

    def set_gzip_bomb(self, path: str, decompressed_bytes: int) -> None:
        self._routes[path] = _Route(
            body=self._bomb(decompressed_bytes), content_encoding="gzip", content_type="application/rss+xml"
        )

    def set_huge(self, path: str, size_bytes: int, *, announce_length: bool = True) -> None:
        self._routes[path] = _Route(stream_size=size_bytes, announce_length=announce_length)

    def set_hang(self, path: str) -> None:
        self._routes[path] = _Route(hang=True)

    def remove(self, path: str) -> None:
        self._routes.pop(path, None)

    def _bomb(self, size: int) -> bytes:
        if size not in self._bombs:
            comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            block = b"\0" * (1 << 20)
            out = [comp.compress(b"<rss><channel><title>")]
            left = size
            while left > 0:
                out.append(comp.compress(block[: min(left, len(block))]))
                left -= len(block)
            out.append(comp.flush())
            self._bombs[size] = b"".join(out)
        return self._bombs[size]

    # --- serving -----------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(
            RecordedRequest(
                method=request.method,
                path=request.path,
                query=request.query_string,
                if_none_match=request.headers.get("If-None-Match"),
                if_modified_since=request.headers.get("If-Modified-Since"),
                user_agent=request.headers.get("User-Agent"),
                accept_encoding=request.headers.get("Accept-Encoding"),
            )
        )
        route = self._routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="no such feed\n")
        if route.hang:
            await asyncio.Event().wait()  # until the client gives up and the handler is cancelled
        if route.delay_s:
            await asyncio.sleep(route.delay_s)

        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if route.status == 200 and self._not_modified(request, route):
            return web.Response(status=304, headers=headers)
        if route.content_type:
            headers["Content-Type"] = route.content_type
        if route.content_encoding:
            headers["Content-Encoding"] = route.content_encoding

        if route.stream_size is not None:
            return await self._stream(request, route, headers)
        if route.drip_bytes:
            resp = web.StreamResponse(status=route.status, headers=headers)
            resp.content_length = len(route.body)
            await resp.prepare(request)
            with suppress(ConnectionError):
                for start in range(0, len(route.body), route.drip_bytes):
                    await resp.write(route.body[start : start + route.drip_bytes])
                    await asyncio.sleep(route.drip_interval_s)
                await resp.write_eof()
            return resp
        return web.Response(status=route.status, body=route.body, headers=headers)

    @staticmethod
    def _not_modified(request: web.Request, route: _Route) -> bool:
        inm = request.headers.get("If-None-Match")
        if inm is not None and route.etag is not None:
            return any(t.strip() in (route.etag, "*", "W/" + route.etag) for t in inm.split(","))
        ims = request.headers.get("If-Modified-Since")
        return ims is not None and route.last_modified is not None and ims == route.last_modified

    @staticmethod
    async def _stream(request: web.Request, route: _Route, headers: dict[str, str]) -> web.StreamResponse:
        resp = web.StreamResponse(status=route.status, headers=headers)
        size = route.stream_size or 0
        if route.announce_length:
            resp.content_length = size
        else:
            resp.enable_chunked_encoding()
        await resp.prepare(request)
        block = b"<!-- filler -->\n" * 4096
        sent = 0
        with suppress(ConnectionError):
            while sent < size:
                piece = block[: min(len(block), size - sent)]
                await resp.write(piece)
                sent += len(piece)
            await resp.write_eof()
        return resp


@asynccontextmanager
async def running_feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", server._handle)
    runner = web.AppRunner(app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    server._base = f"http://127.0.0.1:{port}"
    try:
        yield server
    finally:
        await runner.cleanup()


@asynccontextmanager
async def silent_tcp_server() -> AsyncIterator[tuple[str, int]]:
    """Accepts connections, reads and discards, never answers. Yields (host, port)."""
    writers: list[asyncio.StreamWriter] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)
        with suppress(ConnectionError):
            while await reader.read(65536):
                pass

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    try:
        yield "127.0.0.1", port
    finally:
        for w in writers:
            w.close()
        srv.close()
        await srv.wait_closed()


@contextmanager
def unconnectable_address() -> Iterator[tuple[str, int]]:
    """A listening port whose accept queue is full: new connects hang until they time out (Linux)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers: list[socket.socket] = []
    try:
        for _ in range(3):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            with suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        yield "127.0.0.1", port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
