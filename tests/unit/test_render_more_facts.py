"""An alert with several facts shows the headline fact, then one short line per other fact."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.model import Alert, CasualtyFigure, Severity, Trigger
from bot.core.render import render_plain
from bot.core.render_slack import render_slack
from bot.core.render_telegram import render_telegram
from bot.core.telegram_html import telegram_visible_text

ALERT = Alert(
    id="a1",
    rule_id="casualties-major",
    trigger=Trigger.CASUALTY,
    severity=Severity.HIGH,
    facts=(
        CasualtyFigure(61_500, "nearly", "killed", "Palestinians", "Gaza", True),
        CasualtyFigure(1_200, "exact", "killed", "people", "Israel", False),
        CasualtyFigure(875, "more_than", "killed", "people", "Gaza", False),
    ),
    entry_title="t",
    link="https://example.org/a",
    source="The National",
    published=datetime(2025, 8, 12, tzinfo=UTC),
    evidence="the war, which has killed nearly 61,500 Palestinians.",
)


def test_plain_lists_the_other_figures_under_the_headline() -> None:
    assert render_plain(ALERT) == (
        "🔴 Casualties · Gaza — death toll nearly 61,500\n"
        "• 1,200 people killed (Israel)\n"
        "• more than 875 people killed (Gaza)\n"
        '"the war, which has killed nearly 61,500 Palestinians."\n'
        "The National · https://example.org/a"
    )


def test_telegram_and_slack_show_the_same_lines() -> None:
    visible = telegram_visible_text(render_telegram(ALERT))
    assert visible == render_plain(ALERT)
    slack = render_slack(ALERT)
    texts = [b["text"]["text"] for b in slack.blocks if b["type"] == "section"]
    assert "• 1,200 people killed (Israel)\n• more than 875 people killed (Gaza)" in texts


def test_other_figures_are_dropped_before_the_headline_when_space_is_short() -> None:
    html = render_telegram(ALERT, limit=120)
    visible = telegram_visible_text(html)
    assert visible.startswith("🔴 Casualties · Gaza — death toll nearly 61,500")
    assert "1,200" not in visible
