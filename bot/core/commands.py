"""Chat commands, pure: parse a command line into a typed command, decide who may run it, and decide
when a chat's alert goes out (mute, quiet hours, digest). No network, database or clock: the adapters
(bot/chat/telegram_commands.py, bot/chat/slack_commands.py) and the executor
(bot/chat/command_service.py) bring the state in and carry the decisions out.

Commands (Telegram `/name args`; Slack `/conflict-alerts name args`):

=====================================  ==================  ===========================================
command                                who                 what
=====================================  ==================  ===========================================
start, help                            anyone              greeting / this list
list                                   anyone              the chat's subscriptions and settings
subscribe [trigger] [region]           chat manager        alerts of a trigger (or all) about a region
unsubscribe [trigger] [region]         chat manager        drop one subscription; no argument: all
mute <2h|30m|1d|1h30m>                 chat manager        nothing for a while (alerts are skipped)
unmute                                 chat manager        end a mute
digest hourly|daily|off                chat manager        fold alerts into one message per hour/day
quiet HH:MM-HH:MM [timezone] | off     chat manager        hold alerts until the quiet hours end
status, feeds                          configured admin    feed health, queues / the feeds polled
test <text>                            configured admin    what would fire on this text, and why
pause <dest>, resume <dest>            configured admin    stop / restart delivery to a destination
addfeed <url>, rmfeed <url>            configured admin    poll a feed / stop polling it
=====================================  ==================  ===========================================

"Chat manager": in a private chat, the user (a private chat manages its own subscriptions); in a
group, a chat administrator (as the platform says) or a configured admin. Channels do not take
commands: the bot only posts there (subscribe a channel through a configured route).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.extract.places import canonical_name
from bot.core.model import Alert
from bot.core.render import headline
from bot.core.route import ALL, Subscription

# --- the commands ----------------------------------------------------------------------------------------


class Name(StrEnum):
    START = "start"
    HELP = "help"
    LIST = "list"
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
    MUTE = "mute"
    UNMUTE = "unmute"
    DIGEST = "digest"
    QUIET = "quiet"
    STATUS = "status"
    TEST = "test"
    PAUSE = "pause"
    RESUME = "resume"
    FEEDS = "feeds"
    ADDFEED = "addfeed"
    RMFEED = "rmfeed"


class DigestMode(StrEnum):
    OFF = "off"
    HOURLY = "hourly"
    DAILY = "daily"


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily window in a time zone; `start > end` crosses midnight (22:00-07:00)."""

    start: time
    end: time
    tz: str = "UTC"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def contains(self, now: datetime) -> bool:
        t = now.astimezone(self.zone).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end

    def end_after(self, now: datetime) -> datetime:
        """The first end of the window after `now`, in UTC."""
        local = now.astimezone(self.zone)
        end = datetime.combine(local.date(), self.end, tzinfo=self.zone)
        if end <= local:
            end = datetime.combine(local.date() + timedelta(days=1), self.end, tzinfo=self.zone)
        return end.astimezone(UTC)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M} {self.tz}"


@dataclass(frozen=True, slots=True)
class Command:
    """A parsed command. Only the fields its `name` uses are set."""

    name: Name
    trigger: str = ALL
    region: str = ALL
    duration: timedelta | None = None
    digest: DigestMode | None = None
    quiet: QuietHours | None = None  # None with name QUIET: quiet hours off
    text: str = ""  # /test text, /pause and /resume destination, /addfeed and /rmfeed url


@dataclass(frozen=True, slots=True)
class UsageError:
    """The line was meant for us but cannot be run; `message` says how to write it."""

    message: str
    unknown: bool = False  # not one of our commands at all (in a group: probably another bot's)


