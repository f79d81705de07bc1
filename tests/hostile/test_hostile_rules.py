"""Hostile rule files: a huge file is refused before it is parsed, by `check`, at start and on reload."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.core.rules import load_rule_file, load_rules
from bot.core.rules.loader import DEFAULT_MAX_RULE_FILE_BYTES

RULE = "- {id: ok, trigger: keywords, severity: low, any: [ceasefire]}\n"


def test_a_rule_file_over_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    # Not YAML at all: had it been parsed, the error would be a syntax error, not the size.
    (tmp_path / "huge.yaml").write_text("- [" * 400_000, encoding="utf-8")
    (tmp_path / "small.yaml").write_text(RULE, encoding="utf-8")

    result = load_rules(tmp_path)

    assert result.ruleset is None
    assert [str(e) for e in result.errors] == [
        f"{tmp_path / 'huge.yaml'}:1:1: rule file is 1,200,000 bytes, over the limit of 1,000,000; "
        "split it, or raise settings.max_rule_file_bytes in the configuration"
    ]
    assert load_rule_file(tmp_path / "huge.yaml").errors[0].message.startswith("rule file is 1,200,000 bytes")


def test_the_default_limit_is_one_megabyte_and_the_limit_is_exact(tmp_path: Path) -> None:
    assert DEFAULT_MAX_RULE_FILE_BYTES == 1_000_000
    (tmp_path / "r.yaml").write_text(RULE, encoding="utf-8")
    size = len(RULE)
    assert load_rules(tmp_path, max_file_bytes=size).ok
    assert not load_rules(tmp_path, max_file_bytes=size - 1).ok


def _check(tmp_path: Path, settings: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.yaml"
    config.write_text(
        f"destinations:\n  - {{id: console, console: {{}}}}\nrules_dir: rules\nsettings: {settings}\n",
        encoding="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "bot", "check", "--config", str(config)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "CONFLICT_ALERTS_CONFIG"},
    )  # fmt: skip


def test_check_refuses_a_ten_megabyte_rule_file_in_one_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    phrases = "".join(f"    - phrase number {i}\n" for i in range(450_000))
    (rules / "big.yaml").write_text(f"- id: big\n  trigger: keywords\n  severity: low\n  any:\n{phrases}")
    assert (rules / "big.yaml").stat().st_size > 10_000_000

    done = _check(tmp_path, "{}")

    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert "big.yaml:1:1: rule file is" in line and "settings.max_rule_file_bytes" in line


def test_the_limit_comes_from_the_configuration(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yaml").write_text(RULE, encoding="utf-8")

    assert _check(tmp_path, "{}").returncode == 0
    lowered = _check(tmp_path, "{max_rule_file_bytes: 10}")
    assert lowered.returncode == 1 and "over the limit of 10;" in lowered.stderr
