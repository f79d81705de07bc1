"""Feed bytes -> entries as a reader would see them. Pure: no I/O, no clock (``now`` is an argument).

feedparser is the reference parser: ``feedparser.parse(io.BytesIO(body), response_headers=...)``.
Everything feedparser yields is then normalised here:

* **Text.** ``title`` and ``summary`` are plain text: HTML tags removed (the contents of ``script``,
  ``style`` and similar are dropped), entities decoded, whitespace collapsed to single spaces. The
  summary keeps its paragraphs as lines: an HTML block (``<p>``, ``<br>``, ``<li>`` …) or a blank line
  in plain text ends one. A publisher's standfirst often has no full stop ("… state media report"),
  so without the break the sentence reader would run it into the first paragraph and quote both as
  one sentence. A summary longer than :data:`MAX_SUMMARY_CHARS` is cut at a word boundary and ends in
  "…". The summary
  is the item's ``description``/``summary``, else its first ``content`` block.
* **Links.** Made absolute against ``xml:base`` and the feed URL; only ``http``/``https`` links are kept
  (a ``javascript:`` or ``data:`` link becomes ``""``). :func:`canonical_link` then lower-cases scheme
  and host, drops default ports and the fragment, and strips tracking parameters
  (:data:`TRACKING_PARAMS` and every ``utm_*``). ``Entry.link`` *is* the canonical link: it is what we
  show and what the seen-filter de-duplicates on.
* **Dates.** ``published`` (else ``updated``) as a timezone-aware UTC ``datetime``; unparsable dates
  give ``None``. Decision on dates in the future: with ``now`` given, a date up to
  :data:`FUTURE_SKEW` ahead is clamped to ``now`` (clock skew between servers); a date further ahead is
  *dropped* (``None``): such dates are nearly always a wrong timezone or a placeholder, and ``None``
  lets the caller use its own first-seen time instead of trusting a date that would sort the item
  above everything published for hours. Without ``now`` no clamping happens (the function is pure and
  does not read the clock) - the pipeline passes ``now``.
* **Source.** The configured name (``source``) if given, else the feed's title, else the URL's host.

**Entry keys and de-duplication** (DESIGN §1 "an entry is new once per (feed, guid-or-canonical-link)",
issue 5 "a guid that changes while the link stays"). ``Entry.key`` is :func:`entry_key`: the guid
(trimmed; hashed to ``guid-sha256:<hex>`` if longer than :data:`MAX_GUID_CHARS`), else the canonical
link, else ``sha256:<hex>`` of title and summary. ``Entry.link`` is the canonical link. The
seen-filter is given *both* and treats an entry as already seen when either ``(feed_id, key)`` or
``(feed_id, link)`` (non-empty link) is already stored. So a CMS that re-mints guids for the same
article, or a feed that starts or stops sending guids, does not re-alert; and two different articles
behind one link-less feed still differ by guid. Within one document:

* entries with the same key are duplicates: the first one wins, later ones are dropped;
* a guid that several entries with *different* links share is not an identifier (some feeds put the
  site URL in every ``<guid>``): those entries are keyed by their canonical link instead;
* an entry with no title, no summary and no link is dropped (nothing a reader could see).

**Hostile documents.** A body over :data:`MAX_PARSE_BYTES` is refused unparsed (the fetcher caps
bodies below this anyway). Entity-expansion bombs are bounded: feedparser strips the DOCTYPE and keeps
only entities whose value contains no other entity reference (so a "billion laughs" chain never
expands), and expat's amplification limit (expat >= 2.4) stops quadratic blow-ups of one large entity,
after which feedparser's loose parser keeps the references as literal text. External entities are
never fetched (feedparser turns ``external_general_entities`` off). Every entry still comes back when
the document is broken; ``ParsedFeed.problem`` then says what was wrong, in words.

**Encodings.** The HTTP ``Content-Type`` is normalised before feedparser sees it (RFC 7303 rather
than RFC 3023): without a charset the BOM or XML declaration decides (default UTF-8, not the us-ascii
of RFC 3023's ``text/xml``); a charset in the header wins, except that a latin-1/ascii/cp1252 label on
a body that is valid UTF-8 with non-ASCII bytes is treated as the mislabel it nearly always is.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser

from bot.core.credentials import without_credentials
from bot.core.feed_text import collapse, to_text, truncate
from bot.core.model import Entry

MAX_PARSE_BYTES = 20 * 1024 * 1024
# Entries one poll of one feed reads (settings.max_entries_per_poll): a document that suddenly holds
# 100,000 new entries, or whose guids change on every poll, costs one bounded slice of work per poll.
DEFAULT_MAX_ENTRIES_PER_POLL = 250
MAX_SUMMARY_CHARS = 20_000
MAX_TITLE_CHARS = 1_000
MAX_GUID_CHARS = 512
MAX_LINK_CHARS = 4_096
FUTURE_SKEW = timedelta(minutes=10)

# Query parameters that only say where a click came from; compared case-insensitively.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid",
        "mc_cid", "mc_eid", "ocid", "cmpid", "smid", "smtyp", "xtor", "traffic_source",
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        "at_link_id", "at_link_origin", "at_link_type", "at_ptr_name", "at_format", "at_bbc_team",
        "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
        "wt.mc_id", "s_cid", "ref_src", "_ga", "_gl", "ito", "icid", "maca", "rss_source",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_",)

_LATIN_LABELS = frozenset({"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"})


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    entries: list[Entry]
    problem: str | None  # what was wrong with the document, in words; None when it was fine
    ttl_minutes: int | None = None  # RSS <ttl>: how long the publisher says the feed may be cached


# --- public helpers ----------------------------------------------------------------------------------


def canonical_link(url: str, *, base: str | None = None) -> str:
    """Absolute http(s) URL without fragment, default port or tracking parameters; "" if not http(s)."""
    url = url.strip()
    if not url:
        return ""
    if base:
        try:
            url = urljoin(without_credentials(base), url)
        except ValueError:
            return ""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            return ""
        host = parts.hostname.lower()
        port = parts.port
    except ValueError:  # bad port, bad IPv6 literal
        return ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if port is not None and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    if parts.username or parts.password:  # keep credentials exactly as given
        userinfo = parts.netloc.rpartition("@")[0]
        netloc = f"{userinfo}@{netloc}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    path = parts.path or "/"
    out = urlunsplit((scheme, netloc, path, query, ""))
    return out if len(out) <= MAX_LINK_CHARS else ""


def entry_key(*, guid: str | None, link: str, title: str, summary: str) -> str:
    """De-duplication key within a feed: guid, else canonical link, else a hash of the text."""
    guid = (guid or "").strip()
    if guid:
        if len(guid) > MAX_GUID_CHARS:
            return "guid-sha256:" + hashlib.sha256(guid.encode("utf-8", "surrogatepass")).hexdigest()
        return guid
    if link:
        return link
    # Hashed as one line, so keeping paragraphs as lines did not change the key of a stored entry.
    text = f"{title}\n{collapse(summary)}".encode("utf-8", "surrogatepass")
    return "sha256:" + hashlib.sha256(text).hexdigest()


# --- the parser --------------------------------------------------------------------------------------


def parse_feed(
    body: bytes,
    *,
    feed_id: str,
    url: str,
    source: str,
    headers: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ParsedFeed:
    """Parse one feed document. Never raises on bad input: problems come back in ``problem``."""
    if len(body) > MAX_PARSE_BYTES:
        return ParsedFeed(
            None, [], f"document is {len(body):,} bytes, over the {MAX_PARSE_BYTES:,}-byte parse limit"
        )
    if not body.strip():
        return ParsedFeed(None, [], "empty document")
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    served_type = lowered.get("content-type", "")
    url = without_credentials(url)  # relative links resolve against it: they must not get our login
    response_headers = {
        "content-type": _feedparser_content_type(served_type, body),
        "content-location": url,
    }
    if "content-language" in lowered:
        response_headers["content-language"] = lowered["content-language"]
    try:
        parsed = feedparser.parse(
            io.BytesIO(_defuse_doctype(body)),
            response_headers=response_headers,
            # The HTML of titles and descriptions is made plain text below (_TextExtractor drops
            # script, style and the like), and links inside it are never shown: feedparser need not
            # sanitize or resolve it - about 40% of its time on a typical news document
            # (benchmarks/RESULTS.md).
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser is meant not to raise; a crash here must not stop polling
        return ParsedFeed(None, [], f"the parser failed: {type(exc).__name__}: {exc}")

    feed_meta: Any = parsed.get("feed", {})
    title = _text_field(feed_meta, "title", MAX_TITLE_CHARS) or None
    entries_raw: list[Any] = list(parsed.get("entries", []))
    problem = _describe_problem(parsed, served_type, has_entries=bool(entries_raw))
    base = url
    src = source.strip() or title or (urlsplit(url).hostname or url)

    drafts = [_draft(raw, base=base, now=now) for raw in entries_raw]
    drafts = [d for d in drafts if d.title or d.summary or d.link]
    entries = _assign_keys(drafts, feed_id=feed_id, source=src, language=_declared_language(feed_meta))
    return ParsedFeed(title, entries, problem, _ttl(feed_meta))


# --- internals ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    guid: str
    title: str
    summary: str
    link: str
    published: datetime | None


def _is_tracking(key: str) -> bool:
    k = key.lower()
    return k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES)


def _text_field(obj: Any, name: str, limit: int, *, paragraphs: bool = False) -> str:
    value = obj.get(name)
    if not isinstance(value, str) or not value:
        return ""
    detail = obj.get(f"{name}_detail") or {}
    ctype = str(detail.get("type", "") or "")
    return truncate(to_text(value, ctype, paragraphs=paragraphs), limit)


def _summary(raw: Any) -> str:
    text = _text_field(raw, "summary", MAX_SUMMARY_CHARS, paragraphs=True)
    if text:
        return text
    for block in raw.get("content", []) or []:
        value = block.get("value")
        if isinstance(value, str) and value.strip():
            ctype = str(block.get("type", "") or "")
            return truncate(to_text(value, ctype, paragraphs=True), MAX_SUMMARY_CHARS)
    return ""


def _link(raw: Any, base: str) -> str:
    candidates: list[str] = []
    link = raw.get("link")
    if isinstance(link, str):
        candidates.append(link)
    for alt in raw.get("links", []) or []:
        href = alt.get("href")
        if isinstance(href, str) and alt.get("rel", "alternate") == "alternate":
            candidates.append(href)
    guid = raw.get("id")
    if isinstance(guid, str) and raw.get("guidislink"):
        candidates.append(guid)
    for candidate in candidates:
        canonical = canonical_link(candidate, base=base)
        if canonical:
            return canonical
    return ""


def _published(raw: Any, now: datetime | None) -> datetime | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: FeedParserDict.get would map a missing updated_parsed to published_parsed and warn
        value = dict.get(raw, name)
        if value is None:
            continue
        try:
            when = datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
        except (OverflowError, ValueError, OSError, TypeError):
            continue
        if now is not None and when > now:
            return now if when - now <= FUTURE_SKEW else None
        return when
    return None


def _draft(raw: Any, *, base: str, now: datetime | None) -> _Draft:
    guid = raw.get("id")
    return _Draft(
        guid=guid.strip() if isinstance(guid, str) else "",
        title=_text_field(raw, "title", MAX_TITLE_CHARS),
        summary=_summary(raw),
        link=_link(raw, base),
        published=_published(raw, now),
    )


def _declared_language(feed_meta: Any) -> str | None:
    """The feed's <language> (RSS) or xml:lang (Atom), "uk" of "uk-UA": a hint, the text decides."""
    raw = feed_meta.get("language")
    if not isinstance(raw, str) or not raw.strip():
        return None
    return raw.strip().split("-")[0].split("_")[0].lower()[:8] or None


