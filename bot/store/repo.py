"""The store: one object that hands out the queries of each concern, all on one engine.

    store.feeds     bot/store/feeds.py     the feeds table: config sync, leases, poll outcomes
    store.entries   bot/store/entries.py   the seen-filter, alerts, and the entry's unit of work
    store.outbox    bot/store/outbox.py    claims, delivery outcomes, digests, paused destinations
    store.status    bot/store/status.py    read-only queries for health, metrics and the status page
    store.tolls     bot/store/tolls.py     running tolls (casualty series) and their history, read-only

Chat subscriptions and settings are `bot/store/subscriptions.py`; instances and singleton roles
`bot/store/instances.py` and `bot/store/locks.py`. No decision is made here: who hears what is
`bot/core/plan.py`, what is news `bot/core/resolve.py`.
"""

from __future__ import annotations

from sqlalchemy import Engine

from bot.store.entries import EntryStore
from bot.store.feeds import FeedStore
from bot.store.outbox import OutboxStore
from bot.store.status import StatusQueries
from bot.store.tolls import TollStore


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.feeds = FeedStore(engine)
        self.entries = EntryStore(engine)
        self.outbox = OutboxStore(engine)
        self.status = StatusQueries(engine)
        self.tolls = TollStore(engine)
