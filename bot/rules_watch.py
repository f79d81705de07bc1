"""Hot reload: watch the configuration and rule files and call back when they change.

`watch_rules` only says *that* something changed (debounced, so an editor's save-as-rename or a
`git pull` touching several files is one call). The callback reloads, and on errors logs them and
keeps the last good rules in force; an exception escaping the callback is logged, never fatal.

Files are watched through their folders, because editors often save by writing a new file and
renaming it over the old one, which a watch on the file itself would lose.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import watchfiles

from bot.core.rules.loader import RULE_FILE_SUFFIXES

log = logging.getLogger("conflict_alerts.rules_watch")

DEBOUNCE_MS = 500


def _watch_targets(paths: Sequence[Path]) -> tuple[list[Path], set[Path], list[Path]]:
    """(folders to watch, single files of interest, folders whose rule files are of interest)."""
    roots: list[Path] = []
    files: set[Path] = set()
    folders: list[Path] = []
    for raw in paths:
        path = raw.resolve()
        if path.is_dir():
            folders.append(path)
            roots.append(path)
        else:
            files.add(path)
            roots.append(path.parent)
    unique = [r for i, r in enumerate(roots) if r.exists() and r not in roots[:i]]
    return unique, files, folders


def _relevant(changed: Path, files: set[Path], folders: list[Path]) -> bool:
    if changed in files:
        return True
    return changed.suffix in RULE_FILE_SUFFIXES and changed.parent in folders


async def watch_rules(
    paths: list[Path],
    on_change: Callable[[], Awaitable[None]],
    stop: asyncio.Event,
    debounce_ms: int = DEBOUNCE_MS,
) -> None:
    """Call `on_change()` after each (debounced) change to the given files or rule folders, until `stop`.

    `paths`: the configuration file and the rules folder (files or folders; folders mean their
    *.yaml / *.yml files).
    """
    roots, files, folders = _watch_targets(paths)
    if not roots:
        log.warning("nothing to watch for hot reload: %s", ", ".join(map(str, paths)))
        await stop.wait()
        return

    def wanted(_change: watchfiles.Change, name: str) -> bool:
        return _relevant(Path(name), files, folders)

    async for changes in watchfiles.awatch(
        *roots, watch_filter=wanted, debounce=debounce_ms, stop_event=stop, recursive=False
    ):
        log.info(
            "rule or config files changed: %s",
            ", ".join(sorted({Path(name).name for _, name in changes})),
            extra={"event": "rules_changed"},
        )
        try:
            await on_change()
        except Exception:  # the watcher outlives a failing reload; the running rules stay in force
            log.exception("reload after a file change failed; the running rules stay in force")
