"""One message per item, trigger and destination: the most severe rule's alert leads, the figures of
the other rules of that trigger follow as lines under one quote; victims are written as a sentence
would write them. Exact output for every platform."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.core.model import Alert, CasualtyFigure, Severity, Trigger
from bot.core.render import MORE_FACTS_MAX, combined, render_plain, sentence_case
from bot.core.render_slack import render_slack
from bot.core.render_telegram import render_telegram

TOLL = CasualtyFigure(
    61_500, "nearly", "killed", "Palestinians", "Gaza", True,
    evidence="Pressure is mounting to end the war, which has killed nearly 61,500 Palestinians.",
)  # fmt: skip
ATTACK = CasualtyFigure(1_200, "exact", "killed", "people", "Israel", False, evidence="…killed 1,200 people.")
AID_SEEKERS = CasualtyFigure(875, "more_than", "killed", "people", "Gaza", False, evidence="More than 875…")
REPORTERS = CasualtyFigure(
    5, "exact", "killed", "Al Jazeera journalists", "Gaza", False,
    evidence="On Monday five Al Jazeera journalists were killed in an air strike.",
)  # fmt: skip


def alert(rule_id: str, severity: Severity, *facts: CasualtyFigure) -> Alert:
    return Alert(
        id=rule_id,
        rule_id=rule_id,
        trigger=Trigger.CASUALTY,
        severity=severity,
        facts=facts,
        entry_title="Pressure mounts on Israel",
        link="https://news.example.org/2025/08/12/pressure?a=1&b=2",
        source="Example News",
        published=datetime(2025, 8, 12, tzinfo=UTC),
        evidence=facts[0].evidence,
    )


MAJOR = alert("casualties-major", Severity.HIGH, TOLL, ATTACK, AID_SEEKERS)
DEATHS = alert("casualties-deaths", Severity.MEDIUM, REPORTERS)
MESSAGE = combined(MAJOR, [DEATHS])


def test_the_lead_keeps_headline_and_quote_and_the_other_rules_figures_follow_as_lines() -> None:
    assert render_plain(MESSAGE) == (
        "🔴 Casualties · Gaza — death toll nearly 61,500\n"
        "• 1,200 people killed (Israel)\n"
        "• more than 875 people killed (Gaza)\n"
        "• 5 Al Jazeera journalists killed (Gaza)\n"
        '"Pressure is mounting to end the war, which has killed nearly 61,500 Palestinians."\n'
        "Example News · https://news.example.org/2025/08/12/pressure?a=1&b=2"
    )


def test_telegram_html_of_the_combined_message() -> None:
    assert render_telegram(MESSAGE) == (
        "<b>🔴 Casualties · Gaza — death toll nearly 61,500</b>\n"
        "• 1,200 people killed (Israel)\n"
        "• more than 875 people killed (Gaza)\n"
        "• 5 Al Jazeera journalists killed (Gaza)\n"
        '"Pressure is mounting to end the war, which has killed nearly 61,500 Palestinians."\n'
        'Example News · <a href="https://news.example.org/2025/08/12/pressure?a=1&amp;b=2">'
        "https://news.example.org/2025/08/12/pressure?a=1&amp;b=2</a>"
    )


def test_slack_blocks_of_the_combined_message() -> None:
    message = render_slack(MESSAGE)
    assert message.blocks == [
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": "*🔴 Casualties · Gaza — death toll nearly 61,500*"},
        },
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": "• 1,200 people killed (Israel)\n• more than 875 people killed (Gaza)\n"
                "• 5 Al Jazeera journalists killed (Gaza)",
            },
        },
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": '"Pressure is mounting to end the war, which has killed nearly 61,500 Palestinians."',
            },
        },
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": "Example News · <https://news.example.org/2025/08/12/pressure?a=1&amp;b=2>",
                }
            ],
        },
    ]
    assert message.text == render_plain(MESSAGE).replace("&", "&amp;")


def test_a_figure_two_rules_share_is_one_line() -> None:
    also_major = alert("casualties-any", Severity.MEDIUM, AID_SEEKERS, REPORTERS)
    assert combined(MAJOR, [also_major]).facts == (TOLL, ATTACK, AID_SEEKERS, REPORTERS)


def test_lines_beyond_the_cap_are_counted_not_dropped_silently() -> None:
    many = [
        CasualtyFigure(n, "exact", "killed", "people", f"Town {n}", False)
        for n in range(2, 2 + MORE_FACTS_MAX + 2)
    ]
    text = render_plain(alert("r", Severity.HIGH, TOLL, *many))
    assert text.count("\n• ") == MORE_FACTS_MAX + 1
    assert "\n• and 2 more\n" in text


def test_a_headline_written_in_title_case_reads_as_a_sentence() -> None:
    figure = CasualtyFigure(65, "at_least", "killed", "People", "Afghanistan", False)
    assert render_plain(alert("r", Severity.MEDIUM, figure)).splitlines()[0] == (
        "🔴 Casualties · Afghanistan — at least 65 people killed"
    )
    fighters = CasualtyFigure(160, "at_least", "killed", "Houthi Fighters", "Yemen", False)
    line = render_plain(alert("r", Severity.HIGH, TOLL, fighters)).splitlines()[1]
    assert line == "• at least 160 Houthi fighters killed (Yemen)"


def test_names_and_demonyms_keep_their_capitals() -> None:
    assert sentence_case("Al Jazeera Journalists") == "Al Jazeera journalists"
    assert sentence_case("Palestinians") == "Palestinians"
    assert sentence_case("UN Aid Workers") == "UN aid workers"
    assert sentence_case("CIVILIANS") == "civilians"


WITHDRAWN = combined(replace(MAJOR, withdrawn=True), [DEATHS])


def test_a_withdrawn_alert_says_so_and_keeps_only_its_struck_headline_and_source() -> None:
    assert render_plain(WITHDRAWN) == (
        "❌ Withdrawn: this alert was wrong.\n"
        "🔴 Casualties · Gaza — death toll nearly 61,500\n"
        "Example News · https://news.example.org/2025/08/12/pressure?a=1&b=2"
    )
    assert render_telegram(WITHDRAWN) == (
        "<b>❌ Withdrawn: this alert was wrong.</b>\n"
        "<s>🔴 Casualties · Gaza — death toll nearly 61,500</s>\n"
        'Example News · <a href="https://news.example.org/2025/08/12/pressure?a=1&amp;b=2">'
        "https://news.example.org/2025/08/12/pressure?a=1&amp;b=2</a>"
    )
    assert render_slack(WITHDRAWN).blocks == [
        {"type": "section", "text": {"type": "mrkdwn", "text": "*❌ Withdrawn: this alert was wrong.*"}},
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": "~🔴 Casualties · Gaza — death toll nearly 61,500~"},
        },
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": "Example News · <https://news.example.org/2025/08/12/pressure?a=1&amp;b=2>",
                }
            ],
        },
    ]


def test_a_rule_template_does_not_hide_the_withdrawal() -> None:
    templated = replace(WITHDRAWN, template="{{ headline }} !!")
    assert render_plain(templated).startswith("❌ Withdrawn")
    assert render_telegram(templated).startswith("<b>❌ Withdrawn")


def test_without_a_place_named_victims_stand_in_and_plain_people_do_not() -> None:
    anonymous = CasualtyFigure(41, "exact", "killed", "People", None, False)
    assert render_plain(alert("r", Severity.MEDIUM, anonymous)).splitlines()[0] == (
        "🔴 Casualties — 41 people killed"
    )
    named = CasualtyFigure(12, "exact", "killed", "Palestinians", None, False)
    assert render_plain(alert("r", Severity.MEDIUM, named)).splitlines()[0] == (
        "🔴 Casualties · Palestinians — 12 killed"
    )
