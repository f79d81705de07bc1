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
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import jinja2
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot.core.credentials import hide_url_credentials
from bot.core.explain import describe_fact
from bot.core.extract.lang import is_read, language_name, language_of_feed
from bot.core.rules import RuleSet
from bot.core.schedule import health_state
from bot.metrics import Metrics, StoreCollector
from bot.settings import Settings
from bot.store.codec import fact_from_json
from bot.store.repo import Store
from bot.store.status import DestinationQueue, ExplainedEntry, FeedActivity
from bot.web_series import safe_url, series_href, series_page

log = logging.getLogger("conflict_alerts.web")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
# Ready only while poll ticks keep finishing. One starts every 5 s; it claims due feeds for at most
# 60 s (pipeline.MAX_CLAIMING_S) and then waits for the fetches in flight (at most the fetch
# timeout, 30 s by default) and their processing, so a healthy bot finishes one well within this.
READY_TICK_MAX_AGE_S = 150.0
DB_CHECK_TIMEOUT_S = 5.0
# A healthy feed with no new entry for this long is shown as "silent".
SILENT_AFTER = timedelta(hours=24)
HEALTH_ORDER = {"unhealthy": 0, "failing": 1, "silent": 2, "pending": 3, "healthy": 4, "disabled": 5}
RECENT_ALERTS = 30
EXPLAINED_ENTRIES = 50

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


# --- the status page's view of the store ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedView:
    name: str
    url: str
    tags: tuple[str, ...]
    health: str  # healthy | silent | failing | unhealthy | pending | disabled
    error_streak: int
    last_error: str | None
    last_success_at: datetime | None
    last_entry_at: datetime | None
    recent_entries: int
    next_poll_at: datetime | None
    interval_s: float | None
    language: str | None = None  # "Bengali", from the feed's recent titles; None: no entries yet
    read: bool = True  # False: a language without a lexicon, its items are not read for facts


def feed_health(feed: FeedActivity, now: datetime) -> str:
    if not feed.enabled:
        return "disabled"
    if feed.last_polled_at is None:
        return "pending"
    state = health_state(feed.error_streak, feed.last_success_at, now)
    if state == "healthy" and (feed.last_entry_at is None or now - feed.last_entry_at > SILENT_AFTER):
        return "silent"
    return str(state)


@dataclass(frozen=True, slots=True)
class FactView:
    text: str
    evidence: str
    why: tuple[str, ...] = ()  # how the extractor read it (`Why.lines()`), when it recorded that


@dataclass(frozen=True, slots=True)
class AlertView:
    id: str
    created_at: datetime
    rule_id: str
    rule_description: str
    trigger: str
    severity: str
    title: str
    link: str
    source: str
    published: datetime | None
    facts: list[FactView]
    matched_phrases: list[str]
    change: str | None
    also_reported_by: list[str]
    deliveries: list[tuple[str, str, str]]
    withdrawn: bool = False  # an admin withdrew it as wrong (/wrong, the Slack shortcut)
    series_href: str | None = None  # a casualty alert's running toll: its page (history, chart)


@dataclass(frozen=True, slots=True)
class ExplainView:
    code: str
    detail: str
    entry: ExplainedEntry
    facts: list[FactView]


@dataclass(frozen=True, slots=True)
class StatusSnapshot:
    now: datetime
    feeds: list[FeedView]
    health_counts: dict[str, int]
    alerts: list[AlertView]
    explained: list[ExplainView]
    queues: list[DestinationQueue]

    @property
    def all_feeds_failing(self) -> bool:
        """Every enabled feed failed its last poll: nothing is coming in (a network or DNS outage)."""
        enabled = [f for f in self.feeds if f.health != "disabled"]
        return bool(enabled) and all(f.health in ("failing", "unhealthy") for f in enabled)


def _facts(raw: Iterable[Mapping[str, Any]]) -> list[FactView]:
    out = []
    for data in raw:
        try:
            fact = fact_from_json(dict(data))
        except (KeyError, ValueError, TypeError):
            out.append(FactView(str(dict(data)), ""))
            continue
        why = tuple(fact.why.lines()) if fact.why is not None else ()
        out.append(FactView(describe_fact(fact), fact.evidence, why))
    return out


