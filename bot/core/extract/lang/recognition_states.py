"""What a recognition sentence recognises and which state each name in it stands for (pure): the
state or territory recognised ("Palestine", "Western Sahara" after a word for sovereignty, "Syria
government" after a word for a government, the side chosen in a switch between Taipei and Beijing),
and the state a mention stands for as an actor (a country, its people, leader or capital; not a
territory inside a state, not a state to recognise)."""

from __future__ import annotations

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import (
    CAPITALS,
    CAPITALS_FOR_NO_STATE,
    CLAIMANT_OF,
    RECOGNISABLE,
    RECOGNISABLE_AS_OBJECT,
    RIVAL_OF,
    canonical_name,
    regions_of,
)

STATUS_ORDER = ("rejected", "considering", "announced", "done")
_STATE_KINDS = frozenset({"country", "demonym", "leader", "place"})
# how far after a word for cutting ties the side given up is named ("rompe relaciones con Taiwán")
_SWITCH_REACH = 4
# a territory's word this near after a word for sovereignty ("souveraineté du Maroc sur le Sahara")
_TERRITORY_REACH = 5
_TERRITORY_BEFORE = 4
# its claimant this near after a territory's word right after a recognition word ("Крим російським")
_CLAIMANT_AFTER = 3
# a word for a government this near after a recognition word, and its country this near after it
_GOVERNMENT_REACH = 3
# a demonym names a state only this near a word for a state ("палестинское государство")
_STATE_WORD_REACH = 2
OBJECT_WORDS = frozenset({"state", "sovereignty"})


def recognised_in(item: Item, sentence: int) -> str | None:
    """The state a recognition sentence is about: one it names, or a government it recognises, else
    the state the headline names (a lead goes on about its headline: "La France reconnaît la
    Palestine" / "Paris a franchi le pas")."""
    first, end = item.sentences[sentence]
    switch = switch_in(item, sentence)
    found = (
        (switch[1] if switch else None)
        or _object_state(item, sentence, after=True)
        or _object_state(item, sentence, after=False)
        or _state_named(item, first, end)
        or _territory_in(item, first, end)
        or _government_in(item, sentence)
    )
    if found is None and sentence != 0:
        headline = switch_in(item, 0)
        found = headline[1] if headline else _state_named(item, *item.sentences[0])
    return found


def switch_for(item: Item, sentence: int) -> tuple[str, str] | None:
    """The switch of a sentence, or of the headline when the sentence names nothing to recognise of
    its own ("Никарагуа разорвала дипотношения с Тайванем" / "Манагуа признала Пекин ...")."""
    switch = switch_in(item, sentence)
    if switch is not None or sentence == 0:
        return switch
    first, end = item.sentences[sentence]
    if _state_named(item, first, end) or _territory_in(item, first, end) or _government_in(item, sentence):
        return None
    return switch_in(item, 0)


def switch_in(item: Item, sentence: int) -> tuple[str, str] | None:
    """(side given up, side chosen) of a switch between two claimants: a word for cutting ties (the
    lexicon's `switch`) and, just after it (before a `switch_after` one), one side ("rompe con Taiwán
    y reconoce a China", "разорвала отношения с Тайванем и признала КНР", "corta sus lazos con Taipéi
    y reconoce a Pekín", "Tayvan ile ilişkilerini keserek Çin'i tanıdı"): the side named is given
    up, the other is the one recognised, whichever name the text gives it."""
    first, end = item.sentences[sentence]
    cuts = [h for h in item.lists.status.hits(item.tokens) if first <= h.first < end]
    for h in (h for h in cuts if h.label in ("switch", "switch_after")):
        for m in item.mentions:
            # `switch_after`: the side given up comes first ("Tayvan ile diplomatik ilişkilerini keserek")
            near = (
                first <= m.first and m.last < h.first <= m.last + _SWITCH_REACH
                if h.label == "switch_after"
                else h.last < m.first <= h.last + _SWITCH_REACH
            )
            side = _side_of(m)
            if side in RIVAL_OF and near:
                return side, RIVAL_OF[side]
    return None


