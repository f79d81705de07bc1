"""parse_feed on small hand-made documents: one behaviour per test, no I/O."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.feed_text import html_to_text
from bot.core.model import Entry
from bot.core.parse import (
    FUTURE_SKEW,
    MAX_PARSE_BYTES,
    ParsedFeed,
    canonical_link,
    entry_key,
    parse_feed,
)

NOW = datetime(2026, 8, 13, 12, 0, tzinfo=UTC)
URL = "https://news.example.org/feeds/world.xml"


def rss(items: str, *, head: str = '<?xml version="1.0" encoding="utf-8"?>', channel: str = "") -> bytes:
    return (
        f'{head}<rss version="2.0"><channel><title>Example News</title>{channel}{items}</channel></rss>'
    ).encode()


def parse(body: bytes, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    return parse_feed(body, feed_id="f1", url=URL, source="", now=NOW, headers=headers)


def one(body: bytes, headers: Mapping[str, str] | None = None) -> Entry:
    result = parse(body, headers)
    assert len(result.entries) == 1, result
    return result.entries[0]


# --- text --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Nearly <b>61,500</b> killed</p><p>in Gaza</p>", "Nearly 61,500 killed in Gaza"),
        ("a&nbsp;&amp;&#8211;b", "a &–b"),
        ("x<script>alert(1)</script>y<style>p{}</style>z", "xyz"),
        ("line one<br/>line   two\n\n three", "line one line two three"),
        ("<img src=x alt='photo'>caption", "caption"),
        ("unclosed <b>bold", "unclosed bold"),
        ("plain", "plain"),
    ],
)
def test_html_becomes_plain_text(html: str, text: str) -> None:
    assert html_to_text(html) == re.sub(r"\s+", " ", text).strip()


def test_title_and_summary_are_plain_text_with_entities_decoded() -> None:
    entry = one(
        rss(
            "<item><title>Strikes &amp; shelling in Khan Younis</title>"
            "<link>https://news.example.org/a</link>"
            "<description>&lt;p&gt;At least &lt;b&gt;40&lt;/b&gt; killed &amp;amp; dozens"
            " injured&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>"
        )
    )
    assert entry.title == "Strikes & shelling in Khan Younis"
    assert entry.summary == "At least 40 killed & dozens injured"


def test_summary_paragraphs_stay_apart_so_a_standfirst_never_runs_into_the_lead() -> None:
    entry = one(
        rss(
            "<item><title>Shelling  hits\n market</title><link>https://x.org/a</link><description>"
            "&lt;p&gt;Eleven dead in a week of shelling, officials say&lt;/p&gt;&lt;p&gt;The regional"
            "   governor said on\nMonday that&lt;br/&gt;a market was hit.&lt;/p&gt;</description></item>"
        )
    )
    assert entry.title == "Shelling hits market"
    assert entry.summary == (
        "Eleven dead in a week of shelling, officials say\nThe regional governor said on Monday that\n"
        "a market was hit."
    )


def test_plain_text_summary_breaks_at_blank_lines_not_at_hard_wraps() -> None:
    entry = one(
        rss(
            "<item><title>t</title><link>https://x.org/a</link><description>A standfirst without"
            "\na full stop\n\n   \nThe first paragraph.</description></item>"
        )
    )
    assert entry.summary == "A standfirst without a full stop\nThe first paragraph."


def test_the_content_hash_key_does_not_depend_on_paragraph_breaks() -> None:
    # entries stored before summaries kept their paragraphs were hashed on one line
    assert entry_key(guid=None, link="", title="t", summary="one\ntwo") == entry_key(
        guid=None, link="", title="t", summary="one two"
    )


def test_double_escaped_entities_in_titles_are_decoded() -> None:
    entry = one(rss("<item><title>Israel&amp;#8217;s plan</title><link>https://x.org/a</link></item>"))
    assert entry.title == "Israel’s plan"


def test_cdata_html_summary_is_stripped() -> None:
    entry = one(
        rss(
            "<item><title>t</title><link>https://x.org/a</link>"
            "<description><![CDATA[<div><a href='/x'>Read</a> more\n\n here</div>]]></description></item>"
        )
    )
    assert entry.summary == "Read more here"


def test_content_is_used_when_there_is_no_description() -> None:
    body = rss(
        "<item><title>t</title><link>https://x.org/a</link>"
        "<content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>"
    ).replace(
        b'<rss version="2.0">',
        b'<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    )
    assert one(body).summary == "Full text"


def test_very_long_summary_is_cut_at_a_word() -> None:
    words = " ".join(["word"] * 10_000)
    entry = one(
        rss(f"<item><title>t</title><link>https://x.org/a</link><description>{words}</description></item>")
    )
    assert entry.summary.endswith("…")
    assert len(entry.summary) <= 20_001
    assert entry.summary[:-1].split(" ")[-1] == "word"


# --- links -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("https://x.org/a?utm_source=rss&utm_medium=feed&id=7", "https://x.org/a?id=7"),
        ("https://x.org/a?id=7&fbclid=abc&gclid=d&mc_cid=1&ocid=rss", "https://x.org/a?id=7"),
        (
            "https://www.bbc.com/news/world-1?at_medium=RSS&at_campaign=rss",
            "https://www.bbc.com/news/world-1",
        ),
        ("https://x.org/a?xtor=RSS-3208#comments", "https://x.org/a"),
        ("HTTPS://X.ORG:443/a", "https://x.org/a"),
        ("http://x.org:8080/a?b=1&c=2", "http://x.org:8080/a?b=1&c=2"),
        ("https://x.org", "https://x.org/"),
        ("https://x.org/a?UTM_Source=x", "https://x.org/a"),
        ("javascript:alert(1)", ""),
        ("mailto:a@x.org", ""),
        ("https://x.org:99999/a", ""),
        ("", ""),
    ],
)
def test_canonical_link(raw: str, canonical: str) -> None:
    assert canonical_link(raw) == canonical


def test_relative_links_are_made_absolute_against_the_feed_url() -> None:
    body = rss(
        "<item><title>a</title><link>/world/2026/a.html</link></item>"
        "<item><title>b</title><link>b.html?utm_source=rss</link></item>"
    )
    links = [e.link for e in parse(body).entries]
    assert links == ["https://news.example.org/world/2026/a.html", "https://news.example.org/feeds/b.html"]


def test_xml_base_is_honoured_for_atom() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.com/news/">
<title>A</title><id>urn:a</id><updated>2026-08-13T10:00:00Z</updated>
<entry><title>x</title><id>urn:x</id><link href="story/1"/><updated>2026-08-13T10:00:00Z</updated></entry>
</feed>"""
    assert one(body).link == "https://atom.example.com/news/story/1"


