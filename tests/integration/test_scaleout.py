"""Scale-out: several instances on one database share the feeds and the delivery, and survive one
another's death (issue 6).

The fast tests drive `bot.store.instances` directly, on SQLite and PostgreSQL. The slow ones run real
`python -m bot run` processes against the fake feed, Telegram and Slack servers, SIGKILL one of them
while it is sending and polling, and check from the database and from what the fakes received that
every entry was processed once and every alert posted exactly once per destination.

The kill is aimed, not random: the first Telegram send is held unanswered by the fake ("timeout"
failure, never processed), and the instance holding the `deliver:telegram` role is killed while that
request is open. So the killed deliverer has a leased row in flight that the platform never
accepted: it must be sent again, by the standby, once. (A kill in the milliseconds between a
platform's acknowledgement and our commit would post twice; docs/architecture.md documents that
window, and a test must not depend on missing it by luck.)
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from bot.core.plan import OutboxStatus
from bot.store import schema as t
from bot.store.db import make_engine, upgrade
from bot.store.instances import (
    HEARTBEAT_S,
    STALE_AFTER_S,
    DuplicateInstance,
    Presence,
    held_advisory_keys,
    instance_lock_name,
    list_instances,
)
from bot.store.locks import SingletonRole, lock_key
from bot.store.repo import Store
from tests.conftest import TEST_RULES
from tests.fakes.feed_server import FeedItem, FeedServer, running_feed_server
from tests.fakes.postgres import throwaway_postgres
from tests.fakes.slack_api import FakeSlack, running_fake_slack
from tests.fakes.telegram_api import FakeTelegram, running_fake_telegram

TG_CHAT = "424242"  # a private chat: about 1 message/s, no 20-per-minute group budget
SLACK_CHANNEL = "C0SCALE001"
LINK = re.compile(r"https://news\.example/[^\s\"'<>|)]+")


# --- databases ---------------------------------------------------------------------------------------


def _throwaway_postgres(base: str) -> Iterator[str]:
    with ExitStack() as stack:
        try:
            url = stack.enter_context(throwaway_postgres(base, "ca_scale"))
        except Exception as error:  # the URL is set but the server is not there: say so loudly
            pytest.skip(f"PostgreSQL scale-out tests SKIPPED: cannot create a database at {base}: {error}")
        yield url


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:
    yield from _throwaway_postgres(postgres_url)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
        eng = make_engine(url)
        upgrade(eng)
        yield eng
        eng.dispose()
        return
    for url in _throwaway_postgres(request.getfixturevalue("postgres_url")):
        eng = make_engine(url)
        upgrade(eng)
        try:
            yield eng
        finally:
            eng.dispose()


# --- instances, leases, liveness (fast) --------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 12, tzinfo=UTC)
        self.mono = 1000.0

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.mono += seconds


def _presence(engine: Engine, name: str, clock: Clock) -> Presence:
    return Presence(engine, name, clock=lambda: clock.now, monotonic=lambda: clock.mono)


def _kill(presence: Presence) -> None:
    """What SIGKILL does to an instance as the database sees it: its session ends, nothing is cleaned
    up, no more heartbeats."""
    role = presence._lock
    if role._conn is not None:
        pid = role._conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with presence.engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        role._conn.invalidate()
        role._conn = None
        _wait_until_session_gone(presence.engine, pid)
    role._granted = False


def _wait_until_session_gone(engine: Engine, pid: int) -> None:
    """pg_terminate_backend only signals: the session, and the advisory locks it holds, end a moment
    later (seconds on a loaded machine), as after a real SIGKILL."""
    query = text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid")
    for _ in range(400):
        with engine.connect() as conn:  # a new transaction each time: pg_stat_activity is a snapshot
            if not conn.execute(query, {"pid": pid}).scalar():
                return
        time.sleep(0.05)


def test_advisory_keys_read_back_from_pg_locks_match_the_keys_taken(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's")
    roles = [SingletonRole(engine, name) for name in ("deliver:telegram", "instance:a", "instance:b:123")]
    for role in roles:
        assert role.try_acquire()
    with engine.connect() as conn:
        assert {lock_key(r.name) for r in roles} <= held_advisory_keys(conn)
    for role in roles:
        role.release()


def test_an_advisory_lock_in_another_database_of_the_server_is_not_ours(postgres_url: str) -> None:
    """A staging copy or another tenant on the same server may run an instance of the same name:
    its lock is in pg_locks too, under its own database, and must not keep our dead instance alive."""
    databases = [_throwaway_postgres(postgres_url) for _ in range(2)]
    engines = [make_engine(next(db)) for db in databases]
    try:
        for eng in engines:
            upgrade(eng)
        elsewhere = SingletonRole(engines[1], instance_lock_name("a"))
        assert elsewhere.try_acquire()
        clock = Clock()
        dead, live = _presence(engines[0], "a", clock), _presence(engines[0], "b", clock)
        dead.register()
        live.register()
        assert dead._lock._conn is not None
        _kill(dead)  # returns once the session is gone
        with engines[0].connect() as conn:
            assert lock_key(instance_lock_name("a")) not in held_advisory_keys(conn)
        assert live.heartbeat() == []  # seen lockless once: one heartbeat's grace
        clock.advance(HEARTBEAT_S)
        assert live.heartbeat() == ["a"]  # then reaped: the lock in the other database is not ours
        elsewhere.release()
        live.unregister()
    finally:
        for eng in engines:
            eng.dispose()
        for db in databases:
            db.close()  # drops it


def test_a_dead_instances_leases_are_released_by_a_live_one(engine: Engine) -> None:
    clock = Clock()
    store = Store(engine)
    store.feeds.sync_config([(f"https://a.example/{i}", f"F{i}", [], True) for i in range(4)], clock.now)
    a, b = _presence(engine, "a", clock), _presence(engine, "b", clock)
    a.register()
    b.register()
    assert len(store.feeds.claim_due(clock.now, "a", timedelta(minutes=10), 3)) == 3
    a.heartbeat()
    [info_a, info_b] = list_instances(engine, clock.now)
    assert (info_a.id, info_a.alive, info_a.feeds_leased) == ("a", True, 3)
    assert (info_b.id, info_b.alive, info_b.feeds_leased) == ("b", True, 0)

    _kill(a)
    if engine.dialect.name == "postgresql":
        # Seen without its lock once: it gets one heartbeat to take it again (a database restart
        # ends every session at once, live ones included).
        assert b.heartbeat() == []
        clock.advance(HEARTBEAT_S)
    else:
        clock.advance(STALE_AFTER_S + 1)  # SQLite has no session locks: a silent heartbeat is death
    assert b.heartbeat() == ["a"]
    # Long before the ten-minute lease would expire, the feeds are due again for the living.
    assert len(store.feeds.claim_due(clock.now, "b", timedelta(minutes=10), 10)) == 4
    dead = next(i for i in list_instances(engine, clock.now) if i.id == "a")
    assert not dead.alive and dead.released_at is not None
    assert b.heartbeat() == []  # released once


def test_a_live_instance_that_lost_its_session_briefly_keeps_its_leases(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("session loss is a PostgreSQL matter")
    clock = Clock()
    store = Store(engine)
    store.feeds.sync_config([("https://a.example/1", "F1", [], True)], clock.now)
    a, b = _presence(engine, "a", clock), _presence(engine, "b", clock)
    a.register()
    b.register()
    store.feeds.claim_due(clock.now, "a", timedelta(minutes=10), 1)
    _kill(a)
    assert b.heartbeat() == []
    a.heartbeat()  # a's next beat takes its lock again
    clock.advance(HEARTBEAT_S)
    assert b.heartbeat() == []
    assert store.feeds.claim_due(clock.now, "b", timedelta(minutes=10), 10) == []


def test_two_live_processes_cannot_share_an_instance_name(engine: Engine) -> None:
    clock = Clock()
    first, second = _presence(engine, "bot-1", clock), _presence(engine, "bot-1", clock)
    first.register()
    if engine.dialect.name == "sqlite":
        second.register()  # one instance per SQLite file: nothing to check against
        return
    with pytest.raises(DuplicateInstance, match="CONFLICT_ALERTS_INSTANCE"):
        second.register()
    # A restart under the same name after a kill takes over what its predecessor held.
    store = Store(engine)
    store.feeds.sync_config([("https://a.example/1", "F1", [], True)], clock.now)
    store.feeds.claim_due(clock.now, "bot-1", timedelta(minutes=10), 1)
    _kill(first)
    second.register()
    assert len(store.feeds.claim_due(clock.now, "other", timedelta(minutes=10), 1)) == 1


def test_a_clean_stop_removes_the_row_and_hands_back_the_leases(engine: Engine) -> None:
    clock = Clock()
    store = Store(engine)
    store.feeds.sync_config([("https://a.example/1", "F1", [], True)], clock.now)
    a = _presence(engine, "a", clock)
    a.register()
    store.feeds.claim_due(clock.now, "a", timedelta(minutes=10), 1)
    a.unregister()
    assert list_instances(engine, clock.now) == []
    assert len(store.feeds.claim_due(clock.now, "b", timedelta(minutes=10), 1)) == 1


# --- the whole bot, several processes (slow) ----------------------------------------------------------

NEUTRAL = [
    "Markets steady as traders await central bank figures",
    "Museum reopens its modern art wing after renovation",
]
EMBARGO = (
    "Germany halts arms exports to Israel",
    "Germany will halt exports of military equipment to Israel that could be used in Gaza, "
    "Chancellor Friedrich Merz said.",
)


STRIKE_TOWNS = ("Khan Younis", "Rafah", "Gaza City", "Jabalia", "Deir el-Balah", "Nuseirat", "Beit Lahia",
                "Beit Hanoun", "Bureij", "Maghazi", "Shejaiya", "Zeitoun")  # fmt: skip


def feed_items(i: int, published: datetime) -> list[FeedItem]:
    """Three items per feed; every 25th feed reports its own air strike in its own town (one alert
    each: strikes in one town on one day would be one rising toll) and every 60th, from the 7th, the
    same embargo as the others (one alert, "also reported by")."""
    items = [
        FeedItem(
            title=f"{title} ({i})",
            link=f"https://news.example/{i}/n{k}",
            guid=f"f{i}-n{k}",
            description=f"{title}.",
            published=published,
        )
        for k, title in enumerate(NEUTRAL)
    ]
    if i % 25 == 0:
        count = 30 + i
        town = STRIKE_TOWNS[(i // 25) % len(STRIKE_TOWNS)]
        items.append(
            FeedItem(
                title=f"Air strike on {town} kills {count}",
                link=f"https://news.example/{i}/strike",
                guid=f"f{i}-strike",
                description=f"An Israeli air strike killed {count} people in {town} on Tuesday, medics said.",
                published=published,
            )
        )
    elif i % 60 == 7:
        items.append(
            FeedItem(
                title=EMBARGO[0],
                link=f"https://news.example/{i}/embargo",
                guid=f"f{i}-e",
                description=EMBARGO[1],
                published=published,
            )
        )
    else:
        items.append(
            FeedItem(
                title=f"Weather outlook ({i})",
                link=f"https://news.example/{i}/w",
                guid=f"f{i}-w",
                description="Sunny spells expected.",
                published=published,
            )
        )
    return items


def expected_alerts(feeds: int) -> int:
    return len(range(0, feeds, 25)) + (1 if feeds > 7 else 0)


def serve_feeds(server: FeedServer, feeds: int, *, slow_every: int = 10, slow_s: float = 4.0) -> list[str]:
    # Dated now: entries published within the hour before a feed's first poll are news, not backlog.
    published = datetime.now(UTC) - timedelta(minutes=5)
    urls = []
    for i in range(feeds):
        path = f"/feed/{i}.xml"
        # Some feeds answer slowly, so a poll cycle is still in flight when the kill comes.
        server.set_items(
            path,
            feed_items(i, published),
            title=f"Outlet {i}",
            delay_s=slow_s if i % slow_every == 3 else 0.0,
        )
        urls.append(server.url(path))
    return urls


def write_config(tmp: Path, urls: list[str], repo: Path) -> Path:
    feeds = "\n".join(f'  - {{url: "{u}", name: "Outlet {i}"}}' for i, u in enumerate(urls))
    config = tmp / "config.yaml"
    config.write_text(
        f"""