def _change(payload: Mapping[str, Any]) -> str | None:
    change = payload.get("change")
    if not change:
        return None
    when = f" on {change['previous_date'][:10]}" if change.get("previous_date") else ""
    return f"was {change['previous_count']:,}{when} ({change['previous_source']})"


def _feed_languages(store: Store) -> dict[str, tuple[str, bool]]:
    """feed id -> (language name, whether the bot reads it), from each feed's recent titles."""
    out: dict[str, tuple[str, bool]] = {}
    for feed_id, titles in store.status.recent_titles().items():
        code = language_of_feed(titles)
        if code is not None:
            out[feed_id] = (language_name(code), is_read(code))
    return out


def snapshot(store: Store, now: datetime, ruleset: RuleSet | None) -> StatusSnapshot:
    """Everything the page shows, read from the store in one go. Synchronous: run it in a thread."""
    languages = _feed_languages(store)
    feeds = [
        FeedView(
            name=f.name, url=hide_url_credentials(f.url), tags=f.tags, health=feed_health(f, now),
            error_streak=f.error_streak, last_error=hide_url_credentials(f.last_error or "") or None,
            last_success_at=f.last_success_at, last_entry_at=f.last_entry_at,
            recent_entries=f.recent_entries, next_poll_at=f.next_poll_at, interval_s=f.interval_s,
            language=languages[f.id][0] if f.id in languages else None,
            read=languages[f.id][1] if f.id in languages else True,
        )
        for f in store.status.feed_activity(entries_since=now - timedelta(hours=24))
    ]
    feeds.sort(key=lambda f: (HEALTH_ORDER.get(f.health, 0), f.name.casefold()))  # trouble first
    counts: dict[str, int] = {}
    for f in feeds:
        counts[f.health] = counts.get(f.health, 0) + 1
    rows = store.entries.recent_alerts(RECENT_ALERTS)
    deliveries = store.status.alert_deliveries([r["id"] for r in rows])
    alerts = []
    for r in rows:
        payload = r["payload"]
        rule = ruleset.get(r["rule_id"]) if ruleset is not None else None
        published = payload.get("published")
        alerts.append(
            AlertView(
                id=r["id"],
                created_at=_utc(r["created_at"]),
                rule_id=r["rule_id"],
                rule_description=rule.description if rule is not None else "",
                trigger=r["trigger"],
                severity=r["severity"],
                title=payload.get("entry_title", ""),
                link=payload.get("link", ""),
                source=payload.get("source", ""),
                published=datetime.fromisoformat(published) if published else None,
                facts=_facts(payload.get("facts", [])),
                matched_phrases=list(payload.get("matched_phrases", [])),
                change=_change(payload),
                also_reported_by=list(payload.get("also_reported_by", [])),
                deliveries=deliveries.get(r["id"], []),
                withdrawn=bool(payload.get("withdrawn")),
                series_href=series_href(payload["series"]) if payload.get("series") else None,
            )
        )
    explained = []
    for e in store.status.explained_entries(EXPLAINED_ENTRIES):
        code, _, detail = e.explain.partition(": ")
        explained.append(ExplainView(code, detail or code, e, _facts(e.facts)))
    return StatusSnapshot(now, feeds, counts, alerts, explained, store.status.destination_queues(now))


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# --- rendering helpers (Jinja filters) ---------------------------------------------------------------------


def ago(value: datetime | None, now: datetime) -> str:
    if value is None:
        return "never"
    seconds = (now - value).total_seconds()
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 90:
        text = f"{seconds:.0f} s"
    elif seconds < 90 * 60:
        text = f"{seconds / 60:.0f} min"
    elif seconds < 36 * 3600:
        text = f"{seconds / 3600:.0f} h"
    else:
        text = f"{seconds / 86400:.0f} d"
    return f"in {text}" if future else f"{text} ago"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("bot", "web_templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_TEMPLATES.filters["duration"] = duration
_TEMPLATES.filters["safe_url"] = safe_url


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
        html = _TEMPLATES.get_template("status.html").render(
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
        return web.Response(
            text=html, content_type="text/html", charset="utf-8",
            headers={"Content-Security-Policy": csp, "X-Frame-Options": "DENY"},
        )
