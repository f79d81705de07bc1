"""The rules in docs/rules.md are copied by admins: each one must load, and its examples must pass.
(The block that demonstrates error messages is wrong on purpose and is skipped.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.rules import load_rules

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
BLOCKS = [
    b
    for b in re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    if b.startswith("- id:") and "severity: urgent" not in b
]


def test_the_doc_has_rule_blocks() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("block", BLOCKS, ids=[b.split()[2] for b in BLOCKS])
def test_doc_rule_loads_and_its_examples_pass(block: str, tmp_path: Path) -> None:
    (tmp_path / "rule.yaml").write_text(block, encoding="utf-8")
    result = load_rules(tmp_path, {"console", "gaza-channel"})
    assert result.ruleset is not None, [str(e) for e in result.errors]
    assert [str(e) for e in result.ruleset.run_examples()] == []
