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
    RECOGNISABLE,
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
    for h in (h for h in hits if h.label == "sovereignty"):
        for t in hits:
            if t.label in RECOGNISABLE and h.last < t.first <= h.last + _TERRITORY_REACH:
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
