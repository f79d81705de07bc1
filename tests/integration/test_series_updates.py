"""A casualty rule's `update` setting, end to end: two feed items raise a running toll from 61,430 to
61,500; the bot judges them in-process and its deliverers post through the real python-telegram-bot
and slack_sdk to the fake servers. `update: edit` leaves one message per chat showing the new figure,
`update: reply` answers the first message (a Telegram reply, a Slack thread), `update: new` posts two.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import Bot, running_bot
from bot.chat.console import ConsoleSender
from bot.core.model import (
    Alert,
    CasualtyFigure,
    Destination,
    Entry,
    Platform,
    RuleMatch,
    Severity,
    Trigger,
    UpdateMode,
)
from bot.deliver import drain_outbox
from bot.record import record_match
from bot.settings import Settings
from bot.store.db import make_engine, upgrade
from bot.store.feeds import feed_id_for
from bot.store.outbox import OutboxRow
from bot.store.repo import Store
from tests.fakes.slack_api import FakeSlack, running_fake_slack
from tests.fakes.telegram_api import FakeTelegram, running_fake_telegram

TELEGRAM_CHAT = "-1001234567890"
SLACK_CHANNEL = "C0123456789"
FEED_URL = "http://127.0.0.1:9/gaza.xml"  # never polled: the test hands the items to the pipeline
DAY1 = datetime(2025, 8, 10, 9, tzinfo=UTC)
DAY2 = datetime(2025, 8, 11, 9, tzinfo=UTC)
DAY3 = datetime(2025, 8, 12, 9, tzinfo=UTC)


def rule_file(update: str | None) -> str:
    line = f"  update: {update}\n" if update else ""
    return (
        "- id: gaza-toll\n"
        "  trigger: casualty\n"
        "  severity: high\n"
        "  when: {cumulative: true, locations: [Gaza]}\n"
        f"{line}"
    )


def item(count: str, when: datetime, outlet: str) -> Entry:
    title = f"Gaza death toll rises to {count}, health ministry says"
    return Entry(
        feed_id_for(FEED_URL),
        f"{outlet}-{count}",
        title,
        f"The death toll in Gaza has risen to {count}, the health ministry said.",
        f"https://{outlet}.example/gaza-{count.replace(',', '')}",
        when,
        outlet,
    )


@asynccontextmanager
async def bot_with_rule(
    tmp_path: Path, update: str | None
) -> AsyncIterator[tuple[Bot, FakeTelegram, FakeSlack]]:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "casualties.yaml").write_text(rule_file(update), encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(
        f'feeds:\n  - {{url: "{FEED_URL}", name: Wire}}\n'
        "destinations:\n"
        f'  - {{id: gaza-channel, telegram: {{chat_id: "{TELEGRAM_CHAT}"}}}}\n'
        f'  - {{id: desk, slack: {{channel: "{SLACK_CHANNEL}"}}}}\n'
        "routes:\n  - {triggers: [casualty], severity: [low, medium, high], to: [gaza-channel, desk]}\n"
        f"rules_dir: {rules}\n",
        encoding="utf-8",
    )
    async with running_fake_telegram() as tg, running_fake_slack() as slack:
        settings = Settings.from_env(
            {
                "CONFLICT_ALERTS_CONFIG": str(config),
                "DATABASE_URL": f"sqlite:///{tmp_path / 'state.sqlite3'}",
                "TELEGRAM_BOT_TOKEN": tg.token,
                "TELEGRAM_API_BASE_URL": tg.base_url,
                "SLACK_BOT_TOKEN": slack.token,
                "SLACK_API_URL": slack.base_url,
            }
        )
        async with running_bot(settings) as bot:
            yield bot, tg, slack


async def judge(bot: Bot, entry: Entry, *, deliver: bool = True) -> list[Alert]:
    assert entry.published is not None
    alerts = bot.pipeline.judge_and_record(entry, entry.published, baseline=False)
    if deliver:
        await drain_outbox(bot.deliverers, bot.store, max_wait_s=10, clock=_now)
    return alerts


def _now() -> datetime:
    return datetime.now(UTC)


async def test_update_edit_turns_the_first_message_into_the_new_figure(tmp_path: Path) -> None:
    async with bot_with_rule(tmp_path, "edit") as (bot, tg, slack):
        [first] = await judge(bot, item("61,430", DAY1, "wire-a"))
        [second] = await judge(bot, item("61,500", DAY2, "wire-b"))
        assert second.updates == first.id

        [message] = [m for m in tg.messages if m.chat_id == TELEGRAM_CHAT]
        assert "61,500" in message.text and "(was 61,430 on 10 Aug: +70)" in message.text
        assert message.edit_count == 1 and message.reply_to_message_id is None
        [post] = [m for m in slack.messages if m.channel == SLACK_CHANNEL]
        assert "61,500" in post.visible and "was 61,430 on 10 Aug: +70" in post.visible
        assert post.update_count == 1 and post.thread_ts is None
        # the store recorded the edit under the new alert, on the first alert's message
        deliveries = bot.store.status.alert_deliveries([first.id, second.id])
        assert sorted(deliveries[second.id]) == [("desk", "edit", "sent"), ("gaza-channel", "edit", "sent")]

        # The series moves again: the same message follows it.
        [third] = await judge(bot, item("61,600", DAY3, "wire-c"))
        assert third.updates == second.id
        [message] = [m for m in tg.messages if m.chat_id == TELEGRAM_CHAT]
        assert "61,600" in message.text and "(was 61,500 on 11 Aug: +100)" in message.text
        assert message.edit_count == 2
        [post] = slack.messages
        assert "61,600" in post.visible and post.update_count == 2


async def test_update_reply_answers_the_first_message(tmp_path: Path) -> None:
    async with bot_with_rule(tmp_path, "reply") as (bot, tg, slack):
        await judge(bot, item("61,430", DAY1, "wire-a"))
        await judge(bot, item("61,500", DAY2, "wire-b"))
        await judge(bot, item("61,600", DAY3, "wire-c"))

        first, second, third = [m for m in tg.messages if m.chat_id == TELEGRAM_CHAT]
        assert "61,430" in first.text and first.reply_to_message_id is None
        assert "61,500" in second.text and "(was 61,430 on 10 Aug: +70)" in second.text
        # every follow-up answers the first message (one thread, as in Slack)
        assert second.reply_to_message_id == third.reply_to_message_id == first.message_id
        assert tg.edits == []

        root, reply, reply2 = [m for m in slack.messages if m.channel == SLACK_CHANNEL]
        assert root.thread_ts is None
        assert "61,500" in reply.visible and "was 61,430 on 10 Aug: +70" in reply.visible
        assert reply.thread_ts == reply2.thread_ts == root.ts  # threads hang off their parent


async def test_update_new_posts_a_second_message(tmp_path: Path) -> None:
    for update in ("new", None):  # the default is `new`, today's behaviour
        case = tmp_path / (update or "default")
        case.mkdir()
        async with bot_with_rule(case, update) as (bot, tg, slack):
            await judge(bot, item("61,430", DAY1, "wire-a"))
            [second] = await judge(bot, item("61,500", DAY2, "wire-b"))
            assert second.updates is None

            first_msg, second_msg = [m for m in tg.messages if m.chat_id == TELEGRAM_CHAT]
            assert "61,430" in first_msg.text and first_msg.edit_count == 0
            assert "(was 61,430 on 10 Aug: +70)" in second_msg.text
            assert second_msg.reply_to_message_id is None
            assert [m.thread_ts for m in slack.messages] == [None, None]


async def test_edit_falls_back_to_a_send_while_the_first_message_is_still_queued(tmp_path: Path) -> None:
    # No message to edit yet: the follow-up is posted as a message of its own (not lost, not merged).
    async with bot_with_rule(tmp_path, "edit") as (bot, tg, slack):
        await judge(bot, item("61,430", DAY1, "wire-a"), deliver=False)
        [second] = await judge(bot, item("61,500", DAY2, "wire-b"))
        assert second.updates is not None
        texts = [m.text for m in tg.messages if m.chat_id == TELEGRAM_CHAT]
        assert len(texts) == 2 and any("61,430" in t and "was" not in t for t in texts)
        assert any("(was 61,430 on 10 Aug: +70)" in t for t in texts)
        assert tg.edits == [] and len(slack.messages) == 2


async def test_console_marks_a_reply_as_an_update() -> None:
    out = io.StringIO()
    console = ConsoleSender(out)
    alert = Alert("a1", "r", Trigger.KEYWORDS, Severity.LOW, (), "Ceasefire talks resume", "https://x.example/a",
                  "Wire", DAY1)  # fmt: skip
    destination = Destination("console", Platform.CONSOLE, "-")
    first = await console.send(destination, alert)
    await console.send(destination, alert, reply_to=first.message_id)
    first_text, second_text = out.getvalue().split("─" * 72 + "\n")[:2]
    assert "↳" not in first_text
    assert second_text.startswith(f"↳ update to {first.message_id}\n")


# --- the store's choices, without the platforms ---------------------------------------------------------

SERIES = CasualtyFigure(61_430, "exact", "killed", "people", "Gaza", True)
STRIKE = CasualtyFigure(20, "exact", "killed", "people", "Khan Younis", False)  # a single incident: an event
DESK = Destination("desk", Platform.SLACK, "C1")


def _store(tmp_path: Path) -> Store:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    upgrade(engine)
    return Store(engine)


def _record(
    store: Store, mode: UpdateMode, facts: tuple[CasualtyFigure, ...], source: str, when: datetime
) -> list[Alert]:
    match = RuleMatch("gaza-toll", Trigger.CASUALTY, Severity.HIGH, (), facts, update=mode)
    entry = Entry("feed", source, "title", "summary", f"https://{source}.example/", when, source)
    return record_match(store, entry, [match], lambda a: [DESK], when)


def _deliver_all(store: Store, when: datetime) -> list[OutboxRow]:
    rows = store.outbox.claim(when, "test", timedelta(minutes=5), ["slack"])
    for n, row in enumerate(rows):
        store.outbox.mark_sent(row.id, row.message_id or f"C1:{when.day}.{n}", when)
    return rows


def test_store_queues_edit_or_reply_on_the_message_showing_the_earlier_alert(tmp_path: Path) -> None:
    for mode in (UpdateMode.EDIT, UpdateMode.REPLY):
        store = _store(tmp_path / mode.value)
        [first] = _record(store, mode, (SERIES,), "a", DAY1)
        [sent] = _deliver_all(store, DAY1)
        _record(store, mode, (replace(SERIES, count=61_500),), "b", DAY2)
        [row] = _deliver_all(store, DAY2)
        if mode is UpdateMode.EDIT:
            assert (row.action, row.message_id, row.reply_to) == ("edit", "C1:10.0", None)
        else:
            assert (row.action, row.message_id, row.reply_to) == ("send", None, "C1:10.0")
        # the third follows the second: the same message (edit) or the same thread's first message (reply)
        _record(store, mode, (replace(SERIES, count=61_600),), "c", DAY3)
        [row3] = store.outbox.claim(DAY3, "test", timedelta(minutes=5), ["slack"])
        assert (row3.message_id if mode is UpdateMode.EDIT else row3.reply_to) == "C1:10.0"
        assert sent.alert_id == first.id


def test_a_late_report_of_the_first_alert_does_not_undo_the_update(tmp_path: Path) -> None:
    # The first alert also carried a single incident. Another outlet reports that incident after the
    # toll moved: "also reported by" belongs to the first alert, whose message now shows the second.
    store = _store(tmp_path)
    [first] = _record(store, UpdateMode.EDIT, (SERIES, STRIKE), "a", DAY1)
    _deliver_all(store, DAY1)
    _record(store, UpdateMode.EDIT, (replace(SERIES, count=61_500),), "b", DAY2)
    _deliver_all(store, DAY2)
    _record(store, UpdateMode.EDIT, (STRIKE,), "c", DAY2 + timedelta(hours=1))
    enriched = store.entries.load_alert(first.id)
    assert enriched is not None and enriched.also_reported_by == ("c",)
    assert store.outbox.claim(DAY3, "test", timedelta(minutes=5), ["slack"]) == []