# how near the recognition word a state recognised only as its object stands: after it ("تعترف
# بالكيان", "reconocer a la República Popular China"), or before it in a verb-final clause ("رژیم
# صهیونیستی را به رسمیت نمی‌شناسد", "Siyonist rejimi asla tanımayacağız")
_OBJECT_AFTER = 3
_OBJECT_BEFORE = 3
_NOT_OBJECT_CUES = frozenset({"condition", "contrast", "despite", "with", "together", "agent", "oblique"})


def _object_state(item: Item, sentence: int, after: bool) -> str | None:
    """A state of `RECOGNISABLE_AS_OBJECT` (Israel, China) as the object of a recognition word of
    the sentence: just after it, with no word for "by" between and no state to recognise right after
    it ("اعتراف إسرائيل بأرض الصومال" is Israel's recognition of Somaliland); or (`after` False) just
    before it, after another state, its subject, not listed with it ("ایران رژیم صهیونیستی را به
    رسمیت نمی‌شناسد", "Saudi-Arabien will Israel nicht anerkennen"). Elsewhere such a state acts
    like any other ("Israel recognises Somaliland")."""
    first, end = item.sentences[sentence]
    words = [h for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    if not words:
        return None
    cues = [h for h in item.lists.status.hits(item.tokens) if first <= h.first < end]
    agents = [h.first for h in cues if h.label == "agent"]
    states = [h for h in cues if h.label in ("state", "government")]
    objects = [h for h in cues if h.label in OBJECT_WORDS]
    inside = [m for m in item.mentions if first <= m.first < end]
    for m in inside:
        side = _side_of(m) if m.kind != "demonym" or _a_state_word(m, states) else None
        # "بسيادة إسرائيل على الجولان": the owner of a sovereignty recognised, not what is recognised
        if side not in RECOGNISABLE_AS_OBJECT or is_object(m, objects):
            continue
        for v in words:
            if after and v.last < m.first <= v.last + _OBJECT_AFTER and _next_to(item, v.last, m.first):
                by = any(v.last < a < m.first for a in agents)
                # a state to recognise right after it, or soon after it when the word is a noun that
                # owns it: "اعتراف إسرائيل رسمياً بجمهورية أرض الصومال" (not "признать Израиль после
                # создания палестинского государства")
                reach = _OBJECT_AFTER if v.label == "neutral" else 1
                agent = any(
                    m.last < o.first <= m.last + reach
                    and o.canonical in RECOGNISABLE
                    and item.clause_of[o.first] == item.clause_of[m.first]
                    for o in inside
                )
                if not by and not agent:
                    return side
            elif (
                not after
                and m.last < v.first <= m.last + _OBJECT_BEFORE
                and _next_to(item, m.last, v.first)
                and _subject_before(item, m, inside)
                # "قرار إسرائيل الاعتراف", "решение Израиля признать": the state deciding, not the object
                and not any(h.label == "decision" and h.last + 1 == m.first for h in cues)
                # "اسرائیل سومالی‌لند را به رسمیت شناخت": a state to recognise nearer the word is the object
                and not any(m.last < o.first < v.first and o.canonical in RECOGNISABLE for o in inside)
            ):
                return side
    return None


def _next_to(item: Item, left: int, right: int) -> bool:
    """Tokens `left` and `right` in one clause with no "and" between ("... را به رسمیت شناختند و
    اسرائیل این اقدام را محکوم کرد": Israel is the next clause's subject, not the object)."""
    between = {item.tokens[i].text for i in range(left + 1, right)}
    # "and" written onto the next word only in a script without spaces before it ("وإسرائيل",
    # "וישראל"); "Израиль" does not begin with the Russian "и"
    word = item.tokens[right].text
    attached = item.lists.lex.sections["language"].get("script") in ("arabic", "hebrew") and any(
        word.startswith(p) and word != p for p in item.lists.and_proclitics
    )
    # "... خواهد شناخت اگر اسرائیل ...": a state after "if", "while", "with" is no object
    parted = any(
        left < h.first < right and h.label in _NOT_OBJECT_CUES for h in item.lists.status.hits(item.tokens)
    )
    same = item.clause_of[left] == item.clause_of[right]
    return same and not between & item.lists.and_words and not attached and not parted


def _a_state_word(m: Mention, states: list[Hit]) -> bool:
    """A demonym naming a state: written in more than one word ("رژیم صهیونیستی", "Siyonist
    rejimi") or beside a word for a state or a government ("الحكومة الإسرائيلية")."""
    return m.last > m.first or any(m.first - 1 <= h.first <= m.last + 1 for h in states)


def _subject_before(item: Item, m: Mention, inside: list[Mention]) -> bool:
    """Another state before mention `m` in its sentence, not listed with it by "and"."""
    for o in inside:
        if o.last < m.first and state_of(o) not in (None, _side_of(m)):
            between = {item.tokens[i].text for i in range(o.last + 1, m.first)}
            if not between & item.lists.and_words:
                return True
    return False


def _side_of(m: Mention) -> str | None:
    """The state a name stands for, its capital included ("Taipéi" is Taiwan, "Pekín" China)."""
    if m.kind in ("city", "capital"):
        return CAPITALS.get(m.canonical)
    return m.country or m.canonical


def _state_named(item: Item, lo: int, hi: int) -> str | None:
    states = [h for h in item.lists.status.hits(item.tokens) if h.label in ("state", "name")]
    return next(
        (
            m.canonical
            for m in item.mentions
            if lo <= m.first < hi and m.canonical in RECOGNISABLE and _names_a_state(m, states, item)
        ),
        None,
    )


def _territory_in(item: Item, lo: int, hi: int) -> str | None:
    """A territory named by a short word after a word for sovereignty: "la souveraineté du Maroc sur
    le Sahara", "سيادة المغرب على الصحراء" (a `[recognition_status]` list keyed by the territory's
    canonical name: the word alone is a desert, not Western Sahara)."""
    hits = [h for h in item.lists.status.hits(item.tokens) if lo <= h.first < hi]
    # "не визнає Крим російським", "reconoce el Sahara marroquí": the territory right after the word,
    # told as its claimant's ("Portugal reconhece Sara Mendes como ...": a short word alone after a
    # recognition word may be a person's name, pt "Sara")
    words = [h for h in item.lists.recognition.hits(item.tokens) if lo <= h.first < hi]
    for v in words:
        for t in hits:
            if t.label in RECOGNISABLE and v.last < t.first <= v.last + _OBJECT_AFTER and _claimed(item, t):
                return t.label
    for h in (h for h in hits if h.label == "sovereignty"):
        for t in hits:
            if t.label in RECOGNISABLE and h.last < t.first <= h.last + _TERRITORY_REACH:
                return t.label
            # a territory in the genitive before the word ("Kırım'ın yasa dışı ilhakı")
            if t.label in RECOGNISABLE and t.last < h.first <= t.last + _TERRITORY_BEFORE:
                return t.label
    return None


def _claimed(item: Item, territory: Hit) -> bool:
    """The territory's claimant (`places.toml [claimant_of]`) named just after its word: "Крим
    російським", "el Sahara marroquí", "le Sahara comme marocain"."""
    claimant = CLAIMANT_OF.get(territory.label)
    reach = territory.last + _CLAIMANT_AFTER
    return claimant is not None and any(
        territory.last < m.first <= reach and (m.country or m.canonical) == claimant for m in item.mentions
    )


def _government_in(item: Item, sentence: int) -> str | None:
    """A government recognised: a word for a government just after a recognition word, with its
    country ("reconnaît le nouveau gouvernement syrien", "признала правительство Сирии"); in a
    verb-final language (its lexicon's status cues reach further after the verb) also just before
    a recognition verb, its country near it ("Suriye'deki yeni yönetimi tanıdı")."""
    first, end = item.sentences[sentence]
    words = [h for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    governments = [h for h in item.lists.status.hits(item.tokens) if h.label == "government"]
    verb_final = item.lists.cue_after > _GOVERNMENT_REACH
    for v in words:
        for g in governments:
            if v.last < g.first <= v.last + _GOVERNMENT_REACH:
                lo, hi = g.first - 1, g.last + _GOVERNMENT_REACH + 2
            elif (
                # a government before a recognition noun is its subject ("Die Bundesregierung hält
                # eine Anerkennung für verfrüht"), before a verb its object
                verb_final
                and v.label != "neutral"
                and first <= g.first
                and g.last < v.first <= g.last + _GOVERNMENT_REACH + 1
            ):
                lo, hi = g.first - _GOVERNMENT_REACH, v.first - 1
            else:
                continue
            for m in item.mentions:
                if lo <= m.first <= hi and m.first != g.first:
                    state = state_of(m)
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


def is_object(m: Mention, objects: list[Hit]) -> bool:
    """A state the sentence names as what is recognised, not who recognises: a demonym next to a word
    for a state ("un estado israelí"), a state just after a word for sovereignty ("la souveraineté
    marocaine", "بسيادة المغرب")."""
    return any(
        (h.label == "state" and m.kind == "demonym" and (h.last + 1 == m.first or m.last + 1 == h.first))
        or (h.label == "sovereignty" and h.last < m.first <= h.last + _STATE_WORD_REACH)
        # "російського суверенітету", "marokkanische Souveränität": the owner as an adjective before it
        or (h.label == "sovereignty" and m.kind == "demonym" and m.last + 1 == h.first)
        for h in objects
    )


def _capital_alias(m: Mention) -> str | None:
    """The state of a capital a lexicon lists among its places with its country ("Kyiv, Ukraine":
    "Київ засудив ...")."""
    city, _, country = m.canonical.partition(", ")
    return country if m.kind == "place" and country and CAPITALS.get(city) == country else None


def state_of(m: Mention) -> str | None:
    """The state a mention stands for as an actor: a country, its people or leader, its capital
    ("Токио решил"); not a territory inside a state ("Gaza", "West Bank"), not a state to recognise."""
    if m.kind in ("city", "capital"):
        return None if m.canonical in CAPITALS_FOR_NO_STATE else CAPITALS.get(m.canonical)
    if _capital_alias(m) is not None:
        return _capital_alias(m)
    if m.kind not in _STATE_KINDS:
        return None
    name = m.country or m.canonical
    if m.canonical in RECOGNISABLE or name in RECOGNISABLE:
        return None
    if m.kind == "place" and any(
        canonical_name(tag) not in (None, m.canonical, "United Nations") for tag in regions_of(m.canonical)
    ):
        return None
    return name


# how near after "despite" a word of opposition stands, and how near after it (before it, with a
# postposition: "İsrail'in itirazlarına rağmen") the state opposing
_DESPITE_REACH = 2
_OPPOSER_REACH = 3
_OPPOSITION = frozenset({"opposition", "rejected"})


def opposers_in(item: Item, sentence: int) -> list[tuple[Hit, Mention, str]]:
    """(word of opposition, mention, state) for each state whose opposition a recognition goes ahead
    despite: "despite" (the lexicon's `despite`), a word of opposition, the state ("با وجود مخالفت
    شدید اسرائیل", "несмотря на возражения Вашингтона", "malgré l'opposition d'Israël"); with a
    postposition (`oblique_after`), the state, the word, the postposition ("İsrail'in itirazlarına
    rağmen"). The state opposes (the labeled sets read it `rejected`); it recognises nothing."""
    first, end = item.sentences[sentence]
    hits = [h for h in item.lists.status.hits(item.tokens) if first <= h.first < end]
    words = [h for h in hits if h.label in _OPPOSITION]
    out: list[tuple[Hit, Mention, str]] = []
    for d in (h for h in hits if h.label in ("despite", "oblique_after")):
        before = d.label == "oblique_after"
        for w in words:
            attached = (
                w.last < d.first <= w.last + _DESPITE_REACH
                if before
                else d.last < w.first <= d.last + _DESPITE_REACH
            )
            if not attached:
                continue
            near = [
                m
                for m in item.mentions
                if first <= m.first < end
                and state_of(m) is not None
                and (
                    w.first - _OPPOSER_REACH <= m.first and m.last < w.first
                    if before
                    else w.last < m.first <= w.last + _OPPOSER_REACH
                )
            ]
            if near:  # the nearest: "Ermenistan, İsrail'in itirazlarına rağmen" is Israel's
                m = max(near, key=lambda m: m.first) if before else near[0]
                out.append((w, m, state_of(m) or ""))
    return out
