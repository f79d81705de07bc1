"""Running tolls in the database: SQLite and PostgreSQL, several instances on one database, restarts,
the re-keying migration, and `match --state` / `conflict-alerts tolls` as a user runs them.
The reports are the team's own sentences."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from bot.core.model import CasualtyFigure, Entry, RuleMatch, Severity, Trigger
from bot.core.render import headline
from bot.record import record_match
from bot.store import schema as t
from bot.store.db import make_engine, upgrade
from bot.store.repo import Store
from tests.fakes.postgres import throwaway_postgres

DAY = datetime(2025, 5, 1, 9, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tolls.sqlite3'}"
        return
    with throwaway_postgres(request.getfixturevalue("postgres_url")) as url:
        yield url


def _open(url: str) -> Store:
    engine = make_engine(url)
    upgrade(engine)
    return Store(engine)


def _report(store: Store, source: str, hours: float, *facts: CasualtyFigure) -> list[str]:
    when = DAY + timedelta(hours=hours)
    entry = Entry("feed", f"{source}-{hours}", "title", "", f"https://{source}.example/{hours}", when, source)
    match = RuleMatch("tolls", Trigger.CASUALTY, Severity.HIGH, (), facts)
    return [headline(a) for a in record_match(store, entry, [match], lambda a: [], when)]


def _toll(count: int, qualifier: str = "exact", where: str = "Sudan") -> CasualtyFigure:
    return CasualtyFigure(count, qualifier, "killed", "people", where, True)


def test_two_instances_and_a_restart_share_one_series(database_url: str) -> None:
    first, second = _open(database_url), _open(database_url)  # two instances on one database
    assert _report(first, "a", 0, _toll(2_100)) == ["🔴 Casualties · Sudan — death toll 2,100"]
    assert _report(second, "b", 2, _toll(2_100)) == []  # the same figure: "also reported by"
    assert _report(second, "c", 3, _toll(2_000, "more_than")) == []  # rounder: silent
    assert _report(first, "d", 24, _toll(2_160)) == [
        "🔴 Casualties · Sudan — death toll 2,160 (was 2,100 on 1 May: +60)"
    ]
    first.engine.dispose()
    second.engine.dispose()

    restarted = _open(database_url)
    assert _report(restarted, "e", 48, _toll(2_160)) == []
    assert _report(restarted, "f", 50, _toll(2_230, where="Hamas-run Sudan")) == [
        "🔴 Casualties · Hamas-run Sudan — death toll 2,230 (was 2,160 on 2 May: +70)"
    ]
    [view] = restarted.tolls.views("sudan")
    assert (view.series.count, view.series.source) == (2_230, "f")
    assert [(p.count, p.source) for p in view.points] == [(2_100, "a"), (2_160, "d"), (2_230, "f")]
    assert restarted.tolls.views("kharkiv") == []
    restarted.engine.dispose()


def test_the_migration_rekeys_rows_written_before_it(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    upgrade(engine, "0007")
    with engine.begin() as conn:
        for key, count in (
            ("casualty|gaza strip|palestinians|killed", 52_000),
            ("casualty|gaza|people|killed", 51_900),
        ):
            old = {"source": "old", "link": "https://old.example/", "published": DAY, "updated_at": DAY}
            conn.execute(insert(t.series).values(key=key, count=count, **old))
    upgrade(engine)
    store = Store(engine)
    [view] = store.tolls.views()
    assert (view.series.key, view.series.count) == ("toll|gaza|killed|people", 52_000)
    assert [p.count for p in view.points] == [52_000]
    assert _report(store, "new", 24, _toll(52_100, where="Gaza")) == [
        "🔴 Casualties · Gaza — death toll 52,100 (was 52,000 on 1 May: +100)"
    ]
    engine.dispose()


ITEMS = [
    {"id": "t1", "published": "2025-06-02", "source": "Wire One",
     "title": "Shelling of El Geneina kills 31, medics say",
     "summary": "Artillery shelling of a market in El Geneina killed 31 people on Monday, medics said."},
    {"id": "t2", "published": "2025-06-02", "source": "Daily Two",
     "title": "31 dead as shells hit El Geneina market",
     "summary": "Thirty-one people were killed when shells struck a crowded market in El Geneina, Sudan."},
    {"id": "t3", "published": "2025-06-03", "source": "Radio Five",
     "title": "Toll from El Geneina market shelling rises to 44",
     "summary": "The number of people killed in Monday's shelling of the El Geneina market has risen to 44."},
]  # fmt: skip


def _cli(args: list[str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_match_state_across_runs_then_tolls(tmp_path: Path, test_rules: Path) -> None:
    state = tmp_path / "state.sqlite3"
    lines = [json.dumps(i) + "\n" for i in ITEMS]
    runs = [_cli(["match", "--rules", str(test_rules), "--state", str(state)], tmp_path, stdin=chunk)
            for chunk in (lines[0] + lines[1], lines[2])]  # fmt: skip
    assert [r.returncode for r in runs] == [0, 0], [r.stderr for r in runs]
    answers = [json.loads(line) for r in runs for line in r.stdout.splitlines()]
    texts = [[a["text"].splitlines()[0] for a in answer["alerts"]] for answer in answers]
    assert len(texts[0]) == 1 and "31" in texts[0][0]
    assert texts[1] == []  # the same figure from another outlet
    assert len(texts[2]) == 1 and "44" in texts[2][0] and "(was 31 on 2 Jun: +13)" in texts[2][0]

    shown = _cli(["tolls", "--state", str(state), "sudan"], tmp_path)
    assert shown.returncode == 0, shown.stderr
    lines_out = shown.stdout.splitlines()
    assert lines_out[0].startswith("Sudan (El Geneina) · killed: 44 (3 Jun 2025, Radio Five)")
    assert lines_out[1:] == [
        "  3 Jun 2025: 44 (+13) — Radio Five",
        "  2 Jun 2025: 31 (first report) — Wire One",
    ]

    missing = _cli(["tolls", "--state", str(tmp_path / "nope.sqlite3")], tmp_path)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "no such file" in missing.stderr
