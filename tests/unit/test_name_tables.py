"""The name tables shipped built (`names/<language>.table`, tools/build_name_tables.py) are in date with
their sources and equal to a table built from them; an out-of-date file is never used."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.extract.lang import name_tables
from bot.core.extract.lang.names import build_table, script_of_language
from bot.core.extract.lexicon import languages

LANGUAGES = [lang for lang in languages() if lang != "en"]


@pytest.mark.parametrize("towns", [False, True])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_table_is_in_date_and_equal_to_a_fresh_build(language: str, towns: bool) -> None:
    shipped = name_tables.load(language, script_of_language(language), towns)
    assert shipped is not None, (
        f"names/{name_tables.file_name(language, towns)} is missing or older than its lexicon, "
        "TSV files or code: run .venv/bin/python tools/build_name_tables.py"
    )
    built = build_table(language, towns=towns)
    assert shipped == tuple(getattr(built, f.name) for f in dataclasses.fields(built))


def test_an_out_of_date_table_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    language = LANGUAGES[0]
    script = script_of_language(language)
    assert name_tables.load(language, script) is not None
    # as if its lexicon had been edited since the file was written
    monkeypatch.setattr(name_tables, "sources_key", lambda *_args: "edited since")
    assert name_tables.load(language, script) is None
