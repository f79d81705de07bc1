"""Rule examples run like unit tests: each failing example is an error naming rule and example."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from bot.core.model import ArmsEmbargo, Fact
from bot.core.rules import load_rules, parse_rules

RULES = """\
- id: truce
  trigger: keywords
  severity: low
  fields: [title]
  any: [truce]
  examples:
    match:
      - {title: "Truce agreed"}
      - "A truce was agreed"
    no_match:
      - {title: "Truce talks", source: "Tabloid"}
      - {title: "Tariff truce"}
  none: [tariff]
  sources: {deny: [tabloid]}
- id: embargo
  trigger: arms_embargo
  severity: high
  when: {actions: [partial]}
  examples:
    match: ["Germany announced a partial arms embargo on Israel."]
    no_match:
      - "Germany lifted its arms embargo."
      - "Germany announced a partial arms embargo on Israel, again."
"""


def fake_extract(title: str, summary: str, published: date | None = None) -> Sequence[Fact]:
    text = f"{title} {summary}"
    if "partial arms embargo" in text:
        return [ArmsEmbargo("Germany", "Israel", "partial", evidence=text)]
    if "lifted" in text:
        return [ArmsEmbargo("Germany", None, "lifted")]
    return []


def test_failing_examples_are_errors_with_their_positions() -> None:
    result = parse_rules([("r.yaml", RULES)])
    assert result.ruleset is not None

    errors = result.ruleset.run_examples(fake_extract)

    assert [str(e) for e in errors] == [
        'r.yaml:9:9: rule truce: examples.match[1]: expected a match, got none: "A truce was agreed" (a '
        "plain-string example is the item's summary; this rule reads only title, so write the example as "
        "{title: ..., summary: ...})",
        "r.yaml:23:9: rule embargo: examples.no_match[1]: expected no match, but it matched (arms_embargo "
        'actor=Germany, target=Israel, action=partial): "Germany announced a partial arms embargo on Israel, '
        'again."',
    ]


def test_passing_examples_give_no_errors() -> None:
    text = RULES.replace('      - "A truce was agreed"\n', "").replace(
        '      - "Germany announced a partial arms embargo on Israel, again."\n', ""
    )
    result = parse_rules([("r.yaml", text)])
    assert result.ruleset is not None
    assert result.ruleset.run_examples(fake_extract) == []


def test_disabled_rules_still_run_their_examples() -> None:
    text = "- {id: off, trigger: keywords, severity: low, enabled: false, any: [x], examples: {match: [y]}}\n"
    result = parse_rules([("r.yaml", text)])
    assert result.ruleset is not None
    assert [e.field for e in result.ruleset.run_examples()] == ["examples.match[0]"]


def test_long_example_text_is_shortened_in_the_message() -> None:
    text = (
        "- {id: x, trigger: keywords, severity: low, any: [zzz], examples: {match: ['"
        + "word " * 60
        + "']}}\n"
    )
    result = parse_rules([("r.yaml", text)])
    assert result.ruleset is not None
    [error] = result.ruleset.run_examples()
    assert error.message.endswith('word word…"')
    assert len(error.message) < 140


def _extractor_available() -> bool:
    try:
        return hasattr(importlib.import_module("bot.core.extract"), "extract_facts")
    except ImportError:
        return False


@pytest.mark.skipif(not _extractor_available(), reason="bot.core.extract.extract_facts not written yet")
def test_shipped_rules_pass_their_examples() -> None:
    result = load_rules(Path(__file__).parents[2] / "rules")
    assert result.ruleset is not None, "\n".join(map(str, result.errors))
    assert [str(e) for e in result.ruleset.run_examples()] == []
