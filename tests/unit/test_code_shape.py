"""The shape rules of the code (issue 11), checked on the source itself.

* The pure core (`bot/core/`) imports no I/O library and no I/O module of the bot: network, database,
  processes and the event loop stay at the edges (STYLE.md, "one readable recipe, pure pieces").
* No module of `bot/` over 500 lines, no function over 60 lines, no class over 20 methods. Migrations
  are schema history, not code to read, and are left out. What was over a limit when the check came
  in is listed in `STILL_OVER` with its size then: it may shrink, not grow, and once within the
  limit it must leave the list, so the list only gets shorter.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BOT = REPO / "bot"

MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
MAX_CLASS_METHODS = 20

# Top-level packages and bot modules that do I/O (network, database, files of the bot's state,
# processes, the event loop, the scheduler, metrics).
IO_IMPORTS = frozenset(
    {
        "aiohttp", "alembic", "apscheduler", "asyncio", "concurrent", "http", "httpx", "multiprocessing",
        "prometheus_client", "psycopg", "requests", "select", "selectors", "slack_bolt", "slack_sdk",
        "socket", "sqlalchemy", "sqlite3", "ssl", "subprocess", "telegram", "threading", "urllib.request",
        "watchfiles",
        "bot.announce", "bot.app", "bot.chat", "bot.cli", "bot.config", "bot.deliver", "bot.fetch",
        "bot.metrics", "bot.netguard", "bot.pipeline", "bot.record", "bot.replay", "bot.store",
        "bot.throughput", "bot.web",
    }
)  # fmt: skip

# Over a limit when this check came in (issue 11), with their sizes then: all have since been split.
STILL_OVER: dict[str, int] = {}


def _code_files() -> list[Path]:
    return sorted(p for p in BOT.rglob("*.py") if "migrations" not in p.relative_to(BOT).parts)


def _sizes() -> dict[str, tuple[int, int]]:
    """What is measured, by name: (size, limit)."""
    out: dict[str, tuple[int, int]] = {}
    for path in _code_files():
        name = path.relative_to(REPO).as_posix()
        source = path.read_text(encoding="utf-8")
        out[f"module {name}"] = (len(source.splitlines()), MAX_MODULE_LINES)
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert node.end_lineno is not None
                key = f"function {name} {node.name}"
                size = node.end_lineno - node.lineno + 1
                out[key] = max(out.get(key, (0, 0)), (size, MAX_FUNCTION_LINES))
            elif isinstance(node, ast.ClassDef):
                methods = sum(isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef)) for b in node.body)
                out[f"class {name} {node.name}"] = (methods, MAX_CLASS_METHODS)
    return out


def test_no_module_function_or_class_grows_past_its_limit() -> None:
    over = {key: size for key, (size, limit) in _sizes().items() if size > limit}
    new = sorted(f"{key}: {size}" for key, size in over.items() if key not in STILL_OVER)
    grown = sorted(
        f"{key}: {size} (was {STILL_OVER[key]})"
        for key, size in over.items()
        if size > STILL_OVER.get(key, size)
    )
    assert new == [], "over the size limits (split it; STYLE.md item 1): " + "; ".join(new)
    assert grown == [], "grew past its size when the check came in: " + "; ".join(grown)


def test_the_list_of_what_is_still_over_only_gets_shorter() -> None:
    sizes = _sizes()
    done = sorted(key for key in STILL_OVER if key not in sizes or sizes[key][0] <= sizes[key][1])
    assert done == [], "within the limits now: remove from STILL_OVER: " + ", ".join(done)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _is_io(module: str) -> bool:
    parts = module.split(".")
    return any(".".join(parts[:n]) in IO_IMPORTS for n in range(1, len(parts) + 1))


def test_the_pure_core_imports_no_io_library() -> None:
    offenders = sorted(
        f"{path.relative_to(REPO)}: {module}"
        for path in (BOT / "core").rglob("*.py")
        for module in _imports(path)
        if _is_io(module)
    )
    assert offenders == [], "I/O in the pure core (move it to the edge): " + "; ".join(offenders)


def test_the_import_check_sees_an_io_import() -> None:
    assert _is_io("sqlalchemy.engine") and _is_io("bot.store.repo") and _is_io("urllib.request")
    assert not _is_io("urllib.parse") and not _is_io("bot.core.plan") and not _is_io("bot.settings")
