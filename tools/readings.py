"""Every reading the extractor makes of the labelled sets and the real feeds, one JSON line per item:
the facts as `match` writes them (with `why`) and every candidate a veto dropped. Two checkouts that
write the same file read every item the same way: the identity proof of a change meant to alter speed
or code shape only.

    .venv/bin/python tools/readings.py > /tmp/before.jsonl   # in each checkout, then diff the files

Items are read twice, with and without their `language` hint. The sets read are `tests/data/*.jsonl`
(without the round's held-out sets named by `--skip`), `../shared/corpus/dev*.jsonl`, the build half of
`multilingual-dev.jsonl`, and every entry of `../shared/feeds/real/`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from benchmarks.quality import half_of  # noqa: E402
from bot.core.extract import explain_item  # noqa: E402
from bot.core.model import fact_json  # noqa: E402

SHARED = ROOT.parent / "shared"


def labelled_items(skip: tuple[str, ...]) -> Iterator[tuple[str, dict[str, Any]]]:
    paths = sorted((ROOT / "tests" / "data").glob("*.jsonl"))
    paths += sorted((SHARED / "corpus").glob("dev*.jsonl"))
    for path in paths:
        if path.name.startswith(skip):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if "title" in item:
                yield path.stem, item
    ml = SHARED / "corpus" / "multilingual-dev.jsonl"
    if ml.exists():
        rows = [json.loads(line) for line in ml.read_text(encoding="utf-8").splitlines()]
        for item in half_of(rows, "build"):
            yield ml.stem, item


def feed_items() -> Iterator[tuple[str, dict[str, Any]]]:
    from bot.core.parse import parse_feed

    feeds = SHARED / "feeds" / "real"
    if not feeds.exists():
        return
    for path in sorted(feeds.iterdir()):
        if path.suffix == ".md":
            continue
        parsed = parse_feed(
            path.read_bytes(), feed_id=path.stem, url=f"https://example.invalid/{path.name}", source=path.stem
        )
        for number, entry in enumerate(parsed.entries):
            yield path.stem, {"id": str(number), "title": entry.title, "summary": entry.summary}


def reading(item: dict[str, Any], language: str | None) -> dict[str, Any]:
    published = date.fromisoformat(item["published"][:10]) if item.get("published") else None
    explained = explain_item(item.get("title") or "", item.get("summary") or "", published, language)
    return {
        "facts": [fact_json(f) for f in explained.facts],
        "dropped": [d.to_json() for d in explained.dropped],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip",
        nargs="*",
        default=[],
        help="set-name prefixes not to read (a round's held-out sets while they are kept)",
    )
    args = parser.parse_args()
    items = list(labelled_items(tuple(args.skip))) + list(feed_items())
    for source, item in items:
        hints = {None, item.get("language")}
        for hint in sorted(hints, key=str):
            line = {"set": source, "id": item.get("id"), "hint": hint, **reading(item, hint)}
            print(json.dumps(line, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
