"""Chat commands, pure: parse a command line into a typed command. Who may run it is
`bot/core/access.py`, when a chat's alert goes out (mute, quiet hours, digest) `bot/core/chat_prefs.py`,
what the bot answers `bot/core/replies.py`. No network, database or clock: the adapters
(bot/chat/telegram_commands.py, bot/chat/slack_commands.py) and the runner
(bot/chat/command_service.py) bring the state in and carry the decisions out.

Commands (Telegram `/name args`; Slack `/conflict-alerts name args`):

=====================================  ==================  ===========================================
command                                who                 what
=====================================  ==================  ===========================================
start, help                            anyone              greeting / this list
list                                   anyone              the chat's subscriptions and settings
toll [place]                           anyone              a running toll: figure, changes, sources, chart
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
from dataclasses import dataclass
from datetime import time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.chat_prefs import DigestMode, QuietHours
from bot.core.extract.places import canonical_name
from bot.core.route import ALL

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
    WRONG = "wrong"  # as a reply to an alert: withdraw it (bot/core/review.py)
    TOLL = "toll"  # a running toll: its figure, last changes and sources, and a chart


@dataclass(frozen=True, slots=True)
class Command:
    """A parsed command. Only the fields its `name` uses are set."""

    name: Name
    trigger: str = ALL
    region: str = ALL
    duration: timedelta | None = None
    digest: DigestMode | None = None
    quiet: QuietHours | None = None  # None with name QUIET: quiet hours off
    text: str = ""  # /test text, /pause and /resume destination, /addfeed and /rmfeed url, /wrong note


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
# Region tags beyond country and territory names (see bot.core.extract.places.regions_of).
REGION_WORDS = frozenset(
    {"middle east", "africa", "europe", "asia", "americas", "palestine", "united nations"}
)
MAX_MUTE = timedelta(days=90)
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
    """ "2h", "30m", "1d", "1h30m", "90 min" -> timedelta; None when not a positive duration."""
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


def valid_timezone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file (tzdata)
        return False
    return True


# A reply that echoes what the user typed quotes at most this much of it: the platforms refuse a
# reply over their limit (Telegram 4,096 characters), and the user would get no answer at all.
ECHO_MAX_CHARS = 60
TOLL_PLACE_MAX_CHARS = 100
WRONG_NOTE_MAX_CHARS = 1000  # an admin's note on a withdrawn alert (/wrong [note])
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
    if name is Name.WRONG:  # the note is optional and free text
        return Command(name, text=rest[:WRONG_NOTE_MAX_CHARS])
    if name is Name.TOLL:  # a place, optional ("/toll gaza", "/toll gaza strip")
        return Command(name, text=" ".join(args)[:TOLL_PLACE_MAX_CHARS])
    # pause, resume, addfeed, rmfeed: exactly one argument
    if len(args) != 1:
        return UsageError(USAGE[name])
    if name in (Name.ADDFEED, Name.RMFEED) and not re.match(r"https?://\S+$", args[0], re.I):
        return UsageError(f"{echo(args[0])} is not an http(s) URL. {USAGE[name]}")
    return Command(name, text=args[0])


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
