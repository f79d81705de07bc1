"""benchmarks/quality_all.py --diff: what counts as a regression between two runs over every labelled set."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from quality_all import diff, read_result

BEFORE = """| casualty | 1.000 | 0.900 | 0.947 | 0.5 | 0.5 | 0.5 |
| casualty | count | 0.900 | 10 |
  x-1: casualty count missed: 3 killed; got []
  x-2: fact on a hard negative: [...]
hard negatives with any fact: 1/4 = 25.0% (baseline: 2/4 = 50.0%)
"""
AFTER = """| casualty | 1.000 | 1.000 | 1.000 | 0.5 | 0.5 | 0.5 |
| casualty | count | 0.800 | 10 |
  x-2: fact on a hard negative: [...]
  x-3: casualty count missed: 7 injured; got []
hard negatives with any fact: 1/4 = 25.0% (baseline: 2/4 = 50.0%)
"""


def test_a_result_file_gives_its_error_lines_and_field_figures(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(BEFORE)
    errors, fields = read_result(tmp_path / "s.txt")
    assert errors == {"x-1: casualty count missed: 3 killed; got []", "x-2: fact on a hard negative: [...]"}
    assert fields[("casualty", "count")] == 0.9
    assert fields[("casualty", "F1")] == 0.947
    assert fields[("hard negatives", "with a fact")] == -1


def test_diff_names_new_errors_and_fallen_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    (before / "s.txt").write_text(BEFORE)
    (after / "s.txt").write_text(AFTER)
    (after / "t.txt").write_text(AFTER)
    diff(before, after)
    out = capsys.readouterr().out
    assert "  new  x-3: casualty count missed: 7 injured; got []" in out
    assert "  fell casualty count: 0.9 -> 0.8" in out
    assert "new set: t" in out
    assert out.splitlines()[-1] == "error lines gone 1, new 1; field figures risen 1, fallen 1"
