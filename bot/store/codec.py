"""Alerts to and from the JSON stored in `alerts.payload`. Deliverers re-render from this payload at
send time, so an alert enriched while queued goes out in its latest form."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.core.model import (
    Alert,
    ArmsEmbargo,
    CasualtyChange,
    CasualtyFigure,
    Fact,
    Recognition,
    Severity,
    Trigger,
    UpdateMode,
    Why,
)


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def fact_to_json(fact: Fact) -> dict[str, Any]:
    """The fact with its evidence and, when the extractor recorded it, its `why`."""
    out = {**fact.to_json(), "evidence": fact.evidence}
    if fact.why is not None:
        out["why"] = fact.why.to_json()
    if fact.language != "en":  # the alert names the source's language and isolates its quote
        out["language"] = fact.language
    return out


def why_from_json(data: Any) -> Why | None:
    if not isinstance(data, dict) or not data.get("recognizer"):
        return None
    roles = data.get("roles") or {}
    return Why(
        recognizer=str(data["recognizer"]),
        trigger=tuple(str(w) for w in data.get("trigger") or ()),
        clause=str(data.get("clause") or ""),
        roles=tuple((str(k), str(v)) for k, v in roles.items()) if isinstance(roles, dict) else (),
        status=str(data.get("status") or ""),
    )


def fact_from_json(data: dict[str, Any]) -> Fact:
    kind = data["type"]
    why = why_from_json(data.get("why"))
    language = str(data.get("language") or "en")
    if kind == "casualty":
        return CasualtyFigure(
            count=data["count"],
            qualifier=data["qualifier"],
            kind=data["kind"],
            victims=data["victims"],
            location=data["location"],
            cumulative=data["cumulative"],
            evidence=data.get("evidence", ""),
            why=why,
            language=language,
        )
    if kind == "arms_embargo":
        return ArmsEmbargo(
            actor=data["actor"],
            target=data["target"],
            action=data["action"],
            evidence=data.get("evidence", ""),
            why=why,
            language=language,
        )
    if kind == "recognition":
        return Recognition(
            actors=tuple(data["actors"]),
            recognized=data["recognized"],
            status=data["status"],
            date=data.get("date"),
            evidence=data.get("evidence", ""),
            why=why,
            language=language,
        )
    raise ValueError(f"unknown fact type {kind!r}")


def alert_to_json(alert: Alert) -> dict[str, Any]:
    change = alert.change
    return {
        "id": alert.id,
        "rule_id": alert.rule_id,
        "trigger": alert.trigger.value,
        "severity": alert.severity.value,
        "facts": [fact_to_json(f) for f in alert.facts],
        "entry_title": alert.entry_title,
        "link": alert.link,
        "source": alert.source,
        "published": alert.published.isoformat() if alert.published else None,
        "evidence": alert.evidence,
        "change": None
        if change is None
        else {
            "previous_count": change.previous_count,
            "previous_date": change.previous_date.isoformat() if change.previous_date else None,
            "previous_source": change.previous_source,
            "previous_qualifier": change.previous_qualifier,
        },
        "also_reported_by": list(alert.also_reported_by),
        "matched_phrases": list(alert.matched_phrases),
        "template": alert.template,
        "updates": alert.updates,
        "update": alert.update.value,
        "withdrawn": alert.withdrawn,
        "series": alert.series,
    }


def alert_from_json(data: dict[str, Any]) -> Alert:
    change = data.get("change")
    return Alert(
        id=data["id"],
        rule_id=data["rule_id"],
        trigger=Trigger(data["trigger"]),
        severity=Severity(data["severity"]),
        facts=tuple(fact_from_json(f) for f in data["facts"]),
        entry_title=data["entry_title"],
        link=data["link"],
        source=data["source"],
        published=_dt(data.get("published")),
        evidence=data.get("evidence", ""),
        change=None
        if not change
        else CasualtyChange(
            change["previous_count"],
            _dt(change["previous_date"]),
            change["previous_source"],
            change.get("previous_qualifier", "exact"),
        ),
        also_reported_by=tuple(data.get("also_reported_by", ())),
        matched_phrases=tuple(data.get("matched_phrases", ())),
        template=data.get("template"),
        updates=data.get("updates"),
        update=UpdateMode(data.get("update") or UpdateMode.NEW),
        withdrawn=bool(data.get("withdrawn", False)),
        series=data.get("series"),
    )
