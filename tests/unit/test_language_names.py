"""bot/core/data/languages.toml is pycountry's ISO 639-1 names written out (tools/build_language_names.py),
so `match`, the renderer and the rule schema name and check languages without loading pycountry."""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry

from bot.core.languages import is_language_code, language_name

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from build_language_names import TARGET, names, render


def test_the_shipped_table_is_pycountrys() -> None:
    stale = "bot/core/data/languages.toml differs from pycountry: run tools/build_language_names.py"
    assert TARGET.read_text(encoding="utf-8") == render(names()), stale


def test_names_and_codes_agree_with_pycountry() -> None:
    for code in ("uk", "he", "fa", "bn", "el", "UK"):
        found = pycountry.languages.get(alpha_2=code)
        assert language_name(code) == found.name
        assert is_language_code(code)
    assert language_name("xx") is None and not is_language_code("xx") and not is_language_code("ukr")
