"""The HTTP server on an ephemeral loopback port against a real SQLite store: probes, Prometheus
metrics, the status page, and the token that protects them."""

from __future__ import annotations

import base64
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.core.model import Alert, Severity, Trigger
from bot.metrics import Metrics
from bot.settings import Settings
from bot.store.repo import Store
from bot.web import READY_TICK_MAX_AGE_S, HttpOptions, WebConfigError, WebServer, http_options
from tests.integration.web_seed import NOW, TOLL, open_seeded_store

TOKEN = "s3cret-token-for-tests-0123456789"


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_seeded_store(tmp_path / "state.sqlite3")


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def metrics(monotonic: FakeMonotonic) -> Metrics:
    return Metrics(monotonic=monotonic)


async def _serve(store: Store, metrics: Metrics, token: str | None = None) -> WebServer:
    server = WebServer(HttpOptions(host="127.0.0.1", port=0, token=token), store, metrics, clock=lambda: NOW)
    await server.start()
    return server


@pytest.fixture
async def server(store: Store, metrics: Metrics) -> AsyncIterator[WebServer]:
    s = await _serve(store, metrics)
    yield s
    await s.stop()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


# --- probes -----------------------------------------------------------------------------------------


async def test_healthz_answers_while_the_process_lives(
    server: WebServer, http: aiohttp.ClientSession
) -> None:
    async with http.get(f"{server.url}/healthz") as r:
        assert r.status == 200
        assert await r.text() == "ok\n"


async def test_readyz_needs_the_database_a_recent_tick_and_rules(
    server: WebServer, http: aiohttp.ClientSession, metrics: Metrics, monotonic: FakeMonotonic
) -> None:
    async with http.get(f"{server.url}/readyz") as r:
        body = await r.json()
        assert r.status == 503 and body["ready"] is False
        assert body["checks"]["database"]["ok"] is True
        assert body["checks"]["scheduler"] == {"ok": False, "detail": "no poll tick has finished yet"}
        assert body["checks"]["rules"]["ok"] is False

    metrics.rules_in_force(7)
    metrics.scheduler_ticked()
    monotonic.now += 3
    async with http.get(f"{server.url}/readyz") as r:
        body = await r.json()
        assert r.status == 200 and body["ready"] is True
        assert body["checks"]["rules"]["detail"] == "7 in force"

    monotonic.now += READY_TICK_MAX_AGE_S + 1  # the scheduler stopped ticking
    async with http.get(f"{server.url}/readyz") as r:
        body = await r.json()
        assert r.status == 503 and body["checks"]["scheduler"]["ok"] is False


async def test_readyz_reports_an_unreachable_database(
    server: WebServer, http: aiohttp.ClientSession, store: Store, metrics: Metrics
) -> None:
    metrics.rules_in_force(1)
    metrics.scheduler_ticked()

    def broken() -> None:
        raise ConnectionError("could not connect to postgresql://user:password@db/alerts")

    store.status.ping = broken  # type: ignore[method-assign]
    async with http.get(f"{server.url}/readyz") as r:
        body = await r.json()
        assert r.status == 503
        assert body["checks"]["database"] == {"ok": False, "detail": "unreachable (ConnectionError)"}
        assert "password" not in await r.text()


# --- metrics ------------------------------------------------------------------------------------------

EXPECTED_METRICS = [
    "conflict_alerts_polls_total",
    "conflict_alerts_fetch_errors_total",
    "conflict_alerts_entries_seen_total",
    "conflict_alerts_facts_total",
    "conflict_alerts_alerts_total",
    "conflict_alerts_outbox_depth",
    "conflict_alerts_outbox_oldest_pending_age_seconds",
    "conflict_alerts_deliveries_total",
    "conflict_alerts_rate_limited_total",
    "conflict_alerts_delivery_retries_total",
    "conflict_alerts_rule_reloads_total",
    "conflict_alerts_rule_errors",
    "conflict_alerts_rules_loaded",
    "conflict_alerts_scheduler_last_tick_timestamp_seconds",
    "conflict_alerts_publication_to_delivery_seconds",
    "conflict_alerts_feed_last_success_timestamp_seconds",
    "conflict_alerts_feed_last_entry_timestamp_seconds",
    "conflict_alerts_feed_error_streak",
]


def _alert(rule: str = "gaza-casualties") -> Alert:
    return Alert("a1", rule, Trigger.CASUALTY, Severity.HIGH, (TOLL,), "t", "https://x.example/1", "X", NOW)


