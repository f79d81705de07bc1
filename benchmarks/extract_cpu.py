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

Comparing checkouts on the very same items (a checkout older than the ten languages has neither
py3langid nor `lexicon.languages`): `--write-items FILE` writes the grouped items once (JSON lines
{"group", "title", "summary"}); `--items FILE` then reads them instead of the feeds.

`--layer` (a checkout with `bot.core.extract.lang`): on the English items, the cost of the
multilingual layer in one process. Passes alternate between the full `extract_facts` and the English
extractors alone (`bot.core.extract._english_facts` on the text `extract_facts` builds: its gate,
then the three readers), order swapped every pass, and both their best and median are printed, with
the number of items whose facts differ between the two (the layer's own readings of English-looking
items). What this cannot see: costs inside the English readers that exist because other languages
do (shared name tables and the like); compare with a checkout before the layer for those.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path.cwd()))

from bot.core.extract import extract_facts

FEEDS = Path.cwd().parent / "shared" / "feeds" / "real"
GROUPS = ("English", "lexicon languages", "no lexicon")
Item = tuple[str, str]


def feed_items() -> list[Item]:
    from bot.core.parse import parse_feed

    out: list[Item] = []
    for path in sorted(FEEDS.iterdir()):
        if path.suffix == ".md":
            continue
        parsed = parse_feed(
            path.read_bytes(), feed_id=path.stem, url=f"https://example.invalid/{path.name}", source=path.stem
        )
        out.extend((e.title, e.summary) for e in parsed.entries)
    return out


def groups(items: list[Item]) -> dict[str, list[Item]]:
    import py3langid  # type: ignore[import-untyped]

    from bot.core.extract.lexicon import languages

    read = set(languages())
    out: dict[str, list[Item]] = {name: [] for name in GROUPS}
    for title, summary in items:
        lang = py3langid.classify(f"{title}\n{summary}")[0]
        key = "English" if lang == "en" else "lexicon languages" if lang in read else "no lexicon"
        out[key].append((title, summary))
    return out


def read_items(path: Path) -> dict[str, list[Item]]:
    out: dict[str, list[Item]] = {name: [] for name in GROUPS}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["group"]].append((row["title"], row["summary"]))
    return out


def write_items(path: Path, grouped: dict[str, list[Item]]) -> None:
    rows = (
        json.dumps({"group": name, "title": title, "summary": summary}, ensure_ascii=False)
        for name, items in grouped.items()
        for title, summary in items
    )
    path.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


def one_pass(read: Callable[[str, str], object], items: list[Item]) -> float:
    """µs of process CPU per item for one pass of `read` over `items`."""
    start = time.process_time()
    for title, summary in items:
        read(title, summary)
    return (time.process_time() - start) / len(items) * 1e6


def cpu_per_item(items: list[Item], passes: int) -> float:
    for title, summary in items:
        extract_facts(title, summary)
    return min(one_pass(extract_facts, items) for _ in range(passes))


def english_alone() -> Callable[[str, str], Any]:
    """The English extractors without the multilingual layer: `_english_facts` on the text that
    `extract_facts` builds from a title and a summary."""
    from bot.core.extract import _english_facts

    def read(title: str, summary: str) -> Any:
        title = " ".join(title.split())
        return _english_facts(f"{title}\n{summary}" if summary else title, None, None)

    return read


def layer_cost(items: list[Item], passes: int) -> dict[str, Any]:
    """Best and median µs per item of the full `extract_facts` and of the English extractors alone,
    their passes alternating in this process, and the items whose facts differ between them."""
    from bot.core.model import fact_json

    readers: dict[str, Callable[[str, str], Any]] = {"full": extract_facts, "english alone": english_alone()}
    differ = 0
    for title, summary in items:  # the warm pass of both, and their facts compared
        facts = [[fact_json(f) for f in read(title, summary)] for read in readers.values()]
        differ += facts[0] != facts[1]
    times: dict[str, list[float]] = {name: [] for name in readers}
    for n in range(passes):
        for name in readers if n % 2 == 0 else reversed(readers):
            times[name].append(one_pass(readers[name], items))
    out: dict[str, Any] = {"items": len(items), "facts differ": differ}
    for name, values in times.items():
        out[name] = {"best": min(values), "median": statistics.median(values)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=7)
    ap.add_argument("--items", type=Path, help="grouped items written by --write-items (not the feeds)")
    ap.add_argument("--write-items", type=Path, help="write the feeds' grouped items to this file and stop")
    ap.add_argument("--layer", action="store_true", help="English: full extract_facts against English alone")
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = ap.parse_args()
    grouped = read_items(args.items) if args.items else groups(feed_items())
    if args.write_items:
        write_items(args.write_items, grouped)
        return 0
    result: dict[str, Any] = {}
    for name, items in grouped.items():
        if items:
            result[name] = {"items": len(items), "best": cpu_per_item(items, args.passes)}
    if args.layer and grouped["English"]:
        result["layer"] = layer_cost(grouped["English"], args.passes)
    if args.json:
        print(json.dumps(result))
        return 0
    for name, row in result.items():
        if name == "layer":
            continue
        print(f"{name}: {row['items']} items, {row['best']:.1f} µs per item (best of {args.passes})")
    if "layer" in result:
        layer = result["layer"]
        for name in ("full", "english alone"):
            t = layer[name]
            print(
                f"English, {name}: {t['best']:.1f} µs best, {t['median']:.1f} µs median (alternating passes)"
            )
        print(f"English items whose facts differ between the two: {layer['facts differ']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
