"""Regular expressions shipped compiled: what `re` would build from a pattern, read from a table.

Python's `re` parses and compiles a pattern in Python code; the extractors' ~230 patterns took ~0.1 s
of every process that reads its first English item, and the modules a `match` process imports at
start compile ~90 more. `bot/core/data/regexes.table` holds, for each of those patterns and flags,
the compiled program that `re` itself produced (`tools/build_regex_table.py` writes it), and
`ready_compiled()` is a window in which `re` takes a pattern's program from the table instead of
compiling it:

    with ready_compiled():
        from bot.core.extract import casualties  # its re.compile(...) calls cost a table look-up

The table is looked up by the pattern's full text and flags, so a pattern changed since the table
was written is simply not found and compiled as always: a stale table costs time, never correctness.
It holds the Python version and `re`'s engine version it was built with, and is ignored under any
other. `tests/unit/test_regex_table.py` checks that every entry gives a pattern equal to a fresh
compile (same program, flags and groups).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import sys
import zlib
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

# (pattern is bytes, pattern, flags) -> (flags after inline flags, program, groups, groupindex, indexgroup)
Key = tuple[bool, str | bytes, int]
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

NAME = "regexes.table"


def engine_tag() -> str:
    """What a program depends on: the interpreter's version and `re`'s engine."""
    version = ".".join(map(str, sys.version_info[:3]))
    return f"{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}"


@lru_cache(maxsize=1)
def table() -> dict[Key, Entry]:
    """The shipped table; empty when it is missing, unreadable, or built for another engine."""
    try:
        raw = resources.files("bot.core").joinpath("data", NAME).read_bytes()
        tag, entries = marshal.loads(zlib.decompress(raw))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return {}
    return entries if tag == engine_tag() and isinstance(entries, dict) else {}


def pattern_of(pattern: str | bytes, entry: Entry) -> Any:
    """The compiled pattern `re.compile` returns for `pattern`, built from its table entry."""
    flags, program, groups, groupindex, indexgroup = entry
    code = array("I" if _sre.CODESIZE == 4 else "H", program).tolist()
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


@contextmanager
def ready_compiled() -> Iterator[None]:
    """Within this window, `re` takes the program of a pattern in the table from the table."""
    entries = table()
    if not entries:
        yield
        return
    original = _compiler.compile

    def compile_from_table(p: Any, flags: int = 0) -> Any:
        entry = entries.get((isinstance(p, bytes), p, flags)) if isinstance(p, str | bytes) else None
        return original(p, flags) if entry is None else pattern_of(p, entry)

    _compiler.compile = compile_from_table
    try:
        yield
    finally:
        if _compiler.compile is compile_from_table:  # a window opened inside this one closed first
            _compiler.compile = original


def entry_of(pattern: str | bytes, flags: int) -> Entry:
    """The table entry of a pattern: `re`'s own parse and code generation, as `re` compiles it
    (CPython's `re._compiler.compile`), kept instead of handed to the engine. For the build tool."""
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = array("I" if _sre.CODESIZE == 4 else "H", [int(c) for c in code]).tobytes()
    groups = int(parsed.state.groups - 1)
    return int(flags | parsed.state.flags), program, groups, groupindex, tuple(indexgroup)


def dump(entries: dict[Key, Entry]) -> bytes:
    """The table's bytes; entries in key order, so that the same patterns always give the same file."""
    ordered = dict(sorted(entries.items(), key=lambda item: (item[0][0], str(item[0][1]), item[0][2])))
    return zlib.compress(marshal.dumps((engine_tag(), ordered)), 9)
