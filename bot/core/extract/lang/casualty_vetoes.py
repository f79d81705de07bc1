"""The named vetoes of a casualty candidate in the multilingual reader (`CASUALTY_VETOES`): a number
that counts something else, a year, a word of a place's name, an article, a disaster or accident,
an anniversary, a warning, an item with no violence in it. Pure; no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.core.extract.lang.item import Item, lists_of
from bot.core.extract.lang.names import affixes
from bot.core.extract.lang.numbers import Quantity, is_number_word
from bot.core.extract.lang.tokens import Hit, WordMatcher, fold
from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import places_at_war
from bot.core.extract.vetoes import Veto, VetoTable


@dataclass(frozen=True, slots=True)
class Figure:
    item: Item
    quantity: Quantity
    kind_hit: Hit | None
    sentence: int


def _place_name(c: Figure) -> str | None:
    """'בבאר שבע' (in Beersheba; 'שבע' is seven): a number word inside a place's name counts no one."""
    q, item = c.quantity, c.item
    for m in item.mentions:
        if (
            m.first <= q.number_first
            and q.last <= m.last
            and m.kind in {"city", "place", "country", "capital"}
        ):
            return item.words(m.first, m.last)
    return None


def _article(c: Figure) -> str | None:
    """'tués lors d'une attaque': "une" counts one only when a victim follows it ("un soldat")."""
    q, item = c.quantity, c.item
    tok = item.tokens[q.number_first]
    if q.count != 1 or tok.is_number or q.first != q.number_first:
        return None
    after = item.tokens[q.last + 1 : q.last + 3]
    if item.lists.victims.hits(after) or item.lists.one_victim.hits(after):
        return None
    if c.kind_hit is not None and c.kind_hit.first == q.last + 1:
        return None  # "un mort et quatre blessés", "un muerto": the casualty word is the victim
    return tok.text


def _not_people(c: Figure) -> str | None:
    """'24 hours', '7 October', '315 drones', '52 votes': the word after the number counts something
    else; 'בן 16' (aged 16): so does the word before it."""
    nxt, before = c.quantity.last + 1, c.quantity.first - 1
    tokens = c.item.tokens
    day = tokens[c.quantity.last].is_number and (c.quantity.count or 0) <= 31
    if day and nxt + 1 < len(tokens) and len(tokens[nxt].text) <= 2 and not tokens[nxt].is_number:
        # a day of the month past a short preposition: "7 de octubre", "7 de outubro"
        for h in c.item.lists.not_after.hits(tokens[nxt + 1 : nxt + 2]):
            return h.entry
    for h in c.item.lists.not_after.hits(tokens[nxt : nxt + 1]):
        return h.entry
    if day:
        ended = _range_end(c, nxt)
        if ended is not None:
            return ended
    for h in c.item.lists.not_before.hits(c.item.tokens[before : before + 1] if before >= 0 else []):
        return h.entry
    return None


def _range_end(c: Figure, at: int) -> str | None:
    """'entre le 6 et le 11 décembre', 'entre 3 e 9 de março': a day before "and" and another day of a
    month is the first day of a range of dates (the month word, `[not_a_figure] after`)."""
    tokens, lists = c.item.tokens, c.item.lists
    if at >= len(tokens) or tokens[at].text not in lists.and_words:
        return None
    j = at + 1
    if j < len(tokens) and not tokens[j].is_number and len(tokens[j].text) <= 3:
        j += 1  # an article: "et le 11", "y el 9"
    if j >= len(tokens) or not tokens[j].text.isdigit() or int(tokens[j].text) > 31:
        return None
    k = j + 1
    if k + 1 < len(tokens) and len(tokens[k].text) <= 2 and not tokens[k].is_number:
        k += 1  # "9 de março"
    for h in lists.not_after.hits(tokens[k : k + 1]):
        return h.entry
    return None


_COUNT_HEDGES = frozenset({"at_least", "more_than", "nearly", "about"})


def _year(c: Figure) -> str | None:
    """'2014' is a date, but 'понад 2000 дітей' (more than 2000) is a count: a hedge before a year-like
    number makes it one ("up to"/"until" does not: "до 2025")."""
    q = c.quantity
    tok = c.item.tokens[q.number_first]
    bare = q.number_first == q.last and tok.is_number and tok.text.isdigit() and len(tok.text) == 4
    if bare and q.first < q.number_first and q.qualifier in _COUNT_HEDGES:
        return None
    return tok.text if bare and 1900 <= int(tok.text) <= 2099 else None


