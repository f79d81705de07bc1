"""Sandboxed Jinja2 templates that rules may use to override an alert's default text.

A rule's `template` is one string used on every platform; the variable `platform` ("telegram",
"slack" or "plain") lets it branch. Output flavours:

- ``html`` (Telegram): autoescaping on, so ``{{ entry_title }}`` is HTML-escaped; literal markup in
  the template (``<b>…</b>``) is kept and must be Telegram's HTML subset.
- ``mrkdwn`` (Slack): every ``{{ … }}`` output has Slack's control characters (&, <, >) escaped;
  literal markup in the template (``*bold*``, ``<https://…|text>``) is kept.
- ``plain`` (console): no escaping.

Undefined variables are errors (`StrictUndefined`), so a typo in a template makes the renderer fall
back to the default text instead of printing an empty field. The sandbox blocks access to private
attributes and unsafe callables and does not let a template modify lists or dicts.

A template is rendered by the deliverers, on the event loop, every time an alert it shapes goes
out, and it is stored with the queued alert: one that never finishes would stop all alerting, and
would do so again after a restart. So every render has a **budget** (`TemplateBudget`): a time
limit, checked on every line the compiled template executes, and an output limit, checked on
every piece of output and before each operation that can make a large value in one step (``*``,
``**``, ``%`` widths, format widths, the padding and joining filters). A template over budget is
an `AlertTemplateBudgetError` (an `AlertTemplateError`, so the renderer falls back to the default
text), and the template's source is remembered as over budget for the rest of the process, so a
rule routed to many chats costs its budget once, not once per message; the bot tells the admins
(`take_unreported_over_budget`). `conflict-alerts check`
and hot reload render every template against sample alerts with the same budget, so a template
that exceeds it on the samples is rejected (and the admins told) before it is ever used.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from string import Formatter
from types import FrameType
from typing import Any, Literal

from jinja2 import StrictUndefined, TemplateError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

Flavour = Literal["html", "mrkdwn", "plain"]


@dataclass(frozen=True, slots=True)
class TemplateBudget:
    """What one render of one template may cost. A sensible template renders in well under a
    millisecond and a few hundred characters (Telegram shows at most 4,096)."""

    seconds: float = 0.25
    max_chars: int = 100_000


DEFAULT_BUDGET = TemplateBudget()
TEMPLATE_FILENAME = "<template>"  # what Jinja2 names the code compiled from a string
_OVER_BUDGET_MEMORY = 256  # template sources remembered as over budget


class AlertTemplateError(Exception):
    """The template did not compile or failed while rendering; the message says why."""


class AlertTemplateBudgetError(AlertTemplateError):
    """The template took longer or produced more than its budget allows."""


def escape_mrkdwn(text: str) -> str:
    """Escape Slack's three control characters; everything else is shown as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
def _compile(source: str, flavour: Flavour, limit: int) -> Any:
    return _environment(flavour, limit).from_string(source)


_over_budget: dict[str, str] = {}  # template source -> why, oldest first
_unreported: list[tuple[str, str]] = []  # (source, why) not yet handed to take_unreported_over_budget


def _remember_over_budget(source: str, reason: str, report: bool) -> None:
    if source not in _over_budget and report:
        _unreported.append((source, reason))
    _over_budget[source] = reason
    while len(_over_budget) > _OVER_BUDGET_MEMORY:
        del _over_budget[next(iter(_over_budget))]


def take_unreported_over_budget() -> list[tuple[str, str]]:
    """(template source, why) of the templates that went over budget since the last call, once each:
    the bot tells the admins about them."""
    taken = list(_unreported)
    _unreported.clear()
    return taken


class _Deadline:
    """A trace function that stops the template's own code once its time is up. Only frames of
    compiled template code are traced line by line; the rest run untraced."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.until = time.monotonic() + seconds

    def __call__(self, frame: FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename != TEMPLATE_FILENAME:
            return None
        self._check()
        return self._line

    def _line(self, _frame: FrameType, _event: str, _arg: Any) -> Any:
        self._check()
        return self._line

    def _check(self) -> None:
        if time.monotonic() > self.until:
            raise AlertTemplateBudgetError(f"the template ran longer than its budget of {self.seconds:g} s")


def _render_within(template: Any, context: Mapping[str, Any], budget: TemplateBudget) -> str:
    deadline = _Deadline(budget.seconds)
    previous = sys.gettrace()
    parts: list[str] = []
    size = 0
    sys.settrace(deadline)
    try:
        for part in template.generate(**context):
            size += len(part)
            if size > budget.max_chars:
                raise AlertTemplateBudgetError(
                    f"the template's output is longer than its budget of {budget.max_chars:,} characters"
                )
            deadline._check()
            parts.append(part)
    finally:
        sys.settrace(previous)
    return "".join(parts)


def render_template(
    source: str,
    context: Mapping[str, Any],
    flavour: Flavour,
    budget: TemplateBudget = DEFAULT_BUDGET,
    *,
    report: bool = True,
) -> str:
    """Render `source` in the sandbox within `budget`; any Jinja2 or runtime error becomes
    `AlertTemplateError`, and going over budget `AlertTemplateBudgetError`. `report`: a template
    over budget is handed to `take_unreported_over_budget` (not for check-time samples)."""
    known = _over_budget.get(source)
    if known is not None:
        raise AlertTemplateBudgetError(known)
    try:
        template = _compile(source, flavour, budget.max_chars)
        return _render_within(template, context, budget).strip()
    except AlertTemplateBudgetError as exc:
        _remember_over_budget(source, str(exc), report)
        raise
    except SecurityError as exc:
        if "template budget" in str(exc):
            _remember_over_budget(source, str(exc), report)
            raise AlertTemplateBudgetError(str(exc)) from exc
        raise AlertTemplateError(f"{type(exc).__name__}: {exc}") from exc
    except MemoryError as exc:
        _remember_over_budget(source, "the template ran out of memory", report)
        raise AlertTemplateBudgetError("the template ran out of memory") from exc
    except TemplateError as exc:
        raise AlertTemplateError(f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # errors raised by the template's own expressions (1/0, bad formats)
        raise AlertTemplateError(f"{type(exc).__name__}: {exc}") from exc
