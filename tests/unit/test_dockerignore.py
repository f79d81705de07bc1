"""The Docker build context leaves out what the image does not need (the image copies only
pyproject.toml, README.md, LICENSE, bot/, conflict-alerts.yaml and rules/)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_dockerignore_keeps_local_state_and_caches_out_of_the_build_context() -> None:
    patterns = {
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {".venv", "data", ".git", "**/__pycache__", ".pytest_cache", ".mypy_cache", "tests"} <= patterns
    copied = {"pyproject.toml", "README.md", "LICENSE", "bot", "conflict-alerts.yaml", "rules"}
    assert not copied & patterns
