"""A state welcoming an embargo decision in any language ("ישראל מברכת על החלטת גרמניה להסיר ...",
"Türkiye, Kanada'nın ... kaldırma kararını memnuniyetle karşıladı"): the state that welcomes decides
nothing. The decider is the other state or body named before the trigger words ("החלטת גרמניה", "the
decision of Germany"), and the welcoming state is the target unless a state after the trigger words
is (a state hailing the lifting of an embargo on itself). The cue words are the lexicon's
`[recognition_status] reacts`, the same words a state says of another's recognition, and the optional
`[embargo_reactions] reacts`: condemning, denouncing, protesting a decision ("Ізраїль засудив
рішення Словенії запровадити ембарго": Slovenia decides, Israel is its target). Pure."""

from __future__ import annotations

from bot.core.extract.lang.embargo_deciders import section_hits
from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention
from bot.core.extract.places import CAPITALS

_REACTS = "reacts"
_DECIDER_KINDS = frozenset({"country", "demonym", "organisation", "leader"})
_STATE_KINDS = frozenset({"country", "demonym", "leader"})
# how far after the first trigger word the body owning the embargo may stand ("эмбарго ООН")
_OWNER_AFTER = 3
_NEXT_TO = 2  # at most this many words between the welcoming state and its cue ("Israel warmly welcomes")


def welcomed_roles(
    item: Item, span: tuple[int, int], trigger_at: int, roles: tuple[Mention | None, Mention | None]
) -> tuple[Mention | None, Mention | None]:
    """(actor, target) once the state welcoming the decision is taken out of the actor's place:
    unchanged when the span has no welcoming cue or the actor found is not the one welcoming."""
    actor, target = roles
    # a body welcoming it decides nothing either ("الجامعة العربية ترحب بقرار سلوفينيا ...")
    if actor is None or not (_state(actor) or actor.kind == "organisation"):
        return roles
    first, end = span
    cues = [h for h in item.lists.status.hits(item.tokens) if h.label == _REACTS and first <= h.first < end]
    # condemning or protesting a decision is a reaction too ("Ізраїль засудив рішення Словенії ...")
    cues += section_hits(item, "embargo_reactions", first, end)
    # the cue next to the state ("Israel welcomes", verb-first "رحبت تركيا"), or after the trigger
    # words in a verb-final sentence whose subject opens it ("Türkiye, Kanada'nın ... memnuniyetle karşıladı")
    welcomes = any(
        0 <= h.first - actor.last - 1 <= _NEXT_TO
        or 0 <= actor.first - h.last - 1 <= _NEXT_TO
        or (h.first > trigger_at and actor.first == first)
        for h in cues
    )
    if not welcomes:
        return roles
    decider = next(
        (
            m
            for m in item.mentions
            if actor.last < m.first < trigger_at
            and m.first < end
            and (m.kind in _DECIDER_KINDS or _capital(m))
            and m.country != actor.country
        ),
        None,
    )
    if decider is None:
        # the body owning the embargo named just after its words ("осудила восстановление оружейного
        # эмбарго ООН против Ирана"): it decided, the state condemning it did not
        decider = next(
            (
                m
                for m in item.mentions
                if trigger_at < m.first <= trigger_at + _OWNER_AFTER
                and m.first < end
                and m.kind == "organisation"
            ),
            None,
        )
    if decider is None:
        return roles
    if target is not None and target.first > trigger_at and target.country == decider.country:
        # "Türkiye İsrail'i kınadı ve İsrail'e silah satışını durdurdu": the state named before the
        # trigger words is the target named twice, no decider
        return roles
    if target is None or target.first < trigger_at or target.country == decider.country:
        # nothing after the trigger words: the decision is on the state welcoming it
        target = actor
    return decider, target


def _state(m: Mention) -> bool:
    # a reviewed alias of a country ("La Palestine") is a place that is its own country
    return m.kind in _STATE_KINDS or _capital(m) or (m.kind == "place" and m.canonical == m.country)


def _capital(m: Mention) -> bool:
    return m.kind in {"city", "capital", "place"} and CAPITALS.get(m.canonical) == m.country