def _not_violence(c: Figure) -> str | None:
    """A disaster, accident, disease or crime, and no word of violence to outweigh it (in the figure's
    sentence first, then in the headline, then in the whole item). The headline frames a lead whose
    figure's sentence says neither: "Séisme au Maroc" / "Plus de 2 000 morts ... L'armée a été
    déployée" is the earthquake's toll, the army its rescuers; a figure's sentence with a word of
    violence of its own is never framed away ("Inondations à Gaza" / "des frappes ont tué 30 ..."). An
    epidemic (`[context] disease`) or a match (`[context] sport`, optional) is outweighed by an attack,
    not by a word of war."""
    item = c.item
    own = item.sentence_tokens(c.sentence)
    cause = _cause_after(c)
    if cause is not None:
        return cause
    at_war: bool | None = None  # asked only where a word against violence is (names cost a lookup)
    for tokens in (own, item.sentence_tokens(0), item.tokens):
        against = item.lists.not_violence.hits(tokens)
        disease = item.lists.disease.hits(tokens)
        if against and at_war is None:
            at_war = _names_a_place_at_war(item)
        if against and at_war:
            # "un policier tué lors d'une opération contre un gang" in Haiti: policing in a place at
            # war is the war's ("la police haïtienne"); a flood or a crash there stays a disaster
            policing = {(h.first, h.last) for h in item.lists.policing.hits(tokens)}
            against = [h for h in against if (h.first, h.last) not in policing]
        violence = _outside(item.lists.violence.hits(tokens), against)
        sport = context_words(item.language, item.plain, "sport").hits(tokens)
        if disease or sport:
            # "Cholera im Sudan: über 1000 Tote, auch wegen des Krieges": a war told as the setting of
            # an epidemic is no attack (`[context] war_context`); a strike or a shelling still is. A
            # match called a war ("la guerre du derby", two players injured) is a figure of speech
            violence = _outside(violence, item.lists.war_context.hits(tokens))
            against = against or disease or sport
        if against and not violence:
            return against[0].entry
        if tokens is own and violence:
            return None
    return None


_CAUSE_AFTER = 3  # how far after its casualty word the disaster that caused the deaths may come


def _cause_after(c: Figure) -> str | None:
    """'شمار جان‌باختگان زلزله', 'die Zahl der Toten des Erdbebens', 'el balance de muertos del
    terremoto': a disaster right after a toll's casualty word is the cause of those deaths, whatever
    word of violence comes before it (the officials of an armed group announcing it); a word of
    violence after the casualty word keeps the figure ("neuf morts dans l'effondrement d'un immeuble
    visé par une frappe"), and so does a casualty word that is no toll ("mata motorista de ônibus":
    the bus names the victim)."""
    k, item = c.kind_hit, c.item
    if k is None:
        return None
    lo = max(k.first - _CAUSE_AFTER, 0)
    if not item.lists.toll.hits(item.tokens[lo : k.last + 1]):
        return None
    window = item.tokens[k.last + 1 : k.last + 1 + _CAUSE_AFTER]
    against = item.lists.not_violence.hits(window)
    if not against or item.lists.policing.hits(window):
        return None
    _, end = item.sentences[c.sentence]
    if item.lists.violence.hits(item.tokens[k.last + 1 : end]):
        return None
    return against[0].entry


def _outside(hits: list[Hit], within: list[Hit]) -> list[Hit]:
    """`hits` not inside one of `within`: the "взрыв" of "взрыве газа" is the gas, not a bomb."""
    return [h for h in hits if not any(w.first <= h.first and h.last <= w.last for w in within)]


def _accident(c: Figure) -> str | None:
    """A road crash named in the figure's sentence is an accident whoever died in it ("Військовий ЗСУ
    загинув у ДТП": the army is not the violence); one named in the headline frames a lead whose
    figure's sentence has no word of violence of its own ("Fatal crash on Route 90" / "paramedics
    pronounced the death of three men"), as for `not_violence`."""
    item = c.item
    own = item.sentence_tokens(c.sentence)
    hits = item.lists.accident.hits(own)
    if not hits and c.sentence > 0 and not item.lists.violence.hits(own):
        hits = item.lists.accident.hits(item.sentence_tokens(0))
    return hits[0].entry if hits else None


@lru_cache(maxsize=32)
def context_words(language: str, plain: bool, key: str) -> WordMatcher:
    """One optional list of `[context]` (`blast`, `blast_cause`): a language without it has none."""
    lex = lists_of(language, plain).lex
    listed = key in lex.sections.get("context", {})
    return WordMatcher(
        [(key, w) for w in lex.words("context", key)] if listed else [], affixes(lex, "prefixes")
    )


