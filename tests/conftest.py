"""Shared fixtures: paths to the repository and the shared data beside it, and a PostgreSQL URL when
one is available (CI exports CONFLICT_ALERTS_TEST_POSTGRES_URL after starting the server)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# The tests' own copy of the rules (the shipped ones when it was taken): tests that run the bot use
# it, so a user's edits to rules/ never change what the suite sees. tests/data/rules/README.md.
TEST_RULES = REPO / "tests" / "data" / "rules"


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The bot keeps validated rules in the user's cache folder (bot/rule_cache.py); the suite, and
    every bot it starts, uses a folder of its own, so it neither reads a user's cache nor leaves
    anything in it."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def test_rules() -> Path:
    return TEST_RULES


@pytest.fixture(scope="session")
def seed_article() -> str:
    path = SHARED / "examples" / "seed-article.txt"
    if not path.exists():
        pytest.skip(f"the running example is missing: expected it at {path}")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get("CONFLICT_ALERTS_TEST_POSTGRES_URL")
    if not url:
        pytest.skip(
            "PostgreSQL tests skipped: set CONFLICT_ALERTS_TEST_POSTGRES_URL "
            "(.ci/run does when the server runs)"
        )
    return url


def shipped_text(relative: str) -> str:
    """A file as the project ships it: the committed version when this is a git checkout (a user's
    own edits to conflict-alerts.yaml must not fail the tests of the shipped defaults), else the file."""
    try:
        done = subprocess.run(
            ["git", "-C", str(REPO), "show", f"HEAD:{relative}"],
            capture_output=True, text=True, timeout=30, check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        done = None
    if done is not None and done.returncode == 0:
        return done.stdout
    return (REPO / relative).read_text(encoding="utf-8")


def shipped_rule_files() -> list[str]:
    """The rule files the project ships (committed under rules/), as paths relative to the repo."""
    try:
        done = subprocess.run(
            ["git", "-C", str(REPO), "ls-files", "rules/*.yaml", "rules/*.yml"],
            capture_output=True, text=True, timeout=30, check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        done = None
    if done is not None and done.returncode == 0 and done.stdout.strip():
        return sorted(done.stdout.split())
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "rules").glob("*.y*ml"))
