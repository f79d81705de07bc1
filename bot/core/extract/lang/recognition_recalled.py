"""Recognitions recalled beside the news, in any language with a lexicon (pure): a recognition whose
every actor is named in a clause that tells it as past ("وكانت النرويج ... قد اعترفت بها العام
الماضي", "Ирландия и Словения уже признали Палестину, а Бельгия взвешивает") is background when the
item tells another recognition: those states are recalled, not recognising in this news (corpus
README). The words are the lexicon's `[recognition_status] told_before`. A recognition told alone
keeps its states: with nothing else to report, "already" is the news itself ("X has already
recognised ...")."""

from __future__ import annotations

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.recognition_states import state_of
from bot.core.model import Recognition

_TOLD_BEFORE = "told_before"
# statuses a past telling can carry: a rejection or a weighing told with "already" is still a stance
_PAST = frozenset({"done", "announced"})


def without_recalled(
    item: Item, told: list[tuple[int, Recognition]], out: list[Recognition]
) -> list[Recognition]:
    """`out` without the facts of `told` ((sentence, fact)) whose actors are all named in a clause with
    a `told_before` word, when some other fact of `out` remains."""
    cues = [h.first for h in item.lists.status.hits(item.tokens) if h.label == _TOLD_BEFORE]
    if not cues:
        return out
    past_clauses = {item.clause_of[c] for c in cues}
    recalled: set[int] = set()
    for sentence, fact in told:
        if fact.status not in _PAST or not fact.actors:
            continue
        first, end = item.sentences[sentence]
        named = [m for m in item.mentions if first <= m.first < end and state_of(m) in fact.actors]
        if named and all(item.clause_of[m.first] in past_clauses for m in named):
            recalled.add(id(fact))
    kept = [f for f in out if id(f) not in recalled]
    return kept if kept and len(kept) < len(out) else out
