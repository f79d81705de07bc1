"""Whether a recognition word tells a standing status rather than a decision (pure): a count of the
states that recognise near it ("Taïwan, reconnu par seulement 12 pays"), unless the count is the
subject of the word ("Dix pays reconnaissent l'État de Palestine"), or the words for not recognised
around it ("territoire non reconnu"). The `background` veto of `recognition.py`."""

from __future__ import annotations

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.numbers import quantities
from bot.core.extract.lang.tokens import Hit

# how near a recognition word a count of states ("reconnu par seulement 12 pays") makes it background
_COUNTED_REACH = 5
# how far before a recognition verb a count of states is its subject ("Une dizaine de pays, dont la
# France, reconnaissent")
_SUBJECT_COUNT_REACH = 5
# how far after a count of states a relative word makes it the antecedent ("les 147 pays qui ...")
_RELATIVE_REACH = 2
# how far before a count of states (its word for states) a word for "by" makes it an agent
_AGENT_BEFORE_COUNT = 4


def cues_of(item: Item, sentence: int, label: str) -> list[Hit]:
    """The `[recognition_status]` words of one list in one sentence."""
    first, end = item.sentences[sentence]
    return [h for h in item.lists.status.hits(item.tokens) if h.label == label and first <= h.first < end]


def standing(item: Item, sentence: int, verbs: list[Hit]) -> list[Hit | None]:
    """Every recognition word describes a standing status, not a decision: a count of the states that
    recognise near it ("Taïwan, reconnu par seulement 12 pays", "12 ülkenin tanıdığı Tayvan") or the
    words for not recognised just before or after it ("territoire non reconnu", "international nicht
    anerkannten", "به رسمیت شناخته نشده"), for each of `verbs` (None for a decision). "La France
    reconnaît la Palestine, déjà reconnue par 147 pays" still reads: its first word is a decision."""
    first = item.sentences[sentence][0]
    unrecognised = cues_of(item, sentence, "unrecognised")
    # "devient le 147e pays à reconnaître", "se suma a los 146 países que reconocen": a state joining
    # the count is a decision of its own
    joins = [h.first for h in cues_of(item, sentence, "joins")]
    counted = [
        h
        for h in cues_of(item, sentence, "counted")
        if _after_a_number(item, h, first, verbs)
        and not any(abs(j - h.first) <= _COUNTED_REACH for j in joins)
    ]
    # a word of `that` is also a relative one ("que", "что": a token has one label), but only right
    # after the count: further on it starts a complement ("Huit pays annoncent qu'ils reconnaîtront")
    relatives = [(h.first, _RELATIVE_REACH) for h in cues_of(item, sentence, "relative")]
    relatives += [(h.first, 1) for h in cues_of(item, sentence, "that")]
    # "par", "durch" (the lexicon's `agent`) or "von" (`counted_by`) just before the count: the
    # states are the agent of a participle ("das von nur zwölf Staaten anerkannte Taiwan")
    by = [h.last for label in ("agent", "counted_by") for h in cues_of(item, sentence, label)]

    def standing_of(v: Hit) -> Hit | None:
        near = [h for h in unrecognised if v.first - 2 <= h.first <= v.last + 2]
        near += [
            h
            for h in counted
            if v.first - _COUNTED_REACH <= h.first <= v.last + _COUNTED_REACH
            and not (
                _counted_subject(h, v, relatives)
                and not any(h.first - _AGENT_BEFORE_COUNT <= b < h.first for b in by)
            )
        ]
        return near[0] if near else None

    return [standing_of(v) for v in verbs]


def _after_a_number(item: Item, h: Hit, first: int, verbs: list[Hit]) -> bool:
    """A number in digits or words just before `h` ("12 pays", "zwölf Staaten", "une centaine de pays"),
    more than one, with no recognition word between ("الدولة الـ147 التي تعترف بدولة فلسطين": the state
    recognised is no count): "bir devlet olarak", "un État" is the indefinite article, not a count."""
    lo = max(first, h.first - 3, *(v.last + 1 for v in verbs if v.last < h.first))
    counts = [q.count for q in quantities(item.language, item.tokens[lo : h.first], item.plain)]
    return any(n is not None and n > 1 for n in counts)


def _counted_subject(count: Hit, verb: Hit, relatives: list[tuple[int, int]]) -> bool:
    """The counted states are the subject of a verb that says they recognise ("Dix pays reconnaissent
    l'État de Palestine", "10 دول تعترف رسمياً بدولة فلسطين", "Une dizaine de pays, dont la France,
    reconnaissent"): the count just before the recognition word, no relative word between ("les 147
    pays qui reconnaissent", "الدول التي تعترف") right after the count: a decision told of several
    states, not a standing status."""
    return count.last < verb.first <= count.last + _SUBJECT_COUNT_REACH and not any(
        count.last < r <= count.last + reach and r < verb.first for r, reach in relatives
    )
