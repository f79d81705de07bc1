"""The console script's reading of its arguments (bot/entry.py): only a plain `match [--rules DIR]`
skips Typer; everything else, `match --help` and `match --state` included, goes to bot/cli.py."""

from __future__ import annotations

import pytest

from bot.entry import plain_match


@pytest.mark.parametrize(
    ("args", "rules"),
    [
        (["match"], "rules"),
        (["match", "--rules", "my rules"], "my rules"),
        (["match", "--rules=other"], "other"),
        (["match", "--rules", "a", "--rules", "b"], "b"),  # as click: the last one
    ],
)
def test_plain_match_is_run_without_typer(args: list[str], rules: str) -> None:
    assert plain_match(args) == rules


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["run"],
        ["-v", "match"],
        ["match", "--help"],
        ["match", "--state", "s.db"],
        ["match", "--rules"],
        ["match", "--rules", "--state"],
        ["match", "--rules="],
        ["match", "extra"],
        ["match", "--rule", "r"],
    ],
)
def test_anything_else_goes_to_the_typer_application(args: list[str]) -> None:
    assert plain_match(args) is None
