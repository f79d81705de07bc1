"""Hot reload: a good change applies without a restart; a bad one is rejected with file:line
messages, the last good rules stay in force, and the configured admins get one notice through the
outbox (delivered by the real python-telegram-bot to the fake Bot API)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from bot.app import running_bot
from bot.deliver import drain_outbox
from bot.reload import reloader
from bot.settings import Settings
from tests.conftest import TEST_RULES
from tests.fakes.telegram_api import running_fake_telegram

ADMIN = 4242

BROKEN = """
- id: broken-rule
  trigger: keywords
  severity: urgent
  any: [ceasefire]
"""

EXTRA = """
- id: hostage-deal
  trigger: keywords
  severity: medium
  fields: [title]
  any: [hostage deal]
  examples:
    match: [{title: "Negotiators close in on a hostage deal"}]
    no_match: [{title: "Talks resume in Cairo"}]
"""


def write_config(tmp: Path, rules: Path) -> Path:
    config = tmp / "config.yaml"
    config.write_text(
        "feeds: []\n"
        'destinations:\n  - {id: desk, telegram: {chat_id: "-1001"}}\n'
        "routes:\n  - {triggers: [casualty], to: [desk]}\n"
        f"admins: {{telegram: [{ADMIN}]}}\n"
        f"rules_dir: {rules}\n",
        encoding="utf-8",
    )
    return config


async def test_bad_change_keeps_the_last_good_rules_and_tells_the_admins_once(
    tmp_path: Path, repo_root: Path
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(TEST_RULES, rules)
    async with running_fake_telegram() as tg:
        settings = Settings.from_env(
            {
                "CONFLICT_ALERTS_CONFIG": str(write_config(tmp_path, rules)),
                "DATABASE_URL": f"sqlite:///{tmp_path / 'state.sqlite3'}",
                "TELEGRAM_BOT_TOKEN": tg.token,
                "TELEGRAM_API_BASE_URL": tg.base_url,
            }
        )
        async with running_bot(settings) as bot:
            before = bot.pipeline.rules.ruleset
            reload = reloader(bot)

            (rules / "zz-broken.yaml").write_text(BROKEN, encoding="utf-8")
            await reload()
            await reload()  # the same bad change seen twice (or by two instances) is one notice
            assert bot.pipeline.rules.ruleset is before

            await drain_outbox(bot.deliverers, bot.store, max_wait_s=10, clock=_now)
            notices = [m for m in tg.messages if str(m.chat_id) == str(ADMIN)]
            assert len(notices) == 1
            assert "rejected" in notices[0].text
            assert "zz-broken.yaml:4:" in notices[0].text and "severity" in notices[0].text

            (rules / "zz-broken.yaml").write_text(EXTRA, encoding="utf-8")
            await reload()
            assert bot.pipeline.rules.ruleset is not before
            assert bot.pipeline.rules.ruleset.get("hostage-deal") is not None


def _now() -> datetime:
    return datetime.now(UTC)
