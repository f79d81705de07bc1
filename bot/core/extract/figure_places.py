"""Where a casualty figure happened: the place readers the casualty extractor uses (pure; no I/O).

A place is put somewhere by the words around it ("in", "near", "the outskirts of", "struck",
"strikes on"); the most specific one is kept with its country ("Kherson, Ukraine"); a capital
standing for its government ("Moscow said") is not a place, nor an organisation, an agent ("launched
by Ukraine"), a country addressed or blamed, or a dateline the text does not point at ("here").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core.extract.attacker_places import attacker_named
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import NUMBER_ANY, QUANTITY
from bot.core.extract.places import CAPITALS, DEMONYMS, Mention, canonical_name, find_places
from bot.core.extract.re2_outline import finditer_outlined, search_slice_outlined
from bot.core.extract.text import Sentence
from bot.core.extract.towns import own_area, town_mentions

# a name of up to three capitalised words ("Kafr Nabl", "Bir al-Abed"), case-sensitive in any pattern
# (a particle may join its words: "Maarat al-Numan", "Wad al-Noura", "Deir ez-Zor")
_PARTICLE = r"(?:(?-i:al|el|ad|as|an|ar|ash|at|az|ez|es|ed|en|er)-)?"
PLACE_NAME = rf"(?-i:[A-Z][\w'-]+)(?:[ -]{_PARTICLE}(?-i:[A-Z][\w'-]+)){{0,2}}"

# Where: specific places and the prepositions/verbs that put a figure in a place.
_SPECIFIC = re.compile(
    r"\b(?:city|town|village|villages|camp|region|province|district|state|port|capital|governorate|"
    r"township|neighbou?rhood|oblast|county|suburb|settlement|municipality)\s+of\s+"
    rf"(?P<p>{PLACE_NAME})"
    # "RSF storms Zamzam camp"
    r"|\b(?:in|at|on|near|bombed|struck|hit|attacked|shelled|raided|stormed|storms?|overran|overruns?)\s+"
    rf"(?:the\s+)?(?P<q>{PLACE_NAME})"
    r"(?=\s+(?:city|town|village|camp|region|province|district|state|township|area|neighbou?rhood|"
    r"refugee\s+camp|governorate|oblast)\b)",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|inside|across|throughout|into|near|outside|within|at)\s+(?:the\s+)?"
    r"|\b(?:outskirts|suburbs?|centre|center|heart)\s+of\s+"
    r"|\b(?:attacked|struck|hit|bombed|shelled|stormed|storms?|overran|overruns?|invaded|raided|pounded|"
    r"targeted)\s+(?:the\s+)?"
    r"|\b(?:strikes?|attacks?|raids?|assault|offensive|bombardment|shelling|airstrikes?|war|invasion|"
    r"occupation|re-occupation|reoccupation)\s+(?:on|of|in|against)\s+(?:the\s+)?)"
    r"(?:(?:southern|northern|eastern|western|central|south|north|east|west|northeastern|"
    r"northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|"
    r"south-western|occupied|coastal|besieged|war-torn|[\w]+-(?:run|held|controlled|led|occupied))\s+)?$",
    re.IGNORECASE,
)
# words that start a capitalised name which is a time, not a place: "two in March", "on Monday"
TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
NOT_SPECIFIC = TIME_WORDS | frozenset(["the", "a", "an", "israeli", "russian", "us", "un"])


@lru_cache(maxsize=1)
def _place_noun_after() -> re.Pattern[str]:
    """A place noun after a demonym: "the Ukrainian city of Dnipro", "in the Syrian capital" (lexicon
    [casualty] place_nouns, after an optional place_noun_qualifiers word), not the noun of a side's own
    people or acts: "Turkish border guards", "Saudi border fire" (the attacker; side_own_nouns)."""
    en = lexicon("en")
    qualifier = en.alternation("casualty", "place_noun_qualifiers")
    noun = en.alternation("casualty", "place_nouns")
    own = en.alternation("casualty", "side_own_nouns")
    return re.compile(rf"\s+(?:(?:{qualifier})\s+)?(?:{noun})\b(?!\s+(?:{own}))", re.I)


# "near the Venezuelan border": the border is the other state's, the place lies near it (on this side)
_NEAR_ITS_BORDER = re.compile(
    r"\s+(?:border|frontier)\b(?!\s+(?:city|town|village|region|province|area|district))"
)
_NEAR_BEFORE = re.compile(r"\b(?:near|along|close\s+to|by|towards?|not\s+far\s+from)\s+the\s+$", re.I)


@lru_cache(maxsize=1)
def _capital_as_place_after() -> re.Pattern[str]:
    """A capital city named as a place rather than a government: "a Moscow concert hall", "Kyiv region"
    (lexicon [casualty] capital_place_nouns)."""
    nouns = lexicon("en").alternation("casualty", "capital_place_nouns")
    return re.compile(rf"(?:'s)?\s+(?:{nouns})\b", re.I)


# Organisations are never where casualties happened ("an attack on the United Nations' mission in Mali")
NOT_A_PLACE = frozenset(
    {
        "United Nations", "UN Security Council", "UN General Assembly", "UN Human Rights Council", "NATO",
        "European Union", "European Parliament", "African Union", "Arab League", "ECOWAS",
        "International Criminal Court", "International Court of Justice",
    }
)  # fmt: skip
# who acted from where: "a missile launched by Ukraine", "rockets fired from Lebanon" (not the place hit)
AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.I)
# A city named as a city ("Zaporizhzhia city's head", "Kharkiv region") is where things happen.
_CITY_NOUN_AFTER = re.compile(r"(?:'s)?\s+(?:city|region|oblast|province|district)\b", re.I)
# A sea, strait or gulf: where a ship was hit. It is not a country, so it is the figure's location
# itself rather than a country named elsewhere in the text ("a Houthi strike on a Red Sea ship"); not
# a stretch of land it names ("on Yemen's Red Sea coast", "the Black Sea port of Odesa": the land's).
SEA = re.compile(
    r"\b(?:(?P<sea>(?-i:(?:Red|Black|Mediterranean|Arabian|Caspian|Baltic|Aegean|Adriatic|North|"
    r"South\s+China|East\s+China|Azov))\s+Sea|Sea\s+of\s+Azov|Gulf\s+of\s+Aden|Persian\s+Gulf|"
    r"Strait\s+of\s+Hormuz|Bab\s+al-Mandab(?:\s+Strait)?|Taiwan\s+Strait|Kerch\s+Strait))"
    r"(?!\s+(?:coast(?:line|al)?|shores?|port|ports|city|town|region|province|governorate|resort)\b)",
    re.I,
)
# "pressure on Israel", "accused Saudi Arabia of": a country addressed or blamed, not a place
ADDRESSED_BEFORE = re.compile(
    r"\b(?:pressure|calls?|called|urged|urging|urges|sanctions|embargo|demands?|accused|accusing|"
    r"accuses|blamed|blaming|blames|condemned|condemning|criticised|criticized)\s+(?:on\s+|upon\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
_PART_OF_PLACE_AFTER = re.compile(
    r"'s?\s+(?:\w+\s+)?(?:region|capital|city|province|north|south|east|west|coast|"
    r"border|enclave|territory)\b",
    re.I,
)
# a city named only to say where another place lies: "Zawiya, west of Tripoli", "40 km from Goma"
RELATIVE_TO_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of"
    r"|(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of))\s+(?:the\s+)?$",
    re.I,
)
# where a source spoke, not where anything happened: "told reporters in Cairo", "security sources told
# AFP in Bamako", "speaking at a news conference in Geneva", "said in a statement from Nairobi"
SOURCE_BEFORE = re.compile(
    r"\b(?:told|telling|tells|briefed|briefing|speaking|spoke|speaks|addressing|addressed|interviewed)"
    r"\s+(?:[\w.'-]+\s+){0,4}?(?:in|from|at)\s+(?:the\s+)?$"
    r"|\b(?:news|press)\s+(?:conference|briefing)\s+(?:in|at)\s+(?:the\s+)?$"
    r"|\bstatement\s+(?:issued\s+)?(?:in|from)\s+$",
    re.I,
)


def source_city(sentence: str, start: int) -> bool:
    """Whether the place at `start` is where a source spoke ("told reporters in Cairo")."""
    return SOURCE_BEFORE.search(sentence, max(0, start - 60), start) is not None


# the place of a part, not of the whole figure: "killed 19 across Gaza, including seven in Deir al-Balah"
# (a part's words hold no comma but a number's: in "among them 900 children, have been killed in Ukraine"
# the place after the comma is the whole's)
PART_PLACE_BEFORE = re.compile(
    r"\b(?:including|among\s+them)\s+(?:[\w-]+(?:,\d\d\d)*\s+){1,5}(?:in|at)\s+(?:the\s+)?$", re.I
)
# where or when a part happened, up to the next part told the same way ("... in Khan Younis and six at a
# tent camp in Mawasi"): the words a part of them is told by
_WHERE_WORDS = r"(?:in|at|near|on|inside|during|when)\b"
_PART_REST = (
    rf"(?P<rest>{_WHERE_WORDS}[^,;]*?)"
    rf"(?=\s*(?:,\s*and|,|\band)\s+(?:{NUMBER_ANY})\s+(?:more\s+)?{_WHERE_WORDS}|\s*[,;]|\.(?:\s|$)|\s*$)"
)
# a part told by where or when it happened (its place is not the whole's): "..., eight of them in a single
# strike on a house in Gaza City", "six of them on Sunday alone", "among them eight in a strike on a
# house in Khan Younis" (the head, "of them" or "among them", shows it is a part)
PART_OF_THEM_WHERE = re.compile(rf",\s*(?P<q>{QUANTITY})\s+of\s+(?:them|whom|those)\s+{_PART_REST}", re.I)
PART_AMONG_WHERE = re.compile(
    rf",?\s*\b(?:including|among\s+them|among\s+whom)\s+(?:(?:at\s+least|some)\s+)?(?P<q>{QUANTITY})\s+"
    rf"{_PART_REST}",
    re.I,
)
# a further part told the same way after one: "... and six at a tent camp in Mawasi"
NEXT_PART_WHERE = re.compile(
    rf"\s*(?:,\s*and|,|and)\s+(?P<q>{QUANTITY})\s+(?:more\s+)?{_PART_REST}",
    re.I,
)
# a further part told by its place after one: "including six in Gaza City and 11 in Khan Younis"
_NEXT_PART_PLACE_BEFORE = re.compile(
    rf"(?:,\s*and|,|and)\s+{QUANTITY}\s+(?:more\s+)?(?:in|at)\s+(?:the\s+)?$", re.I
)


def in_a_part(sentence: str, pos: int) -> bool:
    """Whether the place at `pos` is a part's ("including seven in Deir al-Balah", "and 11 in Khan
    Younis" after one, "eight of them in a house in Gaza City"), not the place of the whole figure."""
    if PART_PLACE_BEFORE.search(sentence, max(0, pos - 60), pos):
        return True
    if _NEXT_PART_PLACE_BEFORE.search(sentence, max(0, pos - 30), pos) and re.search(
        r"\b(?:including|among\s+them)\b", sentence[max(0, pos - 150) : pos], re.I
    ):
        return True
    low = sentence[max(0, pos - 150) : pos]
    parts: list[re.Pattern[str]] = [PART_OF_THEM_WHERE] if " of " in low else []
    parts += [PART_AMONG_WHERE] if " among " in low or "including " in low else []
    for first in parts:
        for m in first.finditer(sentence, max(0, pos - 150), pos + 1):
            if m.start() <= pos < m.end():
                return True
            nxt = NEXT_PART_WHERE.match(sentence, m.end())
            while nxt is not None and nxt.end() > nxt.start():
                if nxt.start() <= pos < nxt.end():
                    return True
                nxt = NEXT_PART_WHERE.match(sentence, nxt.end())
    return False


