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
attributes and unsafe callables and caps `range()`; a template is admin-written configuration, not
untrusted user input, so CPU and output size are not otherwise limited.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

Flavour = Literal["html", "mrkdwn", "plain"]


class AlertTemplateError(Exception):
    """The template did not compile or failed while rendering; the message says why."""


def escape_mrkdwn(text: str) -> str:
    """Escape Slack's three control characters; everything else is shown as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _finalize_mrkdwn(value: Any) -> Any:
    return escape_mrkdwn(value) if isinstance(value, str) else value


@lru_cache(maxsize=3)
def _environment(flavour: Flavour) -> SandboxedEnvironment:
    if flavour == "html":
        return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=False)
    if flavour == "mrkdwn":
        env = SandboxedEnvironment(autoescape=False, undefined=StrictUndefined, finalize=_finalize_mrkdwn)
        return env
    return SandboxedEnvironment(autoescape=False, undefined=StrictUndefined)


@lru_cache(maxsize=256)
def _compile(source: str, flavour: Flavour) -> Any:
    return _environment(flavour).from_string(source)


def render_template(source: str, context: Mapping[str, Any], flavour: Flavour) -> str:
    """Render `source` in the sandbox; any Jinja2 or runtime error becomes `AlertTemplateError`."""
    try:
        template = _compile(source, flavour)
        return str(template.render(**context)).strip()
    except TemplateError as exc:
        raise AlertTemplateError(f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # errors raised by the template's own expressions (1/0, bad formats)
        raise AlertTemplateError(f"{type(exc).__name__}: {exc}") from exc
