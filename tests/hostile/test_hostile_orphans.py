"""A SIGKILLed `run` leaves nothing behind: its forkserver, parse worker and resource tracker go
with it (each would otherwise hold tens of megabytes forever, more with every crash loop)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.feed_server import FeedItem, running_feed_server

pytestmark = pytest.mark.skipif(
    not Path("/proc").is_dir() or (os.cpu_count() or 1) < 2, reason="Linux, 2+ CPUs"
)
WAIT_S = 60.0  # an upper bound for the children to go, not an expectation of speed


def descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier and p not in found}
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


async def until(check: object, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_S
    while not check():  # type: ignore[operator]
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def test_no_child_outlives_a_sigkilled_run(tmp_path: Path, repo_root: Path) -> None:
    async with running_feed_server() as feeds:
        feeds.set_items(
            "/f.xml", [FeedItem("Ceasefire talks resume", "https://news.example/1", "Talks", "1")]
        )
        config = tmp_path / "config.yaml"
        config.write_text(
            f'feeds:\n  - {{url: "{feeds.url("/f.xml")}", name: F}}\n'
            f"destinations:\n  - {{id: console, console: {{}}}}\nrules_dir: {repo_root / 'rules'}\n",
            encoding="utf-8",
        )
        env = {
            **os.environ,
            "CONFLICT_ALERTS_HTTP_ENABLED": "false",
            "DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}",
        }
        run = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--config", str(config)],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        children: set[int] = set()
        try:

            def worker_started() -> bool:
                children.update(descendants(run.pid))
                return bool(feeds.requests_for("/f.xml")) and len(children) >= 3

            await until(worker_started, "the forkserver, parse worker and resource tracker")
            run.send_signal(signal.SIGKILL)
            run.wait()
            await until(lambda: not any(alive(p) for p in children), "every child of the killed run to exit")
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
            for pid in children:  # whatever is left is this test's own doing: clean it up
                if alive(pid):
                    os.kill(pid, signal.SIGKILL)