def _assign_keys(
    drafts: Iterable[_Draft], *, feed_id: str, source: str, language: str | None = None
) -> list[Entry]:
    drafts = list(drafts)
    links_by_guid: dict[str, set[str]] = {}
    for d in drafts:
        if d.guid:
            links_by_guid.setdefault(d.guid, set()).add(d.link)
    out: list[Entry] = []
    seen: set[str] = set()
    for d in drafts:
        guid = d.guid
        if guid and len(links_by_guid[guid]) > 1 and d.link:
            guid = ""  # shared by different articles: not an identifier
        key = entry_key(guid=guid, link=d.link, title=d.title, summary=d.summary)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Entry(
                feed_id=feed_id,
                key=key,
                title=d.title,
                summary=d.summary,
                link=d.link,
                published=d.published,
                source=source,
                language=language,
            )
        )
    return out


def _ttl(feed_meta: Any) -> int | None:
    raw = feed_meta.get("ttl")
    if not isinstance(raw, str):
        return None
    try:
        minutes = int(raw.strip())
    except ValueError:
        return None
    return minutes if 0 < minutes <= 7 * 24 * 60 else None


_FIRST_ELEMENT = re.compile(rb"<\w")
_DOCTYPE = re.compile(rb"<!DOCTYPE\s+([\w:.-]+)")
# Entities kept from an internal DTD subset: a short literal or one character reference, like
# <!ENTITY nbsp "&#160;">. Anything else (references to other entities, parameter or external
# entities, long values that a quadratic blow-up needs) is dropped.
_SAFE_ENTITY = re.compile(rb'<!ENTITY\s+(\w+)\s+"(&#\w{1,8};|[^&"%<]{0,64})"\s*>')


