"""Extraction quality on labeled real news, beside a plain keyword baseline, in one run.

    .venv/bin/python benchmarks/quality.py [--corpus ../shared/corpus/dev.jsonl] [--show-errors]
    .venv/bin/python benchmarks/quality.py --corpus tests/data/extraction_heldout.jsonl
    .venv/bin/python benchmarks/quality.py --speed [--seconds 3]
    .venv/bin/python benchmarks/quality.py --corpus ../shared/corpus/multilingual-dev.jsonl --by-language

`--corpus` picks the labeled set (default: the dev set). `--speed` skips the quality figures and times
`extract_facts` on the real feeds in ../shared/feeds/real/ (parsed with `bot.core.parse.parse_feed`,
as the pipeline does): (a) every item, (b) only the items holding a trigger word (a casualty, arms or
recognition stem, the same fixed list for every version of the extractors), (c) the labeled corpus.

Reads JSON lines (`id`, `title`, `summary`, `published`, `labels` in the fact shapes of DESIGN §4),
runs `bot.core.extract.extract_facts` on each item (the same call the matcher makes) and prints:

- per trigger, item level: precision, recall, F1 (an item is positive for a trigger when it has at
  least one fact of that type);
- field accuracy, per labeled fact (n = labeled facts of that trigger):
  * casualty: "count" is a fact in the same item with the same count and kind (the exact-count
    figure); "kind" a fact with the same kind; among the count matches ("of matched"), how often
    qualifier, cumulative, victims and location (`same_place`) also agree;
  * arms_embargo: a fact with the same actor, the same target, the same action (each alone), and one
    fact with all three ("actor+target+action");
  * recognition: a fact with the same actor set, the same status, the same recognised entity (each
    alone), and one fact with the actor set and the status ("actor set+status");
- the share of hard negatives (items with no labels) that get any fact;
- with `--by-language`, the item-level F1 per trigger and the exact-count accuracy per item language
  (the item's `language` field; items without one count as "en"), plus hard negatives with a fact;
- the same item-level figures for a keyword baseline (a regex per trigger), and for counts a baseline
  that takes the first number in the text.

Comparing names: labels sometimes qualify a name ("Netherlands (Dutch appeals court)", "Somalia
(federal government)", "UN independent experts"). Both sides are reduced to a canonical name
(parenthetical dropped, then `canonical_name`, else the text itself) and compared case-insensitively;
when both carry a parenthetical, either order matches ("High Court (United Kingdom)" ~ "United
Kingdom (High Court)": labels have written courts both ways);
a predicted name also matches when all its words (punctuation aside) appear in the label's name and
it shares the label's last word ("UN experts" ~ "UN independent experts", "Kramatorsk, Ukraine" ~
"Kramatorsk railway station, Ukraine", but "UN" !~ "UN Security Council"). Places: the same town with its
country spelled another way agrees ("Goma, DR Congo" ~ "Goma, Democratic Republic of the Congo"), and a
town agrees with a label that names only its country. An office named without its remit agrees with
the label that gives it ("UN Special Rapporteur" ~ "UN Special Rapporteur on Myanmar"). A court of appeal
is one court however it is spelled ("The Hague appeals court" ~ "Hague Court of Appeal").
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.extract import extract_facts  # noqa: E402
from bot.core.extract.places import canonical_name  # noqa: E402

TRIGGERS = ("casualty", "arms_embargo", "recognition")
BASELINE = {
    "casualty": re.compile(r"\b(?:killed|kills?|dead|died|deaths?|wounded|injured|casualties|toll)\b", re.I),
    "arms_embargo": re.compile(r"\bembargo|\barms\b|\bweapons\b", re.I),
    "recognition": re.compile(r"\brecogni[sz]e|\brecognition\b", re.I),
}
FIRST_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


COURT_OF_APPEAL = re.compile(r"\b(?:appeals?|appellate) court\b|\bcourt of appeals\b", re.I)


def norm_name(name: str | None) -> str:
    if not name:
        return ""
    base = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    return court_spelling((canonical_name(base) or base).lower())


def court_spelling(name: str) -> str:
    """ "the hague appeals court" -> "hague court of appeal": labels write one court both ways."""
    if "court" not in name:
        return name
    return COURT_OF_APPEAL.sub("court of appeal", re.sub(r"^the ", "", name))


def swap_qualifier(name: str) -> str:
    """ "High Court (United Kingdom)" -> "United Kingdom (High Court)": both orders name the same body."""
    inner = re.fullmatch(r"\s*(.*?)\s*\((.*?)\)\s*", name)
    return f"{inner.group(2)} ({inner.group(1)})" if inner else name


def of_form(name: str) -> str:
    """ "Federal Court (Canada)" -> "Federal Court of Canada": a body qualified by its country."""
    inner = re.fullmatch(r"\s*(.*?)\s*\((.*?)\)\s*", name)
    return f"{inner.group(1)} of {inner.group(2)}" if inner else name


def same_name(pred: str | None, label: str | None) -> bool:
    if pred and label and "(" in pred and "(" in label and same_name_one_order(swap_qualifier(pred), label):
        return True
    if pred and label and "(" in pred and "(" not in label and norm_name(of_form(pred)) == norm_name(label):
        return True
    return same_name_one_order(pred, label)


def same_name_one_order(pred: str | None, label: str | None) -> bool:
    p, g = norm_name(pred), norm_name(label)
    if p == g:
        return True
    if " on " in g and p == g.split(" on ", 1)[0]:
        # an office named without its remit: "UN Special Rapporteur" ~ "UN Special Rapporteur on Myanmar"
        return True
    pw, gw = set(re.findall(r"[\w'-]+", p)), re.findall(r"[\w'-]+", g)
    return bool(pw) and bool(gw) and pw <= set(gw) and gw[-1] in pw


def fold_accents(name: str) -> str:
    """ "Tillabéri" -> "tillaberi": labels and gazetteers write the same town with and without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def same_victims(pred: str | None, label: str | None) -> bool:
    """Victims agree when both are absent, or one names the other ("Palestinians" ~ "Palestinian
    civilians"; "people" ~ "people")."""
    p, g = (pred or "").lower().strip(), (label or "").lower().strip()
    if not p or not g:
        return p == g
    return p == g or p.rstrip("s") in g or g.rstrip("s") in p


