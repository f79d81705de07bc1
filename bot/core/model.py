"""Domain objects shared by every layer: entries read from feeds, the facts extracted from them,
and the alerts the rules make of those facts.

All are frozen dataclasses: the pure core passes them around by value and never mutates them.
`to_json()` gives the exact shapes of the `match` contract (docs/architecture.md, "match contract").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Trigger(StrEnum):
    CASUALTY = "casualty"
    ARMS_EMBARGO = "arms_embargo"
    RECOGNITION = "recognition"
    KEYWORDS = "keywords"


class UpdateMode(StrEnum):
    """What a casualty rule does when a running toll it alerted on rises again (rule field `update`)."""

    NEW = "new"  # a new message, carrying the previous figure and the delta
    EDIT = "edit"  # edit the earlier message into the new figure
    REPLY = "reply"  # a new message answering the earlier one (Telegram reply, Slack thread)


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return {"low": 0, "medium": 1, "high": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of one feed, as a reader would see it (plain text, absolute canonical link)."""

    feed_id: str
    key: str  # de-duplication key within the feed: guid, else canonical link, else content hash
    title: str
    summary: str
    link: str
    published: datetime | None
    source: str
    # the language the feed or item declares ("uk", "pt-BR"): a hint for the extractors, the text decides
    language: str | None = None

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.summary}" if self.summary else self.title


# --- facts -----------------------------------------------------------------------------------------
# `evidence` is the sentence the fact was read from; it is shown in alerts and in `test-rule`
# but is not part of the `match` contract's fact shape. `why` is how the fact was read (below);
# `to_json()` leaves both out, `fact_json(fact)` gives the contract shape plus `why`. `language` is
# the language of the text the fact was read from ("en", "ar" ...): alerts name it, rules filter on
# it (`languages`), and `fact_json` adds it for facts not read from English.


@dataclass(frozen=True, slots=True)
class Why:
    """How a fact was read, for an analyst to check it: which recognizer read it, from which words
    and clause, and the evidence for each role and for the status (or action, or qualifier).

    - `recognizer`: the named reading that produced the fact ("figure_then_casualty_word",
      "verb_then_figure", "toll_then_figure", "one_victim", "embargo_sentence", "recognition_verb" ...);
    - `trigger`: the words that made it a fact of its type ("killed", "arms embargo", "recognise");
    - `clause`: the stretch of the sentence it was read from;
    - `roles`: (role, evidence) pairs, e.g. ("actor", "Germany: subject of 'suspended'"),
      ("location", "Mykolaiv: 'in Mykolaiv'"), ("count", "'at least 12'");
    - `status`: the words that set the status / action / cumulative reading, and what they gave.
    """

    recognizer: str
    trigger: tuple[str, ...] = ()
    clause: str = ""
    roles: tuple[tuple[str, str], ...] = ()
    status: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "recognizer": self.recognizer,
            "trigger": list(self.trigger),
            "clause": self.clause,
            "roles": dict(self.roles),
            "status": self.status,
        }

    def lines(self) -> list[str]:
        """The explanation as short lines for people (test-rule, /test, the explain view)."""
        out = [
            f"read by {self.recognizer}"
            + (f" from {', '.join(map(repr, self.trigger))}" if self.trigger else "")
        ]
        out.extend(f"{role}: {evidence}" for role, evidence in self.roles)
        if self.status:
            out.append(f"status: {self.status}")
        return out


@dataclass(frozen=True, slots=True)
class CasualtyFigure:
    count: int | None
    qualifier: str  # exact | at_least | more_than | nearly | about | up_to | vague
    kind: str  # killed | injured | missing | killed_and_injured
    victims: str | None
    location: str | None
    cumulative: bool
    evidence: str = field(default="", compare=False)
    why: Why | None = field(default=None, compare=False)
    # the least a vague figure can mean ("hundreds" -> 200), for rules' min_count; None otherwise
    lower_bound: int | None = field(default=None, compare=False)
    language: str = field(default="en", compare=False)  # the language of the text it was read from
    # an earlier figure the text quotes for comparison ("up from 23 on Friday"): never its series' head
    earlier: bool = field(default=False, compare=False)

    type = "casualty"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "casualty",
            "count": self.count,
            "qualifier": self.qualifier,
            "kind": self.kind,
            "victims": self.victims,
            "location": self.location,
            "cumulative": self.cumulative,
        }
        if self.count is None and self.lower_bound is not None:
            out["lower_bound"] = self.lower_bound  # an extra field (DESIGN §4 lets facts carry them)
        if self.earlier:
            out["earlier"] = True
        return out


