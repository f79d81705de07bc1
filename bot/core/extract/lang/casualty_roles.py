"""The roles of a casualty figure in the multilingual reader: who its victims are (the word after its
number, in its clause and before a part; the victims named before "others") and whether it is a
running total (the scope word nearest it in its sentence, not a later toll's) (pure; no I/O)."""

from __future__ import annotations

from bot.core.extract.lang.casualty_links import others_after
from bot.core.extract.lang.item import Item
from bot.core.extract.lang.numbers import Quantity, is_number_word
from bot.core.extract.lang.tokens import Hit, Token

_RUNNING_TOLL = 1000  # a figure with no scope word: from this count on, a running total


def victims_of(item: Item, q: Quantity, kind: Hit | None) -> tuple[str, str]:
    # "جنديين" (two soldiers): a number written as a dual noun names its victims itself
    own = q.last if not item.tokens[q.last].is_number else q.last + 1
    # in the figure's sentence: "... steigt auf 43. Kämpfer der ADF-Miliz hatten ..." counts no fighters;
    # and in its clause, before a part: "feriu 119, incluindo 15 crianças" counts no children
    sentence, clause = item.sentence_of[q.last], item.clause_of[q.last]
    end = next(
        (
            i
            for i in range(own, q.last + 4)
            if i < len(item.tokens) and (item.sentence_of[i] != sentence or item.clause_of[i] != clause)
        ),
        q.last + 4,
    )
    # (a lone part's own parts word, "зокрема неповнолітня", opens its window: no cut)
    part = [h for h in item.lists.parts.hits(item.tokens[own:end]) if h.first > 0]
    end = own + part[0].first if part else end
    of_them = [h for h in item.lists.of_them.hits(item.tokens[own:end]) if h.first <= 2]
    if of_them:
        # "۴۹ نفر از شهدا زن" (49 of the martyrs women): the victims come past "of them"
        last = own + of_them[0].last
        end = next(
            (i for i in range(last + 1, last + 3) if i >= len(item.tokens) or item.clause_of[i] != clause),
            last + 3,
        )
    hits = item.lists.victims.hits(item.tokens[own:end])
    # "۱۳ نفر کودک" (13 persons children): a word for who they were beats the word for persons (but
    # not one inside it: "בני אדם", people, is no "אדם", person)
    people = [h for h in hits if h.label == "people"]
    hits = [
        h for h in hits if h.label != "people" and not any(p.first <= h.first <= p.last for p in people)
    ] or hits
    if not hits and others_after(item, q):
        hits = _victims_before(item, q, sentence)
    if not hits and kind is not None and kind.last < q.first:
        # "убиты пятеро боевиков" after the number; "мирных жителей погибли 5", "число погибших
        # палестинцев превысило 45 тысяч" around the casualty word, in its clause
        clause = item.clause_of[kind.first]
        near = [
            *range(max(kind.first - 2, 0), kind.first),
            *range(kind.last + 1, min(kind.last + 3, q.first)),
        ]
        hits = item.lists.victims.hits([item.tokens[i] for i in near if item.clause_of[i] == clause])
    if hits:
        return hits[0].label, hits[0].entry
    return "people", ""


def _victims_before(item: Item, q: Quantity, sentence: int) -> list[Hit]:
    """'un soldado murió y otros dos resultaron heridos', 'وإصابة نحو ٤٠ آخرين': "others" are more of
    the victims counted before the number in its sentence: a victim word right after a number or
    beside a casualty word (not "الدفاع المدني", the civil defence, nor a part: "١٨ مدنياً، بينهم
    خمسة أطفال")."""
    start = item.sentences[sentence][0]
    window = item.tokens[start : q.first]
    part_ends = [p.last for p in item.lists.parts.hits(window)]
    kinds = item.lists.casualty.hits(window)
    counted = [
        v
        for v in item.lists.victims.hits(window)
        if not any(0 < v.first - p <= 3 for p in part_ends)
        and (
            (v.first > 0 and _counts(item, window[v.first - 1]))
            or any(abs(k.first - v.first) <= 4 for k in kinds)
        )
    ]
    return counted[-1:]


def _counts(item: Item, tok: Token) -> bool:
    return tok.is_number or is_number_word(item.language, tok.text, item.plain)


def cumulative_of(
    item: Item, q: Quantity, sentence: int, scope: dict[int, list[Hit]], toll_here: bool
) -> tuple[bool, str]:
    hits = [h for h in scope.get(sentence, []) if not _later_tolls(item, q, h)]
    if not hits and scope.get(sentence):
        return (
            False,
            "",
        )  # the sentence's scope is a later toll's: "... وإصابة سبعة، ليرتفع عدد الشهداء منذ ..."
    if not hits:
        # "З початку вторгнення ... вбила 600 дітей. Ще понад 1,5 тис. дітей поранені": a figure
        # with no scope word of its own goes on in the scope of the sentence before it that has one
        earlier = [s for s in scope if s < sentence]
        hits = scope[max(earlier)][-1:] if earlier else _scope_after(item, sentence, scope)
    if hits:
        nearest = min(hits, key=lambda h: min(abs(h.first - q.number_first), abs(h.last - q.last)))
        return nearest.label == "cumulative", nearest.entry
    if toll_here:
        for hs in scope.values():
            for h in hs:
                if h.label == "cumulative":
                    return True, h.entry
    if q.count is not None and q.count >= _RUNNING_TOLL:
        # "Gazze'de can kaybı 69 bini aştı", "دست کم ۱۲ هزار غیرنظامی ... کشته شده‌اند": a figure in
        # thousands with no scope word is a war's running total, not one attack's
        return True, f"a figure of {q.count:,}"
    return False, ""


def _later_tolls(item: Item, q: Quantity, h: Hit) -> bool:
    """Whether scope word `h` stands in a later clause than the figure, one that counts its own toll
    ("شهيدين وإصابة سبعة أشخاص، ليرتفع عدد الشهداء منذ وقف إطلاق النار إلى 330": the 330 since the
    ceasefire, not the two killed today); a clause with no number of its own is the predicate the figure
    shares ("Более 1000 человек, в том числе 745 мирных жителей, погибли за несколько дней")."""
    clause = item.clause_of[h.first]
    if h.first <= q.last or clause == item.clause_of[q.last]:
        return False
    own = [t for t, c in zip(item.tokens, item.clause_of, strict=True) if c == clause]
    if not any(_counts(item, t) for t in own):
        return False
    return bool(item.lists.toll.hits(own) or item.lists.casualty.hits(own))


def _scope_after(item: Item, sentence: int, scope: dict[int, list[Hit]]) -> list[Hit]:
    """ "... загинули 212 цивільних. Такі дані з початку року наводить прокуратура": the next sentence
    with a scope word, when it counts no casualties of its own, says what the figure counts."""
    later = [s for s in scope if s > sentence]
    if not later or item.lists.casualty.hits(item.sentence_tokens(min(later))):
        return []
    return scope[min(later)][:1]
