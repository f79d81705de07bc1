"""The resolver decides what is news: series alert on change only, events once per window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.core.model import (
    ArmsEmbargo,
    CasualtyFigure,
    Entry,
    Recognition,
    RuleMatch,
    Severity,
    Trigger,
    UpdateMode,
)
from bot.core.resolution import EventState, Resolution, SeriesState
from bot.core.resolve import baseline_only, resolve

T0 = datetime(2025, 8, 10, 12, tzinfo=UTC)


class MemoryState:
    """Applies resolutions like the store does, so a sequence of entries can be replayed."""

    def __init__(self) -> None:
        self._series: dict[str, SeriesState] = {}
        self._events: dict[str, EventState] = {}

    def series_group(self, group: str) -> list[SeriesState]:
        return [s for s in self._series.values() if s.identity.group == group]

    def series(self, key: str) -> SeriesState | None:
        return self._series.get(key)

    def events(self, group_key: str) -> Sequence[EventState]:
        return [e for e in self._events.values() if e.group_key == group_key]

    def apply(self, res: Resolution) -> None:
        self._series.update(res.series_updates)
        self._events.update(res.event_upserts)


def entry(source: str, when: datetime, key: str = "k") -> Entry:
    return Entry("f", f"{source}-{key}", "title", "summary", f"https://{source}.example/{key}", when, source)


def toll(count: int, *, cumulative: bool = True) -> CasualtyFigure:
    return CasualtyFigure(count, "exact", "killed", "Palestinians", "Gaza", cumulative)


def match_of(*facts: CasualtyFigure | ArmsEmbargo | Recognition, rule: str = "r") -> RuleMatch:
    trigger = Trigger(facts[0].type)
    return RuleMatch(rule, trigger, Severity.HIGH, (), tuple(facts))


def step(state: MemoryState, e: Entry, *matches: RuleMatch) -> Resolution:
    res = resolve(e, matches, state, now=e.published or T0)
    state.apply(res)
    return res


def test_first_figure_of_a_series_alerts_then_only_rises_do() -> None:
    state = MemoryState()
    first = step(state, entry("a", T0), match_of(toll(61_430)))
    assert len(first.alerts) == 1 and first.alerts[0].change is None

    repeat = step(state, entry("b", T0 + timedelta(hours=1)), match_of(toll(61_430)))
    assert repeat.alerts == []

    rise = step(state, entry("c", T0 + timedelta(days=1)), match_of(toll(61_500)))
    assert len(rise.alerts) == 1
    change = rise.alerts[0].change
    assert change is not None
    assert (change.previous_count, change.previous_source, change.previous_date) == (61_430, "a", T0)


def test_late_lower_figure_is_silent() -> None:
    state = MemoryState()
    step(state, entry("a", T0), match_of(toll(61_500)))
    late = step(state, entry("b", T0 - timedelta(days=2)), match_of(toll(61_000)))
    assert late.alerts == []
    current = state.series("toll|gaza|killed|people")
    assert current is not None and (current.count, current.source) == (61_500, "a")


def test_same_embargo_from_another_outlet_enriches_instead_of_alerting() -> None:
    state = MemoryState()
    fact = ArmsEmbargo("Germany", "Israel", "partial")
    first = step(state, entry("a", T0), match_of(fact))
    assert len(first.alerts) == 1
    second = step(state, entry("b", T0 + timedelta(hours=5)), match_of(fact))
    assert second.alerts == []
    assert [(e.alert_id, e.source) for e in second.enrichments] == [(first.alerts[0].id, "b")]


def test_event_outside_the_window_alerts_again() -> None:
    state = MemoryState()
    fact = ArmsEmbargo("Germany", "Israel", "partial")
    step(state, entry("a", T0), match_of(fact))
    later = step(state, entry("b", T0 + timedelta(hours=73)), match_of(fact))
    assert len(later.alerts) == 1


def test_a_different_action_is_a_new_event() -> None:
    state = MemoryState()
    step(state, entry("a", T0), match_of(ArmsEmbargo("Germany", "Israel", "partial")))
    lifted = step(
        state, entry("b", T0 + timedelta(hours=2)), match_of(ArmsEmbargo("Germany", "Israel", "lifted"))
    )
    assert len(lifted.alerts) == 1


def test_recognition_with_a_subset_of_actors_is_the_same_event_but_new_actors_alert() -> None:
    state = MemoryState()
    group = Recognition(("Australia", "France", "United Kingdom", "Canada"), "Palestine", "announced")
    step(state, entry("a", T0), match_of(group))
    subset = step(
        state,
        entry("b", T0 + timedelta(hours=1)),
        match_of(Recognition(("Australia",), "Palestine", "announced")),
    )
    assert subset.alerts == [] and len(subset.enrichments) == 1
    newcomer = step(
        state,
        entry("c", T0 + timedelta(hours=2)),
        match_of(Recognition(("New Zealand",), "Palestine", "announced")),
    )
    assert len(newcomer.alerts) == 1


def test_two_rules_on_the_same_fact_each_get_an_alert_regardless_of_order() -> None:
    fact = ArmsEmbargo("Spain", "Israel", "imposed")
    res = resolve(
        entry("a", T0), [match_of(fact, rule="one"), match_of(fact, rule="two")], MemoryState(), now=T0
    )
    assert sorted(a.rule_id for a in res.alerts) == ["one", "two"]
    assert len({a.id for a in res.alerts}) == 2


def test_alert_ids_are_stable_across_reprocessing() -> None:
    fact = ArmsEmbargo("Spain", "Israel", "imposed")
    a = resolve(entry("a", T0), [match_of(fact)], MemoryState(), now=T0).alerts[0]
    b = resolve(entry("a", T0), [match_of(fact)], MemoryState(), now=T0).alerts[0]
    assert a.id == b.id


def test_single_incident_tolls_are_events_not_series() -> None:
    state = MemoryState()
    incident = CasualtyFigure(5, "exact", "killed", "journalists", "Gaza", False)
    assert len(step(state, entry("a", T0), match_of(incident)).alerts) == 1
    assert step(state, entry("b", T0 + timedelta(hours=1)), match_of(incident)).alerts == []


def test_headline_fact_is_the_cumulative_toll() -> None:
    facts = (toll(875, cumulative=False), toll(61_500))
    res = resolve(entry("a", T0), [match_of(*facts)], MemoryState(), now=T0)
    assert res.alerts[0].facts[0].count == 61_500  # type: ignore[union-attr]


# --- `update: edit | reply`: a rising toll follows up the alert that last moved its series ------------


def casualty_rule(mode: UpdateMode, rule: str = "r") -> RuleMatch:
    return replace(match_of(toll(0), rule=rule), update=mode)


def with_toll(match: RuleMatch, count: int) -> RuleMatch:
    return replace(match, facts=(toll(count),))


def test_rising_toll_under_edit_or_reply_names_the_alert_it_updates() -> None:
    for mode in (UpdateMode.EDIT, UpdateMode.REPLY):
        state = MemoryState()
        rule = casualty_rule(mode)
        first = step(state, entry("a", T0), with_toll(rule, 61_430)).alerts[0]
        assert first.updates is None and first.update is UpdateMode.NEW  # nothing to follow up yet

        second = step(state, entry("b", T0 + timedelta(days=1)), with_toll(rule, 61_500)).alerts[0]
        assert (second.updates, second.update) == (first.id, mode)
        assert second.id != first.id
        assert second.change is not None and second.change.previous_count == 61_430  # the text says "was"

        # The chain moves on: the third follows up the second, which now shows the series.
        third = step(state, entry("c", T0 + timedelta(days=2)), with_toll(rule, 61_600)).alerts[0]
        assert third.updates == second.id


def test_rising_toll_under_new_is_an_alert_of_its_own() -> None:
    state = MemoryState()
    rule = casualty_rule(UpdateMode.NEW)
    step(state, entry("a", T0), with_toll(rule, 61_430))
    second = step(state, entry("b", T0 + timedelta(days=1)), with_toll(rule, 61_500)).alerts[0]
    assert second.change is not None
    assert (second.updates, second.update) == (None, UpdateMode.NEW)


def test_repeated_or_late_figures_update_nothing() -> None:
    state = MemoryState()
    rule = casualty_rule(UpdateMode.EDIT)
    step(state, entry("a", T0), with_toll(rule, 61_500))
    assert step(state, entry("b", T0 + timedelta(hours=1)), with_toll(rule, 61_500)).alerts == []
    assert step(state, entry("c", T0 - timedelta(days=1)), with_toll(rule, 61_000)).alerts == []


def test_a_series_set_by_the_backlog_has_no_alert_to_update() -> None:
    # The baseline stores the figure; its alert was never written, so the store falls back to a send.
    state = MemoryState()
    rule = casualty_rule(UpdateMode.EDIT)
    state.apply(baseline_only(resolve(entry("a", T0), [with_toll(rule, 61_430)], state, now=T0)))
    rise = step(state, entry("b", T0 + timedelta(days=1)), with_toll(rule, 61_500)).alerts[0]
    assert rise.change is not None and rise.change.previous_count == 61_430
    # The baseline alert's id is still named: the store finds no message for it and sends anew.
    assert rise.updates is not None


def test_a_rising_incident_toll_follows_up_its_first_alert() -> None:
    state = MemoryState()
    rule = replace(casualty_rule(UpdateMode.EDIT), facts=(toll(30, cumulative=False),))
    first = step(state, entry("a", T0), rule).alerts[0]
    assert first.updates is None
    other = replace(rule, facts=(toll(31, cumulative=False),))
    assert step(state, entry("b", T0 + timedelta(hours=1)), other).alerts[0].updates == first.id


def test_each_rule_decides_for_its_own_alert() -> None:
    state = MemoryState()
    edit, new = casualty_rule(UpdateMode.EDIT, "edit-rule"), casualty_rule(UpdateMode.NEW, "new-rule")
    step(state, entry("a", T0), with_toll(edit, 61_430), with_toll(new, 61_430))
    rise = step(state, entry("b", T0 + timedelta(days=1)), with_toll(edit, 61_500), with_toll(new, 61_500))
    by_rule = {a.rule_id: a for a in rise.alerts}
    assert by_rule["edit-rule"].updates is not None and by_rule["edit-rule"].update is UpdateMode.EDIT
    assert by_rule["new-rule"].updates is None
