"""A withdrawal that meets a send in flight: the retraction cancels the row while the platform is
posting it, so the retraction cannot know the message. The deliverer, learning the row was
cancelled when it records the message id, queues the edit that says the alert was withdrawn."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, select

from bot.chat.base import Sent
from bot.core.model import Alert, Destination, Platform
from bot.core.render import WITHDRAWN_LINE, render_plain
from bot.core.review import RetractStatus
from bot.store import schema as t
from bot.store.repo import Store
from bot.store.reviews import ReviewStore
from tests.unit.test_deliver import T0, Clock, deliverer, queue, run_until_idle, store  # noqa: F401

CHAT = "-1001000000001"


@dataclass
class WithdrawnWhileSending:
    """Posts like a platform; while the first post is in flight, an admin withdraws another message of
    the same alert (posted earlier elsewhere, id "elsewhere-1")."""

    store: Store
    platform: Platform = Platform.TELEGRAM
    posted: dict[str, str] = field(default_factory=dict)  # message id -> text as shown

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def send(self, destination: Destination, alert: Alert, reply_to: str | None = None) -> Sent:
        message_id = str(len(self.posted) + 1)
        self.posted[message_id] = render_plain(alert)
        if len(self.posted) == 1:
            outcome = ReviewStore(self.store.engine).retract(
                "telegram", "elsewhere-1", addresses=None, by="telegram:1", note="", now=T0
            )
            assert outcome.status is RetractStatus.WITHDRAWN and outcome.cancelled == 1
        return Sent(message_id)

    async def edit(self, destination: Destination, message_id: str, alert: Alert) -> None:
        self.posted[message_id] = render_plain(alert)


async def test_a_message_posted_while_its_alert_was_withdrawn_is_edited_to_say_so(store: Store) -> None:  # noqa: F811
    clock = Clock()
    [alert_id] = queue(store, CHAT, 1)
    with store.engine.begin() as conn:  # the same alert, already posted in another chat
        conn.execute(
            insert(t.outbox).values(
                alert_id=alert_id, destination_id="elsewhere", platform="telegram", address="-100999",
                action="send", revision=1, severity_rank=1, status="sent", attempts=1, next_attempt_at=T0,
                created_at=T0, message_id="elsewhere-1",
            )
        )  # fmt: skip
    sender = WithdrawnWhileSending(store)
    await run_until_idle(deliverer(store, sender, clock), store, clock)  # type: ignore[arg-type]
    assert sender.posted["1"].startswith(WITHDRAWN_LINE)  # posted, then corrected
    assert [(r["destination_id"], r["action"], r["status"]) for r in _all(store)] == [
        (f"dest{CHAT}", "send", "sent"),
        ("elsewhere", "send", "sent"),
        ("elsewhere", "edit", "sent"),  # the retraction's own edit of the message it knew
        (f"dest{CHAT}", "edit", "sent"),  # and the one for the message that was in flight
    ]
    assert sender.posted["elsewhere-1"].startswith(WITHDRAWN_LINE)


def _all(db: Store) -> list[dict[str, object]]:
    with db.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(t.outbox).order_by(t.outbox.c.id)).mappings()]
