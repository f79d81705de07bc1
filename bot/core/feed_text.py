"""Feed text made plain: HTML fragments to text (paragraphs kept as lines when asked), double-escaped
entities decoded, control characters dropped, whitespace collapsed, over-long fields cut at a word."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_WS = re.compile(r"\s+")
_TAG_LIKE = re.compile(r"<[a-zA-Z/!][^>]*>")
_ENTITY_LIKE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_BREAK = "\x00"  # where a block element ended, while the text is assembled (never in the output)


def html_to_text(value: str, *, paragraphs: bool = False) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. With
    `paragraphs`, each block element (``<p>``, ``<br>``, ``<li>`` …) ends a line, and so does a blank
    line in a fragment without tags (feedparser types every RSS description as HTML)."""
    if paragraphs and not _TAG_LIKE.search(value):
        lines = (html_to_text(part) for part in _BLANK_LINE.split(value))
        return "\n".join(line for line in lines if line)
    if "<" not in value and "&" not in value:
        return collapse(value)
    stripper = _TextExtractor()
    try:
        stripper.feed(value)
        stripper.close()
    except Exception:  # pragma: no cover - html.parser is lenient; belt and braces for hostile input
        return collapse(_TAG_LIKE.sub(" ", html.unescape(value)))
    text = "".join(stripper.parts)
    return collapse_lines(text) if paragraphs else collapse(text.replace(_BREAK, " "))


class _TextExtractor(HTMLParser):
    _SKIP = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg", "math"})
    _BLOCK = frozenset(
        {
            "p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "section", "article", "header", "footer", "figure",
            "figcaption", "hr", "img", "pre", "dd", "dt",
        }
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            # a line break inside HTML text is a space; only block elements end lines
            self.parts.append(_WS.sub(" ", _CONTROL.sub("", data)))


def collapse(value: str) -> str:
    return _WS.sub(" ", _CONTROL.sub("", value)).strip()


def collapse_lines(value: str) -> str:
    """Each line collapsed, empty lines dropped: paragraphs one per line."""
    lines = (collapse(line) for line in value.split(_BREAK))
    return "\n".join(line for line in lines if line)


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…"


def to_text(value: str, content_type: str, *, paragraphs: bool = False) -> str:
    if "html" in content_type or _TAG_LIKE.search(value):
        return html_to_text(value, paragraphs=paragraphs)
    # Plain text: feedparser has decoded one level of escaping; a second level is a publisher's
    # double-escaping ("&amp;#8217;") and is decoded too.
    if "&" in value:
        value = _ENTITY_LIKE.sub(lambda m: html.unescape(m.group(0)), value)
    if paragraphs:
        # a single newline in plain text is often a hard wrap inside a sentence; a blank line is not
        return collapse_lines(_BLANK_LINE.sub(_BREAK, _CONTROL.sub("", value)))
    return collapse(value)
