"""Where a casualty figure happened in the multilingual reader: the place named in its sentence, else
in the item, a city before a country, never a wire's dateline nor the state that attacked (pure; no
I/O)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lang.casualty_villages import villages
from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention, affixes, script_of_language
from bot.core.extract.lang.tokens import WordMatcher
from bot.core.extract.lexicon import lexicon, plain_lexicon
from bot.core.extract.places import (
    ALIASES,
    CAPITALS,
    CONFLICT_STATES,
    REGIONS,
    canonical_name,
    places_at_war,
    regions_of,
)

_PLACE_KINDS = frozenset({"city", "place", "country"})
_STATES = frozenset(CAPITALS.values())  # the states with a capital (not Gaza, not the West Bank)
_CASED = frozenset({"latin", "cyrillic"})

# "PARIS (AFP) -", "Madrid, 3 dic (EFE).-", "BERLIN (dpa) -", and without brackets "القدس - الأناضول:",
# "تهران- ایرنا-", "رام الله 6-12-2025 وفا-": where the wire filed from, not where it happened
_DATELINE = re.compile(
    r"\s*(?:,[^()\n]{0,30})?\([\w .-]{2,20}\)\s*[-–—.:]"
    r"|\s*[-–—]\s*[^\s\d:–—-]{2,15}(?:\s[^\s\d:–—-]{1,15})?\s*[-–—:]"
    r"|\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s*[^\s\d:–—-]{0,15}\s*[-–—:]"
)


# "BUNIA – Au moins 43 civils ...", "بيروت – أعلن ...": a place opening the lead, a dash after it
_BARE_DATELINE = re.compile(r"\s*[-–—]\s")


def _dateline(item: Item, m: Mention) -> bool:
    start = item.where[item.tokens[m.first].start]
    end = item.where[item.tokens[m.last].end - 1] + 1
    line_start = item.original.rfind("\n", 0, start) + 1
    return not item.original[line_start:start].strip() and _DATELINE.match(item.original, end) is not None


def _bare_dateline(item: Item, m: Mention) -> bool:
    """A place opening the lead with only a dash after it ("KIEV – Al menos 26 personas ..."): where
    the reporter filed from, unless the item names no other place. The headline's "Gaza – ..." is
    its subject, so the lead's first line only."""
    start = item.where[item.tokens[m.first].start]
    end = item.where[item.tokens[m.last].end - 1] + 1
    line_start = item.original.rfind("\n", 0, start) + 1
    opens_lead = line_start > 0 and not item.original[line_start:start].strip()
    return opens_lead and _BARE_DATELINE.match(item.original, end) is not None


def figure_place(item: Item, sentence: int) -> tuple[str | None, str]:
    named = (m for m in item.mentions if m.kind in _PLACE_KINDS and not _dateline(item, m))
    places = [m for m in named if _city_stands(item, m)]
    places += [m for m in item.towns if _town_stands(item, m)]
    # a village no table knows, after a word for a village ("le village de Mangurujipa")
    places += villages(
        item, frozenset(j for m in (*item.mentions, *places) for j in range(m.first, m.last + 1))
    )
    # "в Кировском районе Донецка", "по Приморскому району Одессы": a district of the city named
    # after it, no town of its own name
    places = [m for m in places if not _city_district(item, m)]
    filed_from = [m for m in places if _bare_dateline(item, m)]
    if filed_from and len(filed_from) < len(places):
        places = [m for m in places if m not in filed_from]
    places.sort(key=lambda m: m.first)
    places = [_town_named_like_country(item, m, places) for m in places]
    # "Израиль нанес удар по югу Ливана", "Москва нанесла удар по Киеву": the attacker is not the place
    attackers = _attackers(item, places)
    if attackers and len(attackers) < len(places):
        places = [m for m in places if m not in attackers]
    elif attackers and _home_authority(item):
        # "شمار جان‌باختگان حملات اسرائیل ... سخنگوی وزارت بهداشت": the attacker is the only place,
        # and the ministry that counts the dead, named without a country, is the home state's
        return _home(item.language), ""
    # "повідомила Донецька обласна прокуратура", "Filistin Sağlık Bakanlığı": the authority that
    # reports the figure is named for its region; another place named in the item is where it happened
    sources = _sources(item, places)
    if sources and len(sources) < len(places):
        places = [m for m in places if m not in sources]
    in_sentence = [m for m in places if item.sentence_of[m.first] == sentence]
    # the figure's sentence first, then the item; a city or place before a country in each
    for among in (in_sentence, places):
        for wanted in (("city", "place", "town"), ("country",)):
            # a small town is the most specific place named ("قباطية جنوب جنين", "Yüksekova" in Hakkari)
            tier = sorted((m for m in among if m.kind in wanted), key=lambda m: m.kind != "town")
            for m in _most_specific(tier):
                m = _town_in_region(item, sentence, _inner_place(item, m, places), places)
                return _place_name(m), item.words(m.first, m.last)
    # a capital read only for its government ("Ankara'da bombalı saldırı", "Anschlag in Rom") is the
    # place when the item names no other one: last, as a capital more often speaks for its state
    capitals = [m for m in item.mentions if m.kind == "capital" and not _dateline(item, m)]
    capitals = [m for m in capitals if m not in _attackers(item, capitals)]
    for m in sorted(capitals, key=lambda m: item.sentence_of[m.first] != sentence):
        return _place_name(m), item.words(m.first, m.last)
    return None, ""