async def test_metrics_expose_every_family_with_counts_and_store_gauges(
    server: WebServer, http: aiohttp.ClientSession, metrics: Metrics
) -> None:
    metrics.poll_finished("ok")
    metrics.poll_finished("error", "timeout")
    metrics.entry_judged([TOLL], [_alert()], baseline=False, new=True)
    metrics.entry_judged([TOLL], [], baseline=False, new=False)  # recorded elsewhere first: not counted
    metrics.delivered("telegram", "send", NOW - timedelta(seconds=100), NOW)
    metrics.delivered("telegram", "edit", NOW - timedelta(days=2), NOW)  # edits are not latency
    metrics.delivery_failed("slack", parked=False, rate_limited=True)
    metrics.delivery_failed("telegram", parked=True, rate_limited=False)
    metrics.rules_reloaded(NOW, errors=["rules/a.yaml:3:5: rule x: severity: must be low, medium or high"])

    async with http.get(f"{server.url}/metrics") as r:
        assert r.status == 200
        assert r.headers["Content-Type"].startswith("text/plain; version=")
        text = await r.text()
    for name in EXPECTED_METRICS:
        assert re.search(rf"^# TYPE {name} ", text, re.M), name
    expected_samples = [
        'conflict_alerts_polls_total{outcome="error"} 1.0',
        'conflict_alerts_fetch_errors_total{kind="timeout"} 1.0',
        'conflict_alerts_entries_seen_total{kind="live"} 1.0',
        'conflict_alerts_facts_total{trigger="casualty"} 1.0',
        'conflict_alerts_alerts_total{rule="gaza-casualties"} 1.0',
        'conflict_alerts_deliveries_total{outcome="sent",platform="telegram"} 1.0',
        'conflict_alerts_deliveries_total{outcome="parked",platform="telegram"} 1.0',
        'conflict_alerts_rate_limited_total{platform="slack"} 1.0',
        'conflict_alerts_delivery_retries_total{platform="slack"} 1.0',
        'conflict_alerts_rule_reloads_total{outcome="rejected"} 1.0',
        "conflict_alerts_rule_errors 1.0",
        'conflict_alerts_publication_to_delivery_seconds_bucket{le="120.0",platform="telegram"} 1.0',
        'conflict_alerts_publication_to_delivery_seconds_count{platform="telegram"} 1.0',
        # From the store at scrape time (the seeded outbox and feeds).
        'conflict_alerts_outbox_depth{platform="telegram",status="parked"} 1.0',
        'conflict_alerts_outbox_depth{platform="slack",status="pending"} 2.0',
        'conflict_alerts_outbox_oldest_pending_age_seconds{platform="slack"} 7200.0',
        'conflict_alerts_feed_error_streak{feed="Dead Outlet"} 9.0',
    ]
    for sample in expected_samples:
        assert sample in text, sample
    assert 'feed="Retired Feed"' not in text  # disabled feeds are not watched


async def test_each_metrics_instance_counts_only_its_own(store: Store) -> None:
    a, b = Metrics(), Metrics()
    a.poll_finished("ok")
    assert b'conflict_alerts_polls_total{outcome="ok"} 1.0' in a.exposition()
    assert b"conflict_alerts_polls_total{" not in b.exposition()


async def test_stopping_unregisters_the_store_gauges_so_a_restart_reports_once(
    store: Store, metrics: Metrics
) -> None:
    for _ in range(2):
        s = await _serve(store, metrics)
        await s.stop()
    s = await _serve(store, metrics)
    try:
        assert metrics.exposition().count(b"# TYPE conflict_alerts_outbox_depth gauge") == 1
    finally:
        await s.stop()


# --- status page ---------------------------------------------------------------------------------------


