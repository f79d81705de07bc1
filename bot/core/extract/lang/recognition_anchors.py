"""The anchors of a recognition sentence in any language (`recognition_anchors`): each recognition
word with the status its nearest cue gives it, and the status cues that stand alone; and which cues
speak of the sentence's states (`cues_in`)."""

from __future__ import annotations

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.recognition_actors import (
    AGENT_REACH,
    reports_the_act,
)
from bot.core.extract.lang.recognition_states import (
    OBJECT_WORDS,
    STATUS_ORDER,
    is_object,
    recognised_in,
    state_of,
)
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import RECOGNISABLE

# how far after a recognition word a status cue may stand in another clause (the lexicon's cue_after
# reaches further only inside the word's clause)
_CUE_AFTER_ANY_CLAUSE = 2
# the anchor of a state reacting to another's recognition ("Israël condamne la reconnaissance ... par
# l'Irlande", "Москва засудила рішення Гани визнати"): it recognises nothing, so it is no actor
REACTS = "reacts"
# cues a state may say of another's recognition: a rejection, or a reaction (the lexicon's `reacts`)
_AGAINST = frozenset({"rejected", REACTS})
# words of immediate effect, and a state joining the count of those that recognise ("devient le
# 147e pays à reconnaître"): an announced recognition is done
NOW = frozenset({"immediate", "joins"})
# "while", "but", and "despite": a state after one with no cue of its own is no actor
_CONTRAST = frozenset({"contrast", "despite"})
# how far after a recognition noun a status cue in its clause says its status (a predicate)
_PREDICATE_REACH = 10


def recognition_anchors(item: Item, hits: list[Hit], cues: list[Hit]) -> list[tuple[int, str, str]]:
    """(position, status, words): each recognition word, with the strongest status cue just before
    or after it ("sera reconnue", "не намерена признавать"; a verb-final language's lexicon reaches
    further after it: "به رسمیت شناختن ... را بررسی می‌کند"), and each rejection cue standing alone.
    A word of immediate effect anywhere in the sentence makes an announced recognition done ("a
    annoncé qu'il reconnaissait l'État de Palestine avec effet immédiat")."""
    anchors: list[tuple[int, str, str]] = []
    alone: list[Hit] = []  # rejection cues before a recognition by someone else
    # (not one in a condition: "anzuerkennen, falls Israel die Annexion beschließt")
    ifs = [c.first for c in cues if c.label == "condition"]
    now = next((c for c in cues if c.label in NOW and not any(i < c.first for i in ifs)), None)
    for v in hits:
        status, words = (v.label if v.label in STATUS_ORDER else "done"), item.words(v.first, v.last)
        near = _near(item, v, cues)
        # a form that says it happened ("شناخت", the lexicon's `past`) or a state's decision taken
        # ("la décision du Kenya de reconnaître") is not made a plan by a word of announcing
        firm = v.label == "past" or _decided_by_a_state(item, near, v)
        if (v.label == "neutral" and _recognition_by_a_state(item, v)) or _state_between(item, near, v):
            # "Israël dénonce la reconnaissance de la Palestine par la France", "الاحتلال يرفض اعتراف
            # بريطانيا بفلسطين": the rejection is the subject's; the recognition is the named state's
            alone += [c for c in near if c.label in _AGAINST and c.last < v.first]
            near = [c for c in near if c.first > v.last]
        if firm:
            status = "done"
        for name in STATUS_ORDER:
            got = next((c for c in near if c.label == name), None)
            if firm and name == "announced":
                continue
            if name == "announced" and got is not None and reports_the_act(item, got, v):
                continue
            if got is not None and STATUS_ORDER.index(name) < STATUS_ORDER.index(status):
                status, words = name, f"{item.words(got.first, got.last)} {words}"
                break
        if status == "announced" and now is not None:
            # "ha anunciado que España reconoce desde hoy": announced with immediate effect is done
            status, words = "done", f"{words} {item.words(now.first, now.last)}"
        anchors.append((v.first, status, words))
    return anchors + _standing_alone(item, hits, cues, alone, anchors)


def _near(item: Item, v: Hit, cues: list[Hit]) -> list[Hit]:
    """The status cues of recognition word `v`: just before or after it, further after it in its own
    clause (`cue_after`) when no other state stands between ("Luxemburg und Malta erkennen Palästina
    an, Belgien prüft den Schritt noch": Belgium's weighing is not theirs), and not after the state
    recognising ("... شناختن سومالی‌لند توسط اتیوپی را محکوم کرد": the reaction is the subject's)."""
    # a recognition noun is the subject of a predicate that says its status at its clause's end
    # ("الاعتراف بالدولة الفلسطينية ليس مطروحا", "la reconnaissance de la Palestine n'est pas à
    # l'ordre du jour")
    after = max(item.lists.cue_after, _PREDICATE_REACH if v.label == "neutral" else 0)
    by = [c.first for c in cues if c.label == "agent" and c.first > v.last]
    # the state recognising, just after "by", is no subject of a cue of its own
    agents = frozenset(i for b in by for i in range(b, b + AGENT_REACH + 1) if v.label == "neutral")
    near = [
        c
        for c in cues
        if v.first - 6 <= c.first <= v.last + after
        # a state between the word and a cue after it is that cue's subject ("... کشور فلسطین را به
        # رسمیت شناختند؛ آمریکا مخالفت کرد", "..., Австрія відмовляється")
        and not (c.first > v.last and _subject_between(item, v.last, c, agents))
        and (c.first <= v.last + _CUE_AFTER_ANY_CLAUSE or item.clause_of[c.first] == item.clause_of[v.last])
    ]
    # after "by" a reaction is the sentence's subject's ("... از سوی اسرائیل را محکوم کرد"); a plan
    # or a weighing is said of the recognition noun ("La reconnaissance ... par la Belgique sera
    # formalisée en septembre")
    told_of_noun = ("announced", "considering") if v.label == "neutral" else ()
    return [c for c in near if not by or c.first < min(by) or c.label in told_of_noun]