def _defuse_doctype(body: bytes) -> bytes:
    """Replace an internal DTD subset by one declaring only safe entities, on lines of their own.

    feedparser strips unsafe entities too, but its patterns only see declarations at the start of a
    line; a one-line DOCTYPE slips past them and leaves expat's amplification limit as the only bound
    (about a second of CPU per document). Works on ASCII-compatible encodings; for UTF-16 documents
    expat's limit remains the bound.
    """
    first = _FIRST_ELEMENT.search(body)
    head = body[: first.start()] if first else body
    doctype = _DOCTYPE.search(head)
    if doctype is None or b"[" not in head[doctype.start() :]:
        return body
    safe = _SAFE_ENTITY.findall(head[doctype.start() :])
    replacement = b""
    if safe:
        decls = b"".join(b'<!ENTITY %s "%s">\n' % (name, value) for name, value in safe)
        replacement = b"<!DOCTYPE " + doctype.group(1) + b" [\n" + decls + b"]>\n"
    return head[: doctype.start()] + b"\n" + replacement + body[len(head) :]


def _feedparser_content_type(served: str, body: bytes) -> str:
    """The Content-Type handed to feedparser: application/xml, plus the served charset if trusted."""
    charset = ""
    for param in served.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower()
    if charset in _LATIN_LABELS and not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            charset = ""  # valid UTF-8 with non-ASCII bytes: the latin label is a server default
    if charset:
        try:
            "".encode(charset)
        except (LookupError, ValueError):
            charset = ""  # unknown label: let the document decide
    return f"application/xml; charset={charset}" if charset else "application/xml"


