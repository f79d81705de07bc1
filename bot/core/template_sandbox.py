"""The Jinja2 sandbox of rule templates (see `bot.core.templates`, which imports this module on the
first template it renders): every operation that can build a large value in one step is checked
against the template's output budget before it runs."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from functools import lru_cache
from string import Formatter
from typing import Any

from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from bot.core.templates import Flavour, escape_mrkdwn


def _finalize_mrkdwn(value: Any) -> Any:
    return escape_mrkdwn(value) if isinstance(value, str) else value


def _too_big(what: str, size: int, limit: int) -> SecurityError:
    return SecurityError(f"{what} would make {size:,} characters, over the template budget of {limit:,}")


def _size(value: Any) -> int:
    return (
        len(value)
        if isinstance(value, str | list | tuple)
        else len(str(value))
        if isinstance(value, int)
        else 0
    )


_PERCENT_WIDTH = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_SPEC_NUMBER = re.compile(r"\d+")


def _check_percent_format(fmt: str, limit: int) -> None:
    for width, precision in _PERCENT_WIDTH.findall(fmt):
        for number in (width, precision):
            if number == "*":
                raise SecurityError("'*' widths are not allowed in templates")
            if number and int(number) > limit:
                raise _too_big("a % format width", int(number), limit)


def _check_format_string(fmt: str, limit: int) -> None:
    for _literal, _field, spec, _conversion in Formatter().parse(fmt):
        if not spec:
            continue
        if "{" in spec:
            raise SecurityError("nested format specifications are not allowed in templates")
        for number in _SPEC_NUMBER.findall(spec):
            if int(number) > limit:
                raise _too_big("a format width", int(number), limit)


class _BudgetedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with every operation that can build a large value in one step checked first."""

    intercepted_binops = frozenset({"*", "**", "%"})
    _WIDENING_STR_METHODS = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs", "replace", "join"})

    def __init__(self, limit: int, **options: Any) -> None:
        super().__init__(undefined=StrictUndefined, **options)
        self.limit = limit
        self.globals.pop("lipsum", None)  # lipsum(n) makes n paragraphs of filler
        for name in ("center", "indent", "replace", "join", "wordwrap", "format"):
            self.filters[name] = self._guarded_filter(name, self.filters[name])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        limit = self.limit
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > limit
                ):
                    raise _too_big("repeating", len(seq) * times, limit)
            if isinstance(left, int) and isinstance(right, int):
                digits = len(str(abs(left))) + len(str(abs(right)))
                if digits > limit:
                    raise _too_big("a product", digits, limit)
        elif operator == "**":
            if isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
                digits = int(right * len(str(abs(left))))
                if digits > limit:
                    raise _too_big("a power", digits, limit)
        elif operator == "%" and isinstance(left, str):
            _check_percent_format(left, limit)
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr in self._WIDENING_STR_METHODS:
            return False  # the filters of the same name are there, budgeted
        return super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format_string(value.__self__, self.limit)
        return wrapped

    def _guarded_filter(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        limit = self.limit

        def guarded(*args: Any, **kwargs: Any) -> Any:
            estimate = _filter_estimate(name, args, kwargs)
            if estimate > limit:
                raise _too_big(f"the {name} filter", estimate, limit)
            return original(*args, **kwargs)

        for attr in ("jinja_pass_arg",):  # keep how Jinja2 passes the environment / eval context
            if hasattr(original, attr):
                setattr(guarded, attr, getattr(original, attr))
        return guarded


def _filter_estimate(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """An upper bound of the filter's output size, computed without running it."""
    values = [a for a in args if not hasattr(a, "environment") and not hasattr(a, "autoescape")]
    if not values:
        return 0
    subject, rest = values[0], values[1:]
    text = str(subject) if not isinstance(subject, list | tuple) else ""
    if name == "center":
        width = kwargs.get("width", rest[0] if rest else 80)
        return max(len(text), int(width)) if isinstance(width, int) else len(text)
    if name == "indent":
        width = kwargs.get("width", rest[0] if rest else 4)
        per_line = len(width) if isinstance(width, str) else int(width) if isinstance(width, int) else 0
        return len(text) + per_line * (text.count("\n") + 1)
    if name == "replace":
        old = kwargs.get("old", rest[0] if rest else "")
        new = kwargs.get("new", rest[1] if len(rest) > 1 else "")
        count = text.count(str(old)) if str(old) else len(text) + 1
        return len(text) + count * max(0, len(str(new)) - len(str(old)))
    if name == "join":
        items = (
            list(subject) if isinstance(subject, Iterable) and not isinstance(subject, str) else list(text)
        )
        sep = kwargs.get("d", rest[0] if rest else "")
        return sum(len(str(i)) for i in items) + len(str(sep)) * max(0, len(items) - 1)
    if name == "wordwrap":
        wrapstring = kwargs.get("wrapstring", rest[2] if len(rest) > 2 else "\n")
        return len(text) * (1 + len(str(wrapstring or "\n")))
    if name == "format":
        _check_percent_format(text, sys.maxsize)
        return len(text) + sum(_size(v) for v in rest)
    return 0


@lru_cache(maxsize=6)
def _environment(flavour: Flavour, limit: int) -> _BudgetedEnvironment:
    if flavour == "html":
        return _BudgetedEnvironment(limit, autoescape=True, keep_trailing_newline=False)
    if flavour == "mrkdwn":
        return _BudgetedEnvironment(limit, autoescape=False, finalize=_finalize_mrkdwn)
    return _BudgetedEnvironment(limit, autoescape=False)


@lru_cache(maxsize=256)
def compile_template(source: str, flavour: Flavour, limit: int) -> Any:
    return _environment(flavour, limit).from_string(source)