TRIGGERS = {
    "casualty": "casualty",
    "casualties": "casualty",
    "deaths": "casualty",
    "arms_embargo": "arms_embargo",
    "arms-embargo": "arms_embargo",
    "embargo": "arms_embargo",
    "embargoes": "arms_embargo",
    "recognition": "recognition",
    "recognitions": "recognition",
    "keywords": "keywords",
    "all": ALL,
    "any": ALL,
    "everything": ALL,
}
TRIGGER_LABELS = {
    "casualty": "casualty",
    "arms_embargo": "arms embargo",
    "recognition": "recognition",
    "keywords": "keyword",
}
# Region tags beyond country and territory names (see bot.core.extract.places.regions_of).
REGION_WORDS = frozenset(
    {"middle east", "africa", "europe", "asia", "americas", "palestine", "united nations"}
)
MAX_MUTE = timedelta(days=90)
DAILY_DIGEST_AT = time(8, 0)  # in the chat's time zone (the one given to /quiet), else UTC
_DURATION = re.compile(r"(\d+)\s*(mins|min|sec|w|d|h|m|s)(?![a-z])", re.I)
_UNITS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "min": 60, "mins": 60, "s": 1, "sec": 1}
_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def normalize_region(text: str) -> str | None:
    """The region tag for what a user typed ("Gaza" -> "gaza", "UK" -> "united kingdom"), ALL for
    "all", None when unknown."""
    words = " ".join(text.split())
    key = words.casefold()
    if key in ("", "all", "any", "anywhere", "*"):
        return ALL
    if key in REGION_WORDS:
        return key
    canon = canonical_name(words)
    return canon.casefold() if canon else None


def parse_duration(text: str) -> timedelta | None:
    """"2h", "30m", "1d", "1h30m", "90 min" -> timedelta; None when not a positive duration."""
    compact = text.strip().casefold()
    if not compact:
        return None
    pos, seconds = 0, 0
    for m in _DURATION.finditer(compact):
        if compact[pos : m.start()].strip():
            return None
        seconds += int(m.group(1)) * _UNITS[m.group(2).lower()]
        pos = m.end()
    if pos == 0 or compact[pos:].strip():
        return None
    return timedelta(seconds=seconds) if seconds > 0 else None


def format_duration(delta: timedelta) -> str:
    total = int(delta.total_seconds())
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = [f"{days}d" if days else "", f"{hours}h" if hours else "", f"{minutes}m" if minutes else ""]
    return "".join(parts) or f"{total}s"


def valid_timezone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


# A reply that echoes what the user typed quotes at most this much of it: the platforms refuse a
# reply over their limit (Telegram 4,096 characters), and the user would get no answer at all.
ECHO_MAX_CHARS = 60
# And no reply is longer than this (UTF-16 code units, as Telegram counts; Slack's sections take 3,000).
REPLY_MAX_UTF16 = 3000


def echo(text: str) -> str:
    """What the user typed, quoted, clipped to `ECHO_MAX_CHARS`."""
    return repr(text if len(text) <= ECHO_MAX_CHARS else text[: ECHO_MAX_CHARS - 1] + "…")


