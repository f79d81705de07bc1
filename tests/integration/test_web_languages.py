"""The status page says which language each feed is written in, and that a feed in a language without
a lexicon is not read (its items cost one script scan and give no facts)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from bot.core.judge import Judgment
from bot.core.model import Entry
from bot.metrics import Metrics
from bot.record import record_entry
from bot.status_page import snapshot
from bot.store.db import make_engine, upgrade
from bot.store.repo import Store
from bot.web import HttpOptions, WebServer

NOW = datetime(2025, 8, 12, 9, 0, tzinfo=UTC)


async def test_feeds_show_their_language_and_whether_it_is_read(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'state.db'}")
    upgrade(engine)
    store = Store(engine)
    store.feeds.sync_config(
        [
            ("https://bn.example.org/feed", "Dhaka Daily", [], True),
            ("https://uk.example.org/feed", "Kyiv News", [], True),
        ],
        NOW - timedelta(days=1),
    )
    ids = {f.name: f.id for f in store.feeds.all()}
    titles = {
        "Dhaka Daily": ["ঢাকায় নতুন সেতুর উদ্বোধন করলেন প্রধানমন্ত্রী", "বৃষ্টিতে শহরের রাস্তায় জলাবদ্ধতা"],
        "Kyiv News": ["У Києві відкрили нову станцію метро", "Уряд ухвалив бюджет на наступний рік"],
    }
    for name, texts in titles.items():
        for i, title in enumerate(texts):
            entry = Entry(ids[name], f"{name}-{i}", title, "", f"https://x.example/{name}/{i}", NOW, name)
            record_entry(store, entry, Judgment((), ()), lambda _a: [], NOW, baseline=False)
    snap = snapshot(store, NOW, None)
    languages = {f.name: (f.language, f.read) for f in snap.feeds}
    assert languages == {"Dhaka Daily": ("Bengali", False), "Kyiv News": ("Ukrainian", True)}
    server = WebServer(HttpOptions(host="127.0.0.1", port=0, token=None), store, Metrics(), clock=lambda: NOW)
    await server.start()
    try:
        async with aiohttp.ClientSession() as http, http.get(f"{server.url}/") as r:
            html = await r.text()
    finally:
        await server.stop()
    assert "Bengali · unread: no lexicon for this language" in html
    assert 'data-read="yes">Ukrainian</span>' in html