def test_tracking_parameters_are_stripped_from_the_entry_link() -> None:
    entry = one(rss("<item><title>t</title><link>https://x.org/a?utm_campaign=x&amp;p=2#top</link></item>"))
    assert entry.link == "https://x.org/a?p=2"


# --- keys and duplicates -----------------------------------------------------------------------------


def test_key_prefers_guid_then_link_then_content_hash() -> None:
    assert entry_key(guid=" g1 ", link="https://x.org/a", title="t", summary="s") == "g1"
    assert entry_key(guid=None, link="https://x.org/a", title="t", summary="s") == "https://x.org/a"
    hashed = entry_key(guid="", link="", title="t", summary="s")
    assert hashed.startswith("sha256:")
    assert hashed == entry_key(guid=None, link="", title="t", summary="s")
    assert hashed != entry_key(guid=None, link="", title="t", summary="other")
    assert entry_key(guid="x" * 5000, link="", title="", summary="").startswith("guid-sha256:")


def test_items_without_guid_link_or_date_still_come_back() -> None:
    body = rss(
        "<item><title>only a title</title></item>"
        "<item><description>only a summary</description></item>"
        "<item><link>https://x.org/only-link?utm_source=a</link></item>"
        "<item></item>"
    )
    entries = parse(body).entries
    assert [e.title for e in entries] == ["only a title", "", ""]
    assert [e.link for e in entries] == ["", "", "https://x.org/only-link"]
    assert entries[0].key.startswith("sha256:") and entries[1].key.startswith("sha256:")
    assert entries[2].key == "https://x.org/only-link"
    assert all(e.published is None for e in entries)


def test_duplicate_guids_keep_the_first_entry() -> None:
    guid = '<guid isPermaLink="false">{}</guid>'
    body = rss(
        f"<item><title>first</title>{guid.format('g1')}<link>https://x.org/a</link></item>"
        f"<item><title>copy</title>{guid.format('g1')}<link>https://x.org/a?utm_source=x</link></item>"
        f"<item><title>other</title>{guid.format('g2')}<link>https://x.org/b</link></item>"
    )
    assert [(e.key, e.title) for e in parse(body).entries] == [("g1", "first"), ("g2", "other")]