def _standing_alone(
    item: Item, hits: list[Hit], cues: list[Hit], alone: list[Hit], anchors: list[tuple[int, str, str]]
) -> list[tuple[int, str, str]]:
    """The cues that are anchors of their own: a rejection or reaction before another state's
    recognition, a rejection far from every recognition word, a status or reaction after the
    recognition word with a subject of its own."""
    out: list[tuple[int, str, str]] = []
    last = max(v.last for v in hits)
    for c in cues:
        own = c.label in (*STATUS_ORDER, REACTS)
        if c in alone:
            # "Israël condamne la reconnaissance ... par l'Irlande": Israel rejects (a state welcoming
            # another's recognition, `reacts`, has no fact)
            out.append((c.first, c.label, item.words(c.first, c.last)))
        elif c.label == "rejected" and not any(abs(c.first - a[0]) <= 6 for a in [*anchors, *out]):
            out.append((c.first, "rejected", item.words(c.first, c.last)))
        elif (
            own
            and c.first > last
            and (_subject_between(item, last, c) or _subject_after(item, last, c, cues))
        ):
            # "..., Belgien prüft den Schritt noch", "... و اسرائیل این اقدام را محکوم کرد": a state
            # after the recognition word with a status (or a reaction) of its own
            out.append((c.first, c.label, item.words(c.first, c.last)))
    return out


def _subject_after(item: Item, after: int, cue: Hit, cues: list[Hit]) -> bool:
    """A state right after a cue that follows "while" or "but" after the recognition word: the cue's
    subject in a verb-first clause ("..., فيما دانت إسرائيل القرار")."""
    contrast = any(c.label in _CONTRAST and after < c.first < cue.first for c in cues)
    return contrast and any(
        cue.last < m.first <= cue.last + 2 and state_of(m) is not None for m in item.mentions
    )


def _subject_between(item: Item, after: int, cue: Hit, skip: frozenset[int] = frozenset()) -> bool:
    """A state named between token `after` and the cue (not at a position of `skip`): the cue has a
    subject of its own."""
    return any(
        after < m.first and m.last < cue.first and m.first not in skip and state_of(m) is not None
        for m in item.mentions
    )


def _decided_by_a_state(item: Item, cues: list[Hit], word: Hit) -> bool:
    """A word for a decision, a state, then the recognition word: "la décision du Kenya de
    reconnaître", "рішення Нікарагуа визнати", "החלטת אירלנד להכיר" (the lexicon's `decision`): the
    state's decision is taken, whoever hails or condemns it."""
    before = [c.last for c in cues if c.label == "decision" and c.last < word.first]
    return any(
        b < m.first and m.last < word.first and state_of(m) is not None for b in before for m in item.mentions
    )


def cues_in(item: Item, cues: list[Hit], words: list[Hit]) -> list[Hit]:
    """The status cues that are cues of their own: not a word inside a recognition phrase
    ("tanıdığını açıkladı" is one done phrase, not "açıkladı" announced) nor inside a longer cue
    ("n'exclut pas" is considering, not "exclut" rejected)."""

    def inside(c: Hit, h: Hit) -> bool:
        return h.first <= c.first and c.last <= h.last and (h.last - h.first) > (c.last - c.first)

    return [
        c
        for c in cues
        if not any(inside(c, v) for v in words) and not any(inside(c, h) for h in cues if h.label != c.label)
    ]


def _state_between(item: Item, cues: list[Hit], word: Hit) -> bool:
    """A state named between a rejection cue and the recognition word, and another state before the
    word: "Ізраїль засудив рішення Франції визнати ..." (the decision to recognise is France's, the
    condemnation Israel's)."""
    before = [c.last for c in cues if c.label in _AGAINST and c.last < word.first]
    if not before:
        return False
    first = item.sentences[item.sentence_of[word.first]][0]
    states = {state_of(m): m.first for m in item.mentions if first <= m.first < word.first}
    states.pop(None, None)
    # a lone state there is the subject of a verb-first clause, ruling out its own recognition
    # ("استبعدت الحكومة الإيطالية الاعتراف"): another's act needs another state, the one reacting
    return len(states) > 1 and any(b < at for b in before for at in states.values())


def _recognition_by_a_state(item: Item, noun: Hit) -> bool:
    """A recognition noun with the state that recognises just after it, or after the state it
    recognises: "اعتراف بريطانيا", "la reconnaissance de la Palestine par la France"."""
    after, clause = noun.last, item.clause_of[noun.last]
    objects = [h for h in item.lists.status.hits(item.tokens) if h.label in OBJECT_WORDS]
    recognised = recognised_in(item, item.sentence_of[noun.first])
    for m in item.mentions:
        if noun.last < m.first <= after + AGENT_REACH and item.clause_of[m.first] == clause:
            # "الاعتراف بسيادة المغرب": the state whose sovereignty is recognised recognises nothing,
            # nor does a state recognised as an object ("لن تعترف بالكيان الصهيوني")
            if m.canonical in RECOGNISABLE or is_object(m, objects) or state_of(m) == recognised:
                after = m.last
            elif state_of(m) is not None:
                return True
    return False
