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
print(json.dumps({"loaded": loaded, "extractors": extractors}), file=sys.stderr)
"""


def test_match_loads_no_database_modules(test_rules: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(test_rules)],
        input=json.dumps(ITEM) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [answer] = [json.loads(line) for line in done.stdout.splitlines()]
    assert {f["type"] for f in answer["facts"]} == {"casualty", "arms_embargo", "recognition"}
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["extractors"], "the item should have gone through the extractors"
    assert report["loaded"] == []
