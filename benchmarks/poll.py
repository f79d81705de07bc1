"""One poll cycle of 2,000 feeds through the real Pipeline, against sequential feedparser fetching.

    .venv/bin/python benchmarks/poll.py                  # 2,000 feeds, baseline on a 10% sample
    .venv/bin/python benchmarks/poll.py --full-baseline  # the baseline over all feeds (about a minute)
    .venv/bin/python benchmarks/poll.py --profile 25     # cProfile of the measured cycle, top 25

The feeds are served by benchmarks/_feedfarm.py in a separate process on 100 loopback addresses
(127.0.0.1-100), with the mix described there: most unchanged behind an ETag (304), 10% with 1-4 new
items, some without validators, some slow or dripping, some failing.

What is timed (the bot's composition root, `bot.app.running_bot`, with the default settings except
`hot_reload: false`, on a fresh SQLite file):

1. a warm-up cycle, every feed new (all entries parsed and stored as the baseline) - reported, not
   the target;
2. the farm advances one step (the changing feeds publish);
3. **the measured cycle**: `Pipeline.poll_due(all_feeds=True)` - conditional GET, parse, seen-filter,
   extraction, matching, resolution and the store (entries, alerts, outbox rows);
4. the baseline: `feedparser.parse(url, etag=..., modified=...)` feed after feed - feedparser's own
   HTTP fetching and parsing, with no de-duplication or storage at all - on the same farm state
   (warmed up in step 1's epoch, measured after step 2's advance). On a sample (every 10th feed,
   the kinds are shuffled so this is a random sample) and extrapolated x10 unless --full-baseline.

Wall time is `time.perf_counter`; CPU time is this process's (`time.process_time`, every thread);
the farm's CPU is read from /proc and reported apart.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import logging
import os
import pstats
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import feedparser
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _feedfarm import FarmClient, config_yaml
from _progress import progress_bar

if TYPE_CHECKING:
    from bot.pipeline import PollReport


REPO = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")


def proc_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def count_rows(engine: object, table: object) -> int:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def worker_cpu_s(executor: object) -> float:
    """CPU of the parser worker process(es) (bot.app.parse_executor), 0 without one."""
    processes = getattr(executor, "_processes", None) or {}
    return sum(proc_cpu_s(pid) for pid in processes)


def summarize(reports: list[PollReport]) -> str:
    outcomes: Counter[str] = Counter()
    for r in reports:
        if r.error:
            outcomes[r.error.split(":", 1)[0]] += 1
        elif r.status == 304:
            outcomes["304"] += 1
        elif r.entries:
            outcomes["parsed"] += 1
        else:
            outcomes["200 unchanged/empty"] += 1
    return ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))


def baseline(urls: list[str], validators: dict[str, tuple[str | None, str | None]]) -> tuple[float, int]:
    """feedparser's own fetching, one feed after the other; returns (wall s, entries parsed)."""
    entries = 0
    start = time.perf_counter()
    for url in urls:
        etag, modified = validators.get(url, (None, None))
        parsed = feedparser.parse(url, etag=etag, modified=modified, agent="conflict-alerts-bench")
        validators[url] = (parsed.get("etag"), parsed.get("modified"))
        entries += len(parsed.entries)
    return time.perf_counter() - start, entries


