"""SlackSender drives the real slack_sdk AsyncWebClient against the fake Web API over loopback HTTP."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime

import pytest

from bot.chat.base import DeliveryError
from bot.chat.slack import SlackSender
from bot.core.model import Alert, Destination, Platform, Recognition, Severity, Trigger
from bot.core.render import render_plain
from bot.core.render_slack import render_slack
from tests.fakes.slack_api import FakeSlack, running_fake_slack, validate_blocks

CHANNEL = "C0123456789"
DEST = Destination(id="desk", platform=Platform.SLACK, address=CHANNEL)


def frozen() -> float:
    return 1000.0


def make_alert(**changes: object) -> Alert:
    alert = Alert(
        id="recognition:palestine:australia",
        rule_id="recognitions",
        trigger=Trigger.RECOGNITION,
        severity=Severity.HIGH,
        facts=(
            Recognition(
                ("Australia", "France", "United Kingdom", "Canada"), "Palestine", "announced", "September"
            ),
        ),
        entry_title="Australia to recognise Palestinian state",
        link="https://www.thenational.ae/news/mena/2025/08/12/trump?x=1&y=2",
        source="The National",
        published=datetime(2025, 8, 12, 9, 30),
    )
    return replace(alert, **changes)  # type: ignore[arg-type]


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    async with running_fake_slack(timeout_delay=3.0) as fake:
        yield fake


@pytest.fixture
async def sender(slack: FakeSlack) -> AsyncIterator[SlackSender]:
    s = SlackSender(slack.token, base_url=slack.base_url, timeout=0.5)
    await s.start()
    yield s
    await s.close()


def posts(slack: FakeSlack) -> int:
    return sum(1 for method, _ in slack.requests if method == "chat.postMessage")


async def test_send_posts_blocks_and_a_fallback_and_returns_channel_and_ts(
    slack: FakeSlack, sender: SlackSender
) -> None:
    alert = make_alert()
    sent = await sender.send(DEST, alert)

    [message] = slack.messages
    assert sent.message_id == f"{CHANNEL}:{message.ts}"
    assert message.blocks == render_slack(alert).blocks
    assert message.unfurl_links is False
    headline, rest = render_plain(alert).split("\n", 1)
    assert message.visible == f"*{headline}*\n{rest}"  # the headline is bold
    assert message.text.startswith("🟢 Recognition · Palestine — announced by Australia")


async def test_edit_updates_the_message_in_place(slack: FakeSlack, sender: SlackSender) -> None:
    sent = await sender.send(DEST, make_alert())
    await sender.edit(DEST, sent.message_id, make_alert(also_reported_by=("BBC",)))

    assert len(slack.messages) == 1 and len(slack.updates) == 1
    assert slack.messages[0].visible.endswith("also reported by BBC")


async def test_special_characters_arrive_as_text(slack: FakeSlack, sender: SlackSender) -> None:
    title = "<!channel> Tom & Jerry <https://evil.example|click> *not bold* > quoted"
    await sender.send(DEST, make_alert(trigger=Trigger.KEYWORDS, facts=(), entry_title=title))

    [message] = slack.messages
    assert message.visible.splitlines()[0] == f"*📰 {title}*"
    assert "<!channel>" not in message.blocks[0]["text"]["text"]  # no mention is triggered


async def test_a_5000_character_alert_is_cut_to_block_kit_limits_and_accepted(
    slack: FakeSlack, sender: SlackSender
) -> None:
    title = "Lengthy & <escaped> headline " * 180
    evidence = "Evidence & more <evidence> " * 200
    assert len(title) > 5000
    await sender.send(
        DEST, make_alert(trigger=Trigger.KEYWORDS, facts=(), entry_title=title, evidence=evidence)
    )

    [message] = slack.messages
    assert validate_blocks(message.blocks) == []
    assert all(len(b["text"]["text"]) <= 3000 for b in message.blocks if b["type"] == "section")
    assert len(message.text) <= 3000


@pytest.mark.parametrize(
    ("kind", "retryable", "permanent"),
    [
        ("5xx", True, False),
        ("timeout", True, False),
        ("internal_error", True, False),
        ("ratelimited", True, False),
        ("channel_not_found", False, True),
        ("is_archived", False, True),
        ("not_in_channel", False, True),
        ("invalid_auth", False, True),
        ("account_inactive", False, True),
        ("token_revoked", False, True),
        ("msg_too_long", False, False),
        ("invalid_blocks", False, False),
    ],
)
async def test_injected_failures_map_to_delivery_errors(
    slack: FakeSlack, sender: SlackSender, kind: str, retryable: bool, permanent: bool
) -> None:
    slack.fail_next(1, kind)

    with pytest.raises(DeliveryError) as caught:
        await sender.send(DEST, make_alert())

    assert (caught.value.retryable, caught.value.permanent) == (retryable, permanent)
    assert slack.token not in str(caught.value) and slack.token not in repr(caught.value)
    assert posts(slack) == 1  # slack_sdk did not retry on its own
    assert slack.messages == []


async def test_429_is_retryable_after_the_retry_after_header_and_not_retried_by_the_client(
    slack: FakeSlack, sender: SlackSender
) -> None:
    slack.fail_next(1, "429", retry_after=5)

    with pytest.raises(DeliveryError) as caught:
        await sender.send(DEST, make_alert())

    assert caught.value.retryable and caught.value.retry_after == 5.0
    assert posts(slack) == 1


@pytest.mark.parametrize(
    ("state", "error"), [("not_found", "channel_not_found"), ("archived", "is_archived")]
)
async def test_an_unusable_channel_is_permanent(
    slack: FakeSlack, sender: SlackSender, state: str, error: str
) -> None:
    slack.set_channel(CHANNEL, state)

    with pytest.raises(DeliveryError) as caught:
        await sender.send(DEST, make_alert())

    assert caught.value.permanent and error in caught.value.reason


async def test_the_fakes_per_channel_limit_reaches_the_deliverer_as_retry_after() -> None:
    async with running_fake_slack(clock=frozen, per_channel_burst=2) as slack:
        sender = SlackSender(slack.token, base_url=slack.base_url)
        try:
            await sender.send(DEST, make_alert())
            await sender.send(DEST, make_alert())
            with pytest.raises(DeliveryError) as caught:
                await sender.send(DEST, make_alert())
            await sender.send(Destination("other", Platform.SLACK, "C0OTHER"), make_alert())
        finally:
            await sender.close()

    assert caught.value.retryable and caught.value.retry_after == 1.0
    assert len(slack.messages) == 3


async def test_edit_of_an_unknown_message_parks_the_message_only(sender: SlackSender) -> None:
    with pytest.raises(DeliveryError) as caught:
        await sender.edit(DEST, f"{CHANNEL}:1.000000", make_alert())

    assert not caught.value.retryable and not caught.value.permanent
    assert "message_not_found" in caught.value.reason


async def test_a_wrong_token_is_permanent_and_never_printed(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "xoxb-1111111111-2222222222222-WrongTokenNeverPrinted"
    caplog.set_level(logging.DEBUG)
    sender = SlackSender(wrong, base_url=slack.base_url)
    try:
        with pytest.raises(DeliveryError) as caught:
            await sender.start()
    finally:
        await sender.close()

    assert caught.value.permanent and "invalid_auth" in caught.value.reason
    assert wrong not in str(caught.value) and wrong not in caplog.text


async def test_base_url_without_trailing_slash_is_accepted(slack: FakeSlack) -> None:
    sender = SlackSender(slack.token, base_url=slack.base_url.rstrip("/"))
    try:
        await sender.send(DEST, make_alert())
    finally:
        await sender.close()
    assert len(slack.messages) == 1
