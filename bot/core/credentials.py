"""Secrets are for using, never for showing: the one redactor.

A feed URL may carry credentials (`https://user:password@host/feed`, a paywalled or intranet feed);
every place that shows or logs a URL, or a message that may contain one (a fetch error naming a
redirect target), passes it through `hide_url_credentials`, which replaces the whole user-info part:
the user name alone can be a token. `Redactor` does that and also masks the configured tokens and
anything shaped like a Telegram or Slack token; the log handler, the client libraries' loggers
(bot/chat/base.py `protect_secret`), the senders' error texts and the CLI all use it, with one mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HIDDEN = "***"
# Shapes of secrets even when they are not in the settings (a token in a feed URL, a pasted one).
_TOKEN_SHAPES = re.compile(
    r"(?P<tg>\b\d{6,12}:[A-Za-z0-9_-]{30,}\b)|(?P<slack>\bx(?:oxb|oxp|oxa|oxe|app)-[A-Za-z0-9-]{10,}\b)"
)
MIN_SECRET_LEN = 6  # shorter values would mask ordinary words


class Redactor:
    """Masks known secrets, token-shaped strings and URL credentials in a text."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets: tuple[str, ...] = ()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str) -> None:
        if len(secret) >= MIN_SECRET_LEN and secret not in self.secrets:
            self.secrets = tuple(sorted((*self.secrets, secret), key=len, reverse=True))

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        return hide_url_credentials(_TOKEN_SHAPES.sub(HIDDEN, text))


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with these secrets (and token shapes, URL credentials) masked."""
    return Redactor(secrets)(text)

# scheme://userinfo@ ; userinfo stops at the first '/', '?', '#', whitespace or '@' (RFC 3986 §3.2).
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/?#\s@]+@")


def hide_url_credentials(text: str) -> str:
    """`text` with the user-info of every URL in it replaced by ``***``."""
    return _USERINFO.sub(rf"\g<1>{HIDDEN}@", text)


def without_credentials(url: str) -> str:
    """The URL with its user-info removed altogether (a base for resolving links against)."""
    return _USERINFO.sub(r"\g<1>", url, count=1)
