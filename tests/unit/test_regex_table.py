"""The shipped table of compiled regular expressions (bot/core/regex_table.py): every entry is what
`re` compiles from its pattern, and the window changes nothing but where the program comes from.

A stale table is not a failure (a changed pattern is not found and is compiled as always); rebuild it
with tools/build_regex_table.py to get the time back."""

from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]

import pytest

from bot.core import regex_table
from bot.core.regex_table import pattern_of, ready_compiled


def test_every_entry_is_the_pattern_re_compiles() -> None:
    entries = regex_table.table()
    if not entries:
        pytest.skip(f"{regex_table.NAME} was built for another Python: run tools/build_regex_table.py")
    assert len(entries) > 200
    for (_, pattern, flags), entry in entries.items():
        fresh = _compiler.compile(pattern, flags)  # re's own parser and code generator
        ours = pattern_of(pattern, entry)
        assert ours == fresh, pattern  # same flags, pattern and program (Pattern.__eq__ compares them)
        assert (ours.groups, ours.groupindex) == (fresh.groups, fresh.groupindex), pattern


def test_the_window_reads_the_table_and_compiles_what_it_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    known = re.escape("a pattern in the table") + r"(?P<tail>\d+)"
    entry = regex_table.entry_of(known, re.IGNORECASE)
    monkeypatch.setattr(regex_table, "table", lambda: {(False, known, int(re.IGNORECASE)): entry})
    original = _compiler.compile
    compiled: list[str] = []

    def counting(p: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(p)
        return original(p, flags)  # type: ignore[no-any-return]

    monkeypatch.setattr(_compiler, "compile", counting)
    re.purge()
    with ready_compiled():
        with ready_compiled():  # nested windows close in turn
            hit = re.compile(known, re.IGNORECASE)
        miss = re.compile(r"not in the table (\w+)")
    assert _compiler.compile is counting
    assert compiled == [r"not in the table (\w+)"]
    assert hit.match("A PATTERN IN THE TABLE42").group("tail") == "42"
    assert hit == original(known, re.IGNORECASE) and hit.flags == original(known, re.IGNORECASE).flags
    assert miss.match("not in the table x").group(1) == "x"
    re.purge()


def test_a_table_for_another_python_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_table, "engine_tag", lambda: "another-python")
    regex_table.table.cache_clear()
    try:
        assert regex_table.table() == {}
        with ready_compiled():
            assert re.compile(r"still (compiles)").match("still compiles")
    finally:
        regex_table.table.cache_clear()


def test_the_table_bytes_do_not_depend_on_the_order_patterns_were_met() -> None:
    keys = [(False, r"\bkilled\b", 0), (False, "a|b", 2)]
    entries = {key: regex_table.entry_of(key[1], key[2]) for key in keys}
    assert regex_table.dump(entries) == regex_table.dump(dict(reversed(list(entries.items()))))


def test_patterns_built_from_word_sets_are_the_same_under_every_hash_seed() -> None:
    # the table is looked up by pattern text: a pattern that follows a set's order would be missed in
    # most processes and would make every rebuild of the table differ
    import subprocess
    import sys

    probe = (
        "from bot.core.extract.embargo_arms_words import _part_noun;"
        "from bot.core.extract import doc; print(_part_noun()); print(doc._rough_gate().pattern)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", probe], env={"PYTHONHASHSEED": seed, "PATH": ""}, capture_output=True,
            text=True, check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