@dataclass(frozen=True, slots=True)
class ArmsEmbargo:
    actor: str | None
    target: str | None
    # imposed | partial | suspended_licences | extended | lifted | called_for | rejected | ruled_by_court
    action: str
    evidence: str = field(default="", compare=False)
    why: Why | None = field(default=None, compare=False)
    language: str = field(default="en", compare=False)  # the language of the text it was read from

    type = "arms_embargo"

    def to_json(self) -> dict[str, Any]:
        return {"type": "arms_embargo", "actor": self.actor, "target": self.target, "action": self.action}


@dataclass(frozen=True, slots=True)
class Recognition:
    actors: tuple[str, ...]
    recognized: str
    status: str  # done | announced | considering | rejected
    date: str | None = None  # when the text gives one for an announced recognition ("September")
    evidence: str = field(default="", compare=False)
    why: Why | None = field(default=None, compare=False)
    language: str = field(default="en", compare=False)  # the language of the text it was read from

    type = "recognition"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "recognition",
            "actors": list(self.actors),
            "recognized": self.recognized,
            "status": self.status,
        }
        if self.date:
            out["date"] = self.date
        return out


Fact = CasualtyFigure | ArmsEmbargo | Recognition


def fact_json(fact: Fact) -> dict[str, Any]:
    """The fact as `match` writes it: the DESIGN §4 shape plus `why` when the extractor recorded one
    (tools ignore fields they do not know)."""
    out = fact.to_json()
    if fact.why is not None:
        out["why"] = fact.why.to_json()
    if fact.language != "en":
        out["language"] = fact.language
    return out


def fact_trigger(fact: Fact) -> Trigger:
    return Trigger(fact.type)


# --- rules, alerts, destinations ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """What the matcher decided for one rule on one entry: pure, before any state is consulted."""

    rule_id: str
    trigger: Trigger
    severity: Severity
    routes: tuple[str, ...]  # route ids from the config; empty = the config's trigger/severity routes
    facts: tuple[Fact, ...]  # the facts that satisfied the rule's conditions (empty for keywords rules)
    matched_phrases: tuple[str, ...] = ()
    realert_hours: float | None = None  # the rule's event window override; None = the global default
    template: str | None = None  # Jinja2 template override (sandboxed) for this rule's alerts
    update: UpdateMode = UpdateMode.NEW  # casualty rules: how a rising toll follows up its last alert
    # casualty rules: a series update alerts under this rule only if it rose by at least this much
    min_increase: int = 1
    min_increase_percent: float = 0.0


@dataclass(frozen=True, slots=True)
class CasualtyChange:
    """The previous value of a casualty series, shown beside the new one."""

    previous_count: int
    previous_date: datetime | None
    previous_source: str
    previous_qualifier: str = "exact"  # "was more than 20,000": the best known figure as it was reported


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert, ready to render for any platform."""

    id: str  # stable: derived from the event or series key, so re-processing cannot mint a second one
    rule_id: str
    trigger: Trigger
    severity: Severity
    facts: tuple[Fact, ...]
    entry_title: str
    link: str
    source: str
    published: datetime | None
    evidence: str = ""  # the sentence quoted in the message
    change: CasualtyChange | None = None
    also_reported_by: tuple[str, ...] = ()
    matched_phrases: tuple[str, ...] = ()
    template: str | None = None
    # A follow-up of an earlier alert (a running toll that rose again under a rule with `update: edit`
    # or `reply`): that alert's id, and how its message is followed up. None: an alert of its own.
    updates: str | None = None
    update: UpdateMode = UpdateMode.NEW
    # An admin withdrew it (`/wrong`): its messages are edited to say so (bot/core/review.py).
    withdrawn: bool = False
    series: str | None = None  # the casualty series of the headline figure (bot.core.series), if any


class Platform(StrEnum):
    TELEGRAM = "telegram"
    SLACK = "slack"
    CONSOLE = "console"


@dataclass(frozen=True, slots=True)
class Destination:
    id: str
    platform: Platform
    address: str  # Telegram chat id or @channelname; Slack channel id; "-" for the console
