"""`conflict-alerts match` needs no database: it must not import SQLAlchemy, Alembic or the store.

Not a timing test: it checks which modules a real `match` process has loaded after answering an item
that goes through every extractor, so a stray top-level import on that path shows up here by name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ITEM = {
    "id": "t1",
    "title": "Shelling kills 14 villagers near the border",
    "summary": (
        "At least 14 villagers were killed and 30 wounded when shells hit a market in Sudan on Sunday. "
        "Separately, Norway said it had suspended arms exports to the region, and Ireland announced "
        "it would recognise the State of Palestine next month."
    ),
    "published": "2026-05-03T08:00:00+00:00",
}

# Runs `match` in-process so that sys.modules can be read after it has answered.
PROBE = """
import json, sys
from bot.cli import main
sys.argv = ["conflict-alerts", "match", "--rules", sys.argv[1]]
try:
    main()
except SystemExit as stop:
    assert not stop.code, stop.code
database = ("sqlalchemy", "alembic")
loaded = sorted(m for m in sys.modules if m.split(".")[0] in database or m.startswith("bot.store"))
extractors = "bot.core.extract.casualties" in sys.modules
model = "py3langid" in sys.modules
# Jinja2 only for a rule with a template; pycountry's table of 7,900 languages never (alerts name a
# language from bot/core/data/languages.toml)
pycountry = sys.modules.get("pycountry")
heavy = ["jinja2"] * ("jinja2" in sys.modules)
heavy += ["pycountry.languages"] * (pycountry is not None and pycountry.languages._is_loaded)
report = {"loaded": loaded, "extractors": extractors, "model": model, "heavy": heavy}
print(json.dumps(report), file=sys.stderr)
"""

# News in languages with a lexicon, each clear from its letters or function words: read without
# loading the language model (py3langid, ~0.5 s of a `match` process).
OTHER_LANGUAGES = [
    "Внаслідок обстрілу міста загинули четверо людей, ще сім отримали поранення",
    "В результате обстрела города погибли четыре человека, ещё семеро ранены",
    "ארבעה בני אדם נהרגו בהפצצה על העיר, כך נמסר",
    "Quatre personnes ont été tuées dans une frappe sur la ville, selon les autorités locales",
    "Bei dem Angriff auf die Stadt sind nach Angaben der Behörden vier Menschen getötet worden",
]


def _run_match(items: list[dict[str, str]], test_rules: Path, cwd: Path) -> tuple[list[dict], dict]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(test_rules)],
        input="".join(json.dumps(item) + "\n" for item in items),
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    return answers, json.loads(done.stderr.strip().splitlines()[-1])


def test_match_loads_no_database_modules(test_rules: Path, tmp_path: Path) -> None:
    [answer], report = _run_match([ITEM], test_rules, tmp_path)
    assert {f["type"] for f in answer["facts"]} == {"casualty", "arms_embargo", "recognition"}
    assert report["extractors"], "the item should have gone through the extractors"
    assert report["loaded"] == []
    assert answer["alerts"] and report["heavy"] == []


def test_match_reads_clear_news_in_other_languages_without_the_model(
    test_rules: Path, tmp_path: Path
) -> None:
    items = [{"id": str(i), "title": text, "summary": ""} for i, text in enumerate(OTHER_LANGUAGES)]
    answers, report = _run_match(items, test_rules, tmp_path)
    assert all(4 in [f["count"] for f in answer["facts"]] for answer in answers), "each item should be read"
    assert not report["model"]
    assert any("in Ukrainian" in alert["text"] for answer in answers for alert in answer["alerts"])
    assert report["heavy"] == []
