"""Routing: rule routes win; otherwise every config route accepting the trigger and severity."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config, parse_config
from bot.core.model import RuleMatch, Severity, Trigger
from bot.core.route import destinations_for

CONFIG = """\
destinations:
  - {id: console, console: {}}
  - {id: gaza-channel, telegram: {chat_id: "-1001"}}
  - {id: desk, slack: {channel: C1}}
  - {id: quiet, slack: {channel: C2}}
routes:
  - {triggers: [casualty, arms_embargo, recognition], severity: [high], to: [desk, gaza-channel]}
  - {triggers: [casualty], to: [console, desk]}
  - {triggers: [keywords], severity: [low], to: [quiet]}
"""


@pytest.fixture(scope="module")
def config() -> Config:
    return parse_config(CONFIG, Path("/etc/conflict-alerts.yaml"), check_dirs=False)


def match(trigger: Trigger, severity: Severity, routes: tuple[str, ...] = ()) -> RuleMatch:
    return RuleMatch("r", trigger, severity, routes, ())


CASES = [
    (
        "high casualty: both routes, unique, config order",
        Trigger.CASUALTY,
        Severity.HIGH,
        (),
        ["console", "gaza-channel", "desk"],
    ),
    ("medium casualty: the all-severity route", Trigger.CASUALTY, Severity.MEDIUM, (), ["console", "desk"]),
    ("high embargo", Trigger.ARMS_EMBARGO, Severity.HIGH, (), ["gaza-channel", "desk"]),
    ("medium recognition: no route", Trigger.RECOGNITION, Severity.MEDIUM, (), []),
    ("keywords low", Trigger.KEYWORDS, Severity.LOW, (), ["quiet"]),
    ("keywords high: severity not routed", Trigger.KEYWORDS, Severity.HIGH, (), []),
    ("rule routes replace config routes", Trigger.CASUALTY, Severity.HIGH, ("quiet",), ["quiet"]),
    (
        "rule routes in config order, unique",
        Trigger.RECOGNITION,
        Severity.LOW,
        ("desk", "console", "desk"),
        ["console", "desk"],
    ),
    ("unknown rule route is skipped", Trigger.RECOGNITION, Severity.LOW, ("gone",), []),
]


@pytest.mark.parametrize(
    ("trigger", "severity", "routes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_destinations_for(
    config: Config, trigger: Trigger, severity: Severity, routes: tuple[str, ...], expected: list[str]
) -> None:
    assert [d.id for d in destinations_for(match(trigger, severity, routes), config)] == expected
