"""Digests (bot/core/digest.py): when to fold, and what the folded message looks like on each platform,
checked against the platforms' limits and markup rules (the fakes' own parsers)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.digest import (
    FoldCandidate,
    chat_capacity,
    digest_alert,
    plan_fold,
    render_digest_plain,
    render_digest_slack,
    render_digest_telegram,
)
from bot.core.model import Alert, Platform, Severity, Trigger
from bot.core.render import render_plain
from bot.core.render_slack import render_slack
from bot.core.render_telegram import render_telegram
from bot.core.telegram_html import utf16_len
from tests.fakes.slack_api import validate_blocks
from tests.fakes.telegram_api import parse_telegram_html

T0 = datetime(2025, 8, 12, 9, tzinfo=UTC)


def alert(i: int, title: str = "", link: str = "", source: str = "Al Jazeera") -> Alert:
    return Alert(
        id=f"a{i}",
        rule_id="r",
        trigger=Trigger.KEYWORDS,
        severity=Severity.LOW,
        facts=(),
        entry_title=title or f"Ceasefire talks resume in Cairo, round {i}",
        link=link or f"https://www.aljazeera.com/news/2025/8/12/story-{i}",
        source=source,
        published=T0,
    )


# --- when to fold ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wait", "horizon", "rate", "group", "expected"),
    [
        (0.0, 30.0, 1.0, None, 31),  # a private chat or Slack channel: one a second
        (0.0, 30.0, 1.0, 20, 20),  # a Telegram group: 20 a minute
        (25.0, 30.0, 1.0, None, 6),
        (31.0, 30.0, 1.0, None, 0),  # the next slot is beyond the horizon: nothing fits
        (0.0, 90.0, 1.0, 20, 40),
    ],
)
def test_chat_capacity(wait: float, horizon: float, rate: float, group: int | None, expected: int) -> None:
    assert chat_capacity(wait, horizon, rate, group) == expected


def rows(*specs: tuple[str, Severity]) -> list[FoldCandidate]:
    return [FoldCandidate(i, action, sev.rank) for i, (action, sev) in enumerate(specs)]


HIGH, MEDIUM, LOW = ("send", Severity.HIGH), ("send", Severity.MEDIUM), ("send", Severity.LOW)


@pytest.mark.parametrize(
    ("candidates", "capacity", "folded"),
    [
        (rows(LOW, LOW, LOW), 3, []),  # within the budget: nothing folds
        (rows(LOW, LOW, LOW, LOW), 3, [2, 3]),  # two go alone, one slot is the digest's
        (rows(HIGH, HIGH, LOW, LOW, LOW), 3, [2, 3, 4]),  # high ones keep their slots
        (rows(HIGH, HIGH, HIGH, HIGH), 1, []),  # high never folds, however late
        (rows(MEDIUM, ("edit", Severity.LOW), LOW), 1, [0, 2]),  # edits never fold
        (rows(HIGH, HIGH, LOW), 2, []),  # folding one alert saves nothing
        (rows(LOW, LOW, LOW), 0, [0, 1, 2]),
    ],
)
def test_plan_fold(candidates: list[FoldCandidate], capacity: int, folded: list[int]) -> None:
    assert plan_fold(candidates, capacity) == folded


# --- what it looks like -------------------------------------------------------------------------------------


def test_plain_digest_lists_headline_source_and_link() -> None:
    text = render_digest_plain([alert(1), alert(2)])
    assert text == (
        "🗂 2 more alerts\n"
        "• 📰 Ceasefire talks resume in Cairo, round 1 — Al Jazeera · https://www.aljazeera.com/news/2025/8/12/story-1\n"
        "• 📰 Ceasefire talks resume in Cairo, round 2 — Al Jazeera · https://www.aljazeera.com/news/2025/8/12/story-2"
    )


def test_telegram_digest_links_each_source_and_escapes_text() -> None:
    html = render_digest_telegram(
        [alert(1, title="Tanks & <drones> near Rafah", link="https://x.example/?a=1&b=2")]
    )
    assert html == (
        "<b>🗂 1 more alerts</b>\n"
        '• 📰 Tanks &amp; &lt;drones&gt; near Rafah — <a href="https://x.example/?a=1&amp;b=2">Al Jazeera</a>'
    )
    visible, links = parse_telegram_html(html)
    assert "Tanks & <drones> near Rafah" in visible and links == ["https://x.example/?a=1&b=2"]


def test_slack_digest_uses_mrkdwn_links_and_escapes_text() -> None:
    text = render_digest_slack(
        [alert(1, title="Tanks & <drones>", source="A|B", link="https://x.example/a|b")]
    )
    assert text == "*🗂 1 more alerts*\n• 📰 Tanks &amp; &lt;drones&gt; — <https://x.example/a%7Cb|A¦B>"


def test_a_link_that_is_not_a_web_link_is_shown_as_text() -> None:
    html = render_digest_telegram([alert(1, link="javascript:alert(1)")])
    assert "<a " not in html and "Al Jazeera" in html


LONG = "Officials say " + "heavy shelling continued overnight across the city " * 8


@pytest.mark.parametrize("count", [2, 20, 60, 300])
def test_telegram_digest_stays_within_4096_visible_characters(count: int) -> None:
    alerts = [
        alert(i, title=f"{i} {LONG}", link=f"https://example.org/{'x' * 300}/{i}") for i in range(count)
    ]
    html = render_telegram(digest_alert(alerts, Platform.TELEGRAM))
    visible, links = parse_telegram_html(html)  # also: markup Telegram accepts
    assert utf16_len(visible) <= 4096
    assert visible.startswith(f"🗂 {count} more alerts")
    if count <= 20:  # what one digest row holds (bot/deliver.py DIGEST_MAX_ITEMS): every item, linked
        assert len(links) == count and all(f"• 📰 {i} Officials say" in visible for i in range(count))
    else:  # beyond any sane size the rest is counted, never silently dropped
        lines = visible.splitlines()[1:]
        shown = sum(1 for line in lines if line.startswith("• "))
        rest = int(lines[-1].split()[2]) if lines[-1].startswith("… and") else 0
        assert shown + rest == count


@pytest.mark.parametrize("count", [2, 12, 40])
def test_slack_digest_fits_one_section_and_passes_block_kit_validation(count: int) -> None:
    alerts = [
        alert(i, title=f"{i} {LONG}", link=f"https://example.org/{'y' * 150}/{i}") for i in range(count)
    ]
    message = render_slack(digest_alert(alerts, Platform.SLACK))
    assert validate_blocks(message.blocks) == []
    [section] = message.blocks
    assert len(section["text"]["text"]) <= 3000 and len(message.text) <= 3000
    if count <= 12:  # what one digest row holds on Slack
        assert all(f"• 📰 {i} Officials say" in section["text"]["text"] for i in range(count))


def test_template_syntax_in_a_headline_is_shown_as_written() -> None:
    tricky = alert(1, title="{% endraw %}{{ 7 * 6 }} and {# not a comment #}")
    for platform, render in ((Platform.TELEGRAM, render_telegram), (Platform.CONSOLE, render_plain)):
        out = render(digest_alert([tricky, alert(2)], platform))  # type: ignore[operator]
        assert "{{ 7 * 6 }}" in out and "42" not in out and "round 2" in out
