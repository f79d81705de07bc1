"""Robustness to names and numbers: the labeled sets again, with their countries, towns and figures
changed in text and labels alike (benchmarks/perturb_transforms.py), beside the unchanged figures.

    .venv/bin/python benchmarks/perturb.py [--seed 1] [--show-errors] [--transform numbers]

Reads every labeled public set (../shared/corpus/dev.jsonl, dev2.jsonl, the build half of
multilingual-dev.jsonl, tests/data/*.jsonl; never the check half nor tests/data/heldout_r11*), applies
each transform to each item it fits (one `random.Random` per seed, transform and item: the same seed
gives the same draw whatever the order) and runs `extract_facts` on the items before and after.

Per transform it prints the items changed and, on those items, before -> after: F1 per trigger, exact
counts, embargo actor+target+action, recognition actor set+status, location of the matched counts
(the measures of quality.py) and hard negatives with a fact; then per trigger the share of items whose
facts are right (the trigger's presence agrees with the labels and every labeled fact of it is found
with its count+kind+place, actor+target+action or actor set+status) before and after, and the items
right before and wrong after ("broken"), listed with --show-errors.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from perturb_transforms import TRANSFORMS, Country, Item, Names  # noqa: E402
from quality import TRIGGERS, evaluate, facts_direct, half_of, norm_name, same_name, same_place  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
# first names, words and short forms a country's name also is, and states whose name stands for more
# than a state in the tables (a claim, a rival): never drawn as a new name
NOT_DRAWN = {
    "Jordan",
    "Chad",
    "Georgia",
    "Niger",
    "Guinea",
    "Dominica",
    "Israel",
    "China",
    "Taiwan",
    "Turkey",
}


def corpus() -> list[Item]:
    """Every labeled public item, its id prefixed by its set's name."""
    files = [SHARED / "dev.jsonl", SHARED / "dev2.jsonl", SHARED / "multilingual-dev.jsonl"]
    files += sorted((ROOT / "tests" / "data").glob("*.jsonl"))
    out: list[Item] = []
    for path in files:
        if path.stem == "series_sequences" or path.stem.startswith("heldout_r11"):
            continue
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if path.stem == "multilingual-dev":
            items = half_of(items, "build")
        for it in items:
            if "labels" in it:
                out.append({**it, "id": f"{path.stem}:{it['id']}"})
    return out


