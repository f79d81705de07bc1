"""The YAML configuration: feeds, destinations, routes, admins, the rules folder and settings.

Validated as strictly as the rules (unknown fields, wrong types, duplicate keys and ids, unknown
destinations are errors), every error at once, each as `file:line:column: field: message`.
Relative paths (`rules_dir`, `settings.data_dir`) resolve against the configuration file's folder.
Secrets and endpoints are not here: they come from the environment (bot/settings.py).

```yaml
feeds:
  - {url: "https://www.aljazeera.com/xml/rss/all.xml", name: Al Jazeera, tags: [middle-east]}
destinations:
  - {id: gaza-channel, telegram: {chat_id: "-1001234567890"}}
  - {id: desk, slack: {channel: "C0123456789"}}
  - {id: console, console: {}}
routes:
  - {triggers: [casualty, arms_embargo, recognition], severity: [high, medium], to: [gaza-channel, desk]}
admins: {telegram: [123456789], slack: ["U0123456789"]}
rules_dir: rules
settings: {poll_interval_s: 120, event_window_hours: 72}
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from ruamel.yaml.comments import CommentedMap

from bot.core.model import Destination, Platform, Severity, Trigger
from bot.core.parse import DEFAULT_MAX_ENTRIES_PER_POLL
from bot.core.rules import messages
from bot.core.rules.loader import DEFAULT_MAX_RULE_FILE_BYTES
from bot.core.rules.yamlsource import (
    Problem,
    describe,
    locate,
    parse_yaml,
    position,
    pydantic_problem,
    relevant_errors,
    to_plain,
)
from bot.core.schedule import DEFAULT_MAX_RETRY_AFTER_S

TriggerName = Literal["casualty", "arms_embargo", "recognition", "keywords"]
SeverityName = Literal["low", "medium", "high"]

_STRICT = ConfigDict(extra="forbid", strict=True, frozen=True)


class _Model(BaseModel):
    model_config = _STRICT


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "feed"


class FeedConfig(_Model):
    url: str = Field(description="The feed's http(s) URL.")
    name: str = Field(min_length=1, description="The outlet's name, shown in alerts.")
    id: str = Field(default="", description="Stable id; default: the name in lower-case-with-dashes.")
    tags: tuple[str, ...] = Field(default=(), description="Free labels (middle-east, sudan, ...).")
    enabled: bool = True
    min_interval_s: float | None = Field(default=None, gt=0, description="Poll at most this often.")
    max_interval_s: float | None = Field(default=None, gt=0, description="Poll at least this often.")

    @field_validator("tags", mode="before")
    @classmethod
    def _tags_list(cls, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(messages.BAD_URL.format(got=repr(value)))
        return value

    @model_validator(mode="after")
    def _defaults(self) -> FeedConfig:
        if not self.id:
            object.__setattr__(self, "id", _slug(self.name))
        low, high = self.min_interval_s, self.max_interval_s
        if low is not None and high is not None and low > high:
            raise ValueError(messages.MIN_INTERVAL_ABOVE_MAX.format(min=low, max=high))
        return self


class _Telegram(_Model):
    chat_id: str | int = Field(description="Numeric chat id (-100...) or @channelname.")


class _Slack(_Model):
    channel: str = Field(min_length=1, description="Channel id (C0123456789).")


class _Console(_Model):
    pass


class _DestinationSpec(_Model):
    id: str = Field(min_length=1)
    telegram: _Telegram | None = None
    slack: _Slack | None = None
    console: _Console | None = None

    @model_validator(mode="after")
    def _one_platform(self) -> _DestinationSpec:
        given = [p for p in ("telegram", "slack", "console") if getattr(self, p) is not None]
        if len(given) != 1:
            raise ValueError(messages.DESTINATION_PLATFORM.format(got=", ".join(given) or "none"))
        return self

    def destination(self) -> Destination:
        if self.telegram is not None:
            return Destination(self.id, Platform.TELEGRAM, str(self.telegram.chat_id))
        if self.slack is not None:
            return Destination(self.id, Platform.SLACK, self.slack.channel)
        return Destination(self.id, Platform.CONSOLE, "-")


class RouteConfig(_Model):
    """Matches whose trigger and severity are listed go to `to` (when the rule names no routes)."""

    triggers: tuple[TriggerName, ...] = Field(min_length=1)
    severity: tuple[SeverityName, ...] = Field(default=("low", "medium", "high"), min_length=1)
    to: tuple[str, ...] = Field(min_length=1, description="Destination ids.")

    @field_validator("triggers", "severity", "to", mode="before")
    @classmethod
    def _list(cls, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    def accepts(self, trigger: Trigger, severity: Severity) -> bool:
        return trigger.value in self.triggers and severity.value in self.severity


class Admins(_Model):
    telegram: tuple[int, ...] = Field(default=(), description="Telegram user ids.")
    slack: tuple[str, ...] = Field(default=(), description="Slack user ids (U...).")

    @field_validator("telegram", "slack", mode="before")
    @classmethod
    def _list(cls, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value


class SettingsSection(_Model):
    """The YAML config's `settings:` section: tunables with defaults; every one may be omitted. (The
    environment's settings, secrets and endpoints, are `bot.settings.Settings`.)"""

    poll_interval_s: float = Field(default=120, gt=0, description="Base interval between polls of a feed.")
    min_interval_s: float = Field(default=60, gt=0, description="Never poll a feed more often.")
    max_interval_s: float = Field(
        default=3600, gt=0, description="Never poll a feed less often (unless it asks, Retry-After)."
    )
    max_retry_after_s: float = Field(
        default=DEFAULT_MAX_RETRY_AFTER_S,
        gt=0,
        description="A publisher's Retry-After is honoured up to this many seconds (default 6 hours).",
    )
    event_window_hours: float = Field(
        default=72, gt=0, description="Same event within this window: one alert."
    )
    max_entry_age_hours: float = Field(
        default=48, gt=0, description="Older entries are recorded, not alerted."
    )
    fetch_timeout_s: float = Field(default=30, gt=0, description="Whole-request timeout.")
    max_feed_bytes: int = Field(
        default=10_000_000, gt=0, description="Larger bodies are cut off and rejected."
    )
    fetch_concurrency: int = Field(
        default=64, gt=0, description="Feeds fetched at once (per_host_concurrency protects each publisher)."
    )
    per_host_concurrency: int = Field(default=2, gt=0, description="Requests at once to one host.")
    allow_private_feed_hosts: tuple[str, ...] = Field(
        default=(),
        description="`host` or `host:port` entries (names or IP literals; a bare host means ports "
        "80 and 443) that feeds added at run time (CLI, chat), and the redirects of configured feeds, "
        "may reach although they are loopback, private or link-local: tests, intranet feeds. Everything "
        "else such a feed reaches, after DNS and on every redirect, must be a public address; the "
        "metadata endpoints never.",
    )
    user_agent: str = Field(default="conflict-alerts/0.1", min_length=1)
    data_dir: str = Field(default="data", description="State folder (SQLite), relative to this file.")
    hot_reload: bool = Field(
        default=True, description="Watch the config and rule files and reload on change."
    )
    max_entries_per_poll: int = Field(
        default=DEFAULT_MAX_ENTRIES_PER_POLL,
        gt=0,
        description="Entries one poll of one feed reads, newest first; the rest are counted and reported.",
    )
    max_rule_file_bytes: int = Field(
        default=DEFAULT_MAX_RULE_FILE_BYTES,
        gt=0,
        description="Larger rule files are refused before parsing (check, start and hot reload).",
    )

    @field_validator("allow_private_feed_hosts", mode="before")
    @classmethod
    def _hosts_list(cls, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    @model_validator(mode="after")
    def _range(self) -> SettingsSection:
        if self.min_interval_s > self.max_interval_s:
            raise ValueError(
                messages.MIN_INTERVAL_ABOVE_MAX.format(min=self.min_interval_s, max=self.max_interval_s)
            )
        return self


class ConfigFile(_Model):
    """The file as written (for validation and the JSON Schema)."""

    feeds: list[FeedConfig] = Field(default_factory=list)
    destinations: list[_DestinationSpec] = Field(default_factory=list)
    routes: list[RouteConfig] = Field(default_factory=list)
    admins: Admins = Field(default_factory=Admins)
    rules_dir: str = Field(default="rules", description="Rule files folder, relative to this file.")
    settings: SettingsSection = Field(default_factory=SettingsSection)


@dataclass(frozen=True, slots=True)
class Config:
    path: Path
    feeds: tuple[FeedConfig, ...]
    destinations: tuple[Destination, ...]
    routes: tuple[RouteConfig, ...]
    admins: Admins
    rules_dir: Path  # absolute or relative to the working directory, resolved from the file's folder
    settings: SettingsSection

    @property
    def data_dir(self) -> Path:
        return _resolve(self.path, self.settings.data_dir)

    @property
    def destination_ids(self) -> set[str]:
        return {d.id for d in self.destinations}

    def destination(self, destination_id: str) -> Destination | None:
        for d in self.destinations:
            if d.id == destination_id:
                return d
        return None

    def feed_by_url(self, url: str) -> FeedConfig | None:
        for f in self.feeds:
            if f.url == url:
                return f
        return None


class ConfigError(Exception):
    """The configuration cannot be used; `errors` are `file:line:column: field: message` lines."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


def _resolve(config_path: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else config_path.parent / path


def load_config(path: Path) -> Config:
    """Read and validate the configuration file; raises ConfigError listing every problem."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError([f"{path}:1:1: {messages.CONFIG_NOT_FOUND}"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}:1:1: {messages.YAML_NOT_TEXT.format(reason=exc)}"]) from None
    return parse_config(text, path)


