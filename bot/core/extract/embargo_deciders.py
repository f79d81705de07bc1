"""Who decides an arms-embargo development: courts by their own names, "Brussels" as the EU or Belgium,
the bare "Congo" as the DR Congo in an item about Kinshasa, and the subject of a
decision told with a possessive ("Canada's decision to impose"), rather than the country that
welcomes, reports or suffers it (pure; no I/O). Used by `embargoes.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core.extract.embargo_role_patterns import (
    BRAZZAVILLE_NAMED,
    KINSHASA_NAMED,
)
from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import (
    CAPITALS,
    DEMONYMS,
    LEADERS,
    NOT_ARMS_TARGETS,
    THEATRE_STATE,
    Mention,
    canonical_name,
    find_places,
)
from bot.core.extract.towns import town_country
from bot.core.model import ArmsEmbargo

# A court with a name of its own keeps it ("London High Court", "the Council of State"); one described
# only by its country ("a Dutch appeals court") stands for that country.
_COURT_NAME = re.compile(
    r"(?P<name>(?:(?-i:[A-Z][\w'-]+)\s+){0,2}?(?-i:High\s+Court|Supreme\s+Court|Court\s+of\s+Appeals?|"
    r"Appeals?\s+Court|Council\s+of\s+State|State\s+Council|Constitutional\s+Court|Administrative\s+Court|"
    r"District\s+Court|Federal\s+Court|Court\s+of\s+Justice|City\s+Court|Court\s+of\s+First\s+Instance))"
)
# a court known by its city: "a Brussels court", "a Berlin administrative appeals court"
_CITY_COURT = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he)\s+|(?P<bare>^))(?P<name>(?P<city>(?-i:[A-Z][\w-]+))\s+(?:(?-i:[a-z]+)\s+){0,3}?court)\b"
)
# a change told as a noun, up to the embargo words: "the US lifting of F-35 curbs"
_CHANGE_OF = r"(?:lifting|easing|suspension|renewal|extension|removal)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
# "Canada's decision to impose", "Merz's move to halt": the subject of the decision acts
_DECISION_OF = re.compile(
    r"(?P<who>(?-i:[A-Z][\w.-]+)(?:\s(?-i:[A-Z][\w.-]+)){0,2})'s?\s+(?:\w+\s+)?(?:decision|move|plan|push|"
    r"call|bid|proposal|announcement|pledge|order)\s+(?:to|for)\s+(?:[\w-]+\s+){0,4}$"
    # the change itself as a noun: "Washington's lifting of", "Berlin's suspension of"
    rf"|(?P<who2>(?-i:[A-Z][\w.-]+)(?:\s(?-i:[A-Z][\w.-]+)){{0,2}})'s?\s+{_CHANGE_OF}",
    re.I,
)


def _attributive_decider(s: str, span: tuple[int, int]) -> Mention | None:
    """ "condemned the US decision to lift", "the British move to halt": a name used as an adjective."""
    attributive = _ATTRIBUTIVE_DECISION.search(s, max(0, span[0] - 90), span[0])
    named = find_places(attributive.group("who")) if attributive else []
    if attributive is None or not named or named[0].city:
        return None
    if _BLOCKED_BEFORE.search(s, max(0, attributive.start() - 30), attributive.start("who")):
        return None  # "Hungary blocks EU move to curb exports": who blocks acts, the move is refused
    who = named[0]
    return Mention(attributive.start("who"), attributive.end("who"), who.surface, who.canonical, False, False)


_BLOCKED_BEFORE = re.compile(
    r"\b(?:block\w*|veto\w*|reject\w*|oppos\w*|thwart\w*|stymie\w*|derail\w*|torpedo\w*|scupper\w*)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_DECISION_WORDS = re.compile(
    r"decision|move|plan|order|vote|resolution|lifting|easing|suspension|renewal|removal"
)
_ATTRIBUTIVE_DECISION = re.compile(
    r"(?:\bthe\s+|^|(?<=\s))(?P<who>(?-i:[A-Z][\w.]+))\s+(?:government's\s+)?(?:(?:decision|move|plan|order|vote|"
    rf"resolution)\s+to\s+(?:[\w-]+\s+){{0,4}}$|{_CHANGE_OF})",
    re.IGNORECASE,
)


# "presses Macron to drop his push to impose": the leader named last before the pronoun
_HIS_DECISION = re.compile(
    r"\b(?:his|her)\s+(?:\w+\s+)?(?:decision|move|plan|push|call|bid|proposal|announcement|pledge|order)\s+"
    r"(?:to|for)\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)


def _leader_before(s: str, end: int) -> Mention | None:
    """The well-known leader named last before `end`, standing for their country."""
    best: Mention | None = None
    for name, canon in LEADERS.items():
        at = s.rfind(name, 0, end)
        if at >= 0 and (best is None or at > best.start):
            best = Mention(at, at + len(name), name, canon, False, False)
    return best


def decider_of(s: str, span: tuple[int, int]) -> Mention | None:
    """Whose decision the embargo is, when the sentence says so with a possessive."""
    window = s[max(0, span[0] - 90) : span[0]]
    if "his " in window or "her " in window:
        pronoun = _HIS_DECISION.search(s, max(0, span[0] - 90), span[0])
        if pronoun is not None:
            return _leader_before(s, pronoun.start())
    m = None
    if "'s" in window or "s' " in window:  # a decision told with a possessive: a cheap test first
        m = _DECISION_OF.search(s, max(0, span[0] - 90), span[0])
    if m is None:
        found = _attributive_decider(s, span) if _DECISION_WORDS.search(window) else None
        return found or (_body_in_town(s, span) if " in " in s[: span[0]] else None)
    group = "who" if m.group("who") else "who2"
    who = m.group(group)
    canon = canonical_name(who) or CAPITALS.get(who) or LEADERS.get(who.split()[-1])
    return Mention(m.start(group), m.end(group), who, canon, False, False) if canon else None


# a state's officers in one town, the subject of the sentence: "Port authorities in Ravenna refused ...",
# "Customs officers at Antwerp blocked ..." (lexicon [embargo] town_bodies)
@lru_cache(maxsize=1)
def _body_in_town_pattern() -> re.Pattern[str]:
    bodies = lexicon("en").alternation("embargo", "town_bodies")
    return re.compile(
        rf"^(?:The\s+)?(?:[\w-]+\s+)?(?:{bodies})\s+(?:in|at)\s+(?:the\s+port\s+of\s+)?"
        r"(?P<town>(?-i:[A-Z])[\w-]+)\b",
        re.IGNORECASE,
    )


def _body_in_town(s: str, span: tuple[int, int]) -> Mention | None:
    """A port, customs or border body of one town, deciding before the embargo words: the town's
    country (as a port turning one cargo away is its state's partial halt)."""
    m = _body_in_town_pattern().match(s, 0, span[0])
    country = (CAPITALS.get(m.group("town")) or town_country(m.group("town"))) if m else None
    return Mention(m.start(), m.end(), m.group(0), country, False, False) if m and country else None


# (or past its judges: "two High Court judges in London")
_SEAT_AFTER = re.compile(r"\s+(?:judges?\s+|justices\s+)?in\s+(?P<seat>(?:The\s+)?(?-i:[A-Z])[\w-]+)")
_COUNT_WORDS = lexicon("en").word_set("stems", "numbers")


def court_of(s: str) -> Mention | None:
    """The court acting, by its own name; a court described only by its country is that country."""
    named = _COURT_NAME.search(s)
    if named:
        words = named.group("name").split()
        country = None
        while (
            words[0] == "The"
            or words[0].lower() in _COUNT_WORDS  # "Two High Court judges": how many, not the name
            or words[0].endswith(("'s", "s'"))
            or words[0] in DEMONYMS
            or (len(words) > 2 and words[0] not in CAPITALS and canonical_name(words[0]))
        ):
            if words[0] in DEMONYMS:  # "the Dutch Supreme Court": Supreme Court (Netherlands)
                country = country or DEMONYMS[words[0]]
                words = words[1:]
                continue
            # "The Oslo High Court", "Belgium's State Council": the court's name, and its country so
            # that "Supreme Court" alone does not leave a subscriber guessing whose
            country = country or canonical_name(words[0].removesuffix("'s").removesuffix("'"))
            words = words[1:]
        name = " ".join(words)
        seat = _SEAT_AFTER.match(s, named.end())
        if country is None and seat is not None:
            # "the High Court in Dublin": the court's country, from its seat
            country = next((p.canonical for p in find_places(seat.group("seat")) if p.capital), None)
        if country is None and len(words) > 2 and _is_city(words[0]):
            # a name that starts with its seat says the country too: "Oslo District Court (Norway)",
            # "London High Court (United Kingdom)"
            country = _city_country(words[0])
        if country and country not in name:
            name = f"{name} ({country})"
        # the seat is part of the court's words, never a target: "judges in London" rule on arms to Israel
        end = seat.end() if seat is not None else named.end()
        return Mention(named.start(), end, name, name, False, False)
    seated = _court_in_city(s)
    if seated is not None:
        return seated
    unnamed: Mention | None = None
    for city in _CITY_COURT.finditer(s):
        # a court of a city is named by its town and kind, its country after it, with or without an
        # article: "a Brussels court of appeal", "Ghent appeals court refuses ...", "The Hague appeals
        # court": Brussels Court of Appeal (Belgium), Ghent Court of Appeal, Hague Court of Appeal
        # (Netherlands)
        town = _seat_of(city.group("city"), s[: city.start("city")])
        if town is None:
            continue
        kind = _KIND.match(s, city.end("city") + 1)
        if kind is not None:
            return _seat_court(town, kind.group(0), city.start("name"), kind.end())
        # the kind told after "court" belongs to the name: "a Brussels court of appeal"
        kind_after = _KIND_AFTER_COURT.match(s, city.end("name"))
        if kind_after is not None:
            return _seat_court(town, f"court{kind_after.group(0)}", city.start("name"), kind_after.end())
        # a court of no kind ("Paris court rejects ...", "a Copenhagen court"): Paris Court (France),
        # when the seat's country is known, unless a court of the sentence has a fuller name
        if unnamed is None and _city_country(town):
            unnamed = _seat_court(town, "court", city.start("name"), city.end("name"))
    return unnamed


def _seat_of(word: str, before: str) -> str | None:
    """The seat a capitalised word before "court" names, "The Hague" with its article, or None (a
    demonym, a country, a kind of court: "the Dutch court", "the Supreme court")."""
    if before.endswith(("The ", "the ")) and f"The {word}" in CAPITALS:
        return f"The {word}"
    return word if _is_city(word) else None


def _city_country(city: str) -> str | None:
    seat = city.removeprefix("The ")
    return CAPITALS.get(city) or CAPITALS.get(seat) or town_country(seat)


_KIND_AFTER_COURT = re.compile(r"\s+of\s+(?:appeals?|first\s+instance|cassation)\b", re.IGNORECASE)
# the kinds of court a wire writes in lower case after or before its city: "Ghent appeals court", "the
# administrative court in Paris" (each read to the name of _KIND_NAMES)
_KIND = re.compile(
    r"\b(?:administrative\s+(?:appeals?|appellate)\s+court|(?:appeals?|appellate)\s+court|court\s+of\s+appeals?|"
    r"administrative\s+court|district\s+court|regional\s+court|high\s+court|supreme\s+court|federal\s+court|"
    r"constitutional\s+court|city\s+court|criminal\s+court|civil\s+court|court\s+of\s+first\s+instance)\b",
    re.IGNORECASE,
)
_KIND_NAMES = {
    "appeal": "Court of Appeal",
    "appellate": "Court of Appeal",
    "administrative appeal": "Administrative Court of Appeal",
    "administrative appellate": "Administrative Court of Appeal",
}
# "the appeals court in The Hague", "an administrative court in Paris": the court and its seat; a court of
# no kind named by its seat alone: "a court in Liège"
_KIND_IN_CITY = re.compile(
    r"(?:" + _KIND.pattern + r"|\bcourt)\s+in\s+(?P<city>(?-i:The\s+)?(?-i:[A-Z])[\w-]+)(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _court_kind_words() -> frozenset[str]:
    """Capitalised words before "court" that say what kind of court, not where it sits (lexicon
    [embargo] court_kind_words: "Supreme", "Appeals")."""
    return lexicon("en").word_set("embargo", "court_kind_words")


def _is_city(word: str) -> bool:
    """A capitalised word that can be a court's seat: no demonym, country or kind of court."""
    return (
        word not in _court_kind_words()
        and word not in DEMONYMS
        and not (canonical_name(word) and word not in CAPITALS)
    )


def _kind_name(kind: str) -> str:
    """ "appeals court", "court of appeals", "appellate court" -> "Court of Appeal"; others in title case."""
    low = " ".join(kind.lower().split())
    key = re.sub(r"\s*\b(?:court|of)\b\s*", " ", low).strip().removesuffix("s")
    return _KIND_NAMES.get(key.replace("appeals", "appeal"), low.title().replace(" Of ", " of "))


def _seat_court(city: str, kind: str, start: int, end: int) -> Mention:
    """A court named by its seat and kind, as wires name it ("Hague Court of Appeal"), with its
    country when the seat is known ("Paris Administrative Court (France)")."""
    seat = city.removeprefix("The ")
    country = _city_country(city)
    name = f"{seat} {_kind_name(kind)}"
    if country and country not in name:
        name = f"{name} ({country})"
    return Mention(start, end, name, name, False, False)


def _court_in_city(s: str) -> Mention | None:
    """ "the appeals court in The Hague", "an administrative court in Paris ruled": a court of a kind,
    seated in a city, is named by both."""
    if " in " not in s:
        return None
    for m in _KIND_IN_CITY.finditer(s):
        city = m.group("city")
        if not (_is_city(city.removeprefix("The ")) or city in CAPITALS):
            continue
        kind = m.group(0)[: m.start("city") - m.start()].rsplit(" in", 1)[0]
        # with or without an article, of a kind or none, the court of a city: "a court in Liège refused
        # ...": Liège Court (Belgium); "an appeals court in The Hague ordered ...": Hague Court of Appeal
        # (Netherlands)
        return _seat_court(city, kind, m.start(), m.end())
    return None


# who reacts to a decision did not take it: "Qatar welcomed the lifting of the embargo on it"
REACTS_AFTER = re.compile(
    # the speaker may be a body of the state: "Libya's Government of National Unity welcomed"
    r"(?:'s(?:\s+(?-i:[A-Z][\w-]*)){1,2}(?:\s+of(?:\s+(?-i:[A-Z][\w-]*)){1,3})?|'s(?:\s+[\w-]+){1,2}?|"
    r"\s+(?:government|authorities|cabinet|presidency|president|prime\s+minister|(?:foreign|defen[cs]e)\s+ministry|"
    r"(?:(?:foreign|defen[cs]e)\s+)?minister))?"
    r"(?:\s+(?:on|late|early)\s+\w+)?\s+(?:has\s+|have\s+|had\s+)?(?:welcom|hail|prais|celebrat|applaud|condemn|criticis|criticiz|slam|"
    r"denounc|decr[iy]|protest|blast|lament|regret|deplor|greet|complain|"
    # a diplomatic protest over the decision: "recalls its envoy over", "summoned the ambassador over"
    r"(?:recall|summon)\w*\s+(?:its\s+|the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}?(?:envoy|ambassador|diplomat)s?\s+over)\w*",
    re.I,
)
# a demonym reacts as its state when a body of that state follows it: "the Cypriot government welcomed",
# "the Israeli foreign ministry condemned" (not "Dutch rights groups welcomed")
STATE_BODY_AFTER = re.compile(
    r"\s+(?:government|authorities|cabinet|presidency|president|prime\s+minister|(?:(?:foreign|defen[cs]e)\s+)?"
    r"(?:ministry|minister))\b",
    re.I,
)


_EU_NAMED = re.compile(r"\bEuropean\s+Union\b|\bEU\b")


def brussels_for_eu(f: ArmsEmbargo, body: str) -> ArmsEmbargo:
    """ "Brussels" is the seat of the EU as well as Belgium's capital: in an item that names the EU,
    a "Brussels" that decides with no word of Belgium is the EU ("Brussels eases arms embargo on ...").
    The item is searched only for such a fact (most items have none)."""
    if f.actor != "Belgium" or "Brussels" not in f.evidence or "Belgi" in f.evidence:
        return f
    if not _EU_NAMED.search(body):
        return f
    why = f.why
    if why is not None:
        roles = tuple(r for r in why.roles if r[0] != "actor")
        roles = (("actor", "European Union: 'Brussels' in an item about the EU"), *roles)
        why = replace(why, roles=roles)
    return replace(f, actor="European Union", why=why)


def kinshasa_for_congo(f: ArmsEmbargo, body: str) -> ArmsEmbargo:
    """A bare "Congo" in an item that names the DR Congo (and not Brazzaville) is the DR Congo. The
    item is searched only for a fact with a bare "Congo"."""
    congo = "Republic of the Congo"
    if congo not in (f.actor, f.target):
        return f
    if not KINSHASA_NAMED.search(body) or BRAZZAVILLE_NAMED.search(body):
        return f
    return replace(
        f,
        actor="DR Congo" if f.actor == congo else f.actor,
        target="DR Congo" if f.target == congo else f.target,
    )


def congress_for_us(f: ArmsEmbargo, body: str) -> ArmsEmbargo:
    """A "Senate", "House" or "Congress" named with no country, deciding (not calling), in an item that
    names what only the US Congress does (lexicon [embargo] us_congress_cues: "resolution of
    disapproval", "Senate Democrats") is the United States: a legislature voting is its country
    (corpus README). The item is searched only for a fact with no actor."""
    if f.actor is not None or f.action == "called_for" or not _CHAMBER.search(f.evidence):
        return f
    if not _us_congress_cues().search(body):
        return f
    why = f.why
    if why is not None:
        roles = tuple(r for r in why.roles if r[0] != "actor")
        why = replace(why, roles=(("actor", "United States: its Congress, by the item's words"), *roles))
    return replace(f, actor="United States", why=why)


# "Council" with no word naming which: "Council votes to renew ...", "the council extended ...", "the
# 15-nation council" (its size names no other council; not "Security Council", "Council of Europe")
BARE_COUNCIL = re.compile(
    r"(?:^|(?<=\bthe\s)|(?<=\bThe\s)|(?<=\d-member\s)|(?<=\d-nation\s))[Cc]ouncil\b(?!\s+of\b)"
)
_COUNCIL_OF_EU = re.compile(r"\bCouncil\s+of\s+(?:the\s+)?(?:European\s+Union|EU)\b")


def council_by_its_full_name(f: ArmsEmbargo, body: str) -> ArmsEmbargo:
    """A bare "Council" deciding is the one council the item names in full ("the Security Council
    renewed ...": UN Security Council; "the Council of the European Union": European Union); with none
    or several named, no actor. The item is searched only for a fact with no actor."""
    if f.actor is not None or not BARE_COUNCIL.search(f.evidence):
        return f
    named = {m.canonical for m in find_places(body) if m.surface.endswith("Council")}
    if _COUNCIL_OF_EU.search(body):
        named.add("European Union")
    if len(named) != 1:
        return f
    actor = named.pop()
    why = f.why
    if why is not None:
        roles = tuple(r for r in why.roles if r[0] != "actor")
        why = replace(why, roles=(("actor", f"{actor}: the council the item names in full"), *roles))
    return replace(f, actor=actor, why=why)


# the chamber or its members ("Senators rejected two joint resolutions ...")
_CHAMBER = re.compile(
    r"\b(?:Senate|Senators|House\s+of\s+Representatives|House(?!\s+of\b)|Congress(?:men|women)?)\b"
)


@lru_cache(maxsize=1)
def _us_congress_cues() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + lexicon("en").alternation("embargo", "us_congress_cues") + r")\b")


# the goods a later sentence sends somewhere: "The freeze covers all military goods bound for Israel"
# (a figure among the words: "a shipment of 2,000-pound bombs to Israel")
_GOODS_TO = re.compile(
    r"\b(?:exports?|sales?|shipments?|deliveries|goods|equipment|licen[cs]es|permits|components|parts|"
    r"cargo|consignments?)\s+(?:[\w,-]+\s+){0,3}?(?:to|for|bound\s+for|destined\s+for|consigned\s+to)\s+(?:the\s+)?$",
    re.I,
)
# the agent of a passive decision: "were suspended on Tuesday by Finland's defence ministry"
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+[a-z]+ed\b[^.;,]{0,40}?\bby\s+(?:the\s+)?$")


_NEGATED_PASSIVE = re.compile(
    r"^\s*(?:no|neither)\b|\b(?:was|were|been|is|are)\s+(?:not|never)\b|\b(?:wasn't|weren't|isn't|aren't)\b",
    re.I,
)


def item_target(sents: list[str], taken: set[str]) -> tuple[str, str] | None:
    """The target a decision told without one takes from another sentence of the item: the first
    state the goods are sent to ("Canada freezes arms export permits" ... "The freeze covers all
    military goods bound for Israel")."""
    return _state_after(sents, _GOODS_TO, taken, "where the goods go in another sentence", demonyms=False)


# where the goods would be used: "exports of military equipment that could be used in the Gaza Strip"
_USED_IN = re.compile(
    r"\b(?:used|deployed|employed|end(?:s|ed)?\s+up)\s+(?:\w+\s+){0,3}?(?:in|on|against)\s+(?:the\s+)?$", re.I
)


def item_theatre(sents: list[str]) -> tuple[str, str] | None:
    """The target a decision told without one takes from the territory another sentence says its arms
    would be used in (that territory's state: "could be used in the Gaza Strip" restricts Israel)."""
    for s in sents:
        for m in find_places(s):
            if m.canonical in THEATRE_STATE and _USED_IN.search(s, max(0, m.start - 40), m.start):
                return THEATRE_STATE[
                    m.canonical
                ], f"the state whose arms are used in {m.surface} (another sentence)"
    return None


def item_decider(sents: list[str], target: str | None) -> tuple[str, str] | None:
    """The decider a headline's passive or subjectless decision leaves out, from another sentence's
    passive agent ("Export licences ... suspended" ... "were suspended on Tuesday by Finland's
    defence ministry")."""
    skip = {target} if target else set()
    said = "the agent of a passive in another sentence"
    # a body that is never a target decides all the same: "was adopted by the Security Council", "was
    # prolonged on Monday by EU foreign ministers"
    # (not a negated passive: "No new embargo was imposed by the Security Council in 2012")
    told = [t for t in sents if not _NEGATED_PASSIVE.search(t)]
    return _state_after(told, _PASSIVE_AGENT, skip, said, demonyms=True, bodies=True)


def _state_after(
    sents: list[str],
    before: re.Pattern[str],
    skip: set[str],
    said: str,
    *,
    demonyms: bool,
    bodies: bool = False,
) -> tuple[str, str] | None:
    """The first state (no city; no demonym unless `demonyms`) of the item's sentences, not in `skip`
    nor (unless `bodies`) an arms-target stop word, with `before` ending right before it; with why it
    was taken."""
    stop = skip if bodies else skip | NOT_ARMS_TARGETS
    for s in sents:
        for m in find_places(s):
            if m.city or (m.demonym and not demonyms) or m.canonical in stop:
                continue
            if before.search(s, max(0, m.start - 80), m.start):
                return m.canonical, f"{said}: '{s[max(0, m.start - 30) : m.end]}'"
    return None
