"""Composition root: builds the store, fetcher session, senders, rules and scheduler, runs them on one
event loop, and shuts them down in reverse order.

    store (migrated) -> rules -> HTTP session -> senders -> pipeline + deliverers -> web server
      -> chat commands (Telegram, Slack) -> scheduler
    stop: chat commands -> web server -> scheduler -> watcher -> senders -> HTTP session -> engine
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import wraps

import aiohttp
from aiohttp import web as web_routes
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot import metrics
from bot.chat.base import Sender
from bot.chat.console import ConsoleSender
from bot.chat.digest_job import DigestJob
from bot.chat.frontends import build_commands, start_commands
from bot.chat.gate import ChatGate
from bot.chat.slack import SlackSender
from bot.chat.startup import start_senders
from bot.chat.telegram import TelegramSender
from bot.config import Config, load_config
from bot.core.model import Platform
from bot.core.wording import plural
from bot.deliver import Deliverer, drain_outbox
from bot.errors import StartupError, explain
from bot.fetch_result import FetchLimits
from bot.lifeline import die_with
from bot.netguard import guarded_connector
from bot.pipeline import Pipeline, RulesHolder, runtime_feed_guard
from bot.reload import load_rules_of, reloader, report_templates_over_budget, watched_paths
from bot.rules_watch import watch_rules
from bot.settings import Settings
from bot.store.db import make_engine, sqlite_path, upgrade
from bot.store.filelock import DatabaseInUse, HeldFile, hold_sqlite_file
from bot.store.instances import HEARTBEAT_S, DuplicateInstance, Presence
from bot.store.locks import SingletonRole
from bot.store.repo import Store
from bot.store.subscriptions import SubscriptionStore
from bot.web import WebConfigError, WebServer, http_options

log = logging.getLogger("conflict_alerts.app")

TICK_S = 5.0  # how often the scheduler asks the store which feeds are due
DELIVER_TICK_S = 1.0
DIGEST_TICK_S = 30.0  # digests are due on the hour (or daily); checking twice a minute is plenty


def log_tick_failure(what: str) -> None:
    """Log the exception being handled: one line when it is an expected failure (the database is
    down, say: every tick would repeat a 50-line trace), the full trace when it is a bug."""
    error = sys.exc_info()[1]
    line = explain(error) if error is not None else None
    if line is None:
        log.exception("%s", what)
    else:
        log.error("%s: %s", what, line, extra={"event": "tick_failed"})


def open_store(database_url: str) -> Store:
    engine = make_engine(database_url)
    upgrade(engine)
    return Store(engine)


def build_senders(settings: Settings, config: Config) -> dict[Platform, Sender]:
    """A sender for every platform that has both a token and a destination; the console always."""
    wanted = {d.platform for d in config.destinations}
    senders: dict[Platform, Sender] = {Platform.CONSOLE: ConsoleSender()}
    # A token alone enables its platform too: chats can subscribe with commands.
    if Platform.TELEGRAM in wanted or settings.telegram_token:
        if settings.telegram_token:
            senders[Platform.TELEGRAM] = TelegramSender(settings.telegram_token, settings.telegram_base_url)
        else:
            log.warning(
                "Telegram destinations are configured but TELEGRAM_BOT_TOKEN is not set: they are skipped"
            )
    if Platform.SLACK in wanted or settings.slack_token:
        if settings.slack_token:
            senders[Platform.SLACK] = SlackSender(settings.slack_token, settings.slack_api_url)
        else:
            log.warning("Slack destinations are configured but SLACK_BOT_TOKEN is not set: they are skipped")
    if not any(d.platform in senders for d in config.destinations):
        log.warning("no destination can receive alerts: add a console destination or set a token")
    return senders


def parse_executor() -> ProcessPoolExecutor | None:
    """One worker process for parsing feed documents when there is a second CPU to run it on
    (benchmarks/RESULTS.md); None on one CPU, where it would only add a process."""
    if (os.cpu_count() or 1) < 2:
        return None
    context = multiprocessing.get_context("forkserver")
    # The worker needs the parser only: a fresh interpreter that imports bot.core.parse (about 25 MB),
    # not a copy of the bot; the extractors too (about 10 MB more) once a feed's first poll asks for
    # facts (bot/core/parse_job.py).
    context.set_forkserver_preload(["bot.core.parse_job"])
    # The worker exits when the bot does, however the bot ends (bot/lifeline.py).
    return ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=die_with, initargs=(os.getpid(),)
    )


def fetch_limits(config: Config) -> FetchLimits:
    s = config.settings
    return FetchLimits(total_timeout_s=s.fetch_timeout_s, max_bytes=s.max_feed_bytes)


@dataclass
class Bot:
    settings: Settings
    config: Config
    store: Store
    pipeline: Pipeline
    deliverers: list[Deliverer]
    senders: dict[Platform, Sender]
    session: aiohttp.ClientSession
    roles: list[SingletonRole]
    presence: Presence | None = None  # this instance's row in `instances` (bot/store/instances.py)
    # Chat commands: subscriptions and chat preferences (bot/chat/command_service.py).
    subscriptions: SubscriptionStore | None = None
    gate: ChatGate | None = None
    digest: DigestJob | None = None
    # Platforms whose token was refused at start: their destinations are paused (bot/chat/startup.py).
    rejected_platforms: frozenset[Platform] = frozenset()

    async def poll_once(self) -> None:
        await self.pipeline.poll_due(all_feeds=True)

    async def tick(self) -> None:
        try:
            await self.pipeline.poll_due()
        except Exception:  # one bad tick must not stop the scheduler; the next tick retries
            log_tick_failure("poll tick failed")
        # Readiness counts *finished* poll ticks: a tick stuck on one feed must show, and the other
        # jobs, which keep ticking meanwhile, must not hide it.
        metrics.scheduler_ticked()

    async def deliver_tick(self) -> None:
        # One deliverer per platform across all instances: the platform's rate budget is global.
        for deliverer, role in zip(self.deliverers, self.roles, strict=True):
            try:
                if not await asyncio.to_thread(role.try_acquire):
                    continue
                while await deliverer.deliver_due():
                    pass
            except Exception:
                log_tick_failure(f"delivery to {deliverer.platform.value} failed")
        await report_templates_over_budget(self)

    async def digest_tick(self) -> None:
        """Due digests, for the platforms whose deliverer role this instance holds."""
        if self.digest is None:
            return
        try:
            held = [
                d.platform.value
                for d, role in zip(self.deliverers, self.roles, strict=True)
                if await asyncio.to_thread(role.try_acquire)
            ]
            await self.digest.run_once(held)
        except Exception:
            log_tick_failure("digest tick failed")

    def active_deliverers(self) -> list[Deliverer]:
        return [d for d, role in zip(self.deliverers, self.roles, strict=True) if role.try_acquire()]

    async def heartbeat(self) -> None:
        """Refresh this instance's row (roles, leases) and release what dead instances held."""
        if self.presence is None:
            return
        try:
            await asyncio.to_thread(self.presence.heartbeat)
        except Exception:
            log_tick_failure("instance heartbeat failed")


