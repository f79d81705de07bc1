"""What a trigger rule's `when` asks of a fact: each casualty, embargo or recognition rule compiled to a
predicate over facts (pure)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.core.extract.places import canonical_name
from bot.core.model import ArmsEmbargo, CasualtyFigure, Fact, Recognition
from bot.core.rules.schema import CasualtyRule, EmbargoRule, RecognitionRule

RegionsOf = Callable[[str], frozenset[str]]


def fact_predicate(
    rule: CasualtyRule | EmbargoRule | RecognitionRule, regions: RegionsOf
) -> Callable[[Fact], bool]:
    if isinstance(rule, CasualtyRule):
        return _casualty_predicate(rule, regions)
    if isinstance(rule, EmbargoRule):
        w = rule.when
        actions = frozenset(w.actions) if w.actions else None
        actors, targets = _place_names(w.actors), _place_names(w.targets)

        def embargo(f: Fact) -> bool:
            if not isinstance(f, ArmsEmbargo):
                return False
            if actions is not None and f.action not in actions:
                return False
            if actors is not None and (f.actor is None or f.actor.casefold() not in actors):
                return False
            return targets is None or (f.target is not None and f.target.casefold() in targets)

        return embargo
    w2 = rule.when
    statuses = frozenset(w2.statuses) if w2.statuses else None
    r_actors, recognized = _place_names(w2.actors), _place_names(w2.recognized)

    def recognition(f: Fact) -> bool:
        if not isinstance(f, Recognition):
            return False
        if statuses is not None and f.status not in statuses:
            return False
        if r_actors is not None and not any(a.casefold() in r_actors for a in f.actors):
            return False
        return recognized is None or f.recognized.casefold() in recognized

    return recognition


def _casualty_predicate(rule: CasualtyRule, regions: RegionsOf) -> Callable[[Fact], bool]:
    w = rule.when
    kinds = frozenset(w.kind) if w.kind else None
    low, high = w.min_count, w.max_count
    counted = low is not None or high is not None
    locations, victims, wanted = _place_names(w.locations), _names(w.victims), _names(w.regions)

    def casualty(f: Fact) -> bool:
        if not isinstance(f, CasualtyFigure):
            return False
        if kinds is not None and f.kind not in kinds:
            return False
        if f.earlier:
            # "revised to 900 from a previous estimate of 1,100": the old figure is no news, and no
            # line of an alert either; the new figure beside it is what fires
            return False
        if counted:
            if f.count is None:
                # a vague figure with a floor ("hundreds": at least 200) fires a min_count-only rule
                # it is sure to meet; with a max_count it is unsure, so only with include_uncounted
                floor = f.lower_bound
                if floor is not None and high is not None and floor > high:
                    return False
                sure = floor is not None and low is not None and high is None and floor >= low
                if not sure and not w.include_uncounted:
                    return False
            elif (low is not None and f.count < low) or (high is not None and f.count > high):
                return False
        if w.cumulative is not None and f.cumulative != w.cumulative:
            return False
        if locations is not None and (f.location is None or not _location_in(f.location, locations)):
            return False
        if victims is not None and (f.victims is None or f.victims.casefold() not in victims):
            return False
        if wanted is not None:
            tags: frozenset[str] = frozenset()
            for place in (f.location, f.victims):
                if place:
                    tags |= regions(place)
            if not tags & wanted:
                return False
        return True

    return casualty


def _names(values: Iterable[str] | None) -> frozenset[str] | None:
    return None if values is None else frozenset(v.casefold() for v in values)


def _place_names(values: Iterable[str] | None) -> frozenset[str] | None:
    """Countries and organisations as admins write them ("UK", "Britain", "EU") compared by the
    canonical names the extractors produce ("United Kingdom", "European Union")."""
    if values is None:
        return None
    return frozenset((canonical_name(v) or v).casefold() for v in values)


def _location_in(location: str, wanted: frozenset[str]) -> bool:
    """A location matches a rule's `locations` whole ("Kharkiv, Ukraine") or by any of its parts
    ("Kharkiv" or "Ukraine"): the extractor keeps a city with its country."""
    parts = [location, *(p.strip() for p in location.split(","))]
    return any(p.casefold() in wanted or (canonical_name(p) or p).casefold() in wanted for p in parts if p)