_EAST_BEFORE = re.compile(r"\b(?:eastern|east|north-?eastern|north-?east)\s+$", re.I)
_TOLL_OR_WAR_AFTER = re.compile(r"\s+(?:death\s+toll|toll|war)\b", re.I)
# a town or region naming the incident it had: "Odesa port strike", "Daraa clashes", "Tubas
# raid" (a city's strike "on" or "against" somewhere else is its side's, not its place)
_INCIDENT_AFTER = re.compile(
    r"(?:'s)?\s+(?-i:[a-z-]+\s+){0,2}?(?:strikes?|attacks?|bombings?|blasts?|clashes|raids?|shelling|"
    r"massacre|explosions?|fighting|violence|ambush|airstrikes?|air\s+strikes?|drone\s+strikes?)\b"
    r"(?!\s+(?:on|against|by)\b)",
    re.I,
)


def place_case(name: str) -> str:
    """A place name as a sentence writes it, not a dateline's capitals: "JUBA" -> "Juba"."""
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in name.split())


_ASCII_CAPITAL = re.compile(r"[A-Z]")


def _has_capital_after_first(sentence: str) -> bool:
    """Whether a capital follows the first character (in ASCII text, one regex scan in C rather than a
    test per character)."""
    if sentence.isascii():
        return _ASCII_CAPITAL.search(sentence, 1) is not None
    return any(c.isupper() for c in sentence[1:])


