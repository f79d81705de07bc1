"""Secrets and endpoints from the environment (12-factor); everything else is in the YAML config.

| variable | meaning |
|---|---|
| `CONFLICT_ALERTS_CONFIG` | path of the YAML config (`--config` wins); default `conflict-alerts.yaml` |
| `DATABASE_URL` | SQLAlchemy URL; default SQLite in the config's `settings.data_dir` |
| `TELEGRAM_BOT_TOKEN` | enables Telegram destinations |
| `TELEGRAM_API_BASE_URL` | Bot API base, e.g. `http://127.0.0.1:8081/bot` (a fake, a local Bot API) |
| `SLACK_BOT_TOKEN` | enables Slack destinations |
| `SLACK_API_URL` | Web API base, default `https://slack.com/api/` |
| `SLACK_SIGNING_SECRET`, `SLACK_APP_TOKEN` | Slack HTTP mode / Socket Mode (commands) |
| `CONFLICT_ALERTS_INSTANCE` | this instance's name in leases; default host name and process id |
| `CONFLICT_ALERTS_HTTP_HOST` | address of the HTTP server (health, metrics, status page); `127.0.0.1` |
| `CONFLICT_ALERTS_HTTP_PORT` | its port; default `8080` (`0`: any free port) |
| `CONFLICT_ALERTS_HTTP_TOKEN` | bearer token / basic-auth password for /metrics and the status page |
| `CONFLICT_ALERTS_HTTP_ENABLED` | `false` turns the HTTP server off |
| `CONFLICT_ALERTS_HTTP_ALLOWED_HOSTS` | host names (comma-separated) the status page answers tokenless |
| `TELEGRAM_WEBHOOK_URL` | public https URL of `/telegram/webhook`: commands by webhook instead of polling |
| `TELEGRAM_WEBHOOK_SECRET` | secret token Telegram sends with each webhook update (required with the URL) |
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CONFIG = Path("conflict-alerts.yaml")
DEFAULT_SQLITE_PATH = Path("data") / "conflict-alerts.sqlite3"


@dataclass(frozen=True, slots=True)
class Settings:
    config_path: Path
    database_url: str | None  # DATABASE_URL; None = SQLite in the config's settings.data_dir
    telegram_token: str | None
    telegram_base_url: str | None
    slack_token: str | None
    slack_api_url: str | None
    slack_signing_secret: str | None
    slack_app_token: str | None
    instance: str
    # The HTTP server (bot/web.py): raw values, validated there so a bad one gets a clear message.
    http_host: str | None = None
    http_port: str | None = None
    http_token: str | None = None
    http_enabled: str | None = None
    http_allowed_hosts: str | None = None
    # Telegram webhook mode for commands (bot/chat/telegram_commands.py); unset: long polling.
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, config_path: Path | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        return cls(
            config_path=config_path or Path(get("CONFLICT_ALERTS_CONFIG") or DEFAULT_CONFIG),
            database_url=get("DATABASE_URL"),
            telegram_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_base_url=get("TELEGRAM_API_BASE_URL"),
            slack_token=get("SLACK_BOT_TOKEN"),
            slack_api_url=get("SLACK_API_URL"),
            slack_signing_secret=get("SLACK_SIGNING_SECRET"),
            slack_app_token=get("SLACK_APP_TOKEN"),
            instance=get("CONFLICT_ALERTS_INSTANCE") or f"{socket.gethostname()}:{os.getpid()}",
            http_host=get("CONFLICT_ALERTS_HTTP_HOST"),
            http_port=get("CONFLICT_ALERTS_HTTP_PORT"),
            http_token=get("CONFLICT_ALERTS_HTTP_TOKEN"),
            http_enabled=get("CONFLICT_ALERTS_HTTP_ENABLED"),
            http_allowed_hosts=get("CONFLICT_ALERTS_HTTP_ALLOWED_HOSTS"),
            telegram_webhook_url=get("TELEGRAM_WEBHOOK_URL"),
            telegram_webhook_secret=get("TELEGRAM_WEBHOOK_SECRET"),
        )

    def database_url_for(self, data_dir: Path | None) -> str:
        return self.database_url or default_database_url(data_dir)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never reach a log line."""
        values = (
            self.telegram_token,
            self.slack_token,
            self.slack_signing_secret,
            self.slack_app_token,
            self.http_token,
            self.telegram_webhook_secret,
        )
        return tuple(v for v in values if v)


def default_database_url(data_dir: Path | None = None) -> str:
    """SQLite in the config's `settings.data_dir` (./data when there is no config). Kept here, not in
    `bot.store.db`, so that reading settings never imports SQLAlchemy or Alembic (`match` needs neither)."""
    path = (data_dir / DEFAULT_SQLITE_PATH.name) if data_dir is not None else DEFAULT_SQLITE_PATH
    return f"sqlite:///{path}"
