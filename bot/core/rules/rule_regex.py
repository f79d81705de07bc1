"""Admin regexes on RE2: linear time, so no pattern can hang the bot."""

from __future__ import annotations

from typing import Any

import re2


def re2_options(case_sensitive: bool) -> Any:
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = case_sensitive
    return options


def with_case(pattern: str, case_sensitive: bool) -> str:
    return pattern if case_sensitive else f"(?i:{pattern})"


def compile_regex(pattern: str, case_sensitive: bool) -> Any:
    """RE2 compile; raises re2.error (message as bytes or str) on bad syntax."""
    return re2.compile(pattern, re2_options(case_sensitive))


def regex_error(pattern: str) -> str | None:
    """The RE2 syntax error of `pattern`, or None when it compiles."""
    try:
        compile_regex(pattern, True)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        return reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
    return None
