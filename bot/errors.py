"""One line for a failure a user can fix: what is wrong and what to do, never a Python traceback.

The command line (bot/cli.py) turns every exception that reaches it into one line: `explain` gives
the line for failures that are expected on a bad day (database down or misspelled, a state file that
is not a database); anything else is reported as unexpected, with the full trace only under `-v`.
"""

from __future__ import annotations

import re
import sys
from typing import Any

# Fragments of driver messages (psycopg, sqlite3), lower-cased, and the fix each calls for.
_DATABASE_HINTS: tuple[tuple[str, str], ...] = (
    ("connection refused", "is the database server running on that host and port? check DATABASE_URL"),
    ("could not translate host name", "the host name in DATABASE_URL does not resolve: check its spelling"),
    ("name or service not known", "the host name in DATABASE_URL does not resolve: check its spelling"),
    ("timeout expired", "the database server does not answer: check the host, port and firewall"),
    ("password authentication failed", "check the user name and password in DATABASE_URL"),
    ("no password supplied", "DATABASE_URL needs the password, as USER:PASSWORD@ before the host"),
    ('role "', "that user does not exist on the server: check the user name in DATABASE_URL"),
    ("does not exist", "create the database (createdb NAME) or correct its name in DATABASE_URL"),
    (
        "file is not a database",
        "this file is not a SQLite database: move it aside, and a new one is created, "
        "or point to the right file",
    ),
    ("unable to open database file", "the folder of the SQLite file is missing or not writable"),
    ("readonly database", "the SQLite file is read-only: check its permissions"),
)


class StartupError(Exception):
    """A configuration problem that stops the bot before it starts; the message says what to fix."""


class CliProblem(Exception):
    """An expected failure the command line reports as its one-line message (exit 1)."""


class DatabaseUrlError(CliProblem, ValueError):
    """DATABASE_URL (or a state file's name) is not a database URL this project can use."""


def explain(error: BaseException, database_url: str | None = None) -> str | None:
    """The one line for an expected failure, or None when `error` is not one."""
    if isinstance(error, CliProblem):
        return str(error)
    if "sqlalchemy" not in sys.modules:  # `match` without --state never loads it: nothing to explain
        return None
    from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

    if isinstance(error, NoSuchModuleError | ArgumentError):
        return f"DATABASE_URL is not usable ({_first_line(error)}); expected postgresql://HOST/DBNAME"
    if isinstance(error, DatabaseError):  # OperationalError is one
        return _database_problem(error, database_url)
    return None


def one_line(error: BaseException, database_url: str | None, verbose: int) -> str:
    """The line the command line prints for an exception that reached it: `explain`'s, else
    "unexpected error: ..." (after the full trace on stderr with `-v`)."""
    line = explain(error, database_url)
    if line is None:
        if verbose:
            import traceback

            traceback.print_exc()
        first = (str(error).strip().splitlines() or [""])[0]
        line = f"unexpected error: {type(error).__name__}: {first}" + (
            "" if verbose else " (run again with -v for the full trace)"
        )
    return line


def _database_problem(error: Any, database_url: str | None) -> str:
    reason = _driver_message(error)
    lowered = reason.lower()
    hint = next((fix for fragment, fix in _DATABASE_HINTS if fragment in lowered), "check DATABASE_URL")
    where = f" at {_shown(database_url)}" if database_url else ""
    return f"cannot use the database{where}: {reason} ({hint})"


def _driver_message(error: Any) -> str:
    """The driver's own words, without SQLAlchemy's statement and background link."""
    text = str(error.orig) if error.orig is not None else str(error)
    text = re.sub(r"^connection failed: ", "", text.strip())
    # psycopg's second line is its own hint ("Is the server running …"): ours replaces it.
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return re.sub(r"\s+", " ", lines[0]) if lines else type(error).__name__


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