async def test_status_page_shows_feeds_alerts_explanations_rule_errors_and_queues(
    server: WebServer, http: aiohttp.ClientSession, metrics: Metrics
) -> None:
    metrics.rules_in_force(4)
    metrics.rules_reloaded(
        NOW - timedelta(minutes=5), errors=["rules/gaza.yaml:12:7: rule gaza: when.kind: unknown"]
    )
    async with http.get(f"{server.url}/") as r:
        assert r.status == 200
        assert r.content_type == "text/html"
        assert "script-src 'nonce-" in r.headers["Content-Security-Policy"]
        html = await r.text()
    # Feeds and their health.
    for name, health in [
        ("Al Jazeera", "healthy"),
        ("Reuters World", "failing"),
        ("Dead Outlet", "unhealthy"),
        ("Retired Feed", "disabled"),
    ]:
        assert re.search(rf'data-health="{health}">\s*<td><strong>{name}</strong>', html), name
    assert "timeout: no answer in 30 s" in html
    # Recent alerts with why they fired.
    assert "gaza-casualties" in html
    assert "61,500 killed in Gaza" in html
    assert "the war, which has killed nearly 61,500 Palestinians." in html
    assert "was 61,100" in html  # the previous figure of the series
    assert "also reported by Al Jazeera" in html
    # How each fact was read (its `why`), under the alert and under entries that did not alert.
    assert "<li>read by verb_then_figure from &#39;killed&#39;</li>" in html
    assert "<li>location: Gaza: named in the sentence before</li>" in html
    assert "<li>status: running toll: &#39;the war, which has killed&#39;</li>" in html
    explain_view = html[html.index('id="explain"') :]
    assert "how were the facts read?" in explain_view
    assert "<li>actor: Germany: subject of &#39;announced&#39;</li>" in explain_view
    assert "ceasefire</span>" in html and "Doha</span>" in html  # matched phrases
    # Explain view: every reason recorded when the decision was made.
    for code in ("baseline", "repeat", "same_figure", "same_event", "no_rule"):
        assert f'data-reason="{code}"' in html, code
    # Rule errors of the last (rejected) reload, and delivery queues.
    assert "rules/gaza.yaml:12:7: rule gaza: when.kind: unknown" in html
    assert "Forbidden: bot was kicked from the channel chat" in html
    assert "paused</span>" in html


async def test_a_withdrawn_alert_is_marked_and_its_unsent_deliveries_show_cancelled(
    store: Store, server: WebServer, http: aiohttp.ClientSession
) -> None:
    from sqlalchemy import select

    from bot.store import schema as t
    from bot.store.reviews import ReviewStore

    with store.engine.connect() as conn:
        message_id = conn.execute(
            select(t.outbox.c.message_id).where(t.outbox.c.platform == "slack", t.outbox.c.status == "sent")
        ).scalar_one()
    outcome = ReviewStore(store.engine).retract(
        "slack", message_id, addresses=None, by="slack:U0ADMIN", note="wrong place", now=NOW
    )
    assert outcome.retraction_id is not None
    async with http.get(f"{server.url}/") as r:
        html = await r.text()
    assert html.count('<span class="badge b-withdrawn"') == 1
    assert "gaza-channel <span class=\"badge b-cancelled\">cancelled</span>" in html  # was parked


async def test_status_page_escapes_feed_content(server: WebServer, http: aiohttp.ClientSession) -> None:
    async with http.get(f"{server.url}/") as r:
        html = await r.text()
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "javascript:" not in html  # a feed's javascript: link is shown as text without a link


# --- protection -----------------------------------------------------------------------------------------


async def test_token_protects_metrics_and_status_page_but_not_probes(
    store: Store, metrics: Metrics, http: aiohttp.ClientSession
) -> None:
    server = await _serve(store, metrics, token=TOKEN)
    try:
        for path in ("/metrics", "/"):
            async with http.get(f"{server.url}{path}") as r:
                assert r.status == 401
                assert r.headers["WWW-Authenticate"].startswith("Basic ")
                assert "conflict_alerts" not in await r.text()
            async with http.get(f"{server.url}{path}", headers={"Authorization": "Bearer wrong"}) as r:
                assert r.status == 401
            async with http.get(f"{server.url}{path}", headers={"Authorization": f"Bearer {TOKEN}"}) as r:
                assert r.status == 200
            basic = base64.b64encode(f"admin:{TOKEN}".encode()).decode()
            async with http.get(f"{server.url}{path}", headers={"Authorization": f"Basic {basic}"}) as r:
                assert r.status == 200
        for path in ("/healthz", "/readyz"):
            async with http.get(f"{server.url}{path}") as r:
                assert r.status in (200, 503)
    finally:
        await server.stop()


def test_listening_beyond_loopback_without_a_token_is_refused() -> None:
    settings = Settings.from_env({"CONFLICT_ALERTS_HTTP_HOST": "0.0.0.0"})
    with pytest.raises(WebConfigError, match="CONFLICT_ALERTS_HTTP_TOKEN"):
        http_options(settings)
    guarded = http_options(
        Settings.from_env({"CONFLICT_ALERTS_HTTP_HOST": "0.0.0.0", "CONFLICT_ALERTS_HTTP_TOKEN": TOKEN})
    )
    assert guarded.token == TOKEN and not guarded.loopback_only
    off = http_options(
        Settings.from_env({"CONFLICT_ALERTS_HTTP_HOST": "::", "CONFLICT_ALERTS_HTTP_ENABLED": "false"})
    )
    assert off.enabled is False


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, HttpOptions("127.0.0.1", 8080)),
        ({"CONFLICT_ALERTS_HTTP_PORT": "9100"}, HttpOptions("127.0.0.1", 9100)),
        ({"CONFLICT_ALERTS_HTTP_HOST": "::1", "CONFLICT_ALERTS_HTTP_PORT": "0"}, HttpOptions("::1", 0)),
        ({"CONFLICT_ALERTS_HTTP_HOST": "localhost"}, HttpOptions("localhost", 8080)),
    ],
)
def test_http_options_from_the_environment(env: dict[str, str], expected: HttpOptions) -> None:
    assert http_options(Settings.from_env(env)) == expected


