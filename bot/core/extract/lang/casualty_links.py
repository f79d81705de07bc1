"""How a quantity and the words around it hang together across punctuation in the multilingual
reader: a dash that is a copula, a participle that opens the next clause, a part that opens the
next sentence, a span that counts no one, a "since" that dates a record (pure; no I/O)."""

from __future__ import annotations

from bot.core.extract.lang.casualty_vetoes import context_words
from bot.core.extract.lang.item import Item
from bot.core.extract.lang.numbers import Quantity
from bot.core.extract.lang.tokens import Hit


def dash_between(item: Item, left: int, right: int) -> bool:
    """'Серед загиблих — троє дітей', 'Погибших — 22', 'ще 29 — поранені': a dash between a casualty
    word and its number is a copula, not the end of a clause; words of the subject may stand before
    it ("Втрати ворога за добу — 980 осіб": the losses in a day, 980) when the dash is the one break."""
    if right <= left or item.clause_of[right] != item.clause_of[left] + 1:
        return False
    at = next(j for j in range(left + 1, right + 1) if item.clause_of[j] != item.clause_of[j - 1])
    gap = item.norm[item.tokens[at - 1].end : item.tokens[at].start].strip()
    return bool(gap) and all(ch in "—–-" for ch in gap)


def participle_after(item: Item, q: Quantity, h: Hit) -> bool:
    """'более 100 тысяч российских военных, погибших в Украине': a casualty participle opening the
    next clause speaks of the victims the number counts."""
    gap = item.tokens[q.last + 1 : h.first]
    return (
        0 < len(gap) <= 3
        and item.clause_of[h.first] == item.clause_of[q.last] + 1
        and item.clause_of[h.first - 1] == item.clause_of[q.last]
        and item.sentence_of[h.first] == item.sentence_of[q.last]
        and not any(t.is_number for t in gap)
        and bool(item.lists.victims.hits(gap))
        and not counted_after(item, h)
    )


_OWN_NUMBER = 3  # how far after a casualty word its own number may stand in its clause


def counted_after(item: Item, h: Hit) -> bool:
    """'серед них двоє дітей, поранено 117 людей', 'среди них четверо детей, ранения получили 30': a
    casualty word with a number of its own right after it in its clause opens the next figure, no
    participle about the victims before it. A number past "and" is the next figure's ("morreram e 117
    ficaram feridas"): the word still closes the figure before it."""
    clause = item.clause_of[h.last]
    for j in range(h.last + 1, min(h.last + 1 + _OWN_NUMBER, len(item.tokens))):
        tok = item.tokens[j]
        if item.clause_of[j] != clause or tok.text in item.lists.and_words:
            return False
        if tok.is_number:
            return True
    return False


def whole_sentence(item: Item, q: Quantity, parts: set[int], previous_kind: dict[int, Hit]) -> int | None:
    """The sentence whose figure a part after "including" belongs to: its own, or the one before
    when the part opens its sentence ("Загинули 5 людей. Серед них — двоє дітей")."""
    if q.first - 1 not in parts:
        return None
    sentence = item.sentence_of[q.first]
    if sentence in previous_kind:
        return sentence
    start = item.sentences[sentence][0]
    # the part opens its sentence, or its clause after a short attribution with no number ("به گفته
    # وی، از این تعداد ..." : according to him, of this number ...)
    clause = next(j for j in range(start, q.first) if item.clause_of[j] == item.clause_of[q.first - 1])
    opens = q.first - 1 - start <= 2 or (
        q.first - 1 - clause <= 3
        and clause - start <= 4
        and not any(t.is_number for t in item.tokens[start : q.first])
    )
    return sentence - 1 if opens and sentence - 1 in previous_kind else None


def uncounted(item: Item, span: range, counted: frozenset[int]) -> bool:
    """No quantity counts anyone in `span`; an age ("41-річний", "נער בן 17") is not a count."""
    lists, tokens = item.lists, item.tokens
    return all(
        i not in counted
        or lists.not_after.hits(tokens[i + 1 : i + 2])
        or lists.not_before.hits(tokens[i - 1 : i])
        for i in span
    )


_RECORD_GAP = 6  # tokens between a superlative and the "since" that dates its record


def not_a_record(item: Item, hits: list[Hit]) -> list[Hit]:
    """'einer der schwersten Luftangriffe auf Kiew seit Kriegsbeginn', 'l'attaque la plus meurtrière
    depuis 2022': a "since" beside a superlative (`[context] superlative`, optional) dates the record
    the attack sets, not the toll, which stays one attack's."""
    if not any(h.label == "cumulative" for h in hits):
        return hits
    records = context_words(item.language, item.plain, "superlative").hits(item.tokens)

    def dates_a_record(h: Hit) -> bool:
        return any(
            item.clause_of[r.first] == item.clause_of[h.first]
            and (0 <= h.first - r.last <= _RECORD_GAP or 0 <= r.first - h.last <= _RECORD_GAP)
            for r in records
        )

    return [h for h in hits if h.label != "cumulative" or not dates_a_record(h)]


def others_after(item: Item, q: Quantity) -> bool:
    """'otros dos', 'zwei weitere', 'ثلاثة آخرون', 'שלושה נוספים': a word for "others" right before
    the number or one of the two words after it (in its clause) counts more of the victims named
    before it."""
    words = item.lists.others
    if q.first > 0 and words.hits(item.tokens[q.first - 1 : q.first]):
        return True
    clause = item.clause_of[q.last]
    after = [i for i in range(q.last + 1, min(q.last + 3, len(item.tokens))) if item.clause_of[i] == clause]
    return bool(after) and bool(words.hits([item.tokens[i] for i in after]))
