"""The status page's series view: `/series` lists every running toll, `/series/<key>` shows one with
its best known figure, sources, history and chart (the chart `/toll` sends in chat, inline as a
`data:` PNG so the page still loads nothing from elsewhere). Served by `bot.web.WebServer`, behind
the same token as the status page."""

from __future__ import annotations

import asyncio
import base64
import secrets
from typing import Any
from urllib.parse import quote

from aiohttp import web

from bot.chart import toll_chart_png
from bot.core.tolls import chart_points, chart_title, figure_text, history_rows
from bot.store.repo import Store
from bot.web_pages import TEMPLATES, locked_page


def series_href(key: str) -> str:
    """A relative link to a series' page, from the status page (`/`) or the index (`/series`)."""
    return "series/" + quote(key, safe="")


async def series_page(store: Store, key: str | None) -> web.Response:
    """One running toll (`key`: figure, sources, history, chart) or, without a key, all of them."""
    nonce = secrets.token_urlsafe(16)
    context: dict[str, Any] = {"nonce": nonce, "view": None, "back": "../" if key else "./"}
    if key is None:
        views = await asyncio.to_thread(store.tolls.views)
        context["views"] = [(v, series_href(v.series.key)) for v in views]
        context["figure_of"] = lambda v: figure_text(v.series.count, v.series.qualifier)
    else:
        view = await asyncio.to_thread(store.tolls.view, key)
        if view is None:
            raise web.HTTPNotFound(text=f"no running toll {key[:100]!r}\n")
        points = chart_points(view)
        png = await asyncio.to_thread(toll_chart_png, points, chart_title(view)) if points else b""
        context.update(
            view=view,
            index="../series",
            figure=figure_text(view.series.count, view.series.qualifier),
            also=[s for s in view.series.sources if s != view.series.source],
            chart=base64.b64encode(png).decode("ascii") if png else "",
            history=history_rows(view),
        )
    html = TEMPLATES.get_template("series.html").render(**context)
    csp = (
        f"default-src 'none'; style-src 'nonce-{nonce}'; img-src data:; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'"
    )
    return locked_page(html, csp)