def clip_reply(text: str, limit: int = REPLY_MAX_UTF16) -> str:
    """`text` cut to `limit` UTF-16 code units, ending in "…" when cut."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit - 1:
            return text[:index] + "…"
    return text


def _parse_quiet(args: str) -> Command | UsageError:
    parts = args.split()
    if len(parts) == 1 and parts[0].casefold() == "off":
        return Command(Name.QUIET, quiet=None)
    if not 1 <= len(parts) <= 2:
        return UsageError(USAGE[Name.QUIET])
    window = parts[0].split("-")
    if len(window) != 2:
        return UsageError(USAGE[Name.QUIET])
    times: list[time] = []
    for value in window:
        m = _HHMM.fullmatch(value.strip())
        if m is None:
            return UsageError(f"{echo(value)} is not a time of day (HH:MM, 24-hour). {USAGE[Name.QUIET]}")
        times.append(time(int(m.group(1)), int(m.group(2))))
    if times[0] == times[1]:
        return UsageError("Quiet hours need a start and an end that differ, e.g. 22:00-07:00.")
    tz = parts[1] if len(parts) == 2 else "UTC"
    if not valid_timezone(tz):
        return UsageError(
            f"I don't know the time zone {echo(tz)}. Use a name from the tz database, e.g. Europe/London, "
            "Asia/Gaza, America/New_York, or UTC."
        )
    return Command(Name.QUIET, quiet=QuietHours(times[0], times[1], tz))


def _parse_topic(name: Name, args: list[str]) -> Command | UsageError:
    trigger = ALL
    if args and args[0].casefold() in TRIGGERS:
        trigger = TRIGGERS[args[0].casefold()]
        args = args[1:]
    region = normalize_region(" ".join(args))
    if region is None:
        return UsageError(
            f"I don't know the region {echo(' '.join(args))}. Use a country or territory (gaza, sudan, "
            f"ukraine, united kingdom) or one of: {', '.join(sorted(REGION_WORDS))}. {USAGE[name]}"
        )
    return Command(name, trigger=trigger, region=region)


def parse_command(line: str, *, bot_username: str | None = None) -> Command | UsageError | None:
    """Parse `/name args`. Returns None when the line is not a command for this bot (no leading
    slash, or `/name@otherbot`)."""
    stripped = line.strip()
    if not stripped.startswith("/"):
        return None
    m = re.match(r"/(\S*)\s*(.*)", stripped, re.S)
    assert m is not None  # the line starts with "/"
    head, rest = m.group(1), m.group(2).strip()
    word, _, addressee = head.partition("@")
    if addressee and bot_username and addressee.casefold() != bot_username.casefold():
        return None
    try:
        name = Name(word.casefold())
    except ValueError:
        return UsageError(f"I don't know /{echo(word)[1:-1]}. /help lists what I understand.", unknown=True)
    args = rest.split()
    if name in (Name.START, Name.HELP, Name.LIST, Name.UNMUTE, Name.STATUS, Name.FEEDS):
        return Command(name)
    if name in (Name.SUBSCRIBE, Name.UNSUBSCRIBE):
        if name is Name.UNSUBSCRIBE and not args:
            return Command(name, trigger="", region="")  # everything
        return _parse_topic(name, args)
    if name is Name.MUTE:
        duration = parse_duration(rest)
        if duration is None:
            return UsageError(USAGE[name])
        if duration > MAX_MUTE:
            return UsageError(f"The longest mute is {MAX_MUTE.days} days; unsubscribe to stop for good.")
        return Command(name, duration=duration)
    if name is Name.DIGEST:
        try:
            return Command(name, digest=DigestMode(rest.casefold()))
        except ValueError:
            return UsageError(USAGE[name])
    if name is Name.QUIET:
        return _parse_quiet(rest)
    if name is Name.TEST:
        return Command(name, text=rest) if rest else UsageError(USAGE[name])
    # pause, resume, addfeed, rmfeed: exactly one argument
    if len(args) != 1:
        return UsageError(USAGE[name])
    if name in (Name.ADDFEED, Name.RMFEED) and not re.match(r"https?://\S+$", args[0], re.I):
        return UsageError(f"{echo(args[0])} is not an http(s) URL. {USAGE[name]}")
    return Command(name, text=args[0])


# --- who may do what ---------------------------------------------------------------------------------------


class Access(StrEnum):
    ANYONE = "anyone"
    CHAT_MANAGER = "chat manager"
    ADMIN = "admin"


ACCESS: dict[Name, Access] = {
    Name.START: Access.ANYONE,
    Name.HELP: Access.ANYONE,
    Name.LIST: Access.ANYONE,
    **dict.fromkeys(
        (Name.SUBSCRIBE, Name.UNSUBSCRIBE, Name.MUTE, Name.UNMUTE, Name.DIGEST, Name.QUIET),
        Access.CHAT_MANAGER,
    ),
    **dict.fromkeys(
        (Name.STATUS, Name.TEST, Name.PAUSE, Name.RESUME, Name.FEEDS, Name.ADDFEED, Name.RMFEED),
        Access.ADMIN,
    ),
}


class ChatKind(StrEnum):
    PRIVATE = "private"  # Telegram private chat, Slack DM
    GROUP = "group"  # Telegram group or supergroup, Slack channel
    CHANNEL = "channel"  # Telegram channel: the bot posts, it takes no commands


class AdminList(Protocol):
    """`bot.config.Admins`: the configured admins per platform."""

    @property
    def telegram(self) -> Sequence[int]: ...
    @property
    def slack(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class Caller:
    platform: str  # "telegram" | "slack"
    user_id: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: str  # for the log line
    reply: str = ""  # the polite refusal, when not allowed


def is_configured_admin(caller: Caller, admins: AdminList) -> bool:
    if caller.platform == "telegram":
        return caller.user_id in {str(a) for a in admins.telegram}
    if caller.platform == "slack":
        return caller.user_id in set(admins.slack)
    return False


def needs_chat_admin_check(command: Command, chat_kind: ChatKind, caller: Caller, admins: AdminList) -> bool:
    """Whether `authorize` needs to know if the caller administers the chat (a platform API call)."""
    return (
        ACCESS[command.name] is Access.CHAT_MANAGER
        and chat_kind is ChatKind.GROUP
        and not is_configured_admin(caller, admins)
    )


def authorize(
    caller: Caller, chat_kind: ChatKind, is_chat_admin: bool, admins: AdminList, command: Command
) -> Decision:
    access = ACCESS[command.name]
    if access is Access.ANYONE:
        return Decision(True, "open to everyone")
    configured = is_configured_admin(caller, admins)
    if access is Access.ADMIN:
        if configured:
            return Decision(True, "configured admin")
        return Decision(
            False,
            "admin command by a user who is not a configured admin",
            f"Sorry, /{command.name} is for the bot's administrators. If you run this bot, add your "
            f"user id ({caller.user_id}) to `admins.{caller.platform}` in the configuration.",
        )
    if chat_kind is ChatKind.PRIVATE:
        return Decision(True, "private chat manages its own subscriptions")
    if configured:
        return Decision(True, "configured admin")
    if chat_kind is ChatKind.GROUP and is_chat_admin:
        return Decision(True, "chat administrator")
    if chat_kind is ChatKind.CHANNEL:
        return Decision(
            False,
            "subscription command in a channel",
            "I only post in channels. Ask the bot's administrators to route alerts here.",
        )
    return Decision(
        False,
        "subscription command in a group by a member who is not a chat administrator",
        f"Sorry, only this chat's administrators can change what it receives. You can run /{command.name} "
        "in a private chat with me to manage your own alerts.",
    )


# --- when an alert goes out: mute, quiet hours, digest ---------------------------------------------


@dataclass(frozen=True, slots=True)
class ChatPrefs:
    mute_until: datetime | None = None
    digest: DigestMode = DigestMode.OFF
    quiet: QuietHours | None = None
    timezone: str = "UTC"  # the chat's zone (last given to /quiet), for the daily digest

    @property
    def tz(self) -> str:
        return self.quiet.tz if self.quiet else self.timezone

    def muted(self, now: datetime) -> bool:
        return self.mute_until is not None and self.mute_until > now


class Plan(StrEnum):
    SEND = "send"  # now
    SKIP = "skip"  # never (muted): the row is closed as skipped
    LATER = "later"  # at `at` (end of quiet hours): the row stays pending with that due time
    DIGEST = "digest"  # folded into the chat's digest message at `at`


@dataclass(frozen=True, slots=True)
class DeliveryPlan:
    plan: Plan
    at: datetime | None = None
    reason: str = ""


DIGEST_MESSAGE_PREFIX = "digest:"  # message ids of rows that went out inside a digest


def next_digest_at(mode: DigestMode, now: datetime, tz: str = "UTC") -> datetime:
    """Hourly: the next full hour. Daily: the next DAILY_DIGEST_AT in the chat's time zone."""
    if mode is DigestMode.HOURLY:
        return now.astimezone(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    at = datetime.combine(local.date(), DAILY_DIGEST_AT, tzinfo=zone)
    if at <= local:
        at = datetime.combine(local.date() + timedelta(days=1), DAILY_DIGEST_AT, tzinfo=zone)
    return at.astimezone(UTC)


def plan_delivery(
    prefs: ChatPrefs, now: datetime, *, action: str = "send", message_id: str | None = None
) -> DeliveryPlan:
    """What to do with one outbox row for a chat with these preferences.

    Edits of messages already posted go out as they are (an edit makes no sound), except edits of a
    digest, which would replace the whole digest with one alert: those are skipped. A muted chat's
    rows are skipped, not held, so unmuting does not release a flood. In digest mode a row waits for
    the next digest (moved past quiet hours). Otherwise, in quiet hours, it waits for their end.
    """
    if action != "send":
        if message_id and message_id.startswith(DIGEST_MESSAGE_PREFIX):
            return DeliveryPlan(Plan.SKIP, reason="the alert went out in a digest; digests are not edited")
        return DeliveryPlan(Plan.SEND)
    if prefs.muted(now):
        assert prefs.mute_until is not None
        return DeliveryPlan(Plan.SKIP, reason=f"chat muted until {prefs.mute_until:%Y-%m-%d %H:%M} UTC")
    if prefs.digest is not DigestMode.OFF:
        at = next_digest_at(prefs.digest, now, prefs.tz)
        if prefs.quiet is not None and prefs.quiet.contains(at):
            at = prefs.quiet.end_after(at)
        return DeliveryPlan(Plan.DIGEST, at, f"{prefs.digest.value} digest")
    if prefs.quiet is not None and prefs.quiet.contains(now):
        return DeliveryPlan(Plan.LATER, prefs.quiet.end_after(now), f"quiet hours {prefs.quiet}")
    return DeliveryPlan(Plan.SEND)


# --- what the bot says ------------------------------------------------------------------------------

USAGE: dict[Name, str] = {
    Name.SUBSCRIBE: "Usage: /subscribe [casualty|arms_embargo|recognition|keywords|all] [region], "
    "e.g. /subscribe casualty gaza",
    Name.UNSUBSCRIBE: "Usage: /unsubscribe [trigger] [region] "
    "(no arguments: every subscription of this chat)",
    Name.MUTE: "Usage: /mute <duration>, e.g. /mute 2h, /mute 30m, /mute 1d, /mute 1h30m",
    Name.DIGEST: "Usage: /digest hourly|daily|off",
    Name.QUIET: "Usage: /quiet HH:MM-HH:MM [timezone], e.g. /quiet 22:00-07:00 Europe/London; /quiet off",
    Name.TEST: "Usage: /test <text of a news item>",
    Name.PAUSE: "Usage: /pause <destination id> (see /status)",
    Name.RESUME: "Usage: /resume <destination id> (see /status)",
    Name.ADDFEED: "Usage: /addfeed <https://… feed url>",
    Name.RMFEED: "Usage: /rmfeed <feed url> (see /feeds)",
}

_HELP_LINES = (
    ("subscribe [trigger] [region]", "get alerts here, e.g. subscribe casualty gaza"),
    ("unsubscribe [trigger] [region]", "stop one subscription (no arguments: all)"),
    ("list", "this chat's subscriptions and settings"),
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


DIGEST_MAX_ITEMS = 30


def digest_text(alerts: Sequence[Alert], platform: str) -> str:
    """One message for many alerts: a headline and a link each, most severe first, capped at
    DIGEST_MAX_ITEMS. Plain text for Telegram (sent without parse mode), escaped mrkdwn for Slack."""

    def esc(text: str) -> str:
        if platform != "slack":
            return text
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    ordered = sorted(alerts, key=lambda a: -a.severity.rank)
    lines = [f"Digest: {len(alerts)} alert{'s' if len(alerts) != 1 else ''}"]
    for alert in ordered[:DIGEST_MAX_ITEMS]:
        source = f" — {alert.source}" if alert.source else ""
        link = f" {alert.link}" if alert.link else ""
        lines.append(f"• {esc(headline(alert))}{esc(source)}{link}")
    if len(ordered) > DIGEST_MAX_ITEMS:
        lines.append(f"… and {len(ordered) - DIGEST_MAX_ITEMS} more")
    return "\n".join(lines)
