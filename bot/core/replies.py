"""What the bot says in chats, pure: help, the chat's subscriptions and settings, durations, and
command names written the way each platform's users type them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.core.chat_prefs import DAILY_DIGEST_AT, ChatPrefs, DigestMode
from bot.core.commands import Name
from bot.core.route import ALL, Subscription

TRIGGER_LABELS = {
    "casualty": "casualty",
    "arms_embargo": "arms embargo",
    "recognition": "recognition",
    "keywords": "keyword",
}


def format_duration(delta: timedelta) -> str:
    total = int(delta.total_seconds())
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = [f"{days}d" if days else "", f"{hours}h" if hours else "", f"{minutes}m" if minutes else ""]
    return "".join(parts) or f"{total}s"


_HELP_LINES = (
    ("subscribe [trigger] [region]", "get alerts here, e.g. subscribe casualty gaza"),
    ("unsubscribe [trigger] [region]", "stop one subscription (no arguments: all)"),
    ("list", "this chat's subscriptions and settings"),
    ("toll [place]", "a running toll: figure, last changes, sources and a chart, e.g. toll gaza"),
    ("mute <2h|30m|1d>", "no alerts for a while (they are skipped)"),
    ("unmute", "alerts again"),
    ("digest hourly|daily|off", "one summary message per hour or day"),
    ("quiet HH:MM-HH:MM [timezone]", "hold alerts during these hours; quiet off"),
)
_ADMIN_LINES = (
    ("status", "feeds, queues, paused destinations"),
    ("test <text>", "what would fire on this text, and why"),
    ("pause <destination> / resume <destination>", "stop or restart a destination"),
    ("feeds / addfeed <url> / rmfeed <url>", "the feeds polled"),
)


# Withdrawing an alert answers the alert itself: a reply in Telegram, a message shortcut in Slack.
_WRONG_LINE = {
    "telegram": "/wrong [note] — as a reply to an alert: withdraw it as wrong (kept for review)",
    "slack": "⋯ on an alert → Wrong alert — withdraw it as wrong (kept for review)",
}


def command_prefix(platform: str) -> str:
    return "/conflict-alerts " if platform == "slack" else "/"


def localize(text: str, platform: str) -> str:
    """Write `/name` the way the platform's users type it (Slack: `/conflict-alerts name`)."""
    if platform != "slack":
        return text
    names = "|".join(sorted((n.value for n in Name), key=len, reverse=True))
    return re.sub(rf"(?<![\w/-])/({names})\b", r"/conflict-alerts \1", text)


def help_text(platform: str, *, admin: bool) -> str:
    p = command_prefix(platform)
    lines = [
        "I post alerts about casualty figures, arms embargoes and recognitions of states.",
        "Triggers: casualty, arms_embargo, recognition, keywords (or all). Regions: a country or "
        "territory (gaza, sudan, ukraine…) or middle east, africa, europe, asia, americas.",
        "",
        *(f"{p}{cmd} — {what}" for cmd, what in _HELP_LINES),
    ]
    if admin:
        lines += ["", "For administrators:", *(f"{p}{cmd} — {what}" for cmd, what in _ADMIN_LINES)]
        lines.append(_WRONG_LINE.get(platform, _WRONG_LINE["telegram"]))
    lines += ["", "In a group, only the group's administrators can change its subscriptions."]
    return "\n".join(lines)


def describe_subscription(sub: Subscription) -> str:
    what = "all alerts" if sub.trigger == ALL else f"{TRIGGER_LABELS.get(sub.trigger, sub.trigger)} alerts"
    where = "anywhere" if sub.region == ALL else f"about {sub.region}"
    return f"{what} {where}"


def describe_prefs(prefs: ChatPrefs, now: datetime) -> list[str]:
    lines = []
    if prefs.muted(now):
        assert prefs.mute_until is not None
        lines.append(
            f"Muted for {format_duration(prefs.mute_until - now)} more "
            f"(until {prefs.mute_until:%Y-%m-%d %H:%M} UTC)."
        )
    if prefs.digest is not DigestMode.OFF:
        daily = f"daily at {DAILY_DIGEST_AT:%H:%M} {prefs.tz}"
        when = "every hour" if prefs.digest is DigestMode.HOURLY else daily
        lines.append(f"Digest: {when}.")
    if prefs.quiet is not None:
        lines.append(f"Quiet hours: {prefs.quiet}.")
    return lines


def list_text(subs: Sequence[Subscription], prefs: ChatPrefs, now: datetime) -> str:
    if subs:
        lines = ["This chat gets:", *(f"• {describe_subscription(s)}" for s in subs)]
    else:
        lines = ["This chat has no subscriptions. Try /subscribe casualty gaza or /subscribe all."]
    return "\n".join(lines + describe_prefs(prefs, now))
