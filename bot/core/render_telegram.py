"""An alert as Telegram HTML (parse_mode="HTML"), within Telegram's visible length: the default layout is
shortened piece by piece in order of expendability; a rule's template is cut without breaking its
markup (see `bot.core.render` for the design)."""

from __future__ import annotations

import html
from dataclasses import fields, replace

from bot.core.model import Alert
from bot.core.render import (
    MIN_USEFUL,
    AlertParts,
    alert_parts,
    from_template,
    is_web_link,
    quoted,
    shorten,
    withdrawn_parts,
)
from bot.core.telegram_html import TELEGRAM_MAX_TEXT_LENGTH, truncate_telegram_html, utf16_len


def _telegram(p: AlertParts, link_text: str) -> tuple[str, str]:
    """(visible text, HTML) of the default layout; the visible text is what Telegram will count."""
    vis = [p.headline]
    out = [f"<b>{html.escape(p.headline, quote=False)}</b>"]
    if p.more:
        vis.append(p.more)
        more = html.escape(p.more, quote=False)
        out.append(f"<s>{more}</s>" if p.struck else more)
    if p.evidence:
        vis.append(quoted(p.evidence))
        out.append(html.escape(quoted(p.evidence), quote=False))
    src_vis: list[str] = []
    src_out: list[str] = []
    if p.source:
        src_vis.append(p.source)
        src_out.append(html.escape(p.source, quote=False))
    if p.link:
        src_vis.append(link_text)
        if is_web_link(p.link):
            src_out.append(
                f'<a href="{html.escape(p.link, quote=True)}">{html.escape(link_text, quote=False)}</a>'
            )
        else:
            src_out.append(html.escape(link_text, quote=False))
    line_vis, line_out = " · ".join(src_vis), " · ".join(src_out)
    if p.also:
        line_vis = f"{line_vis}   {p.also}" if line_vis else p.also
        line_out = f"{line_out}   {html.escape(p.also, quote=False)}" if line_out else html.escape(p.also)
    if line_vis:
        vis.append(line_vis)
        out.append(line_out)
    return "\n".join(vis), "\n".join(out)


def _fit_telegram(p: AlertParts, limit: int) -> str:
    link_text = p.link

    def over() -> int:
        return utf16_len(_telegram(p, link_text)[0]) - limit

    # shorten in order of expendability: evidence, also-reported, headline, link text, source
    if over() > 0 and p.evidence:
        evidence = shorten(p.evidence, utf16_len(p.evidence) - over())
        p = _replace(p, evidence=evidence if utf16_len(evidence) >= MIN_USEFUL else "")
    if over() > 0 and p.more:
        p = _replace(p, more="")
    if over() > 0 and p.also:
        p = _replace(p, also="")
    if over() > 0:
        p = _replace(p, headline=shorten(p.headline, max(MIN_USEFUL, utf16_len(p.headline) - over())))
    if over() > 0 and link_text:
        link_text = shorten(link_text, max(MIN_USEFUL, utf16_len(link_text) - over())) or "link"
    if over() > 0 and p.source:
        p = _replace(p, source=shorten(p.source, max(0, utf16_len(p.source) - over())))
    if over() > 0:  # only separators and minimal stubs are left; cannot happen with a sane limit
        p = _replace(p, headline=shorten(p.headline, max(1, utf16_len(p.headline) - over())))
    return _telegram(p, link_text)[1]


def _replace(p: AlertParts, **changes: str) -> AlertParts:
    values = {f.name: getattr(p, f.name) for f in fields(AlertParts)}
    values.update(changes)
    return AlertParts(**values)


def render_telegram(alert: Alert, *, limit: int = TELEGRAM_MAX_TEXT_LENGTH) -> str:
    """Telegram HTML (parse_mode="HTML"); at most `limit` visible UTF-16 units after entity parsing."""
    if alert.withdrawn:
        return _fit_telegram(replace(withdrawn_parts(alert), struck=True), limit)
    p = alert_parts(alert)
    custom = from_template(alert, p, "html", "telegram")
    if custom is not None:
        try:
            return truncate_telegram_html(custom, limit)
        except ValueError:
            pass  # markup Telegram would reject: use the default rendering
    return _fit_telegram(p, limit)
