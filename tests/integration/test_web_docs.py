"""docs/operations.md against the code: every metric exported, log event emitted and "not alerted"
reason recorded is documented, and everything documented exists."""

from __future__ import annotations

import re
from pathlib import Path

from bot.core import explain
from bot.metrics import Metrics, StoreCollector
from tests.integration.web_seed import NOW, open_seeded_store

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "operations.md").read_text(encoding="utf-8")


def _exported_families(tmp_path: Path) -> set[str]:
    metrics = Metrics()
    metrics.registry.register(StoreCollector(open_seeded_store(tmp_path / "s.sqlite3"), lambda: NOW))
    names = set()
    for family in metrics.registry.collect():
        names.add(f"{family.name}_total" if family.type == "counter" else family.name)
    return names


def test_every_metric_is_documented_and_every_documented_metric_exists(tmp_path: Path) -> None:
    exported = _exported_families(tmp_path)
    documented = set(re.findall(r"^\| `(conflict_alerts_\w+)` \|", DOC, re.M))
    assert exported - documented == set(), "exported but not in docs/operations.md"
    assert documented - exported == set(), "in docs/operations.md but not exported"
    # Names used in the example rules exist too (histograms add _bucket/_sum/_count).
    for name in set(re.findall(r"\b(conflict_alerts_\w+)", DOC)):
        assert re.sub(r"_(bucket|sum|count)$", "", name) in exported, name


def test_every_log_event_is_documented_and_every_documented_event_exists() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "bot").rglob("*.py"))
    emitted = set(re.findall(r"""["']event["']\s*:\s*["'](\w+)["']""", code))
    documented = set(re.findall(r"^\| `(\w+)` \| (?:debug|info|warning|error) \|", DOC, re.M))
    assert emitted - documented == set(), "logged but not in docs/operations.md"
    assert documented - emitted == set(), "in docs/operations.md but never logged"


def test_every_explain_reason_is_documented() -> None:
    codes = set(re.findall(r"^- ``(\w+)``", explain.__doc__ or "", re.M))
    expected = {"baseline", "no_rule", "repeat", "same_figure", "small_rise", "same_event", "already_alerted"}
    assert codes == expected
    for code in codes:
        assert f"| `{code}` |" in DOC, code
