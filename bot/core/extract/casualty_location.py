"""Where a casualty figure happened: the place a figure's clause, sentence or text gives (what the
whole text says about place and conflict is casualty_text_context.TextContext)."""

from __future__ import annotations

import re

from bot.core.extract.casualty_lead_town import lead_town, lead_village
from bot.core.extract.casualty_text_context import TextContext, town_at_home
from bot.core.extract.clause_places import (
    first_town_of_main_clause,
    fronted_place,
    main_clause_place,
    not_an_earlier_figures,
    own_town_first,
    through_apposition,
    town_in_region_of_main_clause,
)
from bot.core.extract.figure_places import (
    PLACE_NAME,
    SEA,
    specific_place,
    town_in_region,
    victims_country,
)
from bot.core.extract.places import canonical_name

_COMMA_SEMI = re.compile(r"[,;]")
_WAR = re.compile(r"\bwar\b", re.I)
_PARTICIPLE_START = re.compile(r"\s*(?:killing|wounding|injuring|leaving)\b", re.I)
# a place named as a town, not a region: "the village of Kafr Nabl", "the town of Kostiantynivka"
_TOWN_OF = re.compile(
    r"\b(?:city|town|village|camp|township|suburb|settlement|neighbou?rhood)\s+of\s+"
    rf"(?P<p>{PLACE_NAME})",
    re.I,
)


# a count over many countries has no one place: "281 aid workers were killed around the world"
_WORLDWIDE = re.compile(r"\b(?:around|across)\s+the\s+(?:world|globe)\b|\bworldwide\b|\bglobally\b", re.I)


def figure_location(
    sentence: str,
    start: int,
    ctx: TextContext,
    victims: str | None = None,
    sent_start: int | None = None,
    cumulative: bool = False,
) -> tuple[str | None, str]:
    """Where the casualties happened, in this order:
    - a place the figure's clause puts them in; a town the sentence names with its region after it;
    - a sea the sentence names, when the sentence puts nothing in a country;
    - a place the previous sentence puts something in (a town it names with its region first);
    - the text's main place; the victims' nationality ("Palestinians"); a country the text names.
    An attacker's demonym ("a Russian missile strike") and a country addressed or blamed ("pressure on
    Israel") never set it.

    Returns (place, how it was found), the second for the fact's `why`."""
    # the comma-delimited stretch holding the figure
    lo = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    hi_m = _COMMA_SEMI.search(sentence, start)
    hi = hi_m.start() if hi_m else len(sentence)
    places = not_an_earlier_figures(sentence[lo:hi], start - lo, ctx.locative(sentence[lo:hi]))
    places = places or fronted_place(sentence, lo, ctx)
    main = ""  # a participle's main clause: "fired into Yemen's Saada province, killing nine"
    if not places and lo > 0 and sentence[lo - 1] == "," and _PARTICIPLE_START.match(sentence, lo, start):
        main = sentence[sentence.rfind(";", 0, lo) + 1 : lo]
        town = (
            town_in_region_of_main_clause(main, ctx)
            or _town_with_its_region(main, ctx)
            or _town_of_main_clause(main, ctx)
            or first_town_of_main_clause(main, ctx)
        )
        if town is not None:
            return town
    country: str | None
    how: str
    worldwide = _WORLDWIDE.search(sentence, lo, hi)
    if worldwide:
        return None, f"'{worldwide.group(0)}': no one place"
    if not (places or main) and (later := _town_later_in_sentence(sentence, start, ctx)) is not None:
        return later
    if places:
        country, how = places[0][1], "put there by the figure's clause"
    else:
        in_sentence = ctx.locative(sentence)
        sea = SEA.search(sentence)
        if sea and not in_sentence:
            return " ".join(sea.group(0).split()), "a sea the sentence names"
        country, how = _place_beyond_sentence(sentence, ctx, victims, sent_start, cumulative)
        country, how = main_clause_place(main, country, how, ctx)
    if country == "Palestine" and ctx.gaza_only:
        country = "Gaza"
    stretch = sentence[lo : through_apposition(sentence, hi)]  # "in Tawila, a town near ...": Tawila
    if not places and country is not None and "," in country:  # not the town of the sentence before
        country, how = own_town_first(stretch, country, how)
    place, how = _most_specific(stretch, country, how, ctx, cumulative)
    if cumulative or place is None:
        return place, how
    return _lead_place(ctx, place, how)


_ONLY_NEAR = re.compile(
    r"\b(?:near|outside|close\s+to|(?:north|south|east|west)(?:ern)?\s+of)\s+(?:the\s+)?"
    r"(?:(?:town|village|city)\s+of\s+)?$",
    re.I,
)


def _town_later_in_sentence(sentence: str, start: int, ctx: TextContext) -> tuple[str, str] | None:
    """The town the figure's sentence names with its region after the figure's clause ("killed 14 and
    rustled cattle in Yargoje, Kankara local government area of Plateau State"; "were killed when
    fighters overran a post in Marte, Borno State"), with the country the text gives."""
    found = _town_with_its_region(sentence[start : sentence.find(";", start) % (len(sentence) + 1)], ctx)
    return None if found is None else (found[0], f"{found[1]} later in the figure's sentence")


