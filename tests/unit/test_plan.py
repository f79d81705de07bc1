"""The write plan decides who hears which alert and how: pure, so every case is a table row away."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from bot.core.model import Alert, CasualtyFigure, Destination, Platform, Severity, Trigger, UpdateMode
from bot.core.plan import (
    DeliveryHistory,
    OutboxAction,
    OutboxStatus,
    PostedRow,
    StoredAlert,
    messages_showing,
    plan_writes,
)
from bot.core.resolution import Enrichment, Resolution

T0 = datetime(2025, 8, 10, 12, tzinfo=UTC)
DESK = Destination("desk", Platform.SLACK, "C1")
OPS = Destination("ops", Platform.TELEGRAM, "-1001")
ELSEWHERE = Destination("new", Platform.SLACK, "C9")
TOLL = CasualtyFigure(61_430, "exact", "killed", "people", "Gaza", True)


def alert(id_: str, severity: Severity = Severity.HIGH, **changes: Any) -> Alert:
    base = Alert(id_, f"rule-{id_}", Trigger.CASUALTY, severity, (TOLL,), "title", "https://a.", "A", T0)
    return replace(base, **changes)


def posted(
    id_: int, alert_id: str, message: str, action: OutboxAction = OutboxAction.SEND,
    status: OutboxStatus = OutboxStatus.SENT, dest: Destination = DESK,
) -> PostedRow:  # fmt: skip
    return PostedRow(id_, alert_id, dest.id, dest.platform.value, dest.address, action, status, 2, message)


def test_a_destination_hears_one_fact_once_from_the_most_severe_rule() -> None:
    low, high = alert("low", Severity.LOW), alert("high", Severity.HIGH)
    plan = plan_writes(Resolution(alerts=[low, high]), lambda a: [DESK], DeliveryHistory())
    assert [a.id for a in plan.new_alerts] == ["high", "low"]  # both stored, for the status page
    assert [(w.alert_id, w.destination_id) for w in plan.outbox] == [("high", "desk")]


def test_an_alert_already_stored_is_not_written_again() -> None:
    plan = plan_writes(
        Resolution(alerts=[alert("a")]), lambda a: [DESK], DeliveryHistory(stored_alert_ids=frozenset({"a"}))
    )
    assert plan.new_alerts == [] and plan.outbox == []


def test_a_follow_up_edits_or_answers_the_message_showing_the_earlier_alert_where_there_is_one() -> None:
    history = DeliveryHistory(posted=[posted(1, "first", "C1:1.0"), posted(2, "first", "C1:2.0", dest=OPS)])
    for mode, action, message, reply_to in [
        (UpdateMode.EDIT, OutboxAction.EDIT, "C1:1.0", None),
        (UpdateMode.REPLY, OutboxAction.SEND, None, "C1:1.0"),
        (UpdateMode.NEW, OutboxAction.SEND, None, None),
    ]:
        follow = alert("second", updates="first", update=mode)
        plan = plan_writes(Resolution(alerts=[follow]), lambda a: [DESK, ELSEWHERE], history)
        by_dest = {w.destination_id: w for w in plan.outbox}
        assert (by_dest["desk"].action, by_dest["desk"].message_id, by_dest["desk"].reply_to) == (
            action,
            message,
            reply_to,
        )
        assert by_dest["new"].action is OutboxAction.SEND and by_dest["new"].message_id is None


def test_a_message_taken_over_by_a_later_edit_no_longer_shows_its_first_alert() -> None:
    rows = [
        posted(1, "first", "C1:1.0"),
        posted(5, "second", "C1:1.0", OutboxAction.EDIT, OutboxStatus.PENDING),
    ]
    assert messages_showing("first", rows, queued_edits=False) == {}
    assert messages_showing("second", rows, queued_edits=True)["desk"].id == 5
    assert messages_showing("second", rows, queued_edits=False) == {}


def test_an_enrichment_revises_the_alert_and_edits_every_posted_message() -> None:
    first = alert("first")
    history = DeliveryHistory(
        enriched={"first": StoredAlert(first, 3)},
        posted=[posted(1, "first", "C1:1.0"), posted(2, "first", "T:7", dest=OPS)],
    )
    res = Resolution(enrichments=[Enrichment("first", "B"), Enrichment("first", "A")])  # A is its own source
    plan = plan_writes(res, lambda a: [DESK], history)
    [revised] = plan.revised_alerts
    assert (revised.alert.also_reported_by, revised.revision) == (("B",), 4)
    assert sorted((w.destination_id, w.action, w.message_id, w.revision) for w in plan.outbox) == [
        ("desk", OutboxAction.EDIT, "C1:1.0", 4),
        ("ops", OutboxAction.EDIT, "T:7", 4),
    ]


def test_an_enrichment_leaves_a_message_that_a_follow_up_of_the_same_plan_takes_over() -> None:
    history = DeliveryHistory(
        enriched={"first": StoredAlert(alert("first"), 1)}, posted=[posted(1, "first", "C1:1.0")]
    )
    follow = alert("second", updates="first", update=UpdateMode.EDIT)
    res = Resolution(alerts=[follow], enrichments=[Enrichment("first", "B")])
    plan = plan_writes(res, lambda a: [DESK], history)
    assert [(w.alert_id, w.action) for w in plan.outbox] == [("second", OutboxAction.EDIT)]