async def run(args: argparse.Namespace) -> None:
    # Imported here, not at the top: the parser worker process re-imports this script, and must
    # not load the whole bot to parse feeds (bot.app.parse_executor).
    from bot.app import running_bot
    from bot.config import load_config
    from bot.settings import Settings
    from bot.store import schema as t

    logging.getLogger("conflict_alerts").setLevel(logging.ERROR)  # the failing feeds' warnings: noise here
    farm = FarmClient(args.feeds, hosts=args.hosts, seed=args.seed, t0=datetime.now(UTC) - timedelta(hours=2))
    try:
        kinds = Counter(farm.kinds())
        print(
            f"farm: {args.feeds} feeds on {args.hosts} loopback hosts; kinds: {dict(sorted(kinds.items()))}"
        )
        bar_cm = progress_bar("poll", 5, "warm-up cycle")  # one step per phase, outside the timed parts
        with tempfile.TemporaryDirectory() as tmp, bar_cm as bar:
            cfg_path = Path(tmp) / "bench.yaml"
            cfg_path.write_text(config_yaml(farm.urls(), REPO / "rules"), encoding="utf-8")
            settings = Settings.from_env(
                {"DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3", "CONFLICT_ALERTS_INSTANCE": "bench"},
                cfg_path,
            )
            config = load_config(cfg_path)
            s = config.settings
            print(
                f"settings (defaults): fetch_concurrency {s.fetch_concurrency}, per_host_concurrency "
                f"{s.per_host_concurrency}, fetch_timeout_s {s.fetch_timeout_s:g}"
            )
            async with running_bot(settings, config) as bot:
                engine = bot.store.engine
                c0, w0, f0 = time.process_time(), time.perf_counter(), proc_cpu_s(farm.proc.pid)
                reports = await bot.pipeline.poll_due(all_feeds=True)
                wall, cpu = time.perf_counter() - w0, time.process_time() - c0
                farm_cpu = proc_cpu_s(farm.proc.pid) - f0
                parsed = sum(r.entries for r in reports)
                print(
                    f"warm-up cycle (every feed new): {len(reports)} feeds, wall {wall:.2f} s, "
                    f"CPU {cpu:.2f} s "
                    f"(farm {farm_cpu:.2f} s), {parsed} entries parsed, "
                    f"{count_rows(engine, t.entries)} stored ({parsed / wall:.0f} entries/s)"
                )

                bar.advance()
                sample = farm.urls() if args.full_baseline else farm.urls()[:: args.sample_every]
                bar.update(f"baseline warm-up pass ({len(sample)} feeds)")
                validators: dict[str, tuple[str | None, str | None]] = {}
                base_warm, _ = await asyncio.to_thread(baseline, sample, validators)

                bar.advance()
                bar.update("farm advance")
                step = farm.advance()
                bar.advance()
                print(f"farm advanced: {step['changed_feeds']} feeds published {step['new_items']} items")

                bar.update("measured cycle")
                entries0, alerts0 = count_rows(engine, t.entries), count_rows(engine, t.alerts)
                profiler = cProfile.Profile() if args.profile else None
                spy = None
                if args.py_spy:
                    spy = subprocess.Popen(
                        [args.py_spy, "record", "--pid", str(os.getpid()), "--rate", "250", "--threads",
                         "--nonblocking", "--format", "raw", "-o", args.py_spy_out],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    )  # fmt: skip
                    await asyncio.sleep(1.0)  # let it attach
                c0, w0, f0 = time.process_time(), time.perf_counter(), proc_cpu_s(farm.proc.pid)
                p0 = worker_cpu_s(bot.pipeline.parse_executor)
                if profiler:
                    profiler.enable()
                reports = await bot.pipeline.poll_due(all_feeds=True)
                if profiler:
                    profiler.disable()
                if spy:
                    spy.send_signal(signal.SIGINT)
                    spy.wait()
                wall, cpu = time.perf_counter() - w0, time.process_time() - c0
                farm_cpu = proc_cpu_s(farm.proc.pid) - f0
                parser_cpu = worker_cpu_s(bot.pipeline.parse_executor) - p0
                parsed = sum(r.entries for r in reports)
                new = count_rows(engine, t.entries) - entries0
                alerts = count_rows(engine, t.alerts) - alerts0
                print(f"measured cycle outcomes: {summarize(reports)}")
                print(
                    f"MEASURED CYCLE: {len(reports)} feeds in {wall:.2f} s wall, {cpu:.2f} s CPU + "
                    f"{parser_cpu:.2f} s in the parser process (farm process {farm_cpu:.2f} s); "
                    f"{parsed} entries parsed, {new} new stored, "
                    f"{alerts} alerts; {parsed / wall:.0f} entries parsed/s, {new / wall:.0f} new entries/s"
                )

                bar.advance()
                bar.update(f"baseline ({len(sample)} feeds)")
                base_wall, base_entries = await asyncio.to_thread(baseline, sample, validators)
                bar.advance()
                scale = len(farm.urls()) / len(sample)
                est = base_wall * scale
                how = (
                    "all feeds"
                    if scale == 1
                    else f"{len(sample)} feeds (every {args.sample_every}th), x{scale:g}"
                )
                print(
                    f"BASELINE feedparser.parse(url, etag=...) sequential: {base_wall:.2f} s on {how} "
                    f"-> {est:.1f} s for {args.feeds} feeds ({base_entries} entries parsed in the sample; "
                    f"warm-up pass {base_warm:.2f} s)"
                )
                print(
                    f"SPEED-UP: {est / wall:.1f}x (target >= 10x); cycle target <= 5 s: "
                    f"{'met' if wall <= 5 else 'MISSED'}"
                )
                if profiler:
                    out = io.StringIO()
                    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.profile)
                    print(out.getvalue())
                    out = io.StringIO()
                    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.profile)
                    print(out.getvalue())
    finally:
        farm.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample-every", type=int, default=10)
    parser.add_argument("--full-baseline", action="store_true")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions")
    parser.add_argument(
        "--py-spy", default="", metavar="PATH", help="py-spy binary: sample the measured cycle"
    )
    parser.add_argument("--py-spy-out", default="poll-profile.txt", help="py-spy output (collapsed stacks)")
    args = parser.parse_args()
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
