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
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.numbers import quantities
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import CAPITALS, canonical_name, regions_of
from bot.core.extract.vetoes import Dropped, Veto, VetoTable
from bot.core.model import Recognition, Why

_STATE_KINDS = frozenset({"country", "demonym", "leader", "place"})
_STATUS_ORDER = ("rejected", "considering", "announced", "done")
_RECOGNISABLE = frozenset(
    {"Palestine", "Kosovo", "Taiwan", "Western Sahara", "Somaliland", "Donetsk People's Republic",
     "Luhansk People's Republic", "Abkhazia", "South Ossetia", "Northern Cyprus",
     "Sahrawi Arab Democratic Republic", "Taliban government", "Golan Heights"}
)  # fmt: skip
# the country whose government is recognised is not an actor ("حكومة طالبان في أفغانستان")
_OWN_COUNTRY = {"Taliban government": "Afghanistan"}
# a territory's word this near after a word for sovereignty ("souveraineté du Maroc sur le Sahara")
_TERRITORY_REACH = 5
# a word for a government this near after a recognition word, and its country this near after it
_GOVERNMENT_REACH = 3
# a demonym names a state only this near a word for a state ("палестинское государство")
_STATE_WORD_REACH = 2
# how far after a recognition noun (or the state it recognises) the state recognising may come
_AGENT_REACH = 3
# how far after a preposition ("with", "from") a state is the one met: "con el presidente francés"
_OBLIQUE_REACH = 3
_OBJECT_WORDS = frozenset({"state", "sovereignty"})
# how far after a recognition word a complementiser makes it "admit" ("a reconnu que", "визнав, що")
_THAT_REACH = 2
# how far before the state named (after it in a verb-final clause) a word of `other_object` still
# names what is recognised: "نسل‌کشی در فلسطین را به رسمیت شناخت", "признала ... в Палестине геноцидом"
_OTHER_OBJECT_REACH = 2
# how near a recognition word a count of states ("reconnu par seulement 12 pays") makes it background
_COUNTED_REACH = 5
# capitals that stand for no recogniser: Jerusalem is named as Palestine's capital as often as Israel's
_NOT_FOR_THEIR_STATE = frozenset({"Jerusalem", "East Jerusalem"})


@dataclass(frozen=True, slots=True)
class _RecognitionSentence:
    item: Item
    sentence: int
    verbs: list[Hit]


def _recognised_in(item: Item, sentence: int) -> str | None:
    """The state a recognition sentence is about: one it names, or a government it recognises, else
    the state the headline names (a lead goes on about its headline: "La France reconnaît la
    Palestine" / "Paris a franchi le pas")."""
    first, end = item.sentences[sentence]
    found = (
        _state_named(item, first, end) or _territory_in(item, first, end) or _government_in(item, sentence)
    )
    if found is None and sentence != 0:
        found = _state_named(item, *item.sentences[0])
    return found


def _state_named(item: Item, lo: int, hi: int) -> str | None:
    states = [h for h in item.lists.status.hits(item.tokens) if h.label in ("state", "name")]
    return next(
        (
            m.canonical
            for m in item.mentions
            if lo <= m.first < hi and m.canonical in _RECOGNISABLE and _names_a_state(m, states, item)
        ),
        None,
    )


def _territory_in(item: Item, lo: int, hi: int) -> str | None:
    """A territory named by a short word after a word for sovereignty: "la souveraineté du Maroc sur
    le Sahara", "سيادة المغرب على الصحراء" (a `[recognition_status]` list keyed by the territory's
    canonical name: the word alone is a desert, not Western Sahara)."""
    hits = [h for h in item.lists.status.hits(item.tokens) if lo <= h.first < hi]
    for h in (h for h in hits if h.label == "sovereignty"):
        for t in hits:
            if t.label in _RECOGNISABLE and h.last < t.first <= h.last + _TERRITORY_REACH:
                return t.label
    return None


