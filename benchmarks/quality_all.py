"""Every labelled set through `quality.py --direct --show-errors`, one output file per set, in one process.

    .venv/bin/python benchmarks/quality_all.py OUTDIR                 # this checkout
    cd OTHER_CHECKOUT && python /path/to/benchmarks/quality_all.py OUTDIR --sets-from /path/to/checkout
    .venv/bin/python benchmarks/quality_all.py --diff BEFORE_DIR AFTER_DIR

The sets are every `tests/data/*.jsonl` whose lines carry `labels` (of `--sets-from`, default this checkout,
so that two checkouts are scored on the same files), `../shared/corpus/dev.jsonl`, `dev2.jsonl` and the build
half of `multilingual-dev.jsonl` (`--half build --by-language`; the check half is never scored here). The
extractor is the one of the current directory. An extraction that raises is scored as no facts and reported on
stderr. `--diff` compares two output folders: per set, the error lines that are new and the field figures that
fell, then the totals (error lines gone and new, field figures risen and fallen). This is what earlier rounds'
sections call `/work/qall.sh` and `/work/qdiff.py`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

FIELD_ROW = re.compile(r"\| (\w+) \| ([^|]+?) \| ([0-9.]+) \| (\d+) \|")
TRIGGER_ROW = re.compile(r"\| (\w+) \| ([0-9.]+) \| ([0-9.]+) \| ([0-9.]+) \|")
NEGATIVES = re.compile(r"hard negatives with any fact: (\d+)/(\d+)")


def labelled_sets(root: Path) -> list[tuple[str, Path, list[str]]]:
    sets: list[tuple[str, Path, list[str]]] = []
    for path in sorted((root / "tests" / "data").glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            first = f.readline()
        try:
            if "labels" in json.loads(first):
                sets.append((path.stem, path, []))
        except json.JSONDecodeError:
            continue
    corpus = root.parent / "shared" / "corpus"
    sets += [
        ("dev", corpus / "dev.jsonl", []),
        ("dev2", corpus / "dev2.jsonl", []),
        ("mldev_build", corpus / "multilingual-dev.jsonl", ["--by-language", "--half", "build"]),
    ]
    return [s for s in sets if s[1].exists()]


def score_all(out: Path, sets_from: Path) -> int:
    sys.path.insert(0, str(Path.cwd()))
    sys.path.insert(0, str(Path.cwd() / "benchmarks"))
    import quality

    extract = quality.extract_facts

    def extract_or_nothing(*args: Any, **kwargs: Any) -> Any:
        try:
            return extract(*args, **kwargs)
        except Exception as exc:  # one bad item must not hide the rest of the set
            print(f"extraction failed: {exc!r}", file=sys.stderr)
            return []

    quality.extract_facts = extract_or_nothing  # type: ignore[assignment]
    quality.speed = lambda items, seconds=1.0: 0.0  # type: ignore[assignment]  # throughput is not compared
    out.mkdir(parents=True, exist_ok=True)
    for name, path, extra in labelled_sets(sets_from):
        buffer = io.StringIO()
        sys.argv = ["quality.py", "--direct", "--show-errors", "--corpus", str(path), *extra]
        with contextlib.redirect_stdout(buffer), contextlib.suppress(SystemExit):
            quality.main()
        text = "\n".join(line for line in buffer.getvalue().splitlines() if "throughput" not in line)
        (out / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return 0


def read_result(path: Path) -> tuple[set[str], dict[tuple[str, str], float]]:
    errors: set[str] = set()
    fields: dict[tuple[str, str], float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("  ") and ": " in line:
            errors.add(line.strip())
        if m := FIELD_ROW.match(line):
            fields[(m[1], m[2])] = float(m[3])
        if m := TRIGGER_ROW.match(line):
            fields[(m[1], "F1")] = float(m[4])
        if m := NEGATIVES.match(line):
            fields[("hard negatives", "with a fact")] = -int(m[1])  # fewer is better: a rise is a fix
    return errors, fields


def diff(before: Path, after: Path) -> int:
    gone = new = rises = falls = 0
    for path in sorted(after.glob("*.txt")):
        if not (before / path.name).exists():
            print(f"new set: {path.stem}")
            continue
        old_errors, old_fields = read_result(before / path.name)
        new_errors, new_fields = read_result(path)
        common = [k for k in new_fields if k in old_fields]
        fallen = [(k, old_fields[k], new_fields[k]) for k in common if new_fields[k] < old_fields[k]]
        risen = [k for k in common if new_fields[k] > old_fields[k]]
        gone += len(old_errors - new_errors)
        new += len(new_errors - old_errors)
        rises += len(risen)
        falls += len(fallen)
        if new_errors - old_errors or fallen:
            print(f"== {path.stem}")
            for line in sorted(new_errors - old_errors):
                print(f"  new  {line[:300]}")
            for key, was, now in fallen:
                print(f"  fell {key[0]} {key[1]}: {was} -> {now}")
    print(f"error lines gone {gone}, new {new}; field figures risen {rises}, fallen {falls}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="folder for one result file per set")
    ap.add_argument("--sets-from", type=Path, default=Path(__file__).resolve().parents[1])
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.diff:
        return diff(*args.diff)
    if args.out is None:
        ap.error("give OUTDIR, or --diff BEFORE AFTER")
    return score_all(args.out.resolve(), args.sets_from.resolve())


if __name__ == "__main__":
    raise SystemExit(main())
