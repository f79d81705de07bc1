"""Two `run` processes on one SQLite file: the second refuses at once and names the first; two
starting together on a new folder do not race through the migrations."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.app import open_store

WAIT_S = 60.0  # an upper bound, not an expectation of speed


def _config(tmp_path: Path, repo_root: Path) -> Path:
    config = tmp_path / "config.yaml"
    config.write_text(
        f"destinations:\n  - {{id: console, console: {{}}}}\nrules_dir: {repo_root / 'rules'}\n"
        f"settings: {{data_dir: {tmp_path / 'data'}}}\n",
        encoding="utf-8",
    )
    return config


def _run(config: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["CONFLICT_ALERTS_HTTP_ENABLED"] = "false"
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--config", str(config)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(WAIT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_a_second_run_on_the_same_sqlite_file_refuses_and_names_the_first(
    tmp_path: Path, repo_root: Path
) -> None:
    config = _config(tmp_path, repo_root)
    first = _run(config)
    try:
        assert first.stderr is not None
        for line in first.stderr:  # the first is up once it registered as an instance
            if "registered as instance" in line:
                break
        else:
            pytest.fail(f"the first run did not start: {first.wait()}")
        second = _run(config)
        try:
            _, err = second.communicate(timeout=WAIT_S)
        finally:
            _stop(second)
        assert second.returncode not in (0, None)
        assert "Traceback" not in err
        assert f"pid {first.pid}" in err and "conflict-alerts.sqlite3 is in use" in err, err
        assert first.poll() is None  # the first keeps running
    finally:
        _stop(first)


def test_the_lock_is_released_when_a_run_is_killed(tmp_path: Path, repo_root: Path) -> None:
    config = _config(tmp_path, repo_root)
    first = _run(config)
    assert first.stderr is not None
    for line in first.stderr:
        if "registered as instance" in line:
            break
    first.kill()
    first.wait()
    second = _run(config)
    try:
        assert second.stderr is not None
        started = any(
            "registered as instance" in line for line in _lines_until(second, "registered as instance")
        )
        assert started
    finally:
        _stop(second)


def _lines_until(proc: subprocess.Popen[str], marker: str) -> list[str]:
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if marker in line:
            break
    return seen


def test_migrations_on_a_new_file_are_serialized(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'state.sqlite3'}"
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_it() -> None:
        start.wait()
        try:
            open_store(url).engine.dispose()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT_S)
    assert errors == []
