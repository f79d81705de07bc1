"""Withdrawn alerts: what a retraction does, and how it is kept for review. Pure.

An admin answers a posted alert with `/wrong [note]` (Telegram) or the "Wrong alert" message shortcut
(Slack). Then, in one transaction (`bot.store.reviews.ReviewStore.retract`):

* every message already showing the alert is edited to say it was withdrawn (an `edit` outbox row
  per message, rendered from the alert's revised payload, `Alert.withdrawn`), so the correction goes
  through the same rate limits and retries as any alert;
* every delivery of it not sent yet is cancelled (status `cancelled`; one held for a digest leaves
  the digest);
* the item with all its facts (evidence and `why` included) and the admin's note is kept in
  `retractions`.

A message may show several alerts of one item (one message per item, trigger and destination: the
lead and the alerts attached to it, `outbox.with_alerts`): `/wrong` withdraws all of them.

`conflict-alerts review` lists the retractions and writes them as JSON lines in the labeled-corpus
shape (`../shared/corpus/README.md`): `id`, `title`, `summary`, `source`, `url`, `published`,
`labels`, `notes`, plus `withdrawn` (the facts the message showed, with their `why`) and `review`
(who, when, where, which rule). **`labels` starts as the item's facts minus the withdrawn ones**: the
admin disputed what the message said, not the rest of the item. A reviewer corrects the labels (a
wrong count becomes the right one; a wrong alert on a hard negative stays `[]`) before the line joins
a test set or becomes a rule's `no_match` example.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.core.model import Fact, fact_json
from bot.core.plan import OutboxAction, OutboxStatus
from bot.core.wording import plural

# Outbox rows a retraction cancels: not yet shown anywhere. (`folded` rows wait inside a digest row
# that has not gone out; once it has, they are `sent` with it.)
CANCELLABLE_STATUSES = frozenset(
    {OutboxStatus.PENDING, OutboxStatus.DIGEST, OutboxStatus.FOLDED, OutboxStatus.PARKED}
)


@dataclass(frozen=True, slots=True)
class MessageRef:
    """A posted message an admin answered: the platform's message id (Telegram: per chat; Slack:
    "channel:ts") and, where ids are per chat, the addresses the chat goes by (its id, @username)."""

    message_id: str
    addresses: tuple[str, ...] | None = None


class RetractStatus(StrEnum):
    WITHDRAWN = "withdrawn"
    ALREADY = "already"  # someone withdrew it before
    NOT_AN_ALERT = "not_an_alert"  # the message is not one of the bot's alerts (or is a digest)


@dataclass(frozen=True, slots=True)
class RetractOutcome:
    status: RetractStatus
    headline: str = ""
    retraction_id: int | None = None
    cancelled: int = 0  # deliveries not yet sent, cancelled
    edited: int = 0  # messages being edited to say the alert was withdrawn


def retraction_reply(outcome: RetractOutcome, *, how_to: str) -> str:
    """What the admin reads back. `how_to` says how to withdraw an alert on this platform."""
    if outcome.status is RetractStatus.NOT_AN_ALERT:
        return f"That message is not one of my alerts (digests cannot be withdrawn). {how_to}"
    if outcome.status is RetractStatus.ALREADY:
        return f"Already withdrawn: {outcome.headline}".rstrip(": ")
    return (
        f"Withdrawn: {outcome.headline}\n"
        f"{plural(outcome.edited, 'message')} will be edited to say so; "
        f"{plural(outcome.cancelled, 'delivery')} not sent yet cancelled. "
        f"Kept for review as #{outcome.retraction_id} (conflict-alerts review)."
    )


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """The news item as the extractor read it."""

    title: str
    summary: str
    link: str
    source: str
    published: datetime | None


@dataclass(frozen=True, slots=True)
class Retraction:
    id: int
    alert_id: str
    rule_id: str
    trigger: str
    platform: str
    destination_id: str
    message_id: str
    retracted_by: str
    note: str
    item: ReviewItem
    facts: tuple[Fact, ...]  # every fact read from the item
    withdrawn: tuple[Fact, ...]  # the facts the withdrawn message showed
    cancelled: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class OutboxRef:
    """An outbox row of a withdrawn alert, as the plan needs it."""

    id: int
    alert_id: str
    destination_id: str
    platform: str
    address: str
    action: str
    status: str
    severity_rank: int
    message_id: str | None
    with_alerts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RetractionPlan:
    cancel: tuple[int, ...]  # outbox row ids
    edit: tuple[OutboxRef, ...]  # one row per message showing a withdrawn alert


def plan_retraction(alert_ids: Iterable[str], rows: Sequence[OutboxRef]) -> RetractionPlan:
    """What withdrawing these alerts does to their outbox rows: rows not yet delivered are cancelled,
    each message that shows one of them (per destination and message id, its latest row) is edited."""
    wanted = set(alert_ids)
    cancel: list[int] = []
    shown: dict[tuple[str, str], OutboxRef] = {}
    for row in sorted(rows, key=lambda r: r.id):
        if row.alert_id not in wanted:
            continue
        if row.status in CANCELLABLE_STATUSES:
            cancel.append(row.id)
        elif row.status == OutboxStatus.SENT and row.action in (OutboxAction.SEND, OutboxAction.EDIT) and (
            row.message_id
        ):
            if row.message_id.startswith("digest:"):
                continue  # went out inside a chat's digest: one line of many, left as it is
            shown[(row.destination_id, row.message_id)] = row
    return RetractionPlan(tuple(cancel), tuple(shown.values()))


def corpus_line(retraction: Retraction) -> dict[str, Any]:
    """The retraction as one labeled-corpus line (see the module docstring for `labels`)."""
    item = retraction.item
    withdrawn = set(retraction.withdrawn)
    note = f"withdrawn by {retraction.retracted_by} on {retraction.created_at:%Y-%m-%d}"
    if retraction.note:
        note += f": {retraction.note}"
    return {
        "id": f"wrong-{retraction.id}",
        "title": item.title,
        "summary": item.summary,
        "source": item.source,
        "url": item.link,
        "published": item.published.date().isoformat() if item.published else None,
        "labels": [f.to_json() for f in retraction.facts if f not in withdrawn],
        "notes": note,
        "withdrawn": [{**fact_json(f), "evidence": f.evidence} for f in retraction.withdrawn],
        "review": {
            "alert": retraction.alert_id,
            "rule": retraction.rule_id,
            "trigger": retraction.trigger,
            "where": f"{retraction.platform} {retraction.destination_id}",
            "by": retraction.retracted_by,
            "note": retraction.note,
            "at": retraction.created_at.isoformat(),
            "cancelled_deliveries": retraction.cancelled,
        },
    }
