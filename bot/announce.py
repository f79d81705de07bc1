"""Notices to the configured admins (a rejected rule or config change), through the outbox.

A notice is an alert like any other, so it survives restarts and honours rate limits. Its id is a
hash of its text: every instance that watches the same files and sees the same bad change writes
the same id, and the alerts table's primary key keeps exactly one — no leader election needed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime

from bot.config import Config
from bot.core.model import Alert, Destination, Platform, Severity, Trigger
from bot.record import queue_alert
from bot.store.repo import Store

MAX_NOTICE_LINES = 10


def admin_destinations(config: Config, active_platforms: Iterable[str]) -> list[Destination]:
    """Admins' private chats: a Telegram user id is also the id of their chat with the bot, and
    Slack's chat.postMessage to a user id posts in the app's DM with them."""
    active = set(active_platforms)
    out: list[Destination] = []
    if Platform.TELEGRAM.value in active:
        out += [
            Destination(f"admin:telegram:{uid}", Platform.TELEGRAM, str(uid))
            for uid in config.admins.telegram
        ]
    if Platform.SLACK.value in active:
        out += [Destination(f"admin:slack:{uid}", Platform.SLACK, uid) for uid in config.admins.slack]
    return out


def rejected_change_notice(errors: Sequence[str], now: datetime) -> Alert:
    shown = list(errors[:MAX_NOTICE_LINES])
    if len(errors) > MAX_NOTICE_LINES:
        shown.append(f"… and {len(errors) - MAX_NOTICE_LINES} more (run `conflict-alerts check`)")
    body = " • ".join(shown)
    digest = hashlib.sha256(("reload-rejected\x1f" + body).encode()).hexdigest()[:32]
    return Alert(
        id=digest,
        rule_id="admin:reload",
        trigger=Trigger.KEYWORDS,
        severity=Severity.HIGH,
        facts=(),
        entry_title="Rule or config change rejected: the last good rules stay in force",
        link="",
        source="conflict-alerts",
        published=now,
        evidence=body,
    )


def template_budget_notice(rule_ids: Sequence[str], reason: str, source: str, now: datetime) -> Alert:
    """A rule template went over its rendering budget at run time: its alerts went out with the
    default text. Same id for the same template, so it is told once."""
    which = ", ".join(rule_ids) or "a rule no longer loaded"
    digest = hashlib.sha256(("template-budget\x1f" + source).encode()).hexdigest()[:32]
    return Alert(
        id=digest,
        rule_id="admin:template",
        trigger=Trigger.KEYWORDS,
        severity=Severity.HIGH,
        facts=(),
        entry_title=f"Template of rule {which} went over its budget: alerts go out with the default text",
        link="",
        source="conflict-alerts",
        published=now,
        evidence=f"{reason}. Simplify the template (docs/rules.md, Templates); it starts: {source[:120]}",
    )


def announce(store: Store, alert: Alert, destinations: Sequence[Destination], now: datetime) -> bool:
    """Queue the notice for the admins; False when there is nobody to tell or it was already queued."""
    if not destinations:
        return False
    return queue_alert(store, alert, destinations, now)