def _near_its_border(sentence: str, m: Mention) -> bool:
    """ "near the Venezuelan border": a demonym's border that the place lies near, not the place."""
    near = _NEAR_BEFORE.search(sentence, max(0, m.start - 20), m.start)
    return bool(near and _NEAR_ITS_BORDER.match(sentence, m.end))


def _in_the_named_country(
    towns: list[tuple[int, str]], country: str, named: set[str]
) -> list[tuple[int, str]]:
    """Towns put in the one country the sentence names, but not a town whose own country the sentence
    names too ("U.S. strikes on ... Yemen's Ras Isa": the alias "U.S." is not Ras Isa's country)."""
    return [
        (at, town if home in named else f"{name}, {country}")
        for at, town in towns
        for name, _, home in [town.rpartition(", ")]
    ]


def _most_specific_name(sentence: str, m: Mention, after: str) -> str:
    """The most specific place a mention names: a town its possessive names ("Gao's Ansongo district"),
    or a city's own name, with its country for routing; else the country."""
    area = own_area(sentence, m.end, m.canonical, m.city) if "'s " in after or "’s " in after else None
    return area or (f"{place_case(m.surface)}, {m.canonical}" if m.city else m.canonical)


def locative_places(
    sentence: str, mentions: list[Mention] | None = None, countries: frozenset[str] | None = None
) -> list[tuple[int, str]]:
    """(position, canonical place) for places the sentence puts something in.

    `mentions`: `find_places(sentence)`, when the caller already has it; `countries`: those the item
    names, the only ones a small town of the villages table is read in (`towns.small_town_country`;
    None: no small town)."""
    out: list[tuple[int, str]] = []
    if mentions is None:
        mentions = find_places(sentence)
    for m in mentions:
        if m.canonical in NOT_A_PLACE:
            continue
        if m.capital:
            # "Moscow said" is the government; "in Moscow", "a Moscow concert hall" is the place
            if m.surface in CAPITALS and (
                search_slice_outlined(_LOCATIVE_BEFORE, sentence, max(0, m.start - 60), m.start)
                or _capital_as_place_after().match(sentence, m.end)
            ):
                out.append((m.start, f"{place_case(m.surface)}, {m.canonical}"))
            continue
        after = sentence[m.end : m.end + 40]
        if m.demonym:
            # "the Ukrainian city of Dnipro", "in the Syrian capital"
            if _place_noun_after().match(after) and not _near_its_border(sentence, m):
                out.append((m.start, m.canonical))
            continue
        if m.canonical == "Republic of the Congo" and _EAST_BEFORE.search(
            sentence, max(0, m.start - 16), m.start
        ):
            m = replace(m, canonical="DR Congo")  # "eastern Congo" is the DR Congo's war, not Brazzaville's
        m = _country_of_own_region(m, sentence, mentions)
        if attacker_named(sentence, m):
            continue
        if (
            search_slice_outlined(_LOCATIVE_BEFORE, sentence, max(0, m.start - 60), m.start)
            or (m.city and _CITY_NOUN_AFTER.match(after))
            or _PART_OF_PLACE_AFTER.match(after)
            or _TOLL_OR_WAR_AFTER.match(after)
        ):
            out.append((m.start, _most_specific_name(sentence, m, after)))
    if _has_capital_after_first(sentence):  # a town the gazetteer lacks: "in Bamenda"
        towns = town_mentions(sentence, [(m.start, m.end) for m in mentions], countries)
        # a town name shared across countries takes the country the sentence names: "in Kani township of
        # Sagaing region" is in Myanmar, not the larger Kani in Japan
        named = {
            m.canonical
            for m in mentions
            if m.surface != m.canonical and not (m.demonym or m.capital) and m.canonical not in NOT_A_PLACE
        }  # regions and cities only: "Russia's drones hit Izmail" keeps Izmail in Ukraine
        if towns and len(named) == 1:
            (country,) = named
            # not a town whose own country the sentence names too ("U.S. strikes on ... Yemen's Ras Isa")
            towns = _in_the_named_country(towns, country, {m.canonical for m in mentions})
        out.extend(towns)
        out.sort()
    return [(at, place) for at, place in out if not source_city(sentence, at)]