async def _open_database(database_url: str) -> tuple[Store, HeldFile | None]:
    """The migrated store; on SQLite, with the file held (one bot per file, taken before migrating)."""
    sqlite_file = sqlite_path(database_url)
    held: HeldFile | None = None
    if sqlite_file is not None:
        try:
            held = await asyncio.to_thread(hold_sqlite_file, sqlite_file)
        except DatabaseInUse as error:
            raise StartupError(str(error)) from None
    try:
        return await asyncio.to_thread(open_store, database_url), held
    except BaseException:
        if held is not None:
            held.release()
        raise


@asynccontextmanager
async def running_bot(settings: Settings, config: Config | None = None) -> AsyncIterator[Bot]:
    config = config or load_config(settings.config_path)
    result = await asyncio.to_thread(load_rules_of, config)
    if result.ruleset is None:
        raise StartupError("\n".join(str(e) for e in result.errors))
    store, held = await _open_database(settings.database_url_for(config.data_dir))
    now = datetime.now(UTC)
    store.feeds.sync_config(((f.url, f.name, f.tags, f.enabled) for f in config.feeds), now)
    senders = build_senders(settings, config)
    roles: list[SingletonRole] = []
    active = frozenset(p.value for p in senders)
    session = aiohttp.ClientSession()
    feed_guard = runtime_feed_guard(config)
    # Feeds added at run time go through a connector that checks every address it connects to.
    runtime_session = aiohttp.ClientSession(connector=guarded_connector(feed_guard))
    parser_pool = parse_executor()
    pipeline: Pipeline | None = None
    presence: Presence | None = None
    subscriptions = SubscriptionStore(store.engine)
    gate = ChatGate(subscriptions)
    try:
        presence = Presence(store.engine, settings.instance)
        try:
            await asyncio.to_thread(presence.register)
        except DuplicateInstance as error:
            presence = None
            raise StartupError(str(error)) from None
        rejected = await start_senders(senders, config.destinations, store.outbox, now)
        pipeline = Pipeline(
            store=store, config=config, rules=RulesHolder(result.ruleset), session=session,
            limits=fetch_limits(config), active_platforms=active, owner=settings.instance,
            runtime_feed_guard=feed_guard, runtime_session=runtime_session, subscriptions=subscriptions,
            parse_executor=parser_pool,
        )  # fmt: skip
        deliverers = [Deliverer(store, s, owner=settings.instance, gate=gate) for s in senders.values()]
        roles = [SingletonRole(store.engine, f"deliver:{d.platform.value}") for d in deliverers]
        digest = DigestJob(store, subscriptions, [p.value for p in senders], owner=settings.instance)
        yield Bot(
            settings, config, store, pipeline, deliverers, senders, session, roles, presence=presence,
            subscriptions=subscriptions, gate=gate, digest=digest, rejected_platforms=frozenset(rejected),
        )
    finally:
        for role in roles:
            with contextlib.suppress(Exception):
                role.release()
        if presence is not None:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(presence.unregister)
        for sender in reversed(list(senders.values())):
            with contextlib.suppress(Exception):
                await sender.close()
        await runtime_session.close()
        if parser_pool is not None:
            parser_pool.shutdown(wait=False, cancel_futures=True)
        if pipeline is not None:
            pipeline.parser.close()
        await session.close()
        if held is not None:
            held.release()
        store.engine.dispose()


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What one `run --once` did, for the line it ends with."""

    feeds_polled: int
    feeds_failed: int
    entries_seen: int
    entries_baseline: int
    alerts_created: int
    delivered: int
    queued: int

    @property
    def every_feed_failed(self) -> bool:
        return self.feeds_polled > 0 and self.feeds_failed == self.feeds_polled

    def line(self) -> str:
        return (
            f"{plural(self.feeds_polled, 'feed')} polled, {self.feeds_failed} failed; "
            f"{plural(self.entries_seen, 'entry')} seen, {self.entries_baseline} taken as the starting "
            f"baseline; {plural(self.alerts_created, 'alert')} created, {self.delivered} delivered, "
            f"{self.queued} queued"
        )


async def run_once(settings: Settings, *, max_wait_s: float = 60.0) -> RunSummary:
    """One poll of every enabled feed and one delivery pass, then return what happened."""
    async with running_bot(settings) as bot:
        reports = await bot.pipeline.poll_due(all_feeds=True)
        await bot.digest_tick()  # due chat digests become outbox rows, delivered with the rest
        await drain_outbox(
            bot.active_deliverers(), bot.store, max_wait_s=max_wait_s, clock=lambda: datetime.now(UTC)
        )
        queued = await asyncio.to_thread(bot.store.status.outbox_summary, datetime.now(UTC))
        return RunSummary(
            feeds_polled=len(reports),
            feeds_failed=sum(1 for r in reports if r.error is not None),
            entries_seen=sum(r.entries for r in reports),
            entries_baseline=sum(r.baseline for r in reports),
            alerts_created=sum(len(r.alerts) for r in reports),
            delivered=sum(d.stats.sent for d in bot.deliverers),
            queued=int(queued["pending"]),
        )


async def run_forever(settings: Settings, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with running_bot(settings) as bot:
        commands = build_commands(settings, bot)
        web = await _start_web(settings, bot, [r for c in commands for r in c.routes()])
        started, retrying = await start_commands(settings, bot, commands)
        scheduler = _scheduler(bot, loop)
        scheduler.start()
        watcher = asyncio.create_task(
            watch_rules(watched_paths(settings.config_path, bot.config), reloader(bot), stop)
        )
        log.info(
            "conflict-alerts running: %s, %s, destinations on %s",
            plural(len(bot.config.feeds), "feed"),
            plural(len(bot.pipeline.rules.ruleset.rules), "rule"),
            ", ".join(sorted(bot.pipeline.active_platforms)),
            extra={"event": "started"},
        )
        try:
            await stop.wait()
        finally:
            log.info("stopping", extra={"event": "stopping"})
            for task in retrying:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            for front in reversed(started):  # chat commands first: no new work while stopping
                with contextlib.suppress(Exception):
                    await front.stop()
            await web.stop()
            scheduler.shutdown(wait=False)
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(sig)
    log.info("stopped cleanly", extra={"event": "stopped"})


def _scheduler(bot: Bot, loop: asyncio.AbstractEventLoop) -> AsyncIOScheduler:
    """One job per tick: polling, the heartbeat, delivery and chat digests (not started yet)."""
    scheduler = AsyncIOScheduler(event_loop=loop, timezone=UTC)
    now = datetime.now(UTC)
    jobs: list[tuple[Callable[[], Awaitable[None]], float]] = [
        (bot.tick, TICK_S), (bot.heartbeat, HEARTBEAT_S), (bot.deliver_tick, DELIVER_TICK_S),
        (bot.digest_tick, DIGEST_TICK_S),
    ]  # fmt: skip
    for job, seconds in jobs:
        scheduler.add_job(
            _quiet_when_stopped(job), "interval", seconds=seconds, next_run_time=now, max_instances=1,
            coalesce=True,
            # Late is fine: a skipped heartbeat would make the instance look dead.
            misfire_grace_time=None if job == bot.heartbeat else 1,
        )  # fmt: skip
    return scheduler


def _quiet_when_stopped(job: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
    """The job, ending quietly when shutdown cancels it mid-run: apscheduler would log the cancelled
    tick as a failed job with a traceback, on every Ctrl-C that lands during a poll."""

    @wraps(job)
    async def run() -> None:
        try:
            await job()
        except asyncio.CancelledError:
            log.debug("%s cancelled by shutdown", getattr(job, "__name__", "job"))

    return run


async def _start_web(
    settings: Settings, bot: Bot, routes: Sequence[web_routes.AbstractRouteDef] = ()
) -> WebServer:
    """Health, metrics and the status page (bot/web.py). Slack HTTP mode and Telegram webhooks add
    their routes with `web.add_routes(...)` before `start()`."""
    metrics.rules_in_force(len(bot.pipeline.rules.ruleset.rules))
    try:
        web = WebServer(
            http_options(settings, bot.config.settings), bot.store, metrics.active(),
            rules=lambda: bot.pipeline.rules.ruleset,
        )
        web.add_routes(routes)  # Telegram webhook, Slack HTTP mode: they verify their own requests
        await web.start()
    except WebConfigError as error:
        raise StartupError(str(error)) from None
    return web


