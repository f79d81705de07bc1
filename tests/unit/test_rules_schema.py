"""The shipped rules and their JSON Schema."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from bot.config import load_config
from bot.core.model import ArmsEmbargo, CasualtyFigure, Entry, Fact, Recognition
from bot.core.rules import RuleSet, json_schema, load_rules
from tests.conftest import shipped_rule_files, shipped_text

ROOT = Path(__file__).parents[2]
RULES = ROOT / "rules"


def test_shipped_schema_is_the_generated_one() -> None:
    shipped = json.loads((RULES / "schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(), "regenerate: conflict-alerts schema > rules/schema.json"


def test_schema_describes_a_list_of_rules_by_trigger() -> None:
    schema = json_schema()
    assert schema["type"] == "array"
    assert schema["items"]["discriminator"]["propertyName"] == "trigger"
    assert set(schema["items"]["discriminator"]["mapping"]) == {
        "casualty",
        "arms_embargo",
        "recognition",
        "keywords",
    }
    assert all(d.get("additionalProperties") is False for d in schema["$defs"].values())


def test_shipped_rules_load_against_the_default_config() -> None:
    config = load_config(ROOT / "conflict-alerts.yaml")
    result = load_rules(config.rules_dir, config.destination_ids)
    assert [str(e) for e in result.errors] == []
    assert result.ruleset is not None
    triggers = {r.trigger for r in result.ruleset.rules}
    assert triggers == {"casualty", "arms_embargo", "recognition", "keywords"}


@pytest.mark.parametrize("path", shipped_rule_files(), ids=lambda p: Path(p).name)
def test_shipped_rule_files_point_editors_at_the_schema(path: str) -> None:
    assert shipped_text(path).startswith("# yaml-language-server: $schema=./schema.json\n")


def _all_facts() -> list[Fact]:
    facts: list[Fact] = []
    counts = [None, 0, 1, 5, 99, 100, 101, 61500]
    kinds = ["killed", "injured", "missing", "killed_and_injured"]
    for count, kind, cumulative in itertools.product(counts, kinds, [True, False]):
        facts.append(CasualtyFigure(count, "exact" if count else "vague", kind, None, "Gaza", cumulative))
    for action in [
        "imposed",
        "partial",
        "suspended_licences",
        "extended",
        "lifted",
        "called_for",
        "rejected",
        "ruled_by_court",
    ]:
        facts.append(ArmsEmbargo("Germany", "Israel", action))
    for status in ["done", "announced", "considering", "rejected"]:
        facts.append(Recognition(("France",), "Palestine", status))
    return facts


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    result = load_rules(RULES)
    assert result.ruleset is not None
    return result.ruleset


@pytest.mark.parametrize("fact", _all_facts(), ids=lambda f: json.dumps(f.to_json()))
def test_shipped_trigger_rules_give_every_fact_exactly_one_severity(shipped: RuleSet, fact: Fact) -> None:
    matches = shipped.match(Entry("f", "k", "", "", "", None, "s"), [fact])
    assert len(matches) == 1, [m.rule_id for m in matches]
