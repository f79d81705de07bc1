"""The store on both databases: migrations, de-duplication at the boundary, the transactional outbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from bot.core.judge import Judgment
from bot.core.model import ArmsEmbargo, Destination, Entry, Platform, RuleMatch, Severity, Trigger
from bot.core.schedule import RecentEntries
from bot.record import record_entry
from bot.store import schema as t
from bot.store.db import current_revision, head_revision, make_engine, upgrade
from bot.store.entries import UnmatchedEntry
from bot.store.repo import Store
from bot.store.schema import metadata
from tests.fakes.postgres import throwaway_postgres

NOW = datetime(2025, 8, 12, 9, tzinfo=UTC)
DEST = Destination("desk", Platform.SLACK, "C1")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
        upgrade(engine)
        yield Store(engine)
        engine.dispose()
        return
    with throwaway_postgres(request.getfixturevalue("postgres_url")) as url:
        engine = make_engine(url)
        try:
            upgrade(engine)
            yield Store(engine)
        finally:
            engine.dispose()


def test_migrations_create_exactly_the_declared_schema(store: Store) -> None:
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_upgrade_is_idempotent(store: Store) -> None:
    upgrade(store.engine)
    assert current_revision(store.engine) == head_revision()


def _entry(feed_id: str, key: str, link: str) -> Entry:
    return Entry(feed_id, key, "Germany halts arms exports", "summary", link, NOW, "Outlet")


def _record(store: Store, e: Entry) -> int:
    fact = ArmsEmbargo("Germany", "Israel", "partial")
    match = RuleMatch("embargo", Trigger.ARMS_EMBARGO, Severity.HIGH, (), (fact,))
    outcome = record_entry(store, e, Judgment((fact,), (match,)), lambda a: [DEST], NOW, baseline=False)
    return len(outcome.alerts) if outcome.new else -1


def test_an_entry_is_new_once_by_key_or_by_link(store: Store) -> None:
    store.feeds.sync_config([("https://a.example/feed", "A", [], True)], NOW)
    [feed] = store.feeds.all()
    assert _record(store, _entry(feed.id, "guid-1", "https://a.example/1")) == 1
    assert _record(store, _entry(feed.id, "guid-1", "https://a.example/1")) == -1
    # The publisher changed the guid but the link is the same story.
    assert _record(store, _entry(feed.id, "guid-2", "https://a.example/1")) == -1


def test_entries_no_rule_matched_are_recorded_together_and_new_once(store: Store) -> None:
    store.feeds.sync_config([("https://a.example/feed", "A", [], True)], NOW)
    [feed] = store.feeds.all()
    assert _record(store, _entry(feed.id, "guid-1", "https://a.example/1")) == 1
    batch = [
        UnmatchedEntry(_entry(feed.id, "guid-1", "https://a.example/9"), (), False, None),  # key seen
        UnmatchedEntry(_entry(feed.id, "guid-2", "https://a.example/1"), (), False, None),  # link seen
        UnmatchedEntry(_entry(feed.id, "guid-3", "https://a.example/3"), (), True, "baseline: why"),
        UnmatchedEntry(_entry(feed.id, "guid-4", "https://a.example/3"), (), False, None),  # link, same batch
        UnmatchedEntry(_entry(feed.id, "guid-5", ""), (), False, None),
    ]
    assert store.entries.mark_seen_many(batch, NOW) == {"guid-3", "guid-5"}
    assert store.entries.mark_seen_many(batch, NOW) == set()
    known = store.entries.known_keys(feed.id, [b.entry for b in batch])
    assert {key for key, _ in known} == {"guid-1", "guid-3", "guid-5"}
    with store.engine.connect() as conn:
        explain = dict(conn.execute(select(t.entries.c.key, t.entries.c.explain)).all())
    assert explain["guid-3"] == "baseline: why" and explain["guid-5"] is None


def test_the_publishing_rate_read_in_sql_is_the_rate_of_the_entry_times(store: Store) -> None:
    store.feeds.sync_config([(f"https://{n}.example/f", n, [], True) for n in "AB"], NOW)
    a, b = (f.id for f in store.feeds.all())
    published = [NOW - timedelta(hours=h) for h in (0.5, 2, 30, 100)] + [NOW + timedelta(hours=1), None]
    batch = [
        UnmatchedEntry(Entry(a, f"k{i}", "t", "s", f"https://a.example/{i}", when, "A"), (), False, None)
        for i, when in enumerate(published)
    ]
    store.entries.mark_seen_many(batch, NOW - timedelta(hours=1))
    since = NOW - timedelta(days=7)
    summaries = store.feeds.recent_entries_many([a, b], since, NOW)
    assert summaries[a] == RecentEntries.of(store.feeds.recent_entry_times(a, since), NOW)
    windows = ((3, NOW - timedelta(hours=2)), (5, NOW - timedelta(hours=100)))  # 24 hours, 7 days
    assert summaries[a] == RecentEntries(6, 5, windows)
    assert summaries[b] == RecentEntries(0, 0, ((0, None), (0, None)))


def test_alert_and_outbox_rows_are_written_together_and_claimed_once(store: Store) -> None:
    store.feeds.sync_config([("https://a.example/feed", "A", [], True)], NOW)
    [feed] = store.feeds.all()
    _record(store, _entry(feed.id, "g", "https://a.example/g"))
    first = store.outbox.claim(NOW, "one", timedelta(minutes=5), ["slack"])
    second = store.outbox.claim(NOW, "two", timedelta(minutes=5), ["slack"])
    assert len(first) == 1 and second == []
    # A lease that expired (its holder died mid-send) makes the unsent row claimable again.
    again = store.outbox.claim(NOW + timedelta(minutes=10), "two", timedelta(minutes=5), ["slack"])
    assert [r.id for r in again] == [first[0].id]
    store.outbox.mark_sent(first[0].id, "C1:1.0", NOW)
    assert store.status.outbox_summary(NOW)["sent"] == 1
    assert store.outbox.claim(NOW + timedelta(minutes=30), "two", timedelta(minutes=5), ["slack"]) == []
    # The same event from a later report: no new send, an edit of the posted message.
    _record(store, Entry(feed.id, "h", "t", "s", "https://b.example/h", NOW, "Other outlet"))
    [edit] = store.outbox.claim(NOW, "two", timedelta(minutes=5), ["slack"])
    assert (edit.action, edit.message_id) == ("edit", "C1:1.0")


def test_parking_pauses_the_destination_and_resume_retries(store: Store) -> None:
    store.feeds.sync_config([("https://a.example/feed", "A", [], True)], NOW)
    [feed] = store.feeds.all()
    _record(store, _entry(feed.id, "g", "https://a.example/g"))
    [row] = store.outbox.claim(NOW, "one", timedelta(minutes=5), ["slack"])
    store.outbox.park(row.id, row.destination_id, "channel_not_found", NOW)
    assert store.outbox.paused_destinations() == {"desk": "channel_not_found"}
    assert store.outbox.claim(NOW, "one", timedelta(minutes=5), ["slack"]) == []
    store.outbox.set_paused("desk", False, None, NOW)
    assert len(store.outbox.claim(NOW, "one", timedelta(minutes=5), ["slack"])) == 1


def test_due_feeds_are_leased_to_one_owner(store: Store) -> None:
    store.feeds.sync_config([(f"https://a.example/{i}", f"F{i}", [], True) for i in range(5)], NOW)
    a = store.feeds.claim_due(NOW, "a", timedelta(minutes=1), 3)
    b = store.feeds.claim_due(NOW, "b", timedelta(minutes=1), 10)
    assert len(a) == 3 and len(b) == 2 and not {f.id for f in a} & {f.id for f in b}
    # The lease expires when its owner dies.
    c = store.feeds.claim_due(NOW + timedelta(minutes=2), "c", timedelta(minutes=1), 10)
    assert len(c) == 5


def test_a_singleton_role_has_one_holder_and_passes_on_when_it_goes(store: Store) -> None:
    from bot.store.locks import SingletonRole

    first = SingletonRole(store.engine, "deliver:telegram")
    second = SingletonRole(store.engine, "deliver:telegram")
    assert first.try_acquire()
    if store.engine.dialect.name == "sqlite":
        assert second.try_acquire()  # one instance per SQLite file: the role is always granted
        return
    assert not second.try_acquire()
    assert first.try_acquire()  # holding it again is a no-op
    first.release()
    assert second.try_acquire()
    second.release()
