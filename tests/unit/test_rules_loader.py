"""Loading rule files: every error at once, each with file:line:column, rule and field.

Bad rule files live in fixtures/rules/; each states its expected errors in `# expect:` lines at its
end (after the YAML, so line numbers above are unaffected) and optionally the configuration's
destination ids in a `# destinations:` line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.rules import KeywordsRule, load_rule_file, load_rules, parse_rules

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
EXPECT = "# expect: "


def _destinations(text: str) -> set[str] | None:
    for line in text.splitlines():
        if line.startswith("# destinations:"):
            return {d.strip() for d in line.split(":", 1)[1].split(",")}
    return None


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_bad_rule_file_reports_exact_errors(fixture: Path) -> None:
    text = fixture.read_text(encoding="utf-8")
    expected = [line[len(EXPECT) :] for line in text.splitlines() if line.startswith(EXPECT)]
    assert expected, f"{fixture.name} states no expected errors"

    result = parse_rules([(fixture.name, text)], _destinations(text))

    assert [str(e) for e in result.errors] == expected
    assert result.ruleset is None


def test_duplicate_ids_across_files_name_both_positions(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("- id: shared\n  trigger: keywords\n  severity: low\n  any: [x]\n")
    (tmp_path / "b.yml").write_text(
        "# second file\n- {id: shared, trigger: keywords, severity: low, any: [y]}\n"
    )

    result = load_rules(tmp_path)

    assert [str(e) for e in result.errors] == [
        f"{tmp_path}/b.yml:2:8: rule shared: id: duplicate rule id 'shared', first defined at "
        f"{tmp_path}/a.yaml:1:7"
    ]
    assert result.ruleset is None


def test_errors_from_several_files_come_together_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text("- id: b\n  trigger: keywords\n  severity: loud\n  any: [x]\n")
    (tmp_path / "a.yaml").write_text(
        "- id: a\n  trigger: keywords\n  severity: low\n  any: [x]\n  extra: 1\n"
    )
    (tmp_path / "notes.txt").write_text("not a rule file")

    result = load_rules(tmp_path)

    assert [f"{Path(e.file).name}:{e.line}:{e.column}:{e.field}" for e in result.errors] == [
        "a.yaml:5:3:extra",
        "b.yaml:3:13:severity",
    ]


def test_good_files_load_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "20-second.yaml").write_text("- {id: two, trigger: keywords, severity: low, any: [b]}\n")
    (tmp_path / "10-first.yml").write_text(
        "# yaml-language-server: $schema=./schema.json\n- {id: one, trigger: keywords, severity: "
        "high, any: [a]}\n"
    )

    result = load_rules(tmp_path, {"console"})

    assert result.errors == []
    assert result.ruleset is not None
    assert [r.id for r in result.ruleset.rules] == ["one", "two"]
    assert result.ruleset.origins[1].file == str(tmp_path / "20-second.yaml")
    rule = result.ruleset.get("one")
    assert isinstance(rule, KeywordsRule) and rule.whole_word and not rule.case_sensitive


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "rules directory not found"),
        ("empty", "no rule files (*.yaml, *.yml) in this directory; without rules nothing can alert"),
    ],
)
def test_rules_dir_problems_are_errors(tmp_path: Path, setup: str, message: str) -> None:
    rules_dir = tmp_path / "rules"
    if setup == "empty":
        rules_dir.mkdir()

    result = load_rules(rules_dir)

    assert [str(e) for e in result.errors] == [f"{rules_dir}:1:1: {message}"]


def test_not_utf8_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "latin1.yaml").write_bytes("- id: caf\xe9\n".encode("latin-1"))

    result = load_rules(tmp_path)

    assert len(result.errors) == 1
    assert result.errors[0].message.startswith("cannot read the file as UTF-8 text:")


def test_load_rule_file_checks_one_file(tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    path.write_text("- {id: x, trigger: keywords, severity: low, any: [a], routes: [nowhere]}\n")

    assert load_rule_file(path).ruleset is not None  # destinations unchecked without a configuration
    assert [str(e) for e in load_rule_file(path, {"console"}).errors] == [
        f"{path}:1:64: rule x: routes[0]: unknown destination 'nowhere'; destinations in the "
        "configuration: console"
    ]


def test_positions_are_one_based_for_flow_and_block_styles() -> None:
    text = (
        "- id: a\n  trigger: keywords\n  severity: low\n  any: [x]\n  whole_word: 'no'\n"
        "- {id: b, trigger: keywords, severity: low, all: [1]}\n"
    )

    result = parse_rules([("f.yaml", text)])

    assert [str(e) for e in result.errors] == [
        "f.yaml:5:15: rule a: whole_word: must be true or false, got string 'no'",
        "f.yaml:6:51: rule b: all[0]: must be a string, got integer 1",
    ]


def test_a_misspelt_template_variable_is_an_error_with_its_position() -> None:
    from bot.core.rules import parse_rules

    text = """- id: toll
  trigger: casualty
  severity: high
  template: "{{ headline }} — {{ entry_titel }}"
"""
    result = parse_rules([("t.yaml", text)])
    assert result.ruleset is None
    [error] = result.errors
    assert str(error).startswith("t.yaml:4:13: rule toll: template: unknown template variable entry_titel;")
    assert "entry_title" in str(error)


def test_template_may_use_the_alert_fields_and_jinja_globals() -> None:
    from bot.core.rules import parse_rules

    text = """- id: toll
  trigger: casualty
  severity: high
  template: "{% for f in range(1) %}{{ headline }} {{ fact.count }} {{ link }}{% endfor %}"
"""
    assert parse_rules([("t.yaml", text)]).errors == []


def test_a_file_of_one_long_string_is_named_not_echoed_whole() -> None:
    # A file that is not YAML rules at all (a pasted log, /etc/passwd) parses as one long string;
    # echoing all of it would bury the error line (and a hot-reload notice) under the file.
    text = "root:x:0:0:root:/root:/bin/bash " * 2_000

    result = parse_rules([("notes.yaml", text)], None)

    [error] = [str(e) for e in result.errors]
    assert error.startswith("notes.yaml:1:1: a rule file is a list of rules")
    assert "root:x:0:0" in error
    assert len(error) < 300
