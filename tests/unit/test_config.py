"""The YAML configuration: strict, every error at once with file:line:column, paths from the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config, ConfigError, json_schema, load_config, parse_config
from bot.core.model import Destination, Platform
from tests.conftest import shipped_text

ROOT = Path(__file__).parents[2]

BAD_CONFIGS = [
    (
        "unknown fields",
        "feeds:\n  - {url: 'https://a.example/rss', name: A, colour: red}\nadmin: {}\n",
        [
            "c.yaml:2:45: feeds[0].colour: unknown field 'colour'; valid fields here: enabled, id, "
            "max_interval_s, min_interval_s, name, tags, url",
            "c.yaml:3:1: admin: unknown field 'admin' (did you mean 'admins'?); "
            "valid fields here: admins, destinations, "
            "feeds, routes, "
            "rules_dir, settings",
        ],
    ),
    (
        "feed values",
        "feeds:\n"
        "  - {url: 'ftp://a.example/rss', name: A, tags: middle-east}\n"
        "  - url: https://b.example/rss\n"
        "    min_interval_s: 600\n"
        "    max_interval_s: 60\n",
        [
            "c.yaml:2:11: feeds[0].url: must be an http:// or https:// URL, got 'ftp://a.example/rss'",
            "c.yaml:2:49: feeds[0].tags: must be a list, got string 'middle-east'",
            "c.yaml:3:5: feeds[1].name: required field is missing",
        ],
    ),
    (
        "duplicate feeds",
        "feeds:\n"
        "  - {url: 'https://a.example/rss', name: Al Jazeera}\n"
        "  - {url: 'https://a.example/rss', name: Al-Jazeera}\n",
        [
            "c.yaml:3:11: feeds[1].url: duplicate feed url 'https://a.example/rss', first at line 2",
            "c.yaml:3:42: feeds[1].name: duplicate feed id 'al-jazeera', first at line 2",
        ],
    ),
    (
        "destinations",
        "destinations:\n"
        "  - {id: both, telegram: {chat_id: '-100'}, slack: {channel: C1}}\n"
        "  - {id: none}\n"
        "  - {id: both, console: {}}\n"
        "  - {id: tg, telegram: {chat: 1}}\n",
        [
            "c.yaml:2:5: destinations[0]: a destination needs exactly one of `telegram`, `slack` or "
            "`console`, "
            "got telegram, slack",
            "c.yaml:3:5: destinations[1]: a destination needs exactly one of `telegram`, `slack` or "
            "`console`, "
            "got none",
            "c.yaml:4:10: destinations[2].id: duplicate destination id 'both', first at line 2",
            "c.yaml:5:24: destinations[3].telegram.chat_id: required field is missing",
            "c.yaml:5:25: destinations[3].telegram.chat: unknown field 'chat' (did you mean 'chat_id'?); "
            "valid fields here: chat_id",
        ],
    ),
    (
        "routes",
        "destinations: [{id: desk, slack: {channel: C1}}]\n"
        "routes:\n"
        "  - {triggers: [casualty, embargo], severity: [urgent], to: [desk, gaza]}\n"
        "  - {to: [desk]}\n",
        [
            "c.yaml:3:27: routes[0].triggers[1]: must be one of 'casualty', 'arms_embargo', 'recognition' or "
            "'keywords', got string 'embargo'",
            "c.yaml:3:48: routes[0].severity[0]: must be one of 'low', 'medium' or 'high', got "
            "string 'urgent'",
            "c.yaml:3:68: routes[0].to[1]: unknown destination 'gaza'; destinations in the "
            "configuration: desk",
            "c.yaml:4:5: routes[1].triggers: required field is missing",
        ],
    ),
    (
        "admins and settings",
        "admins: {telegram: ['123'], slack: [U1]}\nsettings:\n  poll_interval_s: fast\n  retries: 3\n",
        [
            "c.yaml:1:21: admins.telegram[0]: must be an integer, got string '123'",
            "c.yaml:3:20: settings.poll_interval_s: must be a number, got string 'fast'",
            "c.yaml:4:3: settings.retries: unknown field 'retries'; valid fields here: "
            "allow_private_feed_hosts, data_dir, "
            "event_window_hours, fetch_concurrency, fetch_timeout_s, hot_reload, max_entries_per_poll, "
            "max_entry_age_hours, max_feed_bytes, max_interval_s, max_retry_after_s, max_rule_file_bytes, "
            "min_interval_s, per_host_concurrency, poll_interval_s, user_agent",
        ],
    ),
    ("rules_dir missing", "rules_dir: nowhere\n", ["c.yaml:1:12: rules_dir: directory not found: nowhere"]),
    (
        "YAML syntax",
        "feeds:\n  - {url: x\n",
        [
            "c.yaml:3:1: YAML syntax error: expected ',' or '}', but got '<stream end>' (while "
            "parsing a flow "
            "mapping started at line 2, column 5)"
        ],
    ),
    (
        "duplicate keys",
        "rules_dir: rules\nrules_dir: rules\n",
        ["c.yaml:2:1: duplicate key 'rules_dir' (first at line 1, column 1)"],
    ),
    (
        "not a mapping",
        "- feeds\n",
        ["c.yaml:1:1: the configuration is a mapping (feeds:, destinations:, routes: ...), got a list"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BAD_CONFIGS], ids=[c[0] for c in BAD_CONFIGS])
def test_bad_config_reports_every_error(tmp_path: Path, text: str, expected: list[str]) -> None:
    (tmp_path / "rules").mkdir()
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ConfigError) as raised:
        load_config(path)

    prefix = f"{tmp_path}/"
    assert [e.replace(prefix, "") for e in raised.value.errors] == expected
    assert str(raised.value) == "\n".join(raised.value.errors)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "absent.yaml")
    assert raised.value.errors == [f"{tmp_path}/absent.yaml:1:1: configuration file not found"]


def test_good_config_gives_typed_values_and_resolves_paths(tmp_path: Path) -> None:
    (tmp_path / "etc" / "my-rules").mkdir(parents=True)
    path = tmp_path / "etc" / "bot.yaml"
    path.write_text(
        "feeds:\n"
        "  - {url: 'https://www.aljazeera.com/xml/rss/all.xml', name: Al Jazeera, tags: [middle-east]}\n"
        "  - {url: 'https://b.example/rss', name: B, id: b-desk, enabled: false, min_interval_s: 300}\n"
        "destinations:\n"
        "  - {id: gaza-channel, telegram: {chat_id: -1001234567890}}\n"
        "  - {id: desk, slack: {channel: C0123456789}}\n"
        "  - {id: console, console: {}}\n"
        "routes:\n"
        "  - {triggers: [casualty, arms_embargo, recognition], severity: [high, medium], to: "
        "[gaza-channel, desk]}\n"
        "admins: {telegram: [123456789], slack: [U0123456789]}\n"
        "rules_dir: my-rules\n"
        "settings: {poll_interval_s: 60, data_dir: /var/lib/ca}\n",
        encoding="utf-8",
    )

    config = load_config(path)

    assert isinstance(config, Config)
    assert config.rules_dir == tmp_path / "etc" / "my-rules"
    assert config.data_dir == Path("/var/lib/ca")
    assert [(f.id, f.name, f.tags, f.enabled, f.min_interval_s) for f in config.feeds] == [
        ("al-jazeera", "Al Jazeera", ("middle-east",), True, None),
        ("b-desk", "B", (), False, 300),
    ]
    assert config.destinations == (
        Destination("gaza-channel", Platform.TELEGRAM, "-1001234567890"),
        Destination("desk", Platform.SLACK, "C0123456789"),
        Destination("console", Platform.CONSOLE, "-"),
    )
    assert config.destination_ids == {"gaza-channel", "desk", "console"}
    assert config.routes[0].to == ("gaza-channel", "desk")
    assert config.admins.telegram == (123456789,)
    assert config.settings.poll_interval_s == 60
    assert config.settings.event_window_hours == 72  # default
    assert config.settings.max_entry_age_hours == 48
    assert config.feed_by_url("https://b.example/rss") is config.feeds[1]
    assert config.destination("desk") == config.destinations[1]


def test_empty_config_is_all_defaults(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "c.yaml").write_text("# nothing yet\n")

    config = load_config(tmp_path / "c.yaml")

    assert config.feeds == () and config.destinations == () and config.routes == ()
    assert config.rules_dir == tmp_path / "rules"
    assert config.settings.poll_interval_s == 120


def test_default_config_is_valid_and_sends_everything_to_the_console() -> None:
    config = parse_config(shipped_text("conflict-alerts.yaml"), ROOT / "conflict-alerts.yaml")

    assert 10 <= len(config.feeds) <= 15
    assert all(f.url.startswith("https://") for f in config.feeds)
    assert config.destinations == (Destination("console", Platform.CONSOLE, "-"),)
    assert config.rules_dir == ROOT / "rules"
    covered = {(t, s) for r in config.routes for t in r.triggers for s in r.severity if "console" in r.to}
    assert {
        (t, s) for t in ("casualty", "arms_embargo", "recognition") for s in ("low", "medium", "high")
    } <= covered


def test_config_schema_is_strict() -> None:
    schema = json_schema()
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == {"feeds", "destinations", "routes", "admins", "rules_dir", "settings"}
