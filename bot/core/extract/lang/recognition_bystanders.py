"""States named in a recognition sentence that recognise nothing (pure): met or spoken with (after
"with", "from", "in", before a Turkish postposition), the subject of a condition written before its
conditional form, a newspaper's or an agency's country, names joined by a hyphen ("the
Israeli-Palestinian conflict"); and how two names are joined ("and", a list, apart)."""

from __future__ import annotations

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.recognition_states import state_of
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import RECOGNISABLE

# how far after a preposition ("with", "from") a state is the one met: "con el presidente francés"
_OBLIQUE_REACH = 3
# prepositions: "with", "from", "despite" ...
_OBLIQUE = frozenset({"oblique", "with", "despite"})
# how far before a postposition or a conditional form a state is its object ("İsrail'in tepkisine rağmen")
_POSTPOSITION_REACH = 3
_HYPHENS = frozenset("-‐‑–—")
# how far after a word for reporting the state reporting may come ("informa o governo de Portugal")
_REPORTER_REACH = 4


def bystanders(item: Item, sentence: int, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The states of `found` that are met, spoken with, quoted as a source or set a condition."""
    out = _oblique(item, sentence, found) + _before_postposition(item, sentence, found)
    out += (
        _sources(item, sentence, found) + _passive_reactors(item, sentence, found) + _locatives(item, found)
    )
    return [f for i, f in enumerate(out) if f not in out[:i]]


def _passive_reactors(
    item: Item, sentence: int, found: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """The state after a word for "by" that follows a reaction ("..., saluée par la Russie"): it
    welcomes, it recognises nothing."""
    first, end = item.sentences[sentence]
    hits = [h for h in item.lists.status.hits(item.tokens) if first <= h.first < end]
    reacts = {h.last for h in hits if h.label == "reacts"}
    by = [h for h in hits if h.label == "agent" and h.first - 1 in reacts]
    return [f for f in found if any(h.last < f[0].first <= h.last + 2 for h in by)]


def _locatives(item: Item, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """A name with a locative case ending after an apostrophe (the lexicon's `locative`:
    "Ankara'da ... görüşmenin ardından"): the place where something was said, not who recognises."""
    ends = {h.first for h in item.lists.status.hits(item.tokens) if h.label == "locative"}
    out: list[tuple[Mention, str]] = []
    for f in found:
        after = f[0].last + 1
        gap = item.norm[item.tokens[f[0].last].end : item.tokens[after].start] if after in ends else ""
        if "'" in gap or "’" in gap:
            out.append(f)
    return out


def _sources(item: Item, sentence: int, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The states named right beside a word for a newspaper, an agency or a channel (the lexicon's
    `media`): "كشفت صحيفة إسرائيلية أن ...", "כך דיווח עיתון אמריקני", "eine amerikanische Zeitung
    berichtet", or just after a word for reporting after the recognition word ("Армения признала
    Палестину, сообщает МИД России"): they report, they do not recognise."""
    first, end = item.sentences[sentence]
    hits = [h for h in item.lists.status.hits(item.tokens) if first <= h.first < end]
    media = [h for h in hits if h.label == "media"]
    # "..., сообщает МИД России", "..., informa Lisboa", "..., повідомляє Київ": a state just after a
    # word for reporting that follows the recognition word tells of it (the lexicon's `reports`)
    words = [h.last for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    reports = [h for h in hits if h.label == "reports" and any(w < h.first for w in words)]
    return [
        f
        for f in found
        if any(f[0].first == h.last + 1 or f[0].last + 1 == h.first for h in media)
        or any(h.last < f[0].first <= h.last + _REPORTER_REACH for h in reports)
    ]


def _oblique(item: Item, sentence: int, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The states just after a preposition of the lexicon's `oblique` list ("with", "from", "in",
    "despite": "mit Frankreich", "com a França", "با همتایان ایرلندی"), and those joined to one by
    "and" or a comma ("con Brasil, Chile y Colombia"), with no recognition word between."""
    marks = _oblique_marks(item, sentence)
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
        joined = "apart" if prev is None or last is not prev or closed else joined_how(item, prev, m, marks)
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


def _oblique_marks(item: Item, sentence: int) -> set[int]:
    """The tokens of the prepositions whose state is met, not recognising: not "together with"
    ("разом із Бельгією визнала", "junto con Irlanda"), not "with" right after the state recognised,
    not "in" naming the government that speaks (`_seat_of_government`)."""
    first = item.sentences[sentence][0]
    cues = [
        Hit(h.first + first, h.last + first, h.label, h.entry)
        for h in item.lists.status.hits(item.sentence_tokens(sentence))
    ]
    together = [h for h in cues if h.label == "together"]
    hits = [
        h
        for h in cues
        if h.label in _OBLIQUE
        and not any(t.first < h.first <= t.last for t in together)
        and not (h.label == "with" and _after_recognised(item, h.first))
        and not (h.label == "oblique" and _seat_of_government(item, sentence, h, cues))
    ]
    return {i for h in hits for i in range(h.first, h.last + 1)}


def _seat_of_government(item: Item, sentence: int, h: Hit, cues: list[Hit]) -> bool:
    """ "In" and a state or its capital that name the government speaking: after a word for the
    government ("قالت الحكومة في أوسلو إنها ستعترف"), or opening the sentence with no other state
    before the recognition word ("وفي مدريد، أعلنت الحكومة اعترافها")."""
    place = next((m for m in item.mentions if m.first == h.last + 1 and state_of(m) is not None), None)
    if place is None:
        return False
    if any(g.label == "government" and g.last == h.first - 1 for g in cues):
        return True
    first, end = item.sentences[sentence]
    words = [v.first for v in item.lists.recognition.hits(item.tokens) if first <= v.first < end]
    others = [m for m in item.mentions if place.last < m.first < min(words, default=end) and state_of(m)]
    return h.first == first and not others


def _before_postposition(
    item: Item, sentence: int, found: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """The state just before a postposition (the lexicon's `oblique_after`: "İsrail'in tepkisine
    rağmen", despite Israel's reaction) or a conditional verb form closing a condition (its
    `condition_after`: "İsrail ateşkesi kabul etmezse", if Israel does not accept), the nearest one in
    its clause: it sets the condition or opposes, it recognises nothing."""
    first = item.sentences[sentence][0]
    labels = ("oblique_after", "condition_after")
    marks = [
        h.first + first for h in item.lists.status.hits(item.sentence_tokens(sentence)) if h.label in labels
    ]
    out: list[tuple[Mention, str]] = []
    for p in marks:
        before = [
            f
            for f in found
            if f[0].last < p <= f[0].last + _POSTPOSITION_REACH
            and item.clause_of[f[0].last] == item.clause_of[p]
        ]
        if before:
            out.append(max(before, key=lambda f: f[0].first))
    # "Ermenistan ve Rusya ile yürütülen görüşmeler": the states listed with it
    for f in sorted(found, key=lambda f: -f[0].first):
        if f not in out and any(joined_how(item, f[0], o[0], set()) == "and" for o in out):
            out.append(f)
    return out


def hyphen_pair(item: Item, m: Mention) -> bool:
    """A name joined by a hyphen to another: "مفاوضات السلام الإسرائيلية-الفلسطينية",
    "israelisch-palästinensischen Konflikts", "palestino-israelí": a relation between the two, neither
    recognises (not a dateline's dash, spaced on both sides: "MADRID - España reconoce")."""
    for o in item.mentions:
        a, b = (m, o) if m.last < o.first else (o, m)
        if o is m or a.last + 1 != b.first:
            continue
        gap = item.norm[item.tokens[a.last].end : item.tokens[b.first].start]
        if gap.strip() and set(gap.strip()) <= _HYPHENS and not (gap[0].isspace() and gap[-1].isspace()):
            return True
    return False


def _after_recognised(item: Item, at: int) -> bool:
    """Token `at` follows the state recognised: "a reconnu l'État palestinien avec l'Irlande et la
    Norvège", "reconoció a Palestina con Irlanda": the states after "with" recognise with it."""
    return any(m.last == at - 1 and m.canonical in RECOGNISABLE for m in item.mentions)


def joined_how(item: Item, a: Mention, b: Mention, marks: set[int]) -> str:
    """How two names are joined: "and" (with an "and" between), "list" (nothing but a comma, an
    article or a preposition), "apart"."""
    # a title between does not part them: "con el presidente francés y el primer ministro británico"
    offices = {
        i
        for h in item.lists.status.hits(item.tokens)
        if h.label == "office"
        for i in range(h.first, h.last + 1)
    }
    between = [i for i in range(a.last + 1, b.first) if i not in offices]
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