def first_incident_place(sentences: list[Sentence]) -> str | None:
    """The first town or region the text names before its incident ("Toll from Odesa port strike
    rises to 9", "Daraa clashes"): where a text that puts nothing anywhere happened (a lead's own
    town comes first: "Gaza City air strike" yields to "a strike ... in Jabalia")."""
    for sent in sentences:
        for m in find_places(sent.text):
            if m.surface != m.canonical and not m.demonym and _INCIDENT_AFTER.match(sent.text, m.end):
                return f"{place_case(m.surface)}, {m.canonical}" if m.city else m.canonical
    return None


# a town named with the region around it: "near Um Ruwaba in Sudan's North Kordofan state", "in
# Kyauktaw township of Rakhine state", "overran Al-Khuwei in West Kordofan": the town is the place
_TOWN_IN_REGION = re.compile(
    r"\b(?:in|at|near|on|outside|overran|overruns?|stormed|storms?|struck|hit|attacked|shelled|raided|"
    r"bombed)\s+(?:the\s+)?(?:(?:village|town|city|hamlet)\s+of\s+)?"
    # (its own noun after it: "on Ntessa village in Muidumbe district")
    rf"(?P<t>{PLACE_NAME})(?P<own>\s+(?:township|territory|district|county|locality|area|village|town))?"
    # "in Razmak, a town in North Waziristan": the apposition says the name is a town
    # (or near it, as an apposition tells: "in Abu Shouk, a village near El Fasher")
    r"(?:(?P<app>\s*,\s+an?\s+(?:[\w-]+\s+)?(?:town|village|city|hamlet|settlement)\s+)"
    r"(?:in|of|near|outside|close\s+to|(?:(?:some|about)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)|\s*,?\s+(?:in|of)"
    # "near Pokrovske, Donetsk region": the region right after a comma (its noun or the gazetteer's region)
    r"|(?P<comma>\s*,))"
    rf"\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]+)(?:'s|’s)\s+)?(?P<r>{PLACE_NAME})"
    r"(?P<noun>\s+(?:state|region|province|territory|governorate|district|county|zone|department|oblast|municipality"
    r"|local\s+government\s+area|LGA)\b)?",
    re.IGNORECASE,
)
# a name ending in a building's noun is a landmark within a town, not the town ("Al-Shifa Hospital")
_LANDMARK_END = frozenset(
    {"hospital", "school", "mosque", "church", "market", "university", "base", "airport"}
)


