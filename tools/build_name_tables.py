"""Write bot/core/extract/lang/names/<language>.table: each lexicon language's name table, built ahead of
time so that a process's first item in that language does not build it (~70 ms).

    .venv/bin/python tools/build_name_tables.py

Run it after changing a lexicon file, a names/*.tsv file (tools/build_names.py), or the code that
builds the tables (bot/core/extract/lang/names.py, tokens.py, the lexicon loader):
tests/unit/test_name_tables.py fails until then. An out-of-date file is never used (the table is
built from the sources instead), so forgetting this costs time, not correctness.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.extract.lang import name_tables  # noqa: E402
from bot.core.extract.lang.names import build_table, script_of_language  # noqa: E402
from bot.core.extract.lexicon import languages  # noqa: E402

NAMES = ROOT / "bot" / "core" / "extract" / "lang" / "names"


def fields(language: str, towns: bool = False) -> tuple[object, ...]:
    table = build_table(language, towns=towns)
    return tuple(getattr(table, f.name) for f in dataclasses.fields(table))


def main() -> None:
    for language in (lang for lang in languages() if lang != "en"):
        for towns in (False, True):
            data = name_tables.dump(language, script_of_language(language), fields(language, towns), towns)
            (NAMES / name_tables.file_name(language, towns)).write_bytes(data)
            print(f"{name_tables.file_name(language, towns)}: {len(data):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
