"""Roles of an embargo decision taken from the rest of the item when its own clause names no state
for them, in any language with a lexicon. Pure; no I/O.

- the actor of a government, parliament or council named without its country ("Governo suspende
  ...", "Bundesrat stoppt ...", "El Gobierno rechaza ..."): the country of a national body named
  anywhere in the item (lexicon `[embargo_bodies]`), else the country whose capital the item is told
  from or names ("anunciada em Lisboa", "MADRID (EFE)", "die Landesregierung in Bern"), else another
  state the item names; never a theatre of war ("a situação humanitária em Gaza") nor the target;
- the target written as a capital after the trigger words ("livraison d'équipements militaires à
  Bakou"): the capital's country, as a capital before them stands for its government as actor.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.extract.lang.embargo_deciders import national_body
from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention
from bot.core.extract.places import CAPITALS, THEATRE_STATE

# the kinds of name that can decide or be the target of an embargo (embargo.py reads roles with them too)
ROLE_KINDS = frozenset({"country", "demonym", "organisation", "leader", "place"})


def _capital(m: Mention) -> bool:
    return m.kind in {"city", "capital", "place"} and CAPITALS.get(m.canonical) == m.country


def context_actor(item: Item, span: tuple[int, int], other: Callable[[Mention], bool]) -> Mention | None:
    """The decider the item's context gives when the span names none: a national body anywhere in
    the item, a capital, another state (not a theatre); `other` keeps the target's country out."""
    first, end = span
    body = national_body(item, (0, len(item.tokens)), len(item.tokens))
    if body is not None and other(body):
        return body
    capital = next((m for m in item.mentions if _capital(m) and other(m)), None)
    if capital is not None:
        return capital
    return next(
        (
            m
            for m in item.mentions
            if not first <= m.first < end
            and m.kind in ROLE_KINDS
            and m.canonical not in THEATRE_STATE
            and other(m)
        ),
        None,
    )


def capital_target(item: Item, span: tuple[int, int], trigger_at: int) -> Mention | None:
    """A capital named after the trigger words in the span ("à Bakou", "в Тегеран"), as the target
    when no state is named there."""
    first, end = span
    after = [m for m in item.mentions if max(first, trigger_at + 1) <= m.first < end]
    return next((m for m in after if _capital(m)), None)
