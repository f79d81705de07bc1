"""The first run must be visible: `run --once` ends with a summary (and exits 1 when every feed
failed), the first poll says how many old entries it took as the baseline, and the offline demo of the
README prints alerts from examples/. Real subprocesses, feeds served on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tests.conftest import REPO
from tests.fakes.feed_server import running_feed_server

pytestmark = pytest.mark.slow

EXAMPLE = REPO / "examples" / "world-desk.xml"


def _rss(items: list[tuple[str, str, datetime]]) -> bytes:
    body = "".join(
        f"<item><guid>{escape(guid)}</guid><title>{escape(title)}</title><description>{escape(title)}"
        f"</description><link>https://post.example/{guid}</link><pubDate>{format_datetime(when)}</pubDate></item>"
        for guid, title, when in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Post</title>'
        f"<link>https://post.example/</link><description>news</description>{body}</channel></rss>"
    ).encode()


def _rules(folder: Path) -> Path:
    rules = folder / "rules"
    rules.mkdir()
    (rules / "truce.yaml").write_text(
        "- id: truce\n  trigger: keywords\n  severity: high\n  fields: [title]\n  any: [ceasefire]\n",
        encoding="utf-8",
    )
    return rules


def _config(folder: Path, feed_urls: list[str]) -> Path:
    feeds = "".join(f"  - {{url: '{url}', name: Feed {i}}}\n" for i, url in enumerate(feed_urls))
    config = folder / "config.yaml"
    config.write_text(
        f"feeds:\n{feeds}destinations:\n  - {{id: console, console: {{}}}}\n"
        "routes:\n  - {triggers: [keywords], severity: [high], to: [console]}\n"
        f"rules_dir: {_rules(folder)}\n",
        encoding="utf-8",
    )
    return config


def _env(config: Path, folder: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "SLACK_", "DATABASE_URL", "CONFLICT_ALERTS_"))
    }
    env.update(
        CONFLICT_ALERTS_CONFIG=str(config),
        DATABASE_URL=f"sqlite:///{folder / 'state.sqlite3'}",
        CONFLICT_ALERTS_HTTP_ENABLED="false",
    )
    return env


async def _cli(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=120)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_run_once_ends_with_a_summary_and_logs_the_baseline(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    old = [(f"old-{i}", f"Ceasefire talks, day {i}", now - timedelta(hours=3, minutes=i)) for i in range(3)]
    fresh = [("new-1", "Ceasefire agreed in the valley", now - timedelta(minutes=5))]
    quiet = [("q-1", "Harvest festival opens", now - timedelta(minutes=20))]
    async with running_feed_server() as feeds:
        feeds.set_feed("/a.xml", _rss(old + fresh))
        feeds.set_feed("/b.xml", _rss(quiet))
        config = _config(tmp_path, [feeds.url("/a.xml"), feeds.url("/b.xml")])

        code, out, err = await _cli(["run", "--once"], _env(config, tmp_path), tmp_path)

    assert code == 0, err
    assert "Traceback" not in err
    assert "Ceasefire agreed in the valley" in out
    assert "Ceasefire talks" not in out
    assert "Feed 0: first poll, 3 entries older than an hour taken as already seen" in err
    assert err.strip().splitlines()[-1] == (
        "2 feeds polled, 0 failed; 5 entries seen, 3 taken as the starting baseline; "
        "1 alert created, 1 delivered, 0 queued"
    )


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_run_once_exits_1_when_every_feed_failed(tmp_path: Path) -> None:
    async with running_feed_server() as feeds:
        feeds.set_status("/gone.xml", 404)
        urls = [feeds.url("/gone.xml"), f"http://127.0.0.1:{_closed_port()}/feed.xml"]
        config = _config(tmp_path, urls)

        code, _, err = await _cli(["run", "--once"], _env(config, tmp_path), tmp_path)

    assert code == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines[-2] == (
        "2 feeds polled, 2 failed; 0 entries seen, 0 taken as the starting baseline; "
        "0 alerts created, 0 delivered, 0 queued"
    )
    assert lines[-1] == "every feed failed: see the errors above, or `conflict-alerts feeds` for each one"


async def test_the_offline_demo_prints_alerts_from_the_example_feed(tmp_path: Path) -> None:
    """README's first step, with the tests' own rules: every trigger fires on the example feed, the
    alerts are printed, and nothing is written (the demo keeps its state in memory)."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "demo.yaml").write_text(
        "- {id: deaths, trigger: casualty, severity: high, when: {kind: [killed]}}\n"
        "- {id: embargoes, trigger: arms_embargo, severity: medium}\n"
        "- {id: recognitions, trigger: recognition, severity: medium}\n",
        encoding="utf-8",
    )
    config = tmp_path / "conflict-alerts.yaml"
    config.write_text(
        "feeds: []\ndestinations:\n  - {id: console, console: {}}\n"
        "routes:\n  - {triggers: [casualty, arms_embargo, recognition], severity: [medium, high], "
        f"to: [console]}}\nrules_dir: {rules}\n",
        encoding="utf-8",
    )
    env = _env(config, tmp_path)
    del env["DATABASE_URL"]

    code, out, err = await _cli(["replay", str(EXAMPLE), "-q"], env, tmp_path)

    assert code == 0, err
    assert "Traceback" not in err
    assert "Casualties · Khan Younis" in out and "Casualties · El Fasher" in out
    assert "Arms embargo · Spain → Israel" in out
    assert "Recognition · Palestine" in out and "Portugal" in out
    assert "Rail strike" not in out and "Heatwave" not in out
    assert err.strip() == "4 alerts from 1 file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["conflict-alerts.yaml", "rules"]


async def test_replay_of_a_file_that_is_no_feed_exits_1_in_one_line(tmp_path: Path) -> None:
    """A script that replays the wrong file must see a failure, not '0 alerts' and exit 0."""
    config = tmp_path / "conflict-alerts.yaml"
    config.write_text(
        f"feeds: []\ndestinations:\n  - {{id: console, console: {{}}}}\nrules_dir: {_rules(tmp_path)}\n",
        encoding="utf-8",
    )
    not_a_feed = tmp_path / "notes.txt"
    not_a_feed.write_text("root:x:0:0:root:/root:/bin/bash\nplain text, no feed here\n", encoding="utf-8")
    env = _env(config, tmp_path)
    del env["DATABASE_URL"]

    code, _out, err = await _cli(["replay", str(not_a_feed), "-q"], env, tmp_path)

    assert code == 1
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("no file given is an RSS or Atom feed")
