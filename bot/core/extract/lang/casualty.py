"""Casualty figures in any language with a lexicon: a quantity and the casualty word nearest it in
its clause (after it: "26,900 פלסטינים נהרגו"; before it: "مقتل 12"), a part after "including", a
toll phrase before it ("Число погибших ... превысило 22,3 тысячи"), a lone victim ("وإصابة شخص").
Victims, location and scope come from the lists; every candidate passes `CASUALTY_VETOES`."""

from __future__ import annotations

from dataclasses import replace

from bot.core.extract.lang.casualty_links import (
    counted_after,
    dash_between,
    not_a_record,
    participle_after,
    uncounted,
    whole_sentence,
)
from bot.core.extract.lang.casualty_lists import (
    chain_part,
    closed_before,
    listed_after,
    other_figure_between,
    part_ends,
    parts_past_a_verb,
)
from bot.core.extract.lang.casualty_place import figure_place
from bot.core.extract.lang.casualty_roles import cumulative_of, victims_of
from bot.core.extract.lang.casualty_vetoes import CASUALTY_VETOES, Figure
from bot.core.extract.lang.item import Item, by_sentence
from bot.core.extract.lang.numbers import Quantity, is_number_word, quantities
from bot.core.extract.lang.tokens import Hit, fold, outermost
from bot.core.extract.vetoes import Dropped
from bot.core.model import CasualtyFigure, Why

# how far after a number its casualty word may come ("une vingtaine de civils ont été tués",
# "Dutzende Menschen wurden bei den Angriffen auf Gaza verletzt"; a nearer word before it still wins)
# is the lexicon's `after_window` (default 8)
# and how far before it: "Жертвами теракта в Подмосковье стали 145 человек"
_BEFORE_WINDOW = 6
# "Число погибших в результате ударов по сектору Газа с 7 октября 2023 года достигло 68 216": a toll
# phrase names its figure across the cause, place and date of the toll
_TOLL_WINDOW = 18
# the words of a part set off by commas that `_past_a_part` looks past
_PART_SPAN = 6


def _starts_new_clause(item: Item, hit: Hit) -> bool:
    """'وإصابة': a casualty word written onto 'and' opens the next part of the sentence."""
    text = item.tokens[hit.first].text
    return any(text.startswith(c) and len(text) > 2 for c in item.lists.and_proclitics) and not any(
        text == fold(w.rstrip("*")) for w in (hit.entry,)
    )


def _past_a_part(item: Item, q: Quantity, h: Hit) -> bool:
    """'Al menos 20 personas, entre ellas varios niños, murieron', 'dont quatre enfants': the
    casualty word comes after a part set off by commas (a clause that opens with a parts word)."""
    start = item.clause_of[q.last]
    if not q.last < h.first or item.clause_of[h.first] != start + 2:
        return False
    if item.sentence_of[h.first] != item.sentence_of[q.last] or counted_after(item, h):
        # "зросла до 35, серед них двоє дітей. Поранено 117 людей", "выросло до 25, среди них пятеро
        # детей, ранения получили 109 человек": past the part, a casualty word in the next sentence,
        # or one with a number of its own, opens a figure of its own
        return False
    # the window counts past the part ("Au moins 30 personnes, dont huit femmes et cinq enfants, ont
    # été tuées"), up to a part of `_PART_SPAN` words
    part = sum(1 for j in range(q.last + 1, h.first) if item.clause_of[j] == start + 1)
    if h.first > q.last + item.lists.after_window + min(part, _PART_SPAN):
        return False
    between = q.last + 1
    for p in item.lists.parts.hits(item.tokens[between : h.first]):
        at = between + p.first
        if item.clause_of[at] == start + 1 and item.clause_of[at - 1] == start:
            return True
    return False


def _whole_after(item: Item, q: Quantity, found: list[Quantity], kinds: list[Hit]) -> Hit | None:
    """'aralarında 4 çocuğun da bulunduğu 23 kişi hayatını kaybetti': a part named before its whole
    takes the casualty word of the figure that follows it in the sentence."""
    for whole in found:
        if whole.first > q.last and whole.first - q.last <= 6:
            if item.sentence_of[whole.first] != item.sentence_of[q.first]:
                return None
            return _kind_for(item, whole, kinds)[0]
    return None


