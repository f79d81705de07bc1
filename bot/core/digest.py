"""Digests: when a destination's rate budget is spent, lower-severity alerts fold into one message. Pure.

Two decisions and three renderings live here; the deliverer (bot/deliver.py) does the I/O.

* `chat_capacity`: how many messages one chat can still take within a horizon, given how long its
  next slot is away (`RateLimiter.delay`) and its limits (per-chat rate, Telegram's 20/min for
  groups and channels).
* `plan_fold`: given one chat's due rows in delivery order (most severe first, then oldest) and that
  capacity, which rows fold into a digest. High-severity rows, edits and digests never fold; the
  digest itself takes one of the slots; folding fewer than two rows saves nothing, so it is not done.
* `render_digest_telegram` / `render_digest_slack` / `render_digest_plain`: "🗂 5 more alerts", then
  one line per alert: its headline and its source, linked. Telegram's text stays within 4096 visible
  UTF-16 units (hrefs do not count); Slack's within one section's 3000 characters (URLs do count).
  Headlines are shortened first, then (Slack) links dropped; only as a last resort are items cut,
  with "… and N more" saying how many.

`digest_alert` wraps a rendering in an `Alert` whose template is that text, verbatim, so a digest goes
through the ordinary senders (`Sender.send`) and their error mapping unchanged.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.core.model import Alert, Platform, Severity, Trigger
from bot.core.plan import OutboxAction
from bot.core.render import headline
from bot.core.render_slack import SLACK_MAX_SECTION_TEXT
from bot.core.telegram_html import ELLIPSIS, TELEGRAM_MAX_TEXT_LENGTH, utf16_len
from bot.core.templates import escape_mrkdwn

DIGEST_ICON = "🗂"
# Alerts per digest message: what fits the platform's limits with room to spare (Slack counts URLs).
# A longer digest is several messages.
DIGEST_MAX_ITEMS = {Platform.TELEGRAM.value: 20, Platform.SLACK.value: 12}
DIGEST_MAX_ITEMS_DEFAULT = 50
MIN_FOLD = 2  # folding a single row into a "digest" of one saves no message
# Headline lengths tried, longest first, until the digest fits the platform's limit.
_HEADLINE_BUDGETS = (200, 160, 120, 90, 70, 50, 35, 24)


# --- deciding -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FoldCandidate:
    """What `plan_fold` needs of an outbox row."""

    id: int
    action: OutboxAction
    severity_rank: int


def chat_capacity(
    wait_s: float, horizon_s: float, per_chat_rate: float, group_per_minute: int | None = None
) -> int:
    """Messages one chat can take within `horizon_s` from now when its next slot is `wait_s` away."""
    room = horizon_s - max(0.0, wait_s)
    if room < 0:
        return 0
    n = math.floor(room * per_chat_rate) + 1
    if group_per_minute is not None:
        n = min(n, group_per_minute * (math.floor(room / 60.0) + 1))
    return n


def plan_fold(
    rows: Sequence[FoldCandidate], capacity: int, *, fold_below_rank: int = Severity.HIGH.rank
) -> list[int]:
    """Ids of the rows to fold into a digest, or [] when the chat's rows fit its capacity.

    `rows` are one chat's rows in delivery order. Rows that never fold keep their slots; of the
    foldable ones (``send`` rows below `fold_below_rank`) the first keep what slots remain, less one
    for the digest, and the rest fold."""
    if len(rows) <= capacity:
        return []
    foldable = [r for r in rows if r.action == OutboxAction.SEND and r.severity_rank < fold_below_rank]
    fixed = len(rows) - len(foldable)
    keep = max(0, capacity - fixed - 1)
    fold = foldable[keep:]
    return [r.id for r in fold] if len(fold) >= MIN_FOLD else []


def digest_max_items(platform: str) -> int:
    return DIGEST_MAX_ITEMS.get(platform, DIGEST_MAX_ITEMS_DEFAULT)


# --- rendering --------------------------------------------------------------------------------------


def digest_title(count: int) -> str:
    return f"{DIGEST_ICON} {count} more alerts"


def _is_web_link(link: str) -> bool:
    return link.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in link)


def _cut(text: str, limit: int) -> str:
    if utf16_len(text) <= limit:
        return text
    used, end = 0, 0
    for end, ch in enumerate(text):  # noqa: B007 - `end` is where the budget runs out
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit - 1:
            break
    return text[:end].rstrip(" ,;:·—-") + ELLIPSIS


def _source(alert: Alert) -> str:
    return " ".join(alert.source.split()) or "link"


def _fit(
    alerts: Sequence[Alert],
    limit: int,
    measure: Callable[[str], int],
    render: Callable[[Sequence[Alert], int, bool, int], str],
) -> str:
    """The first rendering that fits: every item with the longest headline budget that fits, with
    links, then without; as a last resort fewer items and a count of the rest."""
    for links in (True, False):
        for budget in _HEADLINE_BUDGETS:
            text = render(alerts, budget, links, len(alerts))
            if measure(text) <= limit:
                return text
    lo, hi = 0, len(alerts) - 1  # the most items shown that still fit (0 fits unless the limit is tiny)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(render(alerts, _HEADLINE_BUDGETS[-1], False, mid)) <= limit:
            lo = mid
        else:
            hi = mid - 1
    text = render(alerts, _HEADLINE_BUDGETS[-1], False, lo)
    return text if measure(text) <= limit else _cut(digest_title(len(alerts)), limit)


def _plain_lines(alerts: Sequence[Alert], budget: int, links: bool, shown: int) -> str:
    lines = [digest_title(len(alerts))]
    for alert in alerts[:shown]:
        line = f"• {_cut(headline(alert), budget)} — {_source(alert)}"
        if links and alert.link.strip():
            line += f" · {alert.link.strip()}"
        lines.append(line)
    if shown < len(alerts):
        lines.append(f"{ELLIPSIS} and {len(alerts) - shown} more")
    return "\n".join(lines)


def render_digest_plain(alerts: Sequence[Alert]) -> str:
    """The console's digest (no limit): title, then headline, source and link per alert."""
    return _plain_lines(alerts, max(_HEADLINE_BUDGETS), True, len(alerts))


