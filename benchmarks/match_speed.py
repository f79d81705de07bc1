"""How fast do items go through the rules, and does the cost grow with the number of rules?

Question: items per second through `RuleSet.match` with the shipped rules plus 200 generated keyword
rules, over real feed items, against a naive loop that runs each keyword rule's regexes (Python
`re`) over each item — in the same run, on the same items. Targets: >= 50,000 items/s and >= 50x
the naive loop. Also: the same with 20 and 1,000 generated rules (the automaton's cost should not
grow), and end to end with fact extraction (`bot.core.extract.extract_facts`) when it exists.

Items: every entry feedparser reads from ../shared/feeds/real/ (title + plain-text summary),
cycled to --items. Facts are extracted once per item beforehand, as the pipeline does, so the
match figures measure matching only.

    .venv/bin/python benchmarks/match_speed.py [--items 200000] [--rules 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import html
import importlib
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import feedparser

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.model import Entry, Fact  # noqa: E402
from bot.core.rules import RULE_MODELS, KeywordsRule, Rule, RuleSet, load_rules  # noqa: E402

FEEDS = ROOT.parent / "shared" / "feeds" / "real"
TAG = re.compile(r"<[^>]+>")

# Words and phrases that occur in world news (so generated rules do fire) and some that rarely do.
VOCABULARY = """
Gaza;Israel;Hamas;Hezbollah;Lebanon;West Bank;Iran;Tehran;Syria;Damascus;Yemen;Houthis;Red Sea;Sudan;
Khartoum;El Fasher;Darfur;RSF;Ukraine;Kyiv;Kharkiv;Odesa;Russia;Moscow;Kremlin;Putin;Zelensky;NATO;
Donbas;Crimea;Myanmar;Rohingya;Sahel;Mali;Burkina Faso;Niger;Somalia;al-Shabab;Ethiopia;Tigray;Congo;
M23;Goma;Haiti;gangs;Afghanistan;Taliban;Pakistan;Kashmir;India;China;Taiwan;South China Sea;
North Korea;missile;drone;air strike;airstrike;shelling;artillery;ceasefire;truce;hostages;refugees;
displaced;famine;aid convoy;humanitarian corridor;blockade;siege;sanctions;war crimes;genocide;
ICC;ICJ;UN Security Council;General Assembly;peacekeepers;troops;soldiers;militants;insurgents;
protest;protesters;election;president;prime minister;parliament;minister;court;police;arrested;
killed;wounded;injured;dead;death toll;massacre;attack;bombing;explosion;offensive;invasion;
occupation;annexation;settlers;checkpoint;border;evacuation;hospital;school;mosque;church;
journalists;medics;children;women;civilians;economy;inflation;oil;gas;pipeline;tariffs;trade;
football;cricket;Olympics;film;music;weather;storm;flood;earthquake;wildfire;climate;vaccine
""".replace("\n", "").split(";")


def read_items() -> list[tuple[str, str, str]]:
    """(title, summary, source) of every entry in the stored real feeds."""
    items = []
    for path in sorted(FEEDS.iterdir()):
        if path.suffix == ".md":
            continue
        parsed = feedparser.parse(path.read_bytes())
        source = str(parsed.feed.get("title") or path.stem)
        for e in parsed.entries:
            title = html.unescape(TAG.sub(" ", str(e.get("title", "")))).strip()
            summary = html.unescape(TAG.sub(" ", str(e.get("summary", "")))).strip()
            if title or summary:
                items.append((title, summary, source))
    return items


def generated_rules(n: int, seed: int = 42) -> list[Rule]:
    rnd = random.Random(seed)
    vocab = [w.strip() for w in VOCABULARY if w.strip()]
    rules: list[Rule] = []
    for i in range(n):
        fields: dict[str, Any] = {
            "id": f"gen-{i:04d}",
            "trigger": "keywords",
            "severity": rnd.choice(["low", "medium", "high"]),
            "any": [*rnd.sample(vocab, 3), f"rare phrase {i}"],
        }
        if rnd.random() < 0.3:
            fields["all"] = rnd.sample(vocab, 1)
        if rnd.random() < 0.3:
            fields["none"] = rnd.sample(vocab, 1)
        rules.append(RULE_MODELS["keywords"].model_validate(fields))
    return rules


def _phrase_regex(phrases: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def naive_matcher(rules: Sequence[Rule]) -> Callable[[str, str], list[str]]:
    """Each keyword rule as Python regexes, every rule run over every item."""
    compiled = []
    for r in rules:
        if not isinstance(r, KeywordsRule):
            continue
        any_re = _phrase_regex(r.any) if r.any else None
        all_res = [_phrase_regex([p]) for p in r.all]
        none_re = _phrase_regex(r.none) if r.none else None
        compiled.append((r.id, any_re, all_res, none_re))

    def match(title: str, summary: str) -> list[str]:
        fired = []
        for rule_id, any_re, all_res, none_re in compiled:
            if any_re is not None and not (any_re.search(title) or any_re.search(summary)):
                continue
            if not all(a.search(title) or a.search(summary) for a in all_res):
                continue
            if none_re is not None and (none_re.search(title) or none_re.search(summary)):
                continue
            fired.append(rule_id)
        return fired

    return match


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def best_of(repeat: int, fn: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--rules", type=int, default=200)
    parser.add_argument("--naive-items", type=int, default=5_000, help="the naive loop is slow; fewer items")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    shipped = load_rules(ROOT / "rules")
    assert shipped.ruleset is not None, shipped.errors
    base_rules = list(shipped.ruleset.rules)

    raw = read_items()
    entries = [Entry("bench", str(i), t, s, "", None, src) for i, (t, s, src) in enumerate(raw)]
    try:
        extract: Callable[..., Sequence[Fact]] | None = importlib.import_module(
            "bot.core.extract"
        ).extract_facts
    except (ImportError, AttributeError):
        extract = None
    facts: list[Sequence[Fact]] = [extract(e.title, e.summary, None) if extract else [] for e in entries]
    avg_chars = sum(len(e.title) + len(e.summary) for e in entries) / len(entries)
    print(f"items: {len(entries)} real entries from {FEEDS} (avg {avg_chars:.0f} chars), cycled")
    how = "extracted with bot.core.extract" if extract else "none (bot.core.extract not available)"
    print(f"facts: {how}; {sum(len(f) for f in facts)} facts on {sum(1 for f in facts if f)} items")

    def run_ruleset(ruleset: RuleSet, n: int) -> tuple[float, int]:
        fired = 0
        order = [i % len(entries) for i in range(n)]

        def loop() -> None:
            nonlocal fired
            fired = 0
            for i in order:
                fired += len(ruleset.match(entries[i], facts[i]))

        return best_of(args.repeat, loop), fired

    results: dict[int, float] = {}
    for n_rules in sorted({20, args.rules, 1000}):
        rules = base_rules + generated_rules(n_rules)
        ruleset = RuleSet(rules)
        seconds, fired = run_ruleset(ruleset, args.items)
        results[n_rules] = rate(args.items, seconds)
        print(
            f"RuleSet.match, {len(base_rules)} shipped + {n_rules} generated rules: "
            f"{results[n_rules]:,.0f} items/s ({fired / args.items:.2f} matches/item)"
        )

    rules = base_rules + generated_rules(args.rules)
    ruleset = RuleSet(rules)
    naive = naive_matcher(rules)
    order = [i % len(entries) for i in range(args.naive_items)]

    def naive_loop() -> None:
        for i in order:
            naive(entries[i].title, entries[i].summary)

    naive_rate = rate(args.naive_items, best_of(args.repeat, naive_loop))
    print(f"naive loop (Python re per rule), same {len(rules)} rules: {naive_rate:,.0f} items/s")
    print(f"speed-up: {results[args.rules] / naive_rate:,.0f}x")

    mismatches = 0
    for i, e in enumerate(entries):
        ours = {m.rule_id for m in ruleset.match(e, facts[i]) if m.rule_id.startswith("gen-")}
        theirs = set(naive(e.title, e.summary))
        mismatches += ours != theirs
    print(f"agreement with the naive loop on keyword rules: {len(entries) - mismatches}/{len(entries)} items")

    if extract is not None:
        n = min(args.items, 5_000)
        order = [i % len(entries) for i in range(n)]

        def pipeline() -> None:
            for i in order:
                e = entries[i]
                ruleset.match(e, extract(e.title, e.summary, None))

        print(
            f"end to end (extract_facts + match), {len(rules)} rules: "
            f"{rate(n, best_of(args.repeat, pipeline)):,.0f} items/s"
        )


if __name__ == "__main__":
    main()
