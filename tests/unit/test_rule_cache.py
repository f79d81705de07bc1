"""The cache of validated rules between `match` processes (bot/rule_cache.py): the same rules as a
fresh load, kept only for rules that loaded without error, and a new load whenever a rule file
changes. Not a timing test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import rule_cache
from bot.core.model import Entry
from bot.core.rules import load_rules
from bot.match_cmd import load_ruleset

RULES = Path(__file__).resolve().parents[1] / "data" / "rules"


@pytest.fixture
def rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    return folder


def _entries() -> list[Entry]:
    texts = [
        "Shelling kills 14 villagers near the border in Sudan",
        "Norway suspends arms exports to the region",
        "Ireland to recognise the State of Palestine next month",
    ]
    return [Entry("f", str(i), t, "", "", None, "s") for i, t in enumerate(texts)]


def test_a_second_load_is_the_first_from_the_cache(rules: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_ruleset(rules)
    assert list((rule_cache.cache_dir()).glob("rules-*.pickle"))

    def no_parsing(*_args: object) -> object:
        raise AssertionError("the rules were parsed again")

    monkeypatch.setattr("bot.match_cmd.load_rules", no_parsing)
    second = load_ruleset(rules)
    assert second.rules == first.rules and second.origins == first.origins
    from bot.core.extract import extract_facts

    for entry in _entries():
        facts = tuple(extract_facts(entry.title, entry.summary))
        assert second.match(entry, facts) == first.match(entry, facts)


def test_a_changed_rule_file_is_read_again(rules: Path) -> None:
    load_ruleset(rules)
    path = sorted(rules.glob("*.yaml"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    ruleset, key = rule_cache.cached_ruleset(rules)
    assert ruleset is None and key is not None
    load_ruleset(rules)
    assert [p.name for p in rule_cache.cache_dir().glob("rules-*.pickle")] == [f"rules-{key}.pickle"]


def test_rules_with_errors_are_reported_every_time_and_never_kept(
    rules: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (rules / "broken.yaml").write_text("- id: broken\n  trigger: nothing\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(SystemExit):
            load_ruleset(rules)
        assert "broken" in capsys.readouterr().err
    assert not list(rule_cache.cache_dir().glob("rules-*.pickle"))


def test_an_unreadable_cache_entry_is_ignored(rules: Path) -> None:
    load_ruleset(rules)
    [entry] = rule_cache.cache_dir().glob("rules-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert rule_cache.cached_ruleset(rules)[0] is None
    assert load_ruleset(rules).rules == load_rules(rules).ruleset.rules  # type: ignore[union-attr]
