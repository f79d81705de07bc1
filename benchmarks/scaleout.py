"""Scale-out on PostgreSQL: poll-cycle throughput with 1, 2 and 3 instances, and takeover after a kill.

    .venv/bin/python benchmarks/scaleout.py                       # 1000 feeds, 1-3 instances, 3 kills
    .venv/bin/python benchmarks/scaleout.py --feeds 2000 --instances 1,2,3,4 --takeovers 5
    CONFLICT_ALERTS_BENCH_POSTGRES_URL=postgresql+psycopg://u@host/db .venv/bin/python benchmarks/scaleout.py

Each measurement gets a throwaway database on the server (created and dropped here).

**Throughput.** The feeds are served by benchmarks/_feedfarm.py in its own process (the mix described
there: most behind an ETag, 10% changing, some slow, dripping or failing; 30 items each). N worker
processes each build the bot's composition root (`bot.app.running_bot`, default settings,
`hot_reload: false`) on the same database, report ready, and on "go" run `Pipeline.poll_due()`, the
tick's own call, which claims due feeds under `FOR UPDATE SKIP LOCKED` leases, again and again until
no feed is due.
Two cycles, both timed from "go" to the last worker's return:

1. cold: every feed new to the database (every entry parsed, judged and stored: the baseline);
2. steady: the farm advances (the changing feeds publish), every feed is made due again, and the
   cycle runs: mostly 304s, plus the new entries.

CPU seconds are read from /proc for the workers and the farm; PostgreSQL's own backends are not
counted (they run on the same two cores).

**Takeover.** Two real `python -m bot run` processes on a fresh database, a fake feed with one
alerting item, the fake Telegram server holding the first send unanswered. The instance holding
`deliver:telegram` is SIGKILLed while that send is open; measured from the kill: (a) until the other
instance holds the role (pg_locks, polled every 10 ms); (b) until the held alert reaches the fake
Telegram server from the standby (its row leased by the dead instance is released by the survivor's
heartbeat, `bot/store/instances.py`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text, update
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _feedfarm import FarmClient, config_yaml  # noqa: E402
from _progress import Bar, progress_bar  # noqa: E402

from bot.store import schema as t  # noqa: E402
from bot.store.db import make_engine, upgrade  # noqa: E402
from bot.store.locks import lock_key  # noqa: E402
from tests.fakes.postgres import throwaway_postgres  # noqa: E402

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TICKS = os.sysconf("SC_CLK_TCK")


def proc_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS



# --- worker (a child process) ---------------------------------------------------------------------------


async def worker(config_path: Path) -> None:
    """Reads commands on stdin: "poll" runs one Pipeline.poll_due() and prints a JSON line; "quit"."""
    from bot.app import running_bot
    from bot.config import load_config
    from bot.settings import Settings

    settings = Settings.from_env(config_path=config_path)
    async with running_bot(settings, load_config(config_path)) as bot:
        print("READY", flush=True)
        loop = asyncio.get_running_loop()
        while True:
            line = (await loop.run_in_executor(None, sys.stdin.readline)).strip()
            if line != "poll":
                break
            c0, w0 = time.process_time(), time.perf_counter()
            reports = []
            # poll_due stops claiming after MAX_CLAIMING_S (the tick's bound); go on until none is due.
            while batch := await bot.pipeline.poll_due():
                reports.extend(batch)
            print(json.dumps({
                "feeds": len(reports),
                "entries": sum(r.entries for r in reports),
                "wall": time.perf_counter() - w0,
                "cpu": time.process_time() - c0,
            }), flush=True)  # fmt: skip


# --- throughput -----------------------------------------------------------------------------------------


async def start_workers(n: int, config: Path, db_url: str) -> list[asyncio.subprocess.Process]:
    procs = []
    for i in range(n):
        env = {**os.environ, "DATABASE_URL": db_url, "CONFLICT_ALERTS_INSTANCE": f"bench-{i}",
               "CONFLICT_ALERTS_HTTP_ENABLED": "false", "PGAPPNAME": f"bench-{i}"}  # fmt: skip
        env.pop("TELEGRAM_BOT_TOKEN", None)
        env.pop("SLACK_BOT_TOKEN", None)
        procs.append(await asyncio.create_subprocess_exec(
            sys.executable, __file__, "worker", str(config), env=env,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        ))  # fmt: skip
    for p in procs:
        assert p.stdout is not None
        line = await asyncio.wait_for(p.stdout.readline(), 120)
        if line.strip() != b"READY":
            raise RuntimeError(f"a worker did not start: {line!r}")
    return procs


async def cycle(procs: list[asyncio.subprocess.Process], farm_pid: int) -> dict[str, float]:
    cpu0 = sum(proc_cpu_s(p.pid) for p in procs)
    farm0 = proc_cpu_s(farm_pid)
    w0 = time.perf_counter()
    for p in procs:
        assert p.stdin is not None
        p.stdin.write(b"poll\n")
        await p.stdin.drain()
    results = []
    for p in procs:
        assert p.stdout is not None
        results.append(json.loads(await p.stdout.readline()))
    wall = time.perf_counter() - w0
    return {
        "wall": wall,
        "feeds": sum(r["feeds"] for r in results),
        "entries": sum(r["entries"] for r in results),
        "split": [r["feeds"] for r in results],  # type: ignore[dict-item]
        "cpu": sum(proc_cpu_s(p.pid) for p in procs) - cpu0,
        "farm_cpu": proc_cpu_s(farm_pid) - farm0,
        "load": "/".join(f"{x:.1f}" for x in os.getloadavg()[:2]),  # type: ignore[dict-item]
    }


async def throughput(pg: str, feeds: int, counts: list[int], bar: Bar) -> None:
    print(f"\n## Poll-cycle throughput: {feeds} feeds, {os.cpu_count()} CPUs\n")
    print(
        "| instances | cycle | wall s | cycles/s | feeds/s | entries stored | feeds per instance "
        "| workers CPU s | farm CPU s | load average |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n in counts:
        bar.update(f"{n} instance(s): starting, cold cycle")
        farm = FarmClient(feeds, seed=1, t0=datetime.now(UTC) - timedelta(hours=2))
        tmp = tempfile.mkdtemp(prefix="ca-scaleout-")
        try:
            config = Path(tmp) / "bench.yaml"
            config.write_text(config_yaml(farm.urls(), ROOT / "rules"), encoding="utf-8")
            with throwaway_postgres(pg, "ca_bench") as db_url:
                engine = make_engine(db_url)
                upgrade(engine)
                procs = await start_workers(n, config, db_url)
                try:
                    cold = await cycle(procs, farm.proc.pid)
                    cold["entries"] = _count(engine, t.entries)
                    bar.advance()
                    bar.update(f"{n} instance(s): steady cycle")
                    await asyncio.to_thread(farm.advance)
                    before = _count(engine, t.entries)
                    with engine.begin() as conn:
                        conn.execute(update(t.feeds).values(next_poll_at=datetime.now(UTC)))
                    steady = await cycle(procs, farm.proc.pid)
                    steady["entries"] = _count(engine, t.entries) - before
                    bar.advance()
                finally:
                    for p in procs:
                        if p.stdin is not None:
                            p.stdin.write(b"quit\n")
                    for p in procs:
                        try:
                            await asyncio.wait_for(p.wait(), 30)
                        except TimeoutError:
                            p.kill()
                    engine.dispose()
            for name, r in (("cold", cold), ("steady", steady)):
                split = "/".join(str(s) for s in r["split"])  # type: ignore[union-attr]
                print(
                    f"| {n} | {name} | {r['wall']:.2f} | {1 / r['wall']:.3f} | {r['feeds'] / r['wall']:.0f} "
                    f"| {r['entries']:.0f} | {split} | {r['cpu']:.1f} | {r['farm_cpu']:.1f} | {r['load']} |",
                    flush=True,
                )
        finally:
            farm.close()


def _count(engine: object, table: object) -> int:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


# --- takeover -------------------------------------------------------------------------------------------


def role_holder(engine: object, role: str) -> str | None:
    key = lock_key(role)
    unsigned = key + (1 << 64) if key < 0 else key
    with engine.connect() as conn:  # type: ignore[attr-defined]
        value = conn.execute(
            text(
                "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                " AND l.classid::bigint = :hi AND l.objid::bigint = :lo"
                " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            ),
            {"hi": unsigned >> 32, "lo": unsigned & 0xFFFFFFFF},
        ).scalar()
    return str(value) if value is not None else None


async def takeover_once(pg: str, tmp: Path) -> tuple[float, float]:
    from tests.fakes.feed_server import FeedItem, running_feed_server
    from tests.fakes.telegram_api import running_fake_telegram

    async with running_feed_server() as server, running_fake_telegram(timeout_delay=60.0) as tg:
        server.set_items("/f.xml", [FeedItem(
            title="Air strike on Khan Younis", link="https://news.example/strike", guid="s1",
            description="An Israeli air strike killed 31 people in Khan Younis on Tuesday, medics said.",
            published=datetime.now(UTC) - timedelta(minutes=5),
        )])  # fmt: skip
        config = tmp / "takeover.yaml"
        config.write_text(
            f'feeds:\n  - {{url: "{server.url("/f.xml")}", name: Outlet}}\n'
            'destinations:\n  - {id: tg, telegram: {chat_id: "424242"}}\n'
            "routes:\n  - {triggers: [casualty], to: [tg]}\n"
            f"rules_dir: {ROOT / 'rules'}\nsettings:\n  hot_reload: false\n",
            encoding="utf-8",
        )
        tg.fail_next(1, "timeout", methods=("sendMessage",))
        with throwaway_postgres(pg, "ca_bench") as db_url:
            engine = make_engine(db_url)
            procs: dict[str, asyncio.subprocess.Process] = {}
            try:
                for name in ("standby-a", "standby-b"):
                    env = {**os.environ, "DATABASE_URL": db_url, "CONFLICT_ALERTS_CONFIG": str(config),
                           "CONFLICT_ALERTS_INSTANCE": name, "PGAPPNAME": name,
                           "CONFLICT_ALERTS_HTTP_ENABLED": "false", "TELEGRAM_BOT_TOKEN": tg.token,
                           "TELEGRAM_API_BASE_URL": tg.base_url}  # fmt: skip
                    procs[name] = await asyncio.create_subprocess_exec(
                        sys.executable,
                        "-m",
                        "bot",
                        "run",
                        "-q",
                        env=env,
                        cwd=tmp,
                        stdout=asyncio.subprocess.DEVNULL,
                        stderr=asyncio.subprocess.DEVNULL,
                    )
                while not any(m == "sendMessage" for m, _ in tg.requests):
                    await asyncio.sleep(0.01)
                victim = role_holder(engine, "deliver:telegram")
                assert victim in procs, victim
                procs[victim].send_signal(signal.SIGKILL)
                killed = time.perf_counter()
                await procs[victim].wait()
                role_s = None
                while not tg.messages:
                    if role_s is None:
                        holder = await asyncio.to_thread(role_holder, engine, "deliver:telegram")
                        if holder not in (None, victim):
                            role_s = time.perf_counter() - killed
                    await asyncio.sleep(0.01)
                sent_s = time.perf_counter() - killed
                return (role_s if role_s is not None else sent_s), sent_s
            finally:
                for p in procs.values():
                    if p.returncode is None:
                        p.send_signal(signal.SIGTERM)
                for p in procs.values():
                    await p.wait()
                engine.dispose()


async def takeover(pg: str, repeats: int, bar: Bar) -> None:
    print(f"\n## Takeover after SIGKILL of the Telegram deliverer ({repeats} runs)\n")
    print("| run | role taken by the standby, s | held alert delivered by the standby, s |")
    print("|---|---|---|")
    roles, sends = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(1, repeats + 1):
            bar.update(f"takeover {run}/{repeats}")
            role_s, sent_s = await takeover_once(pg, Path(tmp))
            bar.advance()
            roles.append(role_s)
            sends.append(sent_s)
            print(f"| {run} | {role_s:.2f} | {sent_s:.2f} |", flush=True)
    print(f"| median | {statistics.median(roles):.2f} | {statistics.median(sends):.2f} |")


async def main_async(args: argparse.Namespace) -> None:
    counts = [int(x) for x in args.instances.split(",")]
    steps = (2 * len(counts) if args.feeds else 0) + args.takeovers  # cycles and takeover runs
    with progress_bar("scale-out", steps) as bar:
        if args.feeds:
            await throughput(args.postgres_url, args.feeds, counts, bar)
        if args.takeovers:
            await takeover(args.postgres_url, args.takeovers, bar)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        asyncio.run(worker(Path(sys.argv[2])))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000, help="0 skips the throughput runs")
    parser.add_argument("--instances", default="1,2,3")
    parser.add_argument("--takeovers", type=int, default=3, help="0 skips the takeover runs")
    parser.add_argument(
        "--postgres-url", default=os.environ.get("CONFLICT_ALERTS_BENCH_POSTGRES_URL", DEFAULT_PG)
    )
    args = parser.parse_args()
    print(f"PostgreSQL: {make_url(args.postgres_url).render_as_string(hide_password=True)}")
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
