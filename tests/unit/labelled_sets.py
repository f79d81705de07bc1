"""The items of the labelled sets in tests/data as test parameters, the known misses among them as strict
xfails (so a fix shows as an unexpected pass and the entry must go)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


def labelled_items(names: tuple[str, ...], known_wrong: dict[str, str]) -> list[Any]:
    """Every item of these sets (file names in tests/data) as a test parameter; the ones in `known_wrong`
    (id -> why it is read wrong) as strict xfails."""
    out = []
    for name in names:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            marks = (
                [pytest.mark.xfail(strict=True, reason=known_wrong[item["id"]])]
                if item["id"] in known_wrong
                else []
            )
            out.append(pytest.param(item, id=item["id"], marks=marks))
    return out