_REGION_GAP = 6  # tokens from the town to the region's name: ", dans la province de l'Ituri"


def _inner_place(item: Item, chosen: Mention, places: list[Mention]) -> Mention:
    """ "Ataque em Macomia ... à aldeia de Chai, no distrito de Macomia", "attaque en Ituri ... à Djugu,
    dans la province de l'Ituri": the headline names the district, the lead the town in it; the
    town, named right before a word for a district (`[names] region_words`, optional) and the
    chosen place, is where it happened."""
    if chosen.kind == "country":
        return chosen
    words = item.lists.region_words
    starts = {h.first for h in words.hits(item.tokens)}
    if not starts:
        return chosen
    for inner in places:
        if inner.canonical == chosen.canonical or inner.kind not in ("city", "town", "place"):
            continue
        # a reviewed alias names its country after a comma ("Kupiansk, Ukraine")
        if _country_of(inner) not in (
            None,
            chosen.country,
            _country_of(chosen),
            chosen.canonical.rpartition(", ")[2],
        ):
            continue
        ahead = range(inner.last + 1, inner.last + 1 + _REGION_GAP)
        region = next((m for m in places if m.first in ahead and m.canonical == chosen.canonical), None)
        # the word for a district before the district's name ("no distrito de Macomia") or right
        # after it ("села Ківшарівка Куп'янського району")
        if region is not None and any(j in starts for j in range(inner.last + 1, region.last + 2)):
            return inner
    return chosen


def _region_state(m: Mention) -> str | None:
    """The state a region is in, when the mention names a region inside a state rather than a town: an
    oblast ("Kherson Oblast, Ukraine"), a region of places.toml [aliases] ("Ituri", "Darfur", "Sagaing",
    even where GeoNames also has a city of its name) or of [regions] ("Arauca, Colombia")."""
    if m.kind not in ("place", "city"):
        return None
    name, comma, state = m.canonical.rpartition(", ")
    if not comma:
        name, state = m.canonical, ALIASES.get(m.canonical) or m.country
    if not state or name == state:
        return None
    if name.endswith(" Oblast") or name in REGIONS or ALIASES.get(name) == state:
        return state
    return None


def _state_of(m: Mention) -> str | None:
    if ", " in m.canonical:
        return m.canonical.rpartition(", ")[2]
    return _country_of(m)


def _town_in_region(item: Item, sentence: int, chosen: Mention, places: list[Mention]) -> Mention:
    """ "Белгородская область: ... в селе Головчино", "ataque en Arauca ... una base en Saravena",
    "Ituri ... à Komanda": a region chosen for the figure gives way to the one town of its state the
    item names elsewhere, the most specific place named (a town with its country, as the labels write
    it). Two towns of that state leave the region: which one the figure is from is not said. A running
    total ("since January") is the whole region's, and a town the people were moved to ("desplazados
    hacia Cúcuta", `[context] destination`, optional) is no place of the figure."""
    state = _region_state(chosen)
    if state is None:
        return chosen
    if any(h.label == "cumulative" for h in item.lists.scope.hits(item.sentence_tokens(sentence))):
        return chosen
    moved_to = {h.last + 1 for h in item.lists.destination.hits(item.tokens)}
    regions = [m for m in places if _region_state(m) is not None]
    # a region that is a city too (Latakia, Sagaing) gives way to a smaller place only, not to a city
    kinds = ("town", "place") if chosen.kind == "city" else ("city", "town", "place")
    towns = {
        m.canonical: m
        for m in places
        if m.kind in kinds
        and m.canonical != chosen.canonical
        and _region_state(m) is None
        and _state_of(m) == state
        and not _listed_after_region(m, regions)
        and m.first not in moved_to
    }
    return next(iter(towns.values())) if len(towns) == 1 else chosen


