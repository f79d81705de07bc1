"""What `tolls`, `/toll` and the series view say about running tolls (bot/core/tolls.py), table-driven."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.resolution import SeriesPoint, SeriesState
from bot.core.series import SeriesIdentity
from bot.core.tolls import TollView, chart_points, history_rows, matches_place, select, toll_reply

D1, D2, D3 = (datetime(2025, 9, d, 8, tzinfo=UTC) for d in (1, 2, 4))


def view(identity: SeriesIdentity, *moves: tuple[int, str, datetime | None, str]) -> TollView:
    key = identity.group
    points = tuple(
        SeriesPoint(key, c, q, when, src, f"https://{src}.example/", when or D1) for c, q, when, src in moves
    )
    last = points[-1]
    series = SeriesState(key, identity, last.count, last.qualifier, last.published, last.source, last.link,
                         sources=(last.source, "Echo Daily"))  # fmt: skip
    return TollView(series, points)


GAZA = view(SeriesIdentity(False, "Gaza", "killed", "people", None),
            (50_100, "exact", D1, "Wire One"), (50_260, "at_least", D3, "Radio Five"))  # fmt: skip
KHARKIV = view(SeriesIdentity(True, "Ukraine", "killed", "people", "Kharkiv"), (9, "exact", D2, "Wire One"))
CHILDREN = view(
    SeriesIdentity(False, "Gaza", "killed", "children", None), (15_000, "more_than", None, "Agency")
)


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("gaza", {"Gaza · killed", "Gaza · killed · children"}),
        ("Gaza Strip", {"Gaza · killed", "Gaza · killed · children"}),
        ("Hamas-run Gaza", {"Gaza · killed", "Gaza · killed · children"}),
        ("kharkiv", {"Ukraine (Kharkiv) · killed"}),
        ("Ukraine", {"Ukraine (Kharkiv) · killed"}),
        ("children", {"Gaza · killed · children"}),
        ("mars", set()),
    ],
)
def test_matches_place(query: str, wanted: set[str]) -> None:
    got = {v.series.identity.label for v in (GAZA, KHARKIV, CHILDREN) if matches_place(v.series, query)}
    assert got == wanted


def test_the_most_recently_moved_series_comes_first_and_the_others_are_named() -> None:
    chosen = select([KHARKIV, CHILDREN, GAZA], "gaza")
    assert [v.series.identity.label for v in chosen] == ["Gaza · killed", "Gaza · killed · children"]
    assert toll_reply(chosen, "gaza").splitlines() == [
        "Gaza · killed: at least 50,260 (4 Sep 2025, Radio Five; also Echo Daily)",
        "  4 Sep 2025: at least 50,260 (+160) — Radio Five",
        "  1 Sep 2025: 50,100 (first report) — Wire One",
        "Also: Gaza · killed · children",
    ]
    assert toll_reply([], "mars").startswith("No running toll of 'mars' yet.")


def test_history_rows_newest_first_and_undated_moves_are_not_drawn() -> None:
    assert [(r.day, r.figure, r.delta) for r in history_rows(GAZA)] == [
        ("4 Sep 2025", "at least 50,260", "+160"),
        ("1 Sep 2025", "50,100", "first report"),
    ]
    assert chart_points(GAZA) == [(D1, 50_100), (D3, 50_260)]
    assert chart_points(CHILDREN) == []