feeds:
{feeds}
destinations:
  - {{id: tg, telegram: {{chat_id: "{TG_CHAT}"}}}}
  - {{id: desk, slack: {{channel: "{SLACK_CHANNEL}"}}}}
routes:
  - {{triggers: [casualty, arms_embargo, recognition, keywords], severity: [low, medium, high],
     to: [tg, desk]}}
rules_dir: {TEST_RULES}
""",
        encoding="utf-8",
    )
    return config


@dataclass
class Instance:
    name: str
    proc: asyncio.subprocess.Process
    log: Path


class Fleet:
    def __init__(self, tmp: Path, env: dict[str, str]) -> None:
        self.tmp, self.env = tmp, env
        self.instances: list[Instance] = []

    async def start(self, name: str) -> Instance:
        log = self.tmp / f"{name}.{len(self.instances)}.log"
        env = {**self.env, "CONFLICT_ALERTS_INSTANCE": name, "PGAPPNAME": name}
        with log.open("wb") as out:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                env=env,
                cwd=self.tmp,
                stdout=out,
                stderr=out,
            )
        instance = Instance(name, proc, log)
        self.instances.append(instance)
        return instance

    def logs(self) -> str:
        return "\n".join(
            f"--- {i.name} ---\n" + i.log.read_text(errors="replace")[-3000:] for i in self.instances
        )

    async def stop_all(self) -> list[int | None]:
        codes = []
        for i in self.instances:
            if i.proc.returncode is None:
                i.proc.send_signal(signal.SIGTERM)
        for i in self.instances:
            try:
                codes.append(await asyncio.wait_for(i.proc.wait(), 30))
            except TimeoutError:
                i.proc.kill()
                codes.append(await i.proc.wait())
        return codes


def bot_env(tmp: Path, config: Path, db_url: str, tg: FakeTelegram, slack: FakeSlack) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "CONFLICT_ALERTS_"))
    }
    env.update(
        {
            "CONFLICT_ALERTS_CONFIG": str(config),
            "DATABASE_URL": db_url,
            "TELEGRAM_BOT_TOKEN": tg.token,
            "TELEGRAM_API_BASE_URL": tg.base_url,
            "SLACK_BOT_TOKEN": slack.token,
            "SLACK_API_URL": slack.base_url,
            "CONFLICT_ALERTS_HTTP_ENABLED": "false",
        }
    )
    return env


async def wait_until(
    check: Callable[[], Awaitable[str | None]], what: str, fleet: Fleet, limit_s: float
) -> None:
    """Poll `check` (None = done, else what is still missing) until done; fail with the logs if the
    generous limit passes. The limit is a hang guard, not a speed assertion."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit_s
    missing: str | None = "not checked"
    while loop.time() < deadline:
        missing = await check()
        if missing is None:
            return
        await asyncio.sleep(0.1)
    pytest.fail(f"{what}: still {missing}\n{fleet.logs()}")


