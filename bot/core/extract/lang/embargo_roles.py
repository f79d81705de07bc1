"""The actor and the target of an arms-embargo span in any language (`span_roles`), the decider a
passive names (`passive_agent`), and the name a fact gives its actor (`embargo_actor_name`)."""

from __future__ import annotations

from bot.core.extract.lang.embargo_context import ROLE_KINDS, capital_target, context_actor
from bot.core.extract.lang.embargo_deciders import national_body
from bot.core.extract.lang.embargo_groups import group_or, group_targets
from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention
from bot.core.extract.places import CAPITALS, THEATRE_STATE, within_states


def states_in(item: Item, first: int, end: int, kinds: frozenset[str]) -> list[Mention]:
    return [m for m in item.mentions if first <= m.first < end and m.kind in kinds]


def span_roles(
    item: Item, span: tuple[int, int], trigger_at: int, told: Mention | None = None
) -> tuple[Mention | None, Mention | None]:
    """(actor, target) in a span of a sentence: the target is the first state after the trigger
    words (else the target `told` by the sentence's previous decision, else the last state before
    them), the actor the first state or body before them that is not the target (else after the
    target, else one named elsewhere in the item)."""
    first, end = span
    groups = group_targets(item, first, end)
    # an armed group is never an actor, also where a lexicon names it as an organisation
    mentions = [
        m
        for m in states_in(item, first, end, ROLE_KINDS)
        if not any(g.first <= m.first <= g.last for g in groups)
    ]
    states = [m for m in mentions if m.kind != "organisation"]
    # a territory within states and no theatre of one ("в Нагорном Карабахе", where the arms were used)
    # is where the arms went, not whose supply is restricted
    after = [m for m in states if m.first > trigger_at and not _territory(m)]
    # "exports that could be used in Gaza to Israel": the state supplied, not the theatre of its war
    # (a reviewed alias of a country, "Центральноафриканск*", is a place that is its own country)
    target = group_or(groups, next((m for m in after if is_country(m)), None), trigger_at)
    if target is None:
        target = next(iter(after), told)
    if target is None:
        target = capital_target(item, span, trigger_at)
    if target is None:
        target = next((m for m in reversed(states) if m.first < trigger_at), None)
    if target is None:
        target = next((g for g in reversed(groups) if g.first < trigger_at), None)

    def other(m: Mention) -> bool:
        return target is None or m.country != target.country

    actor = next((m for m in mentions if m.first < trigger_at and other(m)), None)
    if actor is None:
        # "Paris suspend ...", "Ankara, İsrail'e ... durdurdu": a capital standing for its government
        capitals = [m for m in item.mentions if first <= m.first < trigger_at and is_capital(m)]
        actor = next((m for m in capitals if other(m)), None)
    if actor is None:
        # "El Congreso aprueba el embargo": a national body named without its country stands for it
        actor = national_body(item, span, trigger_at)
    if actor is None and target is not None:
        # "تحریم تسلیحاتی شورای امنیت علیه ایران": the body whose embargo it is, between the two
        actor = next((m for m in mentions if m.kind == "organisation" and m.first < target.first), None)
    if actor is None and target is not None:
        after_target = (m for m in mentions if m.first > target.last and m.canonical not in THEATRE_STATE)
        actor = next((m for m in after_target if other(m)), None)
    if actor is None:
        # "MADRID (EFE).- El Gobierno suspende ...", "Governo suspende ... anunciada em Lisboa"
        actor = context_actor(
            item, span, lambda m: other(m) and (target is None or m.canonical != target.canonical)
        )
    return actor, target


_AGENT_KINDS = frozenset({"country", "demonym", "organisation", "leader"})


def passive_agent(
    item: Item, span: tuple[int, int], trigger_at: int, roles: tuple[Mention | None, Mention | None]
) -> tuple[Mention | None, Mention | None]:
    """(actor, target) when the span names who decided in a passive ("l'embargo imposé par
    l'Espagne", "שהוטל על ידי ספרד", "İspanya tarafından uygulanan", "введенное Испанией"): that
    state or body is the actor, though another state (the one that condemns it, or its target)
    comes first; when the target found was the agent, the target is the other state."""
    first, end = span
    agent = _agent(item, first, end)
    actor, target = roles
    if agent is None or (actor is not None and actor.first == agent.first):
        return actor, target
    if target is not None and target.first == agent.first:
        named = states_in(item, first, end, ROLE_KINDS | {"city", "capital"})  # "... à Riyad ... par ..."
        others = [m for m in named if m.kind in ROLE_KINDS - {"organisation"} or is_capital(m)]
        others = [m for m in others if m.country != agent.country]
        after = [m for m in others if m.first > trigger_at]
        target = next(iter(after), next(reversed([m for m in others if m.first < trigger_at]), None))
    if target is not None and agent.country and agent.country == target.country:
        return actor, target
    return agent, target


