"""`conflict-alerts match`: JSON lines in (one news item each), JSON lines out: facts and alerts per
item, in input order (the contract: docs/architecture.md).

The command's body, without Typer: the Typer command (`bot/cli.py`) calls `run_match`, and so does
the console script itself (`bot/entry.py`) for a plain `match [--rules DIR]`, which then starts
without loading Typer. Reading and writing, on one core or several, is `bot/match_stream.py`.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

import orjson

from bot.core.extract import load_extractors
from bot.core.items import NO_STATE, item_entry
from bot.core.judge import judge
from bot.core.model import fact_json
from bot.core.regex_table import ready_compiled
from bot.core.render import render_plain
from bot.core.resolve import resolve
from bot.core.rules import RuleSet, load_rules
from bot.errors import CliProblem
from bot.match_stream import answer_stream

if TYPE_CHECKING:
    from bot.store.repo import Store


def load_ruleset(rules: Path) -> RuleSet:
    """The rules of folder `rules`; every error on stderr and exit status 1 when they do not load.
    Rules that loaded before from the same files, under the same code, come from the cache of
    validated rules (`bot/rule_cache.py`)."""
    from bot import rule_cache

    ruleset, key = rule_cache.cached_ruleset(rules)
    if ruleset is not None:
        return ruleset
    result = load_rules(rules)
    if result.ruleset is None:
        for e in result.errors:
            print(e, file=sys.stderr, flush=True)
        raise SystemExit(1)
    if key is not None:
        rule_cache.keep(result, key)
    return result.ruleset


def run_match(rules: Path, state: Path | None = None) -> None:
    """Answer every line of stdin on stdout. Without `state` each item is judged alone, and a large
    file on stdin is answered on every core (`bot/match_stream.py`)."""
    with ready_compiled():  # the regular expressions of the extractors and of rendering: from the table
        ruleset = load_ruleset(rules)
        store = None if state is None else _open_state(state)

        def answer(line: bytes, number: int) -> bytes:
            return match_line(line, number, ruleset, store)

        stdin = cast(BinaryIO, sys.stdin.buffer)
        stdout = cast(BinaryIO, sys.stdout.buffer)
        answer_stream(answer, stdin, stdout, may_fork=store is None, warm=load_extractors)


def _open_state(state: Path) -> Store:
    from sqlalchemy.exc import DatabaseError

    from bot.app import open_store

    try:
        return open_store(f"sqlite:///{state}")
    except DatabaseError as error:
        raise CliProblem(
            f"--state {state} is not a state file ({str(error.orig or error).strip()}): give a new "
            "file name (it is created), or the file an earlier `match --state` wrote"
        ) from None


def match_line(line: bytes, number: int, ruleset: RuleSet, store: Store | None) -> bytes:
    """The answer to one input line (nothing for a blank line)."""
    if not line.strip():
        return b""
    item = _json_object(line, number)
    if not isinstance(item, dict):
        raise CliProblem(f"stdin:{number}: not a JSON object: got {type(item).__name__}") from None
    entry = item_entry(item, number - 1)
    judgment = judge(entry, ruleset)
    now = entry.published or datetime.now(UTC)
    if store is None:
        # no rule matched (most items): no alert, and nothing to resolve against an empty state
        alerts = resolve(entry, judgment.matches, NO_STATE, now=now).alerts if judgment.matches else []
    else:
        from bot.record import record_match

        alerts = record_match(store, entry, judgment.matches, lambda _alert: [], now)
    out = {
        "id": item.get("id"),
        "facts": [fact_json(f) for f in judgment.facts],
        "alerts": [{"rule": a.rule_id, "trigger": a.trigger.value, "text": render_plain(a)} for a in alerts],
    }
    return _json_line(out)


# a run of 16 digits or more: a number orjson would read differently (an integer beyond 2**53 becomes
# a float there), so such a line is read by `json` as it always was. Found by mapping every digit to
# "0" and every other byte to a space, then one substring search: both in C at memory speed, where
# the regex `\d{16}` tried a match at every digit (~15 µs a line, more than orjson's whole read)
_DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_SIXTEEN_DIGITS = b"0" * 16


def has_long_number(line: bytes) -> bool:
    """Whether `line` holds a run of 16 or more ASCII digits (as `re.search(rb"\\d{16}", line)`)."""
    return _SIXTEEN_DIGITS in line.translate(_DIGITS_AS_ZERO)


def _json_object(line: bytes, number: int) -> Any:
    """The JSON value of one input line. orjson reads a line ~4x faster than `json.loads`; what it
    refuses (invalid UTF-8, NaN, a lone surrogate, a byte-order mark) and lines with long numbers go
    to `json`, which decides as before, error messages included."""
    if not has_long_number(line):
        try:
            return orjson.loads(line)
        except orjson.JSONDecodeError:
            pass
    try:
        return json.loads(line.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as error:
        raise CliProblem(f"stdin:{number}: not a JSON object: {error}") from None


def _json_line(value: dict[str, Any]) -> bytes:
    """`value` as one line of compact JSON in UTF-8. orjson writes it ~30x faster than `json.dumps`
    (which was a tenth of `match`'s time per item); `json` takes what orjson refuses (an integer
    beyond 64 bits in an item's id)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