def role_holder(engine: Engine, role: str) -> str | None:
    """Which instance holds a role, from pg_locks (application_name is the instance, via PGAPPNAME)."""
    key = lock_key(role)
    unsigned = key + (1 << 64) if key < 0 else key
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                " AND l.classid::bigint = :hi AND l.objid::bigint = :lo"
            ),
            {"hi": unsigned >> 32, "lo": unsigned & 0xFFFFFFFF},
        ).scalar()


class Progress:
    def __init__(self, engine: Engine, feeds: int, tg: FakeTelegram, slack: FakeSlack) -> None:
        self.engine, self.feeds, self.tg, self.slack = engine, feeds, tg, slack

    def tg_links(self) -> list[str]:
        return [
            m for msg in self.tg.messages if str(msg.chat_id) == TG_CHAT for m in LINK.findall(msg.text)[:1]
        ]

    def slack_links(self) -> list[str]:
        return [
            m
            for msg in self.slack.messages
            if msg.channel == SLACK_CHANNEL
            for m in LINK.findall(msg.text)[:1]
        ]

    async def missing(self) -> str | None:
        with self.engine.connect() as conn:
            polled = conn.execute(
                select(func.count()).where(t.feeds.c.last_polled_at.is_not(None))
            ).scalar_one()
            entries = conn.execute(select(func.count()).select_from(t.entries)).scalar_one()
            alerts = conn.execute(select(func.count()).select_from(t.alerts)).scalar_one()
            # Every row, edits included: an outlet polled late edits an alert already sent, and
            # the fleet must not be stopped with that edit still waiting.
            unsent = conn.execute(
                select(func.count()).where(t.outbox.c.status == OutboxStatus.PENDING.value)
            ).scalar_one()
        want = expected_alerts(self.feeds)
        state = (
            f"{polled}/{self.feeds} feeds polled, {entries}/{3 * self.feeds} entries, "
            f"{alerts}/{want} alerts, "
            f"{unsent} outbox rows pending, telegram {len(self.tg_links())}/{want}, "
            f"slack {len(self.slack_links())}/{want}"
        )
        done = (
            polled == self.feeds
            and entries == 3 * self.feeds
            and alerts >= want
            and unsent == 0
            and len(self.tg_links()) >= want
            and len(self.slack_links()) >= want
        )
        return None if done else state

    def check_exactly_once(self) -> None:
        want = expected_alerts(self.feeds)
        with self.engine.connect() as conn:
            dup_entries = conn.execute(
                select(t.entries.c.feed_id, t.entries.c.key, func.count())
                .group_by(t.entries.c.feed_id, t.entries.c.key)
                .having(func.count() > 1)
            ).all()
            per_feed = {
                fid: n
                for fid, n in conn.execute(
                    select(t.entries.c.feed_id, func.count()).group_by(t.entries.c.feed_id)
                )
            }
            alert_links = sorted(p["link"] for (p,) in conn.execute(select(t.alerts.c.payload)))
            sends = conn.execute(
                select(t.outbox.c.destination_id, t.outbox.c.alert_id, func.count())
                .where(t.outbox.c.action == "send")
                .group_by(t.outbox.c.destination_id, t.outbox.c.alert_id)
            ).all()
        assert dup_entries == []
        assert len(per_feed) == self.feeds and set(per_feed.values()) == {3}  # every entry, once
        assert len(alert_links) == want, alert_links  # one embargo alert across its outlets
        assert sorted(n for _, _, n in sends) == [1] * (2 * want)  # one send row per alert and destination
        # What the platforms received: each alert once per destination, nothing else.
        assert sorted(self.tg_links()) == alert_links
        assert sorted(self.slack_links()) == alert_links


