"""TelegramSender drives the real python-telegram-bot against the fake Bot API over loopback HTTP."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime

import pytest
from telegram.error import TelegramError

from bot.chat.base import DeliveryError
from bot.chat.telegram import TelegramSender, delivery_error
from bot.core.model import Alert, ArmsEmbargo, Destination, Platform, Severity, Trigger
from bot.core.render import render_plain
from tests.fakes.telegram_api import FakeTelegram, running_fake_telegram, utf16_len

CHAT = "-1001234567890"
DEST = Destination(id="gaza-channel", platform=Platform.TELEGRAM, address=CHAT)


def frozen() -> float:
    return 1000.0


def make_alert(**changes: object) -> Alert:
    alert = Alert(
        id="embargo:germany:israel:partial",
        rule_id="embargoes",
        trigger=Trigger.ARMS_EMBARGO,
        severity=Severity.HIGH,
        facts=(ArmsEmbargo("Germany", "Israel", "partial"),),
        entry_title="Germany halts some arms exports to Israel",
        link="https://www.aljazeera.com/news/2025/8/8/germany?utm=a&b=c",
        source="Al Jazeera",
        published=datetime(2025, 8, 8, 12, 0),
        evidence="Germany announced last week a partial arms embargo on Israel…",
    )
    return replace(alert, **changes)  # type: ignore[arg-type]


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with running_fake_telegram(timeout_delay=3.0) as fake:
        yield fake


@pytest.fixture
async def sender(tg: FakeTelegram) -> AsyncIterator[TelegramSender]:
    s = TelegramSender(tg.token, base_url=tg.base_url, timeout=0.5)
    await s.start()
    yield s
    await s.close()


async def test_send_posts_html_whose_visible_text_is_the_plain_rendering(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    alert = make_alert()
    sent = await sender.send(DEST, alert)

    [message] = tg.messages
    assert sent.message_id == str(message.message_id)
    assert message.chat_id == CHAT
    assert message.parse_mode == "HTML"
    assert message.text == render_plain(alert)
    assert message.links == ["https://www.aljazeera.com/news/2025/8/8/germany?utm=a&b=c"]
    assert message.link_preview_disabled is True


async def test_edit_replaces_the_text_and_an_identical_edit_is_not_an_error(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    sent = await sender.send(DEST, make_alert())
    updated = make_alert(also_reported_by=("BBC", "Reuters"))

    await sender.edit(DEST, sent.message_id, updated)
    await sender.edit(DEST, sent.message_id, updated)  # "message is not modified" counts as done

    assert len(tg.messages) == 1
    assert tg.messages[0].text.endswith("also reported by BBC, Reuters")
    assert len(tg.edits) == 1
    assert any("message is not modified" in d for _, d in tg.rejected)


async def test_html_special_characters_in_a_title_arrive_as_text(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    title = """<b>Tom & "Jerry"</b> say 3 < 4 > 2 &amp; it's </i> fine"""
    await sender.send(DEST, make_alert(trigger=Trigger.KEYWORDS, facts=(), entry_title=title))

    assert tg.messages[0].text.splitlines()[0] == f"📰 {title}"


