"""Alerts read from Hebrew and Arabic news reach Telegram and Slack through the real client libraries
(python-telegram-bot, slack_sdk) against the fakes: the quote arrives as the original right-to-left
sentence inside its isolates, the frame in English, the source line naming the language."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import pytest

from bot.chat.slack import SlackSender
from bot.chat.telegram import TelegramSender
from bot.core.extract import extract_facts
from bot.core.model import Alert, Destination, Platform, Severity, Trigger
from bot.core.render import render_plain
from bot.core.render_slack import render_slack
from tests.fakes.slack_api import FakeSlack, running_fake_slack, validate_blocks
from tests.fakes.telegram_api import FakeTelegram, running_fake_telegram, utf16_len

HEBREW = "לפחות 14 בני אדם נהרגו בתקיפה אווירית בעזה, כך נמסר ממשרד הבריאות"
ARABIC_LONG = (
    "استشهاد 27 فلسطينياً في غارات إسرائيلية على خان يونس. "
    + "وقال شهود عيان إن القصف استمر طوال الليل. " * 200
)


def alert_from(text: str, source: str) -> Alert:
    facts = tuple(extract_facts(text, ""))
    assert facts, text
    return Alert(
        id=f"casualty:{source}",
        rule_id="casualties",
        trigger=Trigger.CASUALTY,
        severity=Severity.HIGH,
        facts=facts,
        entry_title=text[:100],
        link="https://news.example/a",
        source=source,
        published=datetime(2025, 8, 12, 9, 0),
    )


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with running_fake_telegram() as fake:
        yield fake


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    async with running_fake_slack() as fake:
        yield fake


async def test_a_hebrew_alert_reaches_telegram_with_its_quote_isolated(tg: FakeTelegram) -> None:
    alert = alert_from(HEBREW, "ynet")
    sender = TelegramSender(tg.token, base_url=tg.base_url, timeout=2.0)
    await sender.start()
    try:
        await sender.send(Destination("he", Platform.TELEGRAM, "-100111"), alert)
    finally:
        await sender.close()
    [message] = tg.messages
    assert message.text == render_plain(alert)
    headline, quote, source = message.text.split("\n")
    assert headline == "🔴 Casualties · Gaza — at least 14 people killed"
    assert quote == f'"\u2068{HEBREW}\u2069"'
    assert source.startswith("ynet (in Hebrew)")


async def test_a_long_arabic_alert_is_cut_to_telegrams_limit_and_keeps_its_isolates(tg: FakeTelegram) -> None:
    alert = alert_from(ARABIC_LONG, "Al Jazeera Arabic")
    sender = TelegramSender(tg.token, base_url=tg.base_url, timeout=2.0)
    await sender.start()
    try:
        await sender.send(Destination("ar", Platform.TELEGRAM, "-100222"), alert)
    finally:
        await sender.close()
    [message] = tg.messages
    assert utf16_len(message.text) <= 4096
    quote = message.text.split("\n")[1]
    assert quote.startswith('"\u2068') and quote.endswith('\u2069"')
    assert "(in Arabic)" in message.text


async def test_a_hebrew_alert_reaches_slack_with_valid_blocks(slack: FakeSlack) -> None:
    alert = alert_from(HEBREW, "ynet")
    sender = SlackSender(slack.token, base_url=slack.base_url, timeout=2.0)
    await sender.start()
    try:
        await sender.send(Destination("desk", Platform.SLACK, "C0123456789"), alert)
    finally:
        await sender.close()
    [message] = slack.messages
    assert message.blocks == render_slack(alert).blocks
    validate_blocks(message.blocks)
    assert f'"\u2068{HEBREW}\u2069"' in message.visible
    assert "ynet (in Hebrew)" in message.visible
