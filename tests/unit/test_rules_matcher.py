"""The matcher: keyword rules through one automaton (+ RE2), trigger rules over given facts."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from bot.core.model import (
    ArmsEmbargo,
    CasualtyFigure,
    Entry,
    Fact,
    Recognition,
    Severity,
    Trigger,
    UpdateMode,
)
from bot.core.rules import RULE_MODELS, Rule, RuleSet


def rule(**fields: Any) -> Rule:
    fields.setdefault("id", "r")
    fields.setdefault("severity", "medium")
    return RULE_MODELS[fields["trigger"]].model_validate(fields)


def kw(**fields: Any) -> Rule:
    return rule(trigger="keywords", **fields)


def entry(title: str = "", summary: str = "", source: str = "BBC News", feed_id: str = "bbc-world") -> Entry:
    return Entry(feed_id, "k", title, summary, "https://example.org/a", None, source)


def fires(r: Rule, e: Entry, facts: list[Fact] | None = None) -> bool:
    return bool(RuleSet([r], regions_of=_regions).match(e, facts or []))


def _regions(place: str) -> frozenset[str]:
    table = {
        "Gaza": {"gaza", "palestine", "middle east"},
        "Palestinians": {"palestine", "middle east"},
        "Khartoum": {"sudan", "africa"},
    }
    return frozenset(table.get(place, set()))


KEYWORD_CASES = [
    # (what it shows, rule fields, title, summary, fires)
    ("phrase in summary", {"any": ["ceasefire"]}, "", "Talks on a ceasefire resume.", True),
    ("any case", {"any": ["Ceasefire"]}, "CEASEFIRE HOLDS", "", True),
    ("whole word only", {"any": ["war"]}, "Award for reporter", "", False),
    ("whole word at punctuation", {"any": ["Gaza"]}, "Gaza's hospitals", "", True),
    ("word boundary at end", {"any": ["truce"]}, "truces collapse", "", False),
    ("whole_word off", {"any": ["war"], "whole_word": False}, "Award for reporter", "", True),
    ("case_sensitive", {"any": ["UN"], "case_sensitive": True}, "Troops un-deployed", "", False),
    ("case_sensitive hit", {"any": ["UN"], "case_sensitive": True}, "UN envoy arrives", "", True),
    ("multi-word across line break", {"any": ["arms embargo"]}, "", "an arms\n  embargo on", True),
    ("typographic apostrophe", {"any": ["Israel's"]}, "Israel’s cabinet", "", True),
    ("all needs every phrase", {"all": ["famine", "Gaza"]}, "Famine warning", "", False),
    ("all in title and summary", {"all": ["famine", "Gaza"]}, "Famine declared", "in Gaza City", True),
    ("none vetoes", {"any": ["truce"], "none": ["tariff"]}, "Tariff truce extended", "", False),
    ("none elsewhere vetoes too", {"any": ["truce"], "none": ["trade"]}, "Truce", "trade talks", False),
    ("none absent", {"any": ["truce"], "none": ["tariff"]}, "Truce agreed in Sudan", "", True),
    ("fields: title only", {"any": ["ceasefire"], "fields": ["title"]}, "Talks", "ceasefire", False),
    ("fields: summary only", {"any": ["ceasefire"], "fields": ["summary"]}, "ceasefire", "Talks", False),
    ("non-word phrase edge", {"any": ["#gaza"]}, "Trending: #Gaza now", "", True),
    ("regex alone", {"regex": r"killed \d+"}, "Strike killed 12", "", True),
    ("regex ignores case by default", {"regex": "el fasher"}, "El Fasher under siege", "", True),
    ("regex case_sensitive", {"regex": "el fasher", "case_sensitive": True}, "El Fasher", "", False),
    ("regex and phrases both needed", {"any": ["strike"], "regex": r"\d+ dead"}, "Strike", "", False),
    ("unicode folding", {"any": ["KYIV"]}, "Über Kyiv", "", True),
]


@pytest.mark.parametrize(
    ("fields", "title", "summary", "expected"),
    [case[1:] for case in KEYWORD_CASES],
    ids=[case[0] for case in KEYWORD_CASES],
)
def test_keyword_rules(fields: dict[str, Any], title: str, summary: str, expected: bool) -> None:
    assert fires(kw(**fields), entry(title, summary)) is expected


SOURCE_CASES = [
    ({"allow": ["BBC News"]}, "BBC News", "bbc-world", True),
    ({"allow": ["bbc news"]}, "BBC News", "bbc-world", True),
    ({"allow": ["bbc-world"]}, "BBC", "bbc-world", True),
    ({"allow": ["Al Jazeera"]}, "BBC News", "bbc-world", False),
    ({"deny": ["BBC News"]}, "BBC News", "bbc-world", False),
    ({"deny": ["Al Jazeera"]}, "BBC News", "bbc-world", True),
    ({"allow": ["BBC News", "Reuters"], "deny": ["bbc-world"]}, "BBC News", "bbc-world", False),
]


@pytest.mark.parametrize(("sources", "source", "feed_id", "expected"), SOURCE_CASES)
def test_source_allow_and_deny(
    sources: dict[str, list[str]], source: str, feed_id: str, expected: bool
) -> None:
    e = entry("ceasefire", source=source, feed_id=feed_id)
    assert fires(kw(any=["ceasefire"], sources=sources), e) is expected


def test_source_filters_apply_to_trigger_rules() -> None:
    r = rule(trigger="arms_embargo", sources={"deny": ["BBC News"]})
    fact = ArmsEmbargo("Germany", "Israel", "partial")
    assert not fires(r, entry(source="BBC News"), [fact])
    assert fires(r, entry(source="Al Jazeera"), [fact])


def test_match_reports_rule_fields_and_matched_phrases_in_rule_order() -> None:
    r = kw(
        id="aid",
        severity="high",
        any=["flour", "rice", "sugar"],
        all=["killed"],
        regex=r"\d+ people",
        routes=["desk"],
        realert_hours=6,
        template="{{ entry_title }}",
    )
    [m] = RuleSet([r]).match(entry("", "875 people killed seeking sugar and flour"), [])

    assert m.rule_id == "aid"
    assert m.trigger is Trigger.KEYWORDS
    assert m.severity is Severity.HIGH
    assert m.routes == ("desk",)
    assert m.facts == ()
    assert m.matched_phrases == ("flour", "sugar", "killed", "875 people")
    assert m.realert_hours == 6
    assert m.template == "{{ entry_title }}"


def test_many_rules_sharing_phrases_each_fire_in_rule_order() -> None:
    rules = [kw(id=f"r{i}", any=["gaza", f"word{i}"]) for i in range(50)]
    rules.append(kw(id="other", any=["sudan"]))
    ruleset = RuleSet(rules)

    assert [m.rule_id for m in ruleset.match(entry("Gaza"), [])] == [f"r{i}" for i in range(50)]
    assert [m.rule_id for m in ruleset.match(entry("word7 and Sudan"), [])] == ["r7", "other"]
    assert ruleset.match(entry("nothing here"), []) == []


def test_disabled_rules_never_fire() -> None:
    ruleset = RuleSet([kw(id="off", any=["gaza"], enabled=False), rule(trigger="recognition", enabled=False)])
    assert ruleset.match(entry("Gaza"), [Recognition(("France",), "Palestine", "done")]) == []


def test_many_regex_rules_use_one_set_and_report_each_match() -> None:
    rules = [kw(id=f"re{i}", regex=rf"\bcode{i}\b") for i in range(20)]
    ruleset = RuleSet(rules)

    assert [m.rule_id for m in ruleset.match(entry("code3 and CODE12", "code12"), [])] == ["re3", "re12"]
    assert ruleset.match(entry("code99"), []) == []


def test_pathological_regex_completes_on_long_input() -> None:
    # `(a+)+$` backtracks exponentially in Python's `re`; RE2 runs it in linear time.
    ruleset = RuleSet([kw(id="redos", regex="(a+)+$"), kw(id="redos2", regex="(x+x+)+y")])
    text = "a" * 50_000 + "!"
    assert ruleset.match(entry("", text), []) == []
    assert [m.rule_id for m in ruleset.match(entry("", "x" * 50_000), [])] == []


# --- trigger rules over facts -----------------------------------------------------------------------

TOLL = CasualtyFigure(61500, "nearly", "killed", "Palestinians", "Gaza", True)
JOURNALISTS = CasualtyFigure(5, "exact", "killed", "journalists", "Gaza", False)
DOZENS = CasualtyFigure(None, "vague", "killed", None, "Khartoum", False)
WOUNDED = CasualtyFigure(40, "at_least", "injured", None, "Kharkiv", False)
NO_PLACE = CasualtyFigure(12, "exact", "killed", "Palestinians", None, False)
HUNDREDS = CasualtyFigure(None, "vague", "killed", "people", "Kharkiv, Ukraine", False, lower_bound=200)
# an earlier figure the text quotes for comparison ("from a previous estimate of 1,100")
EARLIER = CasualtyFigure(1100, "exact", "killed", "people", "Gaza", True, earlier=True)

CASUALTY_CASES = [
    ("no conditions: any figure", {}, TOLL, True),
    ("kind", {"kind": ["injured"]}, TOLL, False),
    ("kind hit", {"kind": ["injured", "missing"]}, WOUNDED, True),
    ("min_count", {"min_count": 100}, JOURNALISTS, False),
    ("min_count hit", {"min_count": 100}, TOLL, True),
    ("min_count equal", {"min_count": 5}, JOURNALISTS, True),
    ("max_count", {"max_count": 99}, TOLL, False),
    ("uncounted excluded by counts", {"min_count": 1}, DOZENS, False),
    ("uncounted included on request", {"max_count": 99, "include_uncounted": True}, DOZENS, True),
    ("uncounted without count conditions", {}, DOZENS, True),
    ("cumulative only", {"cumulative": True}, JOURNALISTS, False),
    ("single incidents only", {"cumulative": False}, JOURNALISTS, True),
    ("locations, any case", {"locations": ["gaza"]}, TOLL, True),
    ("locations miss", {"locations": ["Khartoum"]}, TOLL, False),
    ("location unknown", {"locations": ["Gaza"]}, NO_PLACE, False),
    ("regions from location", {"regions": ["Sudan"]}, DOZENS, True),
    ("regions from victims", {"regions": ["palestine"]}, NO_PLACE, True),
    ("regions miss", {"regions": ["sudan"]}, TOLL, False),
    ("victims", {"victims": ["palestinians"]}, TOLL, True),
    ("victims miss", {"victims": ["Palestinians"]}, JOURNALISTS, False),
    ("all conditions at once", {"kind": ["killed"], "min_count": 10, "regions": ["gaza"]}, TOLL, True),
    # a vague figure's floor meets a min_count it is sure to meet ("hundreds" is at least 200) ...
    ("vague floor meets min_count", {"min_count": 100}, HUNDREDS, True),
    ("vague floor below min_count", {"min_count": 500}, HUNDREDS, False),
    # ... but with a max_count the figure may be above it: only with include_uncounted
    ("vague floor with max_count", {"min_count": 100, "max_count": 1000}, HUNDREDS, False),
    ("vague floor above max_count", {"max_count": 150, "include_uncounted": True}, HUNDREDS, False),
    # a city kept with its country matches a rule naming either
    ("location city, country: the country", {"locations": ["Ukraine"]}, HUNDREDS, True),
    ("location city, country: the whole", {"locations": ["Kharkiv, Ukraine"]}, HUNDREDS, True),
    ("location city, country: another country", {"locations": ["Sudan"]}, HUNDREDS, False),
    # an earlier figure quoted for comparison fires nothing (the new figure beside it does)
    ("earlier figure and min_count", {"min_count": 1000}, EARLIER, False),
    ("earlier figure without count conditions", {}, EARLIER, False),
]


@pytest.mark.parametrize(
    ("when", "fact", "expected"), [c[1:] for c in CASUALTY_CASES], ids=[c[0] for c in CASUALTY_CASES]
)
def test_casualty_conditions(when: dict[str, Any], fact: CasualtyFigure, expected: bool) -> None:
    assert fires(rule(trigger="casualty", when=when), entry(), [fact]) is expected


EMBARGO = ArmsEmbargo("Germany", "Israel", "partial")
CALL = ArmsEmbargo(None, "Sudan", "called_for")

EMBARGO_CASES = [
    ({}, CALL, True),
    ({"actions": ["imposed", "partial"]}, EMBARGO, True),
    ({"actions": ["imposed"]}, EMBARGO, False),
    ({"actors": ["germany"]}, EMBARGO, True),
    ({"actors": ["Germany"]}, CALL, False),
    ({"targets": ["Israel", "Sudan"]}, CALL, True),
    ({"targets": ["Russia"]}, EMBARGO, False),
]


@pytest.mark.parametrize(("when", "fact", "expected"), EMBARGO_CASES)
def test_embargo_conditions(when: dict[str, Any], fact: ArmsEmbargo, expected: bool) -> None:
    assert fires(rule(trigger="arms_embargo", when=when), entry(), [fact]) is expected


ANNOUNCED = Recognition(
    ("Australia", "France", "United Kingdom", "Canada"), "Palestine", "announced", "September"
)

RECOGNITION_CASES = [
    ({}, ANNOUNCED, True),
    ({"statuses": ["done", "announced"]}, ANNOUNCED, True),
    ({"statuses": ["considering"]}, ANNOUNCED, False),
    ({"actors": ["united kingdom"]}, ANNOUNCED, True),
    ({"actors": ["Germany"]}, ANNOUNCED, False),
    ({"recognized": ["Palestine"]}, ANNOUNCED, True),
    ({"recognized": ["Kosovo"]}, ANNOUNCED, False),
]


@pytest.mark.parametrize(("when", "fact", "expected"), RECOGNITION_CASES)
def test_recognition_conditions(when: dict[str, Any], fact: Recognition, expected: bool) -> None:
    assert fires(rule(trigger="recognition", when=when), entry(), [fact]) is expected


def test_trigger_rule_match_carries_only_the_facts_that_satisfied_it() -> None:
    r = rule(id="big", trigger="casualty", severity="high", when={"min_count": 100})
    facts: list[Fact] = [
        TOLL,
        JOURNALISTS,
        EMBARGO,
        CasualtyFigure(1200, "exact", "killed", None, "Israel", False),
    ]

    [m] = RuleSet([r]).match(entry(), facts)

    assert m.trigger is Trigger.CASUALTY
    assert m.facts == (TOLL, facts[3])
    assert m.matched_phrases == ()


def test_trigger_rules_ignore_facts_of_other_triggers() -> None:
    ruleset = RuleSet([rule(id="e", trigger="arms_embargo"), rule(id="c", trigger="casualty")])
    assert [m.rule_id for m in ruleset.match(entry(), [ANNOUNCED])] == []
    assert [m.rule_id for m in ruleset.match(entry(), [TOLL, EMBARGO])] == ["e", "c"]


def test_actor_names_in_rules_are_canonicalised_like_the_facts() -> None:
    from bot.core.model import ArmsEmbargo, Entry
    from bot.core.rules import parse_rules

    text = """