def _telegram_lines(alerts: Sequence[Alert], budget: int, links: bool, shown: int) -> str:
    lines = [f"<b>{html.escape(digest_title(len(alerts)), quote=False)}</b>"]
    for alert in alerts[:shown]:
        head = html.escape(_cut(headline(alert), budget), quote=False)
        source = html.escape(_source(alert), quote=False)
        link = alert.link.strip()
        if links and _is_web_link(link):
            source = f'<a href="{html.escape(link, quote=True)}">{source}</a>'
        lines.append(f"• {head} — {source}")
    if shown < len(alerts):
        lines.append(f"{ELLIPSIS} and {len(alerts) - shown} more")
    return "\n".join(lines)


def _telegram_visible_len(text: str) -> int:
    # Only our own tags (<b>, <a href="…">) and html.escape's entities occur in `text`.
    visible = []
    inside = False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            visible.append(ch)
    return utf16_len(html.unescape("".join(visible)))


def render_digest_telegram(alerts: Sequence[Alert], *, limit: int = TELEGRAM_MAX_TEXT_LENGTH) -> str:
    """Telegram HTML: at most `limit` visible UTF-16 units; each source is the link's text."""
    return _fit(alerts, limit, _telegram_visible_len, _telegram_lines)


def _slack_lines(alerts: Sequence[Alert], budget: int, links: bool, shown: int) -> str:
    lines = [f"*{escape_mrkdwn(digest_title(len(alerts)))}*"]
    for alert in alerts[:shown]:
        head = escape_mrkdwn(_cut(headline(alert), budget))
        source = escape_mrkdwn(_source(alert)).replace("|", "¦")
        link = alert.link.strip()
        if links and _is_web_link(link):
            url = link.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
            source = f"<{url}|{source}>"
        lines.append(f"• {head} — {source}")
    if shown < len(alerts):
        lines.append(f"{ELLIPSIS} and {len(alerts) - shown} more")
    return "\n".join(lines)


def render_digest_slack(alerts: Sequence[Alert], *, limit: int = SLACK_MAX_SECTION_TEXT) -> str:
    """Slack mrkdwn for one section block (and the fallback text): at most `limit` characters."""
    return _fit(alerts, limit, len, _slack_lines)


# --- the digest as an alert -------------------------------------------------------------------------


def _verbatim(text: str) -> str:
    """A Jinja2 template that renders `text` as written ("{%" cannot end the raw block early)."""
    return "{% raw %}" + text.replace("{%", "{\u2060%") + "{% endraw %}"


def digest_alert(alerts: Sequence[Alert], platform: Platform) -> Alert:
    """An alert that renders as the digest of `alerts` on `platform` (its template is the digest)."""
    if not alerts:
        raise ValueError("a digest needs at least one alert")
    if platform is Platform.TELEGRAM:
        body = render_digest_telegram(alerts)
    elif platform is Platform.SLACK:
        body = render_digest_slack(alerts)
    else:
        body = render_digest_plain(alerts)
    top = max(alerts, key=lambda a: a.severity.rank)
    dated = [a.published for a in alerts if a.published is not None]
    return Alert(
        id=f"digest:{alerts[0].id}",
        rule_id="digest",
        trigger=Trigger.KEYWORDS,
        severity=top.severity,
        facts=(),
        entry_title=digest_title(len(alerts)),
        link="",
        source="",
        published=min(dated) if dated else None,
        template=_verbatim(body),
    )
