"""Alerts and rules for facts read in other languages: the frame stays English, the quote is the
original sentence (isolated when right-to-left), the source line names the language, and rules can
ask for some languages only."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from pydantic import ValidationError

from bot.core.model import Alert, CasualtyFigure, Entry, Severity, Trigger
from bot.core.render import render_plain
from bot.core.render_slack import render_slack
from bot.core.render_telegram import render_telegram
from bot.core.rules import RULE_MODELS, Rule, RuleSet
from bot.core.telegram_html import telegram_visible_text

HEBREW_QUOTE = "לפחות 14 בני אדם נהרגו ו-40 נפצעו בתקיפה בעזה"
FIGURE = CasualtyFigure(
    14, "at_least", "killed", "people", "Gaza", False, evidence=HEBREW_QUOTE, language="he"
)


def hebrew_alert() -> Alert:
    return Alert(
        id="casualty:gaza:killed",
        rule_id="gaza",
        trigger=Trigger.CASUALTY,
        severity=Severity.HIGH,
        facts=(FIGURE,),
        entry_title="כותרת",
        link="https://www.ynet.co.il/news/article/x",
        source="ynet",
        published=datetime(2025, 8, 12, 9, 0),
    )


def test_the_frame_is_english_the_quote_is_the_original_and_the_language_is_named() -> None:
    text = render_plain(hebrew_alert())
    headline, quote, source = text.split("\n")
    assert headline == "🔴 Casualties · Gaza — at least 14 people killed"
    assert quote == f'"\u2068{HEBREW_QUOTE}\u2069"'
    assert source.startswith("ynet (in Hebrew) · https://")


def test_telegram_shows_the_same_isolated_quote() -> None:
    html = render_telegram(hebrew_alert())
    assert telegram_visible_text(html) == render_plain(hebrew_alert())
    assert f"\u2068{HEBREW_QUOTE}\u2069" in html


def test_slack_shows_the_isolated_quote_and_the_language() -> None:
    message = render_slack(hebrew_alert())
    texts = [b["text"]["text"] for b in message.blocks if b["type"] == "section"]
    assert f'"\u2068{HEBREW_QUOTE}\u2069"' in texts
    context = next(b for b in message.blocks if b["type"] == "context")
    assert "ynet (in Hebrew)" in context["elements"][0]["text"]


def test_left_to_right_quotes_are_not_wrapped() -> None:
    french = replace(FIGURE, evidence="Au moins 14 personnes ont été tuées à Gaza", language="fr")
    text = render_plain(replace(hebrew_alert(), facts=(french,), source="Le Monde"))
    assert '"Au moins 14 personnes ont été tuées à Gaza"' in text
    assert "Le Monde (in French)" in text
    assert "\u2068" not in text


def rule(**fields: Any) -> Rule:
    fields.setdefault("id", "r")
    fields.setdefault("severity", "medium")
    return RULE_MODELS[fields["trigger"]].model_validate(fields)


def entry(title: str, language: str | None = None) -> Entry:
    return Entry("feed", "k", title, "", "https://example.org/a", None, "src", language)


def test_trigger_rules_filter_on_the_language_of_their_facts() -> None:
    only_rtl = RuleSet([rule(trigger="casualty", languages=["ar", "he"])])
    assert only_rtl.match(entry("x"), [FIGURE])
    assert not only_rtl.match(entry("x"), [replace(FIGURE, language="en")])
    assert not only_rtl.match(entry("x"), [replace(FIGURE, language="uk")])


def test_keywords_rules_filter_on_the_language_of_the_item() -> None:
    ruleset = RuleSet([rule(trigger="keywords", any=["gaza", "газа"], languages=["ru"])])
    assert ruleset.match(entry("Израильская армия нанесла удар по Газа, сообщают власти региона"), [])
    assert not ruleset.match(entry("The Israeli army struck Gaza again on Tuesday, officials said"), [])


@pytest.mark.parametrize("codes", [["arabic"], ["xx"], []])
def test_unknown_language_codes_are_refused(codes: list[str]) -> None:
    with pytest.raises(ValidationError):
        rule(trigger="casualty", languages=codes)


def test_language_codes_are_normalised() -> None:
    assert rule(trigger="casualty", languages=["AR", " he "]).languages == ["ar", "he"]
