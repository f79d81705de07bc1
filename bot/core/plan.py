"""What to write after a resolution: which destination hears which alert, and how.

Pure: the store reads what it already holds (the alerts stored, the messages each destination has
been shown) into a `DeliveryHistory`; `plan_writes` decides; the unit of work
(`bot.store.entries.EntryTransaction`) writes the `WritePlan` in the entry's transaction. The
decisions made here, and nowhere else:

* **One destination hears about one fact once per entry**, from the most severe rule that has it.
* **One message per entry, trigger and destination.** When several rules of one trigger reach a
  destination with this entry (a toll rule for 100 or more and one for fewer, say), the most severe
  rule's alert leads and the others are attached to its row (`with_alerts`): their figures follow
  its headline as lines (`bot.core.render.combined`), under one quote, instead of a second message.
  Every alert is still stored, so series and events remember each.
* **An alert id already stored is not written again** (re-processing cannot mint a second message).
* **A follow-up of an earlier alert** (`Alert.updates`, a rising toll under `update: edit | reply`)
  goes to the message that shows that alert in each destination: an `edit` of that message, or a
  `send` answering the thread's first message. Where no such message exists (never routed there,
  still queued, folded into a digest), it is an ordinary send.
* **An enrichment** ("also reported by") revises the stored alert and edits every message already
  posted with it; rows still queued render the newer payload anyway.
* **A message a later follow-up took over no longer shows its first alert**, so a late enrichment of
  that alert edits nothing there and the newer figure is never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from bot.core.model import Alert, Destination, Fact, UpdateMode
from bot.core.resolution import Resolution


class OutboxAction(StrEnum):
    """What an outbox row asks a deliverer to do."""

    SEND = "send"  # post a new message (maybe answering `reply_to`)
    EDIT = "edit"  # edit the message `message_id` into the alert's latest form
    DIGEST = "digest"  # post one message standing for the rows folded into it


class OutboxStatus(StrEnum):
    """Where an outbox row stands. Only `pending` rows are claimed by a deliverer."""

    PENDING = "pending"
    SENT = "sent"
    PARKED = "parked"  # kept with its reason: a permanent error, or retries exhausted
    FOLDED = "folded"  # went out inside the digest row `folded_into`
    SKIPPED = "skipped"  # the chat was muted when the row came due
    DIGEST = "digest"  # held for the chat's own digest (`/digest daily`)
    CANCELLED = "cancelled"  # withdrawn by an admin before it went out (`/wrong`, bot/core/review.py)


@dataclass(frozen=True, slots=True)
class PostedRow:
    """An outbox row that carries (or will carry) a platform message id."""

    id: int
    alert_id: str
    destination_id: str
    platform: str
    address: str
    action: OutboxAction
    status: OutboxStatus
    severity_rank: int
    message_id: str
    reply_to: str | None = None
    with_alerts: tuple[str, ...] = ()  # other alerts the message shows as lines


@dataclass(frozen=True, slots=True)
class StoredAlert:
    alert: Alert
    revision: int


@dataclass(frozen=True, slots=True)
class DeliveryHistory:
    """What the store holds that the plan depends on, read inside the entry's transaction.

    `posted` has, for each alert that is followed up or enriched, its rows with a message id and every
    `edit` row aimed at one of those messages (by any alert)."""

    stored_alert_ids: frozenset[str] = frozenset()
    enriched: Mapping[str, StoredAlert] = field(default_factory=dict)
    posted: Sequence[PostedRow] = ()


@dataclass(frozen=True, slots=True)
class OutboxWrite:
    alert_id: str
    destination_id: str
    platform: str
    address: str
    action: OutboxAction
    revision: int
    severity_rank: int
    message_id: str | None = None
    reply_to: str | None = None
    with_alerts: tuple[str, ...] = ()  # other alerts of the entry and trigger shown in this message


@dataclass(slots=True)
class WritePlan:
    """Everything one resolution writes, in order: state, new alerts, revised alerts, outbox rows."""

    resolution: Resolution
    new_alerts: list[Alert] = field(default_factory=list)
    revised_alerts: list[StoredAlert] = field(default_factory=list)
    outbox: list[OutboxWrite] = field(default_factory=list)


Routes = Callable[[Alert], Sequence[Destination]]


def alerts_needing_history(resolution: Resolution) -> tuple[set[str], set[str]]:
    """(alert ids whose messages the plan looks up, alert ids whose stored form it revises)."""
    followed = {a.updates for a in resolution.alerts if a.updates}
    enriched = {e.alert_id for e in resolution.enrichments}
    return followed | enriched, enriched


def plan_writes(resolution: Resolution, routes: Routes, history: DeliveryHistory) -> WritePlan:
    plan = WritePlan(resolution)
    posted = list(history.posted)
    stored = set(history.stored_alert_ids)
    covered: dict[str, set[Fact]] = {}
    leads: dict[tuple[str, str], int] = {}  # (destination, trigger) -> index of the message's write
    for alert in sorted(resolution.alerts, key=lambda a: -a.severity.rank):
        if alert.id in stored:
            continue
        stored.add(alert.id)
        plan.new_alerts.append(alert)
        targets = _uncovered_targets(alert, routes(alert), covered)
        earlier = messages_showing(alert.updates, posted, queued_edits=True) if alert.updates else {}
        for dest in targets:
            if (lead := leads.get((dest.id, alert.trigger.value))) is not None:
                joined = plan.outbox[lead]
                plan.outbox[lead] = replace(joined, with_alerts=(*joined.with_alerts, alert.id))
                continue
            write = _first_write(alert, dest, earlier.get(dest.id))
            leads[(dest.id, alert.trigger.value)] = len(plan.outbox)
            plan.outbox.append(write)
            if write.action is OutboxAction.EDIT:
                posted.append(_planned_edit(write, len(posted)))
    current = {a.id: StoredAlert(a, 1) for a in plan.new_alerts} | dict(history.enriched)
    for enrichment in resolution.enrichments:
        was = current.get(enrichment.alert_id)
        if was is None or enrichment.source in (was.alert.source, *was.alert.also_reported_by):
            continue
        now_is = StoredAlert(
            replace(was.alert, also_reported_by=(*was.alert.also_reported_by, enrichment.source)),
            was.revision + 1,
        )
        current[enrichment.alert_id] = now_is
        plan.revised_alerts.append(now_is)
        for shown in messages_showing(enrichment.alert_id, posted, queued_edits=False).values():
            write = _edit_of(shown, now_is.revision)
            plan.outbox.append(write)
            posted.append(_planned_edit(write, len(posted)))
    return plan


def one_message_per_trigger(alerts: Sequence[Alert]) -> list[tuple[Alert, tuple[Alert, ...]]]:
    """One destination's alerts of one entry as messages: per trigger, the most severe alert leads
    (the first of equals) and the others of its trigger ride along: the rule `plan_writes` applies
    per destination, for callers that print rather than queue (`replay`)."""
    messages: dict[str, tuple[Alert, list[Alert]]] = {}
    for alert in sorted(alerts, key=lambda a: -a.severity.rank):
        if alert.trigger.value in messages:
            messages[alert.trigger.value][1].append(alert)
        else:
            messages[alert.trigger.value] = (alert, [])
    return [(lead, tuple(rest)) for lead, rest in messages.values()]


def _uncovered_targets(
    alert: Alert, destinations: Iterable[Destination], covered: dict[str, set[Fact]]
) -> list[Destination]:
    targets = []
    for dest in destinations:
        seen = covered.setdefault(dest.id, set())
        if alert.facts and set(alert.facts) <= seen:
            continue
        seen.update(alert.facts)
        targets.append(dest)
    return targets


def _first_write(alert: Alert, dest: Destination, shown: PostedRow | None) -> OutboxWrite:
    action, message_id, reply_to = OutboxAction.SEND, None, None
    if shown is not None:
        if alert.update is UpdateMode.EDIT:
            action, message_id = OutboxAction.EDIT, shown.message_id
        elif alert.update is UpdateMode.REPLY:
            # Answer the thread's first message (Slack threads hang off their parent).
            reply_to = shown.reply_to or shown.message_id
    return OutboxWrite(
        alert_id=alert.id,
        destination_id=dest.id,
        platform=dest.platform.value,
        address=dest.address,
        action=action,
        revision=1,
        severity_rank=alert.severity.rank,
        message_id=message_id,
        reply_to=reply_to,
    )


def _edit_of(shown: PostedRow, revision: int) -> OutboxWrite:
    return OutboxWrite(
        alert_id=shown.alert_id,
        destination_id=shown.destination_id,
        platform=shown.platform,
        address=shown.address,
        action=OutboxAction.EDIT,
        revision=revision,
        severity_rank=shown.severity_rank,
        message_id=shown.message_id,
        with_alerts=shown.with_alerts,  # the message keeps the lines it showed
    )


def _planned_edit(write: OutboxWrite, position: int) -> PostedRow:
    """A planned edit, as later decisions of the same plan must see it: a pending row newer than
    every stored one (row ids only order rows here)."""
    assert write.message_id is not None
    return PostedRow(
        id=_PLANNED_IDS + position,
        alert_id=write.alert_id,
        destination_id=write.destination_id,
        platform=write.platform,
        address=write.address,
        action=write.action,
        status=OutboxStatus.PENDING,
        severity_rank=write.severity_rank,
        message_id=write.message_id,
        reply_to=write.reply_to,
        with_alerts=write.with_alerts,
    )


_PLANNED_IDS = 2**62


def messages_showing(
    alert_id: str, posted: Sequence[PostedRow], *, queued_edits: bool
) -> dict[str, PostedRow]:
    """Per destination, the row of the message that shows this alert: its sent `send`, or the `edit`
    that put it into an earlier message (an `update: edit` follow-up; with `queued_edits`, also one
    still pending, whose message id is known already). A message that a later edit of another alert
    took over no longer shows this one."""
    edit_statuses = {OutboxStatus.SENT, OutboxStatus.PENDING} if queued_edits else {OutboxStatus.SENT}
    shown: dict[str, PostedRow] = {}
    for row in sorted(posted, key=lambda r: r.id):
        if row.alert_id != alert_id:
            continue
        sent_send = row.action is OutboxAction.SEND and row.status is OutboxStatus.SENT
        live_edit = row.action is OutboxAction.EDIT and row.status in edit_statuses
        if sent_send or live_edit:
            shown.setdefault(row.destination_id, row)
    return {dest: row for dest, row in shown.items() if not _taken_over(row, posted)}


def _taken_over(row: PostedRow, posted: Sequence[PostedRow]) -> bool:
    return any(
        other.destination_id == row.destination_id
        and other.message_id == row.message_id
        and other.action is OutboxAction.EDIT
        and other.alert_id != row.alert_id
        and other.status in (OutboxStatus.SENT, OutboxStatus.PENDING)
        and other.id > row.id
        for other in posted
    )
