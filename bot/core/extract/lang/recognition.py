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
    AGENT_REACH,
    actors_by_status,
    government_subject,
    government_told,
    reports_the_act,
)
from bot.core.extract.lang.recognition_background import cues_of, standing
from bot.core.extract.lang.recognition_follows import followers
from bot.core.extract.lang.recognition_recalled import without_recalled
from bot.core.extract.lang.recognition_states import (
    OBJECT_WORDS,
    STATUS_ORDER,
    is_object,
    opposers_in,
    recognised_in,
    state_of,
    switch_for,
)
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import RECOGNISABLE, RECOGNISABLE_AS_OBJECT, RIVAL_OF
from bot.core.extract.vetoes import Dropped, Veto, VetoTable
from bot.core.model import Recognition, Why

# how far after a recognition word a status cue may stand in another clause (the lexicon's cue_after
# reaches further only inside the word's clause)
_CUE_AFTER_ANY_CLAUSE = 2
# the anchor of a state reacting to another's recognition ("Israël condamne la reconnaissance ... par
# l'Irlande", "Москва засудила рішення Гани визнати"): it recognises nothing, so it is no actor
_REACTS = "reacts"
# cues a state may say of another's recognition: a rejection, or a reaction (the lexicon's `reacts`)
_AGAINST = frozenset({"rejected", _REACTS})
# words of immediate effect, and a state joining the count of those that recognise ("devient le
# 147e pays à reconnaître"): an announced recognition is done
_NOW = frozenset({"immediate", "joins"})
# "while", "but", and "despite": a state after one with no cue of its own is no actor
_CONTRAST = frozenset({"contrast", "despite"})
# how far after a recognition word a complementiser makes it "admit" ("a reconnu que", "визнав, що")
_THAT_REACH = 2
# how far before the state named (after it in a verb-final clause) a word of `other_object` still
# names what is recognised: "نسل‌کشی در فلسطین را به رسمیت شناخت", "признала ... в Палестине геноцидом"
_OTHER_OBJECT_REACH = 2
_OTHER_OBJECT_BEFORE = 4
# how far after a recognition noun a status cue in its clause says its status (a predicate)
_PREDICATE_REACH = 10


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
    anchors = _anchors(item, hits, _cues_in(item, own_cues, hits))
    sides = (*(switch or ()), *(state for _o, _m, state in opposing))
    groups = actors_by_status(item, sentence, anchors, recognised, sides)
    out: list[Recognition] = []
    for status, members in groups.items():
        actors = list(dict.fromkeys(state for _, state in members))
        key = (tuple(sorted(actors)), recognised, status)
        if status == _REACTS or key in seen:
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
    if sentence == 0 or fact.why is None or any(c.label in _NOW for c in cues):
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


def _anchors(item: Item, hits: list[Hit], cues: list[Hit]) -> list[tuple[int, str, str]]:
    """(position, status, words): each recognition word, with the strongest status cue just before
    or after it ("sera reconnue", "не намерена признавать"; a verb-final language's lexicon reaches
    further after it: "به رسمیت شناختن ... را بررسی می‌کند"), and each rejection cue standing alone.
    A word of immediate effect anywhere in the sentence makes an announced recognition done ("a
    annoncé qu'il reconnaissait l'État de Palestine avec effet immédiat")."""
    anchors: list[tuple[int, str, str]] = []
    alone: list[Hit] = []  # rejection cues before a recognition by someone else
    # (not one in a condition: "anzuerkennen, falls Israel die Annexion beschließt")
    ifs = [c.first for c in cues if c.label == "condition"]
    now = next((c for c in cues if c.label in _NOW and not any(i < c.first for i in ifs)), None)
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
        own = c.label in (*STATUS_ORDER, _REACTS)
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


def _cues_in(item: Item, cues: list[Hit], words: list[Hit]) -> list[Hit]:
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
