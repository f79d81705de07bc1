"""A language's name table built ahead of time (`names/<language>.table`), so that the first item of a
language does not build it from ~13,000 GeoNames and CLDR rows (~70 ms each time a process meets
the language; pure: reads package data only).

The file holds the table's fields (pickled, zlib-compressed) and the key of what they were built
from: the language's lexicon file, its two TSV files, the English wires' names of towns
(`names/english-names.tsv`), and the code that builds and folds names
(`names.py`, `tokens.py`, the lexicon loader). A file whose key is not the key of the files shipped
beside it is ignored and the table is built from the sources, as before: an edited lexicon or
alias can make the first item slower, never wrong. `tools/build_name_tables.py` writes the files;
tests/unit/test_name_tables.py fails while any of them is out of date.
"""

from __future__ import annotations

import hashlib
import pickle
import zlib
from importlib import resources
from typing import Any

FORMAT = b"name-table 1"
_LANG = "bot.core.extract.lang"
_CODE = (
    (_LANG, "names.py"),
    (_LANG, "tokens.py"),
    ("bot.core.extract.lexicon", "__init__.py"),
)


def _bytes(package: str, *path: str) -> bytes:
    try:
        return resources.files(package).joinpath(*path).read_bytes()
    except FileNotFoundError:
        return b""


def sources_key(language: str, script: str, towns: bool = False) -> str:
    """The hash of every file the table of `language` (written in `script`) is built from; `towns`:
    of its table of small towns (`names/<language>-towns.table`, from `names/towns-<script>.tsv`)."""
    digest = hashlib.sha256(FORMAT)
    names = [f"towns-{script}.tsv"] if towns else [f"cities-{script}.tsv", f"{language}.tsv"]
    parts = [
        _bytes("bot.core.extract.lexicon", f"{language}.toml"),
        *(_bytes(_LANG, "names", name) for name in names),
        _bytes(_LANG, "names", "english-names.tsv"),
        *(_bytes(package, name) for package, name in _CODE),
    ]
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


class _Sorted(tuple):  # type: ignore[type-arg]
    """A frozenset written as its sorted items, so that the same table always makes the same file
    (a set's order changes with each process's string hashing)."""


def _encode(value: Any) -> Any:
    if isinstance(value, frozenset):
        return _Sorted(sorted(value))
    if isinstance(value, tuple) and any(isinstance(v, tuple | frozenset) for v in value):
        return tuple(_encode(v) for v in value)  # the endings: (length, set of endings) pairs
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, _Sorted):
        return frozenset(value)
    if isinstance(value, tuple) and any(isinstance(v, tuple) for v in value):
        return tuple(_decode(v) for v in value)
    return value


def file_name(language: str, towns: bool = False) -> str:
    return f"{language}-towns.table" if towns else f"{language}.table"


def load(language: str, script: str, towns: bool = False) -> tuple[Any, ...] | None:
    """The fields of the table built ahead of time, None when there is none or it is out of date."""
    data = _bytes(_LANG, "names", file_name(language, towns))
    if not data:
        return None
    key, fields = pickle.loads(zlib.decompress(data))
    if key != sources_key(language, script, towns):
        return None
    return tuple(_decode(field) for field in fields)


def dump(language: str, script: str, fields: tuple[Any, ...], towns: bool = False) -> bytes:
    """The file `load` reads: the fields with the key of the sources as they are now."""
    encoded = tuple(_encode(field) for field in fields)
    return zlib.compress(pickle.dumps((sources_key(language, script, towns), encoded), protocol=5), 6)
