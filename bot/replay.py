"""`conflict-alerts replay FILE...`: local feed files through the live pipeline's own steps.

Without `--deliver` the run uses a throwaway in-memory database, so replaying never marks entries
seen in the real store, and alerts are printed. With `--deliver` it uses the configured database and
destinations, exactly as a poll would, and drains the outbox.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from bot.app import running_bot
from bot.core.parse import parse_feed
from bot.core.plan import one_message_per_trigger
from bot.core.render import combined, render_plain
from bot.core.wording import plural
from bot.deliver import drain_outbox
from bot.settings import Settings

log = logging.getLogger("conflict_alerts.replay")


@dataclass(frozen=True)
class ReplayOutcome:
    alerts: int
    unreadable: list[Path]  # files that gave no entry and a parse problem: not feeds


async def replay_files(settings: Settings, files: list[Path], *, deliver: bool) -> ReplayOutcome:
    if not deliver:
        settings = replace(settings, database_url="sqlite://")
    count = 0
    unreadable: list[Path] = []
    async with running_bot(settings) as bot:
        now = datetime.now(UTC)
        with progress_bar(len(files)) as progress:
            task = progress.add_task("", total=len(files))
            for path in files:
                progress.update(task, description=path.name)
                url = path.resolve().as_uri()
                feed_id = bot.store.feeds.add(url, path.stem, ["replay"], now)
                parsed = parse_feed(path.read_bytes(), feed_id=feed_id, url=url, source=path.stem)
                if parsed.problem and not parsed.entries:
                    unreadable.append(path)
                if parsed.problem:
                    log.warning(
                        "%s is malformed (%s); kept %s",
                        path,
                        parsed.problem,
                        plural(len(parsed.entries), "entry"),
                        extra={"event": "feed_malformed", "fields": {"feed": url}},
                    )
                for entry in parsed.entries:
                    judge = bot.pipeline.judge_and_record
                    alerts = await asyncio.to_thread(judge, entry, now, baseline=False)
                    count += len(alerts)
                    if not deliver:  # as a console destination would show them
                        for lead, others in one_message_per_trigger(alerts):
                            print(render_plain(combined(lead, others)), end="\n\n", flush=True)
                bot.store.feeds.remove(feed_id)
                progress.advance(task)
        if deliver:
            await drain_outbox(bot.deliverers, bot.store, max_wait_s=60.0, clock=lambda: datetime.now(UTC))
    return ReplayOutcome(count, unreadable)


@contextmanager
def progress_bar(total: int) -> Iterator[Progress]:
    """A progress bar on stderr for runs over several files; off when stderr is not a terminal (JSON
    logs, CI). While it shows, log lines and printed alerts appear above it instead of through it
    (alerts go straight to stdout when stdout is redirected)."""
    console = Console(stderr=True)
    progress = Progress(
        TextColumn("replay [bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=total < 2 or not console.is_terminal,
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=True,
    )
    with progress:
        terminal = progress.console.file
        moved = [
            h for h in logging.getLogger().handlers
            if isinstance(h, logging.StreamHandler) and h.stream is terminal and sys.stderr is not terminal
        ]
        for handler in moved:
            handler.setStream(sys.stderr)  # the bar's proxy: prints above the bar
        try:
            yield progress
        finally:
            for handler in moved:
                handler.setStream(terminal)
