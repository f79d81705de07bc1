"""One message per entry, trigger and destination: rules of one trigger that split an item's figures
(by size, by kind) reach a destination as one message, led by the most severe rule."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.model import Alert, ArmsEmbargo, CasualtyFigure, Destination, Platform, Severity, Trigger
from bot.core.plan import (
    DeliveryHistory,
    OutboxAction,
    OutboxStatus,
    PostedRow,
    StoredAlert,
    one_message_per_trigger,
    plan_writes,
)
from bot.core.resolution import Enrichment, Resolution

T0 = datetime(2025, 8, 10, 12, tzinfo=UTC)
CHANNEL = Destination("channel", Platform.TELEGRAM, "-1001")
DESK = Destination("desk", Platform.SLACK, "C1")
HIGH_ONLY = Destination("high-only", Platform.SLACK, "C2")

TOLL = CasualtyFigure(61_500, "nearly", "killed", "Palestinians", "Gaza", True)
REPORTERS = CasualtyFigure(5, "exact", "killed", "journalists", "Gaza", False)
WOUNDED = CasualtyFigure(40, "at_least", "injured", "people", "Gaza", False)
EMBARGO = ArmsEmbargo("Germany", "Israel", "partial")


def alert(id_: str, trigger: Trigger, severity: Severity, *facts: object) -> Alert:
    return Alert(id_, id_, trigger, severity, facts, "title", "https://a.example/", "A", T0)  # type: ignore[arg-type]


MAJOR = alert("major", Trigger.CASUALTY, Severity.HIGH, TOLL)
DEATHS = alert("deaths", Trigger.CASUALTY, Severity.MEDIUM, REPORTERS)
INJURED = alert("injured", Trigger.CASUALTY, Severity.MEDIUM, WOUNDED)
EMBARGO_ALERT = alert("embargo", Trigger.ARMS_EMBARGO, Severity.HIGH, EMBARGO)


def routes(a: Alert) -> list[Destination]:
    return [CHANNEL, DESK, HIGH_ONLY] if a.severity is Severity.HIGH else [CHANNEL, DESK]


def test_the_most_severe_rule_leads_and_the_others_of_its_trigger_join_its_message() -> None:
    resolution = Resolution(alerts=[DEATHS, EMBARGO_ALERT, INJURED, MAJOR])
    plan = plan_writes(resolution, routes, DeliveryHistory())
    assert {a.id for a in plan.new_alerts} == {"major", "deaths", "injured", "embargo"}  # all remembered
    assert sorted((w.destination_id, w.alert_id, w.with_alerts) for w in plan.outbox) == [
        ("channel", "embargo", ()),
        ("channel", "major", ("deaths", "injured")),
        ("desk", "embargo", ()),
        ("desk", "major", ("deaths", "injured")),
        ("high-only", "embargo", ()),
        ("high-only", "major", ()),  # the medium rules do not reach it
    ]


def test_where_only_lesser_rules_reach_the_first_of_them_leads() -> None:
    plan = plan_writes(Resolution(alerts=[DEATHS, INJURED]), lambda a: [DESK], DeliveryHistory())
    assert [(w.alert_id, w.with_alerts) for w in plan.outbox] == [("deaths", ("injured",))]


def test_an_enrichment_edit_keeps_the_lines_its_message_showed() -> None:
    shown = PostedRow(
        7, "major", DESK.id, "slack", DESK.address, OutboxAction.SEND, OutboxStatus.SENT, 2, "C1:1.0",
        with_alerts=("deaths",),
    )  # fmt: skip
    history = DeliveryHistory(enriched={"major": StoredAlert(MAJOR, 1)}, posted=[shown])
    plan = plan_writes(Resolution(enrichments=[Enrichment("major", "B")]), routes, history)
    [edit] = plan.outbox
    assert (edit.action, edit.message_id, edit.with_alerts, edit.revision) == (
        OutboxAction.EDIT, "C1:1.0", ("deaths",), 2,
    )  # fmt: skip


def test_printed_messages_follow_the_same_rule() -> None:
    messages = one_message_per_trigger([DEATHS, EMBARGO_ALERT, INJURED, MAJOR])
    assert [(lead.id, [o.id for o in others]) for lead, others in messages] == [
        ("embargo", []),
        ("major", ["deaths", "injured"]),
    ]