def same_place(pred: str | None, label: str | None) -> bool:
    """Locations agree as names do (`same_name`), and a prediction more specific than a label that
    names only a country agrees with it ("Kharkiv, Ukraine" ~ "Ukraine": older team-written sets
    label the country where the corpus convention now asks for the city)."""
    if same_name(pred, label):
        return True
    if pred and label and "," in pred and "," in label:
        # "Goma, DR Congo" ~ "Goma, Democratic Republic of the Congo": the same town, its country
        # spelled another way
        (pred_town, pred_country), (label_town, label_country) = (
            [part.strip() for part in name.rsplit(",", 1)] for name in (pred, label)
        )
        return fold_accents(pred_town) == fold_accents(label_town) and norm_name(pred_country) == norm_name(
            label_country
        )
    if pred and label and "," in pred and "," not in label and canonical_name(label) is not None:
        return same_name(pred.rsplit(",", 1)[1].strip(), label)
    if pred and label and "," in pred and "," not in label:
        # "Sake, DR Congo" ~ "Sake": a label that names the town without its country
        return fold_accents(pred.rsplit(",", 1)[0].strip()) == fold_accents(label.strip())
    return False


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, pred: bool, gold: bool) -> None:
        if pred and gold:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Report:
    items: Counts = field(default_factory=Counts)
    baseline: Counts = field(default_factory=Counts)
    fields: dict[str, list[bool]] = field(default_factory=dict)

    def field(self, name: str, ok: bool) -> None:
        self.fields.setdefault(name, []).append(ok)


def facts_direct(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for it in items:
        pub = date.fromisoformat(it["published"]) if it.get("published") else None
        facts = extract_facts(it["title"], it.get("summary", ""), pub, language=it.get("language"))
        out[it["id"]] = [f.to_json() for f in facts]
    return out


def _without_why(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in f.items() if k != "why"} for f in facts]


