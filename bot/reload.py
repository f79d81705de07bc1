"""Hot reload of the config and rules, and the admins' notices about rules: a change that does not
load, or whose rule examples fail, is refused and the running rules stay; a template that goes over
its budget at run time is reported. The admins are told through the outbox (bot/announce.py)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot import metrics
from bot.announce import admin_destinations, announce, rejected_change_notice, template_budget_notice
from bot.config import Config, load_config
from bot.core.rules import LoadResult, load_rules
from bot.core.templates import take_unreported_over_budget
from bot.core.wording import plural

if TYPE_CHECKING:
    from bot.app import Bot

log = logging.getLogger("conflict_alerts.app")


def watched_paths(config_path: Path, config: Config) -> list[Path]:
    return [config_path, config.rules_dir]


async def report_templates_over_budget(bot: Bot) -> None:
    """Tell the admins (and the log) about rule templates that went over budget while rendering."""
    for source, reason in take_unreported_over_budget():
        rules = [r.id for r in bot.pipeline.rules.ruleset.rules if r.template == source]
        log.error(
            "the template of rule %s went over its budget (%s); its alerts go out with the default text",
            ", ".join(rules) or "?", reason,
            extra={"event": "template_over_budget", "fields": {"rules": rules}},
        )  # fmt: skip
        now = datetime.now(UTC)
        notice = template_budget_notice(rules, reason, source, now)
        destinations = admin_destinations(bot.config, bot.pipeline.active_platforms)
        try:
            await asyncio.to_thread(announce, bot.store, notice, destinations, now)
        except Exception:  # the log line above already says it
            log.exception("could not queue the template notice for the admins")


async def _tell_admins(bot: Bot, errors: list[str]) -> None:
    now = datetime.now(UTC)
    destinations = admin_destinations(bot.config, bot.pipeline.active_platforms)
    notice = rejected_change_notice(errors, now)
    try:
        await asyncio.to_thread(announce, bot.store, notice, destinations, now)
    except Exception:  # the log line above already carries the errors
        log.exception("could not queue the rejected-change notice for the admins")


def load_rules_of(config: Config) -> LoadResult:
    return load_rules(
        config.rules_dir,
        {d.id for d in config.destinations},
        max_file_bytes=config.settings.max_rule_file_bytes,
    )


def _load_and_try_rules(config: Config) -> tuple[LoadResult, list[str]]:
    """The rules and every reason to refuse them: a change whose own examples fail is as wrong as
    one that does not parse (`check` says so too)."""
    result = load_rules_of(config)
    errors = [str(e) for e in result.errors] or [
        str(e) for e in (result.ruleset.run_examples() if result.ruleset else [])
    ]
    return result, errors


def reloader(bot: Bot) -> Callable[[], asyncio.Future[None]]:
    async def reload() -> None:
        try:
            config = load_config(bot.settings.config_path)
        except Exception as error:  # ConfigError and YAML errors alike: keep what runs
            log.error(
                "config change rejected, keeping the running configuration:\n%s",
                error,
                extra={"event": "reload_rejected"},
            )
            metrics.rules_reloaded(datetime.now(UTC), errors=str(error).splitlines())
            await _tell_admins(bot, str(error).splitlines())
            return
        # Off the event loop: a large rule file takes seconds to parse and compile.
        result, errors = await asyncio.to_thread(_load_and_try_rules, config)
        if result.ruleset is None or errors:
            log.error(
                "rule change rejected, keeping the last good rules:\n%s",
                "\n".join(errors),
                extra={"event": "reload_rejected"},
            )
            metrics.rules_reloaded(datetime.now(UTC), errors=errors)
            await _tell_admins(bot, errors)
            return
        bot.pipeline.rules.ruleset = result.ruleset
        metrics.rules_reloaded(datetime.now(UTC), count=len(result.ruleset.rules))
        bot.pipeline.config = config
        bot.config = config
        bot.store.feeds.sync_config(
            ((f.url, f.name, f.tags, f.enabled) for f in config.feeds), datetime.now(UTC)
        )
        log.info(
            "rules reloaded: %s in force", plural(len(result.ruleset.rules), "rule"),
            extra={"event": "rules_reloaded"},
        )

    return reload  # type: ignore[return-value]