@pytest.mark.slow
@pytest.mark.postgres
async def test_three_instances_share_the_work_and_survive_a_sigkill(
    tmp_path: Path, repo_root: Path, pg_url: str
) -> None:
    feeds = 300
    engine = make_engine(pg_url)
    async with (
        running_feed_server() as server,
        running_fake_telegram(timeout_delay=60.0) as tg,
        running_fake_slack() as slack,
    ):
        urls = serve_feeds(server, feeds)
        config = write_config(tmp_path, urls, repo_root)
        fleet = Fleet(tmp_path, bot_env(tmp_path, config, pg_url, tg, slack))
        progress = Progress(engine, feeds, tg, slack)
        tg.fail_next(1, "timeout", methods=("sendMessage",))  # the first send is held, never processed
        try:
            for name in ("scale-a", "scale-b", "scale-c"):
                await fleet.start(name)

            async def first_send_open() -> str | None:
                return None if any(m == "sendMessage" for m, _ in tg.requests) else "no Telegram send yet"

            await wait_until(first_send_open, "waiting for the first Telegram send", fleet, 60)
            victim = role_holder(engine, "deliver:telegram")
            assert victim is not None, fleet.logs()
            with engine.connect() as conn:
                in_flight = conn.execute(
                    select(func.count()).where(
                        t.outbox.c.lease_owner == victim, t.outbox.c.status == "pending"
                    )
                ).scalar_one()
            assert in_flight >= 1  # the held send is leased to the deliverer we kill
            [doomed] = [i for i in fleet.instances if i.name == victim]
            doomed.proc.send_signal(signal.SIGKILL)
            await doomed.proc.wait()

            await wait_until(progress.missing, "waiting for every entry and alert", fleet, 90)
            # A standby took the Telegram role, and the dead deliverer's in-flight row (its lease had
            # minutes to run) was handed over and sent once; the feeds it held were polled by the others.
            assert role_holder(engine, "deliver:telegram") not in (None, victim)
            progress.check_exactly_once()

            async def victim_released() -> str | None:
                dead = next(i for i in list_instances(engine) if i.id == victim)
                assert not dead.alive
                return None if dead.released_at is not None else "not released by the living"

            await wait_until(victim_released, "waiting for the dead instance's leases", fleet, 30)
        finally:
            codes = await fleet.stop_all()
        assert sorted(c for c in codes if c != -signal.SIGKILL) == [0, 0], fleet.logs()

        # The survivors stopped cleanly (rows removed); the killed one is shown as stale.
        status = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "status",
            env=fleet.env,
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await status.communicate()
        assert status.returncode == 0, err.decode()
        text_out = out.decode()
        assert "instances: 0 running, 1 stale" in text_out, text_out
        assert f"STALE   {victim}" in text_out and "its leases were released" in text_out, text_out
        assert "outbox: 0 pending" in text_out, text_out
    engine.dispose()


