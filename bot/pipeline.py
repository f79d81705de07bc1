"""The recipe, top to bottom: refresh a feed, then deliver what it produced.

    refresh_feed:  fetch (conditional GET, bot/fetch.py) -> not modified? -> same body?
                   -> parse (bot/core/parse.py) -> drop seen entries
                   -> judge: extract facts, match rules (bot/core/judge.py)
                   -> record: one unit of work per entry a rule matched (bot/record.py): entry seen,
                      resolved against the stored state, planned writes (bot/core/plan.py): state +
                      alert + outbox rows; the entries no rule matched (rows alone) share one commit
                      per slice (EntryStore.mark_seen_many)
                   -> reschedule the feed (bot/core/schedule.py)
    deliver:       the Deliverer (bot/deliver.py) drains the outbox

Each step is a call into a small module; this file holds no parsing, matching or SQL of its own. How
a cycle goes fast (fetch slots, claiming while fetching, batched writes, the database thread, the
parser process) is bot/throughput.py.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import aiohttp

from bot import metrics
from bot.config import Config, FeedConfig
from bot.core.explain import explain_decision
from bot.core.judge import Judgment, judge
from bot.core.model import Alert, Destination, Entry, Fact, RuleMatch
from bot.core.parse import take_newest
from bot.core.resolution import Resolution
from bot.core.route import destinations_for, with_subscribers
from bot.core.rules import RuleSet
from bot.core.schedule import RecentEntries, health_state, next_poll_delay
from bot.core.wording import plural
from bot.fetch import fetch_feed
from bot.fetch_result import FetchLimits, FetchResult
from bot.netguard import UrlGuard
from bot.record import EntryOutcome, ProcessedEntries, SliceRouting, record_entry
from bot.store.entries import UnmatchedEntry
from bot.store.feeds import FeedRow, feed_id_for
from bot.store.repo import Store
from bot.store.subscriptions import RoutingSnapshot, SubscriptionStore
from bot.throughput import DatabaseWorker, FeedParser, FetchSlots, PollCycle, run_cycle

log = logging.getLogger("conflict_alerts.pipeline")
Facts = tuple[Fact, ...]

# Entries published this long before a feed's first poll are its backlog: they set the baseline for
# series and events but raise no alert. Newer ones are news the bot would have caught anyway.
BASELINE_GRACE = timedelta(hours=1)
# New entries are judged and recorded this many per database call (see _process_in_slices).
ENTRIES_PER_SLICE = 25
# How far back the publishing rate is read (bot.core.schedule.RATE_WINDOWS).
RATE_HISTORY = timedelta(days=7)


def runtime_feed_guard(config: Config) -> UrlGuard:
    """The SSRF guard for feeds added at run time, and for the redirects of configured feeds: public
    addresses only, except the hosts (and ports) the config lists in
    ``settings.allow_private_feed_hosts``."""
    return UrlGuard(allow_hosts=frozenset(config.settings.allow_private_feed_hosts))


@dataclass
class RulesHolder:
    """The rules in force. Hot reload swaps `ruleset`; a bad reload leaves it as it was."""

    ruleset: RuleSet


@dataclass
class Pipeline:
    store: Store
    config: Config
    rules: RulesHolder
    session: aiohttp.ClientSession
    limits: FetchLimits
    active_platforms: frozenset[str]
    owner: str
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    on_alert: Callable[[Alert], None] | None = None
    runtime_feed_guard: UrlGuard | None = field(default_factory=UrlGuard)
    # Chat subscriptions (/subscribe) add their chats to the configured routes; None: routes only.
    subscriptions: SubscriptionStore | None = None
    # Feeds added at run time are fetched through this session when set: its connector checks every
    # address aiohttp connects to (netguard.guarded_connector), closing the DNS-rebinding gap.
    runtime_session: aiohttp.ClientSession | None = None
    # Where feed documents are parsed: None parses on the event loop's thread; the bot passes a
    # one-process pool on multi-core machines (bot.app.parse_executor), so parsing - the largest CPU
    # cost of a poll cycle - runs beside fetching and storing instead of taking turns with them.
    parse_executor: Executor | None = None
    # RSS <ttl> per feed, learned when a body is parsed, so a 304 still honours it (memory only).
    _ttl_minutes: dict[str, int | None] = field(default_factory=dict, init=False, repr=False)
    _feed_configs: tuple[Config, dict[str, FeedConfig]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.parser = FeedParser(self.parse_executor)
        self._db = DatabaseWorker(self.store.engine.dialect.name)

    # --- polling ----------------------------------------------------------------------------------

    async def poll_due(self, *, all_feeds: bool = False, concurrency: int | None = None) -> list[PollReport]:
        """Poll the due feeds (every enabled one with all_feeds) until none is due, then return: at most
        ``settings.fetch_concurrency`` fetches at once (``concurrency`` overrides it) and
        ``settings.per_host_concurrency`` to one host (bot/throughput.py)."""
        cfg = self.config.settings
        width = concurrency or cfg.fetch_concurrency
        cycle = PollCycle(FetchSlots(width, cfg.per_host_concurrency))
        lease = timedelta(seconds=self.limits.total_timeout_s * 3 + 60)

        async def claim(due_by: datetime, limit: int) -> list[FeedRow]:
            feeds, recent = await self._db.run(self._claim, due_by, lease, limit, self.clock())
            cycle.recent.update(recent)
            return feeds

        async def flush() -> None:
            if writes := cycle.take_writes():
                await self._db.run(self.store.feeds.record_polls, writes)

        return await run_cycle(
            claim, lambda feed: self._refresh_guarded(feed, cycle), flush, cycle,
            batch=max(width * 4, 64), claim_size=width, clock=self.clock, all_feeds=all_feeds,
        )  # fmt: skip

    def _claim(
        self, due_by: datetime, lease: timedelta, limit: int, now: datetime
    ) -> tuple[list[FeedRow], dict[str, RecentEntries]]:
        feeds = self.store.feeds.claim_due(due_by, self.owner, lease, limit)
        return feeds, self.store.feeds.recent_entries_many([f.id for f in feeds], now - RATE_HISTORY, now)

    async def _refresh_guarded(self, feed: FeedRow, cycle: PollCycle) -> PollReport:
        """refresh_feed, but a bug or a database error on one feed is logged and backs that feed off;
        it never stops the other feeds of the tick."""
        try:
            return await self.refresh_feed(feed, cycle)
        except Exception as exc:
            log.exception(
                "polling feed %s failed unexpectedly", feed.name,
                extra={"event": "feed_poll_crashed", "fields": {"feed": feed.url}},
            )
            reason = f"internal: {type(exc).__name__}: {exc}"[:500]
            now = self.clock()
            try:
                await self._db.run(self._record_internal_failure, feed, reason, now)
            except Exception:
                log.exception("could not record the failure of feed %s", feed.name)
            return PollReport(feed_id=feed.id, name=feed.name, status=None, error=reason)

    async def refresh_feed(self, feed: FeedRow, cycle: PollCycle) -> PollReport:
        """fetch -> not modified? -> same body? -> parse -> judge and record new entries -> reschedule."""
        result = await self._fetch(feed, cycle)
        now = self.clock()
        if result.error is not None:
            # The history is at hand and the write is batched: no I/O here.
            return self._record_failure(feed, result, now, cycle)
        report = PollReport(feed_id=feed.id, name=feed.name, status=result.status)
        unchanged = result.body is None or (
            result.body_sha256 is not None and result.body_sha256 == feed.body_sha256
        )
        if not unchanged and result.body is not None:
            limit = self.config.settings.max_entries_per_poll
            document = await self.parser.parse(
                result.body, feed_id=feed.id, url=result.final_url or feed.url, source=feed.name,
                headers=dict(result.headers), now=now, facts_for=limit if feed.first_polled_at is None else 0,
            )  # fmt: skip
            parsed = document.feed
            report.problem = parsed.problem
            report.ttl_minutes = parsed.ttl_minutes
            self._ttl_minutes[feed.id] = parsed.ttl_minutes
            taken, report.passed_over = take_newest(parsed.entries, limit, now)
            report.entries = len(taken)
            if report.passed_over:
                log.warning(
                    "feed %s carries %s entries; read the newest %s and passed over %s "
                    "(settings.max_entries_per_poll)",
                    feed.name, f"{len(parsed.entries):,}", f"{len(taken):,}", f"{report.passed_over:,}",
                    extra={"event": "feed_entries_capped",
                           "fields": {"feed": feed.url, "passed_over": report.passed_over}},
                )  # fmt: skip
            processed = await self._process_in_slices(feed, taken, now, document.facts)
            report.alerts, report.baseline = processed.alerts, processed.baseline
            if feed.id in cycle.recent:  # the entries recorded now count in the publishing rate
                cycle.recent[feed.id] = cycle.recent[feed.id].plus(processed.new_times, now)
        metrics.poll_finished("not_modified" if result.body is None else "unchanged" if unchanged else "ok")
        if feed.id in cycle.recent:
            self._record_success(feed, result, now, report, cycle)
        else:
            await self._db.run(self._record_success, feed, result, now, report, cycle)
        return report

    async def _fetch(self, feed: FeedRow, cycle: PollCycle) -> FetchResult:
        # Feeds added at run time (CLI, chat) are checked against private and metadata addresses on
        # every hop; the configured ones are trusted as the operator wrote them, their redirects are not.
        runtime = feed.origin == "runtime"
        guard = (
            self.runtime_feed_guard if runtime else runtime_feed_guard(self.config).also_allowing(feed.url)
        )
        guarded_session = self.runtime_session or self.session
        session = guarded_session if runtime else self.session
        async with cycle.slots.hold(feed.url):
            return await fetch_feed(
                session, feed.url, etag=feed.etag, last_modified=feed.last_modified, limits=self.limits,
                guard=guard, trust_first_hop=not runtime, redirect_session=guarded_session,
            )  # fmt: skip

    async def _process_in_slices(
        self, feed: FeedRow, entries: Sequence[Entry], now: datetime, facts: Mapping[str, Facts]
    ) -> ProcessedEntries:
        """process_entries, a slice at a time, oldest first: between slices the database worker takes
        up the other feeds' work, so one busy feed delays them by a slice, not by all its entries."""
        ordered = sorted(entries, key=lambda e: e.published or now)
        total = ProcessedEntries([], 0)
        for start in range(0, len(ordered), ENTRIES_PER_SLICE):
            piece = ordered[start : start + ENTRIES_PER_SLICE]
            total = total.plus(await self._db.run(self.process_entries, feed, piece, now, facts))
        if total.backlog:
            # A user who sees no alert after the first run must be able to tell why.
            log.info(
                "%s: first poll, %s older than an hour taken as already seen (they set the baseline for "
                "later figures, no alert)",
                feed.name,
                plural(total.backlog, "entry"),
                extra={"event": "feed_baseline", "fields": {"feed": feed.url, "entries": total.backlog}},
            )
        return total

    def process_entries(
        self, feed: FeedRow, entries: Sequence[Entry], now: datetime, facts: Mapping[str, Facts] | None = None
    ) -> ProcessedEntries:
        """Everything after parsing, for one feed's entries (`facts`: those the parser process read,
        by entry key). Synchronous: runs in a worker thread."""
        known = self.store.entries.known_keys(feed.id, entries)
        known_keys = {k for k, _ in known}
        known_links = {link for _, link in known if link}
        first_poll = feed.first_polled_at is None
        max_age = timedelta(hours=self.config.settings.max_entry_age_hours)
        produced: list[Alert] = []
        backlog = 0  # entries of a first poll published over BASELINE_GRACE ago
        baseline_count = 0
        new_times: list[datetime] = []  # when the entries recorded now were published (the rate)
        unmatched: list[UnmatchedEntry] = []
        routing = SliceRouting(self.subscriptions, self.clock)
        # Oldest first, so a series moves forward in publication order within one poll.
        for entry in sorted(entries, key=lambda e: e.published or now):
            if entry.key in known_keys or (entry.link and entry.link in known_links):
                continue
            # Known by key or link; within the slice too: the rows of the entries no rule matched are
            # written after the others, so the first of two entries sharing a link must win here.
            known_keys.add(entry.key)
            if entry.link:
                known_links.add(entry.link)
            published = entry.published or now
            old = first_poll and (entry.published is None or published < now - BASELINE_GRACE)
            baseline = old or published < now - max_age
            backlog += old
            baseline_count += baseline
            judgment = judge(entry, self.rules.ruleset, (facts or {}).get(entry.key))
            if judgment.matches:
                outcome = self._record_judged(entry, judgment, now, baseline=baseline, routing=routing)
                produced.extend(outcome.alerts)
                new_times += [published] if outcome.new else []
            else:
                # No rule matched: nothing to resolve, so its row joins the slice's one commit.
                why = explain_decision(judgment.facts, (), Resolution(), (), baseline=baseline)
                unmatched.append(UnmatchedEntry(entry, judgment.facts, baseline, why))
        recorded = self.store.entries.mark_seen_many(unmatched, now)
        for item in unmatched:
            metrics.entry_judged(item.facts, (), baseline=item.baseline, new=item.entry.key in recorded)
            new_times += [item.entry.published or now] if item.entry.key in recorded else []
        return ProcessedEntries(produced, baseline_count, backlog, new_times)

    def judge_and_record(self, entry: Entry, now: datetime, *, baseline: bool) -> list[Alert]:
        judgment = judge(entry, self.rules.ruleset)
        return list(self._record_judged(entry, judgment, now, baseline=baseline).alerts)

    def _record_judged(
        self, entry: Entry, judgment: Judgment, now: datetime, *, baseline: bool,
        routing: SliceRouting | None = None,
    ) -> EntryOutcome:
        subscribed = routing.snapshot() if routing is not None and judgment.matches else None
        outcome = record_entry(
            self.store, entry, judgment, self.destinations_for_alerts(judgment.matches, subscribed), now,
            baseline=baseline, event_window=timedelta(hours=self.config.settings.event_window_hours),
        )  # fmt: skip
        metrics.entry_judged(judgment.facts, outcome.alerts, baseline=baseline, new=outcome.new)
        for alert in outcome.alerts:
            log.info(
                "alert %s: rule %s on %r (%s)",
                alert.id[:8],
                alert.rule_id,
                entry.title[:80],
                entry.source,
                extra={"event": "alert_created", "fields": {"rule": alert.rule_id, "link": alert.link}},
            )
            if self.on_alert:
                self.on_alert(alert)
        return outcome

    def destinations_for_alerts(
        self, matches: Sequence[RuleMatch], subscribed: RoutingSnapshot | None = None
    ) -> Callable[[Alert], list[Destination]]:
        by_rule = {m.rule_id: m for m in matches}
        # Subscriptions and mutes are read before the entry's transaction opens: given (read once for
        # a slice of a poll's entries, SliceRouting), or read here.
        if subscribed is None and self.subscriptions is not None and matches:
            subscribed = self.subscriptions.routing_snapshot(self.clock())

        def pick(alert: Alert) -> list[Destination]:
            match = by_rule[alert.rule_id]
            chosen = destinations_for(match, self.config)
            if subscribed is not None:
                chosen = with_subscribers(chosen, alert, *subscribed)
            return [d for d in chosen if d.platform.value in self.active_platforms]

        return pick

    # --- bookkeeping --------------------------------------------------------------------------------

    def _schedule(
        self,
        feed: FeedRow,
        now: datetime,
        *,
        error_streak: int,
        result: FetchResult | None,
        ttl_minutes: int | None = None,
        cycle: PollCycle | None = None,
    ) -> datetime:
        cfg = self.config.settings
        feed_cfg = self.feed_config(feed)
        min_s = (
            feed_cfg.min_interval_s if feed_cfg and feed_cfg.min_interval_s else None
        ) or cfg.min_interval_s
        max_s = (
            feed_cfg.max_interval_s if feed_cfg and feed_cfg.max_interval_s else None
        ) or cfg.max_interval_s
        delay = next_poll_delay(
            base_interval_s=cfg.poll_interval_s,
            min_interval_s=min_s,
            max_interval_s=max_s,
            recent_entry_times=(
                cycle.recent[feed.id]
                if cycle is not None and feed.id in cycle.recent
                # After new entries (or for a crashed poll): the rate is read again.
                else self.store.feeds.recent_entry_times(feed.id, now - RATE_HISTORY)
            ),
            now=now,
            error_streak=error_streak,
            retry_after_s=result.retry_after_s if result else None,
            cache_max_age_s=result.cache_max_age_s if result else None,
            ttl_minutes=ttl_minutes if ttl_minutes is not None else self._ttl_minutes.get(feed.id),
            jitter=random.random(),
            max_retry_after_s=cfg.max_retry_after_s,
        )
        return now + timedelta(seconds=delay)

    def feed_config(self, feed: FeedRow) -> FeedConfig | None:
        """The config entry of a feed, by identity (the hash of the configured URL), so a feed whose
        stored URL a permanent redirect changed keeps its per-feed settings."""
        index = self._feed_configs
        if index is None or index[0] is not self.config:
            index = self._feed_configs = (self.config, {feed_id_for(f.url): f for f in self.config.feeds})
        return index[1].get(feed.id)

    def _record_success(
        self,
        feed: FeedRow,
        result: FetchResult,
        now: datetime,
        report: PollReport,
        cycle: PollCycle,
    ) -> None:
        if feed.error_streak:
            log.info(
                "feed %s recovered after %d failed polls",
                feed.name,
                feed.error_streak,
                extra={"event": "feed_recovered", "fields": {"feed": feed.url}},
            )
        values: dict[str, object] = dict(
            last_success_at=now,
            error_streak=0,
            last_error=None,
            etag=result.etag or feed.etag,
            last_modified=result.last_modified or feed.last_modified,
        )
        if result.body_sha256:
            values["body_sha256"] = result.body_sha256
        if result.permanent_redirect_to:
            log.info("feed %s moved permanently to %s", feed.name, result.permanent_redirect_to)
            values["url"] = result.permanent_redirect_to
        if report.problem:
            log.warning(
                "feed %s is malformed (%s); kept %s",
                feed.name,
                report.problem,
                plural(report.entries, "entry"),
                extra={"event": "feed_malformed", "fields": {"feed": feed.url}},
            )
        next_at = self._schedule(
            feed, now, error_streak=0, result=result, ttl_minutes=report.ttl_minutes, cycle=cycle
        )
        values["interval_s"] = (next_at - now).total_seconds()
        cycle.queue_write(feed.id, now, next_at, values)

    def _record_failure(
        self, feed: FeedRow, result: FetchResult, now: datetime, cycle: PollCycle
    ) -> PollReport:
        assert result.error is not None
        metrics.poll_finished("error", result.error.kind)
        reason = f"{result.error.kind}: {result.error.message}"
        if not result.error.counts_as_failure:
            # A 429 asks us to slow down; honouring Retry-After is enough, the feed is not failing.
            next_at = self._schedule(feed, now, error_streak=feed.error_streak, result=result, cycle=cycle)
            log.info("feed %s asked us to slow down (%s)", feed.name, reason,
                     extra={"event": "feed_rate_limited", "fields": {"feed": feed.url}})
            cycle.queue_write(feed.id, now, next_at, {"interval_s": (next_at - now).total_seconds()})
            return PollReport(feed_id=feed.id, name=feed.name, status=result.status, error=reason)
        streak = feed.error_streak + 1
        next_at = self._schedule(feed, now, error_streak=streak, result=result, cycle=cycle)
        if streak == 1:
            # Once per failure streak: a dead feed must not flood the log every poll.
            log.warning(
                "feed %s failed (%s); retrying with backoff, next poll in %.0f s",
                feed.name,
                reason,
                (next_at - now).total_seconds(),
                extra={"event": "feed_failed", "fields": {"feed": feed.url, "kind": result.error.kind}},
            )
        else:
            log.debug("feed %s still failing (%d in a row): %s", feed.name, streak, reason)
        self._report_unhealthy(feed, streak, now, reason)
        cycle.queue_write(
            feed.id,
            now,
            next_at,
            dict(
                error_streak=streak,
                last_error=reason,
                last_error_at=now,
                interval_s=(next_at - now).total_seconds(),
            ),
        )
        return PollReport(feed_id=feed.id, name=feed.name, status=result.status, error=reason)

    def _report_unhealthy(self, feed: FeedRow, streak: int, now: datetime, reason: str) -> None:
        """Log once, on the poll that turns a failing feed unhealthy (schedule.health_state)."""
        before = health_state(feed.error_streak, feed.last_success_at, feed.last_error_at or now)
        if before != "unhealthy" and health_state(streak, feed.last_success_at, now) == "unhealthy":
            since = feed.last_success_at.strftime("%Y-%m-%d %H:%M UTC") if feed.last_success_at else "never"
            log.error(
                "feed %s is unhealthy: %d failed polls in a row, last success %s; last error: %s. "
                "It is still polled at the backoff interval; fix or remove it (conflict-alerts feeds)",
                feed.name, streak, since, reason,
                extra={"event": "feed_unhealthy", "fields": {"feed": feed.url, "streak": streak}},
            )

    def _record_internal_failure(self, feed: FeedRow, reason: str, now: datetime) -> None:
        """A poll that crashed on our side: counted as a failure so the feed backs off, body hash kept
        as it was so the next poll parses the document again."""
        streak = feed.error_streak + 1
        next_at = self._schedule(feed, now, error_streak=streak, result=None)
        self._report_unhealthy(feed, streak, now, reason)
        self.store.feeds.record_poll(
            feed.id, now, next_at, error_streak=streak, last_error=reason, last_error_at=now,
            interval_s=(next_at - now).total_seconds(),
        )


@dataclass
class PollReport:
    feed_id: str
    name: str
    status: int | None
    entries: int = 0  # entries read from the document (at most settings.max_entries_per_poll)
    passed_over: int = 0  # older entries beyond that limit, not read this poll
    alerts: list[Alert] = field(default_factory=list)
    baseline: int = 0
    problem: str | None = None
    error: str | None = None
    ttl_minutes: int | None = None
