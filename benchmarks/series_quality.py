"""Running tolls on real dated reports: does the bot alert on new figures only, and is "was N" right?

    .venv/bin/python benchmarks/series_quality.py [--corpus FILE ...] [--rules DIR] [--show]

Default corpora: ../shared/corpus/dev.jsonl and dev2.jsonl. Only the items with a `series` field are
used (the dated sequences of one running toll or one incident's rising toll). Per corpus they are
sorted by `published` (ties and undated items keep the file order) and piped, all series
interleaved, through ONE `conflict-alerts match --rules DIR --state FILE` process: the JSON-lines
contract with persistent state, exactly what an outside tool sees.

Truth, from the labels alone (independent of the bot's code):
- an item's figure for its series is the largest `killed` count among its labels (every sequence in
  these sets is a death toll; smaller killed labels are parts, day figures or earlier figures quoted);
- the first item of a series is *first*; a later one is an *update* when its figure is larger than
  the largest figure of the series seen before it, else a *repeat* (equal, or lower: "more than
  30,000" after 30,035 is 30,000 < 30,035, a repeat; "nearly 21,000" after 20,424 is an update);
- the previous figure an update should state is that largest earlier figure of the same series.

What the bot did, from its output: an item *alerted* when it has a casualty alert about deaths whose
headline figure is the item's figure for its series (an alert on a part, "3 soldiers killed" for a
toll of 408, does not count); *any killed alert* counts every casualty alert about deaths (the noise
a reader of a repeat sees). The stated previous figure is the `was N` of that headline.

Scores:
- new figures alerted: first + update items that alerted;
- updates alerted: update items that alerted;
- repeats alerted: repeat items with any killed alert;
- previous right: alerts of series items stating `was N` where N is the expected previous figure
  (a `was` on a first item is wrong: it can only come from another series).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
DEFAULT_CORPORA = [CORPUS_DIR / "dev.jsonl", CORPUS_DIR / "dev2.jsonl"]

HEADLINE = re.compile(
    r"Casualties(?: · (?P<place>.*?))? — (?P<figure>.*?)(?: \(was (?:[a-z ]+ )?(?P<was>[\d,]+)[^)]*\))?$"
)
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


@dataclass
class Scores:
    firsts: int = 0
    firsts_alerted: int = 0
    updates: int = 0
    updates_alerted: int = 0
    repeats: int = 0
    repeats_alerted: int = 0
    stated: int = 0
    stated_right: int = 0
    updates_stating: int = 0
    rows: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for name in ("firsts", "firsts_alerted", "updates", "updates_alerted", "repeats",
                     "repeats_alerted", "stated", "stated_right", "updates_stating"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rows += other.rows


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f} %" if whole else "0/0"


def series_figure(item: dict[str, Any]) -> int | None:
    counts = [lab["count"] for lab in item["labels"] if lab.get("kind") == "killed" and lab.get("count")]
    return max(counts) if counts else None


@dataclass(frozen=True)
class Said:
    count: int | None
    was: int | None
    killed: bool
    headline: str


def parse_alert(text: str) -> Said | None:
    first = text.splitlines()[0] if text else ""
    m = HEADLINE.search(first)
    if m is None:
        return None
    figure = m.group("figure")
    numbers = NUMBER.findall(figure)
    count = int(numbers[0].replace(",", "")) if numbers else None
    was = int(m.group("was").replace(",", "")) if m.group("was") else None
    killed = "death toll" in figure or figure.endswith("killed")
    return Said(count, was, killed, first)


def run_match(items: list[dict[str, Any]], rules: Path, state: Path) -> list[dict[str, Any]]:
    exe = ROOT / ".venv" / "bin" / "conflict-alerts"
    stdin = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
    done = subprocess.run(
        [str(exe), "match", "--rules", str(rules), "--state", str(state)],
        input=stdin, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    if done.returncode != 0:
        sys.exit(f"match failed ({done.returncode}): {done.stderr.strip()}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def score(corpus: Path, rules: Path) -> Scores:
    raw = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [i for i in raw if i.get("series")]
    order = sorted(range(len(items)), key=lambda n: (items[n].get("published") or "", n))
    items = [items[n] for n in order]
    with tempfile.TemporaryDirectory() as tmp:
        outputs = run_match(items, rules, Path(tmp) / "state.sqlite3")
    s = Scores()
    best: dict[str, int] = {}
    for item, out in zip(items, outputs, strict=True):
        assert out["id"] == item["id"]
        series, figure = item["series"], series_figure(item)
        said = [p for a in out["alerts"] if a["trigger"] == "casualty" if (p := parse_alert(a["text"]))]
        on_series = [p for p in said if p.count == figure and p.killed]
        any_killed = [p for p in said if p.killed]
        previous = best.get(series)
        if figure is None:
            continue
        if previous is None:
            status, expected_was = "first", None
            s.firsts += 1
            s.firsts_alerted += bool(on_series)
        elif figure > previous:
            status, expected_was = "update", previous
            s.updates += 1
            s.updates_alerted += bool(on_series)
            s.updates_stating += any(p.was is not None for p in on_series)
        else:
            status, expected_was = "repeat", previous
            s.repeats += 1
            s.repeats_alerted += bool(any_killed)
        for p in on_series if status != "repeat" else any_killed:
            if p.was is not None:
                s.stated += 1
                s.stated_right += p.was == expected_was
        best[series] = max(figure, previous or 0)
        verdict = "; ".join(p.headline for p in said) or "(no casualty alert)"
        s.rows.append(
            f"{item['id']:<5} {item.get('published') or '-':<10} {series[:28]:<28} {status:<6} "
            f"truth {figure:>6,} (prev {expected_was if expected_was is not None else '-'}) | {verdict}"
        )
    return s


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, action="append", help="JSON lines with `series` fields")
    parser.add_argument("--rules", type=Path, default=ROOT / "rules")
    parser.add_argument("--show", action="store_true", help="one line per item: truth and the bot's alerts")
    args = parser.parse_args()
    total = Scores()
    for corpus in args.corpus or DEFAULT_CORPORA:
        s = score(corpus, args.rules)
        print(f"corpus: {corpus} ({s.firsts + s.updates + s.repeats} dated series items)")
        if args.show:
            print("\n".join(f"  {row}" for row in s.rows))
        report(s, "  ")
        total.add(s)
    if len(args.corpus or DEFAULT_CORPORA) > 1:
        print("all corpora")
        report(total, "  ")


def report(s: Scores, indent: str) -> None:
    new = pct(s.firsts_alerted + s.updates_alerted, s.firsts + s.updates)
    print(f"{indent}new figures alerted (first + update): {new}")
    print(f"{indent}updates alerted:                      {pct(s.updates_alerted, s.updates)}")
    print(f"{indent}repeats alerted:                      {pct(s.repeats_alerted, s.repeats)}")
    print(f"{indent}stated previous figure right:         {pct(s.stated_right, s.stated)}")
    print(f"{indent}updates stating a previous figure:    {pct(s.updates_stating, s.updates)}")


if __name__ == "__main__":
    main()
