"""The bot's one HTTP server: health, readiness, Prometheus metrics and a read-only status page.

    GET /healthz   200 while the process and its event loop are alive (the Docker HEALTHCHECK)
    GET /readyz    200 when the database answers, the scheduler ticked recently and rules are loaded;
                   503 with the failing check otherwise (JSON either way)
    GET /metrics   Prometheus text format (bot/metrics.py; outbox and feed gauges read at scrape time)
    GET /          the status page: feeds and their health, recent alerts and why each fired, entries
                   that were not alerted and why, rule errors of the last reload, delivery queues

The status page and /metrics are protected by a token (`Authorization: Bearer <token>`, or basic
auth with the token as password, so a browser can open the page) whenever one is configured, and a
token is *required* when the server listens beyond loopback: `http_options` refuses to start
without one. /healthz and /readyz stay open for probes and reveal nothing but ok / not ok.
Without a token, the status page and /metrics answer only requests whose `Host` is a loopback name
(`localhost`, `127.0.0.1`, `[::1]`) or one listed in CONFLICT_ALERTS_HTTP_ALLOWED_HOSTS: a web page
whose domain an attacker re-points at 127.0.0.1 (DNS rebinding) sends its own name and gets 421.

The same server later carries Slack HTTP mode and Telegram webhooks: add their routes with
`add_routes` before `start()` (they verify their own requests: signing secret, secret_token).

The page is rendered on the server (Jinja2 with autoescaping; bot/web_templates/status.html) with a
strict Content-Security-Policy: one nonce'd inline script for the feed filter, no other scripts, no
external resources. Links taken from feeds are only rendered when they are http(s).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import ipaddress
import logging
import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot.core.rules import RuleSet
from bot.metrics import Metrics, StoreCollector
from bot.settings import Settings
from bot.status_page import ago, snapshot
from bot.store.repo import Store
from bot.web_pages import TEMPLATES, locked_page
from bot.web_series import series_page

log = logging.getLogger("conflict_alerts.web")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
# Ready only while poll ticks keep finishing. One starts every 5 s; it claims due feeds for at most
# 60 s (pipeline.MAX_CLAIMING_S) and then waits for the fetches in flight (at most the fetch
# timeout, 30 s by default) and their processing, so a healthy bot finishes one well within this.
READY_TICK_MAX_AGE_S = 150.0
DB_CHECK_TIMEOUT_S = 5.0

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
MISDIRECTED = (
    "unknown host name {host!r}: without a token this page answers only to localhost, 127.0.0.1, "
    "[::1] and the names in CONFLICT_ALERTS_HTTP_ALLOWED_HOSTS\n"
)
UNAUTHORIZED = (
    "authentication required: send 'Authorization: Bearer <token>' (or basic auth, token as password)\n"
)
_FALSE = {"0", "false", "no", "off"}
_TRUE = {"1", "true", "yes", "on"}


class WebConfigError(Exception):
    """The HTTP settings cannot be used; the message says which setting to change."""


@dataclass(frozen=True, slots=True)
class HttpOptions:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    enabled: bool = True
    token: str | None = field(default=None, repr=False)
    allowed_hosts: tuple[str, ...] = ()  # Host names accepted without a token, beside the loopback ones

    @property
    def loopback_only(self) -> bool:
        return is_loopback(self.host)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name or "" (all interfaces): assume reachable from outside


def http_options(settings: Settings, config_settings: object | None = None) -> HttpOptions:
    """HTTP options from the environment, else `settings.http` of the YAML config (when the config
    model has that section), else the defaults. Raises WebConfigError naming what to fix."""
    section = getattr(config_settings, "http", None)

    def from_config(name: str) -> Any:
        return getattr(section, name, None) if section is not None else None

    host = settings.http_host or from_config("host") or DEFAULT_HOST
    raw_port = settings.http_port if settings.http_port is not None else from_config("port")
    token = settings.http_token or from_config("auth_token") or None
    port = DEFAULT_PORT
    if raw_port is not None:
        try:
            port = int(raw_port)
        except (TypeError, ValueError):
            port = -1
        if not 0 <= port <= 65535:
            raise WebConfigError(
                "CONFLICT_ALERTS_HTTP_PORT (or settings.http.port) must be a port number 0-65535, "
                f"got {raw_port!r}"
            )
    enabled = True
    if settings.http_enabled is not None:
        value = settings.http_enabled.casefold()
        if value not in _TRUE | _FALSE:
            raise WebConfigError(
                f"CONFLICT_ALERTS_HTTP_ENABLED must be true or false, got {settings.http_enabled!r}"
            )
        enabled = value in _TRUE
    elif from_config("enabled") is not None:
        enabled = bool(from_config("enabled"))
    allowed = tuple(h.strip() for h in (settings.http_allowed_hosts or "").split(",") if h.strip())
    options = HttpOptions(host=host, port=port, enabled=enabled, token=token, allowed_hosts=allowed)
    if enabled and not options.loopback_only and not token:
        raise WebConfigError(
            f"the HTTP server would listen on {host!r}, beyond loopback, without protection: set "
            "CONFLICT_ALERTS_HTTP_TOKEN to a long random secret, or listen "
            "on 127.0.0.1 (CONFLICT_ALERTS_HTTP_HOST), or turn the server off "
            "(CONFLICT_ALERTS_HTTP_ENABLED=false)"
        )
    return options


# --- readiness ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


async def readiness(store: Store, metrics: Metrics) -> list[Check]:
    checks: list[Check] = []
    try:
        await asyncio.wait_for(asyncio.to_thread(store.status.ping), DB_CHECK_TIMEOUT_S)
        checks.append(Check("database", True, "reachable"))
    except Exception as error:  # the type only: a driver message may carry the DSN
        checks.append(Check("database", False, f"unreachable ({type(error).__name__})"))
    age = metrics.seconds_since_tick()
    if age is None:
        checks.append(Check("scheduler", False, "no poll tick has finished yet"))
    elif age > READY_TICK_MAX_AGE_S:
        limit = f"limit {READY_TICK_MAX_AGE_S:.0f} s"
        checks.append(Check("scheduler", False, f"last poll tick finished {age:.0f} s ago ({limit})"))
    else:
        checks.append(Check("scheduler", True, f"last poll tick finished {age:.0f} s ago"))
    rules = metrics.rule_status.rules_in_force
    if rules is None:
        checks.append(Check("rules", False, "not loaded"))
    else:
        checks.append(Check("rules", True, f"{rules} in force"))
    return checks


# --- the server ------------------------------------------------------------------------------------------

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class WebServer:
    """One aiohttp application on one port. Build, `add_routes` (optional), `start`, `stop`."""

    def __init__(
        self,
        options: HttpOptions,
        store: Store,
        metrics: Metrics,
        *,
        rules: Callable[[], RuleSet | None] = lambda: None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.options = options
        self.store = store
        self.metrics = metrics
        self.rules = rules
        self.clock = clock
        self._protected: set[str] = set()
        self._runner: web.AppRunner | None = None
        self._collector = StoreCollector(store, clock)
        self.app = web.Application(middlewares=[self._security])
        self.app.router.add_get("/healthz", self.healthz)
        self.app.router.add_get("/readyz", self.readyz)
        pages = [web.get("/metrics", self.metrics_text), web.get("/", self.status_page)]
        series = [web.get("/series", self.series_page), web.get("/series/{key}", self.series_page)]
        self.add_routes(pages + series, protected=True)

    def add_routes(self, routes: Iterable[web.AbstractRouteDef], *, protected: bool = False) -> None:
        """Add routes before `start()`. `protected`: behind the token like the status page (webhook
        routes are not: they verify their own requests)."""
        for route in self.app.router.add_routes(routes):
            if protected and route.resource is not None:
                self._protected.add(route.resource.canonical)

    @property
    def port(self) -> int:
        """The bound port (useful with port 0)."""
        if self._runner is None or not self._runner.addresses:
            raise RuntimeError("the HTTP server is not running")
        return int(self._runner.addresses[0][1])

    @property
    def url(self) -> str:
        host = self.options.host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        """Listen (no-op when the server is turned off). Raises WebConfigError when the port is taken."""
        if not self.options.enabled:
            log.info("HTTP server turned off: no health, metrics or status page", extra={"event": "http_off"})
            return
        self.metrics.registry.register(self._collector)
        runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.options.host, self.options.port).start()
        except OSError as error:
            await runner.cleanup()
            self.metrics.registry.unregister(self._collector)
            raise WebConfigError(
                f"the HTTP server cannot listen on {self.options.host}:{self.options.port} "
                f"({error.strerror}); "
                "set CONFLICT_ALERTS_HTTP_PORT to a free port or CONFLICT_ALERTS_HTTP_ENABLED=false"
            ) from None
        self._runner = runner
        log.info(
            "HTTP server on %s: status page /, metrics /metrics, probes /healthz /readyz (%s)",
            self.url, "token required" if self.options.token else "no token: loopback only",
            extra={"event": "http_started", "fields": {"url": self.url, "auth": bool(self.options.token)}},
        )

    async def stop(self) -> None:
        if self._runner is None:
            return
        runner, self._runner = self._runner, None
        await runner.cleanup()
        self.metrics.registry.unregister(self._collector)

    # --- middleware ----------------------------------------------------------------------------------

    @web.middleware
    async def _security(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        resource = request.match_info.route.resource
        protected = resource is not None and resource.canonical in self._protected
        if protected and not self.options.token and not self._known_host(request):
            log.debug(
                "refused %s %s: unknown Host header", request.method, request.path,
                extra={"event": "http_unauthorized", "fields": {"path": request.path}},
            )
            return web.Response(status=421, text=MISDIRECTED.format(host=request.host[:100]))
        if protected and not self._authorized(request):
            log.debug(
                "refused %s %s: missing or wrong token", request.method, request.path,
                extra={"event": "http_unauthorized", "fields": {"path": request.path}},
            )
            return web.Response(
                status=401,
                text=UNAUTHORIZED,
                headers={"WWW-Authenticate": 'Basic realm="conflict-alerts", charset="UTF-8"'},
            )
        response = await handler(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    def _known_host(self, request: web.Request) -> bool:
        try:
            name = urlsplit(f"//{request.host}").hostname or ""
        except ValueError:
            return False
        name = name.rstrip(".").lower()
        allowed = LOOPBACK_NAMES | {h.lower().strip("[]") for h in self.options.allowed_hosts}
        return name in allowed

    def _authorized(self, request: web.Request) -> bool:
        token = self.options.token
        if not token:
            return True
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        given = ""
        if scheme.lower() == "bearer":
            given = value.strip()
        elif scheme.lower() == "basic":
            try:
                given = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[2]
            except (binascii.Error, UnicodeDecodeError):
                return False
        return bool(given) and hmac.compare_digest(given.encode(), token.encode())

    # --- handlers ------------------------------------------------------------------------------------

    async def healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def readyz(self, request: web.Request) -> web.Response:
        checks = await readiness(self.store, self.metrics)
        ready = all(c.ok for c in checks)
        body = {"ready": ready, "checks": {c.name: {"ok": c.ok, "detail": c.detail} for c in checks}}
        return web.json_response(body, status=200 if ready else 503)

    async def metrics_text(self, request: web.Request) -> web.Response:
        body = await asyncio.to_thread(self.metrics.exposition)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def series_page(self, request: web.Request) -> web.Response:
        return await series_page(self.store, request.match_info.get("key"))

    async def status_page(self, request: web.Request) -> web.Response:
        now = self.clock()
        checks, snap = await asyncio.gather(
            readiness(self.store, self.metrics), asyncio.to_thread(snapshot, self.store, now, self.rules())
        )
        nonce = secrets.token_urlsafe(16)
        html = TEMPLATES.get_template("status.html").render(
            snap=snap,
            checks=checks,
            ready=all(c.ok for c in checks),
            rule_status=self.metrics.rule_status,
            ago=lambda value: ago(value, now),
            nonce=nonce,
        )
        csp = (
            f"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; img-src data:; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
        return locked_page(html, csp)