def test_a_relative_permalink_guid_is_resolved_like_a_link() -> None:
    assert one(rss("<item><title>t</title><guid>g1</guid></item>")).key == "https://news.example.org/feeds/g1"


def test_a_guid_shared_by_different_articles_is_not_used_as_key() -> None:
    body = rss(
        "<item><title>a</title><guid>https://x.org/</guid><link>https://x.org/a</link></item>"
        "<item><title>b</title><guid>https://x.org/</guid><link>https://x.org/b</link></item>"
    )
    assert [e.key for e in parse(body).entries] == ["https://x.org/a", "https://x.org/b"]


def test_a_changed_guid_keeps_the_same_canonical_link_for_the_seen_filter() -> None:
    before = one(
        rss("<item><title>t</title><guid>v1-123</guid><link>https://x.org/a?utm_source=rss</link></item>")
    )
    after = one(
        rss("<item><title>t</title><guid>v2-123</guid><link>https://x.org/a?utm_source=app</link></item>")
    )
    assert before.key != after.key
    assert before.link == after.link == "https://x.org/a"


# --- dates -------------------------------------------------------------------------------------------


def _dated(pub: str) -> datetime | None:
    return one(
        rss(f"<item><title>t</title><link>https://x.org/a</link><pubDate>{pub}</pubDate></item>")
    ).published


def test_dates_are_utc_aware() -> None:
    assert _dated("Wed, 13 Aug 2026 10:51:00 +0300") == datetime(2026, 8, 13, 7, 51, tzinfo=UTC)


def test_unparsable_date_gives_none() -> None:
    assert _dated("Seg, 24 Set 2018 19:42:00 -0300 and then some") is None
    assert _dated("not a date") is None


def test_date_slightly_in_the_future_is_clamped_to_now() -> None:
    soon = NOW + FUTURE_SKEW / 2
    assert _dated(soon.strftime("%a, %d %b %Y %H:%M:%S +0000")) == NOW


def test_date_far_in_the_future_is_dropped() -> None:
    later = NOW + timedelta(hours=3)
    assert _dated(later.strftime("%a, %d %b %Y %H:%M:%S +0000")) is None


def test_without_now_dates_are_not_clamped() -> None:
    body = rss("<item><title>t</title><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>")
    entry = parse_feed(body, feed_id="f", url=URL, source="").entries[0]
    assert entry.published == datetime(2100, 1, 1, tzinfo=UTC)


# --- source, ttl -------------------------------------------------------------------------------------


def test_source_is_the_configured_name_else_the_feed_title() -> None:
    body = rss("<item><title>t</title><link>https://x.org/a</link></item>")
    assert parse_feed(body, feed_id="f", url=URL, source="Al Jazeera").entries[0].source == "Al Jazeera"
    assert parse_feed(body, feed_id="f", url=URL, source="").entries[0].source == "Example News"
    assert parse_feed(body, feed_id="f", url=URL, source="").entries[0].feed_id == "f"


def test_ttl_is_reported() -> None:
    assert parse(rss("", channel="<ttl>15</ttl>")).ttl_minutes == 15
    assert parse(rss("", channel="<ttl>soon</ttl>")).ttl_minutes is None


# --- broken and hostile documents --------------------------------------------------------------------


def test_html_page_is_reported_as_not_a_feed() -> None:
    page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hello</p></body></html>"
    result = parse(page, {"Content-Type": "text/html; charset=utf-8"})
    assert result.entries == []
    assert result.problem is not None and "not a feed" in result.problem and "text/html" in result.problem


def test_a_feed_served_as_text_html_still_parses() -> None:
    result = parse(
        rss("<item><title>t</title><link>https://x.org/a</link></item>"), {"content-type": "text/html"}
    )
    assert len(result.entries) == 1 and result.problem is None


@pytest.mark.parametrize("body", [b"", b"   \n", b"\xef\xbb\xbf"])
def test_empty_document(body: bytes) -> None:
    result = parse(body)
    assert result.entries == [] and result.problem


