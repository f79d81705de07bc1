"""The command runner: chat commands run against the store, for both platforms.

    adapter (Telegram update / Slack slash command)
      -> CommandService.handle_text: parse (bot/core/commands.py) -> who is asking, is a chat admin
         check needed (one platform API call, only then) -> authorize (bot/core/access.py) -> run
         -> reply text (bot/core/replies.py)

The delivery side of chat preferences is elsewhere: the gate (bot/chat/gate.py) applies mute, quiet
hours and digest mode to outbox rows, the digest job (bot/chat/digest_job.py) queues due digests.
Every decision is made in the pure core; this module reads and writes state and logs. Refusals are
logged at warning level with the user and chat ids (never tokens).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from bot.chart import TollChart, toll_chart_png
from bot.chat.gate import ChatGate
from bot.config import Config
from bot.core.access import Caller, ChatKind, authorize, is_configured_admin, needs_chat_admin_check
from bot.core.chat_prefs import DigestMode
from bot.core.commands import Command, Name, UsageError, clip_reply, echo, parse_command
from bot.core.credentials import hide_url_credentials
from bot.core.explain import describe_fact
from bot.core.judge import judge
from bot.core.model import Alert, Entry
from bot.core.replies import describe_subscription, format_duration, help_text, list_text, localize
from bot.core.review import MessageRef, retraction_reply
from bot.core.route import Subscription, destinations_for, with_subscribers
from bot.core.rules import RuleSet
from bot.core.tolls import chart_points, chart_title, toll_reply
from bot.netguard import BlockedUrl, UrlGuard
from bot.store.repo import Store
from bot.store.reviews import ReviewStore
from bot.store.subscriptions import SubscriptionStore

log = logging.getLogger("conflict_alerts.commands")

MAX_REPLY_CHARS = 3800  # below Telegram's 4096 and Slack's 3000-per-section comfortably for text replies
DIGEST_RETRY = timedelta(minutes=5)
# How an admin withdraws an alert, per platform: what /wrong without a message to answer says.
WRONG_HOW_TO = {
    "telegram": "To withdraw an alert, reply to it with /wrong and, if you like, a note for the review.",
    "slack": "To withdraw an alert, open its ⋯ menu (More actions) and choose “Wrong alert”.",
}


@dataclass(frozen=True, slots=True)
class ChatContext:
    """Where a command came from."""

    platform: str  # telegram | slack
    chat_id: str
    chat_kind: ChatKind
    caller: Caller
    replied_to: MessageRef | None = None  # the message the command answers (/wrong), if any


def _clip(text: str) -> str:
    return text if len(text) <= MAX_REPLY_CHARS else text[: MAX_REPLY_CHARS - 1] + "…"


class CommandService:
    def __init__(
        self,
        store: Store,
        subscriptions: SubscriptionStore,
        config: Callable[[], Config],
        rules: Callable[[], RuleSet],
        *,
        feed_guard: Callable[[], UrlGuard] = UrlGuard,
        gate: ChatGate | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.subscriptions = subscriptions
        self.config = config
        self.rules = rules
        self.feed_guard = feed_guard
        self.gate = gate
        self.clock = clock

    async def handle_text(
        self,
        ctx: ChatContext,
        text: str,
        *,
        is_chat_admin: Callable[[], Awaitable[bool]],
        bot_username: str | None = None,
        addressed: bool = False,
    ) -> str | None:
        """The reply to a command line, or None when it is not for us (plain text, `/x@otherbot`, or
        an unknown command in a group that was not `addressed` to this bot by name)."""
        parsed = parse_command(text, bot_username=bot_username)
        if parsed is None:
            return None
        if isinstance(parsed, UsageError):
            if parsed.unknown and not addressed and ctx.chat_kind is not ChatKind.PRIVATE:
                return None  # probably another bot's command; stay quiet in groups
            return clip_reply(localize(parsed.message, ctx.platform))
        reply = await self.handle(ctx, parsed, is_chat_admin=is_chat_admin)
        return clip_reply(localize(reply, ctx.platform))

    async def handle(
        self, ctx: ChatContext, command: Command, *, is_chat_admin: Callable[[], Awaitable[bool]]
    ) -> str:
        admins = self.config().admins
        chat_admin = False
        if needs_chat_admin_check(command, ctx.chat_kind, ctx.caller, admins):
            try:
                chat_admin = await is_chat_admin()
            except Exception as error:  # the platform could not tell us: refuse, and say why
                log.warning(
                    "could not check whether user %s administers %s chat %s (%s); refusing /%s",
                    ctx.caller.user_id, ctx.platform, ctx.chat_id, type(error).__name__, command.name.value,
                    extra={"event": "command_admin_check_failed"},
                )
                return "Sorry, I could not check this chat's administrators just now. Please try again."
        decision = authorize(ctx.caller, ctx.chat_kind, chat_admin, admins, command)
        fields = {
            "platform": ctx.platform,
            "chat": ctx.chat_id,
            "user": ctx.caller.user_id,
            "command": command.name.value,
        }
        if not decision.allowed:
            log.warning(
                "refused /%s from user %s in %s %s chat %s: %s",
                command.name.value, ctx.caller.user_id, ctx.platform, ctx.chat_kind.value, ctx.chat_id,
                decision.reason,
                extra={"event": "command_refused", "fields": fields},
            )
            return decision.reply
        log.info(
            "/%s from user %s in %s chat %s (%s)",
            command.name.value, ctx.caller.user_id, ctx.platform, ctx.chat_id, decision.reason,
            extra={"event": "command", "fields": fields},
        )
        return _clip(await self.run(ctx, command))

    # --- the commands ------------------------------------------------------------------------------------

    async def run(self, ctx: ChatContext, command: Command) -> str:
        now = self.clock()
        name = command.name
        admin = is_configured_admin(ctx.caller, self.config().admins)
        if name is Name.START:
            return "Hello! " + help_text(ctx.platform, admin=admin)
        if name is Name.HELP:
            return help_text(ctx.platform, admin=admin)
        if name is Name.LIST:
            subs, prefs = await asyncio.gather(
                asyncio.to_thread(self.subscriptions.chat_subscriptions, ctx.platform, ctx.chat_id),
                asyncio.to_thread(self.subscriptions.prefs, ctx.platform, ctx.chat_id),
            )
            return list_text(subs, prefs, now)
        if name is Name.SUBSCRIBE:
            return await self._subscribe(ctx, command, now)
        if name is Name.UNSUBSCRIBE:
            return await self._unsubscribe(ctx, command)
        if name in (Name.MUTE, Name.UNMUTE, Name.DIGEST, Name.QUIET):
            return await self._prefs(ctx, command, now)
        if name is Name.STATUS:
            return await asyncio.to_thread(self._status, now)
        if name is Name.TEST:
            return self.test_text(command.text)
        if name in (Name.PAUSE, Name.RESUME):
            return await self._pause(ctx, command, now)
        if name is Name.FEEDS:
            return await asyncio.to_thread(self._feeds)
        if name is Name.ADDFEED:
            return await self._addfeed(command.text, now)
        if name is Name.WRONG:
            return await self._wrong(ctx, command, now)
        if name is Name.TOLL:
            views = await asyncio.to_thread(self.store.tolls.views, command.text or None)
            return toll_reply(views, command.text)
        if name is Name.RMFEED:
            removed = await asyncio.to_thread(self.store.feeds.remove, command.text)
            if not removed:
                return f"No feed has the URL {echo(command.text)[1:-1]}. /feeds lists them."
            return (
                f"Stopped polling {echo(command.text)[1:-1]}. (A feed from the configuration file comes "
                "back when the file is reloaded; remove it there to stop it for good.)"
            )
        raise AssertionError(name)

    async def toll_chart(self, text: str, *, bot_username: str | None = None) -> TollChart | None:
        """The chart that goes with a `/toll` reply (None for any other line, or a toll with nothing to
        draw). Anyone may ask for a toll, so there is no permission to check. Rendering runs in a
        thread: matplotlib's first import alone takes about a second."""
        parsed = parse_command(text, bot_username=bot_username)
        if not isinstance(parsed, Command) or parsed.name is not Name.TOLL:
            return None
        views = await asyncio.to_thread(self.store.tolls.views, parsed.text or None)
        if not views or not chart_points(views[0]):
            return None
        view = views[0]
        png = await asyncio.to_thread(toll_chart_png, chart_points(view), chart_title(view))
        return TollChart(png, chart_title(view))

    async def _wrong(self, ctx: ChatContext, command: Command, now: datetime) -> str:
        """Withdraw the alert the command answers: its messages edited, its unsent deliveries
        cancelled, the item kept for review (bot/core/review.py)."""
        how_to = WRONG_HOW_TO[ctx.platform]
        if ctx.replied_to is None:
            return how_to
        by = f"{ctx.platform}:{ctx.caller.user_id}" + (f" ({ctx.caller.name})" if ctx.caller.name else "")
        outcome = await asyncio.to_thread(
            ReviewStore(self.store.engine).retract,
            ctx.platform,
            ctx.replied_to.message_id,
            addresses=ctx.replied_to.addresses,
            by=by,
            note=command.text,
            now=now,
        )
        fields = {"platform": ctx.platform, "chat": ctx.chat_id, "outcome": outcome.status.value}
        log.info(
            "/wrong from user %s in %s chat %s: %s %s",
            ctx.caller.user_id, ctx.platform, ctx.chat_id, outcome.status.value, outcome.headline,
            extra={"event": "alert_withdrawn", "fields": fields},
        )  # fmt: skip
        return retraction_reply(outcome, how_to=how_to)

    async def _subscribe(self, ctx: ChatContext, command: Command, now: datetime) -> str:
        sub = Subscription(ctx.platform, ctx.chat_id, command.trigger, command.region)
        created = await asyncio.to_thread(self.subscriptions.subscribe, sub, ctx.caller.user_id, now)
        what = describe_subscription(sub)
        if not created:
            return f"This chat already gets {what}. /list shows all its subscriptions."
        prefs = await asyncio.to_thread(self.subscriptions.prefs, ctx.platform, ctx.chat_id)
        extra = " (It is muted right now: /unmute to hear them.)" if prefs.muted(now) else ""
        return f"Subscribed: this chat will get {what}.{extra} /unsubscribe to stop."

    async def _unsubscribe(self, ctx: ChatContext, command: Command) -> str:
        everything = command.trigger == "" and command.region == ""
        trigger = None if everything else command.trigger
        region = None if everything else command.region
        removed = await asyncio.to_thread(
            self.subscriptions.unsubscribe, ctx.platform, ctx.chat_id, trigger, region
        )
        if everything:
            if not removed:
                return "This chat had no subscriptions."
            return f"Removed all {removed} subscription{'s' if removed != 1 else ''} of this chat."
        what = describe_subscription(Subscription(ctx.platform, ctx.chat_id, command.trigger, command.region))
        if not removed:
            return f"This chat has no subscription to {what}. /list shows what it has."
        return f"Unsubscribed: no more {what} here."

    async def _prefs(self, ctx: ChatContext, command: Command, now: datetime) -> str:
        by = ctx.caller.user_id

        def save(**values: object) -> None:
            self.subscriptions.update_prefs(ctx.platform, ctx.chat_id, by, now, **values)

        reply: str
        if command.name is Name.MUTE:
            assert command.duration is not None
            until = now + command.duration
            await asyncio.to_thread(save, mute_until=until)
            reply = (
                f"Muted for {format_duration(command.duration)} (until {until:%Y-%m-%d %H:%M} UTC). Alerts "
                "in that time are skipped, not saved for later, so nothing floods in when the mute ends. "
                "/unmute ends it early."
            )
        elif command.name is Name.UNMUTE:
            await asyncio.to_thread(save, mute_until=None)
            reply = "Unmuted: new alerts arrive again."
        elif command.name is Name.DIGEST:
            assert command.digest is not None
            await asyncio.to_thread(save, digest=command.digest.value)
            if command.digest is DigestMode.OFF:
                reply = "Digest off: alerts arrive one by one as they happen."
            elif command.digest is DigestMode.HOURLY:
                reply = "Digest on: alerts are collected and sent as one message every hour."
            else:
                prefs = await asyncio.to_thread(self.subscriptions.prefs, ctx.platform, ctx.chat_id)
                reply = (
                    f"Digest on: alerts are collected and sent as one message daily at 08:00 {prefs.tz} "
                    "(set the zone with /quiet … <timezone>)."
                )
        else:
            quiet = command.quiet
            if quiet is None:
                await asyncio.to_thread(save, quiet_start=None, quiet_end=None)
                reply = "Quiet hours off."
            else:
                await asyncio.to_thread(
                    save,
                    quiet_start=f"{quiet.start:%H:%M}",
                    quiet_end=f"{quiet.end:%H:%M}",
                    timezone=quiet.tz,
                )
                reply = (
                    f"Quiet hours {quiet}: alerts that arrive then wait in the queue and go out when they "
                    "end. /quiet off to remove them."
                )
        if self.gate is not None:
            self.gate.invalidate()
        return reply

    def _status(self, now: datetime) -> str:
        feeds = self.store.feeds.all(enabled_only=True)
        failing = [f for f in feeds if f.error_streak]
        lines = [f"Feeds: {len(feeds)} enabled, {len(feeds) - len(failing)} healthy, {len(failing)} failing."]
        for f in failing[:5]:
            lines.append(f"  • {f.name}: {f.error_streak} failed polls ({(f.last_error or '?')[:80]})")
        queue = self.store.status.outbox_summary(now)
        oldest = queue.get("oldest_pending_age_s")
        waiting = f", oldest waiting {format_duration(timedelta(seconds=oldest))}" if oldest else ""
        lines.append(
            f"Outbox: {queue['pending']} pending{waiting}, {queue['sent']} sent, {queue['parked']} parked."
        )
        paused = self.store.outbox.paused_destinations()
        if paused:
            lines.append("Paused: " + "; ".join(f"{d} ({r or 'by an admin'})" for d, r in paused.items()))
        subs = self.subscriptions.all_subscriptions()
        chats = {(s.platform, s.chat_id) for s in subs}
        lines.append(f"Subscriptions: {len(subs)} in {len(chats)} chats.")
        config = self.config()
        lines.append("Destinations: " + ", ".join(d.id for d in config.destinations) if config.destinations
                     else "Destinations: none configured.")
        recent = self.store.entries.recent_alerts(5)
        if recent:
            lines.append("Last alerts:")
            for row in recent:
                created = row["created_at"]
                stamp = f"{created:%d %b %H:%M}" if isinstance(created, datetime) else str(created)
                title = str((row.get("payload") or {}).get("entry_title", ""))[:80]
                lines.append(f"  • {stamp} {row['severity']} {row['rule_id']}: {title}")
        return "\n".join(lines)

    def test_text(self, text: str) -> str:
        """What the rules in force would do with this text (the series and event memory is not
        consulted: a figure already reported would still not alert again)."""
        entry = Entry("chat-test", "chat-test", text, "", "", None, "chat test")
        judgment = judge(entry, self.rules())
        facts, matches = judgment.facts, judgment.matches
        lines: list[str] = []
        if facts:
            lines.append("Facts found:")
            for fact in facts:
                lines.append(f"  • {describe_fact(fact)}")
                if fact.why is not None:  # how it was read: the words, the roles, the status
                    lines.extend(f"      {line}" for line in fact.why.lines())
        else:
            lines.append("No casualty figure, arms embargo or recognition found in this text.")
        if not matches:
            lines.append(
                "Nothing would fire: "
                + ("no rule's conditions hold for these facts (region, kind, minimum count …)."
                   if facts else "and no keyword rule matches.")
            )
            return "\n".join(lines)
        config = self.config()
        subs, muted = self.subscriptions.routing_snapshot(self.clock())
        lines.append("Would fire:")
        for m in matches:
            alert = Alert(
                "chat-test", m.rule_id, m.trigger, m.severity, m.facts, text[:200], "", "chat test", None
            )
            static = destinations_for(m, config)
            every = with_subscribers(static, alert, subs, muted)
            dests = ", ".join(d.id for d in static) or "no configured destination"
            extra = len(every) - len(static)
            to = dests + (f" + {extra} subscribed chat{'s' if extra != 1 else ''}" if extra else "")
            why = "; ".join(describe_fact(f) for f in m.facts) or "phrases: " + ", ".join(m.matched_phrases)
            lines.append(f"  • {m.rule_id} ({m.trigger.value}, {m.severity.value}) because {why} → {to}")
        lines.append("(A figure already reported would not alert again: the series memory is not consulted.)")
        return "\n".join(lines)

    async def _pause(self, ctx: ChatContext, command: Command, now: datetime) -> str:
        dest = command.text
        subs = await asyncio.to_thread(self.subscriptions.all_subscriptions)
        subscribed = sorted({f"{s.platform}:{s.chat_id}" for s in subs})
        known = [d.id for d in self.config().destinations] + subscribed
        if dest not in known:
            return f"I don't know the destination {echo(dest)}. Known: {', '.join(known) or 'none'}."
        if command.name is Name.PAUSE:
            reason = f"paused by {ctx.platform} user {ctx.caller.user_id}"
            await asyncio.to_thread(self.store.outbox.set_paused, dest, True, reason, now)
            return f"Paused {dest}: its alerts wait in the queue until /resume {dest}."
        await asyncio.to_thread(self.store.outbox.set_paused, dest, False, None, now)
        return f"Resumed {dest}: queued and parked alerts go out now."

    def _feeds(self) -> str:
        feeds = self.store.feeds.all(enabled_only=True)
        if not feeds:
            return "No feeds are polled. /addfeed <url> adds one."
        lines = [f"{len(feeds)} feeds:"]
        for f in feeds[:40]:
            failing = hide_url_credentials(f.last_error or "?")[:60]
            state = f" (failing: {failing})" if f.error_streak else ""
            origin = " [added in chat]" if f.origin == "runtime" else ""
            lines.append(f"  • {f.name}: {hide_url_credentials(f.url)}{origin}{state}")
        if len(feeds) > 40:
            lines.append(f"  … and {len(feeds) - 40} more")
        return "\n".join(lines)

    async def _addfeed(self, url: str, now: datetime) -> str:
        try:
            await self.feed_guard().check(url)
        except BlockedUrl as error:
            return f"I can't add that feed: {clip_reply(str(error), 300)}"
        name = urlsplit(url).hostname or url
        await asyncio.to_thread(self.store.feeds.add, url, name, [], now)
        shown = echo(hide_url_credentials(url))[1:-1]
        return f"Added {shown}; it is polled from the next scheduler tick. /rmfeed {shown} removes it."
