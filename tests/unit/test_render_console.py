"""ConsoleSender prints the plain rendering, one alert per block, with increasing message ids."""

from __future__ import annotations

import io
from datetime import datetime

from bot.chat.console import SEPARATOR, ConsoleSender
from bot.core.model import Alert, Destination, Platform, Severity, Trigger
from bot.core.render import render_plain

ALERT = Alert(
    id="k",
    rule_id="r",
    trigger=Trigger.KEYWORDS,
    severity=Severity.LOW,
    facts=(),
    entry_title="Ceasefire talks resume",
    link="https://example.com/a",
    source="Example",
    published=datetime(2025, 8, 12),
)
CONSOLE = Destination(id="console", platform=Platform.CONSOLE, address="-")


async def test_console_prints_plain_text_with_a_separator() -> None:
    out = io.StringIO()
    sender = ConsoleSender(stream=out)
    await sender.start()
    first = await sender.send(CONSOLE, ALERT)
    second = await sender.send(CONSOLE, ALERT)
    await sender.edit(CONSOLE, first.message_id, ALERT)
    await sender.close()

    assert (first.message_id, second.message_id) == ("console-1", "console-2")
    block = f"{render_plain(ALERT)}\n{SEPARATOR}\n"
    assert out.getvalue() == block + block + f"(update to console-1)\n{block}"
