"""Alert -> text for each platform: plain (console, fallbacks) here, Telegram HTML in
`bot.core.render_telegram`, Slack Block Kit in `bot.core.render_slack`, from the pieces built here. Pure.

What an alert looks like (DESIGN §7): the facts first, then the evidence, then the source::

    🔴 Casualties · Gaza — death toll nearly 61,500 (was 61,430 on 10 Aug: +70)
    "…the war, which has killed nearly 61,500 Palestinians."
    The National · https://…   also reported by BBC, Reuters

Decisions:

- **Icons are per trigger, not per severity**: 🔴 casualties, 🟠 arms embargo, 🟢 recognition,
  📰 keywords. On a lock screen the dot says *what kind of news* this is; severity decides *whether*
  and *where* an alert goes (routes, subscriptions, digests), so it is not repeated in the text.
- Headlines: casualty: ``<icon> Casualties · <location, or victims with a name> — <figure>
  (was <n> on <d Mon>: <delta>)``; a cumulative death toll reads "death toll nearly 61,500", a single incident
  "5 journalists killed". Embargo: ``Arms embargo · <actor> → <target> (<action>)``. Recognition:
  ``Recognition · <recognized> — <status> by <first actor>, with <others> (<date>)``. Keywords rules:
  the entry title.
- An alert's other facts follow the headline as "• …" lines (at most `MORE_FACTS_MAX`, then
  "• and N more"). One message per item, trigger and destination: when two rules of one trigger
  reach the same destination with one item, the delivery plan sends the most severe rule's alert
  with the others attached, and `combined` folds their facts into its lines.
- Victim phrases are written as a sentence would (`sentence_case`): a headline's "65 People" is
  shown as "65 people", names and demonyms keep their capitals.
- Evidence is ``alert.evidence``, else the first fact's evidence, whitespace collapsed, at most
  `EVIDENCE_MAX_CHARS`; it is omitted when empty. It is the original sentence in the language of
  the source; the frame (headline, fact lines) stays in English. A quote in a right-to-left script
  (Hebrew, Arabic, Persian) is wrapped in Unicode isolates (FSI ... PDI) inside its quotation marks,
  so it cannot reorder the text around it; the source line names the language of a source that is
  not English: "ynet (in Hebrew)". "also reported by" names at most
  `ALSO_REPORTED_MAX_NAMES` outlets and counts the rest.
- Telegram: HTML parse mode; the *visible* text equals `render_plain` (headline in bold, the link as
  an ``<a>`` whose text is the URL). It never exceeds `TELEGRAM_MAX_TEXT_LENGTH` visible characters,
  counted in UTF-16 code units (how Telegram measures entities; never fewer than code points, so
  the count is safe either way). When too long, the evidence is shortened first, then "also
  reported by" is dropped, then the headline is shortened, then the link text (never the href) and
  the source name.
  Shortening works on the raw text before escaping, so no tag or entity is ever cut.
- Slack: a bold headline section, an evidence section, and a context line with source and link;
  every text is mrkdwn-escaped (&, <, >) and each fits `SLACK_MAX_SECTION_TEXT` after escaping.
  `text` is the escaped plain rendering (used for notifications), at most `SLACK_MAX_FALLBACK_TEXT`.
- Only http(s) links become hyperlinks; anything else is shown as text.
- ``alert.template`` (a rule's Jinja2 override) renders in the sandbox of `bot.core.templates` with
  the alert's fields plus ``fact`` (the first fact), ``headline``, ``evidence`` and ``platform``.
  A template that fails to render, renders empty, or (Telegram) produces markup outside Telegram's
  HTML subset falls back to the default rendering. Long template output is truncated on a tag-safe
  boundary with open tags closed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from bot.core.languages import language_name
from bot.core.model import (
    Alert,
    ArmsEmbargo,
    CasualtyChange,
    CasualtyFigure,
    Fact,
    Recognition,
    Severity,
    Trigger,
)
from bot.core.telegram_html import (
    ELLIPSIS,
    utf16_len,
)
from bot.core.templates import (
    AlertTemplateBudgetError,
    AlertTemplateError,
    Flavour,
    render_template,
)

# --- platform limits (named once, used everywhere) -------------------------------------------------
EVIDENCE_MAX_CHARS = 300
ALSO_REPORTED_MAX_NAMES = 8

ICONS: dict[Trigger, str] = {
    Trigger.CASUALTY: "🔴",
    Trigger.ARMS_EMBARGO: "🟠",
    Trigger.RECOGNITION: "🟢",
    Trigger.KEYWORDS: "📰",
}
TRIGGER_LABELS: dict[Trigger, str] = {
    Trigger.CASUALTY: "Casualties",
    Trigger.ARMS_EMBARGO: "Arms embargo",
    Trigger.RECOGNITION: "Recognition",
    Trigger.KEYWORDS: "News",
}
QUALIFIERS = {
    "exact": "",
    "at_least": "at least",
    "more_than": "more than",
    "nearly": "nearly",
    "about": "about",
    "up_to": "up to",
    "vague": "",
}
KIND_WORDS = {
    "killed": "killed",
    "injured": "injured",
    "missing": "missing",
    "killed_and_injured": "killed or injured",
}
EMBARGO_ACTIONS = {
    "imposed": "imposed",
    "partial": "partial",
    "suspended_licences": "export licences suspended",
    "extended": "extended",
    "lifted": "lifted",
    "called_for": "called for",
    "rejected": "rejected",
    "ruled_by_court": "court ruling",
}
RECOGNITION_STATUSES = {
    "done": "recognised by",
    "announced": "announced by",
    "considering": "considered by",
    "rejected": "rejected by",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SPACES = re.compile(r"\s+")
MIN_USEFUL = 12  # a shortened piece smaller than this is dropped rather than shown as a stub


# --- the pieces every rendering shares --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AlertParts:
    headline: str
    evidence: str  # "" = none
    source: str
    link: str
    also: str  # "also reported by …" or ""
    more: str = ""  # the alert's other facts, one "• …" line each, or ""
    struck: bool = False  # `more` is a withdrawn alert's old headline, shown struck through


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _num(n: int) -> str:
    return f"{n:,}"


def _day_month(d: datetime, reference: datetime | None) -> str:
    out = f"{d.day} {_MONTHS[d.month - 1]}"
    if reference is not None and reference.year != d.year:
        out += f" {d.year}"
    return out


def _first(facts: tuple[Fact, ...], kind: type[Any]) -> Any:
    return next((f for f in facts if isinstance(f, kind)), None)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    path = resources.files("bot.core").joinpath("common_words.txt")
    words = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w.casefold() for w in words if w)


def sentence_case(phrase: str) -> str:
    """`phrase` as a sentence would write it. Headline style capitalises every word ("65 People
    Killed"), so a common word (`common_words.txt`) written Capitalised or in capitals is lowered
    ("People" -> "people"); names and demonyms ("Al Jazeera", "Palestinians") keep their capitals."""
    common = _common_words()
    return " ".join(w.lower() if w.casefold() in common else w for w in phrase.split(" "))


def _victims(fig: CasualtyFigure) -> str:
    return sentence_case(fig.victims) if fig.victims else ""


def _casualty_headline(fig: CasualtyFigure, change: CasualtyChange | None, published: datetime | None) -> str:
    qual = QUALIFIERS.get(fig.qualifier, "")
    # Without a place, victims that carry a name ("Palestinians", "Houthi fighters") stand in for it;
    # "people" does not: "Casualties — 41 people killed", never "Casualties · people — 41 killed".
    victims_are_place = not fig.location and any(w[:1].isupper() for w in _victims(fig).split())
    if fig.count is None:
        figure = f"{KIND_WORDS.get(fig.kind, fig.kind)} (no figure given)"
    elif fig.kind == "killed" and fig.cumulative:
        figure = " ".join(p for p in ("death toll", qual, _num(fig.count)) if p)
    else:
        victims = "" if victims_are_place else _victims(fig)
        words = (qual, _num(fig.count), victims, KIND_WORDS.get(fig.kind, fig.kind))
        figure = " ".join(p for p in words if p)
    place = fig.location or (_victims(fig) if victims_are_place else "")
    head = f"{ICONS[Trigger.CASUALTY]} {TRIGGER_LABELS[Trigger.CASUALTY]}"
    if place:
        head += f" · {place}"
    out = f"{head} — {figure}"
    if change is not None:
        previous = (QUALIFIERS.get(change.previous_qualifier, ""), _num(change.previous_count))
        was = " ".join(w for w in ("was", *previous) if w)
        if change.previous_date is not None:
            was += f" on {_day_month(change.previous_date, published)}"
        if fig.count is not None:
            was += f": {fig.count - change.previous_count:+,}"
        out += f" ({was})"
    return out


def _embargo_headline(fact: ArmsEmbargo) -> str:
    if fact.actor and fact.target:
        who = f"{fact.actor} → {fact.target}"
    elif fact.target:
        who = f"on {fact.target}"
    else:
        who = fact.actor or ""
    action = EMBARGO_ACTIONS.get(fact.action, fact.action.replace("_", " "))
    head = f"{ICONS[Trigger.ARMS_EMBARGO]} {TRIGGER_LABELS[Trigger.ARMS_EMBARGO]}"
    return f"{head} · {who} ({action})" if who else f"{head} ({action})"


def _listed(names: Sequence[str]) -> str:
    """ "Australia, France and Canada": read as one group acting together, none ranked above the rest."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _recognition_headline(fact: Recognition) -> str:
    head = f"{ICONS[Trigger.RECOGNITION]} {TRIGGER_LABELS[Trigger.RECOGNITION]} · {fact.recognized}"
    status = RECOGNITION_STATUSES.get(fact.status, fact.status.replace("_", " "))
    if fact.actors:
        out = f"{head} — {status} {_listed(fact.actors)}"
    else:
        out = f"{head} ({fact.status.replace('_', ' ')})"
    if fact.date:
        out += f" ({fact.date})"
    return out


def headline(alert: Alert) -> str:
    """The first line of every rendering (plain text, no markup)."""
    if alert.trigger is Trigger.CASUALTY and (fig := _first(alert.facts, CasualtyFigure)) is not None:
        return _one_line(_casualty_headline(fig, alert.change, alert.published))
    if alert.trigger is Trigger.ARMS_EMBARGO and (emb := _first(alert.facts, ArmsEmbargo)) is not None:
        return _one_line(_embargo_headline(emb))
    if alert.trigger is Trigger.RECOGNITION and (rec := _first(alert.facts, Recognition)) is not None:
        return _one_line(_recognition_headline(rec))
    return _one_line(f"{ICONS.get(alert.trigger, ICONS[Trigger.KEYWORDS])} {alert.entry_title}")


MORE_FACTS_MAX = 5


def _fact_line(fact: Fact) -> str:
    """One secondary fact, short: "more than 875 people killed (Gaza)"."""
    if isinstance(fact, CasualtyFigure):
        qual = QUALIFIERS.get(fact.qualifier, "")
        count = _num(fact.count) if fact.count is not None else ""
        words = (qual, count, _victims(fact), KIND_WORDS.get(fact.kind, fact.kind))
        line = " ".join(w for w in words if w)
        return f"{line} ({fact.location})" if fact.location else line
    if isinstance(fact, ArmsEmbargo):
        return _embargo_headline(fact).split(" · ", 1)[-1]
    return _recognition_headline(fact).split(" · ", 1)[-1]


def _more(alert: Alert) -> str:
    lines = [f"• {_one_line(_fact_line(f))}" for f in alert.facts[1 : 1 + MORE_FACTS_MAX]]
    if (hidden := len(alert.facts) - 1 - MORE_FACTS_MAX) > 0:
        lines.append(f"• and {hidden} more")
    return "\n".join(lines)


def combined(lead: Alert, others: Sequence[Alert]) -> Alert:
    """One message for several alerts of one item, trigger and destination (rules that split the same
    figures by size or kind): the lead, the most severe rule's alert, keeps its headline and quote;
    the others' facts follow its own as lines, each fact once."""
    facts = list(lead.facts)
    for other in others:
        facts.extend(f for f in other.facts if f not in facts)
    return replace(lead, facts=tuple(facts))


def _evidence(alert: Alert) -> str:
    text = alert.evidence or next((f.evidence for f in alert.facts if f.evidence), "")
    return shorten(_one_line(text), EVIDENCE_MAX_CHARS, measure=len)


def _also(alert: Alert) -> str:
    names: list[str] = []
    for name in alert.also_reported_by:
        name = _one_line(name)
        if name and name != alert.source and name not in names:
            names.append(name)
    if not names:
        return ""
    shown = ", ".join(names[:ALSO_REPORTED_MAX_NAMES])
    rest = len(names) - ALSO_REPORTED_MAX_NAMES
    return f"also reported by {shown}" + (f" and {rest} more" if rest > 0 else "")


# Unicode isolates around a quote in a right-to-left script: the Hebrew or Arabic sentence is laid
# out on its own, so the quotation marks, the digits in it and the English frame around it stay
# where they belong (Telegram and Slack both honour them; they are invisible characters).
_FIRST_STRONG_ISOLATE = "\u2068"
_POP_ISOLATE = "\u2069"
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# embeddings, overrides and isolates a feed's text may carry: a stray PDI would close the quote's
# isolate early and an override would reorder the frame after it, so the quote keeps none of them
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def quoted(evidence: str) -> str:
    evidence = _BIDI_CONTROLS.sub("", evidence)
    if _RTL.search(evidence):
        return f'"{_FIRST_STRONG_ISOLATE}{evidence}{_POP_ISOLATE}"'
    return f'"{evidence}"'


def source_language(alert: Alert) -> str | None:
    """The English name of the language the alert's facts were read from, when not English."""
    code = next((f.language for f in alert.facts if f.language != "en"), None)
    if code is None:
        return None
    return language_name(code) or code


def _source(alert: Alert) -> str:
    """The outlet, and the language of the original when it is not English: "ynet (in Hebrew)"."""
    source = _one_line(alert.source)
    language = source_language(alert)
    if language is None:
        return source
    return f"{source} (in {language})" if source else f"in {language}"


def alert_parts(alert: Alert) -> AlertParts:
    return AlertParts(
        headline=headline(alert),
        evidence=_evidence(alert),
        source=_source(alert),
        link=alert.link.strip(),
        also=_also(alert),
        more=_more(alert),
    )


def is_web_link(link: str) -> bool:
    return link.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in link)