def parse_config(text: str, path: Path, check_dirs: bool = True) -> Config:
    """Validate configuration text read from `path` (used for messages and relative paths)."""
    name = str(path)
    parsed = parse_yaml(text)
    problems: list[Problem] = list(parsed.problems)
    root = parsed.root
    if root is None and not problems:
        root = CommentedMap()  # an empty file is all defaults
    if root is None:
        raise ConfigError(_format(name, problems))
    if not isinstance(root, CommentedMap):
        line, col = position(root)
        problems.append(
            Problem(line, col, None, messages.YAML_CONFIG_NOT_MAPPING.format(got=describe(to_plain(root))))
        )
        raise ConfigError(_format(name, problems))

    problems.extend(_duplicates(root))
    model: ConfigFile | None = None
    try:
        model = ConfigFile.model_validate(to_plain(root))
    except ValidationError as exc:
        problems.extend(pydantic_problem(root, err, ConfigFile) for err in relevant_errors(exc.errors()))
    problems.extend(_unknown_destinations(root))
    rules_dir = _resolve(path, model.rules_dir) if model is not None else None
    if check_dirs and rules_dir is not None and not rules_dir.is_dir():
        line, col = locate(root, ["rules_dir"])
        problems.append(Problem(line, col, "rules_dir", messages.DIR_NOT_FOUND.format(path=rules_dir)))
    if problems or model is None or rules_dir is None:
        raise ConfigError(_format(name, problems))
    return Config(
        path=path,
        feeds=tuple(model.feeds),
        destinations=tuple(d.destination() for d in model.destinations),
        routes=tuple(model.routes),
        admins=model.admins,
        rules_dir=rules_dir,
        settings=model.settings,
    )


