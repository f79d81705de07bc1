"""States following a recognition told before, in any language with a lexicon: a sentence with no
recognition word of its own that says a state takes the same step ("Portekiz de aynı adımı
atacağını açıkladı", "l'Espagne fera de même", "Norwegen will folgen") recognises what the
recognition before it recognised, with the status its phrase tells (the lexicon's optional
`[recognition_follows]`: `announced` for a step to come, `done` for one taken). Pure; no I/O."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.extract.lang.item import Item, section_matcher
from bot.core.extract.lang.recognition_states import state_of
from bot.core.model import Recognition

# the status of the recognition followed that a later step may follow (a rejection is not followed)
_FOLLOWED = frozenset({"done", "announced"})

# builds a fact: (sentence, actors, recognised, status, words, roles)
Build = Callable[[int, tuple[str, ...], str, str, str, tuple[tuple[str, str], ...]], Recognition]


def followers(
    item: Item, told: list[tuple[int, Recognition]], worded: set[int], build: Build
) -> list[Recognition]:
    """The recognitions of the states said to follow one of `told` ((sentence, fact), in order) in
    a later sentence that is not in `worded` (the sentences with a recognition word)."""
    if not told:
        return []
    out: list[Recognition] = []
    for h in section_matcher(item.language, item.plain, "recognition_follows").hits(item.tokens):
        sentence = item.sentence_of[h.first]
        earlier = [f for s, f in told if s < sentence and f.status in _FOLLOWED and f.actors]
        if sentence in worded or not earlier:
            continue
        before = earlier[-1]
        first, end = item.sentences[sentence]
        members = [
            (m, state)
            for m in item.mentions
            if first <= m.first < end
            and item.clause_of[m.first] == item.clause_of[h.first]
            and (state := state_of(m)) is not None
            and state not in before.actors
            and state != before.recognized
        ]
        actors = tuple(dict.fromkeys(state for _, state in members))
        if not actors:
            continue
        roles = tuple(("actor", f"{state}: '{item.words(m.first, m.last)}'") for m, state in members)
        out.append(build(sentence, actors, before.recognized, h.label, item.words(h.first, h.last), roles))
    return out
