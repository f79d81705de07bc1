"""Retractions: an admin's `/wrong` applied in one transaction, and the review queue it fills.

What a retraction does is decided in `bot.core.review` (pure); this module reads what the decision
needs and writes its outcome (schema.py `retractions`, migration 0007).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.core.model import Alert, Fact
from bot.core.plan import OutboxAction, OutboxStatus
from bot.core.render import headline
from bot.core.review import (
    OutboxRef,
    Retraction,
    RetractOutcome,
    RetractStatus,
    ReviewItem,
    plan_retraction,
)
from bot.store import schema as t
from bot.store.codec import alert_from_json, alert_to_json, fact_from_json, fact_to_json
from bot.store.db import as_utc
from bot.store.outbox import queue_withdrawal_edit


def _ref(r: Any) -> OutboxRef:
    return OutboxRef(
        id=r["id"],
        alert_id=r["alert_id"],
        destination_id=r["destination_id"],
        platform=r["platform"],
        address=r["address"],
        action=r["action"],
        status=r["status"],
        severity_rank=r["severity_rank"],
        message_id=r["message_id"],
        with_alerts=tuple(r["with_alerts"] or ()),
    )


class ReviewStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def retract(
        self,
        platform: str,
        message_id: str,
        *,
        addresses: Sequence[str] | None,
        by: str,
        note: str,
        now: datetime,
    ) -> RetractOutcome:
        """Withdraw the alert(s) shown in this posted message. `addresses` narrows the search to the
        chat's addresses (Telegram message ids are per chat: its id and its @username); None for
        platforms whose message ids are unique (Slack's "channel:ts")."""
        with self.engine.begin() as conn:
            shown = self._row_of_message(conn, platform, message_id, addresses)
            if shown is None:
                return RetractOutcome(RetractStatus.NOT_AN_ALERT)
            alert_ids = [shown.alert_id, *shown.with_alerts]
            alerts = self._alerts(conn, alert_ids)
            if not alerts:
                return RetractOutcome(RetractStatus.NOT_AN_ALERT)
            lead = alerts[0]
            existing = conn.execute(
                select(t.retractions.c.id).where(t.retractions.c.alert_id == lead.id)
            ).scalar()
            if existing is not None or lead.withdrawn:
                return RetractOutcome(RetractStatus.ALREADY, headline(lead), existing)
            plan = plan_retraction(alert_ids, self._rows_of(conn, alert_ids))
            self._cancel(conn, plan.cancel, by)
            revisions = {a.id: self._withdraw(conn, a) for a in alerts}
            self._queue_edits(conn, plan.edit, revisions, now)
            item, facts = self._item(conn, lead)
            try:
                with conn.begin_nested():
                    retraction_id = conn.execute(
                        insert(t.retractions)
                        .values(
                            alert_id=lead.id,
                            rule_id=lead.rule_id,
                            trigger=lead.trigger.value,
                            platform=platform,
                            destination_id=shown.destination_id,
                            message_id=message_id,
                            retracted_by=by,
                            note=note,
                            item=item,
                            facts=facts,
                            withdrawn=[fact_to_json(f) for f in _withdrawn_facts(alerts)],
                            cancelled=len(plan.cancel),
                            created_at=now,
                        )
                        .returning(t.retractions.c.id)
                    ).scalar_one()
            except IntegrityError:  # another admin, at the same moment
                return RetractOutcome(RetractStatus.ALREADY, headline(lead))
            return RetractOutcome(
                RetractStatus.WITHDRAWN, headline(lead), retraction_id, len(plan.cancel), len(plan.edit)
            )

    def retractions(self, limit: int | None = None) -> list[Retraction]:
        """Every retraction, oldest first (the last `limit` when given)."""
        query = select(t.retractions).order_by(t.retractions.c.id.desc())
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            rows = list(conn.execute(query).mappings())
        return [_retraction(r) for r in reversed(rows)]

    # --- helpers -------------------------------------------------------------------------------------

    @staticmethod
    def _row_of_message(
        conn: Connection, platform: str, message_id: str, addresses: Sequence[str] | None
    ) -> OutboxRef | None:
        """The row whose message this is, the latest one when a follow-up edited it into a newer alert."""
        query = select(t.outbox).where(
            t.outbox.c.platform == platform,
            t.outbox.c.message_id == message_id,
            t.outbox.c.action.in_([OutboxAction.SEND.value, OutboxAction.EDIT.value]),
            t.outbox.c.status.in_([OutboxStatus.SENT.value, OutboxStatus.PENDING.value]),
        )
        if addresses is not None:
            query = query.where(t.outbox.c.address.in_(list(addresses)))
        row = conn.execute(query.order_by(t.outbox.c.id.desc()).limit(1)).mappings().first()
        return _ref(row) if row is not None else None

    @staticmethod
    def _alerts(conn: Connection, alert_ids: Sequence[str]) -> list[Alert]:
        query = select(t.alerts.c.id, t.alerts.c.payload).where(t.alerts.c.id.in_(alert_ids))
        payloads = {r.id: r.payload for r in conn.execute(query)}
        return [alert_from_json(payloads[i]) for i in alert_ids if i in payloads]

    @staticmethod
    def _rows_of(conn: Connection, alert_ids: Sequence[str]) -> list[OutboxRef]:
        query = select(t.outbox).where(t.outbox.c.alert_id.in_(alert_ids))
        return [_ref(r) for r in conn.execute(query).mappings()]

    @staticmethod
    def _cancel(conn: Connection, row_ids: Sequence[int], by: str) -> None:
        """Rows not sent yet are never sent."""
        if not row_ids:
            return
        conn.execute(
            update(t.outbox)
            .where(t.outbox.c.id.in_(row_ids))
            .values(
                status=OutboxStatus.CANCELLED.value,
                folded_into=None,  # a digest not sent yet leaves it out
                lease_owner=None,
                lease_until=None,
                last_error=f"withdrawn by {by}",
            )
        )

    @staticmethod
    def _queue_edits(
        conn: Connection, sent: Sequence[OutboxRef], revisions: dict[str, int], now: datetime
    ) -> None:
        """Messages already posted are edited to show the alert withdrawn."""
        for row in sent:
            queue_withdrawal_edit(
                conn, row, revision=revisions.get(row.alert_id, 1), message_id=row.message_id, now=now
            )

    @staticmethod
    def _withdraw(conn: Connection, alert: Alert) -> int:
        """Mark the stored alert withdrawn; its new revision (what the edits render)."""
        revision = conn.execute(select(t.alerts.c.revision).where(t.alerts.c.id == alert.id)).scalar_one()
        conn.execute(
            update(t.alerts)
            .where(t.alerts.c.id == alert.id)
            .values(payload=alert_to_json(replace(alert, withdrawn=True)), revision=revision + 1)
        )
        return int(revision) + 1

    @staticmethod
    def _item(conn: Connection, alert: Alert) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The item and its facts as the entry recorded them; from the alert itself when the entry is
        gone or never was (`match --state`), with the quote standing in for the text."""
        entry = conn.execute(
            select(t.entries)
            .join(t.alerts, t.alerts.c.entry_id == t.entries.c.id)
            .where(t.alerts.c.id == alert.id)
        ).mappings().first()
        if entry is None:
            item = ReviewItem(alert.entry_title, alert.evidence, alert.link, alert.source, alert.published)
            facts = [fact_to_json(f) for f in alert.facts]
        else:
            item = ReviewItem(
                entry["title"],
                entry["summary"] or alert.evidence,
                entry["link"],
                entry["source"],
                as_utc(entry["published"]),
            )
            facts = list(entry["facts"] or ()) or [fact_to_json(f) for f in alert.facts]
        return _item_json(item), facts


def _withdrawn_facts(alerts: Sequence[Alert]) -> list[Fact]:
    """Every fact of the withdrawn alerts, once each, in their order."""
    withdrawn: list[Fact] = []
    for alert in alerts:
        withdrawn.extend(f for f in alert.facts if f not in withdrawn)
    return withdrawn


def _item_json(item: ReviewItem) -> dict[str, Any]:
    return {
        "title": item.title,
        "summary": item.summary,
        "link": item.link,
        "source": item.source,
        "published": item.published.isoformat() if item.published else None,
    }


def _facts(raw: Any) -> tuple[Fact, ...]:
    out: list[Fact] = []
    for data in raw or ():
        try:
            out.append(fact_from_json(dict(data)))
        except (KeyError, ValueError, TypeError):
            continue  # a fact stored by a version that wrote another shape: nothing to review it against
    return tuple(out)


def _retraction(r: Any) -> Retraction:
    item = r["item"]
    published = item.get("published")
    return Retraction(
        id=r["id"],
        alert_id=r["alert_id"],
        rule_id=r["rule_id"],
        trigger=r["trigger"],
        platform=r["platform"],
        destination_id=r["destination_id"],
        message_id=r["message_id"],
        retracted_by=r["retracted_by"],
        note=r["note"],
        item=ReviewItem(
            title=item.get("title", ""),
            summary=item.get("summary", ""),
            link=item.get("link", ""),
            source=item.get("source", ""),
            published=datetime.fromisoformat(published) if published else None,
        ),
        facts=_facts(r["facts"]),
        withdrawn=_facts(r["withdrawn"]),
        cancelled=r["cancelled"],
        created_at=as_utc(r["created_at"]) or r["created_at"],
    )
