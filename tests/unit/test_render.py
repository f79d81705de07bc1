"""Renderers against exact output (DESIGN §7), and the platform limits they must respect."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from telegram.constants import MessageLimit

from bot.core.model import (
    Alert,
    ArmsEmbargo,
    CasualtyChange,
    CasualtyFigure,
    Recognition,
    Severity,
    Trigger,
)
from bot.core.render import render_plain
from bot.core.render_slack import SLACK_MAX_BLOCKS, SLACK_MAX_SECTION_TEXT, SlackMessage, render_slack
from bot.core.render_telegram import render_telegram
from bot.core.telegram_html import (
    TELEGRAM_MAX_TEXT_LENGTH,
    telegram_visible_text,
    truncate_telegram_html,
    utf16_len,
)

GAZA = CasualtyFigure(
    count=61500,
    qualifier="nearly",
    kind="killed",
    victims="Palestinians",
    location="Gaza",
    cumulative=True,
    evidence=(
        "International pressure is mounting on Israel to end the war, which has killed nearly 61,500 "
        "Palestinians."
    ),
)


def alert(**changes: object) -> Alert:
    base = Alert(
        id="casualty:gaza:killed",
        rule_id="gaza-casualties",
        trigger=Trigger.CASUALTY,
        severity=Severity.HIGH,
        facts=(GAZA,),
        entry_title="Trump says Hamas will not free hostages",
        link="https://www.thenational.ae/news/2025/08/12/trump/",
        source="The National",
        published=datetime(2025, 8, 12, 9, 0),
        evidence="…the war, which has killed nearly 61,500 Palestinians.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


CHANGE = CasualtyChange(
    previous_count=61430, previous_date=datetime(2025, 8, 10), previous_source="Al Jazeera"
)
EMBARGO = ArmsEmbargo(
    "Germany", "Israel", "partial", evidence="Germany announced last week a partial arms embargo on Israel."
)
RECOGNITION = Recognition(
    ("Australia", "France", "United Kingdom", "Canada"), "Palestine", "announced", "September"
)


def section(text: str) -> dict[str, object]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def test_the_telegram_limit_is_python_telegram_bots() -> None:
    assert TELEGRAM_MAX_TEXT_LENGTH == MessageLimit.MAX_TEXT_LENGTH


# --- plain text: the three examples of DESIGN §7 -------------------------------------------------------


def test_casualty_with_change() -> None:
    assert render_plain(alert(change=CHANGE)) == (
        "🔴 Casualties · Gaza — death toll nearly 61,500 (was 61,430 on 10 Aug: +70)\n"
        '"…the war, which has killed nearly 61,500 Palestinians."\n'
        "The National · https://www.thenational.ae/news/2025/08/12/trump/"
    )


def test_embargo_with_other_outlets() -> None:
    a = alert(
        trigger=Trigger.ARMS_EMBARGO,
        facts=(EMBARGO,),
        evidence="",
        source="Al Jazeera",
        link="https://www.aljazeera.com/x",
        also_reported_by=("BBC", "Reuters", "Al Jazeera", "BBC"),
    )
    assert render_plain(a) == (
        "🟠 Arms embargo · Germany → Israel (partial)\n"
        '"Germany announced last week a partial arms embargo on Israel."\n'
        "Al Jazeera · https://www.aljazeera.com/x   also reported by BBC, Reuters"
    )


def test_recognition_without_evidence() -> None:
    a = alert(trigger=Trigger.RECOGNITION, facts=(RECOGNITION,), evidence="")
    assert render_plain(a) == (
        "🟢 Recognition · Palestine — announced by Australia, France, United Kingdom and Canada "
        "(September)\n"
        "The National · https://www.thenational.ae/news/2025/08/12/trump/"
    )


def test_keywords_rule_uses_the_entry_title() -> None:
    a = alert(
        trigger=Trigger.KEYWORDS, facts=(), evidence="", entry_title="  Ceasefire talks\n resume in Cairo "
    )
    assert render_plain(a).splitlines()[0] == "📰 Ceasefire talks resume in Cairo"


@pytest.mark.parametrize(
    ("figure", "change", "expected"),
    [
        (GAZA, None, "🔴 Casualties · Gaza — death toll nearly 61,500"),
        (
            CasualtyFigure(875, "more_than", "killed", None, None, True),
            None,
            "🔴 Casualties — death toll more than 875",
        ),
        (
            CasualtyFigure(5, "exact", "killed", "journalists", "Gaza", False),
            None,
            "🔴 Casualties · Gaza — 5 journalists killed",
        ),
        (
            CasualtyFigure(5, "exact", "killed", "journalists", None, False),
            None,
            "🔴 Casualties — 5 journalists killed",  # a common noun is no place
        ),
        (
            CasualtyFigure(300, "at_least", "injured", None, "Khan Younis", False),
            None,
            "🔴 Casualties · Khan Younis — at least 300 injured",
        ),
        (
            CasualtyFigure(None, "vague", "killed", None, "Rafah", False),
            None,
            "🔴 Casualties · Rafah — killed (no figure given)",
        ),
        (
            GAZA,
            CasualtyChange(60000, datetime(2024, 12, 30), "X"),
            "🔴 Casualties · Gaza — death toll nearly 61,500 (was 60,000 on 30 Dec 2024: +1,500)",
        ),
        (
            GAZA,
            CasualtyChange(61600, None, "X"),
            "🔴 Casualties · Gaza — death toll nearly 61,500 (was 61,600: -100)",
        ),
    ],
)
def test_casualty_headlines(figure: CasualtyFigure, change: CasualtyChange | None, expected: str) -> None:
    assert render_plain(alert(facts=(figure,), change=change)).splitlines()[0] == expected


@pytest.mark.parametrize(
    ("fact", "expected"),
    [
        (ArmsEmbargo("United Kingdom", "Israel", "suspended_licences"),
         "🟠 Arms embargo · United Kingdom → Israel (export licences suspended)"),
        (ArmsEmbargo(None, "South Sudan", "extended"), "🟠 Arms embargo · on South Sudan (extended)"),
        (ArmsEmbargo(None, None, "called_for"), "🟠 Arms embargo (called for)"),
        (Recognition(("Spain",), "Palestine", "done"), "🟢 Recognition · Palestine — recognised by Spain"),
        (Recognition((), "Palestine", "considering"), "🟢 Recognition · Palestine (considering)"),
    ],
)  # fmt: skip
def test_embargo_and_recognition_headlines(fact: ArmsEmbargo | Recognition, expected: str) -> None:
    trigger = Trigger.ARMS_EMBARGO if isinstance(fact, ArmsEmbargo) else Trigger.RECOGNITION
    assert render_plain(alert(trigger=trigger, facts=(fact,))).splitlines()[0] == expected


def test_evidence_falls_back_to_the_facts_and_is_capped() -> None:
    a = alert(evidence="")
    assert render_plain(a).splitlines()[1] == f'"{GAZA.evidence}"'
    long = alert(evidence="word " * 200)
    quoted = render_plain(long).splitlines()[1]
    assert len(quoted) <= 302 and quoted.endswith('word…"')


def test_many_other_outlets_are_counted_not_listed() -> None:
    names = tuple(f"Outlet {i}" for i in range(12))
    assert render_plain(alert(also_reported_by=names)).endswith(
        "also reported by Outlet 0, Outlet 1, Outlet 2, Outlet 3, Outlet 4, Outlet 5, Outlet 6, "
        "Outlet 7 and 4 more"
    )


# --- Telegram -----------------------------------------------------------------------------------------


def test_telegram_exact_html() -> None:
    a = alert(change=CHANGE, link='https://example.com/a?b=1&c="2"', source="Tom & Jerry's <News>")
    assert render_telegram(a) == (
        "<b>🔴 Casualties · Gaza — death toll nearly 61,500 (was 61,430 on 10 Aug: +70)</b>\n"
        '"…the war, which has killed nearly 61,500 Palestinians."\n'
        "Tom &amp; Jerry's &lt;News&gt; · "
        '<a href="https://example.com/a?b=1&amp;c=&quot;2&quot;">https://example.com/a?b=1&amp;c="2"</a>'
    )


def test_telegram_visible_text_is_the_plain_text() -> None:
    a = alert(entry_title="<i>x</i> & y", trigger=Trigger.KEYWORDS, facts=(), also_reported_by=("A&B",))
    assert telegram_visible_text(render_telegram(a)) == render_plain(a)


def test_a_non_web_link_is_not_a_hyperlink() -> None:
    html = render_telegram(alert(link="javascript:alert(1)"))
    assert "<a " not in html and html.endswith("The National · javascript:alert(1)")


@pytest.mark.parametrize("unit", ["x", "é", "🔴", "&", "<b>"])
def test_telegram_long_titles_are_cut_to_4096_visible_units_keeping_the_link(unit: str) -> None:
    a = alert(trigger=Trigger.KEYWORDS, facts=(), entry_title=unit * 6000)
    html = render_telegram(a)
    visible = telegram_visible_text(html)  # raises if a tag or entity were broken
    assert utf16_len(visible) <= TELEGRAM_MAX_TEXT_LENGTH
    assert utf16_len(visible) >= TELEGRAM_MAX_TEXT_LENGTH - 200
    assert html.endswith('<a href="https://www.thenational.ae/news/2025/08/12/trump/">'
                         "https://www.thenational.ae/news/2025/08/12/trump/</a>")  # fmt: skip
    assert visible.splitlines()[0].endswith("…")


def test_telegram_shortens_evidence_before_the_headline() -> None:
    a = alert(evidence="evidence " * 30)
    html = render_telegram(a, limit=200)
    visible = telegram_visible_text(html)
    assert utf16_len(visible) <= 200
    head, quote, _ = visible.splitlines()
    assert head == "🔴 Casualties · Gaza — death toll nearly 61,500"
    assert quote.startswith('"evidence') and quote.endswith('…"')


def test_telegram_tiny_limit_drops_evidence_then_other_outlets() -> None:
    a = alert(also_reported_by=("BBC",))
    visible = telegram_visible_text(render_telegram(a, limit=110))
    assert utf16_len(visible) <= 110
    assert "also reported" not in visible and '"' not in visible


def test_truncate_html_closes_open_tags_and_never_cuts_an_entity() -> None:
    html = "<b>ab<i>c&amp;d</i>ef</b>"
    assert truncate_telegram_html(html, 10) == html
    assert truncate_telegram_html(html, 4) == "<b>ab<i>c…</i></b>"
    assert truncate_telegram_html(html, 5) == "<b>ab<i>c&amp;…</i></b>"


@pytest.mark.parametrize("bad", ["<div>x</div>", "<b>x", "x</b>", "<b><i>x</b></i>", "a < b"])
def test_markup_telegram_would_reject_is_detected(bad: str) -> None:
    with pytest.raises(ValueError):
        telegram_visible_text(bad)


# --- templates ------------------------------------------------------------------------------------------


def test_template_renders_in_the_sandbox_with_the_alerts_fields() -> None:
    tpl = "{{ headline }} | {{ fact.count }} | {{ source }} | {{ platform }}"
    a = alert(template=tpl, source="A & <B>")
    assert render_plain(a) == "🔴 Casualties · Gaza — death toll nearly 61,500 | 61500 | A & <B> | plain"
    assert (
        render_telegram(a)
        == "🔴 Casualties · Gaza — death toll nearly 61,500 | 61500 | A &amp; &lt;B&gt; | telegram"
    )
    assert render_slack(a).blocks == [
        section("🔴 Casualties · Gaza — death toll nearly 61,500 | 61500 | A &amp; &lt;B&gt; | slack")
    ]


def test_template_literal_markup_is_kept() -> None:
    a = alert(template="<b>{{ entry_title }}</b>", entry_title="x<y")
    assert render_telegram(a) == "<b>x&lt;y</b>"


@pytest.mark.parametrize(
    "tpl",
    [
        "{{ no_such_field }}",  # strict: a typo is an error, not an empty string
        "{% for %}",  # syntax error
        "{{ alert.__class__.__mro__ }}",  # the sandbox refuses
        "{{ 1 / 0 }}",
        "   ",  # renders empty
    ],
)
def test_a_failing_template_falls_back_to_the_default(tpl: str) -> None:
    a = alert(template=tpl)
    default = alert()
    assert render_plain(a) == render_plain(default)
    assert render_telegram(a) == render_telegram(default)
    assert render_slack(a) == render_slack(default)


def test_template_output_too_long_for_telegram_is_cut_safely() -> None:
    # One multiplication rather than a long loop: a loop of thousands of traced lines can run past the
    # render's time budget on a loaded machine and fall back to the default text.
    a = alert(template='<i>0 1 2 {{ "word " * 2000 }}</i>')
    html = render_telegram(a)
    assert html.startswith("<i>0 1 2") and html.endswith("…</i>")
    assert utf16_len(telegram_visible_text(html)) <= TELEGRAM_MAX_TEXT_LENGTH


# --- Slack -------------------------------------------------------------------------------------------------


def test_slack_exact_blocks() -> None:
    a = alert(change=CHANGE, also_reported_by=("B&B",), link="https://x.example/a?b=1&c=|2|")
    assert render_slack(a) == SlackMessage(
        text=(
            "🔴 Casualties · Gaza — death toll nearly 61,500 (was 61,430 on 10 Aug: +70)\n"
            '"…the war, which has killed nearly 61,500 Palestinians."\n'
            "The National · https://x.example/a?b=1&amp;c=|2|   also reported by B&amp;B"
        ),
        blocks=[
            section("*🔴 Casualties · Gaza — death toll nearly 61,500 (was 61,430 on 10 Aug: +70)*"),
            section('"…the war, which has killed nearly 61,500 Palestinians."'),
            {
                "type": "context",
                "elements": [
                    {
                        "type": "mrkdwn",
                        "text": (
                            "The National · <https://x.example/a?b=1&amp;c=%7C2%7C>"
                            "   also reported by B&amp;B"
                        ),
                    }
                ],
            },
        ],
    )


def test_slack_escapes_control_characters_so_no_mention_or_link_is_injected() -> None:
    a = alert(
        trigger=Trigger.KEYWORDS, facts=(), entry_title="<!channel> <https://evil|x> & co", evidence="a>b"
    )
    msg = render_slack(a)
    assert msg.blocks[0]["text"]["text"] == "*📰 &lt;!channel&gt; &lt;https://evil|x&gt; &amp; co*"
    assert msg.blocks[1]["text"]["text"] == '"a&gt;b"'
    assert "<!channel>" not in msg.text


def test_slack_long_texts_fit_block_kit_after_escaping() -> None:
    a = alert(
        trigger=Trigger.KEYWORDS, facts=(), entry_title="&" * 5000, evidence="<" * 5000, source="S" * 500
    )
    msg = render_slack(a)
    assert len(msg.blocks) <= SLACK_MAX_BLOCKS
    for block in msg.blocks:
        texts = [block["text"]] if "text" in block else block["elements"]
        for t in texts:
            assert 0 < len(t["text"]) <= SLACK_MAX_SECTION_TEXT
            assert not t["text"].rstrip("*…").endswith(("&amp", "&am", "&a", "&l", "&lt", "&g", "&gt"))
    assert len(msg.text) <= 3000
