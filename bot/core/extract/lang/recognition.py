"""Recognitions in any language with a lexicon: a sentence with a recognition word and a state to
recognise (named in it or in the headline); each state named in it is an actor with the status of
the nearest recognition word or status cue. Every candidate passes `RECOGNITION_VETOES`.

A state is named by its name ("Palestine", "Somaliland", "the Taliban" for their government), or by
a demonym beside a word for a state ("палестинское государство"; a demonym alone is a person or a
team: "the Palestinian president admitted ..."). An actor is a state, its leader, or its capital
("Токио решил", "Madrid reconoce"); a territory inside a state (Gaza, the West Bank) is not one."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.extract.lang.item import Item, by_sentence
from bot.core.extract.lang.recognition_actors import (
    actors_by_status,
    government_subject,
    government_told,
)
from bot.core.extract.lang.recognition_anchors import NOW, REACTS, cues_in, recognition_anchors
from bot.core.extract.lang.recognition_background import cues_of, standing
from bot.core.extract.lang.recognition_follows import followers
from bot.core.extract.lang.recognition_recalled import without_recalled
from bot.core.extract.lang.recognition_states import (
    opposers_in,
    recognised_in,
    switch_for,
)
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import RECOGNISABLE, RECOGNISABLE_AS_OBJECT, RIVAL_OF
from bot.core.extract.vetoes import Dropped, Veto, VetoTable
from bot.core.model import Recognition, Why

# how far after a recognition word a complementiser makes it "admit" ("a reconnu que", "визнав, що")
_THAT_REACH = 2
# how far before the state named (after it in a verb-final clause) a word of `other_object` still
# names what is recognised: "نسل‌کشی در فلسطین را به رسمیت شناخت", "признала ... в Палестине геноцидом"
_OTHER_OBJECT_REACH = 2
_OTHER_OBJECT_BEFORE = 4


@dataclass(frozen=True, slots=True)
class _RecognitionSentence:
    item: Item
    sentence: int
    verbs: list[Hit]


def _nothing_to_recognise(c: _RecognitionSentence) -> str | None:
    """No state to recognise in the sentence or the headline (faces, voices, merit ...)."""
    if recognised_in(c.item, c.sentence) is not None:
        return None
    return c.verbs[0].entry


def _recognition_veto_words(c: _RecognitionSentence) -> str | None:
    return c.item.listed(c.item.lists.recognition_vetoes, c.sentence)


def _admits_that(c: _RecognitionSentence) -> str | None:
    """Every recognition word is followed by a complementiser: "a reconnu que", "визнав, що",
    "הכיר בכך ש", "اعترف بأن" admit or acknowledge something, they recognise no state."""
    that = [h.first for h in c.item.lists.status.hits(c.item.tokens) if h.label == "that"]
    if all(any(v.last < t <= v.last + _THAT_REACH for t in that) for v in c.verbs):
        return f"that: {c.verbs[0].entry}"
    return None


def _all_verbs(c: _RecognitionSentence, why: list[Hit | None]) -> str | None:
    """The veto's evidence when every recognition word of the sentence has its reason in `why`."""
    found = [w for w in why if w is not None]
    if not found or len(found) < len(why):
        return None
    return f"{c.item.words(found[0].first, found[0].last)}: {c.verbs[0].entry}"


def _something_else(c: _RecognitionSentence) -> str | None:
    """Every recognition word recognises something other than a state: a word of `other_object` (a
    genocide, documents, a right, a sports body) stands between it and the state named ("reconoce el
    genocidio en Palestina", "Filistin'de yaşananları soykırım olarak tanıdı", "reconnaît les plaques
    du Kosovo"), or just around that state ("признала действия Израиля в Палестине геноцидом"); with
    no state in the sentence, right after the word. A recognition of Palestine that also names a
    genocide elsewhere in its sentence is still one."""
    item = c.item
    others = cues_of(item, c.sentence, "other_object")
    if not others:
        return None
    first, end = item.sentences[c.sentence]
    states = [m for m in item.mentions if first <= m.first < end and m.canonical in RECOGNISABLE]

    def about(v: Hit) -> Hit | None:
        # right after the word, before any state: "визнання посвідчень водія" (a state before it is
        # the subject or a party)
        right_after = next((o for o in others if v.last < o.first <= v.last + _OTHER_OBJECT_REACH + 1), None)
        if not states or (
            right_after is not None and not any(v.last < m.first < right_after.first for m in states)
        ):
            return right_after
        m = min(states, key=lambda m: abs(m.first - v.first))
        if m.first > v.first:  # the state after the word (or inside "erkennt ... an"), or just after
            # the state ("reconoce a Palestina el derecho a participar")
            lo, hi = v.first, m.last + _OTHER_OBJECT_REACH
        else:  # before it in a verb-final clause: "حق تعیین سرنوشت مردم فلسطین را به رسمیت شناخت"
            lo, hi = m.first - _OTHER_OBJECT_BEFORE - 1, v.first
        return next((o for o in others if lo < o.first <= hi and not m.first <= o.first <= m.last), None)

    return _all_verbs(c, [about(v) for v in c.verbs])


