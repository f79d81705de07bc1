"""Write bot/core/data/regexes.table: the compiled program of every regular expression that the start
of `conflict-alerts` (the modules `match` and the other commands import), the English extractors and
`match` over the items of tests/data/*.jsonl compile, so that those processes read them instead of
compiling them (bot/core/regex_table.py).

    .venv/bin/python tools/build_regex_table.py

Run it after changing regular expressions in bot/ (the extractors' above all) or after upgrading
Python: a pattern not in the table, or a table built under another Python, is compiled as always, so
forgetting this costs time (up to ~0.1 s per process), never correctness. It prints how many of the
patterns compiled now the old table had.
"""

from __future__ import annotations

import sys
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core import regex_table  # noqa: E402

TABLE = ROOT / "bot" / "core" / "data" / regex_table.NAME
DEBUG = 128  # re.DEBUG: never cached by `re`
# news in scripts no lexicon reads (the real feeds have Bengali and Devanagari): their script check
SCRIPTS_WITHOUT_LEXICON = (
    *("বাংলা সংবাদ শিরোনাম", "हिंदी समाचार शीर्षक", "Ελληνικά νέα σήμερα"),
    *("ข่าวไทยวันนี้", "中文新闻标题"),
)


def main() -> None:
    recorded: dict[regex_table.Key, regex_table.Entry] = {}
    old = regex_table.table()
    regex_table.table = lambda: {}  # type: ignore[assignment] # every pattern compiled, so recorded
    original = _compiler.compile

    def recording(p: Any, flags: int = 0) -> Any:
        # tokenize's pattern is built from a set, in another order in each process: never found
        if isinstance(p, str | bytes) and not flags & DEBUG and not _from_tokenize():
            recorded[(isinstance(p, bytes), p, int(flags))] = regex_table.entry_of(p, flags)
        return original(p, flags)

    _compiler.compile = recording
    try:
        import bot.cli
        import bot.cli_state
        import bot.entry  # noqa: F401
        from bot.core.extract import extract_facts, load_extractors
        from bot.match_cmd import load_ruleset, match_line

        load_extractors()
        ruleset = load_ruleset(ROOT / "rules")
        for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
            for number, line in enumerate(path.read_bytes().splitlines(), start=1):
                try:
                    match_line(line, number, ruleset, None)
                except Exception:  # not an item of the `match` contract
                    continue
        for text in SCRIPTS_WITHOUT_LEXICON:
            extract_facts(text, "")
    finally:
        _compiler.compile = original
    known = sum(1 for key in recorded if old.get(key) == recorded[key])
    data = regex_table.dump(recorded)
    TABLE.write_bytes(data)
    print(
        f"{TABLE.relative_to(ROOT)}: {len(recorded)} patterns, {len(data):,} bytes; "
        f"{known} of them were in the old table",
        file=sys.stderr,
    )


def _from_tokenize() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.endswith("tokenize.py"):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


if __name__ == "__main__":
    main()
