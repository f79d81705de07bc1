"""CPU time per item of `extract_facts` on the real-feed items, by language group.

    .venv/bin/python benchmarks/extract_cpu.py [--passes 7]
    cd OTHER_CHECKOUT && .venv/bin/python /path/to/this/benchmarks/extract_cpu.py   # another version

Reads every entry `bot.core.parse.parse_feed` finds in ../shared/feeds/real (as `quality.py --speed`
does), sorts the items by the language py3langid gives them (English; a language with a lexicon;
a language without one) and prints, per group, the best of `--passes` timed passes of process CPU
time per item after one warm pass (patterns compiled, tables loaded). Process CPU time rather than
wall time, and the best pass rather than the mean, because the machines this runs on are shared:
run two checkouts in turn several times and compare the best and the median of their rounds.
The bot imported is the one of the current directory, so the same script times any checkout.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from bot.core.extract import extract_facts
from bot.core.extract.lexicon import languages
from bot.core.parse import parse_feed

FEEDS = Path.cwd().parent / "shared" / "feeds" / "real"


def feed_items() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in sorted(FEEDS.iterdir()):
        if path.suffix == ".md":
            continue
        parsed = parse_feed(
            path.read_bytes(), feed_id=path.stem, url=f"https://example.invalid/{path.name}", source=path.stem
        )
        out.extend((e.title, e.summary) for e in parsed.entries)
    return out


def groups(items: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    import py3langid  # type: ignore[import-untyped]

    read = set(languages())
    out: dict[str, list[tuple[str, str]]] = {"English": [], "lexicon languages": [], "no lexicon": []}
    for title, summary in items:
        lang = py3langid.classify(f"{title}\n{summary}")[0]
        key = "English" if lang == "en" else "lexicon languages" if lang in read else "no lexicon"
        out[key].append((title, summary))
    return out


def cpu_per_item(items: list[tuple[str, str]], passes: int) -> float:
    for title, summary in items:
        extract_facts(title, summary)
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for title, summary in items:
            extract_facts(title, summary)
        best = min(best, (time.process_time() - start) / len(items))
    return best * 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=7)
    args = ap.parse_args()
    for name, items in groups(feed_items()).items():
        if items:
            cpu = cpu_per_item(items, args.passes)
            print(f"{name}: {len(items)} items, {cpu:.1f} µs per item (best of {args.passes})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
