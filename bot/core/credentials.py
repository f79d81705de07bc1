"""Credentials in URLs (`https://user:password@host/feed`) are for fetching, never for showing.

A feed URL may carry them (a paywalled or intranet feed); every place that shows or logs a URL, or a
message that may contain one (a fetch error naming a redirect target), passes it through
`hide_url_credentials`, which replaces the whole user-info part: the user name alone can be a token.
"""

from __future__ import annotations

import re

HIDDEN = "***"

# scheme://userinfo@ ; userinfo stops at the first '/', '?', '#', whitespace or '@' (RFC 3986 §3.2).
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/?#\s@]+@")


def hide_url_credentials(text: str) -> str:
    """`text` with the user-info of every URL in it replaced by ``***``."""
    return _USERINFO.sub(rf"\g<1>{HIDDEN}@", text)


def without_credentials(url: str) -> str:
    """The URL with its user-info removed altogether (a base for resolving links against)."""
    return _USERINFO.sub(r"\g<1>", url, count=1)