- id: uk-embargo
  trigger: arms_embargo
  severity: high
  when: {actors: [UK, Britain], targets: [Israel]}
"""
    result = parse_rules([("uk.yaml", text)])
    assert result.ruleset is not None, result.errors
    entry = Entry("f", "k", "t", "s", "https://x.example", None, "src")
    fact = ArmsEmbargo("United Kingdom", "Israel", "suspended_licences")
    assert [m.rule_id for m in result.ruleset.match(entry, [fact])] == ["uk-embargo"]


def test_casualty_rules_carry_their_update_mode_into_the_match() -> None:
    for written, expected in (({}, UpdateMode.NEW), ({"update": "edit"}, UpdateMode.EDIT)):
        r = rule(trigger="casualty", **written)
        [m] = RuleSet([r]).match(entry(), [TOLL])
        assert m.update is expected
    [m] = RuleSet([rule(trigger="casualty", update="reply")]).match(entry(), [TOLL])
    assert m.update is UpdateMode.REPLY


@pytest.mark.parametrize(
    "fields", [{"trigger": "casualty", "update": "thread"}, {"trigger": "arms_embargo", "update": "edit"}]
)
def test_update_is_one_of_three_words_and_only_on_casualty_rules(fields: dict[str, Any]) -> None:
    # Embargo and recognition alerts are events: a later report already edits the first alert.
    with pytest.raises(ValidationError):
        rule(**fields)