def facts_via_match(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The facts as `conflict-alerts match` writes them: the contract outside tools rely on."""
    lines = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "match", "--rules", str(ROOT / "rules")],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in results] == [it["id"] for it in items], "match broke input order"
    return {r["id"]: _without_why(r["facts"]) for r in results}  # errors print the contract fields


def evaluate(
    items: list[dict[str, Any]], show_errors: bool, facts_by_id: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    reports = {t: Report() for t in TRIGGERS}
    hard_neg = hard_neg_hit = base_hard_neg_hit = 0
    baseline_count_ok: list[bool] = []
    errors: list[str] = []
    for it in items:
        facts = facts_by_id[it["id"]]
        labels = it["labels"]
        text = f"{it['title']}\n{it.get('summary', '')}"
        if not labels:
            hard_neg += 1
            hard_neg_hit += bool(facts)
            base_hard_neg_hit += any(BASELINE[t].search(text) for t in TRIGGERS)
            if facts and show_errors:
                errors.append(f"{it['id']}: fact on a hard negative: {facts}")
        for t in TRIGGERS:
            pf = [f for f in facts if f["type"] == t]
            gf = [g for g in labels if g["type"] == t]
            rep = reports[t]
            rep.items.add(bool(pf), bool(gf))
            rep.baseline.add(bool(BASELINE[t].search(text)), bool(gf))
            if show_errors and bool(pf) != bool(gf):
                errors.append(f"{it['id']}: {t}: predicted {pf} labeled {gf}")
            for g in gf:
                if t == "casualty":
                    match = [f for f in pf if f["count"] == g["count"] and f["kind"] == g["kind"]]
                    rep.field("count", bool(match))
                    rep.field("kind", any(f["kind"] == g["kind"] for f in pf))
                    if match:
                        m0 = match[0]
                        rep.field("qualifier (of matched)", m0["qualifier"] == g["qualifier"])
                        rep.field("cumulative (of matched)", m0["cumulative"] == g["cumulative"])
                        rep.field("victims (of matched)", same_victims(m0["victims"], g["victims"]))
                        rep.field("location (of matched)", same_place(m0["location"], g["location"]))
                    m = FIRST_NUMBER.search(text)
                    baseline_count_ok.append(m is not None and int(m.group(0).replace(",", "")) == g["count"])
                    if show_errors and not match:
                        errors.append(
                            f"{it['id']}: casualty count missed: {g['count']} {g['kind']}; got "
                            f"{[(f['count'], f['kind']) for f in pf]}"
                        )
                elif t == "arms_embargo":
                    rep.field("actor", any(same_name(f["actor"], g["actor"]) for f in pf))
                    rep.field("target", any(same_name(f["target"], g["target"]) for f in pf))
                    rep.field("action", any(f["action"] == g["action"] for f in pf))
                    ok = any(
                        same_name(f["actor"], g["actor"])
                        and same_name(f["target"], g["target"])
                        and f["action"] == g["action"]
                        for f in pf
                    )
                    rep.field("actor+target+action", ok)
                    if show_errors and not ok:
                        errors.append(f"{it['id']}: embargo field mismatch: labeled {g}; got {pf}")
                else:

                    def actors_ok(f: dict[str, Any], g: dict[str, Any] = g) -> bool:
                        return {norm_name(a) for a in f["actors"]} == {norm_name(a) for a in g["actors"]}

                    rep.field("actor set", any(actors_ok(f) for f in pf))
                    rep.field("status", any(f["status"] == g["status"] for f in pf))
                    rep.field("recognized", any(same_name(f["recognized"], g["recognized"]) for f in pf))
                    rep.field(
                        "actor set+status", any(actors_ok(f) and f["status"] == g["status"] for f in pf)
                    )
                    if show_errors and not any(actors_ok(f) and f["status"] == g["status"] for f in pf):
                        errors.append(f"{it['id']}: recognition mismatch: labeled {g}; got {pf}")
    return {
        "reports": reports,
        "hard_neg": hard_neg,
        "hard_neg_hit": hard_neg_hit,
        "base_hard_neg_hit": base_hard_neg_hit,
        "baseline_count_ok": baseline_count_ok,
        "errors": errors,
    }


def summary_line(res: dict[str, Any]) -> str:
    """The figures issue 10 sets targets for, on one line: item F1 per trigger (>= 0.95), exact
    counts (>= 0.95), embargo actor+target+action (>= 0.90), recognition actor set+status (>= 0.90),
    hard negatives with a fact (<= 2 %)."""
    reps = res["reports"]

    def acc(t: str, name: str) -> str:
        oks = reps[t].fields.get(name, [])
        return f"{sum(oks) / len(oks):.3f}" if oks else "-"

    f1 = " / ".join(f"{reps[t].items.prf()[2]:.3f}" for t in TRIGGERS)
    hn = res["hard_neg"]
    neg = f"{res['hard_neg_hit'] / hn:.1%}" if hn else "-"
    return (
        f"targets: F1 {f1}; exact counts {acc('casualty', 'count')}; embargo actor+target+action "
        f"{acc('arms_embargo', 'actor+target+action')}; recognition actor set+status "
        f"{acc('recognition', 'actor set+status')}; hard negatives with a fact {neg}"
    )


def _fact_agrees(f: dict[str, Any], g: dict[str, Any]) -> bool:
    if f["type"] != g["type"]:
        return False
    if f["type"] == "arms_embargo":
        return (
            same_name(f["actor"], g["actor"])
            and same_name(f["target"], g["target"])
            and f["action"] == g["action"]
        )
    actors = {norm_name(a) for a in f["actors"]} == {norm_name(a) for a in g["actors"]}
    return actors and f["status"] == g["status"]


def unlabeled_line(items: list[dict[str, Any]], facts_by_id: dict[str, list[dict[str, Any]]]) -> str:
    """Embargo and recognition facts on labeled items that agree with no label (actor+target+action,
    actor set+status): each is an alert a subscriber would read as wrong, which the any-match field
    accuracy above does not count."""
    out = []
    for t in ("arms_embargo", "recognition"):
        facts = [(f, it) for it in items if it["labels"] for f in facts_by_id[it["id"]] if f["type"] == t]
        wrong = sum(not any(_fact_agrees(f, g) for g in it["labels"]) for f, it in facts)
        out.append(f"{t} {wrong}/{len(facts)}")
    return "facts on labeled items agreeing with no label: " + ", ".join(out)


def half_of(items: list[dict[str, Any]], half: str) -> list[dict[str, Any]]:
    """Alternate items of each language in file order: the 1st, 3rd ... are `build`, the others `check`."""
    seen: dict[str, int] = {}
    out = []
    for it in items:
        lang = it.get("language") or "en"
        position = seen.get(lang, 0)
        seen[lang] = position + 1
        if (position % 2 == 0) == (half == "build"):
            out.append(it)
    return out


def by_language(items: list[dict[str, Any]], facts_by_id: dict[str, list[dict[str, Any]]]) -> None:
    """One row per item language: F1 per trigger, exact counts, hard negatives with a fact."""
    langs = sorted({it.get("language") or "en" for it in items})
    print(
        "| language | items | casualty F1 | arms_embargo F1 | recognition F1 | exact count "
        "| hard neg. with a fact |"
    )
    print("|---|---|---|---|---|---|---|")
    for lang in langs:
        subset = [it for it in items if (it.get("language") or "en") == lang]
        res = evaluate(subset, False, facts_by_id)
        cells = []
        for t in TRIGGERS:
            counts = res["reports"][t].items
            cells.append(f"{counts.prf()[2]:.2f}" if counts.tp + counts.fn else "-")
        count_ok = res["reports"]["casualty"].fields.get("count", [])
        exact = f"{sum(count_ok)}/{len(count_ok)}" if count_ok else "-"
        hn = f"{res['hard_neg_hit']}/{res['hard_neg']}" if res["hard_neg"] else "-"
        print(f"| {lang} | {len(subset)} | {' | '.join(cells)} | {exact} | {hn} |")
    print()


def speed(items: list[dict[str, Any]], seconds: float = 1.0) -> float:
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for it in items:
            extract_facts(it["title"], it.get("summary", ""))
        n += len(items)
    return n / (time.perf_counter() - start)


# Trigger words for the speed split (fixed here so that "before" and "after" time the same items).
TRIGGER_STEMS = re.compile(
    r"kill|dead|death|died|fatalit|casualt|wound|injur|missing|martyr|massacr|toll|embargo|\barms\b|"
    r"weapon|licen|recogni",
    re.I,
)


def feed_items() -> list[tuple[str, str]]:
    """(title, summary) of every entry `parse_feed` reads from ../shared/feeds/real/."""
    from bot.core.parse import parse_feed

    out: list[tuple[str, str]] = []
    for path in sorted((ROOT.parent / "shared" / "feeds" / "real").iterdir()):
        if path.suffix == ".md":
            continue
        parsed = parse_feed(
            path.read_bytes(), feed_id=path.stem, url=f"https://example.invalid/{path.name}", source=path.stem
        )
        out.extend((e.title, e.summary) for e in parsed.entries)
    return out


def rate(pairs: list[tuple[str, str]], seconds: float) -> float:
    """Items per second of extract_facts over `pairs` (best of three runs of `seconds` / 3 each)."""
    best = 0.0
    for _ in range(3):
        n = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds / 3:
            for title, summary in pairs:
                extract_facts(title, summary)
            n += len(pairs)
        best = max(best, n / (time.perf_counter() - start))
    return best


def speed_report(corpus: list[dict[str, Any]], seconds: float) -> None:
    items = feed_items()
    trig = [(t, s) for t, s in items if TRIGGER_STEMS.search(f"{t} {s}")]
    labeled = [(it["title"], it.get("summary", "")) for it in corpus]
    print("| items | n | extract_facts items/s (one core) |")
    print("|---|---|---|")
    print(f"| (a) all real-feed items | {len(items)} | {rate(items, seconds):,.0f} |")
    print(f"| (b) real-feed items with a trigger word | {len(trig)} | {rate(trig, seconds):,.0f} |")
    print(f"| (c) labeled corpus items | {len(labeled)} | {rate(labeled, seconds):,.0f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev.jsonl"))
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--speed", action="store_true", help="time extract_facts on the real feeds instead")
    ap.add_argument("--seconds", type=float, default=3.0, help="timing budget per speed row")
    ap.add_argument(
        "--direct",
        action="store_true",
        help="call extract_facts in-process instead of `conflict-alerts match`",
    )
    ap.add_argument("--by-language", action="store_true", help="also print figures per item language")
    ap.add_argument(
        "--half",
        choices=("build", "check"),
        help="only one half of each language's items (alternate items in file order): `build` is the "
        "half looked at while writing lexicons, `check` the half kept unread",
    )
    args = ap.parse_args()
    items = [
        json.loads(line)
        for line in Path(args.corpus).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if args.half:
        items = half_of(items, args.half)
    if args.speed:
        speed_report(items, args.seconds)
        return 0
    facts_by_id = facts_direct(items) if args.direct else facts_via_match(items)
    res = evaluate(items, args.show_errors, facts_by_id)
    via = "extract_facts in-process" if args.direct else "`conflict-alerts match`"
    print(f"corpus: {args.corpus} ({len(items)} items, {res['hard_neg']} hard negatives), facts via {via}\n")
    if args.by_language:
        by_language(items, facts_by_id)
    print("| trigger | P | R | F1 | baseline P | baseline R | baseline F1 |")
    print("|---|---|---|---|---|---|---|")
    for t, rep in res["reports"].items():
        p, r, f = rep.items.prf()
        bp, br, bf = rep.baseline.prf()
        print(f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {bp:.3f} | {br:.3f} | {bf:.3f} |")
    print("\n| trigger | field | accuracy | n |")
    print("|---|---|---|---|")
    for t, rep in res["reports"].items():
        for name, oks in rep.fields.items():
            print(f"| {t} | {name} | {sum(oks) / len(oks):.3f} | {len(oks)} |")
    bc = res["baseline_count_ok"]
    if bc:
        print(f"| casualty | count, baseline (first number in text) | {sum(bc) / len(bc):.3f} | {len(bc)} |")
    hn = res["hard_neg"] or 1
    print(
        f"\nhard negatives with any fact: {res['hard_neg_hit']}/{res['hard_neg']} = "
        f"{res['hard_neg_hit'] / hn:.1%} (baseline: {res['base_hard_neg_hit']}/{res['hard_neg']} = "
        f"{res['base_hard_neg_hit'] / hn:.1%})"
    )
    print(unlabeled_line(items, facts_by_id))
    print(summary_line(res))
    print(f"extract_facts throughput on this corpus: {speed(items):,.0f} items/s (one core)")
    if res["errors"]:
        print("\nerrors:")
        for e in res["errors"]:
            print("  " + e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
