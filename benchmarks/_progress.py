"""A progress bar for the long benchmarks: rich, on stderr, and only when stderr is a terminal.

    with progress_bar("memory", total=48) as bar:
        for cycle in ...:
            bar.update(f"cycle {cycle}")
            ...
            bar.advance()

When stderr is not a terminal (redirected, CI) nothing is shown and rich is not even imported: the
yielded bar does nothing, and the run is exactly what it was before the bar existed. When it is, the
bar is transient (gone at the end) and redraws only when `advance()` or `update()` is called - there
is no refresh thread - so the scripts call them between the timed parts (per phase, cycle or
configuration, or from a once-a-second sampler), never per message. While it shows, lines printed on
stdout (when stdout is the terminal too) and log lines appear above it instead of through it; when
stdout is redirected the printed figures go straight to it, unchanged. On a terminal rich itself is
loaded into the process (1-3 MB of RSS: see memory.py).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Bar:
    """One bar: `advance()` steps, `update()` changes the text or sets the position (fractions are fine)."""

    def __init__(self, label: str, progress: Any = None, task: Any = None) -> None:
        self._label = label
        self._progress = progress
        self._task = task

    @property
    def shown(self) -> bool:
        """False when stderr is not a terminal: skip work that only feeds the bar (a sampler task)."""
        return self._progress is not None

    def advance(self, steps: float = 1) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=steps, refresh=True)

    def update(self, description: str | None = None, *, completed: float | None = None) -> None:
        if self._progress is not None:
            text = None if description is None else f"{self._label}: {description}"
            self._progress.update(self._task, description=text, completed=completed, refresh=True)


@contextmanager
def progress_bar(label: str, total: float, description: str = "") -> Iterator[Bar]:
    if not sys.stderr.isatty():
        yield Bar(label)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(bar_width=30),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True, soft_wrap=True),  # printed lines: the terminal wraps them
        auto_refresh=False,
        transient=True,
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=True,
    )
    terminal = sys.stderr
    with progress:
        task = progress.add_task(f"{label}: {description}" if description else label, total=total)
        progress.refresh()
        bar = Bar(label, progress, task)
        moved = [
            h for h in logging.getLogger().handlers
            if isinstance(h, logging.StreamHandler) and h.stream is terminal and sys.stderr is not terminal
        ]  # fmt: skip
        for handler in moved:
            handler.setStream(sys.stderr)  # the bar's proxy: prints above the bar
        try:
            yield bar
        finally:
            for handler in moved:
                handler.setStream(terminal)
