"""parse_feed over every real feed in ../shared/feeds/real/, compared with recorded snapshots.

Each file's snapshot (tests/data/feeds/<file>.json) records what a reader would see: the feed title,
the problem reported, and per entry its key, title, link, published date and the start and hash of
its summary. A change to the parser that loses or alters data fails here; if the change is intended,
regenerate and review the diff:

    UPDATE_FEED_SNAPSHOTS=1 .venv/bin/pytest tests/unit/test_parse_real_feeds.py

The corpus lives beside the repository (<repo>/../shared/feeds/real, as in CI); without it these
tests are skipped with a message saying where they looked.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import pytest

from bot.core.parse import ParsedFeed, parse_feed

REPO = Path(__file__).resolve().parents[2]
CORPUS = (REPO.parent / "shared" / "feeds" / "real").resolve()
SNAPSHOTS = REPO / "tests" / "data" / "feeds"
UPDATE = os.environ.get("UPDATE_FEED_SNAPSHOTS") == "1"
# A fixed "now" after every item in the corpus, so the future-date rule is exercised deterministically.
NOW = datetime(2026, 9, 1, tzinfo=UTC)
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")

FILES = (
    []
    if not CORPUS.is_dir()
    else sorted(p.name for p in CORPUS.iterdir() if p.is_file() and p.suffix != ".md")
)

if not FILES:
    pytest.skip(
        f"REAL FEED CORPUS NOT FOUND at {CORPUS}: parser snapshot tests did not run "
        "(clone the repository next to the shared/ folder)",
        allow_module_level=True,
    )


def _parse(name: str) -> ParsedFeed:
    body = (CORPUS / name).read_bytes()
    return parse_feed(body, feed_id=name, url=f"https://feeds.example/{name}", source="", now=NOW)


def _snapshot(name: str, parsed: ParsedFeed) -> dict[str, Any]:
    return {
        "file": name,
        "title": parsed.title,
        "problem": parsed.problem,
        "ttl_minutes": parsed.ttl_minutes,
        "entry_count": len(parsed.entries),
        "entries": [
            {
                "key": e.key,
                "title": e.title,
                "link": e.link,
                "published": e.published.isoformat() if e.published else None,
                "source": e.source,
                "summary_start": e.summary[:80],
                "summary_chars": len(e.summary),
                "summary_sha256": hashlib.sha256(e.summary.encode("utf-8", "surrogatepass")).hexdigest()[:16],
            }
            for e in parsed.entries
        ],
    }


@pytest.mark.parametrize("name", FILES)
def test_parse_matches_snapshot(name: str) -> None:
    actual = _snapshot(name, _parse(name))
    path = SNAPSHOTS / f"{name}.json"
    if UPDATE:
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"no snapshot for {name}: run with UPDATE_FEED_SNAPSHOTS=1 and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual["entry_count"] == expected["entry_count"], "entries were lost or gained"
    for got, want in zip(actual["entries"], expected["entries"], strict=True):
        assert got == want
    assert actual == expected


def test_every_snapshot_has_its_feed() -> None:
    stale = sorted(p.name.removesuffix(".json") for p in SNAPSHOTS.glob("*.json"))
    assert [n for n in stale if n not in FILES] == []


@pytest.mark.parametrize("name", FILES)
def test_entries_look_like_what_a_reader_sees(name: str) -> None:
    parsed = _parse(name)
    reference = feedparser.parse(io_bytes(name))
    # nothing feedparser found with any visible content is lost
    fields = ("title", "summary", "link", "content")
    visible = [e for e in reference.entries if any(e.get(f) for f in fields)]
    assert len(parsed.entries) >= len(visible) - _duplicates(visible)
    for entry in parsed.entries:
        assert entry.title == entry.title.strip() and "  " not in entry.title
        assert not TAG.search(entry.summary), entry.summary[:200]
        assert not TAG.search(entry.title), entry.title
        assert entry.link == "" or entry.link.startswith(("http://", "https://"))
        assert "#" not in entry.link
        assert "utm_" not in entry.link
        assert entry.published is None or entry.published.tzinfo is UTC
        assert entry.published is None or entry.published <= NOW
        assert entry.key
        assert entry.source
    # titles survive where feedparser has them
    titled = sum(1 for e in reference.entries if (e.get("title") or "").strip())
    assert sum(1 for e in parsed.entries if e.title) >= titled - _duplicates(reference.entries)
    keys = [e.key for e in parsed.entries]
    assert len(keys) == len(set(keys)), "keys must be unique within one document"


def io_bytes(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


def _duplicates(entries: list[Any]) -> int:
    """Entries that repeat an earlier one's id and link (we keep the first)."""
    seen: set[tuple[str, str]] = set()
    dups = 0
    for e in entries:
        key = (str(e.get("id") or ""), str(e.get("link") or ""))
        if key != ("", "") and key in seen:
            dups += 1
        seen.add(key)
    return dups
