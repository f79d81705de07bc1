"""`conflict-alerts` commands for the operator: `check` the config and rules, the bot's stored state
(`feeds` list, add, remove; `status`, `tolls`, `review`, `db`) and `send-test` to a destination.
Registered on the command line of bot/cli.py; the same rules hold: a thin shell, one line for a
failure, read-only commands create no file or folder."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli import (
    ConfigOpt,
    _database_url,
    _existing_database,
    _existing_store,
    _fail,
    _no_database_yet,
    _open_existing_store,
    _settings,
    app,
    db_app,
    feeds_app,
)
from bot.core.credentials import hide_url_credentials
from bot.core.rules import load_rules
from bot.core.rules.loader import DEFAULT_MAX_RULE_FILE_BYTES
from bot.core.wording import plural
from bot.errors import CliProblem
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.config import Config
    from bot.store.repo import Store


@feeds_app.callback(invoke_without_command=True)
def feeds_list(ctx: typer.Context, config: ConfigOpt = None) -> None:
    """List feeds with their health: state, last success, current interval, items a day, last error."""
    if ctx.invoked_subcommand is not None:
        return
    from datetime import timedelta

    from bot.core.schedule import health_state

    store = _existing_store(config)
    if store is None:
        return
    now = datetime.now(UTC)
    rows = store.status.feed_activity(entries_since=now - timedelta(days=1))
    store.engine.dispose()
    if not rows:
        typer.echo(
            "no feeds yet: they are added from the config when the bot starts, or with `feeds add URL`"
        )
        return
    typer.echo(f"{'STATE':<10} {'NAME':<30} {'LAST OK':<16} {'EVERY':>7} {'ITEMS/DAY':>9}  URL")
    for f in rows:
        state = health_state(f.error_streak, f.last_success_at, now) if f.enabled else "disabled"
        last = f.last_success_at.strftime("%Y-%m-%d %H:%M") if f.last_success_at else "never"
        interval = f"{f.interval_s:.0f}s" if f.interval_s else "-"
        shown = hide_url_credentials(f.url)
        typer.echo(f"{state:<10} {f.name[:30]:<30} {last:<16} {interval:>7} {f.recent_entries:>9}  {shown}")
        if f.last_error and f.error_streak:
            when = f.last_error_at.strftime("%Y-%m-%d %H:%M") if f.last_error_at else "?"
            streak = f"{plural(f.error_streak, 'failed poll')} in a row"
            typer.echo(f"{'':<10} {streak}; last error at {when}: {hide_url_credentials(f.last_error)}")


@feeds_app.command("add")
def feeds_add(
    url: str,
    name: Annotated[str | None, typer.Option(help="Display name; default the host.")] = None,
    config: ConfigOpt = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow loopback/private addresses (tests, intranets).")
    ] = False,
) -> None:
    """Add a feed at run time.

    Its URL must reach public addresses only (checked now, after DNS, and again on every fetch and
    redirect), unless its host is in settings.allow_private_feed_hosts."""
    import asyncio
    from urllib.parse import urlsplit

    from bot.app import open_store
    from bot.config import ConfigError, load_config
    from bot.netguard import BlockedUrl, UrlGuard
    from bot.pipeline import runtime_feed_guard
    from bot.store.feeds import feed_id_for

    settings = _settings(config, quiet=True)
    guard = UrlGuard()
    if settings.config_path.exists() or config is not None:
        try:
            guard = runtime_feed_guard(load_config(settings.config_path))
        except ConfigError as error:
            raise _fail(str(error)) from None
    strict_guard = guard
    if allow_private:
        guard = guard.allowing_private()
    try:
        asyncio.run(guard.check(url))
    except BlockedUrl as error:
        hint = ""
        if "address" in error.reason and "metadata" not in error.reason:
            hint = (
                " (a feed on your own network: add its host to settings.allow_private_feed_hosts in "
                "the config, see docs/feeds.md)"
            )
        raise _fail(f"refused: {error}{hint}") from None
    if allow_private:
        try:
            asyncio.run(strict_guard.check(url))
        except BlockedUrl as error:
            parts = urlsplit(url)
            entry = f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)
            typer.echo(
                f"warning: {error}, and {entry} is not in settings.allow_private_feed_hosts: the running "
                f"bot will refuse to fetch it on every poll; add '{entry}' there (docs/feeds.md)",
                err=True,
            )
    store = open_store(_database_url(settings))
    feed_id = feed_id_for(url)
    known = {f.id: f for f in store.feeds.all()}
    if feed_id in known and known[feed_id].enabled:
        typer.echo(f"{url} is already polled, as {feed_id}: nothing to add")
        return
    feed_id = store.feeds.add(url, name or urlsplit(url).hostname or url, [], datetime.now(UTC))
    typer.echo(f"{'enabled again' if feed_id in known else 'added'} {url} as {feed_id}")


@feeds_app.command("remove")
def feeds_remove(url_or_id: str, config: ConfigOpt = None) -> None:
    """Stop polling a feed (its history is kept).

    Takes its id, its current URL or the URL it was added with (a permanent redirect may have changed
    the one polled)."""
    from bot.app import open_store
    from bot.store.feeds import feed_id_for

    settings = _settings(config, quiet=True)
    store = open_store(_database_url(settings))
    if not (store.feeds.remove(url_or_id) or store.feeds.remove(feed_id_for(url_or_id))):
        raise _fail(f"no feed {url_or_id}")
    typer.echo(f"removed {url_or_id}")


@app.command()
def status(config: ConfigOpt = None) -> None:
    """Running instances, outbox depth, the oldest undelivered alert, paused destinations, latest alerts.

    Reads the database of DATABASE_URL, else the SQLite file in the config's settings.data_dir."""
    from bot.store.instances import STALE_AFTER_S, lease_holders, list_instances

    store = _existing_store(config)
    if store is None:
        return
    now = datetime.now(UTC)
    instances = list_instances(store.engine, now)
    live = sum(1 for i in instances if i.alive)
    stale = len(instances) - live
    typer.echo(f"instances: {live} running" + (f", {stale} stale" if stale else ""))
    for i in instances:
        seen = (now - i.last_seen).total_seconds()
        state = "running" if i.alive else "STALE"
        typer.echo(
            f"  {state:<7} {i.id}  (host {i.host}, pid {i.pid}, up since {i.started_at:%Y-%m-%d %H:%M:%S}, "
            f"last seen {seen:.0f}s ago)"
        )
        typer.echo(
            f"          roles: {', '.join(i.roles) or '-'}; leases: {i.feeds_leased} feeds, "
            f"{i.outbox_leased} outbox rows"
        )
        if not i.alive:
            what = (
                f"its leases were released at {i.released_at:%H:%M:%S}"
                if i.released_at
                else f"no heartbeat for over {STALE_AFTER_S:.0f}s; the others release its leases"
            )
            typer.echo(f"          dead: {what}")
    registered = {i.id for i in instances}
    for owner, (feeds, outbox) in sorted(lease_holders(store.engine, now).items()):
        if owner not in registered:
            typer.echo(f"  unregistered lease owner {owner}: {feeds} feeds, {outbox} outbox rows (expire)")
    summary = store.status.outbox_summary(now)
    typer.echo(f"outbox: {summary['pending']} pending, {summary['sent']} sent, {summary['parked']} parked")
    oldest = store.status.oldest_undelivered()
    if oldest is not None:
        age = (now - oldest.created_at).total_seconds()
        held = f", leased by {oldest.lease_owner}" if oldest.lease_owner else ""
        error = f", last error: {oldest.last_error}" if oldest.last_error else ""
        typer.echo(
            f"oldest undelivered: {age:.0f}s old, alert {oldest.alert_id[:8]} ({oldest.rule_id}) "
            f"{oldest.action} to {oldest.destination_id}, {oldest.attempts} attempts{held}{error}: "
            f"{oldest.title[:80]}"
        )
    for dest, reason in store.outbox.paused_destinations().items():
        typer.echo(f"paused: {dest} ({reason})")
    for row in store.entries.recent_alerts(10):
        title = row["payload"]["entry_title"][:80]
        typer.echo(f"{row['created_at']:%Y-%m-%d %H:%M} {row['severity']:<6} {row['rule_id']}: {title}")