async def test_a_5000_character_alert_is_truncated_and_accepted(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    title = "Très long titre & <détails> 🔴 " * 170  # > 5000 characters, astral emoji included
    assert len(title) > 5000
    await sender.send(DEST, make_alert(trigger=Trigger.KEYWORDS, facts=(), entry_title=title))

    [message] = tg.messages
    assert 4000 < utf16_len(message.text) <= 4096
    assert message.text.endswith("Al Jazeera · https://www.aljazeera.com/news/2025/8/8/germany?utm=a&b=c")
    assert "…" in message.text.splitlines()[0]


@pytest.mark.parametrize(
    ("kind", "retryable", "permanent"),
    [
        ("5xx", True, False),
        ("timeout", True, False),
        ("blocked", False, True),
        ("kicked", False, True),
        ("chat_not_found", False, True),
        ("not_enough_rights", False, True),
    ],
)
async def test_injected_failures_map_to_delivery_errors(
    tg: FakeTelegram, sender: TelegramSender, kind: str, retryable: bool, permanent: bool
) -> None:
    tg.fail_next(1, kind)

    with pytest.raises(DeliveryError) as caught:
        await sender.send(DEST, make_alert())

    assert (caught.value.retryable, caught.value.permanent) == (retryable, permanent)
    assert caught.value.retry_after is None
    assert tg.token not in str(caught.value) and tg.token not in repr(caught.value)
    assert tg.messages == []
    await sender.send(DEST, make_alert())  # the failure was one request only
    assert len(tg.messages) == 1


async def test_429_is_retryable_after_the_servers_retry_after(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    tg.fail_next(1, "429", retry_after=7)

    with pytest.raises(DeliveryError) as caught:
        await sender.send(DEST, make_alert())

    assert caught.value.retryable and not caught.value.permanent
    assert caught.value.retry_after == 7.0


async def test_a_migrated_group_is_permanent_and_names_the_new_chat(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    tg.fail_next(1, "migrated")

    with pytest.raises(DeliveryError) as caught:
        await sender.send(Destination("g", Platform.TELEGRAM, "-4242"), make_alert())

    assert caught.value.permanent
    assert caught.value.migrated_to == "-1000000004242"


async def test_a_chat_that_is_gone_stays_gone(tg: FakeTelegram, sender: TelegramSender) -> None:
    tg.remove_chat(CHAT)
    for _ in range(2):
        with pytest.raises(DeliveryError) as caught:
            await sender.send(DEST, make_alert())
        assert caught.value.permanent
        assert "chat not found" in caught.value.reason.lower()


async def test_the_fakes_flood_control_reaches_the_deliverer_as_retry_after() -> None:
    async with running_fake_telegram(clock=frozen, per_chat_burst=3) as tg:
        sender = TelegramSender(tg.token, base_url=tg.base_url, timeout=2.0)
        try:
            for _ in range(3):
                await sender.send(DEST, make_alert())
            with pytest.raises(DeliveryError) as caught:
                await sender.send(DEST, make_alert())
            other = await sender.send(Destination("b", Platform.TELEGRAM, "42"), make_alert())
        finally:
            await sender.close()

    assert caught.value.retryable and caught.value.retry_after == 1.0
    assert len(tg.messages) == 4 and other.message_id == str(tg.messages[-1].message_id)


async def test_edit_of_a_message_that_does_not_exist_parks_the_message_only(sender: TelegramSender) -> None:
    with pytest.raises(DeliveryError) as caught:
        await sender.edit(DEST, "999", make_alert())

    assert not caught.value.retryable and not caught.value.permanent
    assert "message to edit not found" in caught.value.reason.lower()


async def test_a_wrong_token_is_permanent_and_never_printed(
    tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "987654321:AAWrongTokenThatMustNeverBePrinted-xyz"
    sender = TelegramSender(wrong, base_url=tg.base_url, timeout=1.0)
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")  # an earlier setup_logging() may have quietened it

    with pytest.raises(DeliveryError) as caught:
        await sender.start()
    with pytest.raises(DeliveryError) as on_send:
        await sender.send(DEST, make_alert())
    await sender.close()

    for exc in (caught.value, on_send.value):
        assert exc.permanent and not exc.retryable
        assert wrong not in str(exc) and wrong not in repr(exc) and wrong not in exc.reason
        assert exc.__cause__ is None and exc.__suppress_context__
    assert wrong not in caplog.text
    assert "***" in caplog.text  # the httpx request log line was there, scrubbed


async def test_the_token_never_reaches_the_logs_of_a_normal_send(
    tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")  # an earlier setup_logging() may have quietened it
    sender = TelegramSender(tg.token, base_url=tg.base_url, timeout=1.0)
    await sender.send(DEST, make_alert())
    await sender.close()

    assert "sendMessage" in caplog.text
    assert tg.token not in caplog.text


async def test_a_template_with_markup_telegram_rejects_falls_back_to_the_default(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    alert = make_alert(template="<div>{{ entry_title }}</div>")
    await sender.send(DEST, alert)

    assert tg.messages[0].text == render_plain(make_alert())


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("x" * 4097, "message is too long"),
        ("🔴" * 2049, "message is too long"),  # 4098 UTF-16 units
        ("<b>bold", "can't find end tag"),
        ("<br>line", 'unsupported start tag "br"'),
        ("<b><i>x</b></i>", "unmatched end tag"),
    ],
)
async def test_the_fake_rejects_what_telegram_rejects_and_the_error_parks_only_the_message(
    sender: TelegramSender, text: str, description: str
) -> None:
    with pytest.raises(TelegramError) as caught:
        await sender.bot.send_message(chat_id=CHAT, text=text, parse_mode="HTML")
    assert description in caught.value.message.lower()
    error = delivery_error(caught.value, "unused-token")
    assert not error.retryable and not error.permanent


async def test_a_slow_acknowledgement_times_out_after_the_message_was_posted(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    tg.fail_next(1, "slow_ack")

    with pytest.raises(DeliveryError) as caught:
        await sender.send(DEST, make_alert())

    assert caught.value.retryable
    assert len(tg.messages) == 1  # the at-least-once window: posted, yet the client saw a timeout


async def test_updates_pushed_to_the_fake_reach_get_updates_and_admins_are_reported(
    tg: FakeTelegram, sender: TelegramSender
) -> None:
    tg.set_admins(-100777, [5], creator=6)
    tg.push_message(-100777, "/subscribe casualty gaza", user_id=5)

    [update] = await sender.bot.get_updates(timeout=1)
    assert update.message is not None and update.message.text == "/subscribe casualty gaza"
    assert update.message.parse_entities(["bot_command"])  # commands carry their entity, as on Telegram
    assert update.effective_user is not None and update.effective_user.id == 5
    admin = await sender.bot.get_chat_member(-100777, 5)
    member = await sender.bot.get_chat_member(-100777, 7)
    admins = await sender.bot.get_chat_administrators(-100777)
    assert (admin.status, member.status) == ("administrator", "member")
    assert sorted(a.user.id for a in admins) == [5, 6]
    assert await sender.bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
