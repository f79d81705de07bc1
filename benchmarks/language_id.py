"""Language identification: accuracy, and how many items need the language model.

    .venv/bin/python benchmarks/language_id.py [--show-errors]

`bot.core.extract.lang.identify.identify` decides most items from their letters and function words
(`by_letters`) and asks py3langid only when those do not settle it. This script checks that the
shortcut costs no accuracy, on every text it is given (not only those the extraction gates let
through, so it is stricter than the pipeline's use):

- `../shared/corpus/multilingual-dev.jsonl`: each item's `language` field is the truth; run without
  a hint (the text alone) and with the item's language as the feed's hint;
- `../shared/corpus/dev.jsonl` and `dev2.jsonl`: English items;
- the real feeds in `../shared/feeds/real/`, parsed as the pipeline parses them: the truth is the
  feed's language in its MANIFEST.md (a proxy: a feed may carry an item in another language, so
  every disagreement is listed with `--show-errors` to read).

Per set and language: items, correct with `identify` (shortcut, model when undecided), correct with
the model alone (`by_model`, the behaviour before the shortcut), and how many items `identify` still
asked the model about. Texts are title and summary joined as `extract_facts` joins them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.extract.lang.identify import by_model, identify  # noqa: E402
from bot.core.parse import parse_feed  # noqa: E402

SHARED = ROOT.parent / "shared"
FEEDS = SHARED / "feeds" / "real"


def corpus(name: str, language: str | None = None) -> list[tuple[str, str]]:
    """(text, true language) of each item of a labeled set."""
    out = []
    for line in (SHARED / "corpus" / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            text = f"{item['title']}\n{item['summary']}" if item.get("summary") else item["title"]
            out.append((text, language or item["language"]))
    return out


def feed_languages() -> dict[str, str]:
    """file name -> ISO 639-1 code, from the MANIFEST table (rows with a language only)."""
    out = {}
    for row in (FEEDS / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in row.split("|")]
        if len(cells) > 7 and re.fullmatch(r"[\w.-]+\.(xml|rdf|atom)", cells[1]) and cells[6] != "-":
            out[cells[1]] = cells[6].split("-")[0]
    return out


def real_items() -> list[tuple[str, str]]:
    out = []
    for name, language in sorted(feed_languages().items()):
        path = FEEDS / name
        for e in parse_feed(
            path.read_bytes(), feed_id=path.stem, url=path.as_uri(), source=path.stem
        ).entries:
            title = " ".join(e.title.split())
            text = f"{title}\n{e.summary}" if e.summary else title
            if text.strip():
                out.append((text, language))
    return out


# the module (the package's `identify` attribute is the function of that name)
_module = importlib.import_module("bot.core.extract.lang.identify")
model_calls = [0]
_ranked = _module._ranked


def _counted(*args: object) -> str:
    model_calls[0] += 1
    return _ranked(*args)  # type: ignore[arg-type]


def evaluate(name: str, items: list[tuple[str, str]], hinted: bool, show: bool) -> None:
    rows: dict[str, Counter[str]] = {}
    errors = []
    for text, truth in items:
        hint = truth if hinted else None
        row = rows.setdefault(truth, Counter())
        asked = model_calls[0]
        got = identify(text, hint)
        row["to the model"] += model_calls[0] > asked
        old = by_model(text, hint)
        row["items"] += 1
        row["identify"] += got == truth
        row["model alone"] += old == truth
        if got != truth or old != truth:
            errors.append(f"  {truth}: identify {got}, model alone {old}: {text[:90]!r}")
    total = sum(rows.values(), Counter())
    print(f"\n{name}{' (hint: the true language)' if hinted else ''}")
    print("| language | items | identify correct | model alone correct | identify asked the model |")
    print("|---|---|---|---|---|")
    for language, row in [*sorted(rows.items()), ("all", total)]:
        cells = [row["items"], row["identify"], row["model alone"], row["to the model"]]
        print(f"| {language} | " + " | ".join(map(str, cells)) + " |")
    if show:
        print("\n".join(errors) or "  (no error)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-errors", action="store_true", help="list every item either side got wrong")
    args = parser.parse_args()
    _module._ranked = _counted  # type: ignore[assignment]
    multilingual = corpus("multilingual-dev.jsonl")
    evaluate("multilingual-dev.jsonl", multilingual, False, args.show_errors)
    evaluate("multilingual-dev.jsonl", multilingual, True, args.show_errors)
    evaluate(
        "dev.jsonl + dev2.jsonl",
        corpus("dev.jsonl", "en") + corpus("dev2.jsonl", "en"),
        False,
        args.show_errors,
    )
    evaluate("real feeds (truth: the feed's language)", real_items(), False, args.show_errors)


if __name__ == "__main__":
    main()
