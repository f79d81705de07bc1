"""Casualty series: which running toll a figure belongs to, and whether a figure is news for it.

Pure. A **series** is one running toll:

* a **cumulative toll** — (area, kind, victim class): "Gaza", "the Gaza Strip" and "Hamas-run Gaza"
  are one area; "Palestinians", "people" and "civilians" one class; soldiers of one army another;
* an **incident toll** — the rising toll of one attack: the same plus the town it happened in, alive
  for a short window after its last report (the rule's event window, 72 h by default).

The area is the fact's location reduced to a canonical place; a place named only in a dateline
("DOHA (Reuters) - ... in Gaza") is where the report was filed, not where the toll is, and when the
fact carries no location the first place the report's body names stands in.

A series keeps its **best-known figure** with its qualifier and source. A later figure is an update
only when even its lowest plausible value is above the highest plausible value of the best ("more
than 30,000" is 30,001 at least, not above 30,035: no update; "nearly 21,000" is 20,500 at least,
above 20,424: an update). Equal and lower figures are silent. The bounds come from
`data/series.toml`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from bot.core.extract.places import canonical_name, find_places
from bot.core.model import CasualtyFigure, Entry

GENERAL_CLASS = "people"
# Which of an item's figures for one series is its headline: the most precise among equals.
_PRECISION = {"exact": 0, "at_least": 1, "more_than": 2, "nearly": 3, "about": 4, "up_to": 5, "vague": 6}


@dataclass(frozen=True, slots=True)
class _Words:
    classes: tuple[tuple[str, re.Pattern[str]], ...]
    prefixes: frozenset[str]
    below_by_steps: dict[str, float]
    above_by_steps: dict[str, float]
    restatement_share: float
    part_classes: frozenset[str]


@cache
def _words() -> _Words:
    raw = tomllib.loads(resources.files("bot.core.data").joinpath("series.toml").read_text("utf-8"))
    classes = tuple(
        (name, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE))
        for name, words in raw["victim_classes"].items()
    )
    prefixes = frozenset(p.casefold() for p in raw["areas"]["prefixes"])
    q = raw["qualifiers"]
    share = float(raw["scope"]["restatement_share"])
    parts = frozenset(raw["scope"]["part_classes"])
    return _Words(classes, prefixes, dict(q["below_by_steps"]), dict(q["above_by_steps"]), share, parts)


# --- identity ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeriesIdentity:
    incident: bool
    area: str  # canonical place shown to readers ("Gaza"); "" when the report names none
    kind: str
    victims: str  # broad class: "people", "children", "soldiers of Israel" ...
    town: str | None  # incidents: the town it happened in, when the report names one (tolls: None)

    @property
    def group(self) -> str:
        """Cumulative: the series key itself. Incidents: the key shared by the incidents of one area,
        kind and class, among which the window and the town pick the series."""
        scope = "incident" if self.incident else "toll"
        return f"{scope}|{self.area.casefold()}|{self.kind}|{self.victims.casefold()}"

    @property
    def label(self) -> str:
        """How people name it: "Gaza · killed", "Ukraine (Kharkiv) · killed · children", "Gaza
        (incident) · killed" for one attack whose town the reports do not name."""
        where = self.area or "unknown place"
        if self.incident:
            where += (
                f" ({self.town})"
                if self.town and self.town.casefold() != self.area.casefold()
                else " (incident)"
            )
        parts = [where, self.kind.replace("_", " ")]
        if self.victims != GENERAL_CLASS:
            parts.append(self.victims)
        return " · ".join(parts)


@cache
def _dateline() -> re.Pattern[str]:
    # compiled on first use: ~8 ms, which every process (`match` on an empty input too) paid at start
    return re.compile(
        r"^\s*(?P<place>[A-Z][\w'.-]*(?:[ -][A-Z][\w'.-]*){0,3})"  # DOHA, Kiev, TEL AVIV, Moscow
        r"(?:,[^-–—:(\n]{1,40})?"  # , Qatar  |  , March 12  |  , Mar. 23, 2024
        r"(?:\s*\([^)\n]{1,60}\))?"  # (Reuters)
        r"\s*(?:--|[-–—:])\s+"
    )


def split_dateline(text: str) -> tuple[set[str], str]:
    """The places a dateline opening `text` names ("DOHA, Qatar (Reuters) - " -> {"Qatar"}), and the
    text after it. No dateline: (set(), text)."""
    m = _dateline().match(text)
    if m is None:
        return set(), text
    head = m.group(0)
    places = {p.canonical for p in find_places(head.title() if head.isupper() else head)}
    places |= {p.canonical for p in find_places(head)}
    return places, text[m.end() :]