def _town_with_its_region(stretch: str, ctx: TextContext) -> tuple[str, str] | None:
    """The town `stretch` names with its region or its own area noun ("in Yargoje, Kankara local government
    area", "in the Jamrud area of Khyber district"), with the country the stretch or else the text gives."""
    town = town_in_region(stretch)
    if town is None or _ONLY_NEAR.search(stretch, 0, stretch.find(town)):
        return None  # "the camp outside El Obeid in North Kordofan": a landmark's town, not the place
    named = ctx.locative(stretch)
    country = named[-1][1] if named else ctx.main_place
    country = country.rsplit(", ", 1)[-1] if country else None
    if country is None or country == town:
        return None
    return f"{town}, {country}", f"'{town}' named with its region"


def _lead_place(ctx: TextContext, place: str, how: str) -> tuple[str | None, str]:
    """The one village or town the lead names within a figure's place, else that place."""
    where = place.rsplit(", ", 1)[-1]
    lead, sents = [sent.text for sent in ctx._sents[:2]], ctx._sents  # this module's own class
    village = lead_village(lead, where)
    if village is not None:
        return f"{village}, {where}", f"'{village}', the one village the lead names; {how}"
    lone = ctx.per_sentence(f"lead_town {place}", sents[0], lambda _: lead_town(lead, ctx.locative, place))
    if lone is not None:
        return lone, f"'{lone}', the one town the lead names within '{place}'; {how}"
    return place, how


def _town_of_main_clause(main: str, ctx: TextContext) -> tuple[str, str] | None:
    """The town a participle's main clause names as one ("A warplane struck the village of Kafr Nabl in
    Idlib province, killing four"; "shelled the town of Kostiantynivka in the Donetsk region, killing
    six"), with its country: the participle's figure is there, not in the region around it."""
    m = _TOWN_OF.search(main)
    if m is None or "'s" in m.group("p") or "’s" in m.group("p"):
        return None  # "Tabayin township of Myanmar's Sagaing region": the region of the town before it
    town = m.group("p")
    country = canonical_name(town)
    if country is None or country.lower() == town.lower():
        named = ctx.locative(main)
        country = named[0][1].rsplit(", ", 1)[-1] if named else None
    if country is None or country.lower() == town.lower():
        return None
    home, in_item = ctx._places[3]  # this module's own class
    place = (
        town_at_home(f"{town}, {country}", next(iter(home)), in_item)
        if len(home) == 1
        else f"{town}, {country}"
    )
    return place, f"'{town}' named as a town by the main clause of the participle"


def _town_of_previous_sentence(ctx: TextContext, sent_start: int) -> str | None:
    """The town the sentence before names with its region, ahead of the first place it puts something in
    and in that place's country ("... were killed in the Loi Sam area of Bajaur. Nineteen
    militants were also killed"): the more specific place of the same event."""
    idx = next((i for i, s in enumerate(ctx._sents) if s.start == sent_start), 0)  # this module's own class
    if idx == 0:
        return None
    before = ctx._sents[idx - 1].text
    found = _town_with_its_region(before, ctx)
    if found is None:
        return None
    town, country = found[0].rsplit(", ", 1)
    first = ctx.locative(before)
    if first and (first[0][1].rsplit(", ", 1)[-1] != country or not -1 < before.find(town) < first[0][0]):
        return None  # "killed in Kharkiv, while a drone hit Pokrovske, Donetsk region": Kharkiv
    return found[0]


def _place_beyond_sentence(
    sentence: str, ctx: TextContext, victims: str | None, sent_start: int | None, cumulative: bool
) -> tuple[str | None, str]:
    """The place when the figure's clause names none: the previous sentence's, the victims'
    nationality, or the text's main place."""
    country = None  # a place elsewhere in the sentence is often another clause's ("attack on Israel")
    how = "the previous sentence's place"
    if sent_start is not None:
        country = ctx.previous_place(sent_start)
        town = _town_of_previous_sentence(ctx, sent_start)
        if town is not None:
            return town, "the previous sentence's town, named with its region"
    if country is None:
        by_victims = victims_country(victims)
        if by_victims is not None and (ctx.main_place is None or ctx.main_place_is_weak):
            country, how = by_victims, "the victims' nationality"
            if country == "Palestine" and (ctx.gaza_only or (cumulative and _WAR.search(sentence))):
                country = "Gaza"  # "the war, which has killed 61,500 Palestinians": Gaza's toll
        else:
            country, how = ctx.main_place, "the place the whole text puts things in"
    return country, how


_ACROSS = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _most_specific(
    stretch: str, country: str | None, how: str, ctx: TextContext, cumulative: bool
) -> tuple[str | None, str]:
    """The country narrowed to a city or region: one named in the figure's own stretch, or the one
    city of that country the lead names."""
    specific = specific_place(stretch)  # in the figure's own stretch, not another clause's
    across = _ACROSS.search(stretch)  # "killed 21 across the Gaza Strip": a whole, not one city's
    if country and "," not in country and not cumulative and not specific and not across:
        named = ctx.lead_cities.get(country, set())
        if len(named) == 1:
            # the most specific place: the one city of that country the item names
            city = next(iter(named))
            return (
                f"{city}, {country}",
                f"'{city}', the one city of {country} the item's lead names; country: {how}",
            )
    if specific and "," not in (country or ""):
        known = canonical_name(specific)  # a gazetteer city or region gives its country
        if known is not None and known.lower() == specific.lower():
            known = None  # "in the Gaza Strip": a territory, not a place within one
        where = country or known
        if where and specific.lower() != where.lower() and known in (None, where):
            return f"{specific}, {where}", f"'{specific}' named as a town/city/region; country: {how}"
        if where is None and known is None:
            return specific, f"'{specific}' named as a town/city/region (country unknown)"
    return country, how
