"""The console script `conflict-alerts` (and `python -m bot`).

A plain `conflict-alerts match [--rules DIR]` runs `bot.match_cmd.run_match` without loading Typer
and the rest of the command line (~30-45 ms of every `match` process's start: benchmarks/RESULTS.md,
issue 16), with the same output, messages and exit codes. Everything else — other commands, `--help`,
`match --state`, global options, anything this reading of the arguments does not take as plain —
goes to the Typer application in `bot/cli.py`, which parses and reports as always.
"""

from __future__ import annotations

import sys


def main() -> None:
    from bot.core.regex_table import ready_compiled

    rules = plain_match(sys.argv[1:])
    if rules is None:
        with ready_compiled():  # the modules' regular expressions: from the shipped table
            from bot.cli import main as cli_main

        cli_main()
        return
    _match(rules)


def plain_match(args: list[str]) -> str | None:
    """The rules folder of `match`, `match --rules DIR` or `match --rules=DIR`; None for anything else."""
    if not args or args[0] != "match":
        return None
    rules = "rules"
    rest = args[1:]
    while rest:
        arg = rest.pop(0)
        if arg == "--rules" and rest and rest[0] and not rest[0].startswith("-"):
            rules = rest.pop(0)
        elif arg.startswith("--rules=") and len(arg) > len("--rules=") and arg[len("--rules=")] != "-":
            rules = arg[len("--rules=") :]
        else:
            return None
    return rules


def _match(rules: str) -> None:
    """`match` as the Typer command runs it, with its error handling (bot/cli.py `_OneLineErrors`):
    an exception is one line on stderr and exit status 1, Ctrl-C exit status 130."""
    from pathlib import Path

    from bot.core.regex_table import ready_compiled

    try:
        with ready_compiled():
            from bot.match_cmd import run_match

        run_match(Path(rules))
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:
        from bot.core.credentials import Redactor
        from bot.errors import one_line

        print(Redactor(())(one_line(error, None, 0)), file=sys.stderr, flush=True)
        sys.exit(1)