def _listed_after_region(m: Mention, regions: list[Mention]) -> bool:
    """ "обстреливали Донетчину, Сумщину, Запорожье": a city right after a region, a comma or a word
    between, is one more region of a list (a town names its region after it: "Tibú, Norte de
    Santander")."""
    return any(r.last < m.first <= r.last + 2 for r in regions)


def _city_district(item: Item, m: Mention) -> bool:
    """A town right before a word for a district that a city's name follows ("Приморскому району
    Одессы"): the district of that city, named like a town elsewhere (`[names] region_words`)."""
    if m.kind not in ("town", "place", "city"):
        return False
    words = [h for h in item.lists.region_words.hits(item.tokens) if h.first == m.last + 1]
    cities = {c.first for c in item.mentions if c.kind in ("city", "capital")}
    return any(h.last + 1 in cities for h in words)


def _town_named_like_country(item: Item, m: Mention, places: list[Mention]) -> Mention:
    """ "Argelia, Cauca", "Armenia, Quindío", "Líbano, Tolima": a country's name right before a comma
    and a region of another country is a town of that country named like it."""
    if m.kind != "country":
        return m
    region = next((p for p in places if p.first == m.last + 1 and p.kind in ("place", "town")), None)
    if region is None:
        return m
    end, start = item.where[item.tokens[m.last].end - 1] + 1, item.where[item.tokens[region.first].start]
    gap = item.original[end:start]
    country = _country_of(region) or region.canonical.rsplit(", ", 1)[-1]
    if gap.strip() != "," or country in (None, m.canonical):
        return m
    return Mention(m.first, m.last, item.words(m.first, m.last), "town", country)


def _town_stands(item: Item, town: Mention) -> bool:
    """A small town (names/towns-<script>.tsv) is a figure's place only when the item also names its
    country or a place in it ("у Білозерці на Херсонщині", "Lubero ... RDC"), or, in a script with
    capitals, names no place of another country ("Hakkari'nin Yüksekova ilçesinde"); in a script
    without capitals, only right after a word for a town or a village ("بلدة قباطية"): thousands of
    village names are common words too."""
    others = item.mentions
    if any(_in_country(m, town.country) for m in others):
        return _cued(item, town) if script_of_language(item.language) not in _CASED else True
    if script_of_language(item.language) not in _CASED:
        return False
    return not any(_country_of(m) not in (None, town.country) for m in others if m.kind != "organisation")


def _city_stands(item: Item, city: Mention) -> bool:
    """In a script without capitals, a GeoNames city of a state outside the conflicts
    (`conflict_states`, the places `at_war`) is a figure's place only when the item names that state
    or another place in it, or a word for a town comes before it: "מסרו" (they reported) is Maseru,
    "خبر" (news) Khobar, "جبیل" of "بنت جبیل" Al Jubayl in GeoNames. A reviewed alias (kind
    "place") and the cities of the conflicts' states stand as before."""
    if city.kind != "city" or script_of_language(item.language) in _CASED:
        return True
    if city.country in _conflict_countries():
        return True
    if any(m.canonical != city.canonical and _in_country(m, city.country) for m in item.mentions):
        return True
    return _cued(item, city) or _after_locative(item, city)


_LOCATIVES: dict[tuple[str, bool], tuple[WordMatcher, tuple[str, ...]]] = {}


def _after_locative(item: Item, city: Mention) -> bool:
    """ "در اصفهان", "في مومباسا", "במומבסה": right after a word that puts a place (`[names]
    place_before`) or behind a proclitic that does (`[names] place_prefixes`), both optional."""
    key = (item.language, item.plain)
    got = _LOCATIVES.get(key)
    if got is None:
        lex = item.lists.lex
        names = lex.sections["names"]
        pairs = (
            [("locative", w) for w in lex.words("names", "place_before")] if "place_before" in names else []
        )
        proclitics = tuple(lex.words("names", "place_prefixes")) if "place_prefixes" in names else ()
        got = _LOCATIVES[key] = (WordMatcher(pairs, affixes(lex, "prefixes")), proclitics)
    words, prefixes = got
    token = item.tokens[city.first].text
    # the proclitic is off a name of three letters or more: "בחיפה", not the "ב" of "בנגזי" alone
    if any(token.startswith(p) and len(token) - len(p) >= 3 for p in prefixes):
        return True
    return city.first - 1 in {h.last for h in words.hits(item.tokens)}


_CONFLICT_COUNTRIES: list[frozenset[str]] = []