@pytest.mark.parametrize("port", ["http", "70000", "-1"])
def test_a_bad_port_names_the_variable(port: str) -> None:
    with pytest.raises(WebConfigError, match=r"CONFLICT_ALERTS_HTTP_PORT .* must be a port number"):
        http_options(Settings.from_env({"CONFLICT_ALERTS_HTTP_PORT": port}))


def test_the_token_is_redacted_from_logs() -> None:
    settings = Settings.from_env({"CONFLICT_ALERTS_HTTP_TOKEN": TOKEN})
    assert TOKEN in settings.secrets


async def test_a_taken_port_is_a_clear_startup_error(store: Store, metrics: Metrics) -> None:
    first = await _serve(store, metrics)
    try:
        second = WebServer(HttpOptions(port=first.port), store, Metrics())
        with pytest.raises(WebConfigError, match=r"cannot listen on 127\.0\.0\.1"):
            await second.start()
    finally:
        await first.stop()


async def test_routes_added_before_start_are_served_with_or_without_the_token(
    store: Store, metrics: Metrics, http: aiohttp.ClientSession
) -> None:
    async def hook(request: web.Request) -> web.Response:
        return web.Response(text="hook")

    server = WebServer(HttpOptions(port=0, token=TOKEN), store, metrics)
    server.add_routes([web.post("/telegram/webhook", hook)])
    server.add_routes([web.get("/admin/extra", hook)], protected=True)
    await server.start()
    try:
        async with http.post(f"{server.url}/telegram/webhook") as r:
            assert (r.status, await r.text()) == (200, "hook")
        async with http.get(f"{server.url}/admin/extra") as r:
            assert r.status == 401
    finally:
        await server.stop()


async def test_a_turned_off_server_does_not_listen(store: Store, metrics: Metrics) -> None:
    server = WebServer(HttpOptions(port=0, enabled=False), store, metrics)
    await server.start()
    with pytest.raises(RuntimeError):
        _ = server.port
    await server.stop()


# --- the series view ----------------------------------------------------------------------------------


async def test_a_casualty_alert_links_to_its_series_page_with_history_and_chart(
    server: WebServer, http: aiohttp.ClientSession
) -> None:
    async with http.get(f"{server.url}/") as r:
        html = await r.text()
    [href] = set(re.findall(r'class="series-link" href="([^"]+)"', html))
    assert href == "series/toll%7Cgaza%7Ckilled%7Cpeople"
    async with http.get(f"{server.url}/{href}") as r:
        assert r.status == 200
        assert "img-src data:" in r.headers["Content-Security-Policy"]
        page = await r.text()
    assert "<h1>Gaza · killed</h1>" in page
    assert "nearly 61,500" in page and "also reported by Al Jazeera" in page
    cells = r"<tr><td>([^<]+)</td><td class=\"num\">([^<]+)</td><td class=\"num\">([^<]+)</td>"
    rows = re.findall(cells, page)
    assert rows == [("12 Aug 2025", "nearly 61,500", "+400"), ("11 Aug 2025", "61,100", "first report")]
    [chart] = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    png = base64.b64decode(chart)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 800

    async with http.get(f"{server.url}/series") as r:
        index = await r.text()
    assert f'<a href="{href}">Gaza · killed</a>' in index
    async with http.get(f"{server.url}/series/toll%7Cmars%7Ckilled%7Cpeople") as r:
        assert r.status == 404


async def test_the_series_pages_need_the_token_like_the_status_page(store: Store, metrics: Metrics) -> None:
    server = await _serve(store, metrics, token="s3cret")
    try:
        async with aiohttp.ClientSession() as http:
            for path in ("/series", "/series/toll%7Cgaza%7Ckilled%7Cpeople"):
                async with http.get(f"{server.url}{path}") as r:
                    assert r.status == 401, path
                async with http.get(f"{server.url}{path}", headers={"Authorization": "Bearer s3cret"}) as r:
                    assert r.status == 200, path
    finally:
        await server.stop()
