"""The validated rules of the last `match` over a rules folder, kept between processes.

Reading the shipped rules costs a `match` process ~20 % of its start (ruamel.yaml's round-trip
composer and pydantic building and running the rule models' validators: benchmarks/RESULTS.md,
issue 16). A folder whose rules loaded without error is kept as the validated rule models and their
positions (pickled) in the user's cache folder (`$XDG_CACHE_HOME/conflict-alerts`, else
`~/.cache/conflict-alerts`); the next `match` over the same files rebuilds its `RuleSet` from them,
and the rule models' validators are never built (they are built on first use: `defer_build`).

The key is everything the result depends on: each rule file's path and bytes, and the size and
modification time of every file of `bot/core` (the rule language, its checks, the models), the
interpreter's and pydantic's versions. Any change is a new key: the rules are read and checked as
always, with every error reported, and nothing is kept unless they load without error. A cache that
cannot be read or written is ignored. Like Python's own bytecode caches, the file is trusted as the
user's own; only the newest entry is kept.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.rules import LoadResult, RuleSet

_CORE = Path(__file__).resolve().parent / "core"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "conflict-alerts"


def key(rules: Path) -> str | None:
    """The cache key of the rules at `rules` (a folder or one file), None when they cannot be listed."""
    from bot.core.rules.loader import rule_files

    try:
        files = [rules] if rules.is_file() else rule_files(rules)
        digest = hashlib.sha256()
        for path in files:
            digest.update(f"{path}\0".encode())
            digest.update(path.read_bytes())
            digest.update(b"\0")
    except OSError:
        return None
    import pydantic

    digest.update(f"{sys.version}\0{pydantic.VERSION}\0".encode())
    for folder, subfolders, names in os.walk(_CORE):  # top-down, in sorted order, bytecode left out
        subfolders[:] = sorted(s for s in subfolders if s != "__pycache__")
        for name in sorted(names):
            info = os.stat(os.path.join(folder, name))
            digest.update(f"{folder}/{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:32]


def cached_ruleset(rules: Path) -> tuple[RuleSet | None, str | None]:
    """(the RuleSet kept for these rules or None, the key to keep a fresh load under)."""
    found = key(rules)
    if found is None:
        return None, None
    try:
        data = (cache_dir() / f"rules-{found}.pickle").read_bytes()
        models, origins = pickle.loads(data)  # the user's own cache, trusted as a .pyc file is
        from bot.core.rules import RuleSet

        return RuleSet(models, origins), found
    except Exception:  # missing, unreadable or from an incompatible version: load the rules instead
        return None, found


def keep(result: LoadResult, found: str) -> None:
    """Keep a load without errors under `found` (replacing older entries); errors writing are ignored."""
    if result.ruleset is None or result.errors:
        return
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps((result.ruleset.rules, result.ruleset.origins), protocol=pickle.HIGHEST_PROTOCOL)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
    name = f"rules-{found}.pickle"
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".rules-", delete=False) as out:
            try:
                out.write(data)
            except OSError:
                os.unlink(out.name)
                raise
        os.replace(out.name, folder / name)
        for old in folder.glob("rules-*.pickle"):
            if old.name != name:
                old.unlink(missing_ok=True)
    except OSError:
        pass
