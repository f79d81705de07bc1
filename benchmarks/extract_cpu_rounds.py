"""`extract_cpu.py` in several checkouts in turn, several rounds, on the same items: one table.

    .venv/bin/python benchmarks/extract_cpu.py --write-items /tmp/items.jsonl     # once, on main
    .venv/bin/python benchmarks/extract_cpu_rounds.py --items /tmp/items.jsonl --rounds 6 \
        --layer-in /path/to/main-checkout /path/to/old-checkout /path/to/main-checkout

Each round runs `extract_cpu.py --items FILE --passes P --json` once in every checkout given (a fresh
process with the current directory there, so that checkout's `bot` is timed; the order turns every
round so that no checkout always runs first), with `--layer` in the checkouts of `--layer-in`
(repeatable), and notes the load average before each run. Printed: per checkout and group, the best
and the median over rounds of each run's best pass (µs of process CPU per item), the multilingual
layer's figures the same way, and the load averages seen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).with_name("extract_cpu.py")


def run(checkout: Path, items: Path, passes: int, layer: bool) -> dict[str, dict[str, Any]]:
    command = [sys.executable, str(SCRIPT), "--items", str(items), "--passes", str(passes), "--json"]
    done = subprocess.run(
        command + (["--layer"] if layer else []), cwd=checkout, check=True, capture_output=True
    )
    result: dict[str, dict[str, Any]] = json.loads(done.stdout)
    return result


def best_median(values: list[float]) -> str:
    return f"{min(values):.1f} / {statistics.median(values):.1f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkouts", nargs="+", type=Path)
    ap.add_argument("--items", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument(
        "--layer-in",
        type=Path,
        action="append",
        default=[],
        help="a checkout (with the ten languages) to run --layer in",
    )
    args = ap.parse_args()
    checkouts = [c.resolve() for c in args.checkouts]
    layer_in = {c.resolve() for c in args.layer_in}
    figures: dict[tuple[Path, str], list[float]] = {}
    loads: list[float] = []
    for n in range(args.rounds):
        for checkout in checkouts[n % len(checkouts) :] + checkouts[: n % len(checkouts)]:
            loads.append(os.getloadavg()[0])
            result = run(checkout, args.items.resolve(), args.passes, checkout in layer_in)
            for group, row in result.items():
                if group == "layer":
                    for reader in ("full", "english alone"):
                        for stat in ("best", "median"):
                            key = (checkout, f"English, {reader} ({stat} pass, layer run)")
                            figures.setdefault(key, []).append(row[reader][stat])
                    print(
                        f"  English items whose facts differ (layer run): {row['facts differ']}",
                        file=sys.stderr,
                    )
                else:
                    figures.setdefault((checkout, f"{group} ({row['items']} items)"), []).append(row["best"])
            print(
                f"round {n + 1}, {checkout.name}, load {loads[-1]:.2f}: {json.dumps(result)}", file=sys.stderr
            )
    load = f"{min(loads):.2f}-{max(loads):.2f}"
    print(f"{args.rounds} rounds, --passes {args.passes}, 1-minute load average before each run {load}")
    print("| checkout | what | µs per item, best / median over rounds |")
    print("|---|---|---|")
    for (checkout, what), values in figures.items():
        print(f"| {checkout.name} | {what} | {best_median(values)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
