"""Alerts survive the trip through `alerts.payload`: what the deliverer renders at send time is what
the pipeline made, down to how each fact was read and the language of its source."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime

from bot.core.model import Alert, ArmsEmbargo, CasualtyFigure, Recognition, Severity, Trigger, Why
from bot.core.render import render_plain
from bot.core.render_telegram import render_telegram
from bot.store.codec import alert_from_json, alert_to_json

WHY = Why("verb_then_figure", ("killed",), "killed 12 people", (("count", "'12'"),), "no running-toll words")
FACTS = (
    CasualtyFigure(12, "exact", "killed", "people", "Gaza", False, evidence="…", why=WHY, language="he"),
    ArmsEmbargo("Germany", "Israel", "partial", evidence="…", why=Why("embargo_sentence")),
    Recognition(("France",), "Palestine", "announced", "September", evidence="…"),
)
ALERT = Alert(
    "a1", "r", Trigger.CASUALTY, Severity.HIGH, FACTS, "title", "https://a.example/", "ynet",
    datetime(2025, 8, 12, tzinfo=UTC), evidence="…", withdrawn=True,
)  # fmt: skip


def test_every_fact_field_survives_the_payload() -> None:
    back = alert_from_json(alert_to_json(ALERT))
    for before, after in zip(ALERT.facts, back.facts, strict=True):
        assert {f.name: getattr(after, f.name) for f in fields(after)} == {
            f.name: getattr(before, f.name) for f in fields(before)
        }
    assert back.withdrawn is True


def test_the_rendering_after_the_trip_is_the_rendering_before() -> None:
    posted = replace(ALERT, withdrawn=False)
    back = alert_from_json(alert_to_json(posted))
    assert "ynet (in Hebrew)" in render_plain(back)
    assert render_plain(back) == render_plain(posted)
    assert render_telegram(back) == render_telegram(posted)
