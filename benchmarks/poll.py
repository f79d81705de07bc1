"""One poll cycle of 2,000 feeds through the real Pipeline, against a minimal concurrent poller script.

    .venv/bin/python benchmarks/poll.py                  # 2,000 feeds, 5 rounds
    .venv/bin/python benchmarks/poll.py --old-baseline   # also the old sequential feedparser baseline
    .venv/bin/python benchmarks/poll.py --profile 25     # cProfile of the first measured cycle, top 25

The feeds are served by benchmarks/_feedfarm.py in a separate process on 100 loopback addresses
(127.0.0.1-100), with the mix described there: most unchanged behind an ETag (304), 10% with 1-4 new
items, some without validators, some slow or dripping, some failing.

What is timed (the bot's composition root, `bot.app.running_bot`, with the default settings except
`hot_reload: false`, on a fresh SQLite file):

1. a warm-up cycle, every feed new (all entries parsed and stored as the baseline) - reported, not
   the target;
2. the baseline's warm-up cycle: `benchmarks/minimal_poller.py` (aiohttp + feedparser, ~40 lines, in
   its own process, with the bot's limits: `fetch_concurrency`, `per_host_concurrency`,
   `max_feed_bytes`, `fetch_timeout_s`) fetches and parses every feed once and keeps the validators;
3. --rounds rounds, each: the farm advances one step (the changing feeds publish), then both sides
   poll every feed, in alternating order, on the same farm state:
   * **the measured cycle**: `Pipeline.poll_due(all_feeds=True)` - conditional GET, parse,
     seen-filter, extraction, matching, resolution and the store (entries, alerts, outbox rows);
   * **the baseline cycle**: the script's conditional GETs and `feedparser.parse` of every changed
     body - fetch and parse only: no de-duplication, extraction, matching or storage;
   the ratio baseline wall / bot wall is taken within each round (target >= 1);
4. with --old-baseline, the old weak baseline as well (kept for comparison): `feedparser.parse(url,
   etag=..., modified=...)` feed after feed, on a sample (every 10th feed; the kinds are shuffled, so
   a random sample) extrapolated x10 unless --full-baseline.

Wall time is `time.perf_counter`; CPU time is this process's (`time.process_time`, every thread);
the farm's CPU is read from /proc and reported apart.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
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
from statistics import median
from typing import TYPE_CHECKING, Any

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


def minimal_cycle(process: subprocess.Popen[str]) -> dict[str, float]:
    """One cycle of benchmarks/minimal_poller.py (a separate process): its JSON report."""
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("cycle\n")
    process.stdin.flush()
    line = process.stdout.readline()
    if not line:
        sys.exit("minimal_poller.py stopped")
    report: dict[str, float] = json.loads(line)
    return report


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


async def bot_cycle(bot: Any, farm: FarmClient, args: argparse.Namespace, first: bool) -> dict[str, float]:
    """The measured cycle: `Pipeline.poll_due(all_feeds=True)`, with CPU of this process and the parser."""
    from bot.store import schema as t

    engine = bot.store.engine
    entries0, alerts0 = count_rows(engine, t.entries), count_rows(engine, t.alerts)
    profiler = cProfile.Profile() if args.profile and first else None
    spy = None
    if args.py_spy and first:
        spy = subprocess.Popen(
            [args.py_spy, "record", "--pid", str(os.getpid()), "--rate", "250", "--threads",
             "--nonblocking", "--format", "raw", "-o", args.py_spy_out],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        await asyncio.sleep(1.0)  # let it attach
    c0, w0, f0 = time.process_time(), time.perf_counter(), proc_cpu_s(farm.proc.pid)
    p0 = worker_cpu_s(bot.pipeline.parser.executor)
    if profiler:
        profiler.enable()
    reports = await bot.pipeline.poll_due(all_feeds=True)
    if profiler:
        profiler.disable()
    if spy:
        spy.send_signal(signal.SIGINT)
        spy.wait()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    row = {
        "wall": wall,
        "cpu": cpu,
        "parser_cpu": worker_cpu_s(bot.pipeline.parser.executor) - p0,
        "farm_cpu": proc_cpu_s(farm.proc.pid) - f0,
        "parsed": sum(r.entries for r in reports),
        "new": count_rows(engine, t.entries) - entries0,
        "alerts": count_rows(engine, t.alerts) - alerts0,
    }
    if first:
        print(f"measured cycle outcomes: {summarize(reports)}")
    if profiler:
        for key in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(args.profile)
            print(out.getvalue())
    return row


def round_line(round_no: int, order: tuple[str, str], step: dict[str, int], row: dict[str, float]) -> str:
    return (
        f"round {round_no + 1} ({order[0]} first; farm: {step['changed_feeds']} feeds published "
        f"{step['new_items']} items): bot {row['wall']:.2f} s wall, {row['cpu']:.2f} s CPU + "
        f"{row['parser_cpu']:.2f} s parser process ({row['parsed']:.0f} entries parsed, "
        f"{row['new']:.0f} new stored, {row['alerts']:.0f} alerts); baseline {row['base_wall']:.2f} s wall, "
        f"{row['base_cpu']:.2f} s CPU ({row['base_entries']:.0f} entries parsed); "
        f"baseline/bot {row['base_wall'] / row['wall']:.2f}; load average {os.getloadavg()[0]:.1f}"
    )


def summary_lines(rows: list[dict[str, float]], args: argparse.Namespace) -> str:
    walls = sorted(r["wall"] for r in rows)
    bases = sorted(r["base_wall"] for r in rows)
    ratios = sorted(r["base_wall"] / r["wall"] for r in rows)
    return (
        f"MEASURED CYCLE ({args.feeds} feeds, {len(rows)} rounds): median {median(walls):.2f} s "
        f"(range {walls[0]:.2f}-{walls[-1]:.2f})\n"
        f"BASELINE minimal_poller.py (aiohttp + feedparser, same limits): median {median(bases):.2f} s "
        f"(range {bases[0]:.2f}-{bases[-1]:.2f})\n"
        f"RATIO baseline wall / bot wall, same round: median {median(ratios):.2f} "
        f"(range {ratios[0]:.2f}-{ratios[-1]:.2f}); target >= 1 (the bot no slower than the script)\n"
        f"CPU s per cycle, median: bot {median(r['cpu'] for r in rows):.2f} + parser process "
        f"{median(r['parser_cpu'] for r in rows):.2f}, baseline {median(r['base_cpu'] for r in rows):.2f}"
    )


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
        # one step per phase, outside the timed parts
        bar_cm = progress_bar("poll", 2 + args.rounds, "warm-up cycle")
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
                urls_file = Path(tmp) / "urls.txt"
                urls_file.write_text("\n".join(farm.urls()), encoding="utf-8")
                limits = [
                    "--concurrency", str(s.fetch_concurrency), "--per-host", str(s.per_host_concurrency),
                    "--max-bytes", str(s.max_feed_bytes), "--timeout", str(s.fetch_timeout_s),
                ]  # fmt: skip
                script = REPO / "benchmarks" / "minimal_poller.py"
                minimal = subprocess.Popen(
                    [sys.executable, str(script), str(urls_file), *limits],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                )
                try:
                    bar.update("baseline warm-up cycle")
                    warm = await asyncio.to_thread(minimal_cycle, minimal)
                    print(
                        f"baseline warm-up cycle (minimal_poller.py, every feed new): "
                        f"wall {warm['wall']:.2f} s, CPU {warm['cpu']:.2f} s, {warm.get('entries', 0)} parsed"
                    )
                    rows = []
                    for round_no in range(args.rounds):
                        bar.update(f"round {round_no + 1}: farm advance")
                        step = farm.advance()
                        order = ("bot", "baseline") if round_no % 2 == 0 else ("baseline", "bot")
                        row: dict[str, float] = {}
                        for who in order:
                            bar.update(f"round {round_no + 1}: {who} cycle")
                            if who == "baseline":
                                base = await asyncio.to_thread(minimal_cycle, minimal)
                                row.update(base_wall=base["wall"], base_cpu=base["cpu"])
                                row["base_entries"] = base.get("entries", 0)
                            else:
                                row.update(await bot_cycle(bot, farm, args, first=round_no == 0))
                        rows.append(row)
                        print(round_line(round_no, order, step, row))
                        bar.advance()
                finally:
                    minimal.stdin.close()  # type: ignore[union-attr]
                    minimal.wait(timeout=30)
                print(summary_lines(rows, args))

                if args.old_baseline:
                    bar.update("old baseline")
                    sample = farm.urls() if args.full_baseline else farm.urls()[:: args.sample_every]
                    validators: dict[str, tuple[str | None, str | None]] = {}
                    await asyncio.to_thread(baseline, sample, validators)  # learn the validators
                    farm.advance()
                    base_wall, base_entries = await asyncio.to_thread(baseline, sample, validators)
                    scale = len(farm.urls()) / len(sample)
                    print(
                        f"OLD BASELINE (weak) feedparser.parse(url, etag=...) sequential: {base_wall:.2f} s "
                        f"on {len(sample)} feeds -> {base_wall * scale:.1f} s for {args.feeds} feeds, "
                        f"after one more farm advance ({base_entries} entries parsed)"
                    )
    finally:
        farm.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5, help="farm advances, each polled by both sides")
    parser.add_argument("--old-baseline", action="store_true", help="also the old sequential feedparser one")
    parser.add_argument("--sample-every", type=int, default=10, help="old baseline: every Nth feed")
    parser.add_argument("--full-baseline", action="store_true", help="old baseline: on every feed")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions")
    parser.add_argument(
        "--py-spy", default="", metavar="PATH", help="py-spy binary: sample the measured cycle"
    )
    parser.add_argument("--py-spy-out", default="poll-profile.txt", help="py-spy output (collapsed stacks)")
    args = parser.parse_args()
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
