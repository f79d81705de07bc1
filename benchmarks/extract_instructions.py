"""Instructions per English item of `extract_facts` in several checkouts, counted by valgrind's cachegrind.

CPU time on a shared two-core machine wanders by ±20 % from one round to the next; instruction counts do not
move with load, so they settle whether a change is cheaper when the timings cannot. They are not time: an
instruction of the interpreter's own work costs more than one of a regex scan in C, so read them beside
`extract_cpu_rounds.py`, not instead of it.

For each checkout, two processes run under cachegrind on the same items (`extract_cpu.py --write-items`):
one reads the group's items once to warm up and then `--passes` more times, the other only warms up. The
difference, divided by passes and items, is the cost of one item read with warm caches; start-up and imports
cancel out.

    .venv/bin/python benchmarks/extract_instructions.py --items ITEMS.jsonl --passes 5 CHECKOUT [CHECKOUT ...]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, sys
sys.path.insert(0, ".")
from bot.core.extract import extract_facts
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
items = [(r["title"], r["summary"]) for r in rows if r["group"] == sys.argv[2]]
for _ in range(1 + int(sys.argv[3])):
    for title, summary in items:
        extract_facts(title, summary)
"""


def instructions(checkout: Path, items: Path, group: str, passes: int) -> int:
    """Instructions cachegrind counts for the warm pass plus `passes` more in `checkout`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cachegrind.out"
        # one BLAS thread: numpy (loaded by py3langid) starts OpenBLAS workers whose spin-waits cachegrind
        # counts as instructions, so the same commit read 270-302 k per item from run to run without this
        env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
        subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={out}",
                sys.executable,
                "-c",
                CHILD,
                str(items),
                group,
                str(passes),
            ],
            cwd=checkout,
            env=env,
            check=True,
            capture_output=True,
        )
        summary = re.search(r"^summary:\s+(\d+)", out.read_text(), re.M)
        if summary is None:
            raise SystemExit(f"no summary line in cachegrind's output for {checkout}")
        return int(summary.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--items", type=Path, required=True, help="items written by extract_cpu.py --write-items"
    )
    parser.add_argument("--group", default="English")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("checkouts", nargs="+", type=Path)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.items.read_text(encoding="utf-8").splitlines()]
    count = sum(1 for r in rows if r["group"] == args.group)
    results = {}
    for checkout in args.checkouts:
        warm_only = instructions(checkout, args.items.resolve(), args.group, 0)
        timed = instructions(checkout, args.items.resolve(), args.group, args.passes)
        per_item = (timed - warm_only) / (args.passes * count)
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=checkout, capture_output=True, text=True
        ).stdout.strip()
        results[str(checkout)] = per_item
        print(f"{checkout} ({commit}): {per_item / 1000:.1f} k instructions per {args.group} item")
    first = next(iter(results.values()))
    for name, value in results.items():
        print(f"{name}: {value / first:.3f} x the first checkout")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
