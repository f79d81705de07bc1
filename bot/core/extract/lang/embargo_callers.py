"""Who calls for an embargo when the state first named in a call sentence is the one called on, in
any language with a lexicon: a state written just after a call word ("exhortent la France à
décréter un embargo", "pide a España suspender", "призвали Германию прекратить") is addressed, not
the caller; the caller is a state or body named before the call word, else a body (an organisation)
the item names elsewhere ("Amnesty International ... demandent ..."). With neither, the state
addressed is kept (no caller is guessed). Pure; no I/O."""

from __future__ import annotations

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.tokens import Hit

_ADDRESSED_REACH = 2  # at most this many words between a call word and the state it addresses
_STATE_KINDS = frozenset({"country", "demonym", "leader", "capital", "city"})


def caller(
    item: Item,
    span: tuple[int, int],
    trigger_at: int,
    cues: list[Hit],
    roles: tuple[Mention | None, Mention | None],
) -> Mention | None:
    """The actor of a call in `span`, given the (actor, target) read so far and the action cues."""
    actor, target = roles
    if actor is None or actor.kind not in _STATE_KINDS or actor.last >= trigger_at:
        return actor
    call = next(
        (c for c in cues if c.label == "called_for" and 0 <= actor.first - c.last - 1 <= _ADDRESSED_REACH),
        None,
    )
    if call is None:
        return actor
    first, end = span

    def other(m: Mention) -> bool:
        return m is not actor and (target is None or m.canonical != target.canonical)

    before = [m for m in item.mentions if first <= m.first and m.last < call.first and other(m)]
    if before:
        return before[0]
    bodies = [
        m
        for m in item.mentions
        if not first <= m.first < end
        and m.kind == "organisation"
        and other(m)
        and m.canonical != actor.canonical
    ]
    return bodies[0] if bodies else actor


def call_to_lift(labels: dict[str, Hit]) -> bool:
    """A call word before a lifting one ("призвал Германию отменить ограничения", "pede ao Brasil
    que suspenda o embargo"): a call to lift a restriction, which the labels leave out (corpus
    README), whoever calls."""
    call, lifting = labels.get("called_for"), labels.get("lifted")
    return call is not None and lifting is not None and call.first < lifting.first