def is_region(name: str) -> bool:
    """A region the gazetteer knows (a province, state or district), neither a city nor a country."""
    known = canonical_name(name)
    return known is not None and known != name and not any(m.city for m in find_places(name))


_REGION_NOUNS = frozenset(
    {"state", "region", "province", "territory", "governorate", "district", "county", "zone", "oblast"}
)


def _region_noun_last(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _REGION_NOUNS


def _district_of_a_city(own_noun: str, region: str) -> bool:
    """ "the Sheikh Radwan district of Gaza City": a district of a city keeps the city (docs/rules.md)."""
    is_city = any(p.city or p.capital for p in find_places(region))
    return own_noun.split()[-1].lower() == "district" and is_city


def town_in_region(stretch: str) -> str | None:
    """The town of "<town> in <region> state" in `stretch`, the region told by its noun or known."""
    for m in finditer_outlined(_TOWN_IN_REGION, stretch):
        town = m.group("t")
        words = town.split()
        if (
            "'" in town
            or "’" in town
            or words[0].lower() in NOT_SPECIFIC
            or words[-1].lower() in _LANDMARK_END
        ):
            continue
        if town in DEMONYMS or (canonical_name(town) is not None and not is_region(m.group("r"))):
            continue  # "in Kharkiv in the Kharkiv region" reads the gazetteer's city elsewhere
        if canonical_name(town) == town or is_region(town):
            continue  # a country or a region is no town
        if m.group("comma") and (m.group("r").split()[0].lower() in NOT_SPECIFIC or "'" in m.group("r")):
            continue  # "in Bamenda, the Ukrainian region": no region's name after the comma
        # "in Borno State": the region's noun written with a capital, read as part of its name
        if m.group("noun") or m.group("app") or is_region(m.group("r")) or _region_noun_last(m.group("r")):
            return town
        if m.group("own") and not m.group("comma") and not _district_of_a_city(m.group("own"), m.group("r")):
            return town  # "in the Loi Sam area of Bajaur": its own noun says it is a place within
    return None


_POSSESSIVE = re.compile(r"(?:'s|’s)\s+")


def _country_of_own_region(m: Mention, sentence: str, mentions: list[Mention]) -> Mention:
    """A country name its region tells apart: "Congo's Ituri province" is the DR Congo, whose region
    Ituri is, not Brazzaville's Republic of the Congo that "Congo" alone names."""
    own = _POSSESSIVE.match(sentence, m.end)
    if own is None:
        return m
    region = next((n for n in mentions if n.start == own.end() and not n.city and not n.demonym), None)
    if region is None or region.canonical == m.canonical or region.surface == region.canonical:
        return m
    return replace(m, canonical=region.canonical)


# "storms North Darfur town of Kutum": the town the region's name introduces
_NOUN_OF_AFTER = re.compile(
    rf"\s+(?:town|city|village|district|township|camp)\s+of\s+(?P<p>{PLACE_NAME})", re.I
)


def specific_place(sentence: str) -> str | None:
    town = town_in_region(sentence)
    if town is not None:
        return town
    for m in finditer_outlined(_SPECIFIC, sentence):
        inner = _NOUN_OF_AFTER.match(sentence, m.end()) if m.group("q") else None
        name = inner.group("p") if inner else m.group("p") or m.group("q")
        if name and re.match(r"[\w-]+'s?\s", name):
            name = name.split(None, 1)[1]  # "Ethiopia's Amhara region": the region, not its country
        if not name or name.split()[0].lower() in NOT_SPECIFIC:
            continue
        if name in DEMONYMS or canonical_name(name) == name:
            continue  # "in the Ukrainian city of ...", "in the Gaza Strip": not a place within a country
        return name
    return None


HERE = re.compile(r"\b(?:here|in\s+this\s+(?:city|town))\b", re.I)


def dateline_place(dateline: str) -> str | None:
    """The place a dateline names: "MARAWI CITY—" -> "Marawi City"; "KHARKIV —" -> "Kharkiv, Ukraine"."""
    name = re.split(
        r"\s*(?:\(|—|–|--|-\s|:|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", dateline.strip()
    )[0]
    name = " ".join(w.capitalize() if w.isupper() else w for w in name.replace(",", " , ").split()).replace(
        " , ", ", "
    )
    if not name:
        return None
    places = find_places(name)
    if places and places[0].city:
        return f"{places[0].surface}, {places[0].canonical}"
    return places[0].canonical if places else name


_PEOPLE_DEMONYM = re.compile(r"^(?P<d>[A-Z][a-z]+?)(?:s|)$")


def victims_country(victims: str | None) -> str | None:
    """ "Palestinians" -> Palestine, "Sudanese" -> Sudan: victims named only by their nationality."""
    if not victims or " " in victims.strip():
        return None  # "Russian soldiers" may fall anywhere; only a bare nationality is read
    word = victims.strip()
    for cand in (word, word[:-1] if word.endswith("s") else None):
        if cand and cand in DEMONYMS:
            return DEMONYMS[cand]
    return None
