"""The bot's memory (RSS) while it polls 2,000 feeds through a simulated day.

    .venv/bin/python benchmarks/memory.py                    # 48 cycles of 30 simulated minutes
    .venv/bin/python benchmarks/memory.py --cycles 96 --step-min 15
    .venv/bin/python benchmarks/memory.py --feeds 8000 --first-all --cycles 24 --step-min 60
    .venv/bin/python benchmarks/memory.py --feeds 8000 --first-all --cycles 12 --step-min 120  # issue 16

The feeds are benchmarks/_feedfarm.py's (a separate process, so its memory is not counted). The bot
is composed as in production (`bot.app.running_bot`, default settings, SQLite file) in this process,
with one change: the pipeline's clock is simulated, so a day passes in minutes. Each cycle the clock
moves on --step-min minutes, --share of the feeds publish 1-4 items dated then (fast-changing feeds:
many more new entries than real feeds bring), and `Pipeline.poll_due()` polls the feeds that the
schedule says are due at that simulated time (adaptive intervals, backoff and all).

Reported: the memory of the whole process tree the bot made - this process, the forkserver, the
parser worker (a child of the forkserver) and multiprocessing's resource tracker; the feed farm and
anything it starts are left out - after every cycle, and its peak from a sampler that reads it every
0.2 s during the cycles. Two sums: RSS (every process's resident set, counting pages that forked
processes share once per process: an upper bound) and PSS (shared pages split between the processes
that share them: what the tree really holds). Also the growth over the second half of the day (a
least-squares slope, MB per cycle). Targets: 2,000 feeds < 200 MB (issue 5); 8,000 feeds < 300 MB
for the tree at peak, and no growth (issue 16). Before issue 16 only this process and the parser
worker were counted (VmRSS), leaving the forkserver and the resource tracker out.

On a terminal a progress bar shows on stderr (benchmarks/_progress.py), and loading rich for it adds
about 2-3 MB to this process's RSS; for figures to record, redirect stderr (`2>memory.err`): no bar,
no rich, the same measurement as before the bar existed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


REPO = Path(__file__).resolve().parents[1]


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def worker_rss_mb(executor: object) -> float:
    """RSS of the parser worker process (bot.app.parse_executor); 0 without one."""
    return sum(rss_mb(pid) for pid in (getattr(executor, "_processes", None) or {}))


def _field_kb(path: str, name: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except OSError:  # the process ended while we read it
        pass
    return 0


def tree(exclude: set[int]) -> dict[int, str]:
    """This process and its descendants (pid -> command name), without `exclude` and theirs."""
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :].split()
        pid, ppid = int(entry.name), int(rest[1])
        try:
            argv = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            argv = ""
        role = next((r for r in ("forkserver", "resource_tracker", "spawn_main") if r in argv), "")
        names[pid] = f"{name} ({role})" if role else name
        children.setdefault(ppid, []).append(pid)
    found: dict[int, str] = {}
    stack = [(os.getpid(), "")]
    while stack:
        pid, parent_name = stack.pop()
        if pid in exclude:
            continue
        name = names.get(pid, "?")
        # a process the forkserver forked (the parser worker) keeps the forkserver's command line
        found[pid] = "python (parser worker)" if name == parent_name == "python (forkserver)" else name
        stack.extend((child, name) for child in children.get(pid, ()))
    return found


def tree_mb(exclude: set[int]) -> tuple[float, float, int]:
    """(RSS sum, PSS sum, number of processes) of the bot's process tree, in MB."""
    pids = tree(exclude)
    rss = sum(_field_kb(f"/proc/{pid}/status", "VmRSS:") for pid in pids)
    pss = sum(_field_kb(f"/proc/{pid}/smaps_rollup", "Pss:") for pid in pids)
    return rss / 1024, pss / 1024, len(pids)


