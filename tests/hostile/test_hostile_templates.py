"""Hostile rule templates: whatever an admin writes, rendering an alert ends, small, and on time.

None of these asserts a time: a template over budget must *end* (the test would hang otherwise)
and fall back to the default text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from bot.core.model import Alert, CasualtyFigure, Severity, Trigger
from bot.core.render import render_plain
from bot.core.render_slack import render_slack
from bot.core.render_telegram import render_telegram
from bot.core.rules import parse_rules
from bot.core.templates import (
    AlertTemplateBudgetError,
    TemplateBudget,
    render_template,
    take_unreported_over_budget,
)

FIGURE = CasualtyFigure(
    count=120,
    qualifier="",
    kind="killed",
    victims="people",
    location="Atlantis",
    cumulative=True,
    evidence="An invented sentence in which 120 people were killed in Atlantis.",
)

# Each one, on today's unbudgeted sandbox, either never ends or builds hundreds of megabytes.
NEVER_ENDING = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
HOSTILE = [
    NEVER_ENDING,
    "{{ 'A' * 300000000 }}",
    "{{ ['A'] * 300000000 }}",
    "{{ 10 ** 100000000 }}",
    "{{ '%0300000000d' % 1 }}",
    "{{ '{:>300000000}'.format(1) }}",
    "{{ 'x'|center(300000000) }}",
    "{{ entry_title|indent(300000000) }}",
    "{{ range(100000)|join('x' * 90000) }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{{ j }}{% endfor %}{% endfor %}",
    "{% macro f(s, n) %}{{ f(s ~ s, n - 1) if n else s|length }}{% endmacro %}{{ f('ab', 60) }}",
]


def alert(**changes: object) -> Alert:
    base = Alert(
        id="casualty:atlantis:killed",
        rule_id="atlantis",
        trigger=Trigger.CASUALTY,
        severity=Severity.HIGH,
        facts=(FIGURE,),
        entry_title="Clashes in Atlantis",
        link="https://news.example/atlantis",
        source="Example News",
        published=datetime(2026, 1, 2, 3, 4),
        evidence=FIGURE.evidence,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("source", HOSTILE)
def test_a_template_over_budget_is_stopped(source: str) -> None:
    with pytest.raises(AlertTemplateBudgetError):
        render_template(
            source, {"entry_title": "a\nb"}, "plain", TemplateBudget(seconds=0.2, max_chars=100_000)
        )


@pytest.mark.parametrize("source", HOSTILE)
def test_an_alert_whose_template_is_over_budget_goes_out_with_the_default_text(source: str) -> None:
    """The template is stored with the queued alert: rendering it again after a restart must not
    wedge anything either, it simply falls back."""
    hostile, default = alert(template=source), alert()
    assert render_telegram(hostile) == render_telegram(default)
    assert render_slack(hostile) == render_slack(default)
    assert render_plain(hostile) == render_plain(default)


def test_an_ordinary_template_is_unaffected_by_the_budget() -> None:
    source = "{% for i in range(50) %}{{ i }},{% endfor %} {{ '{:,}'.format(1200000) }} {{ 'ab' * 3 }}"
    assert render_template(source, {}, "plain").endswith("49, 1,200,000 ababab")


@pytest.mark.parametrize("source", [NEVER_ENDING, "{{ 'A' * 300000000 }}"])
def test_check_refuses_a_template_over_budget(source: str) -> None:
    text = f'- id: hog\n  trigger: casualty\n  severity: high\n  template: "{source}"\n'
    result = parse_rules([("hog.yaml", text)])
    assert result.ruleset is None
    [error] = result.errors
    assert str(error).startswith("hog.yaml:4:13: rule hog: template: ")
    assert "budget" in str(error)


def test_a_template_over_budget_at_run_time_is_handed_over_once_for_the_admins() -> None:
    take_unreported_over_budget()  # whatever earlier tests left
    source = (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}{{ entry_title }}!"
    )
    hostile = alert(template=source)
    for _ in range(3):
        assert render_telegram(hostile) == render_telegram(alert())
    [(reported, reason)] = take_unreported_over_budget()
    assert reported == source and "budget" in reason
    assert take_unreported_over_budget() == []


def test_check_time_samples_are_not_reported_as_run_time_failures() -> None:
    take_unreported_over_budget()
    source = "{{ 'B' * 300000000 }}"
    parse_rules(
        [("s.yaml", f'- id: s\n  trigger: keywords\n  severity: low\n  any: [x]\n  template: "{source}"\n')]
    )
    assert take_unreported_over_budget() == []