# --- measuring and shortening ---------------------------------------------------------------------


def shorten(text: str, limit: int, *, measure: Any = utf16_len) -> str:
    """`text` cut to at most `limit` units including a trailing ellipsis, on a word boundary if one
    is near; "" when `limit` leaves no room for anything but the ellipsis."""
    if measure(text) <= limit:
        return text
    if limit <= 1:
        return ""
    budget = limit - 1
    cut = len(text)
    while cut > 0 and measure(text[:cut]) > budget:
        # jump close to the target first, then step; text lengths here are small (<= a few thousand)
        over = measure(text[:cut]) - budget
        cut -= max(1, over // 2)
    cut = max(cut, 0)
    head = text[:cut]
    space = head.rfind(" ")
    if space >= cut * 3 // 4 and space > 0:
        head = head[:space]
    return head.rstrip(" ,;:·—-") + ELLIPSIS


# --- plain text -----------------------------------------------------------------------------------


def _source_line(source: str, link: str, also: str) -> str:
    line = " · ".join(p for p in (source, link) if p)
    if also:
        line = f"{line}   {also}" if line else also
    return line


def _plain(p: AlertParts) -> str:
    lines = [p.headline]
    if p.more:
        lines.append(p.more)
    if p.evidence:
        lines.append(quoted(p.evidence))
    src = _source_line(p.source, p.link, p.also)
    if src:
        lines.append(src)
    return "\n".join(lines)


# What a rule's `template` may use; the loader rejects any other name, so a typo fails `check`
# instead of silently falling back to the default text at run time.
TEMPLATE_EXTRAS = ("alert", "fact", "headline", "evidence", "also_reported", "platform")
TEMPLATE_VARIABLES = frozenset({f.name for f in fields(Alert)} | set(TEMPLATE_EXTRAS))


def _template_context(alert: Alert, p: AlertParts, platform: str) -> dict[str, Any]:
    ctx: dict[str, Any] = {f.name: getattr(alert, f.name) for f in fields(Alert)}
    ctx.update(
        alert=alert,
        fact=alert.facts[0] if alert.facts else None,
        headline=p.headline,
        evidence=p.evidence,
        also_reported=p.also,
        platform=platform,
    )
    return ctx


def from_template(alert: Alert, p: AlertParts, flavour: Flavour, platform: str) -> str | None:
    if not alert.template:
        return None
    try:
        out = render_template(alert.template, _template_context(alert, p, platform), flavour)
    except AlertTemplateError:
        return None
    return out or None


# Alerts a template is tried on at check time, one per trigger, with long fields: a template whose
# cost grows with the text (a loop over the evidence) shows it here rather than in production.
_SAMPLE_TEXT = "An invented sentence about the figures, repeated to the length of a long quote. " * 6
_SAMPLE_FACTS: dict[Trigger, tuple[Fact, ...]] = {
    Trigger.CASUALTY: (
        CasualtyFigure(1_234_567, "at_least", "killed", "people", "Atlantis", True, _SAMPLE_TEXT),
    ),
    Trigger.ARMS_EMBARGO: (ArmsEmbargo("Utopia", "Atlantis", "imposed", _SAMPLE_TEXT),),
    Trigger.RECOGNITION: (
        Recognition(("Utopia", "Erewhon"), "Atlantis", "announced", "September", _SAMPLE_TEXT),
    ),
    Trigger.KEYWORDS: (),
}


def template_budget_problem(template: str, trigger: Trigger) -> str | None:
    """Why `template` exceeds its rendering budget on a sample alert of `trigger`, or None.

    Only the budget is judged: a template may legitimately fail on a sample (a field the sample
    lacks) and fall back at run time, but one that runs away on a sample would do so in production.
    """
    sample = Alert(
        id="sample",
        rule_id="sample",
        trigger=trigger,
        severity=Severity.HIGH,
        facts=_SAMPLE_FACTS[trigger],
        entry_title=_SAMPLE_TEXT[:200],
        link="https://news.example/2026/01/02/an-invented-article",
        source="Example News",
        published=datetime(2026, 1, 2, 3, 4),
        evidence=_SAMPLE_TEXT,
        also_reported_by=("Other News", "Third News"),
        template=template,
    )
    p = alert_parts(sample)
    for flavour, platform in (("html", "telegram"), ("mrkdwn", "slack"), ("plain", "plain")):
        try:
            context = _template_context(sample, p, platform)
            render_template(template, context, flavour, report=False)  # type: ignore[arg-type]
        except AlertTemplateBudgetError as exc:
            return str(exc)
        except AlertTemplateError:
            continue
    return None


WITHDRAWN_LINE = "❌ Withdrawn: this alert was wrong."
_WITHDRAWN_HEADLINE_MAX = 1000


def withdrawn_parts(alert: Alert) -> AlertParts:
    """A withdrawn alert keeps only what identifies it: its old headline (struck through where the
    platform can) under the notice, and its source; the figures and the quote go."""
    struck = shorten(headline(alert), _WITHDRAWN_HEADLINE_MAX, measure=len)
    return AlertParts(WITHDRAWN_LINE, "", _one_line(alert.source), alert.link.strip(), "", more=struck)


def render_plain(alert: Alert) -> str:
    """Plain text: the console and every platform's fallback."""
    if alert.withdrawn:
        return _plain(withdrawn_parts(alert))
    p = alert_parts(alert)
    return from_template(alert, p, "plain", "plain") or _plain(p)