def _background(c: _RecognitionSentence) -> str | None:
    """Every recognition word describes a standing status, not a decision (`recognition_background`)."""
    return _all_verbs(c, standing(c.item, c.sentence, c.verbs))


RECOGNITION_VETOES: VetoTable[_RecognitionSentence] = VetoTable(
    "recognition",
    [
        Veto("nothing_to_recognise", "no state to recognise in the sentence", _nothing_to_recognise),
        Veto("listed", "a phrase of the language's recognition_vetoes list (internationally recognised, "
             "recognised as a refugee ...)", _recognition_veto_words),
        Veto("admits_that", "the recognition word is followed by 'that' (admitted that, acknowledged that)",
             _admits_that),
        Veto("something_else", "the recognition word recognises a genocide, documents, a right ... not the "
             "state named", _something_else),
        Veto("background", "the recognition word describes a standing status: recognised by N states, not "
             "recognised", _background),
    ],
)  # fmt: skip


def recognitions(item: Item, trace: list[Dropped] | None) -> list[Recognition]:
    lists = item.lists
    verbs = by_sentence(item, _one_per_phrase(lists.recognition.hits(item.tokens)))
    cues = by_sentence(item, lists.status.hits(item.tokens))
    out: list[Recognition] = []
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    unnamed: list[tuple[str, str, int]] = []
    told: list[tuple[int, Recognition]] = []
    for sentence, hits in sorted(verbs.items()):
        veto = RECOGNITION_VETOES.first(_RecognitionSentence(item, sentence, hits))
        if veto is not None:
            if trace is not None:
                text = item.sentence_text(sentence)
                trace.append(Dropped("recognition", veto[0], veto[1], hits[0].entry, text))
            continue
        facts, anchors = _sentence_facts(item, sentence, hits, cues.get(sentence, []), seen)
        if not anchors[1]:
            unnamed.append((anchors[0][0][1], anchors[0][0][2], sentence))
        kept = [
            f
            for f in facts
            if not _restated(item, f, sentence, hits, cues.get(sentence, []), anchors[0], out)
            # "Комиссия ООН признала Израиль виновным": Israel or China recognised by no state is none
            and (f.actors or f.recognized not in RECOGNISABLE_AS_OBJECT)
        ]
        out += kept
        told += [(sentence, f) for f in kept]
    out += followers(
        item,
        told,
        set(verbs),
        lambda s, actors, recognised, status, words, roles: _fact(
            item, s, actors, recognised, status, words, [], roles, "follows"
        ),
    )
    out = without_recalled(item, told, out)
    unnamed = [u for u in unnamed if recognised_in(item, u[2]) not in RECOGNISABLE_AS_OBJECT]
    # a recognition with no state named and no government deciding it is a debate, an anniversary or
    # "the international recognition of Somaliland": no one's decision in this news
    unnamed = [u for u in unnamed if government_subject(item, u[2])]
    if not out and unnamed:
        out.append(_government_fact(item, *unnamed[0]))
    return out


def _sentence_facts(
    item: Item, sentence: int, hits: list[Hit], cues: list[Hit], seen: set[tuple[tuple[str, ...], str, str]]
) -> tuple[list[Recognition], tuple[list[tuple[int, str, str]], bool]]:
    """The facts of one recognition sentence, and (its anchors, whether any state was named)."""
    recognised = recognised_in(item, sentence) or ""
    switch = switch_for(item, sentence) or _implied_switch(recognised)
    # "несмотря на возражения Вашингтона": the state opposing is no actor, and its opposition is not
    # the recognisers' status; it has a fact of its own (`rejected`)
    opposing = opposers_in(item, sentence)
    own_cues = [c for c in cues if all(c.first != o.first for o, _m, _s in opposing)]
    anchors = recognition_anchors(item, hits, cues_in(item, own_cues, hits))
    sides = (*(switch or ()), *(state for _o, _m, state in opposing))
    groups = actors_by_status(item, sentence, anchors, recognised, sides)
    out: list[Recognition] = []
    for status, members in groups.items():
        actors = list(dict.fromkeys(state for _, state in members))
        key = (tuple(sorted(actors)), recognised, status)
        if status == REACTS or key in seen:
            continue
        seen.add(key)
        words = next((a[2] for a in anchors if a[1] == status), item.words(hits[0].first, hits[0].last))
        roles = tuple(("actor", f"{state}: '{item.words(m.first, m.last)}'") for m, state in members)
        out.append(_fact(item, sentence, tuple(actors), recognised, status, words, hits, roles))
        if switch is not None and status in ("done", "announced"):
            # the side a switch gives up: "Nauru switched from Taipei to Beijing" (a switch ruled out
            # is one fact, the side not chosen)
            given_up = f"given up for {recognised}"
            out.append(
                _fact(item, sentence, tuple(actors), switch[0], "rejected", given_up, hits, roles, "switch")
            )
    if opposing:
        states = tuple(dict.fromkeys(state for _o, _m, state in opposing))
        roles = tuple(
            ("actor", f"{state}: opposing '{item.words(min(o.first, m.first), max(o.last, m.last))}'")
            for o, m, state in opposing
        )
        words = item.words(opposing[0][0].first, opposing[0][0].last)
        out.append(
            _fact(item, sentence, states, recognised, "rejected", words, hits, roles, "despite_opposition")
        )
    return out, (anchors, bool(groups))