def test_truncated_xml_keeps_the_complete_entries() -> None:
    body = rss(
        "<item><title>one</title><link>https://x.org/1</link></item>"
        "<item><title>two</title><link>https://x.org/2</link></item>"
    )
    cut = body[: body.index(b"</item>", body.index(b"two")) - 3]
    result = parse(cut)
    assert [e.title for e in result.entries][:1] == ["one"]
    assert result.problem is not None and "not well-formed" in result.problem


def test_undeclared_entity_keeps_the_entry() -> None:
    body = rss("<item><title>Gaza&nbsp;update &hellip;</title><link>https://x.org/a</link></item>")
    result = parse(body)
    assert len(result.entries) == 1
    assert result.entries[0].title.startswith("Gaza")
    assert result.problem is not None


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>t</title>'
    b"<item><title>&lol9;</title><link>https://x.org/bomb</link></item>"
    b"<item><title>fine</title><link>https://x.org/fine</link></item></channel></rss>"
)


def test_billion_laughs_is_not_expanded() -> None:
    result = parse(BILLION_LAUGHS)
    titles = [e.title for e in result.entries]
    assert "fine" in titles
    assert max(len(t) for t in titles) < 100
    assert result.problem is not None


def test_billion_laughs_on_separate_lines_is_not_expanded() -> None:
    result = parse(BILLION_LAUGHS.replace(b"<!", b"\n<!"))
    assert max(len(e.title) for e in result.entries) < 100


def test_safe_entity_declarations_are_kept() -> None:
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY nbsp "&#160;"><!ENTITY org "UNRWA">]>'
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><title>&org;&nbsp;says</title><link>https://x.org/1</link></item></channel></rss>"
    )
    assert one(body).title == "UNRWA says"


def test_quadratic_entity_blowup_is_bounded() -> None:
    value = "A" * 20_000
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{value}">]><rss version="2.0"><channel>'
        f"<title>t</title><item><title>x</title><link>https://x.org/1</link>"
        f"<description>{'&big;' * 5_000}</description></item></channel></rss>"
    ).encode()
    result = parse(body)
    # expanded it would be 100 MB of text; expat's amplification limit stops it
    assert all(len(e.summary) <= 20_001 for e in result.entries)


def test_oversized_document_is_refused_unparsed() -> None:
    result = parse(b" " * (MAX_PARSE_BYTES + 1))
    assert result.entries == [] and "limit" in (result.problem or "")


# --- encodings ---------------------------------------------------------------------------------------

TITLE_RU = "Обстрел Харькова"
TITLE_HE = "הפגזה בעזה"


def test_encoding_declared_in_the_document() -> None:
    body = rss(f"<item><title>{TITLE_RU}</title><link>https://x.org/a</link></item>", head="")
    doc = ('<?xml version="1.0" encoding="windows-1251"?>' + body.decode()).encode("windows-1251")
    assert one(doc).title == TITLE_RU


def test_encoding_declared_only_in_the_http_header() -> None:
    doc = (
        rss(f"<item><title>{TITLE_RU}</title><link>https://x.org/a</link></item>", head="")
        .decode()
        .encode("koi8-r")
    )
    assert one(doc, {"Content-Type": "application/rss+xml; charset=koi8-r"}).title == TITLE_RU


def test_utf8_body_mislabelled_latin1_by_the_server() -> None:
    doc = rss(f"<item><title>{TITLE_HE}</title><link>https://x.org/a</link></item>")
    assert one(doc, {"Content-Type": "text/xml; charset=ISO-8859-1"}).title == TITLE_HE


def test_text_xml_without_charset_is_not_forced_to_ascii() -> None:
    doc = rss(f"<item><title>{TITLE_HE}</title><link>https://x.org/a</link></item>")
    result = parse(doc, {"Content-Type": "text/xml"})
    assert result.entries[0].title == TITLE_HE and result.problem is None


@pytest.mark.parametrize(
    ("bom", "codec"), [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
)
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    text = rss(f"<item><title>{TITLE_HE}</title><link>https://x.org/a</link></item>", head="").decode()
    assert one(bom + text.encode(codec)).title == TITLE_HE


def test_undeclared_latin1_gets_entries_and_a_problem() -> None:
    doc = (
        rss("<item><title>Atualização</title><link>https://x.org/a</link></item>", head="")
        .decode()
        .encode("latin-1")
    )
    result = parse(doc)
    assert result.entries[0].title == "Atualização"
    assert result.problem is not None and "encoding" in result.problem
