"""Logging: readable lines on a terminal, JSON lines otherwise, secrets redacted everywhere.

Redaction happens in a handler filter, on the formatted message and the exception text, so a token
that a library puts into an URL or an error (python-telegram-bot's URLs carry the token) is masked
whichever logger emitted it.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from bot.core.credentials import Redactor


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message, JSON fields and exception text. On the log handler it
    covers every record; `protect_secret` also puts it on the loggers of the client libraries."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = self.redactor(message)
        record.args = None
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):  # feed URLs travel in the JSON fields too
            record.fields = {k: self.redactor(v) if isinstance(v, str) else v for k, v in fields.items()}
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redactor(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        event = getattr(record, "event", None)
        if event:
            out["event"] = event
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            out.update(fields)
        if record.exc_text:
            out["exc"] = record.exc_text
        return json.dumps(out, ensure_ascii=False, default=str)


def setup_logging(
    verbosity: int = 0, secrets: Iterable[str] = (), *, json_lines: bool | None = None
) -> Redactor:
    """verbosity: -1 quiet (warnings), 0 info, 1+ debug. Returns the redactor for other outputs."""
    redactor = Redactor(secrets)
    level = logging.WARNING if verbosity < 0 else logging.DEBUG if verbosity > 0 else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    if json_lines is None:
        json_lines = not sys.stderr.isatty()
    handler.setFormatter(
        JsonFormatter()
        if json_lines
        else logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    )
    handler.addFilter(RedactingFilter(redactor))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # Libraries that log request URLs (with tokens) or chatter at INFO.
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram", "slack_sdk", "aiohttp.access", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING if verbosity < 2 else logging.DEBUG)
    # A tick still running when the next is due is skipped on purpose (max_instances=1, e.g. the
    # deliverer pacing a burst to a platform's rate limit): apscheduler warns about each skip, once a
    # second. Its errors (a job that raised) still show.
    if verbosity < 2:
        logging.getLogger("apscheduler").setLevel(logging.ERROR)
    # The file watcher says "1 change detected" at INFO for every save; the reload is logged by us.
    logging.getLogger("watchfiles").setLevel(logging.WARNING if verbosity < 1 else logging.DEBUG)
    return redactor
