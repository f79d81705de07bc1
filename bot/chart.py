"""A small chart of one running toll as PNG bytes, for `/toll` and the status page's series view.

matplotlib with the Agg backend, imported on first use (it costs ~0.3 s and tens of MB, which the bot
pays only when someone asks for a chart), through its object API (`Figure`), never pyplot's global
state, so concurrent renders in threads do not share a figure.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

WIDTH_IN, HEIGHT_IN, DPI = 8.0, 4.0, 100  # 800 x 400 px: readable on a phone, ~30-50 KB
# Telegram refuses photos over 10 MB and width + height over 10,000; Slack files over 1 GB.
MAX_CHART_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class TollChart:
    png: bytes
    title: str  # "Gaza · killed: 46,006 (11 Jan 2025)": caption, file title and alt text

    @property
    def filename(self) -> str:
        return "toll.png"


def toll_chart_png(points: Sequence[tuple[datetime, int]], title: str) -> bytes:
    """A step line of the best known figure over time, the last figure written beside its point."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    dates_module: Any = importlib.import_module("matplotlib.dates")  # untyped in matplotlib's stubs

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    dates = [float(dates_module.date2num(when)) for when, _ in points]
    counts = [count for _, count in points]
    if len(points) == 1:  # a single report: a point, with a day either side so the axis has a span
        day = float(dates_module.date2num(points[0][0] + timedelta(days=1))) - dates[0]
        ax.set_xlim(dates[0] - day, dates[0] + day)
    ax.step(dates, counts, where="post", color="#b22222", linewidth=2)
    ax.plot(dates, counts, "o", color="#b22222", markersize=4)
    if points:
        ax.annotate(f"{counts[-1]:,}", (dates[-1], counts[-1]), textcoords="offset points", xytext=(6, 4))
    locator = dates_module.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(dates_module.ConciseDateFormatter(locator))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:,.0f}"))
    ax.set_title(title, fontsize=11)
    ax.grid(alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
