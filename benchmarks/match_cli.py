"""`conflict-alerts match` end to end against a keyword filter, whole processes, in the same run.

    .venv/bin/python benchmarks/match_cli.py [--items 20000] [--repeat 7]

Question: does extracting facts and matching rules cost more than grep would? Both sides are whole
processes, started by this script exactly as a user starts them, reading the same JSON-lines file on
stdin and writing JSON lines to a file; the clock runs from the fork to the process's exit, so
interpreter start, imports, rule loading and output are all counted:

- ours: `.venv/bin/conflict-alerts match --rules rules` (the console script; facts, shipped rules,
  alerts rendered as text);
- baseline: `python benchmarks/keyword_filter.py` (36 words, one combined case-insensitive regex
  compiled once, one JSON line out per item), and its `--hits-only` variant (output only for items with
  a word, as grep);
- start-up alone: each of them with empty stdin, and `python -c pass` as the floor.

Items: every entry `bot.core.parse.parse_feed` reads from ../shared/feeds/real/ (902 entries in 38
files; title, plain-text summary, link, date, source), repeated in rounds until --items is reached;
each round after the first is in a fresh shuffled order and every item has its own id. Neither side
keeps anything per text between items (the matcher's memo is per pattern of phrase hits, not per
text), so repeating the texts favours neither. Rounds alternate the order of the commands, and the
figures are the median and the range over --repeat rounds; the ratios (of wall and of CPU seconds)
are taken within each round.
Left out: the cost of producing the JSON lines, and `match --state` (no database here).

Bytecode: `bot/` is byte-compiled first (`python -m compileall bot`), as `pip install` does for an
installed package; without it, under PYTHONDONTWRITEBYTECODE=1 (set on the development machines)
every start would compile the bot's sources again (~40 ms more start-up).

Caches: `match` keeps a rules folder's validated rules in the user's cache folder (bot/rule_cache.py)
after the first run over those files, so every timed `match` after the first reads them from there;
the start-up row "match, empty rule cache" gives each run an empty cache folder (the rules read and
validated, as after an edit of the rules or an upgrade). The compiled regular expressions come from
the shipped bot/core/data/regexes.table in every run. Cores: for a file of 1 MiB or more `match`
answers on every CPU the process may use (bot/match_stream.py); its CPU seconds count every process,
so the CPU ratio is the like-for-like figure of the work done and the wall ratio is what a user waits.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.parse import parse_feed  # noqa: E402

FEEDS = ROOT.parent / "shared" / "feeds" / "real"
COLD = "match, empty rule cache"
BIN = Path(sys.executable).parent


def real_items() -> list[dict[str, str]]:
    items = []
    for path in sorted(FEEDS.iterdir()):
        if path.suffix == ".md":
            continue
        url = path.resolve().as_uri()
        parsed = parse_feed(path.read_bytes(), feed_id=path.stem, url=url, source=path.stem)
        for e in parsed.entries:
            items.append(
                {
                    "title": e.title,
                    "summary": e.summary,
                    "link": e.link,
                    "published": e.published.isoformat() if e.published else "",
                    "source": e.source,
                }
            )
    return items


def write_items(path: Path, n: int) -> int:
    """n items from the real feeds, in rounds; returns how many distinct texts they hold."""
    base = real_items()
    rnd = random.Random(16)
    with path.open("w", encoding="utf-8") as out:
        written, round_no = 0, 0
        while written < n:
            order = list(range(len(base)))
            if round_no:
                rnd.shuffle(order)
            for i in order[: n - written]:
                out.write(json.dumps({"id": f"r{round_no}-{i}", **base[i]}, ensure_ascii=False) + "\n")
            written += min(len(order), n - written)
            round_no += 1
    return len(base)


def timed(
    argv: list[str],
    stdin: Path | None,
    stdout: Path | None,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole process, its children included (`match` forks one
    per further CPU for a large file, and waits for them)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with (stdin or Path(os.devnull)).open("rb") as fin, (stdout or Path(os.devnull)).open("wb") as fout:
        start = time.perf_counter()
        done = subprocess.run(
            argv, stdin=fin, stdout=fout, stderr=subprocess.PIPE, cwd=cwd, check=False, env=env
        )
        wall = time.perf_counter() - start
    if done.returncode:
        sys.exit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace').strip()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def spread(values: list[float], fmt: str = "{:.3f}") -> str:
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--checkout",
        type=Path,
        help="another source tree of the bot (e.g. `git archive` of an older commit): its `python -m bot "
        "match` with its own rules runs in the same rounds, for a before/after in one run",
    )
    args = parser.parse_args()

    ours = [str(BIN / "conflict-alerts"), "match", "--rules", "rules"]
    grep = [sys.executable, str(ROOT / "benchmarks" / "keyword_filter.py")]
    commands = {
        "match": ours,
        "keyword filter": grep,
        "keyword filter --hits-only": [*grep, "--hits-only"],
    }
    startups = {
        "match": ours,
        COLD: ours,
        "keyword filter": grep,
        "python -c pass": [sys.executable, "-c", "pass"],
    }
    cwds: dict[str, Path] = {}
    if args.checkout:
        other = [sys.executable, "-m", "bot", "match", "--rules", str(args.checkout.resolve() / "rules")]
        commands[f"match ({args.checkout.name})"] = startups[f"match ({args.checkout.name})"] = other
        cwds[f"match ({args.checkout.name})"] = args.checkout.resolve()
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(args.checkout / "bot")], check=True)

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "bot")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "items.jsonl"
        distinct = write_items(items, args.items)
        print(
            f"items: {args.items:,} JSON lines ({items.stat().st_size / 1e6:.1f} MB) from {distinct} real "
            f"entries in {FEEDS}, repeated in shuffled rounds; load average {os.getloadavg()[0]:.1f}"
        )
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        starts: dict[str, list[float]] = {name: [] for name in startups}
        start_cpus: dict[str, list[float]] = {name: [] for name in startups}
        ratios: dict[str, list[float]] = {name: [] for name in commands if name != "match"}
        cpu_ratios: dict[str, list[float]] = {name: [] for name in ratios}
        outputs: dict[str, Path] = {name: Path(tmp) / f"out-{i}.jsonl" for i, name in enumerate(commands)}
        for round_no in range(args.repeat):
            names = list(commands) if round_no % 2 == 0 else list(reversed(commands))
            for name in names:
                wall, cpu = timed(commands[name], items, outputs[name], cwds.get(name, ROOT))
                walls[name].append(wall)
                cpus[name].append(cpu)
            for name in ratios:
                ratios[name].append(walls[name][-1] / walls["match"][-1])
                cpu_ratios[name].append(cpus[name][-1] / cpus["match"][-1])
            for name, argv in startups.items():
                env = None
                if name == COLD:  # the rules read and validated, as at the first `match` after a change
                    env = {**os.environ, "XDG_CACHE_HOME": tempfile.mkdtemp(dir=tmp)}
                wall, cpu = timed(argv, None, None, cwds.get(name, ROOT), env)
                starts[name].append(wall)
                start_cpus[name].append(cpu)

        lines = outputs["match"].read_text(encoding="utf-8").splitlines()
        answers = [json.loads(line) for line in lines]
        with_facts = sum(1 for a in answers if a["facts"])
        alerts = sum(len(a["alerts"]) for a in answers)
        filtered = outputs["keyword filter"].read_text(encoding="utf-8").splitlines()
        hits = sum(1 for line in filtered if json.loads(line)["keywords"])
        print(
            f"match: {len(answers):,} lines out, {with_facts:,} items with a fact, {alerts:,} alerts; "
            f"keyword filter: {hits:,} items with a word"
        )
        print(f"\nmedian (min–max) over {args.repeat} rounds, load average now {os.getloadavg()[0]:.1f}\n")
        print("| command | wall s | CPU s | items/s (median wall) |")
        print("|---|---|---|---|")
        for name in commands:
            rate = args.items / statistics.median(walls[name])
            print(f"| {name} | {spread(walls[name])} | {spread(cpus[name])} | {rate:,.0f} |")
        print("\n| ratio (same round) | baseline wall / match wall | baseline CPU / match CPU |")
        print("|---|---|---|")
        for name, values in ratios.items():
            print(f"| {name} | {spread(values, '{:.2f}')} | {spread(cpu_ratios[name], '{:.2f}')} |")
        print("\n| start-up, empty stdin | wall s | CPU s |")
        print("|---|---|---|")
        for name, values in starts.items():
            print(f"| {name} | {spread(values)} | {spread(start_cpus[name])} |")
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
