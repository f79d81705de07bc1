"""Where a rule match goes: pure, from the match and the configuration.

A rule that names `routes` sends to exactly those destinations; otherwise every configuration route
whose `triggers` and `severity` include the match's contributes its `to` list. The result is unique
and in the configuration's destination order. Destinations whose platform has no token configured
are filtered by the caller (it knows which senders run), not here.

Chat subscriptions (`/subscribe casualty gaza`) add their chats on top (`with_subscribers`): a
subscription accepts an alert when its trigger is the alert's (or "all") and its region is among the
region tags of the alert's places (`alert_regions`, from `bot.core.extract.places.regions_of`), or
"all". A chat already reached by a static route is not added twice; muted chats are left out.

`config` is `bot.config.Config`; it is typed here by the two attributes routing reads, so the pure
core does not import the configuration loader.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.extract.places import regions_of
from bot.core.model import (
    Alert,
    ArmsEmbargo,
    CasualtyFigure,
    Destination,
    Platform,
    Recognition,
    RuleMatch,
)


class RouteLike(Protocol):
    @property
    def triggers(self) -> Sequence[str]: ...
    @property
    def severity(self) -> Sequence[str]: ...
    @property
    def to(self) -> Sequence[str]: ...


class RoutingConfig(Protocol):
    @property
    def routes(self) -> Sequence[RouteLike]: ...
    @property
    def destinations(self) -> Sequence[Destination]: ...


def destination_ids_for(match: RuleMatch, config: RoutingConfig) -> set[str]:
    if match.routes:
        return set(match.routes)
    wanted: set[str] = set()
    for route in config.routes:
        if match.trigger.value in route.triggers and match.severity.value in route.severity:
            wanted.update(route.to)
    return wanted


def destinations_for(match: RuleMatch, config: RoutingConfig) -> list[Destination]:
    """The destinations for one match, unique, in configuration order."""
    wanted = destination_ids_for(match, config)
    return [d for d in config.destinations if d.id in wanted]


# --- subscriptions (chat commands: /subscribe [trigger] [region]) ---------------------------------------

ALL = "all"  # a subscription's trigger or region that matches everything


@dataclass(frozen=True, slots=True)
class Subscription:
    """One chat's interest: alerts of `trigger` (or "all") whose facts are about `region` (or "all")."""

    platform: str
    chat_id: str
    trigger: str = ALL
    region: str = ALL


def alert_places(alert: Alert) -> list[str]:
    """The places an alert is about: a toll's location, an embargo's actor and target, a recognition's
    recognised state and recognisers."""
    places: list[str] = []
    for fact in alert.facts:
        if isinstance(fact, CasualtyFigure):
            places.extend(p for p in (fact.location,) if p)
        elif isinstance(fact, ArmsEmbargo):
            places.extend(p for p in (fact.actor, fact.target) if p)
        elif isinstance(fact, Recognition):
            places.extend((fact.recognized, *fact.actors))
    return places


def alert_regions(alert: Alert) -> frozenset[str]:
    """Lower-case region tags of every place of the alert ("Gaza" -> gaza, palestine, middle east)."""
    tags: set[str] = set()
    for place in alert_places(alert):
        tags.add(place.casefold())
        tags.update(regions_of(place))
    return frozenset(tags)


def subscription_accepts(sub: Subscription, alert: Alert, regions: frozenset[str] | None = None) -> bool:
    if sub.trigger != ALL and sub.trigger != alert.trigger.value:
        return False
    if sub.region == ALL:
        return True
    return sub.region in (regions if regions is not None else alert_regions(alert))


def subscription_destination(platform: str, chat_id: str) -> Destination:
    """The destination of a subscribed chat; its id is `platform:chat id` (what /pause takes)."""
    return Destination(f"{platform}:{chat_id}", Platform(platform), chat_id)


def with_subscribers(
    static: Sequence[Destination],
    alert: Alert,
    subscriptions: Sequence[Subscription],
    muted: Collection[tuple[str, str]] = (),
) -> list[Destination]:
    """`static` (the configuration's routes) plus every subscribed chat whose subscription accepts the
    alert, once each, skipping chats that already get it through a static route and muted chats
    (`muted` holds (platform, chat id); a muted chat gets no outbox row at all, so unmuting does not
    release a flood)."""
    out = list(static)
    taken = {(d.platform.value, d.address) for d in static}
    regions = alert_regions(alert) if any(s.region != ALL for s in subscriptions) else frozenset()
    for sub in subscriptions:
        key = (sub.platform, sub.chat_id)
        if key in taken or key in muted or not subscription_accepts(sub, alert, regions):
            continue
        taken.add(key)
        out.append(subscription_destination(sub.platform, sub.chat_id))
    return out