def _agent(item: Item, first: int, end: int) -> Mention | None:
    """The state or body a passive names as the decider: the first named within three words after
    a `by` marker ("על ידי", "من قبل"), right after a `by_next` one (a participle or relative verb
    before its agent: "введенное Испанией", "שהטילה ספרד"), right before an `after` one
    ("tarafından"); a `by_verb` marker ("par", "por", "von") counts only next to an action word
    (before the marker, or right after the agent: "von Spanien verhängte"); a `relative` one only right
    after the embargo words and before a decision word of its clause (`_relative_agent`)."""
    hits = [h for h in item.lists.embargo_agent.hits(item.tokens) if first <= h.first < end]
    if not hits:
        return None
    named = [
        m
        for m in states_in(item, first, end, _AGENT_KINDS | {"city", "capital"})
        if m.kind in _AGENT_KINDS or is_capital(m)
    ]
    cues = [h.first for h in item.lists.actions.hits(item.tokens) if first <= h.first < end]
    # "die Weitergabe von Waffen an Katar": a marker before an arms word is "of", not "by"
    arms_at = {h.first for h in item.lists.embargo.hits(item.tokens) if h.label in ("arms", "arms_supply")}
    # "par le gouvernement norvégien", "Kanada hükümeti tarafından": "by" whatever verb is near
    governments = {h.first for h in item.lists.status.hits(item.tokens) if h.label == "government"}
    # "el embargo de armas que España impuso", "эмбарго ..., которое ввела Словения": a relative word
    # right after the embargo words opens a clause about the embargo
    trigger_ends = {x.last for x in item.lists.embargo.hits(item.tokens)}
    for h in hits:
        if h.label == "relative":
            found = _relative_agent(item, h.first, h.last, named, trigger_ends)
        elif h.label == "after":
            found = next((m for m in named if h.first - m.last - (m.last + 1 in governments) == 1), None)
        elif h.label == "by_next":
            found = next((m for m in named if m.first - h.last == 1), None)
        else:
            found = next((m for m in named if 0 <= m.first - h.last - 1 <= 2), None)
            if found is not None and any(h.last < a < found.first for a in arms_at):
                found = None
            if found is not None and h.label == "by_verb":
                near = any(0 < h.first - c <= 3 for c in cues) or any(0 < c - found.last <= 2 for c in cues)
                near = near or any(h.last < g < found.first for g in governments)
                found = found if near else None
        if found is not None:
            return found
    return None


def _relative_agent(
    item: Item, first: int, last: int, named: list[Mention], trigger_ends: set[int]
) -> Mention | None:
    """The decider a relative clause on the embargo words names (a `relative` marker of
    `[embargo_agent]` right after those words): the state or body within three words after the marker,
    when a word of a decision taken (imposed, extended, lifted, licences suspended, partial) follows the
    marker in the same clause ("l'embargo sur les armes que la Slovénie a imposé", "das Waffenembargo,
    das Slowenien verhängt hat", "تحریم تسلیحاتی که اسپانیا اعمال کرد"); the state that condemns it,
    named first, is no decider."""
    if first - 1 not in trigger_ends:
        return None
    found = next((m for m in named if 0 <= m.first - last - 1 <= 2), None)
    if found is None:
        return None
    clause = item.clause_of[found.first]
    decided = (h.first for h in item.lists.actions.hits(item.tokens) if h.label in _DECISIONS)
    if any(c > last and item.clause_of[c] == clause for c in decided):
        return found
    return None


# the action words that tell a decision taken (not a call, a court's or a refusal)
_DECISIONS = frozenset({"imposed", "extended", "lifted", "suspended_licences", "partial"})


def _territory(m: Mention) -> bool:
    return m.kind == "place" and m.canonical not in THEATRE_STATE and within_states(m.canonical)


def is_country(m: Mention) -> bool:
    return m.kind == "country" or (m.kind == "place" and m.canonical == m.country)


def is_capital(m: Mention) -> bool:
    """A capital: a generated city in its country, or a reviewed alias of one ("וושינגטון", "Madri")."""
    return m.kind in {"city", "capital", "place"} and CAPITALS.get(m.canonical) == m.country


def embargo_actor_name(actor: Mention | None, action: str) -> str | None:
    if actor is None:
        return None
    name = actor.canonical if actor.kind == "organisation" else (actor.country or actor.canonical)
    if name == "United Nations" and action in {"imposed", "extended", "lifted"}:
        return "UN Security Council"  # the only UN body that can impose, renew or lift an arms embargo
    return name