def _blast_accident(c: Figure) -> str | None:
    """An explosion the item puts down to chemicals, a gas leak or fuel (`[context] blast_cause`) and no
    other word of violence ("شمار جان‌باختگان انفجار بندر ... علت انفجار، نگهداری نادرست مواد شیمیایی"):
    an accident, though "explosion" (`[context] blast`) is also the word of a bombing. A word of
    violence inside a place's name ("بندر شهید رجایی", the Martyr Rajaee port) is none."""
    item = c.item
    causes = context_words(item.language, item.plain, "blast_cause").hits(item.tokens)
    if not causes:
        return None
    blasts = context_words(item.language, item.plain, "blast").hits(item.tokens)
    if not blasts:
        return None
    spans = [(b.first, b.last) for b in blasts] + [(m.first, m.last) for m in item.mentions]
    violence = [
        h
        for h in item.lists.violence.hits(item.tokens)
        if not any(a <= h.first and h.last <= b for a, b in spans)
    ]
    return None if violence else causes[0].entry


_RISE_AFTER = 4  # how far after a cue of fear or possibility the toll's rise may come


def _hypothetical(c: Figure) -> str | None:
    """A toll that may come or would have been ("könnte Zehntausende Tote fordern", "загинули б
    сотні людей", "мог бы унести жизни тысяч", "превысит"), anywhere in the figure's sentence, or a
    forecast or a fear in the figure's own clause (`[context] forecast`: "craint que le bilan
    dépasse 10 000 morts"; "30 Tote, weitere Opfer werden befürchtet" keeps its 30) is a warning,
    not a figure; a fear that the toll rises (`[context] toll_rises`: "teme que la cifra aumente")
    is no forecast of it."""
    item = c.item
    hits = item.lists.hypothetical.hits(item.sentence_tokens(c.sentence))
    if hits:
        return hits[0].entry
    modal = _modal_before(c)
    if modal is not None:
        return modal
    first, _ = item.sentences[c.sentence]
    clause = item.clause_of[c.quantity.number_first]
    tokens = item.sentence_tokens(c.sentence)
    fears = [h for h in item.lists.forecast.hits(tokens) if item.clause_of[first + h.first] == clause]
    if fears:
        rises = [h.first for h in item.lists.toll_rises.hits(tokens)]
        fears = [h for h in fears if not any(h.last < r <= h.last + _RISE_AFTER for r in rises)]
    return fears[0].entry if fears else None


_MODAL_BEFORE = 2  # how far before its casualty word a modal may stand ("podem ainda morrer")


def _modal_before(c: Figure) -> str | None:
    """'milhares podem morrer', 'cientos pueden morir de hambre': a modal (`[context] modal`, optional)
    right before the figure's casualty word governs it, so the deaths may come; a modal elsewhere in
    the sentence ("podem ter sido o motivo; 20 pessoas morreram") leaves the figure."""
    k, item = c.kind_hit, c.item
    if k is None:
        return None
    lo = max(k.first - _MODAL_BEFORE, 0)
    hits = item.lists.modal.hits(item.tokens[lo : k.first])
    return hits[-1].entry if hits else None


_TARGET_AFTER_ATTACK = 4  # how far after a word of violence the memorial it strikes may come


def _history(c: Figure) -> str | None:
    """An anniversary, a memorial or a funeral restates an old toll: "the 10th anniversary of a
    massacre in which 200 were killed" is not news of 200 dead; one in the headline makes the whole
    item one ("В Одесі попрощалися із загиблим ... Чоловік загинув 14 грудня"). A funeral or a
    mourning (`[context] gatherings`, optional) a few words after a word of violence is what the
    attack struck ("удар по похоронной процессии", "frappe contre des funérailles"): a new attack,
    no old toll."""
    item = c.item
    for tokens in (item.sentence_tokens(c.sentence), item.sentence_tokens(0)):
        hits = item.lists.history.hits(tokens)
        if not hits:
            continue
        gatherings = item.lists.gatherings.hits(tokens)
        struck = [
            h
            for h in hits
            if any(g.first <= h.first and h.last <= g.last for g in gatherings)
            if any(0 < h.first - v.last <= _TARGET_AFTER_ATTACK for v in item.lists.violence.hits(tokens))
        ]
        kept = [h for h in hits if h not in struck]
        if kept:
            return kept[0].entry
        if struck:
            return None  # the item's memorial is the attack's target: its headline frames nothing
    return None


