"""What a fetch gives back: its bounds (`FetchLimits`), its result, and the kinds of failure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


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


class FetchAbort(Exception):
    """Stops a fetch; `fetch_feed` turns it into `FetchResult.error`."""

    def __init__(self, kind: FetchErrorKind, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