def _body_and_datelines(entry: Entry) -> tuple[str, set[str]]:
    datelines: set[str] = set()
    bodies: list[str] = []
    for part in (entry.title, entry.summary):
        places, body = split_dateline(part)
        datelines |= places
        bodies.append(body)
    return "\n".join(bodies), datelines


def canonical_area(location: str | None) -> str | None:
    """ "Hamas-controlled, Gaza" -> "Gaza"; "Dnipro, Ukraine" -> "Ukraine"; unknown text kept as written."""
    if not location:
        return None
    parts = [p.strip() for p in re.sub(r"\s*\(.*?\)", "", location).split(",") if p.strip()]
    for part in parts:
        words = part.split()
        for start in range(len(words)):  # "the occupied West Bank", "occupied West Bank", ...
            if canon := canonical_name(" ".join(words[start:])):
                return canon
            if words[start].casefold() not in _words().prefixes:
                break
    named = parts[0] if parts else ""
    return named[:1].upper() + named[1:] if named else None


def victim_class(victims: str | None) -> str:
    """The broad class of a victims phrase: "Palestinians" -> people, "Israeli soldiers" ->
    "soldiers of Israel", "five children" -> children."""
    if not victims:
        return GENERAL_CLASS
    for name, pattern in _words().classes:
        if pattern.search(victims):
            if name == "soldiers":
                army = next((m.canonical for m in find_places(victims)), None)
                if army is None and (cap := re.match(r"([A-Z][\w-]+)\s", victims)):
                    army = cap.group(1)
                return f"soldiers of {army}" if army else "soldiers"
            return name
    return GENERAL_CLASS


def identify(fact: CasualtyFigure, entry: Entry) -> SeriesIdentity:
    body, datelines = _body_and_datelines(entry)
    mentions = [m for m in find_places(body) if not m.demonym]
    area = canonical_area(fact.location)
    named_in_body = {m.canonical for m in mentions}
    if area is None or (area in datelines and area not in named_in_body and mentions):
        # No place, or only the dateline's: the place the report's body names first.
        area = mentions[0].canonical if mentions else (area or "")
    town = next(
        (m.surface.title() if m.surface.isupper() else m.surface
         for m in mentions if (m.city or m.capital) and m.canonical == area),
        None,
    )  # fmt: skip
    return SeriesIdentity(not fact.cumulative, area, fact.kind, victim_class(fact.victims), town)


def as_toll(identity: SeriesIdentity) -> SeriesIdentity:
    return replace(identity, incident=False, town=None)


def as_incident(identity: SeriesIdentity) -> SeriesIdentity:
    return replace(identity, incident=True)


def is_part(victim_class: str) -> bool:
    """Children, women ...: a part of a toll, usually told beside the whole (data/series.toml)."""
    return victim_class in _words().part_classes


def restates(count: int, qualifier: str, best_count: int) -> bool:
    """Close enough to a cumulative toll's best figure to be that toll, whatever the report's wording
    ("more than 45,000 Palestinians killed" beside a toll of 45,805), rather than one attack's."""
    return lowest(count, qualifier) >= _words().restatement_share * best_count


# --- figures -----------------------------------------------------------------------------------------


def rounding_step(count: int) -> int:
    """The largest 10, 100 ... or 5, 50 ... that divides `count` and is at most a tenth of it."""
    step = 1
    for candidate in (10**k * m for k in range(1, 10) for m in (1, 5)):
        if candidate * 10 <= count and count % candidate == 0:
            step = max(step, candidate)
    return step


def lowest(count: int, qualifier: str) -> float:
    if qualifier == "more_than":
        return count + 1
    if qualifier == "up_to":
        return 0
    return count - _words().below_by_steps.get(qualifier, 0) * rounding_step(count)


def highest(count: int, qualifier: str) -> float:
    if qualifier == "more_than":
        return count + 1
    return count + _words().above_by_steps.get(qualifier, 0) * rounding_step(count)


def exceeds(count: int, qualifier: str, best_count: int, best_qualifier: str) -> bool:
    """A figure is news for a series only above the best known one beyond both qualifiers' slack."""
    return lowest(count, qualifier) > highest(best_count, best_qualifier)


def headline_figure(facts: list[CasualtyFigure]) -> CasualtyFigure:
    """Of one report's figures for one series, the one that says most: the highest lowest value,
    the most precise among equals ("606" over "more than 600"); an earlier figure quoted for
    comparison ("revised to 1,200 from a previous estimate of 1,400") only when there is no other."""
    assert all(f.count is not None for f in facts)
    return max(
        facts,
        key=lambda f: (not f.earlier, lowest(f.count or 0, f.qualifier), -_PRECISION.get(f.qualifier, 9)),
    )