@lru_cache(maxsize=16)
def _after_number_only(language: str) -> frozenset[str]:
    """The casualty words that count only right after their number (`[casualty] after_number_only`)."""
    lex = lexicon(language)
    if "after_number_only" not in lex.sections["casualty"]:
        return frozenset()  # optional: most languages have no such word
    return frozenset(fold(w) for w in lex.words("casualty", "after_number_only"))


def _bodies_apart(c: Figure) -> str | None:
    """'hastanelere 9 cenaze ulaştı' (9 bodies reached the hospitals) counts the dead; a word of
    `after_number_only` further from its number speaks of a funeral ("2 askerin cenaze töreni")."""
    k, q, item = c.kind_hit, c.quantity, c.item
    if k is None or fold(k.entry) not in _after_number_only(item.language):
        return None
    tok = item.tokens[q.last]
    counted = tok.is_number or is_number_word(item.language, tok.text, item.plain)
    return None if counted and k.first == q.last + 1 else k.entry


@lru_cache(maxsize=16)
def _war_zones(language: str) -> frozenset[str]:
    """The places at war, if the language's lexicon counts them (`[language] places_at_war`)."""
    counts = lexicon(language).sections["language"].get("places_at_war", "").strip() == "yes"
    return places_at_war() if counts else frozenset()


def _names_a_place_at_war(item: Item) -> bool:
    """Whether the item names a place at war, in a language that counts them (`places_at_war`): by
    its name, its country, or the country a lexicon's canonical name ends with ("Sumy Oblast,
    Ukraine" for "На Сумщині")."""
    zones = _war_zones(item.language)
    return bool(zones) and any(
        m.canonical in zones or m.country in zones or m.canonical.rpartition(", ")[2] in zones
        for m in item.mentions
    )


# victims only armed violence makes ("100 Zivilisten getötet", "втратила за добу 1200 військових"):
# the canonical labels of `[victims]`, the same in every lexicon
_VICTIMS_OF_WAR = frozenset({"civilians", "soldiers", "militants"})


def _victims_of_war(c: Figure) -> bool:
    """Whether the figure counts civilians, soldiers or fighters: the word right after its number
    (past one adjective), as the figure's victims are read."""
    item, at = c.item, c.quantity.last + 1
    hits = item.lists.victims.hits(item.tokens[at : at + 3])
    return any(h.label in _VICTIMS_OF_WAR and h.first <= 1 for h in hits)


def _no_violence(c: Figure) -> str | None:
    """Nothing in the item speaks of violence (no attack, army, war, armed group ..., no place at
    war): a figure of flu, heat or a plane crash the lists do not name is not a conflict figure."""
    item = c.item
    sentence = item.sentence_tokens(c.sentence)
    if item.lists.violence.hits(item.tokens) or item.lists.toll.hits(sentence):
        return None  # a death toll ("число погибших в секторе Газа") is how conflicts are counted
    if item.lists.wounded.hits(item.tokens):
        return None  # wounds, not injuries ("четверо поранені", "пятеро ранены"): weapons made them
    if any(h.label == "cumulative" for h in item.lists.scope.hits(sentence)):
        return None  # so is a running total "since October" ("3,823 הרוגים ... מאז אוקטובר")
    if _names_a_place_at_war(item):
        return None  # "plus de 1 500 morts en une semaine à El-Facher": the place says it
    if _victims_of_war(c):
        return None  # "Mehr als hundert Zivilisten getötet": the victims say it
    return c.kind_hit.entry if c.kind_hit is not None else ""


CASUALTY_VETOES: VetoTable[Figure] = VetoTable(
    "casualty",
    [
        Veto(
            "not_people",
            "the word after the number counts hours, days, votes, drones ... not people",
            _not_people,
        ),
        Veto("year", "a bare year (1900-2099) is a date, not a count", _year),
        Veto("place_name", "the number is a word of a place's name (Beersheba: 'seven')", _place_name),
        Veto("article", "the word for 'one' with no victim after it is an article", _article),
        Veto(
            "not_violence", "a disaster, accident, disease or crime, with no word of violence", _not_violence
        ),
        Veto("accident", "a road crash or other accident named in the figure's sentence", _accident),
        Veto("blast_accident", "an explosion put down to chemicals, gas or fuel, no attack", _blast_accident),
        Veto("history", "an anniversary or memorial restates an old toll", _history),
        Veto("bodies_apart", "a word for the bodies away from its number is a funeral", _bodies_apart),
        Veto("hypothetical", "a toll that may come, a warning", _hypothetical),
        Veto("no_violence", "no word of violence anywhere in the item", _no_violence),
    ],
)
