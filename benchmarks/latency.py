"""From publication to the alert arriving at Telegram: p50 and p95, with the bot's default settings.

    .venv/bin/python benchmarks/latency.py                 # about 10 minutes
    .venv/bin/python benchmarks/latency.py --publish-min 4 # shorter, fewer items

The fake feed server (tests/fakes/feed_server.py) and the fake Telegram Bot API
(tests/fakes/telegram_api.py, rate limits on) run in this process on 127.0.0.1; the real bot runs as
`python -m bot run` in a child process with a config that sets feeds, one Telegram destination and
routes - and no `settings:` at all, so every tunable is its default (TICK_S in bot/app.py included).

Feeds, each with a publishing history of the last three hours at its own rate (what a real feed's
document shows when the bot starts):

* busy-5:   items every 5 minutes on average (~290 a day)
* busy-10:  every 10 minutes (~145 a day)
* steady-20: every 20 minutes (~70 a day) - not "busy"; reported for context

Once the bot has polled every feed once (its startup is not measured), items are published at random
times (a Poisson process per feed) for --publish-min minutes. Each carries a casualty figure that the
shipped rules alert on, a different country per feed and a rising count, so every item raises exactly
one alert; the item's id is in its link, so the Telegram message that carries it is known. The
publication time is when the item appears on the feed server; the arrival time is when the fake
Telegram has the message (checked every 0.1 s). Items still missing --drain-s seconds after the last
publication are reported as missing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _progress import Bar, progress_bar

from tests.fakes.feed_server import FeedItem, FeedServer, running_feed_server
from tests.fakes.telegram_api import running_fake_telegram

REPO = Path(__file__).resolve().parents[1]
CHAT = "-1001234567890"
COUNTRIES = [
    "Chad", "Mali", "Niger", "Yemen", "Syria", "Sudan", "Somalia", "Libya", "Iraq", "Lebanon", "Nigeria",
    "Ethiopia", "Burkina Faso", "Mozambique", "Cameroon", "Myanmar", "Afghanistan", "Pakistan", "Colombia",
    "Haiti", "Mexico", "Ukraine", "Russia", "Armenia", "Azerbaijan", "Kenya", "Uganda", "Rwanda", "Burundi",
    "South Sudan", "Eritrea", "Algeria", "Egypt", "Jordan", "Iran", "Israel", "Turkey", "Georgia",
    "Tajikistan", "Kyrgyzstan", "India", "Bangladesh", "Philippines", "Thailand", "Indonesia", "Peru",
    "Ecuador", "Venezuela", "Honduras", "Guatemala",
]  # fmt: skip
CLASSES = (("busy-5", 5.0, 16), ("busy-10", 10.0, 16), ("steady-20", 20.0, 8))  # name, mean gap (min), feeds


@dataclass
class Published:
    item_id: str
    feed_class: str
    at: float  # time.monotonic()
    arrived: float | None = None


@dataclass
class BenchFeed:
    path: str
    klass: str
    gap_min: float
    country: str
    count: int = 100


def history(feed: BenchFeed, now: datetime) -> list[FeedItem]:
    """Three hours of items at the feed's rate, newest first (neutral text: no alerts at start)."""
    rng = random.Random(feed.path)
    out: list[FeedItem] = []
    t = now
    i = 0
    while True:
        t -= timedelta(minutes=rng.expovariate(1 / feed.gap_min))
        if t < now - timedelta(hours=3):
            return out
        out.append(FeedItem(f"Talks resume in {feed.country} ({i})", f"https://bench.example{feed.path}/h{i}",
                            "Delegations met again on Tuesday.", f"{feed.path}-h{i}", t))  # fmt: skip
        i += 1


def write_config(tmp: Path, server: FeedServer, feeds: list[BenchFeed]) -> Path:
    lines = ["feeds:"]
    lines += [f'  - {{url: "{server.url(f.path)}", name: "{f.klass} {f.country}"}}' for f in feeds]
    lines += [
        "destinations:",
        f'  - {{id: channel, telegram: {{chat_id: "{CHAT}"}}}}',
        "routes:",
        "  - {triggers: [casualty, arms_embargo, recognition, keywords], severity: [low, medium, high], "
        "to: [channel]}",
        f"rules_dir: {REPO / 'rules'}",
    ]
    path = tmp / "latency.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def show_progress(bar: Bar, published: dict[str, Published], publish_s: float) -> None:
    """Once a second, beside the watcher: publishing time so far, items published and arrived."""
    start = time.monotonic()
    while True:
        elapsed = min(time.monotonic() - start, publish_s)
        arrived = sum(1 for p in published.values() if p.arrived is not None)
        phase = "publishing" if elapsed < publish_s else "draining"
        bar.update(f"{phase}, {arrived}/{len(published)} arrived", completed=elapsed)
        await asyncio.sleep(1.0)