def _whole_in_clause(item: Item, q: Quantity, found: list[Quantity]) -> bool:
    """Whether the next quantity after `q` stands in `q`'s clause, not joined to it by "and" ("três
    crianças e outras cinco pessoas desaparecidas": two parts, not a part and its whole)."""
    nxt = next((w for w in found if w.first > q.last), None)
    return (
        nxt is not None
        and item.clause_of[nxt.first] == item.clause_of[q.last]
        and not any(t.text in item.lists.and_words for t in item.tokens[q.last + 1 : nxt.first])
        and not _and_written_on(item, nxt)
    )


def _suffixed_part(item: Item, q: Quantity) -> bool:
    """'12'si çocuk' (12 of them children), '5 eram crianças' (5 were children): a number with a
    partitive ending or a copula after it (`[casualty] parts_after`), then a victim (past an article:
    "étaient des enfants"), counts part of another figure."""
    tokens, at = item.tokens, q.last + 1
    after = item.lists.parts_after.hits(tokens[at : at + 2])
    if not after or after[0].first != 0:
        return False
    victim = at + after[0].last + 1
    return bool(item.lists.victims.hits(tokens[victim : victim + 2]))


def _and_written_on(item: Item, q: Quantity) -> bool:
    """'שני חיילים נהרגו ושלושה נוספים נפצעו': "and" written onto the number ("ושלושה", and three)
    opens its own part, as a separate "and" does."""
    tok = item.tokens[q.first]
    return (
        not tok.is_number
        and len(tok.text) > 3
        and tok.text[0] in item.lists.and_proclitics
        and not is_number_word(item.language, tok.text, item.plain)
    )


def _kind_for(item: Item, q: Quantity, kinds: list[Hit]) -> tuple[Hit | None, str]:
    """The casualty word of a quantity and which side it was on."""
    clause = item.clause_of[q.number_first]
    # "شهيدان وثلاثة جرحى" (two martyrs and three wounded): a dual written on the casualty noun
    # is its own number and its own casualty word
    own = [h for h in kinds if h.first == h.last == q.last == q.first and not item.tokens[q.first].is_number]
    if own:
        return own[0], "figure_then_casualty_word"
    after = [
        h for h in kinds
        if q.last < h.first <= q.last + item.lists.after_window
        and (item.clause_of[h.first] == clause or dash_between(item, q.last, h.first))
        and not other_figure_between(item, q.last + 1, h.first)
    ]  # fmt: skip
    before = [
        h for h in kinds
        if q.first - _BEFORE_WINDOW <= h.last < q.first
        and (item.clause_of[h.last] == item.clause_of[q.first] or dash_between(item, h.last, q.first))
        and (not any(t.is_number for t in item.tokens[h.last + 1 : q.first]) or listed_after(item, h, q))
        and not closed_before(item, h, q)
    ]  # fmt: skip
    if not after:
        after = [h for h in kinds if participle_after(item, q, h) or _past_a_part(item, q, h)]
    if not after:
        # "جان ۹ نفر را گرفت" (took the lives of 9): a casualty phrase written around its number
        after = [
            h for h in kinds if h.first < q.first and q.last < h.last and item.clause_of[h.last] == clause
        ]
    a = after[0] if after else None
    if a is not None and (a.first - q.last > 1 or before) and _starts_new_clause(item, a):
        a = None
    b = before[-1] if before else None
    # "۹۷ نفر به شهادت رسیدند و ۱۲۳ نفر زخمی شدند": a word behind "and" closed the part before it
    between = item.tokens[b.last + 1 : q.first] if b is not None else []
    joined = any(t.text in item.lists.and_words for t in between) or _and_written_on(item, q)
    # "کشته‌شدگان ... را ۴۶ نفر و زخمیان را ۱۶۵ نفر" (the killed 46 and the wounded 165): a word past
    # an "and" after the number opens the next figure
    past_and = a is not None and any(
        t.text in item.lists.and_words for t in item.tokens[q.last + 1 : a.first]
    )
    if b is not None and not joined and past_and:
        a = None
    if a is not None and (b is None or joined or a.first - q.last <= q.first - b.last):
        return a, "figure_then_casualty_word"
    if b is not None:
        return b, "casualty_word_then_figure"
    return None, ""


