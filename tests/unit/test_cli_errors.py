"""How the command line reports failures and counts, without a subprocess."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from bot import cli
from bot.core.wording import did_you_mean, plural
from bot.logs import setup_logging

BOT = Path(__file__).resolve().parents[2] / "bot"


def _failing_app() -> typer.Typer:
    app = typer.Typer(cls=cli._OneLineErrors, pretty_exceptions_enable=False)

    @app.callback()
    def root(verbose: int = typer.Option(0, "-v", count=True)) -> None:
        cli._invocation.verbose = verbose

    @app.command()
    def explode() -> None:
        raise RuntimeError("the frobnicator is empty\nsecond line of detail 123456:" + "A" * 35)

    return app


def test_an_unexpected_error_is_one_line_and_the_trace_needs_verbose() -> None:
    runner = CliRunner()

    quiet = runner.invoke(_failing_app(), ["explode"])
    loud = runner.invoke(_failing_app(), ["-v", "explode"])

    assert quiet.exit_code == loud.exit_code == 1
    assert quiet.output.strip() == (
        "unexpected error: RuntimeError: the frobnicator is empty (run again with -v for the full trace)"
    )
    assert "Traceback (most recent call last)" in loud.output
    assert "***" in loud.output or "123456:" not in loud.output.splitlines()[-1]


def test_plural_forms() -> None:
    assert [plural(n, "alert") for n in (0, 1, 2)] == ["0 alerts", "1 alert", "2 alerts"]
    assert plural(1, "entry") == "1 entry" and plural(3, "entry") == "3 entries"
    assert plural(2, "day") == "2 days"
    assert plural(2, "match", "matches") == "2 matches"


def test_did_you_mean_names_a_close_known_name_only() -> None:
    assert did_you_mean("severty", ["severity", "trigger"]) == " (did you mean 'severity'?)"
    assert did_you_mean("Desk", ["desk", "console"]) == " (did you mean 'desk'?)"
    assert did_you_mean("zebra", ["severity", "trigger"]) == ""
    assert did_you_mean(3, ["severity"]) == ""


def test_file_watcher_chatter_only_when_verbose() -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    watcher = logging.getLogger("watchfiles")
    try:
        setup_logging(0)
        assert not logging.getLogger("watchfiles.main").isEnabledFor(logging.INFO)
        setup_logging(1)
        assert logging.getLogger("watchfiles.main").isEnabledFor(logging.INFO)
    finally:  # leave logging as the other tests found it
        root.handlers[:] = handlers
        root.setLevel(level)
        watcher.setLevel(logging.NOTSET)


@pytest.mark.parametrize("path", sorted(BOT.rglob("*.py")), ids=lambda p: str(p.relative_to(BOT)))
def test_every_logger_shares_one_name_prefix(path: Path) -> None:
    """The bot's own loggers (`log = ...`, or handed to a library as `logger=`) start with
    `conflict_alerts.`; library loggers are only configured, in bot/logs.py and bot/chat/base.py."""
    source = path.read_text(encoding="utf-8")
    own = re.findall(r"(?:^log = |logger=)logging\.getLogger\(([^)]*)\)", source, flags=re.MULTILINE)
    for name in own:
        assert name.startswith('"conflict_alerts.'), f"{path}: logger {name}"


def _refused_connection_error() -> Exception:
    import socket

    from sqlalchemy import create_engine

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = create_engine(f"postgresql+psycopg://alerts@127.0.0.1:{port}/alerts")
    try:
        engine.connect()
    except Exception as error:
        return error
    finally:
        engine.dispose()
    raise AssertionError("a closed port accepted a connection")


def test_a_tick_failing_on_a_database_that_is_down_logs_one_line(caplog: pytest.LogCaptureFixture) -> None:
    from bot.app import log_tick_failure

    error = _refused_connection_error()
    with caplog.at_level(logging.ERROR, logger="conflict_alerts.app"):
        try:
            raise error
        except Exception:
            log_tick_failure("poll tick failed")
        try:
            raise RuntimeError("a bug")
        except RuntimeError:
            log_tick_failure("poll tick failed")

    expected, bug = caplog.records
    assert expected.exc_info is None and not expected.exc_text
    assert expected.getMessage().startswith("poll tick failed: cannot use the database: ")
    assert "Connection refused" in expected.getMessage()
    # (a redacting handler installed by setup_logging may already have turned exc_info into exc_text)
    assert bug.exc_info is not None or "RuntimeError: a bug" in (bug.exc_text or "")
    assert bug.getMessage() == "poll tick failed"
