"""News items as JSON objects (the `match` contract, docs/architecture.md; `test-rule --against`):
one item to one `Entry`. Pure."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from bot.core.model import Entry
from bot.core.resolution import EventState, SeriesState


def item_entry(item: dict[str, Any], index: int) -> Entry:
    """The entry of one news item of the `match` contract (its `id`, else its position, is the key)."""
    published = _parse_published(item.get("published"))
    return Entry(
        feed_id="match",
        key=str(item.get("id", index)),
        title=str(item.get("title") or ""),
        summary=str(item.get("summary") or ""),
        link=str(item.get("link") or item.get("url") or ""),
        published=published,
        source=str(item.get("source") or ""),
        language=item["language"] if isinstance(item.get("language"), str) else None,
    )


def _parse_published(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(str(value)[:10]), datetime.min.time())
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class _EmptyState:
    """A resolver state with nothing in it: each item judged alone (`match` without `--state`)."""

    def series_group(self, group: str) -> list[SeriesState]:
        return []

    def events(self, group_key: str) -> list[EventState]:
        return []


NO_STATE = _EmptyState()
