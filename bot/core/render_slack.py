"""An alert as Slack Block Kit blocks plus an escaped plain-text fallback, every text within Block Kit's
limits (see `bot.core.render` for the design)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.core.model import Alert
from bot.core.render import (
    AlertParts,
    alert_parts,
    from_template,
    is_web_link,
    quoted,
    render_plain,
    shorten,
    withdrawn_parts,
)
from bot.core.telegram_html import ELLIPSIS
from bot.core.templates import escape_mrkdwn

SLACK_MAX_SECTION_TEXT = 3000  # Block Kit: section text object
SLACK_MAX_CONTEXT_TEXT = 3000  # Block Kit: text object in a context block
SLACK_MAX_BLOCKS = 50  # Block Kit: blocks per message
SLACK_MAX_TEXT = 40_000  # chat.postMessage `text`: longer is msg_too_long
SLACK_MAX_FALLBACK_TEXT = 3000  # our own cap: the fallback only feeds notifications and old clients


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """What chat.postMessage / chat.update receive: a plain fallback and Block Kit blocks."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)


def _fit_escaped(raw: str, limit: int, wrap: str = "") -> str:
    """mrkdwn-escaped `raw` (with `wrap` on both sides) shortened so the result is <= limit chars."""

    def build(s: str) -> str:
        return f"{wrap}{escape_mrkdwn(s)}{wrap}"

    if len(build(raw)) <= limit:
        return build(raw)
    lo, hi = 0, len(raw)  # largest prefix budget whose escaped form fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(build(shorten(raw, mid, measure=len))) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return build(shorten(raw, lo, measure=len))


def _slack_link(link: str) -> str:
    """A link in Slack's <url> syntax, or the escaped text when it is not a web link."""
    if not is_web_link(link):
        return escape_mrkdwn(link)
    safe = link.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
    return f"<{safe}>"


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _slack_fallback(text: str) -> str:
    return _fit_escaped(text, SLACK_MAX_FALLBACK_TEXT)


def _cut_mrkdwn(text: str, limit: int) -> str:
    """Cut already-formatted mrkdwn to `limit` chars without splitting a <link> or an &entity;."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    lt, gt = cut.rfind("<"), cut.rfind(">")
    if lt > gt:
        cut = cut[:lt]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + ELLIPSIS


def render_slack(alert: Alert) -> SlackMessage:
    """Block Kit blocks plus an escaped plain-text fallback; every text within Block Kit limits."""
    fallback = _slack_fallback(render_plain(alert))
    if alert.withdrawn:
        p = withdrawn_parts(alert)
        blocks = [
            _section(_fit_escaped(p.headline, SLACK_MAX_SECTION_TEXT, wrap="*")),
            _section(_fit_escaped(p.more, SLACK_MAX_SECTION_TEXT, wrap="~")),
        ]
        if line := _slack_source_line(p):
            blocks.append(line)
        return SlackMessage(text=fallback, blocks=blocks)
    p = alert_parts(alert)
    custom = from_template(alert, p, "mrkdwn", "slack")
    if custom is not None:
        body = _cut_mrkdwn(custom, SLACK_MAX_SECTION_TEXT)
        return SlackMessage(text=_cut_mrkdwn(custom, SLACK_MAX_FALLBACK_TEXT), blocks=[_section(body)])
    blocks = [_section(_fit_escaped(p.headline, SLACK_MAX_SECTION_TEXT, wrap="*"))]
    if p.more:
        blocks.append(_section(_fit_escaped(p.more, SLACK_MAX_SECTION_TEXT)))
    if p.evidence:
        blocks.append(_section(_fit_escaped(quoted(p.evidence), SLACK_MAX_SECTION_TEXT)))
    if line := _slack_source_line(p):
        blocks.append(line)
    return SlackMessage(text=fallback, blocks=blocks[:SLACK_MAX_BLOCKS])


def _slack_source_line(p: AlertParts) -> dict[str, Any] | None:
    """The context block with source, link and "also reported by"; None when there is nothing."""
    pieces: list[str] = []
    if p.source:
        pieces.append(_fit_escaped(p.source, 200))
    if p.link:
        link = _slack_link(p.link)
        pieces.append(link if len(link) <= 2000 else _fit_escaped(p.link, 2000))
    line = " · ".join(pieces)
    if p.also:
        also = escape_mrkdwn(p.also)
        line = f"{line}   {also}" if line else also
    if not line:
        return None
    text = _cut_mrkdwn(line, SLACK_MAX_CONTEXT_TEXT)
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}
