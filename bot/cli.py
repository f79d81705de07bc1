"""`conflict-alerts` — the command line. Each command is a thin shell over the library: it parses
arguments, calls one function, prints, and picks the exit code (0 ok, 1 bad input or configuration).

No Python traceback reaches the user: an expected failure (database down, a misspelled URL, a file
that is not a database) is one line naming the problem and the fix (bot/errors.py), an unexpected one
is one line too, and the full trace is printed only with `-v`. Read-only commands (`status`, `feeds`,
`db current`) create no file or folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from bot.core.credentials import Redactor
from bot.core.items import item_entry
from bot.core.judge import judge
from bot.core.model import Entry
from bot.core.rules import json_schema
from bot.core.wording import plural
from bot.errors import CliProblem, one_line
from bot.logs import setup_logging
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.store.repo import Store


@dataclass
class _Invocation:
    """What the error handler needs to know about the command being run."""

    verbose: int = 0
    database_url: str | None = None
    secrets: tuple[str, ...] = ()


_invocation = _Invocation()


class _OneLineErrors(TyperGroup):
    """Every exception that escapes a command becomes one line on stderr and exit code 1."""

    def invoke(self, ctx: Any) -> Any:  # typer's click Context (vendored, private)
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException, KeyboardInterrupt):
            raise
        except Exception as error:
            line = one_line(error, _invocation.database_url, _invocation.verbose)
            typer.echo(Redactor(_invocation.secrets)(line), err=True)
            raise typer.Exit(1) from None


if TYPE_CHECKING:
    from bot.store.repo import Store

app = typer.Typer(
    name="conflict-alerts",
    help="Watches news feeds and alerts on casualty figures, arms embargoes and statehood recognitions.",
    no_args_is_help=True,
    add_completion=False,
    cls=_OneLineErrors,
    pretty_exceptions_enable=False,
)
feeds_app = typer.Typer(
    help="List feeds with their health (no command), or add and remove feeds.", no_args_is_help=False
)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
app.add_typer(feeds_app, name="feeds")
app.add_typer(db_app, name="db")

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="YAML config; default $CONFLICT_ALERTS_CONFIG or ./conflict-alerts.yaml"
    ),
]
Verbose = Annotated[
    int, typer.Option("--verbose", "-v", count=True, help="More log output (-vv: libraries too).")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Warnings and errors only.")]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"conflict-alerts {version('conflict-alerts')}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="Full traces of unexpected errors.")
    ] = 0,
) -> None:
    _invocation.verbose = verbose


def _settings(config: Path | None, verbose: int = 0, quiet: bool = False) -> Settings:
    settings = Settings.from_env(config_path=config)
    _invocation.verbose = max(_invocation.verbose, verbose)
    _invocation.secrets = settings.secrets
    setup_logging(-1 if quiet else _invocation.verbose, settings.secrets)
    return settings


def _database_url(settings: Settings, *, warn_broken_config: bool = True) -> str:
    """DATABASE_URL, else the SQLite file in the config's data_dir — the one `run` uses — so that
    `status` or `feeds` run from another folder read the bot's database, not a new empty one."""
    if settings.database_url:
        url = settings.database_url
    else:
        from bot.config import ConfigError, load_config

        try:
            url = settings.database_url_for(load_config(settings.config_path).data_dir)
        except (ConfigError, OSError):
            # Said once per command (the URL is looked up again for messages); a broken config may
            # name another data_dir.
            if warn_broken_config and settings.config_path.exists() and _invocation.database_url is None:
                typer.echo(
                    f"warning: {settings.config_path} has errors (`conflict-alerts check` lists them); "
                    "looking for the database in the default data folder",
                    err=True,
                )
            url = settings.database_url_for(None)
    _invocation.database_url = url
    return url


def _existing_database(settings: Settings, config_given: bool) -> str | None:
    """The URL of the bot's database for a read-only command, or None when no SQLite file exists
    yet (nothing is created to find out). Without a configuration or DATABASE_URL there is nothing
    to read: that is a CliProblem saying where the command looked."""
    if not settings.database_url and not settings.config_path.exists():
        hint = "check the path" if config_given else "run it in the bot's folder, or pass --config FILE"
        raise CliProblem(
            f"no configuration here: {settings.config_path} not found and DATABASE_URL is not set ({hint})"
        )
    from bot.store.db import sqlite_path

    url = _database_url(settings)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return None
    return url


def _open_existing_store(url: str) -> Store:
    """The store, without migrating: a read-only command says what to run instead of writing."""
    from sqlalchemy.engine import make_url

    from bot.store.db import current_revision, head_revision, make_engine
    from bot.store.repo import Store

    engine = make_engine(url)
    current, head = current_revision(engine), head_revision()
    if current != head:
        engine.dispose()
        where = make_url(url).render_as_string(hide_password=True)
        if current is None:
            raise CliProblem(
                f"the database at {where} is empty: the bot has not run against it yet "
                "(start it, or run `conflict-alerts db upgrade`)"
            )
        raise CliProblem(
            f"the database at {where} is at revision {current}, this version needs {head}: "
            "run `conflict-alerts db upgrade` (or start the bot)"
        )
    return Store(engine)


def _existing_store(config: Path | None) -> Store | None:
    """The bot's store for a read-only command, not migrated; None (having said so on stdout) when the
    bot has not run with this configuration yet."""
    settings = _settings(config, quiet=True)
    url = _existing_database(settings, config is not None)
    if url is None:
        typer.echo(_no_database_yet(settings))
        return None
    return _open_existing_store(url)