@pytest.mark.slow
async def test_one_sqlite_instance_restarted_after_sigkill_posts_each_alert_once(
    tmp_path: Path, repo_root: Path
) -> None:
    feeds = 60
    db_url = f"sqlite:///{tmp_path / 'state.sqlite3'}"
    async with (
        running_feed_server() as server,
        running_fake_telegram(timeout_delay=60.0) as tg,
        running_fake_slack() as slack,
    ):
        urls = serve_feeds(server, feeds)
        config = write_config(tmp_path, urls, repo_root)
        fleet = Fleet(tmp_path, bot_env(tmp_path, config, db_url, tg, slack))
        tg.fail_next(1, "timeout", methods=("sendMessage",))
        try:
            first = await fleet.start("solo")

            async def first_send_open() -> str | None:
                return None if any(m == "sendMessage" for m, _ in tg.requests) else "no Telegram send yet"

            await wait_until(first_send_open, "waiting for the first Telegram send", fleet, 60)
            first.proc.send_signal(signal.SIGKILL)
            await first.proc.wait()
            # Restarted under the same name (a container restarting): it takes back what its dead
            # predecessor held at once, instead of waiting for the leases to expire.
            await fleet.start("solo")
            engine = make_engine(db_url)
            progress = Progress(engine, feeds, tg, slack)
            await wait_until(progress.missing, "waiting for every entry and alert", fleet, 90)
            progress.check_exactly_once()
            engine.dispose()
        finally:
            codes = await fleet.stop_all()
        assert codes[-1] == 0, fleet.logs()
