"""Why an entry that had something to say raised no alert: the status page's "explain" view.

Pure: it reads the decisions that were just made (the rule matches, the resolver's `Resolution`,
the alerts the store actually wrote) and says which one stopped the entry. The store writes the
answer into `entries.explain` in the same transaction as the entry, so the reason recorded is the
reason the decision was made, not a later reconstruction.

The text is `code: detail`. Codes (documented for admins in docs/operations.md):

- ``baseline``  the entry is backlog (first poll of its feed, or older than max_entry_age_hours):
  it updated series and events but alerts nobody, so a first start is not an alert storm.
- ``no_rule``   facts were extracted but no rule's conditions held (wrong region, below min_count ...).
- ``repeat``    a casualty figure that is not above its series' best known figure beyond the
  qualifiers' slack (a repeat, a rounder or lower figure, or a late report).
- ``same_figure`` a casualty figure another outlet reported first within the window; this source was
  added to that alert as "also reported by".
- ``small_rise`` the series rose, but by less than the matching rules' `min_increase` /
  `min_increase_percent`.
- ``same_event`` an embargo / recognition / incident already alerted within the window; the source
  was added to that alert as "also reported by".
- ``already_alerted`` the resolver proposed an alert whose id exists already.

An entry with neither facts nor matched rules, or one that alerted, has no explanation (None).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.model import Alert, CasualtyFigure, Fact, RuleMatch
from bot.core.resolution import Resolution, SeriesVerdict
from bot.core.resolve import event_keys


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
    series = {v.fact: v for v in resolution.series_verdicts}
    for fact in dict.fromkeys(f for m in matches for f in m.facts):
        if isinstance(fact, CasualtyFigure) and fact in series:
            reasons.append(_series_reason(series[fact]))
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


def _series_reason(verdict: SeriesVerdict) -> str:
    what, best = describe_fact(verdict.fact), verdict.best
    was = ""
    if best is not None:
        when = f" on {best.published:%d %b %Y}" if best.published else ""
        qual = best.qualifier.replace("_", " ") + " " if best.qualifier != "exact" else ""
        was = f" (best known: {qual}{best.count:,}, {best.source}{when})"
    if verdict.outcome in {"first", "update"}:
        return f"small_rise: series {verdict.label} rose to {what}{was}, less than the rules' min_increase"
    if verdict.outcome == "also":
        return (
            f"same_figure: {what} of series {verdict.label} was already reported{was}; this source was "
            "added to its alert as 'also reported by'"
        )
    if verdict.outcome == "same_report":
        return f"repeat: {what} is a rounder or earlier figure of series {verdict.label} in the same report"
    if verdict.outcome == "late":
        return f"repeat: {what} is a late report of series {verdict.label}{was}"
    return f"repeat: {what} is not above the best known figure of series {verdict.label}{was}"