def _implied_switch(recognised: str) -> tuple[str, str] | None:
    """Recognising the People's Republic gives up Taiwan even with no word for cutting ties ("Науру
    визнала Пекін", "Honduras erkennt die Volksrepublik China an"): the side given up and the side
    chosen (a state of places.toml [recognisable_as_object] with a [rival_of])."""
    rival = RIVAL_OF.get(recognised)
    return (rival, recognised) if rival is not None and recognised in RECOGNISABLE_AS_OBJECT else None


def _restated(
    item: Item,
    fact: Recognition,
    sentence: int,
    hits: list[Hit],
    cues: list[Hit],
    anchors: list[tuple[int, str, str]],
    earlier: list[Recognition],
) -> bool:
    """A lead sentence that names the headline's recognition again with no status cue of its own
    ("Japonya, Filistin'i tanımayı değerlendiriyor" / "... Filistin Devleti'nin tanınması konusunda
    ..."; "... la reconnaissance interviendra si ..."): the headline's fact, not a second one. A
    status said by a cue or by the verb's form ("..., das Parlament hat Palästina anerkannt") or a
    state the headline does not name is news."""
    if sentence == 0 or fact.why is None or any(c.label in NOW for c in cues):
        return False
    bare = {item.words(v.first, v.last) for v in hits if v.label == "neutral"}  # a noun: "the recognition"
    if not any(a[1] == fact.status and a[2] in bare for a in anchors):
        return False
    return any(
        e.recognized == fact.recognized
        and set(fact.actors) <= set(e.actors)
        and e.why is not None
        and e.evidence == item.sentence_text(0)
        for e in earlier
    )


def _government_fact(item: Item, status: str, words: str, sentence: int) -> Recognition:
    """A recognition with no state named in its sentence: the state of "the government" (its leader,
    a dateline's capital), else no actor."""
    recognised = recognised_in(item, sentence) or ""
    told = government_told(item, sentence)
    if told is None:
        # "The government announced it recognises ...": no state named anywhere in the item; the fact
        # is kept with its actor unnamed, never the feed's country guessed (a feed abroad quotes other
        # governments as "the government" too)
        return _fact(item, sentence, (), recognised, status, words, [], (("actor", "no state named"),))
    m, state = told
    role = (("actor", f"{state}: the government of '{item.words(m.first, m.last)}'"),)
    return _fact(item, sentence, (state,), recognised, status, words, [], role)


def _one_per_phrase(hits: list[Hit]) -> list[Hit]:
    """The recognition words, one per phrase: not a word inside a longer one ("شناخت" inside "خواهد
    شناخت"), not a neutral word right before another that carries the form ("به رسمیت" before
    "شناخت": "به رسمیت شناخت" is one verb, done)."""
    return [
        h
        for h in hits
        if not any(
            o is not h and o.first <= h.first and h.last <= o.last and o.last - o.first > h.last - h.first
            for o in hits
        )
        and not (h.label == "neutral" and any(o.first == h.last + 1 for o in hits))
    ]


def _fact(
    item: Item,
    sentence: int,
    actors: tuple[str, ...],
    recognised: str,
    status: str,
    words: str,
    hits: list[Hit],
    roles: tuple[tuple[str, str], ...],
    recognizer: str = "recognition_word",
) -> Recognition:
    clause = item.sentence_text(sentence)
    return Recognition(
        actors=actors,
        recognized=recognised,
        status=status,
        evidence=clause,
        language=item.language,
        why=Why(
            recognizer=f"{item.language}:{recognizer}",
            trigger=tuple(item.words(h.first, h.last) for h in hits),
            clause=clause,
            roles=roles,
            status=f"{status} from '{words}'",
        ),
    )