def _toll_before(item: Item, q: Quantity, tolls: list[Hit], kinds: list[Hit]) -> Hit | None:
    """'Число погибших ... превысило 22,3 тысячи': a toll phrase earlier in the clause gives the kind
    (the casualty word inside it, else killed)."""
    clause = item.clause_of[q.first]
    for t in reversed(tolls):
        if t.last < q.first and q.first - t.last <= _TOLL_WINDOW and item.clause_of[t.last] == clause:
            inside = [k for k in kinds if t.first <= k.first <= t.last]
            return inside[0] if inside else Hit(t.first, t.last, "killed", t.entry)
    return None


def _kind_of(
    item: Item,
    q: Quantity,
    kinds: list[Hit],
    found: list[Quantity],
    parts: set[int],
    tolls: list[Hit],
    previous_kind: dict[int, Hit],
) -> tuple[Hit | None, str]:
    """The casualty word a quantity counts, and how it was found: beside it, as a part of another
    figure, after a toll phrase."""
    sentence = item.sentence_of[q.number_first]
    kind, recognizer = _kind_for(item, q, kinds)
    whole = whole_sentence(item, q, parts, previous_kind)
    if whole is not None:
        # "entre ellas varios niños, murieron": right after a part word, a part of the figure; one
        # opening its sentence before a whole in its own clause is that whole's ("Önceki bilançoda 8
        # kişi öldü. Aralarında 2 çocuğun da bulunduğu 55 kişi yaralandı": 2 injured)
        ahead = (
            _whole_after(item, q, found, kinds)
            if whole != sentence and _whole_in_clause(item, q, found)
            else None
        )
        kind, recognizer = ahead or kind or previous_kind[whole], "part_of_figure"
    if kind is None:
        kind, recognizer = _toll_before(item, q, tolls, kinds), "toll_then_figure"
    if kind is None and q.first - 1 in parts:
        kind, recognizer = _whole_after(item, q, found, kinds), "part_before_figure"
    if kind is None and _suffixed_part(item, q):
        # "12'si çocuk 20 kişi yaralandı", "20 kişi yaralandı, 12'si çocuk", "17 mortos. Cinco
        # eram crianças": the figure it is a part of, after it in the sentence, else before it
        opens = q.first == item.sentences[sentence][0]
        before = previous_kind.get(sentence) or (previous_kind.get(sentence - 1) if opens else None)
        kind = _whole_after(item, q, found, kinds) or before
        recognizer = "part_of_figure"
    if kind is None and _of_them_after(item, q) and sentence in previous_kind:
        # "ו-12 נפצעו, חמישה מהם במצב קשה", "поранено 61 людину, 40 з них госпіталізовані": a number
        # then "of them", with no casualty word of its own, counts part of the figure before it
        kind, recognizer = previous_kind[sentence], "part_of_figure"
    return kind, recognizer


def _of_them_after(item: Item, q: Quantity) -> bool:
    """Whether "of them" (`[casualty] of_them_after`, optional) comes right after the number."""
    at = q.last + 1
    hits = item.lists.of_them_after.hits(item.tokens[at : at + 3])
    return bool(hits) and hits[0].first == 0


