"""Telegram's HTML, measured and cut as Telegram counts it: visible text in UTF-16 code units after
entity parsing, within `TELEGRAM_MAX_TEXT_LENGTH`; a cut keeps every tag balanced. Pure."""

from __future__ import annotations

import html
import re

TELEGRAM_MAX_TEXT_LENGTH = 4096  # telegram.constants.MessageLimit.MAX_TEXT_LENGTH, after entity parsing
ELLIPSIS = "…"


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram uses for entities and limits."""
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


# Telegram's HTML subset (https://core.telegram.org/bots/api#html-style)
TELEGRAM_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span",
     "tg-spoiler", "tg-emoji", "blockquote"}
)  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|amp|quot);")


def _html_tokens(text: str) -> list[tuple[str, str, str]]:
    """(kind, raw, visible) tokens of Telegram HTML; kind is text|entity|open|close.
    Raises ValueError for markup Telegram would reject (unknown or unbalanced tags, stray '<')."""
    tokens: list[tuple[str, str, str]] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "<":
            m = _TAG.match(text, i)
            if m is None:
                raise ValueError(f"stray '<' at {i}")
            closing, name = m.group(1) == "/", m.group(2).lower()
            if name not in TELEGRAM_TAGS:
                raise ValueError(f"unsupported tag {name!r}")
            if closing:
                if not stack or stack[-1] != name:
                    raise ValueError(f"unexpected end tag {name!r}")
                stack.pop()
                tokens.append(("close", m.group(0), name))
            else:
                stack.append(name)
                tokens.append(("open", m.group(0), name))
            i = m.end()
        elif c == "&" and (m := _ENTITY.match(text, i)) is not None:
            tokens.append(("entity", m.group(0), html.unescape(m.group(0))))
            i = m.end()
        else:
            j = i + 1
            while j < len(text) and text[j] not in "<&":
                j += 1
            tokens.append(("text", text[i:j], text[i:j]))
            i = j
    if stack:
        raise ValueError(f"unclosed tag {stack[-1]!r}")
    return tokens


def telegram_visible_text(text: str) -> str:
    """The text Telegram shows for `text` in HTML parse mode (raises ValueError if it would reject it)."""
    return "".join(vis for kind, _, vis in _html_tokens(text) if kind in ("text", "entity"))


def truncate_telegram_html(text: str, limit: int = TELEGRAM_MAX_TEXT_LENGTH) -> str:
    """`text` unchanged if its visible length fits, else cut between characters (never inside a tag or
    an entity), an ellipsis added and the open tags closed. ValueError for markup Telegram rejects."""
    tokens = _html_tokens(text)
    if utf16_len("".join(v for k, _, v in tokens if k in ("text", "entity"))) <= limit:
        return text
    budget = limit - 1  # room for the ellipsis
    out: list[str] = []
    stack: list[str] = []
    used = 0
    for kind, raw, vis in tokens:
        if kind == "open":
            out.append(raw)
            stack.append(vis)
            continue
        if kind == "close":
            out.append(raw)
            stack.pop()
            continue
        size = utf16_len(vis)
        if used + size <= budget:
            out.append(raw)
            used += size
            continue
        if kind == "text":
            keep = ""
            for ch in vis:
                if used + utf16_len(keep + ch) > budget:
                    break
                keep += ch
            out.append(keep)  # a text token's raw form is its visible form
        break
    out.append(ELLIPSIS)
    out.extend(f"</{name}>" for name in reversed(stack))
    return "".join(out)
