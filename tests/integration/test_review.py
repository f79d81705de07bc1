"""Withdrawing an alert on both databases: its posted messages get an edit saying so, deliveries not
sent yet are cancelled, and the item with its facts and the admin's note is kept for review, which
`conflict-alerts review` lists and writes out in the labeled-corpus shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select

from bot.core.model import Alert, CasualtyFigure, Severity, Trigger, Why
from bot.core.review import corpus_line
from bot.store import schema as t
from bot.store.codec import alert_from_json, alert_to_json, fact_to_json
from bot.store.db import make_engine, upgrade
from bot.store.repo import Store
from bot.store.reviews import RetractStatus, ReviewStore
from tests.fakes.postgres import throwaway_postgres

NOW = datetime(2025, 8, 12, 9, tzinfo=UTC)

TOLL = CasualtyFigure(
    61_500, "nearly", "killed", "Palestinians", "Gaza", True,
    evidence="The war has killed nearly 61,500 Palestinians.",
    why=Why(
        "verb_then_figure", ("killed",), "has killed nearly 61,500", (("count", "'nearly 61,500'"),)
    ),
)  # fmt: skip
REPORTERS = CasualtyFigure(
    5, "exact", "killed", "journalists", "Gaza", False,
    evidence="Five journalists were killed in a strike in the city.",
    why=Why(
        "figure_then_casualty_word", ("killed",), "Five journalists were killed", (("location", "Gaza"),)
    ),
)  # fmt: skip
EMBARGO_FACT = {"type": "arms_embargo", "actor": "Germany", "target": "Israel", "action": "partial"}
SUMMARY = (
    "The war has killed nearly 61,500 Palestinians.\nFive journalists were killed in a strike in the city."
)


def make_alert(alert_id: str, rule: str, severity: Severity, *facts: CasualtyFigure) -> Alert:
    return Alert(
        id=alert_id,
        rule_id=rule,
        trigger=Trigger.CASUALTY,
        severity=severity,
        facts=facts,
        entry_title="Pressure mounts on Israel",
        link="https://news.example.org/a",
        source="Example News",
        published=NOW,
        evidence=facts[0].evidence,
    )


MAJOR = make_alert("major", "casualties-major", Severity.HIGH, TOLL)
DEATHS = make_alert("deaths", "casualties-deaths", Severity.MEDIUM, REPORTERS)


@dataclass
class Db:
    engine: Engine
    url: str


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Db]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        yield Db(engine, url)
        engine.dispose()
        return
    with throwaway_postgres(request.getfixturevalue("postgres_url")) as url:
        engine = make_engine(url)
        try:
            upgrade(engine)
            yield Db(engine, url)
        finally:
            engine.dispose()


def outbox_row(alert_id: str, dest: str, platform: str, address: str, **values: object) -> dict[str, object]:
    row: dict[str, object] = dict(
        alert_id=alert_id, destination_id=dest, platform=platform, address=address, action="send",
        revision=1, severity_rank=2, status="pending", attempts=0, next_attempt_at=NOW, created_at=NOW,
        message_id=None, with_alerts=None,
    )  # fmt: skip
    row.update(values)
    return row


def seed(engine: Engine) -> None:
    """One item with three facts; two casualty rules alerted. In the Telegram channel the two went out
    as one message (the major one leading, the other attached); Slack has not been sent to yet."""
    with engine.begin() as conn:
        conn.execute(insert(t.feeds).values(id="f1", url="https://news.example.org/rss", name="Example News"))
        entry_id = conn.execute(
            insert(t.entries)
            .values(
                feed_id="f1", key="g1", link="https://news.example.org/a", title="Pressure mounts on Israel",
                source="Example News", published=NOW, seen_at=NOW, baseline=False, summary=SUMMARY,
                facts=[fact_to_json(TOLL), fact_to_json(REPORTERS), EMBARGO_FACT],
            )
            .returning(t.entries.c.id)
        ).scalar_one()  # fmt: skip
        for alert in (MAJOR, DEATHS):
            conn.execute(
                insert(t.alerts).values(
                    id=alert.id, rule_id=alert.rule_id, trigger="casualty", severity=alert.severity.value,
                    payload=alert_to_json(alert), entry_id=entry_id, created_at=NOW, revision=1,
                )
            )  # fmt: skip
        conn.execute(
            insert(t.outbox),
            [
                outbox_row("major", "gaza", "telegram", "-1001", status="sent", message_id="7",
                           with_alerts=["deaths"]),
                outbox_row("major", "desk", "slack", "C1"),
                outbox_row("deaths", "desk", "slack", "C1", status="digest"),
                outbox_row("major", "other", "telegram", "-1002", status="sent", message_id="9"),
            ],
        )


def test_withdrawing_edits_the_posted_messages_cancels_the_rest_and_keeps_the_item(db: Db) -> None:
    seed(db.engine)
    reviews = ReviewStore(db.engine)
    outcome = reviews.retract(
        "telegram", "7", addresses=["-1001", "@gaza"], by="telegram:42 (alice)",
        note="the 5 were in Khan Younis", now=NOW,
    )  # fmt: skip
    assert outcome.status is RetractStatus.WITHDRAWN
    assert (outcome.cancelled, outcome.edited) == (2, 2)
    assert outcome.headline == "🔴 Casualties · Gaza — death toll nearly 61,500"

    with db.engine.connect() as conn:
        rows = conn.execute(select(t.outbox).order_by(t.outbox.c.id)).mappings().all()
        payloads = {r.id: r.payload for r in conn.execute(select(t.alerts.c.id, t.alerts.c.payload))}
    assert [(r["destination_id"], r["action"], r["status"]) for r in rows] == [
        ("gaza", "send", "sent"),
        ("desk", "send", "cancelled"),
        ("desk", "send", "cancelled"),
        ("other", "send", "sent"),
        ("gaza", "edit", "pending"),
        ("other", "edit", "pending"),
    ]
    edit_gaza, edit_other = rows[4], rows[5]
    assert (edit_gaza["message_id"], edit_gaza["revision"], edit_gaza["with_alerts"]) == ("7", 2, ["deaths"])
    assert (edit_other["message_id"], edit_other["address"]) == ("9", "-1002")
    assert all(alert_from_json(p).withdrawn for p in payloads.values())

    again = reviews.retract("telegram", "9", addresses=["-1002"], by="telegram:43 (bob)", note="", now=NOW)
    assert again.status is RetractStatus.ALREADY
    # message ids are per chat in Telegram: message 7 of another chat is not this alert
    elsewhere = reviews.retract("telegram", "7", addresses=["-1009"], by="telegram:42", note="", now=NOW)
    assert elsewhere.status is RetractStatus.NOT_AN_ALERT

    [kept] = reviews.retractions()
    line = corpus_line(kept)
    assert line == {
        "id": f"wrong-{kept.id}",
        "title": "Pressure mounts on Israel",
        "summary": SUMMARY,
        "source": "Example News",
        "url": "https://news.example.org/a",
        "published": "2025-08-12",
        "labels": [EMBARGO_FACT],
        "notes": "withdrawn by telegram:42 (alice) on 2025-08-12: the 5 were in Khan Younis",
        "withdrawn": [
            {**TOLL.to_json(), "why": TOLL.why.to_json(), "evidence": TOLL.evidence},  # type: ignore[union-attr]
            {**REPORTERS.to_json(), "why": REPORTERS.why.to_json(), "evidence": REPORTERS.evidence},  # type: ignore[union-attr]
        ],
        "review": {
            "alert": "major",
            "rule": "casualties-major",
            "trigger": "casualty",
            "where": "telegram gaza",
            "by": "telegram:42 (alice)",
            "note": "the 5 were in Khan Younis",
            "at": NOW.isoformat(),
            "cancelled_deliveries": 2,
        },
    }


def test_review_lists_and_writes_json_lines(db: Db, tmp_path: Path) -> None:
    seed(db.engine)
    ReviewStore(db.engine).retract("slack", "C1:1.000", addresses=None, by="slack:U1", note="", now=NOW)
    outcome = ReviewStore(db.engine).retract(
        "telegram", "9", addresses=["-1002"], by="telegram:42 (alice)", note="not a new toll", now=NOW
    )
    assert outcome.status is RetractStatus.WITHDRAWN
    config = tmp_path / "config.yaml"
    config.write_text("feeds: []\ndestinations: []\nroutes: []\n", encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": db.url, "CONFLICT_ALERTS_CONFIG": str(config)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", "review", *args], env=env, cwd=tmp_path, capture_output=True,
            text=True, timeout=120, check=False,
        )  # fmt: skip

    listed = cli()
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        f"#{outcome.retraction_id} 2025-08-12 09:00 casualties-major (casualty) withdrawn in telegram other "
        "by telegram:42 (alice)",
        "    item: Pressure mounts on Israel (Example News)",
        "    wrong: 61,500 killed in Gaza",
        "    note: not a new toll",
        "    cancelled before delivery: 1",
    ]
    out = tmp_path / "wrong.jsonl"
    written = cli("--jsonl", str(out))
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == f"1 withdrawn alerts written to {out}"
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["labels"] == [REPORTERS.to_json(), EMBARGO_FACT]  # this message showed the toll only
    assert line["review"]["note"] == "not a new toll"
    stdout = cli("--jsonl", "-")
    assert [json.loads(x) for x in stdout.stdout.splitlines()] == [line]
    unwritable = cli("--jsonl", str(tmp_path / "missing" / "x.jsonl"))
    assert unwritable.returncode == 1
    assert unwritable.stderr.startswith(f"{tmp_path / 'missing' / 'x.jsonl'}: cannot write:")
    assert "Traceback" not in unwritable.stderr


def test_the_status_page_sees_an_alert_shown_as_lines_of_another_message(db: Db) -> None:
    seed(db.engine)
    deliveries = Store(db.engine).status.alert_deliveries(["major", "deaths"])
    assert deliveries["deaths"] == [("gaza", "lines", "sent"), ("desk", "send", "digest")]
