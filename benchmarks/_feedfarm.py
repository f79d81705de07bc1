"""A farm of fake news feeds on loopback, run in its own process, for the ingestion benchmarks.

    python benchmarks/_feedfarm.py --feeds 2000 --hosts 100 --seed 1

prints ``READY <port>`` once it serves, then serves until killed. Feed ``i`` is
``http://127.0.0.<1 + i % hosts>:<port>/f<i>.xml`` (distinct loopback addresses, so per-host limits
apply as they would to distinct publishers). :class:`FarmClient` starts and drives it.

Each feed has a *kind*, drawn once from the seed (the realistic mix of benchmarks/RESULTS.md):

====================  =====  ==========================================================================
kind                  share  behaviour
====================  =====  ==========================================================================
steady                ~79%   ETag + Last-Modified; a matching conditional GET gets 304
changing              10%    like steady, and every ``advance`` adds 1-4 new items
no_validators         5%     no ETag, no Last-Modified: the same 200 body until it changes
slow                  2%     waits 0.3-1.5 s before answering (then like steady)
drip                  1%     sends its body in 8 slices 0.1 s apart, no validators
http_500 / http_503   1%/.5% server errors
http_404              0.5%   gone missing
http_429              0.5%   429 with Retry-After: 600
html                  0.5%   an HTML page where the feed should be
====================  =====  ==========================================================================

Documents are RSS 2.0 with the newest 30 items: titles, 300-900 character HTML descriptions (a share
of them with casualty figures, embargo or recognition phrases, so extraction and matching have real
work), links with tracking parameters, guids and dates.

Control (POST, JSON answers): ``/_control/advance?now=<ISO time>&share=<0..1>`` adds items to the
changing feeds (with ``share``, to that share of *all* feeds with validators instead: fast-changing
feeds for the memory run) dated ``now``; ``/_control/stats`` counts requests by status.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import subprocess
import sys
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from aiohttp import web

ITEMS_PER_DOC = 30
KINDS = (
    ("changing", 0.10),
    ("no_validators", 0.05),
    ("slow", 0.02),
    ("drip", 0.01),
    ("http_500", 0.01),
    ("http_503", 0.005),
    ("http_404", 0.005),
    ("http_429", 0.005),
    ("html", 0.005),
)
FAILING = frozenset({"http_500", "http_503", "http_404", "http_429", "html"})

PLACES = ["Gaza", "Khan Younis", "Rafah", "Jabalia", "El Fasher", "Khartoum", "Kharkiv", "Goma", "Sanaa",
          "Deir al-Balah", "Nablus", "Jenin", "Darfur", "Odesa", "Beirut", "Tyre", "Mariupol"]  # fmt: skip
ACTORS = ["Germany", "Spain", "the United Kingdom", "Canada", "France", "Italy", "the Netherlands",
          "Belgium", "Norway", "Ireland", "Slovenia", "Australia", "Japan"]  # fmt: skip
FILLER = [
    "Officials said talks would resume next week",
    "Aid agencies warned that supplies were running low, and the United Nations called for "
    "unimpeded humanitarian access",
    "Residents described long queues for bread and water as fuel shortages left hospitals "
    "relying on generators",
    "Diplomats from several countries met in Cairo and Doha to discuss the next phase of negotiations",
    "Markets were closed and schools remained shut for a third consecutive week",
    "",
]


def _item_text(rng: random.Random) -> tuple[str, str]:
    place = rng.choice(PLACES)
    roll = rng.random()
    if roll < 0.25:
        n = rng.randint(3, 400)
        title = f"Strikes kill at least {n} in {place}, officials say"
        lead = (
            f"At least {n} people were killed and {n * 2 + rng.randint(0, 50)} injured in overnight "
            f"strikes on {place}, local health officials said on "
            f"{rng.choice(['Monday', 'Tuesday', 'Friday'])}."
        )
    elif roll < 0.32:
        actor = rng.choice(ACTORS)
        title = f"{actor} announces partial arms embargo on Israel"
        lead = f"{actor} said it would suspend export licences for weapons that could be used in Gaza."
    elif roll < 0.38:
        actor = rng.choice(ACTORS)
        title = f"{actor} to recognise Palestinian state in September"
        lead = f"{actor} will formally recognise the State of Palestine at the UN General Assembly."
    else:
        title = f"{rng.choice(['Talks', 'Aid', 'Protests', 'Elections', 'Floods'])} in {place}: what we know"
        lead = f"The situation in {place} remained tense on {rng.choice(['Monday', 'Wednesday'])}."
    body = " ".join(rng.sample(FILLER, k=rng.randint(2, len(FILLER) - 1)))
    return title, f"<p>{escape(lead)}</p><p>{escape(body)}. <a href='https://x.example/more'>More</a></p>"


@dataclass
class Feed:
    index: int
    kind: str
    gap: timedelta  # between the initial items
    head: int = ITEMS_PER_DOC  # items 0..head-1 exist; the document holds the newest ITEMS_PER_DOC
    dates: dict[int, datetime] = field(default_factory=dict)
    body: bytes | None = None
    delay_s: float = 0.0

    @property
    def validators(self) -> bool:
        return self.kind in ("steady", "changing", "slow")

    @property
    def etag(self) -> str:
        return f'"f{self.index}-{self.head}"'

    def item_date(self, n: int, t0: datetime) -> datetime:
        return self.dates.get(n) or t0 - self.gap * (ITEMS_PER_DOC - n)

    def document(self, t0: datetime) -> bytes:
        if self.body is None:
            parts = [
                '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
                f"<title>Farm feed {self.index}</title><link>https://pub{self.index}.example/</link>",
                "<description>benchmark feed</description>",
            ]
            for n in range(self.head - 1, max(-1, self.head - 1 - ITEMS_PER_DOC), -1):
                rng = random.Random(f"{self.index}:{n}")
                title, html = _item_text(rng)
                link = (
                    f"https://pub{self.index}.example/news/{n}-{rng.randrange(10**6)}?utm_source=rss&ref=feed"
                )
                date = format_datetime(self.item_date(n, t0), usegmt=True)
                parts.append(
                    f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
                    f"<description>{escape(html)}</description>"
                    f"<guid isPermaLink='false'>f{self.index}-{n}</guid>"
                    f"<pubDate>{date}</pubDate></item>"
                )
            parts.append("</channel></rss>\n")
            self.body = "".join(parts).encode()
        return self.body


class Farm:
    def __init__(self, feeds: int, seed: int, t0: datetime) -> None:
        rng = random.Random(seed)
        self.t0 = t0
        self.stats: Counter[str] = Counter()
        self.feeds: list[Feed] = []
        kinds = []
        for kind, share in KINDS:
            kinds += [kind] * round(feeds * share)
        kinds += ["steady"] * (feeds - len(kinds))
        rng.shuffle(kinds)
        for i, kind in enumerate(kinds):
            feed = Feed(i, kind, timedelta(minutes=rng.choice([5, 10, 20, 45, 90, 180])))
            if kind == "slow":
                feed.delay_s = rng.uniform(0.3, 1.5)
            self.feeds.append(feed)

    def advance(self, now: datetime, share: float | None) -> dict[str, int]:
        changed = added = 0
        rng = random.Random(f"advance:{now.isoformat()}")
        for feed in self.feeds:
            if share is None:
                if feed.kind != "changing":
                    continue
            elif feed.kind in FAILING or rng.random() >= share:
                continue
            count = rng.randint(1, 4)
            for _ in range(count):
                feed.dates[feed.head] = now - timedelta(seconds=rng.uniform(0, 60))
                feed.head += 1
            # Old dates are no longer needed once out of the document: keep the farm's memory flat.
            for n in [n for n in feed.dates if n < feed.head - ITEMS_PER_DOC]:
                del feed.dates[n]
            feed.body = None
            changed += 1
            added += count
        return {"changed_feeds": changed, "new_items": added}

    async def handle(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        try:
            feed = self.feeds[int(name.removeprefix("f"))]
        except (ValueError, IndexError):
            return web.Response(status=404)
        kind = feed.kind
        if feed.delay_s:
            await asyncio.sleep(feed.delay_s)
        if kind in FAILING:
            self.stats[kind] += 1
            if kind == "http_429":
                return web.Response(status=429, headers={"Retry-After": "600"}, text="slow down")
            if kind == "html":
                return web.Response(
                    text="<html><body><h1>Welcome</h1></body></html>", content_type="text/html"
                )
            return web.Response(status=int(kind[-3:]), text="error")
        headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
        if feed.validators:
            headers["ETag"] = feed.etag
            if request.headers.get("If-None-Match") == feed.etag:
                self.stats["304"] += 1
                return web.Response(status=304, headers=headers)
        body = feed.document(self.t0)
        self.stats["200"] += 1
        if kind == "drip":
            resp = web.StreamResponse(headers=headers)
            resp.content_length = len(body)
            await resp.prepare(request)
            step = len(body) // 8 + 1
            for start in range(0, len(body), step):
                await resp.write(body[start : start + step])
                await asyncio.sleep(0.1)
            await resp.write_eof()
            return resp
        return web.Response(body=body, headers=headers)

    async def control(self, request: web.Request) -> web.Response:
        action = request.match_info["action"]
        if action == "advance":
            now = datetime.fromisoformat(request.query.get("now") or datetime.now(UTC).isoformat())
            share = float(request.query["share"]) if "share" in request.query else None
            return web.json_response(self.advance(now, share))
        if action == "kinds":
            return web.json_response([f.kind for f in self.feeds])
        return web.json_response(dict(self.stats))


async def serve(feeds: int, hosts: int, seed: int, t0: datetime) -> None:
    farm = Farm(feeds, seed, t0)
    app = web.Application()
    app.router.add_post("/_control/{action}", farm.control)
    app.router.add_get("/{name}.xml", farm.handle)
    runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
    await runner.setup()
    first = web.TCPSite(runner, "127.0.0.1", 0, backlog=4096)
    await first.start()
    port = runner.addresses[0][1]
    for h in range(2, hosts + 1):
        await web.TCPSite(runner, f"127.0.0.{h}", port, backlog=4096).start()
    print(f"READY {port}", flush=True)
    await asyncio.Event().wait()


class FarmClient:
    """Starts the farm in a child process and drives it (blocking calls: use them between cycles)."""

    def __init__(self, feeds: int, hosts: int = 100, seed: int = 1, t0: datetime | None = None) -> None:
        self.feeds, self.hosts = feeds, hosts
        self.t0 = t0 or datetime.now(UTC)
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--feeds", str(feeds), "--hosts", str(hosts),
             "--seed", str(seed), "--t0", self.t0.isoformat()],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if not line or line[0] != "READY":
            self.proc.kill()
            raise RuntimeError("the feed farm did not start")
        self.port = int(line[1])

    def url(self, i: int) -> str:
        return f"http://127.0.0.{1 + i % self.hosts}:{self.port}/f{i}.xml"

    def urls(self) -> list[str]:
        return [self.url(i) for i in range(self.feeds)]

    def _post(self, path: str) -> object:
        with urllib.request.urlopen(
            urllib.request.Request(f"http://127.0.0.1:{self.port}/_control/{path}", method="POST"), timeout=30
        ) as resp:
            return json.loads(resp.read())

    def advance(self, now: datetime | None = None, share: float | None = None) -> dict[str, int]:
        query = f"now={(now or datetime.now(UTC)).isoformat()}"
        if share is not None:
            query += f"&share={share}"
        result = self._post(f"advance?{query.replace('+', '%2B')}")
        assert isinstance(result, dict)
        return result

    def kinds(self) -> list[str]:
        result = self._post("kinds")
        assert isinstance(result, list)
        return result

    def stats(self) -> dict[str, int]:
        result = self._post("stats")
        assert isinstance(result, dict)
        return result

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def config_yaml(urls: list[str], rules_dir: Path, extra_settings: str = "") -> str:
    """A bot configuration polling `urls`, alerts to the console destination."""
    lines = ["feeds:"]
    lines += [f'  - {{url: "{u}", name: "Farm {i}", id: "farm-{i}"}}' for i, u in enumerate(urls)]
    lines += [
        "destinations:",
        "  - {id: console, console: {}}",
        "routes:",
        "  - {triggers: [casualty, arms_embargo, recognition, keywords], to: [console]}",
        f"rules_dir: {rules_dir}",
        "settings:",
        "  hot_reload: false",
        extra_settings,
    ]
    return "\n".join(lines) + "\n"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--t0", default=None, help="ISO time of the newest initial item (default now)")
    args = parser.parse_args()
    t0 = datetime.fromisoformat(args.t0) if args.t0 else datetime.now(UTC)
    asyncio.run(serve(args.feeds, args.hosts, args.seed, t0))


if __name__ == "__main__":
    main()