def casualties(item: Item, trace: list[Dropped] | None) -> list[CasualtyFigure]:
    lists = item.lists
    kinds = outermost(lists.casualty.hits(item.tokens))
    if not kinds:
        return []
    scope = by_sentence(item, not_a_record(item, lists.scope.hits(item.tokens)))
    tolls = by_sentence(item, lists.toll.hits(item.tokens))
    parts = part_ends(item)
    out: list[CasualtyFigure] = []
    seen: set[tuple[int | None, str]] = set()
    previous_kind: dict[int, Hit] = {}
    kind_at: dict[int, Hit] = {}  # the last token of each figure kept -> its kind
    previous_fact: dict[int, tuple[Quantity, CasualtyFigure]] = {}
    breaks = frozenset(i for i in range(1, len(item.tokens)) if item.clause_of[i] != item.clause_of[i - 1])
    found = quantities(item.language, item.tokens, item.plain, breaks)
    counted = frozenset(i for q in found for i in range(q.first, q.last + 1))
    parts |= parts_past_a_verb(item, parts, found)
    for q in found:
        sentence = item.sentence_of[q.number_first]
        kind, recognizer = _kind_of(item, q, kinds, found, parts, tolls.get(sentence, []), previous_kind)
        if kind is None:
            continue
        veto = CASUALTY_VETOES.first(Figure(item, q, kind, sentence))
        if veto is not None:
            if trace is not None:
                candidate = f"{q.text} {kind.entry}"
                trace.append(Dropped("casualty", veto[0], veto[1], candidate, item.sentence_text(sentence)))
            continue
        previous_kind[sentence] = kind_at[q.last] = kind
        fact = _figure(item, q, kind, recognizer, sentence, scope, sentence in tolls)
        joined_to = previous_fact.get(sentence)
        if joined_to is not None and recognizer != "part_of_figure" and _joined(item, joined_to[0], q, kind):
            # "26,900 פלסטינים נהרגו ו-65,949 נפצעו", "5 soldados muertos y 7 heridos": the victims of
            # the figure it is joined to
            fact = replace(fact, victims=joined_to[1].victims)
        if recognizer == "part_of_figure":
            chain_part(item, q, found, parts)
        else:
            # a later figure joins the whole, not its part: "23 mortos, entre elas 4 crianças, e 50
            # feridas" (the 50 take the victims of the 23)
            previous_fact[sentence] = (q, fact)
        key = (q.count, kind.label)
        if key in seen:
            at = next(i for i, f in enumerate(out) if (f.count, f.kind) == key)
            out[at] = _merged(out[at], fact)
            continue
        seen.add(key)
        out.append(fact)
    ones = frozenset(q.number_first for q in found if q.count == 1)
    out.extend(_one_part(item, parts, (previous_kind, kind_at), scope, seen, counted - ones))
    out.extend(_one_victims(item, kinds, seen, counted))
    return _without_vague_twins(out)


