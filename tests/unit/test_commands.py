"""Chat commands, pure: parsing, who may run what, and when a chat's alert goes out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.core.access import Caller, ChatKind, authorize, needs_chat_admin_check
from bot.core.chat_prefs import ChatPrefs, DigestMode, Plan, QuietHours, next_digest_at, plan_delivery
from bot.core.commands import Command, Name, UsageError, parse_command, parse_duration
from bot.core.model import Alert, ArmsEmbargo, CasualtyFigure, Destination, Platform, Severity, Trigger
from bot.core.replies import localize
from bot.core.route import ALL, Subscription, alert_regions, with_subscribers

# --- parsing ---

PARSED = [
    ("/subscribe", Command(Name.SUBSCRIBE)),
    ("/subscribe casualty gaza", Command(Name.SUBSCRIBE, trigger="casualty", region="gaza")),
    ("/subscribe casualties Gaza Strip", Command(Name.SUBSCRIBE, trigger="casualty", region="gaza")),
    ("/subscribe west bank", Command(Name.SUBSCRIBE, region="west bank")),
    ("/subscribe embargo UK", Command(Name.SUBSCRIBE, trigger="arms_embargo", region="united kingdom")),
    (
        "/subscribe recognition middle east",
        Command(Name.SUBSCRIBE, trigger="recognition", region="middle east"),
    ),
    ("/subscribe all", Command(Name.SUBSCRIBE)),
    (
        "/subscribe@conflict_alerts_bot casualty sudan",
        Command(Name.SUBSCRIBE, trigger="casualty", region="sudan"),
    ),
    ("/unsubscribe", Command(Name.UNSUBSCRIBE, trigger="", region="")),
    ("/unsubscribe casualty gaza", Command(Name.UNSUBSCRIBE, trigger="casualty", region="gaza")),
    ("/list", Command(Name.LIST)),
    ("/mute 2h", Command(Name.MUTE, duration=timedelta(hours=2))),
    ("/mute 30m", Command(Name.MUTE, duration=timedelta(minutes=30))),
    ("/mute 1d", Command(Name.MUTE, duration=timedelta(days=1))),
    ("/mute 1h30m", Command(Name.MUTE, duration=timedelta(minutes=90))),
    ("/unmute", Command(Name.UNMUTE)),
    ("/digest hourly", Command(Name.DIGEST, digest=DigestMode.HOURLY)),
    ("/digest DAILY", Command(Name.DIGEST, digest=DigestMode.DAILY)),
    ("/digest off", Command(Name.DIGEST, digest=DigestMode.OFF)),
    ("/quiet 22:00-07:00", Command(Name.QUIET, quiet=QuietHours(time(22), time(7), "UTC"))),
    (
        "/quiet 22:30-6:15 Asia/Gaza",
        Command(Name.QUIET, quiet=QuietHours(time(22, 30), time(6, 15), "Asia/Gaza")),
    ),
    ("/quiet off", Command(Name.QUIET, quiet=None)),
    ("/start", Command(Name.START)),
    ("/help", Command(Name.HELP)),
    ("/status", Command(Name.STATUS)),
    ("/feeds", Command(Name.FEEDS)),
    ("/test 45 killed in Gaza", Command(Name.TEST, text="45 killed in Gaza")),
    ("/test\nmulti line\ntext", Command(Name.TEST, text="multi line\ntext")),
    ("/pause desk", Command(Name.PAUSE, text="desk")),
    ("/resume telegram:42", Command(Name.RESUME, text="telegram:42")),
    ("/addfeed https://example.org/rss", Command(Name.ADDFEED, text="https://example.org/rss")),
    ("/rmfeed http://example.org/rss", Command(Name.RMFEED, text="http://example.org/rss")),
]


@pytest.mark.parametrize(("line", "expected"), PARSED, ids=[p[0] for p in PARSED])
def test_commands_parse_into_typed_commands(line: str, expected: Command) -> None:
    assert parse_command(line, bot_username="conflict_alerts_bot") == expected


USAGE_ERRORS = [
    ("/subscribe casualty atlantis", "I don't know the region 'atlantis'"),
    ("/mute", "Usage: /mute <duration>"),
    ("/mute soon", "Usage: /mute <duration>"),
    ("/mute 0m", "Usage: /mute <duration>"),
    ("/mute 100d", "The longest mute is 90 days"),
    ("/digest weekly", "Usage: /digest hourly|daily|off"),
    ("/quiet", "Usage: /quiet HH:MM-HH:MM"),
    ("/quiet 25:00-07:00", "'25:00' is not a time of day"),
    ("/quiet 07:00-07:00", "need a start and an end that differ"),
    ("/quiet 22:00-07:00 Mars/Olympus", "I don't know the time zone 'Mars/Olympus'"),
    ("/test", "Usage: /test <text"),
    ("/pause", "Usage: /pause <destination id>"),
    ("/addfeed ftp://example.org/x", "'ftp://example.org/x' is not an http(s) URL"),
    ("/rmfeed", "Usage: /rmfeed"),
]


@pytest.mark.parametrize(("line", "starts"), USAGE_ERRORS, ids=[u[0] for u in USAGE_ERRORS])
def test_bad_arguments_get_usage_help(line: str, starts: str) -> None:
    result = parse_command(line)
    assert isinstance(result, UsageError) and not result.unknown
    assert starts in result.message


def test_lines_that_are_not_for_this_bot_are_ignored() -> None:
    assert parse_command("hello") is None
    assert parse_command("/subscribe@other_bot casualty", bot_username="conflict_alerts_bot") is None
    unknown = parse_command("/weather")
    assert isinstance(unknown, UsageError) and unknown.unknown


def test_durations() -> None:
    assert parse_duration("90 min") == timedelta(minutes=90)
    assert parse_duration("1w") == timedelta(weeks=1)
    assert parse_duration("2h 2") is None
    assert parse_duration("h") is None


def test_slack_users_see_the_slash_command_they_type() -> None:
    assert localize("Try /subscribe casualty gaza or /help.", "slack") == (
        "Try /conflict-alerts subscribe casualty gaza or /conflict-alerts help."
    )
    assert localize("Try /subscribe.", "telegram") == "Try /subscribe."


# --- who may do what ---


@dataclass(frozen=True)
class Admins:
    telegram: tuple[int, ...] = (7,)
    slack: tuple[str, ...] = ("UADMIN",)


ADMINS = Admins()
SUB = Command(Name.SUBSCRIBE)
STATUS = Command(Name.STATUS)
LIST = Command(Name.LIST)
MEMBER = Caller("telegram", "100")
OWNER = Caller("telegram", "7")

AUTH = [
    # (caller, chat kind, is chat admin, command, allowed, reason fragment)
    (MEMBER, ChatKind.PRIVATE, False, SUB, True, "private chat"),
    (MEMBER, ChatKind.GROUP, False, SUB, False, "not a chat administrator"),
    (MEMBER, ChatKind.GROUP, True, SUB, True, "chat administrator"),
    (OWNER, ChatKind.GROUP, False, SUB, True, "configured admin"),
    (MEMBER, ChatKind.CHANNEL, True, SUB, False, "channel"),
    (MEMBER, ChatKind.GROUP, False, LIST, True, "everyone"),
    (MEMBER, ChatKind.PRIVATE, False, STATUS, False, "not a configured admin"),
    (MEMBER, ChatKind.GROUP, True, STATUS, False, "not a configured admin"),
    (OWNER, ChatKind.PRIVATE, False, STATUS, True, "configured admin"),
    (Caller("slack", "UADMIN"), ChatKind.GROUP, False, STATUS, True, "configured admin"),
    (Caller("slack", "U1"), ChatKind.GROUP, True, SUB, True, "chat administrator"),
    (Caller("slack", "7"), ChatKind.PRIVATE, False, STATUS, False, "not a configured admin"),
]


@pytest.mark.parametrize(("caller", "kind", "chat_admin", "command", "allowed", "reason"), AUTH)
def test_authorization(
    caller: Caller, kind: ChatKind, chat_admin: bool, command: Command, allowed: bool, reason: str
) -> None:
    decision = authorize(caller, kind, chat_admin, ADMINS, command)
    assert decision.allowed is allowed
    assert reason in decision.reason
    if not allowed:
        assert decision.reply.startswith(("Sorry", "I only post"))


def test_refusals_are_polite_and_say_what_to_do() -> None:
    group = authorize(MEMBER, ChatKind.GROUP, False, ADMINS, SUB).reply
    assert "only this chat's administrators" in group and "private chat" in group
    admin = authorize(MEMBER, ChatKind.PRIVATE, False, ADMINS, STATUS).reply
    assert "admins.telegram" in admin and "100" in admin


def test_the_chat_admin_api_is_asked_only_when_it_decides() -> None:
    assert needs_chat_admin_check(SUB, ChatKind.GROUP, MEMBER, ADMINS)
    assert not needs_chat_admin_check(SUB, ChatKind.PRIVATE, MEMBER, ADMINS)
    assert not needs_chat_admin_check(SUB, ChatKind.GROUP, OWNER, ADMINS)
    assert not needs_chat_admin_check(STATUS, ChatKind.GROUP, MEMBER, ADMINS)
    assert not needs_chat_admin_check(LIST, ChatKind.GROUP, MEMBER, ADMINS)


# --- when an alert goes out ---

NIGHT = QuietHours(time(22), time(7), "Europe/London")
NOW = datetime(2025, 8, 12, 23, 30, tzinfo=UTC)  # 00:30 in London (BST)


def test_quiet_hours_across_midnight_hold_until_their_end() -> None:
    plan = plan_delivery(ChatPrefs(quiet=NIGHT), NOW)
    assert plan.plan is Plan.LATER
    assert plan.at == datetime(2025, 8, 13, 6, 0, tzinfo=UTC)  # 07:00 BST
    assert plan_delivery(ChatPrefs(quiet=NIGHT), datetime(2025, 8, 13, 6, 0, tzinfo=UTC)).plan is Plan.SEND


def test_quiet_hours_in_the_day_and_across_a_dst_change() -> None:
    lunch = QuietHours(time(12), time(13), "UTC")
    assert lunch.contains(datetime(2025, 1, 1, 12, 30, tzinfo=UTC))
    assert not lunch.contains(datetime(2025, 1, 1, 13, 0, tzinfo=UTC))
    # The night London's clocks go back (26 Oct 2025): the window ends at 07:00 GMT = 07:00 UTC.
    at = NIGHT.end_after(datetime(2025, 10, 25, 23, 0, tzinfo=UTC))
    assert at == datetime(2025, 10, 26, 7, 0, tzinfo=UTC)


def test_a_muted_chat_skips_and_an_expired_mute_sends() -> None:
    muted = ChatPrefs(mute_until=NOW + timedelta(hours=1))
    assert plan_delivery(muted, NOW).plan is Plan.SKIP
    assert plan_delivery(muted, NOW + timedelta(hours=2)).plan is Plan.SEND


def test_digest_rows_wait_for_the_next_digest_outside_quiet_hours() -> None:
    hourly = plan_delivery(ChatPrefs(digest=DigestMode.HOURLY), datetime(2025, 8, 12, 10, 17, tzinfo=UTC))
    assert hourly.plan is Plan.DIGEST and hourly.at == datetime(2025, 8, 12, 11, 0, tzinfo=UTC)
    daily = next_digest_at(DigestMode.DAILY, datetime(2025, 8, 12, 9, 0, tzinfo=UTC), "Asia/Gaza")
    assert daily == datetime(2025, 8, 13, 5, 0, tzinfo=UTC)  # 08:00 in Gaza (UTC+3)
    both = plan_delivery(ChatPrefs(digest=DigestMode.HOURLY, quiet=NIGHT), NOW)
    assert both.plan is Plan.DIGEST and both.at == datetime(2025, 8, 13, 6, 0, tzinfo=UTC)


def test_edits_pass_except_edits_of_a_digest() -> None:
    muted = ChatPrefs(mute_until=NOW + timedelta(hours=1))
    assert plan_delivery(muted, NOW, action="edit", message_id="17").plan is Plan.SEND
    assert plan_delivery(ChatPrefs(), NOW, action="edit", message_id="digest:17").plan is Plan.SKIP


# --- routing subscriptions ---


def alert(trigger: Trigger = Trigger.CASUALTY, location: str = "Gaza") -> Alert:
    facts: tuple[CasualtyFigure | ArmsEmbargo, ...]
    if trigger is Trigger.CASUALTY:
        facts = (CasualtyFigure(45, "exact", "killed", "Palestinians", location, False),)
    else:
        facts = (ArmsEmbargo("Germany", "Israel", "partial"),)
    return Alert("a1", "r", trigger, Severity.HIGH, facts, "t", "https://x", "X", None)


def test_alert_regions_come_from_its_places() -> None:
    assert {"gaza", "palestine", "middle east"} <= alert_regions(alert())
    assert {"germany", "israel", "europe", "middle east"} <= alert_regions(alert(Trigger.ARMS_EMBARGO))


def test_subscribed_chats_join_the_static_routes_once() -> None:
    static = [Destination("gaza-channel", Platform.TELEGRAM, "-1001")]
    subs = [
        Subscription("telegram", "42", "casualty", "gaza"),
        Subscription("telegram", "42", ALL, ALL),  # same chat twice: one destination
        Subscription("telegram", "-1001", ALL, ALL),  # already a static route
        Subscription("telegram", "43", "arms_embargo", ALL),  # other trigger
        Subscription("slack", "C9", "casualty", "sudan"),  # other region
        Subscription("slack", "C8", ALL, "middle east"),
        Subscription("telegram", "44", ALL, ALL),  # muted
    ]
    got = with_subscribers(static, alert(), subs, muted={("telegram", "44")})
    assert [(d.id, d.address) for d in got] == [
        ("gaza-channel", "-1001"),
        ("telegram:42", "42"),
        ("slack:C8", "C8"),
    ]
