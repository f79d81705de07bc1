"""The command line on a bad day, run as a user runs it (a real subprocess): a database that is down
or misspelled, a junk state file, a folder with no configuration. Each is one line naming the problem
and the fix, a non-zero exit, no Python traceback, and no file or folder left behind."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import DatabaseUrlError
from bot.store.db import parse_database_url

READ_ONLY = (["status"], ["feeds"], ["db", "current"])


def _env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "SLACK_", "DATABASE_URL", "CONFLICT_ALERTS_"))
    }
    env["CONFLICT_ALERTS_HTTP_ENABLED"] = "false"
    env.update(extra)
    return env


def _cli(args: list[str], cwd: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=_env(**env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _one_line_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _config(folder: Path, rules: Path) -> Path:
    path = folder / "conflict-alerts.yaml"
    path.write_text(
        "feeds: []\ndestinations:\n  - {id: console, console: {}}\n"
        f"routes: []\nrules_dir: {rules}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    folder = tmp_path / "own-rules"
    folder.mkdir()
    (folder / "war.yaml").write_text(
        "- id: war-words\n  trigger: keywords\n  severity: low\n  any: [ceasefire]\n"
        "  examples: {match: ['A ceasefire was agreed'], no_match: ['A quiet day']}\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("command", [*READ_ONLY, ["run", "--once"]], ids=" ".join)
def test_database_down_is_one_line_naming_the_fix(tmp_path: Path, rules: Path, command: list[str]) -> None:
    _config(tmp_path, rules)
    url = f"postgresql://postgres@127.0.0.1:{_closed_port()}/alerts"

    line = _one_line_failure(_cli(command, tmp_path, DATABASE_URL=url))

    assert "Connection refused" in line
    assert "is the database server running" in line and "DATABASE_URL" in line


@pytest.mark.parametrize("url", ["notaurl", "mysql://u@h/db"])
def test_misspelled_database_url_is_one_line(tmp_path: Path, rules: Path, url: str) -> None:
    _config(tmp_path, rules)
    for command in READ_ONLY:
        line = _one_line_failure(_cli(list(command), tmp_path, DATABASE_URL=url))
        assert "expected postgresql://HOST:5432/DBNAME with USER:PASSWORD@ before the host" in line


def test_postgres_schemes_map_to_the_psycopg_driver() -> None:
    for scheme in ("postgres", "postgresql", "postgresql+psycopg", "postgresql+psycopg2"):
        url = parse_database_url(f"{scheme}://u:secret@db.example:5432/alerts")
        assert url.drivername == "postgresql+psycopg"
        assert (url.host, url.database, url.password) == ("db.example", "alerts", "secret")
    with pytest.raises(DatabaseUrlError, match="not a database URL"):
        parse_database_url("postgres:/oops")
    with pytest.raises(DatabaseUrlError, match="not a database URL"):  # SQLAlchemy: ValueError
        parse_database_url("postgresql://u:pw@[::1:5432/alerts")
    misspelled = r"unsupported database 'postgress' \(did you mean 'postgres'\?\)"
    with pytest.raises(DatabaseUrlError, match=misspelled):
        parse_database_url("postgress://db.example/alerts")


@pytest.mark.parametrize("url", ["postgresql+asyncpg://u@db.example/alerts", "sqlite+aiosqlite:///x.db"])
def test_a_driver_the_bot_does_not_ship_is_one_line_naming_the_plain_scheme(url: str) -> None:
    # SQLAlchemy would fail later on the missing module ("unexpected error: ModuleNotFoundError").
    with pytest.raises(DatabaseUrlError, match=r"driver '\w+' is not one this bot ships; write .*://"):
        parse_database_url(url)


def test_postgres_scheme_reaches_the_server(tmp_path: Path, rules: Path, postgres_url: str) -> None:
    """`postgres://` as hosting providers hand it out: status reads the database (empty here)."""
    plain = parse_database_url(postgres_url).set(drivername="postgres").render_as_string(hide_password=False)
    _config(tmp_path, rules)

    upgraded = _cli(["db", "upgrade"], tmp_path, DATABASE_URL=plain)
    assert upgraded.returncode == 0, upgraded.stderr
    status = _cli(["status"], tmp_path, DATABASE_URL=plain)

    assert status.returncode == 0, status.stderr
    assert "outbox:" in status.stdout


def test_junk_state_file_is_one_line(tmp_path: Path, rules: Path) -> None:
    junk = tmp_path / "state.db"
    junk.write_text("not a database, just words\n" * 200, encoding="utf-8")

    line = _one_line_failure(
        _cli(["match", "--rules", str(rules), "--state", str(junk)], tmp_path, stdin='{"title": "x"}\n')
    )

    assert line.startswith(f"--state {junk} is not a state file")
    assert "give a new file name" in line


def test_read_only_commands_in_an_empty_folder_say_so_and_create_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for command in READ_ONLY:
        line = _one_line_failure(_cli(list(command), empty))
        assert line.startswith("no configuration here: conflict-alerts.yaml not found")
    assert list(empty.iterdir()) == []


def test_read_only_commands_before_the_first_run_create_no_database(tmp_path: Path, rules: Path) -> None:
    _config(tmp_path, rules)
    before = sorted(p.name for p in tmp_path.iterdir())
    for command in READ_ONLY:
        result = _cli(list(command), tmp_path)
        assert result.returncode == 0, result.stderr
        assert "no database yet at data/conflict-alerts.sqlite3" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_version() -> None:
    from importlib.metadata import version

    result = _cli(["--version"], Path.cwd())
    assert result.returncode == 0
    assert result.stdout.strip() == f"conflict-alerts {version('conflict-alerts')}"


def test_check_accepts_one_rule_file_and_warns_about_missing_tokens(tmp_path: Path, rules: Path) -> None:
    (tmp_path / "conflict-alerts.yaml").write_text(
        "feeds: []\ndestinations:\n  - {id: desk, slack: {channel: C0123456789}}\n"
        f"  - {{id: console, console: {{}}}}\nroutes: []\nrules_dir: {rules}\n",
        encoding="utf-8",
    )

    result = _cli(["check", "--rules", str(rules / "war.yaml")], tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok: 1 rule in {rules / 'war.yaml'}, 2 examples pass"
    assert result.stderr.strip() == (
        "warning: destination 'desk' is on Slack but SLACK_BOT_TOKEN is not set: its alerts will not be "
        "sent (docs/slack.md)"
    )
    with_token = _cli(["check"], tmp_path, SLACK_BOT_TOKEN="xoxb-set")
    assert with_token.returncode == 0 and with_token.stderr == ""
    wrong_kind = _cli(["check"], tmp_path, SLACK_BOT_TOKEN="xapp-1-A0-123", TELEGRAM_BOT_TOKEN="12345:short")
    assert wrong_kind.returncode == 0
    assert wrong_kind.stderr.splitlines() == [
        "warning: TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then some 35 "
        "letters, digits, - and _): copy it again from @BotFather (docs/telegram.md)",
        "warning: SLACK_BOT_TOKEN is not a bot token (xoxb-…): use the Bot User OAuth Token; an app-level "
        "token (xapp-…) belongs in SLACK_APP_TOKEN (docs/slack.md)",
    ]


def test_feeds_add_warns_on_a_private_host_and_says_when_a_feed_exists(tmp_path: Path, rules: Path) -> None:
    _config(tmp_path, rules)
    url = f"http://127.0.0.1:{_closed_port()}/feed.xml"

    first = _cli(["feeds", "add", url, "--allow-private"], tmp_path)
    again = _cli(["feeds", "add", url, "--allow-private"], tmp_path)

    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"added {url} as ")
    assert f"{url.split('/')[2]} is not in settings.allow_private_feed_hosts" in first.stderr
    assert "refuse to fetch it on every poll" in first.stderr
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"{url} is already polled, as ")


def test_feeds_add_on_an_allowed_host_does_not_warn(tmp_path: Path, rules: Path) -> None:
    config = _config(tmp_path, rules)
    config.write_text(
        config.read_text(encoding="utf-8") + "settings: {allow_private_feed_hosts: ['127.0.0.1:9']}\n",
        encoding="utf-8",
    )

    result = _cli(["feeds", "add", "http://127.0.0.1:9/feed.xml", "--allow-private"], tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_check_in_a_folder_with_neither_config_nor_rules_says_so(tmp_path: Path) -> None:
    # Before, the one line was "rules:1:1: rules directory not found": nothing about the config.
    line = _one_line_failure(_cli(["check"], tmp_path))

    assert line == (
        "no configuration here: conflict-alerts.yaml not found and no rules folder "
        "(run it in the bot's folder, or pass --config FILE or --rules DIR)"
    )
    assert list(tmp_path.iterdir()) == []


def test_feeds_counts_one_failed_poll_in_the_singular(tmp_path: Path, rules: Path) -> None:
    (tmp_path / "conflict-alerts.yaml").write_text(
        f"feeds:\n  - {{name: Down, url: 'http://127.0.0.1:{_closed_port()}/feed.xml'}}\n"
        f"destinations:\n  - {{id: console, console: {{}}}}\nroutes: []\nrules_dir: {rules}\n",
        encoding="utf-8",
    )
    assert _cli(["run", "--once"], tmp_path).returncode == 1  # every feed failed

    listed = _cli(["feeds"], tmp_path)

    assert listed.returncode == 0, listed.stderr
    assert "1 failed poll in a row; last error at" in listed.stdout


def test_status_with_a_broken_config_says_it_is_guessing_where_the_database_is(tmp_path: Path) -> None:
    # The broken config may name another data_dir: "no database yet at data/…" alone would mislead.
    (tmp_path / "conflict-alerts.yaml").write_text("settings: {data_dir: /srv/alerts}\nroutes: [\n")

    result = _cli(["status"], tmp_path)

    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "warning: conflict-alerts.yaml has errors (`conflict-alerts check` lists them); "
        "looking for the database in the default data folder"
    ]
    assert list(tmp_path.iterdir()) == [tmp_path / "conflict-alerts.yaml"]


@pytest.mark.parametrize("command", [["run", "--once"], ["status"]], ids=" ".join)
def test_a_junk_data_file_is_named_with_what_to_do(tmp_path: Path, rules: Path, command: list[str]) -> None:
    # `run` said only "cannot use the database: file is not a database" (no file), and both told the
    # admin to "give the bot's state file or a new name", which fits `--state`, not the bot's own file.
    _config(tmp_path, rules)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "conflict-alerts.sqlite3").write_text("not a database\n" * 500, encoding="utf-8")

    line = _one_line_failure(_cli(command, tmp_path))

    assert line == (
        "cannot use the database at sqlite:///data/conflict-alerts.sqlite3: file is not a database "
        "(this file is not a SQLite database: move it aside, and a new one is created, or point to "
        "the right file)"
    )
