"""How fast do items go through the rules, and does the cost grow with the number of rules?

Question: items per second through `RuleSet.match` with the shipped rules plus 200 generated keyword
rules, over real feed items, against what a competent engineer would write without this project, in
the same run, on the same items:

- **baselines** (issue 16): one pass over the item plus set logic, two ways. (a) combined regex:
  every phrase of every keyword rule in one Python regex, compiled once, run once per item over the
  lower-cased, whitespace-squeezed text; the phrases found (and the phrases they contain, "minister"
  in "prime minister") form a set. (b) word n-grams: the item's words (regex `\\w+`, lower-cased) and
  their runs up to the longest phrase's length, looked up in a set of the phrases. Then, for both, a
  rule fires when its `any` set meets the found set, its `all` set is inside it and its `none` set
  misses it; only the rules indexed by a found phrase are looked at. (b) is the faster of the two
  here, so the speed-up is reported against it (and against (a) beside it).
- **old baseline** (kept for comparison, labelled): a naive loop that runs each keyword rule's own
  regexes (Python `re`, case-insensitive) over each item — weak, since its cost grows with the
  number of rules.

Targets (issue 3): >= 50,000 items/s and >= 50x the naive loop. Also: the same with 20 and 1,000
generated rules (the automaton's cost should not grow), and end to end with fact extraction
(`bot.core.extract.extract_facts`) when it exists. Both baselines are checked to fire the same
generated rules as `RuleSet.match` on every real item.

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
import statistics
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


def combined_matcher(rules: Sequence[Rule]) -> Callable[[str, str], list[str]]:
    """Every keyword rule's phrases in one regex, one pass per item, then set logic per rule."""
    keyword_rules = [r for r in rules if isinstance(r, KeywordsRule) and (r.any or r.all)]

    def key(phrase: str) -> str:
        return " ".join(phrase.lower().split())

    every = {key(p) for r in keyword_rules for p in (*r.any, *r.all, *r.none)}
    phrases = sorted(every, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    # A match hides the phrases inside it ("prime minister" hides "minister"): add them back.
    inside = {p: {q for q in phrases if q != p and re.search(rf"\b{re.escape(q)}\b", p)} for p in phrases}
    by_phrase: dict[str, list[int]] = {}
    plan = []
    for index, r in enumerate(keyword_rules):
        any_set, all_set, none_set = ({key(p) for p in ps} for ps in (r.any, r.all, r.none))
        plan.append((r.id, any_set, all_set, none_set))
        for p in any_set or all_set:
            by_phrase.setdefault(p, []).append(index)

    def match(title: str, summary: str) -> list[str]:
        # Lower-cased once (cheaper than a case-insensitive regex); a phrase never spans the two fields.
        text = f"{' '.join(title.split())}\n{' '.join(summary.split())}".lower()
        found = set(pattern.findall(text))
        for p in list(found):
            found |= inside[p]
        candidates = sorted({i for p in found for i in by_phrase.get(p, ())})
        fired = []
        for i in candidates:
            rule_id, any_set, all_set, none_set = plan[i]
            if (not any_set or any_set & found) and all_set <= found and not none_set & found:
                fired.append(rule_id)
        return fired

    return match


WORD = re.compile(r"\w+")


def ngram_matcher(rules: Sequence[Rule]) -> Callable[[str, str], list[str]]:
    """The item's words and word runs looked up in a set of every rule's phrases, then set logic."""
    keyword_rules = [r for r in rules if isinstance(r, KeywordsRule) and (r.any or r.all)]

    def key(phrase: str) -> tuple[str, ...]:
        return tuple(WORD.findall(phrase.lower()))

    by_phrase: dict[tuple[str, ...], list[int]] = {}
    plan = []
    for index, r in enumerate(keyword_rules):
        any_set, all_set, none_set = ({key(p) for p in ps} for ps in (r.any, r.all, r.none))
        plan.append((r.id, any_set, all_set, none_set))
        for p in any_set or all_set:
            by_phrase.setdefault(p, []).append(index)
    known = set(by_phrase) | {key(p) for r in keyword_rules for p in r.none}
    longest = max(len(p) for p in known)

    def match(title: str, summary: str) -> list[str]:
        found: set[tuple[str, ...]] = set()
        for field in (title, summary):  # a phrase never spans the two fields
            words = WORD.findall(field.lower())
            for n in range(1, longest + 1):
                for j in range(len(words) - n + 1):
                    gram = tuple(words[j : j + n])
                    if gram in known:
                        found.add(gram)
        candidates = sorted({i for p in found for i in by_phrase.get(p, ())})
        fired = []
        for i in candidates:
            rule_id, any_set, all_set, none_set = plan[i]
            if (not any_set or any_set & found) and all_set <= found and not none_set & found:
                fired.append(rule_id)
        return fired

    return match


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def timings(repeat: int, fn: Callable[[], None]) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


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

    def run_ruleset(ruleset: RuleSet, n: int) -> tuple[list[float], int]:
        fired = 0
        order = [i % len(entries) for i in range(n)]

        def loop() -> None:
            nonlocal fired
            fired = 0
            for i in order:
                fired += len(ruleset.match(entries[i], facts[i]))

        return timings(args.repeat, loop), fired

    results: dict[int, float] = {}
    for n_rules in sorted({20, args.rules, 1000}):
        rules = base_rules + generated_rules(n_rules)
        ruleset = RuleSet(rules)
        seconds, fired = run_ruleset(ruleset, args.items)
        results[n_rules] = rate(args.items, min(seconds))
        print(
            f"RuleSet.match, {len(base_rules)} shipped + {n_rules} generated rules: "
            f"{results[n_rules]:,.0f} items/s (slowest run {rate(args.items, max(seconds)):,.0f}; "
            f"{fired / args.items:.2f} matches/item)"
        )

    rules = base_rules + generated_rules(args.rules)
    ruleset = RuleSet(rules)
    combined = combined_matcher(rules)
    ngrams = ngram_matcher(rules)
    order = [i % len(entries) for i in range(args.items)]

    def ours_loop() -> None:
        for i in order:
            ruleset.match(entries[i], facts[i])

    def baseline_loop(matcher: Callable[[str, str], list[str]]) -> Callable[[], None]:
        def loop() -> None:
            for i in order:
                matcher(entries[i].title, entries[i].summary)

        return loop

    rates: dict[str, list[float]] = {"RuleSet.match": [], "(a) combined regex": [], "(b) word n-grams": []}
    loops = {"RuleSet.match": ours_loop, "(a) combined regex": baseline_loop(combined)}
    loops["(b) word n-grams"] = baseline_loop(ngrams)
    for _ in range(args.repeat):  # alternated, so that all three see the same machine
        for name, loop in loops.items():
            rates[name].append(rate(args.items, timings(1, loop)[0]))
    print(f"same {len(rules)} rules, {args.repeat} alternated rounds: best items/s (slowest round)")
    for name, values in rates.items():
        print(f"  {name}: {max(values):,.0f} ({min(values):,.0f})")
    for name in ("(a) combined regex", "(b) word n-grams"):
        ratios = sorted(o / b for o, b in zip(rates["RuleSet.match"], rates[name], strict=True))
        print(
            f"  speed-up of RuleSet.match over baseline {name}: {statistics.median(ratios):.1f}x "
            f"(range {ratios[0]:.1f}-{ratios[-1]:.1f}x within rounds)"
        )

    naive = naive_matcher(rules)
    naive_order = [i % len(entries) for i in range(args.naive_items)]

    def naive_loop() -> None:
        for i in naive_order:
            naive(entries[i].title, entries[i].summary)

    naive_times = timings(args.repeat, naive_loop)
    naive_rate = rate(args.naive_items, min(naive_times))
    print(
        f"old baseline (weak): naive loop, Python re per rule, same {len(rules)} rules: "
        f"{naive_rate:,.0f} items/s (slowest run {rate(args.naive_items, max(naive_times)):,.0f}); "
        f"speed-up over it: {results[args.rules] / naive_rate:,.0f}x"
    )

    for name, other in (("baseline (a)", combined), ("baseline (b)", ngrams), ("the old naive loop", naive)):
        mismatches = 0
        for i, e in enumerate(entries):
            ours = {m.rule_id for m in ruleset.match(e, facts[i]) if m.rule_id.startswith("gen-")}
            theirs = {r for r in other(e.title, e.summary) if r.startswith("gen-")}
            mismatches += ours != theirs
        agree = len(entries) - mismatches
        print(f"agreement with {name} on generated keyword rules: {agree}/{len(entries)} items")

    if extract is not None:
        n = min(args.items, 5_000)
        order = [i % len(entries) for i in range(n)]

        def pipeline() -> None:
            for i in order:
                e = entries[i]
                ruleset.match(e, extract(e.title, e.summary, None))

        print(
            f"end to end (extract_facts + match), {len(rules)} rules: "
            f"{rate(n, min(timings(args.repeat, pipeline))):,.0f} items/s"
        )


if __name__ == "__main__":
    main()
