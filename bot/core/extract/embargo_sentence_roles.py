"""The sentence an arms embargo is read in (`EmbargoSentence`) and the roles it gives (pure):
the actors and how they were found, the target and how, and the places left as candidates
(`sentence_roles`: a state reacting to a decision, a decider, a passive agent, a court, a speaker; a
vote told aside names neither; a theatre stands for the state whose arms are used there)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.embargo_deciders import (
    REACTS_AFTER,
    STATE_BODY_AFTER,
    court_of,
    decider_of,
)
from bot.core.extract.embargo_role_patterns import BARE_COUNCIL_SUBJECT, USED_IN
from bot.core.extract.embargo_roles import (
    BEFORE_EMBARGO,
    THE_COUNTRY_IS,
    actors_of,
    agent_after,
    fallback_target,
    group_targets,
    headline_speakers,
    mentions_in,
    people_target,
    target_of,
    unquoted,
)
from bot.core.extract.places import THEATRE_STATE, Mention


@dataclass(frozen=True, slots=True)
class EmbargoSentence:
    """A sentence about an arms embargo, as far as it is read: where its embargo words are, and the
    rung of the action ladder that gave its action, with the words that set it."""

    text: str
    span: tuple[int, int]
    rung: str
    words: str

    @property
    def trigger(self) -> str:
        return self.text[self.span[0] : self.span[1]]


def sentence_roles(
    sent: EmbargoSentence, action: str
) -> tuple[list[Mention], str, Mention | None, str, list[Mention]]:
    """(actors, how they were found, target, how it was found, the places left as candidates)."""
    s, span = sent.text, sent.span
    ments = [m for m in unquoted(s, span, mentions_in(s)) if not _in_vote_aside(s, m)]
    reacting = _reacting(sent, ments)
    ments = [m for m in ments if m not in reacting]
    # an armed group may be the target, never the actor: "urged the UAE to stop supplying the RSF"
    agent = agent_after(s, span, ments)  # "the arms ban approved by Ljubljana": whose ban, never its target
    ments = [m for m in ments if agent is None or m.canonical != agent.canonical]
    groups = group_targets(s)
    targetable = sorted([*ments, *groups], key=lambda m: m.start) if groups else ments
    target, target_how = target_of(s, span, targetable)
    imposer = None
    decider = decider_of(s, span)
    # "Ankara condemns US move to lift Cyprus arms embargo": a third state reacts to the decider's move
    third_party = decider is not None and target is not None and target_how == BEFORE_EMBARGO
    if (
        reacting
        and (not reacting[0].demonym or STATE_BODY_AFTER.match(s, reacting[0].end))
        and (not reacting[0].city or STATE_BODY_AFTER.match(s, reacting[0].end))
        and not third_party
    ):
        if (
            target is not None
            and target_how in {BEFORE_EMBARGO, THE_COUNTRY_IS}
            # "Sudan rejects renewal of Darfur arms embargo": its own region, not another's embargo
            and target.canonical != reacting[0].canonical
        ):
            # "Cyprus welcomes lifting of US arms embargo", "welcomed Washington's decision to lift the
            # embargo on the island": the state reacting is the target, the other state the actor
            imposer, target = target, None
        if target is None:
            target, target_how = reacting[0], f"'{reacting[0].surface}' reacts to an embargo on itself"
    court = court_of(s) if sent.rung in {"court", "court_refuses"} else None
    if decider is not None and target is not None and decider.canonical == target.canonical:
        decider = None  # "Netanyahu attacked his push for an embargo on Israel": not Israel's own
    if court is not None:
        actors, actor_how = [court], "the court that ruled"
        ments = [m for m in ments if not court.start <= m.start < court.end]
    elif decider is not None:
        actors, actor_how = [decider], f"whose decision: '{decider.surface}'s ...'"
    elif agent is not None:
        actors, actor_how = [agent], f"the agent after the embargo words ('... by {agent.surface}')"
    elif imposer is not None:
        actors, actor_how = [imposer], f"whose embargo it is: '{imposer.surface}' before the embargo words"
    elif sent.rung == "headline_call" and (speakers := headline_speakers(s, ments)):
        actors, actor_how = speakers, "the speaker before the headline's colon"
    else:
        actors, actor_how = _clause_actors(s, span, ments, target, action)
    if target is None and (people := people_target(s)) is not None:
        target, target_how = people, f"the state whose arms would be used against {people.surface}"
    if target is None:
        target, target_how = fallback_target(s, targetable, actors)
    target, target_how = _theatre_state(s, target, target_how)
    return actors, actor_how, target, target_how, ments


def _clause_actors(
    s: str, span: tuple[int, int], ments: list[Mention], target: Mention | None, action: str
) -> tuple[list[Mention], str]:
    """`actors_of`, unless the bare Council is the subject: "The Council, led this month by France,
    renewed ..." is the council the item names in full (embargo_deciders.council_by_its_full_name), not
    a state in an aside."""
    if BARE_COUNCIL_SUBJECT.match(s):
        return [], ""
    return actors_of(s, span, ments, target, action)


# how others voted, told aside: "voted 13-0, with China and Russia abstaining," (neither actor nor target)
_VOTE_ASIDE = re.compile(
    r"\bwith\s+[^,;()]{0,80}?\b(?:abstaining|abstained|voting\s+against|dissenting|opposed|absent)\b", re.I
)


def _in_vote_aside(s: str, m: Mention) -> bool:
    return any(a.start() <= m.start < a.end() for a in _VOTE_ASIDE.finditer(s))


def _theatre_state(s: str, target: Mention | None, how: str) -> tuple[Mention | None, str]:
    """A territory where a state's arms are used stands for that state ("exports that could be used
    in Gaza": Israel)."""
    if (
        target is not None
        and target.canonical in THEATRE_STATE
        and USED_IN.search(s, max(0, target.start - 40), target.start)
    ):
        state = Mention(
            target.start, target.end, target.surface, THEATRE_STATE[target.canonical], False, False
        )
        return state, f"the state whose arms are used in {target.surface}"
    return target, how


def _refusers(s: str, words: str, ments: list[Mention]) -> list[Mention]:
    """Who refuses a renewal reacts to it ("Libya's foreign ministry rejected the Council's decision to
    extend the arms embargo"): a state named just before the refusal, in its clause, did not renew."""
    at = s.find(words) if words else -1
    if at < 0:
        return []
    return [
        m for m in ments if m.end <= at and at - m.end <= 60 and not any(c in s[m.end : at] for c in ",;")
    ]


def _reacting(sent: EmbargoSentence, ments: list[Mention]) -> list[Mention]:
    """Who reacts to a decision did not take it ("Qatar welcomed the lifting of the embargo on it"); a
    state hailing or deploring an embargo on itself is its target (only when the embargo is what the
    reaction is about: no clause break in between, unlike "the Assembly condemned the coup, calling for
    an arms embargo"). Who refuses a renewal reacts to it too (`_refusers`)."""
    s, span = sent.text, sent.span
    reacting = [
        m
        for m in ments
        if m.start < span[0] and (r := REACTS_AFTER.match(s, m.end)) and "," not in s[r.end() : span[0]]
    ]
    if sent.rung == "refused_renewal":
        reacting += _refusers(s, sent.words, ments)
    return reacting