def _format(name: str, problems: list[Problem]) -> list[str]:
    out = []
    for p in sorted(problems, key=lambda p: (p.line, p.column)):
        field = f"{p.field}: " if p.field else ""
        out.append(f"{name}:{p.line}:{p.column}: {field}{p.message}")
    return out


def _duplicates(root: CommentedMap) -> list[Problem]:
    """Duplicate feed urls, feed ids and destination ids."""
    problems: list[Problem] = []
    checks = (
        ("feeds", "url", "feed url"),
        ("feeds", "id", "feed id"),
        ("destinations", "id", "destination id"),
    )
    for section, key, what in checks:
        items = root.get(section)
        if not isinstance(items, list):
            continue
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            value = item.get(key)
            where: list[int | str] = [section, i, key]
            if key == "id" and section == "feeds" and value is None and isinstance(item.get("name"), str):
                value = _slug(item["name"])
                where = [section, i, "name"]
            if not isinstance(value, str):
                continue
            line, col = locate(root, where)
            if value in seen:
                msg = messages.DUPLICATE_ID.format(what=what, value=value, line=seen[value])
                problems.append(Problem(line, col, f"{section}[{i}].{where[-1]}", msg))
            else:
                seen[value] = line
    return problems


def _unknown_destinations(root: CommentedMap) -> list[Problem]:
    dests = root.get("destinations")
    known = (
        [d["id"] for d in dests if isinstance(d, dict) and isinstance(d.get("id"), str)]
        if isinstance(dests, list)
        else []
    )
    routes = root.get("routes")
    problems: list[Problem] = []
    if not isinstance(routes, list):
        return problems
    for i, route in enumerate(routes):
        targets = route.get("to") if isinstance(route, dict) else None
        if not isinstance(targets, list):
            continue
        for j, dest in enumerate(targets):
            if isinstance(dest, str) and dest not in known:
                line, col = locate(root, ["routes", i, "to", j])
                problems.append(
                    Problem(line, col, f"routes[{i}].to[{j}]", messages.unknown_destination(dest, known))
                )
    return problems


def json_schema() -> dict[str, Any]:
    """JSON Schema of the configuration file, for editors."""
    schema = TypeAdapter(ConfigFile).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Conflict Alerts configuration",
        **schema,
    }