@app.command()
def tolls(
    place: Annotated[
        str | None, typer.Argument(help="Only series of this place: gaza, ukraine, kharkiv (default: all).")
    ] = None,
    state: Annotated[
        Path | None,
        typer.Option("--state", help="The SQLite file of `match --state`, instead of the bot's database."),
    ] = None,
    config: ConfigOpt = None,
    last: Annotated[int, typer.Option("--last", min=0, help="Changes shown per series.")] = 5,
) -> None:
    """Running tolls: each series' current figure, when and who reported it, and its history."""
    from bot.core.tolls import describe

    if state is not None:
        if not state.exists():
            raise CliProblem(f"--state {state}: no such file (it is the file `match --state` wrote)")
        store: Store | None = _open_existing_store(f"sqlite:///{state}")
    else:
        store = _existing_store(config)
    if store is None:
        return
    views = store.tolls.views(place)
    if not views:
        typer.echo(f"no running toll of {place!r} yet" if place else "no running tolls yet")
        return
    for view in views:
        typer.echo(describe(view, last=last))


@app.command()
def review(
    jsonl: Annotated[
        Path | None,
        typer.Option(
            "--jsonl",
            help="Write them as JSON lines in the labeled-corpus shape to this file ('-': stdout).",
        ),
    ] = None,
    last: Annotated[int | None, typer.Option("--last", min=1, help="Only the newest N.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Alerts admins withdrew (/wrong, the Slack shortcut), with the item, its facts and the note.

    The JSON lines are ready to review and add to a labeled set or a rule's examples; `labels` starts
    as the item's facts minus the withdrawn ones (docs/operations.md, "Withdrawn alerts")."""
    from bot.core.explain import describe_fact
    from bot.core.review import corpus_line
    from bot.store.reviews import ReviewStore

    store = _existing_store(config)
    if store is None:
        return
    retractions = ReviewStore(store.engine).retractions(last)
    if jsonl is not None:
        lines = "".join(json.dumps(corpus_line(r), ensure_ascii=False) + "\n" for r in retractions)
        if str(jsonl) == "-":
            typer.echo(lines, nl=False)
            return
        try:
            jsonl.write_text(lines, encoding="utf-8")
        except OSError as error:
            raise _fail(f"{jsonl}: cannot write: {error.strerror or error}") from None
        typer.echo(f"{len(retractions)} withdrawn alerts written to {jsonl}")
        return
    if not retractions:
        typer.echo("no withdrawn alerts")
        return
    for r in retractions:
        typer.echo(
            f"#{r.id} {r.created_at:%Y-%m-%d %H:%M} {r.rule_id} ({r.trigger}) withdrawn in "
            f"{r.platform} {r.destination_id} by {r.retracted_by}"
        )
        typer.echo(f"    item: {r.item.title[:100]} ({r.item.source})")
        for fact in r.withdrawn:
            typer.echo(f"    wrong: {describe_fact(fact)}")
        typer.echo(f"    note: {r.note or '-'}")
        if r.cancelled:
            typer.echo(f"    cancelled before delivery: {r.cancelled}")


@db_app.command("upgrade")
def db_upgrade(config: ConfigOpt = None) -> None:
    """Apply database migrations (also done at every start)."""
    from bot.store.db import current_revision, make_engine, upgrade

    settings = _settings(config, quiet=True)
    engine = make_engine(_database_url(settings))
    upgrade(engine)
    typer.echo(f"database at revision {current_revision(engine)}")


@db_app.command("current")
def db_current(config: ConfigOpt = None) -> None:
    """Show the database's migration revision and the newest one this version knows."""
    from bot.store.db import current_revision, head_revision, make_engine

    settings = _settings(config, quiet=True)
    url = _existing_database(settings, config is not None)
    if url is None:
        typer.echo(f"current: none  head: {head_revision()}  ({_no_database_yet(settings)})")
        return
    engine = make_engine(url)
    current, head = current_revision(engine), head_revision()
    engine.dispose()
    note = "up to date" if current == head else "run `conflict-alerts db upgrade` (or start the bot)"
    typer.echo(f"current: {current}  head: {head}  ({note})")


@app.command("send-test")
def send_test_command(
    destination: Annotated[str, typer.Argument(help="A destination id from the configuration.")],
    config: ConfigOpt = None,
) -> None:
    """Post a short test message to one destination and say exactly what the platform answered.

    Checks the token, the chat id and the bot's rights before any news arrives; exit 1 when the
    platform refused or could not be reached."""
    import asyncio

    from bot.config import load_config
    from bot.send_test import find_destination, send_test

    settings = _settings(config, quiet=True)
    cfg = load_config(settings.config_path)
    result = asyncio.run(send_test(settings, find_destination(cfg, destination)))
    for line in result.lines:
        typer.echo(line, err=not result.ok)
    if not result.ok:
        raise typer.Exit(1)


@app.command()
def check(
    config: ConfigOpt = None,
    rules: Annotated[
        Path | None, typer.Option("--rules", help="Rules folder or a single rule file; default the config's.")
    ] = None,
) -> None:
    """Validate the configuration and every rule file, and run the rules' examples."""
    from bot.config import ConfigError, load_config

    settings = Settings.from_env(config_path=config)
    errors: list[str] = []
    warnings: list[str] = []
    destination_ids: set[str] | None = None
    max_file_bytes = DEFAULT_MAX_RULE_FILE_BYTES
    rules_dir = rules
    if not settings.config_path.exists() and config is None and rules is None and not Path("rules").exists():
        raise CliProblem(
            f"no configuration here: {settings.config_path} not found and no rules folder "
            "(run it in the bot's folder, or pass --config FILE or --rules DIR)"
        )
    if settings.config_path.exists() or config is not None:
        try:
            cfg = load_config(settings.config_path)
            destination_ids = {d.id for d in cfg.destinations}
            max_file_bytes = cfg.settings.max_rule_file_bytes
            rules_dir = rules_dir or cfg.rules_dir
            warnings.extend(_missing_tokens(settings, cfg))
            warnings.extend(_malformed_tokens(settings))
        except ConfigError as error:
            errors.extend(error.errors)
    rules_dir = rules_dir or Path("rules")
    result = load_rules(rules_dir, destination_ids, max_file_bytes=max_file_bytes)
    errors.extend(str(e) for e in result.errors)
    if result.ruleset is not None:
        errors.extend(str(e) for e in result.ruleset.run_examples())
    for line in warnings:
        typer.echo(f"warning: {line}", err=True)
    if errors:
        for line in errors:
            typer.echo(line, err=True)
        raise typer.Exit(1)
    assert result.ruleset is not None
    examples = sum(len(r.examples.match) + len(r.examples.no_match) for r in result.ruleset.rules)
    counted = f"{plural(len(result.ruleset.rules), 'rule')} in {rules_dir}, {plural(examples, 'example')}"
    typer.echo(f"ok: {counted} pass")


def _malformed_tokens(settings: Settings) -> list[str]:
    """Tokens that cannot be right by their shape alone (a truncated paste, the wrong kind of token)."""
    import re

    lines = []
    telegram = settings.telegram_token
    if telegram and not re.fullmatch(r"\d+:[A-Za-z0-9_-]{30,}", telegram):
        lines.append(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then some 35 letters, "
            "digits, - and _): copy it again from @BotFather (docs/telegram.md)"
        )
    slack = settings.slack_token
    if slack and not slack.startswith("xoxb-"):
        lines.append(
            "SLACK_BOT_TOKEN is not a bot token (xoxb-…): use the Bot User OAuth Token; an app-level "
            "token (xapp-…) belongs in SLACK_APP_TOKEN (docs/slack.md)"
        )
    return lines


def _missing_tokens(settings: Settings, cfg: Config) -> list[str]:
    """Destinations whose platform has no token: their alerts would be queued and never sent."""
    from bot.core.model import Platform

    tokens = {
        Platform.TELEGRAM: ("TELEGRAM_BOT_TOKEN", settings.telegram_token),
        Platform.SLACK: ("SLACK_BOT_TOKEN", settings.slack_token),
    }
    lines = []
    for destination in cfg.destinations:
        variable, token = tokens.get(destination.platform, ("", "set"))
        if not token:
            lines.append(
                f"destination '{destination.id}' is on {destination.platform.value.capitalize()} but "
                f"{variable} is not set: its alerts will not be sent (docs/{destination.platform.value}.md)"
            )
    return lines