class PeakSampler:
    """Reads the tree's memory every `interval` s on a thread; keeps the highest sums seen."""

    def __init__(self, exclude: set[int], interval: float = 0.2) -> None:
        self.exclude, self.interval = exclude, interval
        self.rss = self.pss = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> tuple[float, float, int]:
        rss, pss, n = tree_mb(self.exclude)
        self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
        return rss, pss, n

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def run(args: argparse.Namespace) -> None:
    # Imported here, not at the top: the parser worker process re-imports this script, and must
    # not load the whole bot to parse feeds (bot.app.parse_executor).
    from _feedfarm import FarmClient, config_yaml
    from _progress import progress_bar
    from sqlalchemy import func, select

    from bot.app import running_bot
    from bot.config import load_config
    from bot.settings import Settings
    from bot.store import schema as t

    logging.getLogger("conflict_alerts").setLevel(logging.ERROR)
    start = datetime.now(UTC).replace(microsecond=0)
    farm = FarmClient(args.feeds, seed=args.seed, t0=start - timedelta(hours=1))
    sim = [start]
    try:
        bar_cm = progress_bar("memory", args.cycles + 1, "starting the bot")
        with tempfile.TemporaryDirectory() as tmp, bar_cm as bar:
            cfg_path = Path(tmp) / "memory.yaml"
            cfg_path.write_text(config_yaml(farm.urls(), REPO / "rules"), encoding="utf-8")
            settings = Settings.from_env(
                {"DATABASE_URL": f"sqlite:///{tmp}/memory.sqlite3", "CONFLICT_ALERTS_INSTANCE": "mem"},
                cfg_path,
            )
            exclude = {farm.proc.pid}
            print(f"RSS before the bot starts: {rss_mb():.0f} MB")
            async with running_bot(settings, load_config(cfg_path)) as bot:
                bot.pipeline.clock = lambda: sim[0]
                print(f"RSS with the bot composed: {rss_mb():.0f} MB (tree: {tree_mb(exclude)[0]:.0f} MB)")
                series: list[float] = []
                pss_series: list[float] = []
                with PeakSampler(exclude) as peak:
                    for cycle in range(args.cycles + 1):
                        bar.update(f"cycle {cycle}/{args.cycles}")
                        if cycle:
                            sim[0] += timedelta(minutes=args.step_min)
                            farm.advance(sim[0], share=args.share)
                        w0 = time.perf_counter()
                        reports = await bot.pipeline.poll_due(all_feeds=args.first_all and cycle == 0)
                        wall = time.perf_counter() - w0
                        with bot.store.engine.connect() as conn:
                            entries = conn.execute(select(func.count()).select_from(t.entries)).scalar_one()
                        worker = worker_rss_mb(bot.pipeline.parser.executor)
                        rss, pss, processes = peak.sample()
                        series.append(rss)
                        pss_series.append(pss)
                        print(
                            f"cycle {cycle:3d} sim {sim[0]:%H:%M}: {len(reports):4d} feeds polled, "
                            f"{sum(r.entries for r in reports):6d} entries parsed, {entries:7d} stored; "
                            f"{wall:5.1f} s; {processes} processes: RSS {rss:6.1f} MB, PSS {pss:6.1f} MB "
                            f"(this process {rss_mb():5.1f} MB, parser worker {worker:5.1f} MB); "
                            f"peak so far RSS {peak.rss:6.1f} / PSS {peak.pss:6.1f} MB",
                            flush=True,
                        )
                        bar.advance()
                    names = sorted(tree(exclude).values())
    finally:
        farm.close()
    half = series[len(series) // 2 :]
    slope = statistics.linear_regression(range(len(half)), half).slope if len(half) > 1 else 0.0
    pss_half = pss_series[len(pss_series) // 2 :]
    pss_slope = statistics.linear_regression(range(len(pss_half)), pss_half).slope if len(half) > 1 else 0.0
    print(f"process tree: {', '.join(names)}")
    print(
        f"tree RSS: after cycle 0 {series[0]:.0f} MB, after cycle 1 {series[1]:.0f} MB, "
        f"peak {peak.rss:.0f} MB (sampled every 0.2 s), "
        f"last {series[-1]:.0f} MB; second half of the day {min(half):.0f}-{max(half):.0f} MB, "
        f"slope {slope:+.2f} MB/cycle over {len(half)} cycles ({args.cycles} cycles of {args.step_min:g} "
        f"simulated minutes = {args.cycles * args.step_min / 60:g} h)"
    )
    print(
        f"tree PSS: peak {peak.pss:.0f} MB; second half {min(pss_half):.0f}-{max(pss_half):.0f} MB, "
        f"slope {pss_slope:+.2f} MB/cycle"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--cycles", type=int, default=48)
    parser.add_argument("--step-min", type=float, default=30.0)
    parser.add_argument("--share", type=float, default=0.15, help="share of feeds publishing per cycle")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument(
        "--first-all", action="store_true", help="cycle 0 polls every feed at once (a cold start: the peak)"
    )
    args = parser.parse_args()
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
