"""What the bot's HTML pages (the status page and its series view) share: one Jinja environment over
`bot/web_templates` with the filters they use, and the response headers that lock a page down."""

from __future__ import annotations

from urllib.parse import urlsplit

import jinja2
from aiohttp import web


def safe_url(value: str | None) -> str:
    """Only http(s) links reach an href: a feed can carry `javascript:` links."""
    if value and urlsplit(value).scheme in ("http", "https"):
        return value
    return ""


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("bot", "web_templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
TEMPLATES.filters["duration"] = duration
TEMPLATES.filters["safe_url"] = safe_url


def locked_page(html: str, csp: str) -> web.Response:
    """An HTML page that loads only what `csp` allows and cannot be framed."""
    return web.Response(
        text=html, content_type="text/html", charset="utf-8",
        headers={"Content-Security-Policy": csp, "X-Frame-Options": "DENY"},
    )  # fmt: skip