def _conflict_countries() -> frozenset[str]:
    if not _CONFLICT_COUNTRIES:
        at_war = {canonical_name(p) or p for p in places_at_war()}
        _CONFLICT_COUNTRIES.append(frozenset(CONFLICT_STATES | at_war))
    return _CONFLICT_COUNTRIES[0]


def _cued(item: Item, town: Mention) -> bool:
    return town.first - 1 in {h.last for h in item.lists.town_words.hits(item.tokens)}


def _country_of(m: Mention) -> str | None:
    """The country a mention is known to be in ("Hakkari", an alias the gazetteer lacks: unknown)."""
    if m.kind == "place":
        return canonical_name(m.canonical)
    return m.country or None


def _in_country(m: Mention, country: str) -> bool:
    """ "Ukraine", "Kherson", "Kherson Oblast, Ukraine", "congolais" are in (or are) Ukraine, DR Congo."""
    return country in (m.canonical, m.country) or m.canonical.endswith(f", {country}")


def _most_specific(tier: list[Mention]) -> list[Mention]:
    """'Filistin Sağlık Bakanlığı ... Gazze Şeridi': a place that holds another one named beside it
    (Palestine holds Gaza, `regions_of`) gives way to it."""
    if len(tier) < 2:
        return tier
    inside = {r for m in tier for r in regions_of(m.canonical) if r != m.canonical.lower()}
    # a province the gazetteer files under its country ("Güney Kivu eyaletindeki Uvira kenti": South
    # Kivu is in DR Congo) gives way to a city or town of that country named beside it
    towns = {m.country for m in tier if m.kind in ("city", "town")}
    return [m for m in tier if m.canonical.lower() not in inside and not _province_of(m, towns)] or tier


def _province_of(m: Mention, countries: set[str]) -> bool:
    return m.kind == "place" and m.canonical != m.country and canonical_name(m.canonical) in countries


def _attackers(item: Item, places: list[Mention]) -> list[Mention]:
    """The states (and capitals standing for them) right before a verb of attacking in their clause
    or right after an attack noun ("حملات هوایی اسرائیل به یمن", "תקיפת ישראל באיראן", "Exército de
    Israel", "armée d'Israël"), and any place right before a word of `attacker_after` ("İsrail
    saldırısı", "İsrail ordusu", the genitive of "Rusya'nın Ukrayna'ya saldırıları")."""
    verbs = {h.first for h in item.lists.attacking.hits(item.tokens)} if places else set()
    nouns = {h.last for h in item.lists.attack_nouns.hits(item.tokens)} if places else set()
    owners = {h.first - 1 for h in item.lists.attacker_after.hits(item.tokens)} if len(places) > 1 else set()

    def strikes(m: Mention) -> bool:
        # a reviewed place alias of a whole country ("آمریکا") is a state as a generated one is
        state = m.kind == "country" or CAPITALS.get(m.canonical) == m.country or m.canonical in _STATES
        near = (j for j in (m.last + 1, m.last + 2) if j in verbs)
        return state and (
            any(item.clause_of[j] == item.clause_of[m.last] for j in near) or m.first - 1 in nouns
        )

    return [m for m in places if strikes(m) or m.last in owners]


def _home(language: str) -> str | None:
    """The state a language's own press reports from (`[language] home`, optional: Persian's Iran)."""
    return lexicon(language).sections["language"].get("home", "").strip() or None


@lru_cache(maxsize=32)
def _home_authorities(language: str, plain: bool) -> WordMatcher:
    lex = plain_lexicon(language) if plain else lexicon(language)
    listed = "home_authority" in lex.sections.get("context", {})
    words = [("home_authority", w) for w in lex.words("context", "home_authority")] if listed else []
    return WordMatcher(words, affixes(lex, "prefixes"))


def _home_authority(item: Item) -> bool:
    """A national authority named without its country (`[context] home_authority`: "وزارت بهداشت",
    the health ministry), in a language with a home state: the toll is that state's."""
    if _home(item.language) is None:
        return False
    return bool(_home_authorities(item.language, item.plain).hits(item.tokens))


def _sources(item: Item, places: list[Mention]) -> list[Mention]:
    """The places right before a word of `source_after`: the name of the authority reporting."""
    if len(places) < 2:
        return []
    starts = {h.first for h in item.lists.source_after.hits(item.tokens)}
    return [m for m in places if m.last + 1 in starts]


def _place_name(m: Mention) -> str:
    """A city with its country, as the English extractor writes it ("Kherson, Ukraine"), so a toll
    in Ukrainian and one in English are one series."""
    if m.kind in ("city", "place", "capital", "town") and m.country and m.country not in m.canonical:
        return f"{m.canonical}, {m.country}"
    return m.canonical
