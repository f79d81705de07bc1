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

import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import FrameType
from typing import Any, Literal

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
    # Jinja2 is imported here, on the first template rendered: most processes (and every alert of
    # a rule without a template) never need it, and importing it cost ~15 ms of every start
    from jinja2 import TemplateError
    from jinja2.exceptions import SecurityError

    from bot.core.template_sandbox import compile_template

    try:
        template = compile_template(source, flavour, budget.max_chars)
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