def _government_in(item: Item, sentence: int) -> str | None:
    """A government recognised: a word for a government just after a recognition word, with its
    country ("reconnaît le nouveau gouvernement syrien", "признала правительство Сирии")."""
    first, end = item.sentences[sentence]
    words = [h for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    governments = [h for h in item.lists.status.hits(item.tokens) if h.label == "government"]
    for v in words:
        for g in governments:
            if not v.last < g.first <= v.last + _GOVERNMENT_REACH:
                continue
            for m in item.mentions:
                if g.first - 1 <= m.first <= g.last + _GOVERNMENT_REACH + 2 and m.first != g.first:
                    state = _state_of(m)
                    if state is not None:
                        return f"{state} government"
    return None


def _names_a_state(m: Mention, states: list[Hit], item: Item | None = None) -> bool:
    """A name, or a demonym beside a word for a state: "палестинское государство", not "the
    Palestinian president", "Palestinian doctors"."""
    if m.kind != "demonym" or (item is not None and _written_as_a_name(item, m)):
        return True
    return any(
        h.label == "state" and m.first - _STATE_WORD_REACH <= h.first and h.last <= m.last + _STATE_WORD_REACH
        for h in states
    )


def _written_as_a_name(item: Item, m: Mention) -> bool:
    """A demonym that is also the state's name, capitalised: "reconhecer a Palestina" (the lexicon's
    `name` list: in Portuguese and Spanish the adjective "palestina" and the country are one word)."""
    names = [h for h in item.lists.status.hits(item.tokens) if h.label == "name"]
    return item.words(m.first, m.first)[:1].isupper() and any(h.first == m.first for h in names)


def _is_object(m: Mention, objects: list[Hit]) -> bool:
    """A state the sentence names as what is recognised, not who recognises: a demonym next to a word
    for a state ("un estado israelí"), a state just after a word for sovereignty ("la souveraineté
    marocaine", "بسيادة المغرب")."""
    return any(
        (h.label == "state" and m.kind == "demonym" and (h.last + 1 == m.first or m.last + 1 == h.first))
        or (h.label == "sovereignty" and h.last < m.first <= h.last + _STATE_WORD_REACH)
        for h in objects
    )


def _state_of(m: Mention) -> str | None:
    """The state a mention stands for as an actor: a country, its people or leader, its capital
    ("Токио решил"); not a territory inside a state ("Gaza", "West Bank"), not a state to recognise."""
    if m.kind in ("city", "capital"):
        return None if m.canonical in _NOT_FOR_THEIR_STATE else CAPITALS.get(m.canonical)
    if m.kind not in _STATE_KINDS:
        return None
    name = m.country or m.canonical
    if m.canonical in _RECOGNISABLE or name in _RECOGNISABLE:
        return None
    if m.kind == "place" and any(
        canonical_name(tag) not in (None, m.canonical, "United Nations") for tag in regions_of(m.canonical)
    ):
        return None
    return name


def _nothing_to_recognise(c: _RecognitionSentence) -> str | None:
    """No state to recognise in the sentence or the headline (faces, voices, merit ...)."""
    if _recognised_in(c.item, c.sentence) is not None:
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


def _cues(item: Item, sentence: int, label: str) -> list[Hit]:
    """The `[recognition_status]` words of one list in one sentence."""
    first, end = item.sentences[sentence]
    return [h for h in item.lists.status.hits(item.tokens) if h.label == label and first <= h.first < end]


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
    others = _cues(item, c.sentence, "other_object")
    if not others:
        return None
    first, end = item.sentences[c.sentence]
    states = [m for m in item.mentions if first <= m.first < end and m.canonical in _RECOGNISABLE]

    def about(v: Hit) -> Hit | None:
        if not states:
            return next((o for o in others if v.last < o.first <= v.last + _OTHER_OBJECT_REACH + 1), None)
        m = min(states, key=lambda m: abs(m.first - v.first))
        if m.first > v.first:  # the state after the word (or inside "erkennt ... an")
            lo, hi = v.first, m.last + 1
        else:
            lo, hi = m.first - _OTHER_OBJECT_REACH - 1, v.first
        return next((o for o in others if lo < o.first <= hi and not m.first <= o.first <= m.last), None)

    return _all_verbs(c, [about(v) for v in c.verbs])


def _after_a_number(item: Item, h: Hit, first: int) -> bool:
    """A number in digits or words just before `h` ("12 pays", "zwölf Staaten", "une centaine de pays")."""
    lo = max(first, h.first - 3)
    return any(q.count is not None for q in quantities(item.language, item.tokens[lo : h.first], item.plain))


def _background(c: _RecognitionSentence) -> str | None:
    """Every recognition word describes a standing status, not a decision: a count of the states that
    recognise near it ("Taïwan, reconnu par seulement 12 pays", "12 ülkenin tanıdığı Tayvan") or the
    words for not recognised just before or after it ("territoire non reconnu", "international nicht
    anerkannten", "به رسمیت شناخته نشده"). "La France reconnaît la Palestine, déjà reconnue par 147
    pays" still reads: its first word is a decision."""
    item = c.item
    first = item.sentences[c.sentence][0]
    unrecognised = _cues(item, c.sentence, "unrecognised")
    counted = [h for h in _cues(item, c.sentence, "counted") if _after_a_number(item, h, first)]

    def standing(v: Hit) -> Hit | None:
        near = [h for h in unrecognised if v.first - 2 <= h.first <= v.last + 2]
        near += [h for h in counted if v.first - _COUNTED_REACH <= h.first <= v.last + _COUNTED_REACH]
        return near[0] if near else None

    return _all_verbs(c, [standing(v) for v in c.verbs])


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
    verbs = by_sentence(item, lists.recognition.hits(item.tokens))
    cues = by_sentence(item, lists.status.hits(item.tokens))
    out: list[Recognition] = []
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    unnamed: list[tuple[str, str, int]] = []
    for sentence, hits in sorted(verbs.items()):
        veto = RECOGNITION_VETOES.first(_RecognitionSentence(item, sentence, hits))
        if veto is not None:
            if trace is not None:
                text = item.sentence_text(sentence)
                trace.append(Dropped("recognition", veto[0], veto[1], hits[0].entry, text))
            continue
        recognised = _recognised_in(item, sentence) or ""
        anchors = _anchors(item, hits, cues.get(sentence, []))
        groups = _actors_by_status(item, sentence, anchors, recognised)
        if not groups:
            unnamed.append((anchors[0][1], anchors[0][2], sentence))
        for status, members in groups.items():
            actors = list(dict.fromkeys(state for _, state in members))
            key = (tuple(sorted(actors)), recognised, status)
            if key in seen:
                continue
            seen.add(key)
            words = next(a[2] for a in anchors if a[1] == status)
            roles = tuple(("actor", f"{state}: '{item.words(m.first, m.last)}'") for m, state in members)
            out.append(_fact(item, sentence, tuple(actors), recognised, status, words, hits, roles))
    if not out and unnamed:
        status, words, sentence = unnamed[0]
        recognised = _recognised_in(item, sentence) or ""
        out.append(_fact(item, sentence, (), recognised, status, words, [], (("actor", "no state named"),)))
    return out


def _anchors(item: Item, hits: list[Hit], cues: list[Hit]) -> list[tuple[int, str, str]]:
    """(position, status, words): each recognition word, with the strongest status cue just before
    or after it ("sera reconnue", "не намерена признавать"; a verb-final language's lexicon reaches
    further after it: "به رسمیت شناختن ... را بررسی می‌کند"), and each rejection cue standing alone."""
    anchors: list[tuple[int, str, str]] = []
    alone: list[Hit] = []  # rejection cues before a recognition by someone else
    for v in hits:
        status, words = (v.label if v.label in _STATUS_ORDER else "done"), item.words(v.first, v.last)
        near = [c for c in cues if v.first - 6 <= c.first <= v.last + item.lists.cue_after]
        if (v.label == "neutral" and _recognition_by_a_state(item, v)) or _state_between(item, near, v):
            # "Israël dénonce la reconnaissance de la Palestine par la France", "الاحتلال يرفض اعتراف
            # بريطانيا بفلسطين": the rejection is the subject's; the recognition is the named state's
            alone += [c for c in near if c.label == "rejected" and c.last < v.first]
            near = [c for c in near if c.first > v.last]
        for name in _STATUS_ORDER:
            got = next((c for c in near if c.label == name), None)
            if got is not None and _STATUS_ORDER.index(name) < _STATUS_ORDER.index(status):
                status, words = name, f"{item.words(got.first, got.last)} {words}"
                break
        now = next((c for c in near if c.label == "immediate"), None)
        if status == "announced" and now is not None:
            # "ha anunciado que España reconoce desde hoy": announced with immediate effect is done
            status, words = "done", f"{words} {item.words(now.first, now.last)}"
        anchors.append((v.first, status, words))
    for c in cues:
        if c.label == "rejected" and (c in alone or not any(abs(c.first - a[0]) <= 6 for a in anchors)):
            anchors.append((c.first, "rejected", item.words(c.first, c.last)))
    return anchors


def _new_clause(item: Item, at: int) -> bool:
    """The clause of token `at` is a sentence of its own: it opens with "and" ("، وإسرائيل تستدعي",
    ", וישראל החזירה") or after ";", or it has a status cue of its own ("..., Израиль отозвал послов");
    not "..., along with Ireland and Norway", "..., the Belgian minister wrote"."""
    start = at
    while start > 0 and item.clause_of[start - 1] == item.clause_of[at]:
        start -= 1
    if start > 0 and any(
        ch in ";؛" for ch in item.norm[item.tokens[start - 1].end : item.tokens[start].start]
    ):
        return True
    first = item.tokens[start].text
    if first in item.lists.and_words or any(first.startswith(p) for p in item.lists.and_proclitics):
        return True
    end = start
    while end < len(item.tokens) and item.clause_of[end] == item.clause_of[at]:
        end += 1
    return any(
        start <= h.first < end and h.label in _STATUS_ORDER for h in item.lists.status.hits(item.tokens)
    )


def _state_between(item: Item, cues: list[Hit], word: Hit) -> bool:
    """A state named between a rejection cue and the recognition word: "Ізраїль засудив рішення
    Франції визнати ..." (the decision to recognise is France's, the condemnation Israel's)."""
    before = [c.last for c in cues if c.label == "rejected" and c.last < word.first]
    return any(b < m.first < word.first and _state_of(m) is not None for b in before for m in item.mentions)


def _recognition_by_a_state(item: Item, noun: Hit) -> bool:
    """A recognition noun with the state that recognises just after it, or after the state it
    recognises: "اعتراف بريطانيا", "la reconnaissance de la Palestine par la France"."""
    after, clause = noun.last, item.clause_of[noun.last]
    for m in item.mentions:
        if noun.last < m.first <= after + _AGENT_REACH and item.clause_of[m.first] == clause:
            if m.canonical in _RECOGNISABLE:
                after = m.last
            elif _state_of(m) is not None:
                return True
    return False


def _actors_by_status(
    item: Item, sentence: int, anchors: list[tuple[int, str, str]], recognised: str
) -> dict[str, list[tuple[Mention, str]]]:
    """The states named in the sentence, each under the status of its nearest anchor."""
    first, end = item.sentences[sentence]
    # "reconnaîtra la Palestine si Israël ne ...": a state after a condition on the recognition sets it
    conditions = [
        h.first for h in item.lists.status.hits(item.sentence_tokens(sentence)) if h.label == "condition"
    ]
    # "..., فيما حذرت الولايات المتحدة", "hoewel ...": so does a contrast ("while", "although") with
    # no recognition or status cue of its own after it ("..., while Israel condemned" keeps Israel)
    conditions += [
        h.first
        for h in item.lists.status.hits(item.sentence_tokens(sentence))
        if h.label == "contrast" and not any(a[0] > first + h.first for a in anchors)
    ]
    after_condition = min(
        (first + c for c in conditions if first + c > min(a[0] for a in anchors)), default=end
    )
    objects = [h for h in item.lists.status.hits(item.sentence_tokens(sentence)) if h.label in _OBJECT_WORDS]
    objects = [Hit(h.first + first, h.last + first, h.label, h.entry) for h in objects]
    own = _OWN_COUNTRY.get(recognised, recognised.removesuffix(" government"))
    found: list[tuple[Mention, str]] = []
    for m in item.mentions:
        state = _state_of(m) if first <= m.first < after_condition and not _is_object(m, objects) else None
        if state is not None and state != own:
            found.append((m, state))
    # "... تعترفان رسمياً بدولة فلسطين، وإسرائيل تستدعي سفيريها": a state in a clause after every
    # recognition word is not an actor when the recognition has its own ("..., Belgian FM says" is)
    last = max(item.clause_of[a[0]] for a in anchors)
    later = [f for f in found if item.clause_of[f[0].first] > last and _new_clause(item, f[0].first)]
    if len(later) < len(found):
        found = [f for f in found if f not in later]
    # "..., después de reunirse con Brasil y Chile", "після консультацій з Францією": a state met or
    # spoken with is not an actor when the recognition has another
    oblique = _oblique(item, sentence, found)
    if len(oblique) < len(found):
        found = [f for f in found if f not in oblique]
    groups: dict[str, list[tuple[Mention, str]]] = {}
    for m, state in found:
        nearest = min(anchors, key=lambda a: abs(a[0] - m.first))
        groups.setdefault(nearest[1], []).append((m, state))
    return groups


def _oblique(item: Item, sentence: int, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The states just after a preposition of the lexicon's `oblique` list ("with", "from", "in",
    "despite": "mit Frankreich", "com a França", "با همتایان ایرلندی"), and those joined to one by
    "and" or a comma ("con Brasil, Chile y Colombia"), with no recognition word between."""
    first = item.sentences[sentence][0]
    hits = [h for h in item.lists.status.hits(item.sentence_tokens(sentence)) if h.label == "oblique"]
    marks = {i + first for h in hits for i in range(h.first, h.last + 1)}
    verbs = [h.first for h in item.lists.recognition.hits(item.tokens)]
    starts = [m.first for m in item.mentions]  # the first name after the preposition is the one met
    out: list[tuple[Mention, str]] = []
    pending: list[tuple[Mention, str]] = []  # joined by a comma only: kept if the list ends with "and"
    prev: Mention | None = None
    closed = False  # the list has had its "and": "con Francia, Chile y Perú, Noruega reconoce" ends at Perú
    for f in sorted(found, key=lambda f: f[0].first):
        m = f[0]
        after = any(
            p < m.first <= p + _OBLIQUE_REACH and not any(p < v < m.first for v in verbs + starts)
            for p in marks
        )
        last = (pending or out)[-1][0] if (pending or out) else None
        joined = "apart" if prev is None or last is not prev or closed else _joined(item, prev, m, marks)
        if after:
            pending, closed = [], False
            out.append(f)
        elif joined == "and":
            out += [*pending, f]
            pending, closed = [], True
        elif joined == "list":
            pending.append(f)
        else:
            pending = []
        prev = m
    return out


def _joined(item: Item, a: Mention, b: Mention, marks: set[int]) -> str:
    """How two names are joined: "and" (with an "and" between), "list" (nothing but a comma, an
    article or a preposition), "apart"."""
    between = range(a.last + 1, b.first)
    if len(between) > _OBLIQUE_REACH:
        return "apart"
    words = [item.tokens[i].text for i in between]
    if not all(
        i in marks or t in item.lists.and_words or len(t) <= 2 for i, t in zip(between, words, strict=True)
    ):
        return "apart"
    gap = item.norm[item.tokens[a.last].end : item.tokens[b.first].start]
    first = item.tokens[b.first].text
    joins = item.lists.and_words
    if any(t in joins for t in words) or any(first.startswith(p) for p in item.lists.and_proclitics):
        return "and"
    return "list" if "," in gap or "،" in gap else "apart"


def _fact(
    item: Item,
    sentence: int,
    actors: tuple[str, ...],
    recognised: str,
    status: str,
    words: str,
    hits: list[Hit],
    roles: tuple[tuple[str, str], ...],
) -> Recognition:
    clause = item.sentence_text(sentence)
    return Recognition(
        actors=actors,
        recognized=recognised,
        status=status,
        evidence=clause,
        language=item.language,
        why=Why(
            recognizer=f"{item.language}:recognition_word",
            trigger=tuple(item.words(h.first, h.last) for h in hits),
            clause=clause,
            roles=roles,
            status=f"{status} from '{words}'",
        ),
    )
