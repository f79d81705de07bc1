"""Console adapter: prints the plain rendering; the sink when no chat platform is configured."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.chat.base import Sent
from bot.core.model import Alert, Destination, Platform
from bot.core.render import render_plain

SEPARATOR = "─" * 72


class ConsoleSender:
    platform = Platform.CONSOLE

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._count = 0

    @property
    def stream(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stdout  # the stdout of *now* (capture)

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        self.stream.flush()

    async def send(self, destination: Destination, alert: Alert, reply_to: str | None = None) -> Sent:
        self._count += 1
        message_id = f"console-{self._count}"
        marker = f"↳ update to {reply_to}\n" if reply_to else ""
        self.stream.write(f"{marker}{render_plain(alert)}\n{SEPARATOR}\n")
        self.stream.flush()
        return Sent(message_id=message_id)

    async def edit(self, destination: Destination, message_id: str, alert: Alert) -> None:
        self.stream.write(f"(update to {message_id})\n{render_plain(alert)}\n{SEPARATOR}\n")
        self.stream.flush()