def _describe_problem(parsed: Any, served_type: str, *, has_entries: bool) -> str | None:
    version = parsed.get("version", "")
    media = served_type.split(";")[0].strip().lower()
    if not version and not has_entries:
        what = f" (served as {media})" if media else ""
        exc = parsed.get("bozo_exception")
        detail = f"; {_exception_words(exc)}" if exc is not None and parsed.get("bozo") else ""
        return f"not a feed: no RSS, Atom or RDF document found{what}{detail}"
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if exc is None or type(exc).__name__ == "NonXMLContentType":
        return None  # we normalise the content type ourselves; not a fault of the document
    return _exception_words(exc)


def _exception_words(exc: Any) -> str:
    name = type(exc).__name__
    msg = str(exc)
    if name == "SAXParseException":
        line, col = exc.getLineNumber(), exc.getColumnNumber()
        reason = exc.getMessage() if hasattr(exc, "getMessage") else msg
        return (
            f"not well-formed XML at line {line}, column {col}: {reason}; "
            "entries were recovered with the lenient parser"
        )
    if name == "CharacterEncodingOverride":
        return f"wrong character encoding: {msg}"
    if name == "CharacterEncodingUnknown":
        return f"unknown character encoding: {msg}"
    if name == "UndeclaredNamespace":
        return f"undeclared XML namespace: {msg}"
    return f"{name}: {msg}" if msg else name


def take_newest(entries: Sequence[Entry], limit: int, now: datetime) -> tuple[list[Entry], int]:
    """The `limit` newest entries (undated ones count as published `now`), and how many were left."""
    if len(entries) <= limit:
        return list(entries), 0
    ranked = sorted(entries, key=lambda e: e.published or now, reverse=True)
    return ranked[:limit], len(entries) - limit
