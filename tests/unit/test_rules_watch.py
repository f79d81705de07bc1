"""Hot reload: a change to a rule file or the config calls back; other files do not."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from bot.rules_watch import watch_rules


async def _watch(paths: list[Path], touch: list[Path], wait_s: float = 3.0) -> int:
    calls = 0
    changed = asyncio.Event()
    stop = asyncio.Event()

    async def on_change() -> None:
        nonlocal calls
        calls += 1
        changed.set()

    task = asyncio.create_task(watch_rules(paths, on_change, stop, debounce_ms=50))
    await asyncio.sleep(0.3)  # let the watcher start
    for path in touch:
        path.write_text("- {id: x, trigger: keywords, severity: low, any: [y]}\n")
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(changed.wait(), timeout=wait_s)
    stop.set()
    await asyncio.wait_for(task, timeout=3)
    return calls


async def test_rule_file_change_calls_back_once_per_debounced_batch(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    config = tmp_path / "conflict-alerts.yaml"
    config.write_text("rules_dir: rules\n")

    calls = await _watch([config, rules], [rules / "a.yaml", rules / "b.yml"])

    assert calls == 1


async def test_config_file_change_calls_back(tmp_path: Path) -> None:
    config = tmp_path / "conflict-alerts.yaml"
    config.write_text("rules_dir: rules\n")

    assert await _watch([config], [config]) == 1


async def test_unrelated_files_are_ignored(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    config = tmp_path / "conflict-alerts.yaml"
    config.write_text("rules_dir: rules\n")

    assert await _watch([config, rules], [rules / "notes.txt", tmp_path / "other.yaml"], wait_s=0.8) == 0


async def test_a_failing_callback_does_not_stop_the_watcher(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text("")
    stop = asyncio.Event()
    calls = 0

    async def on_change() -> None:
        nonlocal calls
        calls += 1
        raise RuntimeError("reload failed")

    task = asyncio.create_task(watch_rules([config], on_change, stop, debounce_ms=50))
    await asyncio.sleep(0.3)
    config.write_text("a: 1\n")
    for _ in range(60):
        if calls:
            break
        await asyncio.sleep(0.05)
    assert not task.done()
    stop.set()
    await asyncio.wait_for(task, timeout=3)
    assert calls == 1