async def run(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    feeds: list[BenchFeed] = []
    for klass, gap, n in CLASSES:
        for _ in range(n):
            feeds.append(BenchFeed(f"/{klass}-{len(feeds)}.xml", klass, gap, COUNTRIES[len(feeds)]))
    published: dict[str, Published] = {}
    async with running_feed_server() as server, running_fake_telegram() as tg:
        start_wall = datetime.now(UTC)
        for f in feeds:
            server.set_items(f.path, history(f, start_wall), title=f"{f.klass} {f.country}")
        bar_cm = progress_bar("latency", args.publish_min * 60, "bot's first polls")
        with tempfile.TemporaryDirectory() as tmp, bar_cm as bar:
            config = write_config(Path(tmp), server, feeds)
            env = {
                **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_"))},
                "CONFLICT_ALERTS_CONFIG": str(config),
                "DATABASE_URL": f"sqlite:///{tmp}/latency.sqlite3",
                "TELEGRAM_BOT_TOKEN": tg.token,
                "TELEGRAM_API_BASE_URL": tg.base_url,
                "CONFLICT_ALERTS_HTTP_ENABLED": "false",
            }
            log = open(Path(tmp) / "bot.log", "wb")  # noqa: SIM115
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=env, cwd=tmp, stdout=log, stderr=log
            )
            try:
                # The bot's start and first poll of every feed are not measured.
                while not all(server.requests_for(f.path) for f in feeds):
                    if bot.returncode is not None:
                        raise RuntimeError(f"the bot exited: {(Path(tmp) / 'bot.log').read_text()[-2000:]}")
                    await asyncio.sleep(0.2)
                await asyncio.sleep(2)
                startup_messages = len(tg.messages)
                print(f"bot polled all {len(feeds)} feeds once; publishing for {args.publish_min:g} min")

                async def publisher(feed: BenchFeed) -> None:
                    loop = asyncio.get_running_loop()
                    end = loop.time() + args.publish_min * 60
                    n = 0
                    while True:
                        wait = rng.expovariate(1 / (feed.gap_min * 60))
                        if loop.time() + wait >= end:
                            return
                        await asyncio.sleep(wait)
                        n += 1
                        feed.count += rng.randint(5, 40)
                        item_id = f"{feed.path.strip('/').removesuffix('.xml')}-n{n}"
                        text = (
                            f"A drone strike on a crowded market in {feed.country} killed at least "
                            f"{feed.count} people, local volunteers said."
                        )
                        server.add_item(
                            feed.path,
                            FeedItem(f"Strike in {feed.country}", f"https://bench.example/item/{item_id}",
                                     text,
                                     item_id, datetime.now(UTC)),
                        )  # fmt: skip
                        published[item_id] = Published(item_id, feed.klass, time.monotonic())

                async def watcher(stop: asyncio.Event) -> None:
                    seen = startup_messages
                    while not stop.is_set():
                        now = time.monotonic()
                        for message in tg.messages[seen:]:
                            for link in message.links:
                                item_id = link.rsplit("/", 1)[-1]
                                if item_id in published and published[item_id].arrived is None:
                                    published[item_id].arrived = now
                        seen = len(tg.messages)
                        await asyncio.sleep(0.1)

                stop = asyncio.Event()
                watch = asyncio.create_task(watcher(stop))
                shown = None
                if bar.shown:
                    shown = asyncio.create_task(show_progress(bar, published, args.publish_min * 60))
                await asyncio.gather(*(publisher(f) for f in feeds))
                drain_end = time.monotonic() + args.drain_s
                while time.monotonic() < drain_end and any(p.arrived is None for p in published.values()):
                    await asyncio.sleep(0.5)
                stop.set()
                await watch
                if shown is not None:
                    shown.cancel()
            finally:
                bot.terminate()
                await bot.wait()
                log.close()
    report(published, args)


def report(published: dict[str, Published], args: argparse.Namespace) -> None:
    print(f"{len(published)} items published over {args.publish_min:g} min (default bot settings)")
    groups: dict[str, list[Published]] = {}
    for p in published.values():
        groups.setdefault(p.feed_class, []).append(p)
    groups["busy (5 + 10)"] = [p for p in published.values() if p.feed_class.startswith("busy")]
    groups["all"] = list(published.values())
    for name, items in groups.items():
        lat = [p.arrived - p.at for p in items if p.arrived is not None]
        missing = sum(1 for p in items if p.arrived is None)
        if not lat:
            print(f"{name:>14}: {len(items)} items, none arrived")
            continue
        print(
            f"{name:>14}: {len(items):3d} items, {missing} missing; latency p50 {pct(lat, 0.5):5.1f} s, "
            f"p95 {pct(lat, 0.95):5.1f} s, max {max(lat):5.1f} s, mean {statistics.fmean(lat):5.1f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--publish-min", type=float, default=7.0, help="minutes of publishing")
    parser.add_argument("--drain-s", type=float, default=120.0, help="wait this long for the last alerts")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
