"""Who decides an arms-embargo development when the decider is no state name, in any language with a
lexicon: a court with a name of its own keeps it ("Conseil d'État", "בית המשפט העליון בהולנד",
"Bundesverfassungsgericht"), as in English and the corpus README (a court named only by its country
or city, "un tribunal de Madrid", stands for that country); and a national body named without its
country ("El Congreso", "Knesset") stands for the country it belongs to. Both lists are data, in the
language's lexicon: `[embargo_courts]` (English court name -> the language's names of it; a name
with its country in brackets keeps that country) and `[embargo_bodies]` (country -> its bodies).
Pure; no I/O."""

from __future__ import annotations

from bot.core.extract.lang.item import Item, section_matcher
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.tokens import Hit

_COURT_ACTIONS = frozenset({"ruled_by_court", "rejected"})
_NEAR = 2  # at most this many words between a court's name and the country or city it sits in
_WHERE_KINDS = frozenset({"country", "demonym", "city", "capital", "place"})


def section_hits(item: Item, section: str, first: int, end: int) -> list[Hit]:
    """The hits of every list of an optional lexicon `section` in tokens [first, end)."""
    found = section_matcher(item.language, item.plain, section).hits(item.tokens)
    return [h for h in found if first <= h.first < end]


def without_court_names(item: Item, hits: list[Hit]) -> list[Hit]:
    """`hits` without the action words inside a court's name ("appel" in "cour d'appel de La Haye" is no
    call), but for the court words themselves."""
    courts = section_matcher(item.language, item.plain, "embargo_courts").hits(item.tokens)
    if not courts:
        return hits
    return [
        h
        for h in hits
        if h.label == "ruled_by_court" or not any(c.first <= h.first and h.last <= c.last for c in courts)
    ]


def named_court(
    item: Item, span: tuple[int, int], trigger_at: int, action: str, actor: Mention | None
) -> Mention | None:
    """The court that rules or refuses, as an actor, when the span names one with a name of its own
    before the trigger words: "Supreme Court (Netherlands)" from "בית המשפט העליון בהולנד", with the
    country or city written next to it ("المحكمة العليا البريطانية", "Окружний суд Гааги"); None
    when the action is no court's (a call, a lifting), the court has no name of its own ("a court in
    Copenhagen"), or a state named earlier and apart from it is the subject ("Tras la sentencia del
    Tribunal Supremo" after "España suspende")."""
    if action not in _COURT_ACTIONS | {"imposed", "partial"}:
        return None
    first, end = span
    court = next((h for h in section_hits(item, "embargo_courts", first, end) if h.first < trigger_at), None)
    if court is None:
        return None
    if actor is not None and first <= actor.first and actor.last < court.first - _NEAR:
        return None
    name = court.label
    if not name.endswith(")"):
        # the nearest place in the court's own sentence: a country closing the sentence before
        # ("... nach Israel ab. Das Verwaltungsgericht Berlin") is no seat of the court
        seats = [
            m
            for m in item.mentions
            if m.kind in _WHERE_KINDS
            and m.country
            and item.sentence_of[m.first] == item.sentence_of[court.first]
            and (0 <= m.first - court.last - 1 <= _NEAR or 0 <= court.first - m.last - 1 <= _NEAR)
        ]
        where = min(seats, key=lambda m: max(m.first - court.last, court.first - m.last), default=None)
        name = f"{name} ({where.country})" if where is not None else name
    return Mention(court.first, court.last, name, "organisation", "")


def national_body(item: Item, span: tuple[int, int], trigger_at: int) -> Mention | None:
    """The country of a national body named without it before the trigger words ("El Congreso
    aprueba el embargo": Spain), as its actor; a national legislature voting is its country (corpus
    README)."""
    first, end = span
    body = next((h for h in section_hits(item, "embargo_bodies", first, end) if h.first < trigger_at), None)
    if body is None:
        return None
    return Mention(body.first, body.last, body.label, "country", body.label)
