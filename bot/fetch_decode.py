"""Content-Encoding (gzip, deflate) decoded with a cap, so a decompression bomb never allocates past it."""

from __future__ import annotations

import zlib

from bot.fetch_result import FetchAbort, FetchErrorKind


class BoundedDecoder:
    """Content-Encoding decoder that never produces more than ``cap`` bytes in total."""

    def __init__(self, content_encoding: str, cap: int, status: int) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise FetchAbort(
                FetchErrorKind.BAD_ENCODING, f"stacked Content-Encoding {content_encoding!r}", status
            )
        self._coding = codings[0] if codings else ""
        if self._coding not in ("", "gzip", "x-gzip", "deflate"):
            raise FetchAbort(
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
            raise FetchAbort(
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
                raise FetchAbort(
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
                raise FetchAbort(
                    FetchErrorKind.BAD_ENCODING, f"corrupt {self._coding} body: {exc}", self._status
                ) from None
            self._add(tail)
        return b"".join(self._parts)
