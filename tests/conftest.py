"""Shared fixtures: paths to the repository and the shared data beside it, and a PostgreSQL URL when
one is available (CI exports CONFLICT_ALERTS_TEST_POSTGRES_URL after starting the server)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# The tests' own copy of the rules (the shipped ones when it was taken): tests that run the bot use
# it, so a user's edits to rules/ never change what the suite sees. tests/data/rules/README.md.
TEST_RULES = REPO / "tests" / "data" / "rules"


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
