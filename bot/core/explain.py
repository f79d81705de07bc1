"""Why an entry that had something to say raised no alert: the status page's "explain" view.

Pure: it reads the decisions that were just made (the rule matches, the resolver's `Resolution`,
the alerts the store actually wrote) and says which one stopped the entry. The store writes the
answer into `entries.explain` in the same transaction as the entry, so the reason recorded is the
reason the decision was made, not a later reconstruction.

The text is `code: detail`. Codes (documented for admins in docs/operations.md):

- ``baseline``  the entry is backlog (first poll of its feed, or older than max_entry_age_hours):
  it updated series and events but alerts nobody, so a first start is not an alert storm.
- ``no_rule``   facts were extracted but no rule's conditions held (wrong region, below min_count ...).
- ``repeat``    a casualty series figure that is not above the last one recorded (a repeat, or a
  late report of a lower figure).
- ``same_event`` an embargo / recognition / incident already alerted within the window; the source
  was added to that alert as "also reported by".
- ``already_alerted`` the resolver proposed an alert whose id exists already.

An entry with neither facts nor matched rules, or one that alerted, has no explanation (None).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.model import Alert, CasualtyFigure, Fact, RuleMatch
from bot.core.resolve import Resolution, event_keys, series_key


def describe_fact(fact: Fact) -> str:
    if isinstance(fact, CasualtyFigure):
        count = f"{fact.count:,}" if fact.count is not None else fact.qualifier
        where = f" in {fact.location}" if fact.location else ""
        return f"{count} {fact.kind}{where}"
    data = fact.to_json()
    if data["type"] == "arms_embargo":
        return f"arms embargo {data['actor'] or '?'} → {data['target'] or '?'} ({data['action']})"
    return f"recognition of {data['recognized']} by {', '.join(data['actors']) or '?'} ({data['status']})"


def explain_decision(
    facts: Sequence[Fact],
    matches: Sequence[RuleMatch],
    resolution: Resolution,
    written: Sequence[Alert],
    *,
    baseline: bool,
) -> str | None:
    if written or (not facts and not matches):
        return None
    rules = ", ".join(m.rule_id for m in matches)
    if baseline:
        what = f"rules {rules} matched" if matches else f"{len(facts)} facts, no rule matched"
        return (
            f"baseline: backlog entry ({what}); it set the baseline for series and events, no alert by design"
        )
    if not matches:
        listed = "; ".join(describe_fact(f) for f in facts[:3])
        return f"no_rule: facts extracted ({listed}) but no rule's conditions held"
    if resolution.alerts:
        ids = ", ".join(a.id[:8] for a in resolution.alerts)
        return f"already_alerted: rules {rules} matched, but alert {ids} exists already"
    reasons: list[str] = []
    for fact in dict.fromkeys(f for m in matches for f in m.facts):
        skey = series_key(fact) if isinstance(fact, CasualtyFigure) else None
        if skey is not None:
            reasons.append(
                f"repeat: series figure {describe_fact(fact)} is not above the one already recorded "
                "(a repeat, or a late report of a lower figure)"
            )
            continue
        _key, group = event_keys(fact)
        enriched = [e.alert_id[:8] for e in resolution.enrichments]
        if enriched:
            reasons.append(
                f"same_event: {describe_fact(fact)} was already alerted within the window "
                f"(alert {', '.join(enriched)}; this source was added to it as 'also reported by')"
            )
        elif any(e.group_key == group for e in resolution.event_upserts.values()):
            reasons.append(
                f"same_event: {describe_fact(fact)} was already seen within the window (during the baseline, "
                "so it was never alerted)"
            )
    if not reasons:
        return f"no_rule: rules {rules} matched but produced no new fact"
    # The first reason leads (its code is the one shown); the rest follow for the full picture.
    return "; ".join(dict.fromkeys(reasons))
