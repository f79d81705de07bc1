"""The poller a user would write instead of the bot: aiohttp + feedparser, concurrent, about 40 lines.

    python benchmarks/minimal_poller.py URLS_FILE --concurrency 64 --per-host 2 --max-bytes 10000000 \
        --timeout 30

The baseline of `benchmarks/poll.py`. One cycle per line read on stdin; after each it prints one JSON
line (`wall`, `cpu` seconds of the cycle, `fetched` 200s, `not_modified` 304s, `entries` parsed).
Same limits as the bot's settings: at most --concurrency requests at once and --per-host to one host,
bodies over --max-bytes dropped, --timeout for a whole request. Conditional GETs: validators (ETag,
Last-Modified) are kept in memory between cycles, as a long-running script would. Parsing is
`feedparser.parse(body)` on the event loop, one feed at a time. Nothing is de-duplicated, judged or
stored: this is fetch and parse only. Standard library, aiohttp and feedparser; nothing from `bot`.
"""

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from urllib.parse import urlsplit

import aiohttp
import feedparser


async def cycle(session, urls, validators, args):
    slots, hosts, counts = asyncio.Semaphore(args.concurrency), {}, Counter()

    async def poll(url):
        host = hosts.setdefault(urlsplit(url).hostname, asyncio.Semaphore(args.per_host))
        etag, modified = validators.get(url, (None, None))
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
        async with host, slots:
            try:
                async with session.get(url, headers=headers) as resp:
                    if resp.status != 200:
                        counts["not_modified" if resp.status == 304 else "failed"] += 1
                        return
                    body = b""
                    async for chunk in resp.content.iter_chunked(64 * 1024):
                        body += chunk
                        if len(body) > args.max_bytes:
                            counts["failed"] += 1
                            return
                    validators[url] = (resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
            except (TimeoutError, aiohttp.ClientError):
                counts["failed"] += 1
                return
        counts["fetched"] += 1
        counts["entries"] += len(feedparser.parse(body).entries)

    await asyncio.gather(*(poll(url) for url in urls))
    return counts


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("urls_file")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--max-bytes", type=int, default=10_000_000)
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    with open(args.urls_file) as f:
        urls = f.read().split()
    validators = {}
    timeout = aiohttp.ClientTimeout(total=args.timeout)
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        for _ in sys.stdin:
            wall, cpu = time.perf_counter(), time.process_time()
            counts = await cycle(session, urls, validators, args)
            counts.update(wall=time.perf_counter() - wall, cpu=time.process_time() - cpu)
            print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
