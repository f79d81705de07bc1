"""`conflict-alerts test-rule` shows, under each fact that fires a rule, how the fact was read (its
`why`): the reading and trigger words first, then the evidence for each role and for the status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RULE = """\
- id: big-tolls
  description: 10 or more killed.
  trigger: casualty
  severity: high
  when:
    kind: [killed]
    min_count: 10
"""
ITEM = {"id": "n1", "title": "Shelling of a market in Kharkiv killed 14 people on Saturday, officials said"}


def test_each_fact_that_fires_says_how_it_was_read(tmp_path: Path) -> None:
    (tmp_path / "rule.yaml").write_text(RULE, encoding="utf-8")
    (tmp_path / "items.jsonl").write_text(json.dumps(ITEM) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "test-rule", "rule.yaml", "--against", "items.jsonl"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("FIRES big-tolls (high) on n1:")
    fact = next(i for i, line in enumerate(lines) if line.startswith("    fact: "))
    assert json.loads(lines[fact].removeprefix("    fact: "))["count"] == 14
    why = [line.removeprefix("          why: ") for line in lines if line.startswith("          why: ")]
    assert why[0].startswith("read by ") and "'killed'" in why[0]
    roles = {line.split(":", 1)[0] for line in why[1:]}
    assert {"count", "location"} <= roles
    assert lines[-1] == "1 match on 1 item"