def _without_vague_twins(out: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """'dozens' and 'at least 34' of the same kind are one figure; but "20 muertos, entre ellos
    varios niños": a vague part is a figure of its own, and so is a vague whole of numbered parts
    ("Dutzende Tote, darunter zwölf Kinder") and a vague figure of other named
    victims ("deux soldats tués ... plusieurs assaillants abattus")."""
    numeric: dict[str, set[str]] = {}
    for f in out:
        # "Dutzende Tote ..., darunter zwölf Kinder": a part counts within the vague whole, not beside it
        if f.count is not None and not _is_part(f):
            numeric.setdefault(f.kind, set()).add(f.victims or "people")
    return [
        f for f in out
        if f.count is not None or f.kind not in numeric or _is_part(f)
        or (f.victims not in (None, "people") and not numeric[f.kind] & {"people", f.victims or ""})
    ]  # fmt: skip


def _joined(item: Item, first: Quantity, q: Quantity, kind: Hit) -> bool:
    """Whether `q`, naming no victims of its own, is joined by "and" to the figure `first` just before
    it (a few words apart), whose victims it then shares (not one person's: "one killed and 8 injured")."""
    between = item.tokens[first.last + 1 : q.first]
    return (
        first.count != 1
        and 0 < len(between) <= 6
        and (any(t.text in item.lists.and_words for t in between) or _and_written_on(item, q))
        and not victims_of(item, q, kind)[1]
    )


def _is_part(f: CasualtyFigure) -> bool:
    return f.why is not None and f.why.recognizer.endswith(":part_of_figure")


def _merged(old: CasualtyFigure, new: CasualtyFigure) -> CasualtyFigure:
    """The same figure said twice ("о гибели 43,2 тыс." / "свыше 43,2 тыс. палестинцев убиты"): one
    fact, with the more precise hedge, victims and scope of the two."""
    return replace(
        old,
        qualifier=old.qualifier if old.qualifier != "exact" else new.qualifier,
        victims=old.victims if old.victims != "people" else new.victims,
        cumulative=old.cumulative or new.cumulative,
        location=old.location or new.location,
    )


def _figure(
    item: Item,
    q: Quantity,
    kind: Hit,
    recognizer: str,
    sentence: int,
    scope: dict[int, list[Hit]],
    toll_here: bool,
) -> CasualtyFigure:
    """The fact a quantity and its casualty word make, with the evidence of each role."""
    victims, victims_word = victims_of(item, q, kind)
    location, place_words = figure_place(item, sentence)
    cumulative, scope_words = cumulative_of(item, q, sentence, scope, toll_here)
    if cumulative:
        status = f"cumulative from '{scope_words}'"
    elif scope_words:
        status = f"one incident or day from '{scope_words}'"
    else:
        status = "no scope word: not cumulative"
    clause = item.sentence_text(sentence)
    return CasualtyFigure(
        count=q.count,
        qualifier=q.qualifier,
        kind=kind.label,
        victims=victims,
        location=location,
        cumulative=cumulative,
        evidence=clause,
        language=item.language,
        why=Why(
            recognizer=f"{item.language}:{recognizer}",
            trigger=(item.words(kind.first, kind.last),),
            clause=clause,
            roles=(
                ("count", f"'{item.words(q.first, q.last)}'"),
                ("victims", f"{victims}: '{victims_word}'" if victims_word else "people (no victim word)"),
                ("location", f"{location}: '{place_words}'" if location else "none named"),
            ),
            status=status,
        ),
    )


_LONE_VETOES = CASUALTY_VETOES.without("not_people", "year", "place_name", "article")


def _lone_person(item: Item, k: Hit, found: set[str], counted: frozenset[int]) -> Hit | None:
    """The one person a casualty word speaks of with no number: right after it, past an age or an
    adjective ('وإصابة شخص', "загинув 41-річний військовий", "погиб мирный житель"), or, when no
    figure of its kind was found, up to three words (`[language] person_before`) before it in its
    clause ('Jornalista é morto', "жінка загинула"), also when a figure of its kind stands in another
    clause; "погибли десятки человек" counts no one person."""
    clause, tokens = item.clause_of[k.first], item.tokens
    own = item.lists.one_victim.hits(tokens[k.first : k.last + 1])
    if any(h.first == 0 and h.last == k.last - k.first for h in own) and k.first not in counted:
        # "є загиблий", "есть погибший": the casualty word names one person; so does a singular
        # auxiliary with its participle ("Karim, photographe qui couvrait ..., a été blessé",
        # "resultó herido"), the subject however far before it
        return k
    after = clause
    if k.last + 1 < len(tokens) and dash_between(item, k.last, k.last + 1):
        after = item.clause_of[k.last + 1]  # "Серед поранених — 12-річна дівчинка": a copula
    for h in item.lists.one_victim.hits(tokens[k.last + 1 : k.last + 5]):
        at, end = k.last + 1 + h.first, k.last + 1 + h.last
        if item.clause_of[end] == after and uncounted(item, range(k.last + 1, end + 1), counted):
            return Hit(at, end, h.label, h.entry)
    own_clause = [i for i in counted if item.clause_of[i] == clause]
    if k.label in found and not uncounted(
        item, range(min(own_clause, default=0), max(own_clause, default=-1) + 1), counted
    ):
        # a figure of its kind counts the people of this clause; one in another clause or sentence
        # leaves its own lone subject ("לוחם ... נהרג הבוקר. בפעילות חוסלו שלושה מחבלים")
        return None
    # a verb-final language ("Ukrainischer Soldat bei russischem Beschuss in Cherson ums Leben
    # gekommen") puts the person further before: its lexicon's `person_before`
    lo = max(k.first - item.lists.person_before, 0)
    if any(
        t.is_number and item.lists.not_before.hits(tokens[i - 1 : i])
        for i, t in enumerate(tokens[lo : k.first], lo)
    ):
        lo = max(lo - 2, 0)  # an age between the person and the verb: "לוחם גבעתי בן 19 נפל בקרב"
    for h in item.lists.one_victim.hits(tokens[lo : k.first]):
        at = lo + h.first
        if item.clause_of[at] == clause and uncounted(item, range(at, k.first), counted):
            return Hit(at, lo + h.last, h.label, h.entry)
    return None


def _one_victims(
    item: Item,
    kinds: list[Hit],
    seen: set[tuple[int | None, str]],
    counted: frozenset[int],
) -> list[CasualtyFigure]:
    """A casualty word and a lone person, no number: one victim ('وإصابة شخص بجروح', 'загинула жінка')."""
    found = {label for _, label in seen}
    # "۴۹ نفر از شهدا زن" (49 of the martyrs women): a casualty word inside "of them" names no one
    of_them = item.lists.of_them.hits(item.tokens)
    kinds = [k for k in kinds if not any(o.first <= k.first and k.last <= o.last for o in of_them)]
    lone = [(k, p) for k in kinds if (p := _lone_person(item, k, found, counted)) is not None]
    out: list[CasualtyFigure] = []
    taken: set[tuple[str, str]] = set()
    for k, person in lone:
        sentence = item.sentence_of[k.first]
        victims = item.lists.victims.hits(item.tokens[person.first : person.last + 1])
        label = victims[0].label if victims else "people"
        if (1, k.label) in seen or (k.label, label) in taken:
            continue
        if _LONE_VETOES.first(
            Figure(item, Quantity(person.first, person.last, person.first, 1, "exact", ""), k, sentence)
        ):
            continue
        taken.add((k.label, label))
        location, _ = figure_place(item, sentence)
        words = item.words(min(person.first, k.first), max(person.last, k.last))
        out.append(
            CasualtyFigure(
                count=1, qualifier="exact", kind=k.label, victims=label, location=location,
                cumulative=False,
                evidence=item.sentence_text(sentence),
                language=item.language,
                why=Why(recognizer=f"{item.language}:one_victim", trigger=(words,),
                        clause=item.sentence_text(sentence)),
            )
        )  # fmt: skip
    return out


def _one_part(
    item: Item,
    parts: set[int],
    kinds: tuple[dict[int, Hit], dict[int, Hit]],
    scope: dict[int, list[Hit]],
    seen: set[tuple[int | None, str]],
    counted: frozenset[int],
) -> list[CasualtyFigure]:
    """'بينهم طفل' (among them a child): a lone person after "including" is a part of one, with its
    whole's kind, the kind of the last figure before it in its sentence ("Загинули двоє людей,
    зокрема 14-річний підліток, ще п'ятеро дістали поранень": killed, not the injuries after it); a
    copula or an article may stand between ("Unter ihnen sei ein Mitglied der Hisbollah"), a number
    counting more than one may not ("darunter drei Kinder")."""
    previous_kind, kind_at = kinds
    out = []
    for p in sorted(parts):
        sentence = item.sentence_of[p]
        before = [at for at in kind_at if at < p and item.sentence_of[at] == sentence]
        kind = kind_at[max(before)] if before else previous_kind.get(sentence)
        if kind is None and p - item.sentences[sentence][0] <= 2:
            kind = previous_kind.get(sentence - 1)  # "... vier Menschen getötet. Unter ihnen ein ..."
        if kind is None or (1, kind.label) in seen:
            continue
        person = next(
            (h for h in item.lists.one_victim.hits(item.tokens[p + 1 : p + 4]) if h.first == 0),
            None,
        ) or next(
            (h for h in item.lists.one_victim.hits(item.tokens[p + 1 : p + 4])
             if item.clause_of[p + 1 + h.first] == item.clause_of[p]
             and uncounted(item, range(p + 1, p + 1 + h.first), counted)),
            None,
        )  # fmt: skip
        if person is None:
            continue
        seen.add((1, kind.label))
        q = Quantity(p, p, p, 1, "exact", item.tokens[p + 1].text)
        out.append(_figure(item, q, kind, "part_one_victim", sentence, scope, False))
    return out