def _no_database_yet(settings: Settings) -> str:
    from bot.store.db import sqlite_path

    where = sqlite_path(_database_url(settings))
    return f"no database yet at {where}: the bot has not run with this configuration (`conflict-alerts run`)"


def _fail(message: str) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(1)


@app.command()
def run(
    config: ConfigOpt = None,
    once: Annotated[bool, typer.Option("--once", help="One poll-and-deliver cycle, then exit.")] = False,
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Poll the configured feeds and post alerts until stopped (SIGINT/SIGTERM).

    With --once: one poll of every feed and one delivery pass, ending with a summary line; the exit
    code is 1 when every feed failed."""
    import asyncio

    from bot.app import run_forever, run_once
    from bot.config import ConfigError
    from bot.errors import StartupError

    settings = _settings(config, verbose, quiet)
    # Named in a database error; a broken config is reported by the run itself.
    _database_url(settings, warn_broken_config=False)
    try:
        if not once:
            asyncio.run(run_forever(settings))
            return
        summary = asyncio.run(run_once(settings))
    except (ConfigError, StartupError) as error:
        raise _fail(str(error)) from None
    except KeyboardInterrupt:
        return
    typer.echo(summary.line(), err=True)
    if summary.every_feed_failed:
        raise _fail("every feed failed: see the errors above, or `conflict-alerts feeds` for each one")


@app.command()
def schema() -> None:
    """Print the JSON Schema of rule files (editors use it to validate as you type)."""
    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def match(
    rules: Annotated[Path, typer.Option("--rules", help="Rules folder.")] = Path("rules"),
    state: Annotated[
        Path | None,
        typer.Option("--state", help="SQLite file keeping series and events across items and runs."),
    ] = None,
) -> None:
    """JSON lines in (one news item each), JSON lines out: facts and alerts per item, in input order."""
    from bot.match_cmd import run_match

    run_match(rules, state)


@app.command()
def replay(
    files: Annotated[
        list[Path], typer.Argument(help="RSS/Atom files.", exists=True, dir_okay=False, readable=True)
    ],
    config: ConfigOpt = None,
    deliver: Annotated[bool, typer.Option("--deliver", help="Send to the configured destinations.")] = False,
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Run local feed files through the same pipeline; alerts are printed (or delivered)."""
    import asyncio

    from bot.config import ConfigError
    from bot.errors import StartupError
    from bot.replay import replay_files

    settings = _settings(config, verbose, quiet)
    try:
        outcome = asyncio.run(replay_files(settings, files, deliver=deliver))
    except (ConfigError, StartupError) as error:
        raise _fail(str(error)) from None
    typer.echo(f"{plural(outcome.alerts, 'alert')} from {plural(len(files), 'file')}", err=True)
    if len(outcome.unreadable) == len(files):
        raise _fail("no file given is an RSS or Atom feed: give feed files (.xml, .rss, .atom)")


@app.command("test-rule")
def test_rule(
    rule_file: Annotated[Path, typer.Argument(help="A rule file.", exists=True, dir_okay=False)],
    against: Annotated[
        Path,
        typer.Option(
            "--against",
            help="News items as JSON lines (.jsonl, .ndjson, .json), or a feed file (RSS/Atom).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
) -> None:
    """Dry run: which items would fire the rules of RULE_FILE, with the facts and phrases that made them."""
    from bot.core.rules import load_rule_file

    result = load_rule_file(rule_file)
    if result.ruleset is None:
        for e in result.errors:
            typer.echo(str(e), err=True)
        raise typer.Exit(1)
    entries = _read_items(against)
    fired = 0
    for entry in entries:
        for m in judge(entry, result.ruleset).matches:
            fired += 1
            typer.echo(f"FIRES {m.rule_id} ({m.severity.value}) on {entry.key}: {entry.title[:100]}")
            for fact in m.facts:
                typer.echo(f"    fact: {json.dumps(fact.to_json(), ensure_ascii=False)}")
                if fact.evidence:
                    typer.echo(f"          from: {fact.evidence[:200]}")
                if fact.why is not None:
                    for line in fact.why.lines():
                        typer.echo(f"          why: {line}")
            if m.matched_phrases:
                typer.echo(f"    phrases: {', '.join(m.matched_phrases)}")
    typer.echo(f"{plural(fired, 'match', 'matches')} on {plural(len(entries), 'item')}")


def _read_items(path: Path) -> list[Entry]:
    data = path.read_bytes()
    if path.suffix in {".jsonl", ".json", ".ndjson"}:
        entries: list[Entry] = []
        for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise _fail(f"{path}:{number}: not a JSON object: {error}") from None
            if not isinstance(item, dict):
                raise _fail(f"{path}:{number}: not a JSON object: got {type(item).__name__}")
            entries.append(item_entry(item, len(entries)))
        return entries
    from bot.core.parse import parse_feed

    parsed = parse_feed(data, feed_id="file", url=path.resolve().as_uri(), source=path.stem)
    if parsed.problem:
        typer.echo(f"note: {path}: {parsed.problem}", err=True)
    return parsed.entries


def main() -> None:
    import bot.cli_state  # noqa: F401 - registers the commands over the stored state

    app()


if __name__ == "__main__":
    main()
