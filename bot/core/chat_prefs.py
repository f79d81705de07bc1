"""When a chat's alert goes out, pure: mute skips it, quiet hours delay it, digest mode holds it for
the chat's digest. The delivery gate (bot/chat/gate.py) brings each outbox row and the chat's
preferences in and carries the plan out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.core.plan import OutboxAction

DAILY_DIGEST_AT = time(8, 0)  # in the chat's time zone (the one given to /quiet), else UTC


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
    prefs: ChatPrefs,
    now: datetime,
    *,
    action: OutboxAction = OutboxAction.SEND,
    message_id: str | None = None,
) -> DeliveryPlan:
    """What to do with one outbox row for a chat with these preferences.

    Edits of messages already posted go out as they are (an edit makes no sound), except edits of a
    digest, which would replace the whole digest with one alert: those are skipped. A muted chat's
    rows are skipped, not held, so unmuting does not release a flood. In digest mode a row waits for
    the next digest (moved past quiet hours). Otherwise, in quiet hours, it waits for their end.
    """
    if action != OutboxAction.SEND:
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