def _tsv(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def names() -> Names:
    """The swap tables, from the bot's own data: pycountry's states, places.toml, the GeoNames towns."""
    from bot.core.extract import places
    from bot.core.extract.towns import not_towns

    table, alpha2 = places._tables()
    special = set(places.RECOGNISABLE) | set(places.OWN_COUNTRY.values())
    demonyms: dict[str, list[str]] = {}
    for dem, canon in places.DEMONYMS.items():
        demonyms.setdefault(canon, []).append(dem)
    at_war = places.places_at_war()
    countries = {
        c: Country(
            c, tuple(sorted(demonyms.get(c, []), key=lambda d: not d.endswith(("an", "i")))), c in at_war
        )
        for c in alpha2
        if c not in special
    }
    words = set(table) | {k.lower() for k in {**places.CAPITALS, **places.INSTITUTIONS, **places.LEADERS}}
    town_rows = _tsv(ROOT / "bot/core/data/towns-en.tsv") + _tsv(ROOT / "bot/core/data/towns-reviewed.tsv")
    known = {row[0] for row in town_rows}
    country_of_town: dict[str, set[str]] = {}
    for row in town_rows:
        country_of_town.setdefault(row[0], set()).add(places.canonical_name(row[1]) or row[1])
    plain = re.compile(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?")
    common = not_towns()

    def fits(name: str) -> bool:
        return bool(plain.fullmatch(name)) and name.lower() not in words and name.lower() not in common

    towns: dict[str, list[str]] = {}
    for town, cs in country_of_town.items():
        if len(cs) == 1 and fits(town):
            towns.setdefault(next(iter(cs)), []).append(town)
    for city, canon in places.CITIES.items():
        if fits(city):
            towns.setdefault(canon, []).append(city)
    small: dict[str, list[str]] = {}
    for row in _tsv(ROOT / "bot/core/extract/lang/names/towns-latin.tsv"):
        if row[2] == "town" and row[0] not in known and fits(row[0]):
            small.setdefault(places.canonical_name(row[3]) or row[3], []).append(row[0])
    other: dict[str, set[str]] = {}
    for surface, canon in [
        *table.items(),
        *places.CAPITALS.items(),
        *places.INSTITUTIONS.items(),
        *places.LEADERS.items(),
        *places.THEATRE_STATE.items(),
        *places.CLAIMANT_OF.items(),
        *places.RIVAL_OF.items(),
        *((t, c) for t, cs in country_of_town.items() for c in cs),
    ]:
        if canon in countries:
            other.setdefault(canon, set()).add(surface)
    forms_of: dict[str, set[str]] = {}
    for canon, forms in other.items():
        mine = {canon.lower(), *(d.lower() for d in countries[canon].demonyms)}
        for f in forms:
            if f.lower() not in mine and f.lower().rstrip("s") not in mine:
                forms_of.setdefault(f.lower(), set()).add(canon)
    targets = tuple(
        sorted(
            c
            for c, country in countries.items()
            if country.demonyms
            and country.demonyms[0].endswith(("an", "i"))
            and c not in NOT_DRAWN
            and c.lower() not in {k.lower() for k in {**places.CAPITALS, **places.CITIES}}
            and c not in set(places.CLAIMANT_OF.values())
            and " " not in c
        )
    )
    return Names(
        countries=countries,
        targets=targets,
        other_forms={f: frozenset(c) for f, c in forms_of.items()},
        towns={c: tuple(sorted(set(t))) for c, t in towns.items()},
        small_towns={c: tuple(sorted(set(t))) for c, t in small.items()},
        canonical=dict(table),
        swappable_towns=frozenset((known | set(places.CITIES)) - set(places.CAPITALS)),
    )


def _right(it: Item, facts: list[dict[str, Any]], trigger: str) -> bool:
    """The item's facts of `trigger` are right: presence agrees, and each labeled fact is found."""
    pf = [f for f in facts if f["type"] == trigger]
    gf = [g for g in it["labels"] if g["type"] == trigger]
    if bool(pf) != bool(gf):
        return False
    for g in gf:
        if trigger == "casualty":
            ok = any(
                f["count"] == g["count"]
                and f["kind"] == g["kind"]
                and same_place(f["location"], g["location"])
                for f in pf
            )
        elif trigger == "arms_embargo":
            ok = any(
                same_name(f["actor"], g["actor"])
                and same_name(f["target"], g["target"])
                and f["action"] == g["action"]
                for f in pf
            )
        else:
            ok = any(
                {norm_name(a) for a in f["actors"]} == {norm_name(a) for a in g["actors"]}
                and f["status"] == g["status"]
                for f in pf
            )
        if not ok:
            return False
    return True


def _figures(res: dict[str, Any]) -> dict[str, str]:
    reps = res["reports"]

    def acc(t: str, name: str) -> str:
        oks = reps[t].fields.get(name, [])
        return f"{sum(oks) / len(oks):.3f}" if oks else "-"

    out = {f"F1 {t}": f"{reps[t].items.prf()[2]:.3f}" for t in TRIGGERS}
    out["counts"] = acc("casualty", "count")
    out["places"] = acc("casualty", "location (of matched)")
    out["embargo a+t+a"] = acc("arms_embargo", "actor+target+action")
    out["recog. set+status"] = acc("recognition", "actor set+status")
    hn = res["hard_neg"]
    out["hard neg."] = f"{res['hard_neg_hit']}/{hn}" if hn else "-"
    return out


def run(seed: int, only: list[str], show_errors: bool, out: Callable[[str], None] = print) -> dict[str, Any]:
    items = corpus()
    tables = names()
    t0 = time.perf_counter()
    before = facts_direct(items)
    by_id = {it["id"]: it for it in items}
    summary: dict[str, Any] = {}
    out(f"seed {seed}: {len(items)} labeled items\n")
    out("| transform | items | " + " | ".join(_figures(evaluate(items[:1], False, before))) + " |")
    out("|---|---|" + "---|" * len(_figures(evaluate(items[:1], False, before))))
    broken_all: dict[str, list[str]] = {}
    rights: dict[str, dict[str, tuple[int, int, int]]] = {}
    for name in only:
        fn = TRANSFORMS[name]
        changed = []
        for it in items:
            new = fn(it, tables, random.Random(f"{seed}:{name}:{it['id']}"))
            if new is not None:
                changed.append(new)
        originals = [by_id[c["id"]] for c in changed]
        after = facts_direct(changed)
        fb = _figures(evaluate(originals, False, before))
        fa = _figures(evaluate(changed, False, after))
        cells = [b if b == a else f"{b} → {a}" for b, a in zip(fb.values(), fa.values(), strict=True)]
        out(f"| {name} | {len(changed)} | " + " | ".join(cells) + " |")
        summary[name] = {"items": len(changed), "before": fb, "after": fa}
        rights[name] = {}
        broken: list[str] = []
        for t in TRIGGERS:
            rel = [
                c
                for c in changed
                if any(g["type"] == t for g in c["labels"]) or any(f["type"] == t for f in before[c["id"]])
            ]
            rb = sum(_right(by_id[c["id"]], before[c["id"]], t) for c in rel)
            ra = sum(_right(c, after[c["id"]], t) for c in rel)
            rights[name][t] = (rb, ra, len(rel))
            for c in rel:
                if _right(by_id[c["id"]], before[c["id"]], t) and not _right(c, after[c["id"]], t):
                    broken.append(
                        f"{c['id']} [{t}] {c['perturbed']}: labels {c['labels']} got {after[c['id']]}"
                    )
        broken_all[name] = broken
    out("\nitems whose facts are right (of items labeled or predicted with the trigger), before → after:\n")
    out("| transform | " + " | ".join(TRIGGERS) + " | broken |")
    out("|---|---|---|---|---|")
    for name, per in rights.items():
        cells = [f"{rb}/{n} → {ra}/{n}" for rb, ra, n in per.values()]
        out(f"| {name} | " + " | ".join(cells) + f" | {len(broken_all[name])} |")
        summary[name]["right"] = per
        summary[name]["broken"] = len(broken_all[name])
    out(f"\n{time.perf_counter() - t0:.1f} s")
    if show_errors:
        for name, broken in broken_all.items():
            out(f"\n{name}: right before, wrong after")
            for line in broken:
                out("  " + line)
    return summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--transform", action="append", choices=sorted(TRANSFORMS))
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    run(args.seed, args.transform or list(TRANSFORMS), args.show_errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
