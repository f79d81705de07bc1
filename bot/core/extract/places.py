"""Canonical names for countries, territories and organisations, and the region tags rules filter on.

Countries come from pycountry (ISO 3166-1), renamed to the short English name newsrooms use
("Russia", not "Russian Federation"). What pycountry lacks — organisations, territories, demonyms,
abbreviations and capitals used as metonyms — lives in the small tables below: edit them, not the code.

`find_places(text)` returns every mention with its canonical name; the extractors use it to pick
actors, targets and locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

# pycountry's name -> the name used in alerts (only where they differ).
_SHORT_NAMES: dict[str, str] = {
    "Bolivia, Plurinational State of": "Bolivia",
    "Brunei Darussalam": "Brunei",
    "Congo, The Democratic Republic of the": "DR Congo",
    "Congo": "Republic of the Congo",
    "Côte d'Ivoire": "Ivory Coast",
    "Holy See (Vatican City State)": "Vatican",
    "Iran, Islamic Republic of": "Iran",
    "Korea, Democratic People's Republic of": "North Korea",
    "Korea, Republic of": "South Korea",
    "Lao People's Democratic Republic": "Laos",
    "Micronesia, Federated States of": "Micronesia",
    "Moldova, Republic of": "Moldova",
    "Palestine, State of": "Palestine",
    "Russian Federation": "Russia",
    "Syrian Arab Republic": "Syria",
    "Taiwan, Province of China": "Taiwan",
    "Tanzania, United Republic of": "Tanzania",
    "Türkiye": "Turkey",
    "Venezuela, Bolivarian Republic of": "Venezuela",
    "Viet Nam": "Vietnam",
    "Netherlands, Kingdom of the": "Netherlands",
    "Virgin Islands, British": "British Virgin Islands",
    "Virgin Islands, U.S.": "US Virgin Islands",
}

# Extra spellings, abbreviations, territories and organisations -> canonical name.
ALIASES: dict[str, str] = {
    # organisations
    "EU": "European Union",
    "European Union": "European Union",
    "European Parliament": "European Parliament",
    "EU Parliament": "European Parliament",
    "EU lawmakers": "European Parliament",
    "European lawmakers": "European Parliament",
    "European Union lawmakers": "European Parliament",
    "MEPs": "European Parliament",
    "the bloc": "European Union",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "United Nations": "United Nations",
    "UN Security Council": "UN Security Council",
    "U.N. Security Council": "UN Security Council",
    "UNSC": "UN Security Council",
    "United Nations Security Council": "UN Security Council",
    "Security Council": "UN Security Council",
    "UN General Assembly": "UN General Assembly",
    "U.N. General Assembly": "UN General Assembly",
    "United Nations General Assembly": "UN General Assembly",
    "UNGA": "UN General Assembly",
    "General Assembly": "UN General Assembly",
    "UN Human Rights Council": "UN Human Rights Council",
    "Human Rights Council": "UN Human Rights Council",
    "NATO": "NATO",
    "Nato": "NATO",
    "African Union": "African Union",
    "Arab League": "Arab League",
    "ECOWAS": "ECOWAS",
    "ICC": "International Criminal Court",
    "International Criminal Court": "International Criminal Court",
    "ICJ": "International Court of Justice",
    "International Court of Justice": "International Court of Justice",
    # countries pycountry spells differently or not at all
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "England": "United Kingdom",
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "United States of America": "United States",
    "America": "United States",
    "Russia": "Russia",
    "Iran": "Iran",
    "Syria": "Syria",
    "Burma": "Myanmar",
    "DRC": "DR Congo",
    "DR Congo": "DR Congo",
    "Democratic Republic of Congo": "DR Congo",
    "Democratic Republic of the Congo": "DR Congo",
    "Congo-Kinshasa": "DR Congo",
    "CAR": "Central African Republic",
    "Ivory Coast": "Ivory Coast",
    "Czech Republic": "Czechia",
    "Turkey": "Turkey",
    "Vietnam": "Vietnam",
    "Laos": "Laos",
    "North Korea": "North Korea",
    "South Korea": "South Korea",
    "Taiwan": "Taiwan",
    "Moldova": "Moldova",
    "Venezuela": "Venezuela",
    "Bolivia": "Bolivia",
    "Tanzania": "Tanzania",
    "Vatican": "Vatican",
    "Trinidad & Tobago": "Trinidad and Tobago",
    "The Netherlands": "Netherlands",
    "Holland": "Netherlands",
    "Kosovo": "Kosovo",
    "Somaliland": "Somaliland",
    "Western Sahara": "Western Sahara",
    "Sahrawi Republic": "Sahrawi Arab Democratic Republic",
    "SADR": "Sahrawi Arab Democratic Republic",
    "Sahrawi Arab Democratic Republic": "Sahrawi Arab Democratic Republic",
    "Abkhazia": "Abkhazia",
    "South Ossetia": "South Ossetia",
    "Northern Cyprus": "Northern Cyprus",
    "Transnistria": "Transnistria",
    # Palestine and its parts
    "Palestine": "Palestine",
    "State of Palestine": "Palestine",
    "Palestinian state": "Palestine",
    "Palestinian statehood": "Palestine",
    "Palestinian territories": "Palestine",
    "Palestinian territory": "Palestine",
    "occupied Palestinian territories": "Palestine",
    "Palestinian Authority": "Palestine",
    "Gaza": "Gaza",
    "Gaza Strip": "Gaza",
    "the Strip": "Gaza",
    "West Bank": "West Bank",
    "East Jerusalem": "West Bank",
    # regions rules often ask for that pycountry (countries only) lacks; cities are in CITIES below
    "Donbas": "Ukraine",
    "Donbass": "Ukraine",
    "Crimea": "Ukraine",
    "Darfur": "Sudan",
    "North Darfur": "Sudan",
    "West Darfur": "Sudan",
    "South Darfur": "Sudan",
    "Kordofan": "Sudan",
    "North Kordofan": "Sudan",
    "South Kordofan": "Sudan",
    "Tigray": "Ethiopia",
    "Amhara": "Ethiopia",
    "Oromia": "Ethiopia",
    "Idlib": "Syria",
    "Sweida": "Syria",
    "Latakia": "Syria",
    "Tartus": "Syria",
    "Upper Nile": "South Sudan",
    "Jonglei": "South Sudan",
    "North Kivu": "DR Congo",
    "South Kivu": "DR Congo",
    "Ituri": "DR Congo",
    "Borno": "Nigeria",
    "Benue": "Nigeria",
    "Plateau state": "Nigeria",
    "Zamfara": "Nigeria",
    "Tillaberi": "Niger",
    "Tillabéri": "Niger",
    "Rakhine": "Myanmar",
    "Sagaing": "Myanmar",
    "Kachin": "Myanmar",
    "Chin state": "Myanmar",
    "Karen state": "Myanmar",
    "Shan state": "Myanmar",
    "Balochistan": "Pakistan",
    "Khyber Pakhtunkhwa": "Pakistan",
    "Cabo Delgado": "Mozambique",
    "Artibonite": "Haiti",
    "Middle Shabelle": "Somalia",
    "Lower Shabelle": "Somalia",
    "Puntland": "Somalia",
    "Kashmir": "Kashmir",
    "Indian-administered Kashmir": "India",
    "Pakistan-administered Kashmir": "Pakistan",
    "Jammu and Kashmir": "India",
}

# Conflict-relevant cities and towns -> the country (or territory) a location or a rule's region
# filter should see. A city is never an actor or a target ("Kharkiv" does not impose embargoes).
# Add a row when the news brings a new place; keep the table to places news datelines name.
CITIES: dict[str, str] = {
    # Gaza and the West Bank
    "Gaza City": "Gaza",
    "Rafah": "Gaza",
    "Khan Younis": "Gaza",
    "Khan Yunis": "Gaza",
    "Jabalia": "Gaza",
    "Jabaliya": "Gaza",
    "Deir el-Balah": "Gaza",
    "Deir al-Balah": "Gaza",
    "Nuseirat": "Gaza",
    "Beit Lahia": "Gaza",
    "Beit Hanoun": "Gaza",
    "Bureij": "Gaza",
    "Maghazi": "Gaza",
    "Mawasi": "Gaza",
    "al-Mawasi": "Gaza",
    "Shejaiya": "Gaza",
    "Zeitoun": "Gaza",
    "Jenin": "West Bank",
    "Nablus": "West Bank",
    "Tulkarm": "West Bank",
    "Tubas": "West Bank",
    "Hebron": "West Bank",
    "Ramallah": "West Bank",
    "Bethlehem": "West Bank",
    "Jericho": "West Bank",
    "Qalqilya": "West Bank",
    # Israel
    "Tel Aviv": "Israel",
    "Haifa": "Israel",
    "Beersheba": "Israel",
    "Kiryat Shmona": "Israel",
    "Sderot": "Israel",
    "Ashkelon": "Israel",
    "Eilat": "Israel",
    # Lebanon, Syria, Iraq, Yemen
    "Beirut": "Lebanon",
    "Tyre": "Lebanon",
    "Sidon": "Lebanon",
    "Nabatieh": "Lebanon",
    "Baalbek": "Lebanon",
    "Aleppo": "Syria",
    "Homs": "Syria",
    "Hama": "Syria",
    "Deir ez-Zor": "Syria",
    "Raqqa": "Syria",
    "Manbij": "Syria",
    "Daraa": "Syria",
    "Mosul": "Iraq",
    "Kirkuk": "Iraq",
    "Erbil": "Iraq",
    "Sanaa": "Yemen",
    "Sana'a": "Yemen",
    "Aden": "Yemen",
    "Taiz": "Yemen",
    "Hodeidah": "Yemen",
    "Marib": "Yemen",
    # Sudan, South Sudan
    "Khartoum": "Sudan",
    "Omdurman": "Sudan",
    "Bahri": "Sudan",
    "El Fasher": "Sudan",
    "El-Fasher": "Sudan",
    "al-Fashir": "Sudan",
    "El Geneina": "Sudan",
    "Geneina": "Sudan",
    "Nyala": "Sudan",
    "El Obeid": "Sudan",
    "Wad Madani": "Sudan",
    "Port Sudan": "Sudan",
    "Zamzam": "Sudan",
    "Tawila": "Sudan",
    "Juba": "South Sudan",
    "Malakal": "South Sudan",
    "Nasir": "South Sudan",
    "Bor": "South Sudan",
    # DR Congo, Sahel, Nigeria, Horn of Africa, Mozambique
    "Goma": "DR Congo",
    "Bukavu": "DR Congo",
    "Beni": "DR Congo",
    "Bunia": "DR Congo",
    "Butembo": "DR Congo",
    "Minova": "DR Congo",
    "Kinshasa": "DR Congo",
    "Bamako": "Mali",
    "Timbuktu": "Mali",
    "Gao": "Mali",
    "Mopti": "Mali",
    "Kidal": "Mali",
    "Ouagadougou": "Burkina Faso",
    "Djibo": "Burkina Faso",
    "Niamey": "Niger",
    "Maiduguri": "Nigeria",
    "Abuja": "Nigeria",
    "Mogadishu": "Somalia",
    "Kismayo": "Somalia",
    "Baidoa": "Somalia",
    "Mekelle": "Ethiopia",
    "Addis Ababa": "Ethiopia",
    "Bahir Dar": "Ethiopia",
    "Gondar": "Ethiopia",
    "Palma": "Mozambique",
    "Tripoli": "Libya",
    "Benghazi": "Libya",
    # Ukraine, Russia
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Kharkiv": "Ukraine",
    "Odesa": "Ukraine",
    "Odessa": "Ukraine",
    "Dnipro": "Ukraine",
    "Zaporizhzhia": "Ukraine",
    "Kherson": "Ukraine",
    "Mykolaiv": "Ukraine",
    "Sumy": "Ukraine",
    "Chernihiv": "Ukraine",
    "Lviv": "Ukraine",
    "Poltava": "Ukraine",
    "Kryvyi Rih": "Ukraine",
    "Pokrovsk": "Ukraine",
    "Kramatorsk": "Ukraine",
    "Sloviansk": "Ukraine",
    "Kostiantynivka": "Ukraine",
    "Bakhmut": "Ukraine",
    "Avdiivka": "Ukraine",
    "Chasiv Yar": "Ukraine",
    "Mariupol": "Ukraine",
    "Donetsk": "Ukraine",
    "Luhansk": "Ukraine",
    "Belgorod": "Russia",
    "Kursk": "Russia",
    "Bryansk": "Russia",
    # Asia, Americas
    "Yangon": "Myanmar",
    "Mandalay": "Myanmar",
    "Naypyitaw": "Myanmar",
    "Srinagar": "India",
    "Pahalgam": "India",
    "Quetta": "Pakistan",
    "Peshawar": "Pakistan",
    "Kabul": "Afghanistan",
    "Port-au-Prince": "Haiti",
    "Cite Soleil": "Haiti",
    "Cité Soleil": "Haiti",
}

# Institutions that stand for their government in actor and target slots ("the Pentagon halted ...").
INSTITUTIONS: dict[str, str] = {
    "Pentagon": "United States",
    "White House": "United States",
    "State Department": "United States",
    "Biden administration": "United States",
    "Trump administration": "United States",
    "Kremlin": "Russia",
    "Downing Street": "United Kingdom",
    "Foreign Office": "United Kingdom",
    "Elysee": "France",
    "Élysée": "France",
    "Bundestag": "Germany",
    "Knesset": "Israel",
}

# Leaders by surname -> country, for sentences that name only the leader ("Macron said France ...").
# Keep it short and current: a stale row only matters when a sentence names no country at all.
# A territory where a state's arms are used, standing for that state as an embargo's target
# ("exports that could be used in Gaza" restrict Israel's arms supply).
THEATRE_STATE: dict[str, str] = {"Gaza": "Israel", "West Bank": "Israel"}

LEADERS: dict[str, str] = {
    "Albanese": "Australia",
    "Carney": "Canada",
    "Erdogan": "Turkey",
    "Macron": "France",
    "Meloni": "Italy",
    "Merz": "Germany",
    "Modi": "India",
    "Netanyahu": "Israel",
    "Putin": "Russia",
    "Sanchez": "Spain",
    "Sánchez": "Spain",
    "Starmer": "United Kingdom",
    "Trump": "United States",
    "Zelensky": "Ukraine",
    "Zelenskyy": "Ukraine",
    "Luxon": "New Zealand",
    "Petro": "Colombia",
    "Lula": "Brazil",
    "Ramaphosa": "South Africa",
}

# Demonyms and adjectives -> canonical name ("British" -> United Kingdom).
DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan",
    "Albanian": "Albania",
    "Algerian": "Algeria",
    "American": "United States",
    "Andorran": "Andorra",
    "Angolan": "Angola",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Armenian": "Armenia",
    "Australian": "Australia",
    "Austrian": "Austria",
    "Azerbaijani": "Azerbaijan",
    "Bahraini": "Bahrain",
    "Bangladeshi": "Bangladesh",
    "Barbadian": "Barbados",
    "Belarusian": "Belarus",
    "Belgian": "Belgium",
    "Bolivian": "Bolivia",
    "Bosnian": "Bosnia and Herzegovina",
    "Brazilian": "Brazil",
    "British": "United Kingdom",
    "Bulgarian": "Bulgaria",
    "Burkinabe": "Burkina Faso",
    "Burmese": "Myanmar",
    "Burundian": "Burundi",
    "Cambodian": "Cambodia",
    "Cameroonian": "Cameroon",
    "Canadian": "Canada",
    "Chadian": "Chad",
    "Chilean": "Chile",
    "Chinese": "China",
    "Colombian": "Colombia",
    "Congolese": "DR Congo",
    "Croatian": "Croatia",
    "Cuban": "Cuba",
    "Cypriot": "Cyprus",
    "Czech": "Czechia",
    "Danish": "Denmark",
    "Dutch": "Netherlands",
    "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates",
    "Eritrean": "Eritrea",
    "Estonian": "Estonia",
    "Ethiopian": "Ethiopia",
    "Finnish": "Finland",
    "French": "France",
    "Georgian": "Georgia",
    "German": "Germany",
    "Ghanaian": "Ghana",
    "Greek": "Greece",
    "Haitian": "Haiti",
    "Hungarian": "Hungary",
    "Icelandic": "Iceland",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Jamaican": "Jamaica",
    "Japanese": "Japan",
    "Jordanian": "Jordan",
    "Kazakh": "Kazakhstan",
    "Kenyan": "Kenya",
    "Kosovar": "Kosovo",
    "Kosovan": "Kosovo",
    "Kuwaiti": "Kuwait",
    "Latvian": "Latvia",
    "Lebanese": "Lebanon",
    "Libyan": "Libya",
    "Lithuanian": "Lithuania",
    "Luxembourgish": "Luxembourg",
    "Malaysian": "Malaysia",
    "Malian": "Mali",
    "Maltese": "Malta",
    "Mexican": "Mexico",
    "Moldovan": "Moldova",
    "Monegasque": "Monaco",
    "Mongolian": "Mongolia",
    "Moroccan": "Morocco",
    "Mozambican": "Mozambique",
    "Namibian": "Namibia",
    "Nepalese": "Nepal",
    "Nepali": "Nepal",
    "New Zealand": "New Zealand",
    "Nicaraguan": "Nicaragua",
    "Nigerian": "Nigeria",
    "Nigerien": "Niger",
    "North Korean": "North Korea",
    "Norwegian": "Norway",
    "Omani": "Oman",
    "Pakistani": "Pakistan",
    "Palestinian": "Palestine",
    "Peruvian": "Peru",
    "Filipino": "Philippines",
    "Philippine": "Philippines",
    "Polish": "Poland",
    "Portuguese": "Portugal",
    "Qatari": "Qatar",
    "Romanian": "Romania",
    "Russian": "Russia",
    "Rwandan": "Rwanda",
    "Saudi": "Saudi Arabia",
    "Senegalese": "Senegal",
    "Serbian": "Serbia",
    "Slovak": "Slovakia",
    "Slovenian": "Slovenia",
    "Slovene": "Slovenia",
    "Somali": "Somalia",
    "South African": "South Africa",
    "South Korean": "South Korea",
    "South Sudanese": "South Sudan",
    "Spanish": "Spain",
    "Sri Lankan": "Sri Lanka",
    "Sudanese": "Sudan",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Syrian": "Syria",
    "Taiwanese": "Taiwan",
    "Tajik": "Tajikistan",
    "Tanzanian": "Tanzania",
    "Thai": "Thailand",
    "Tunisian": "Tunisia",
    "Turkish": "Turkey",
    "Ugandan": "Uganda",
    "Ukrainian": "Ukraine",
    "Uzbek": "Uzbekistan",
    "Venezuelan": "Venezuela",
    "Vietnamese": "Vietnam",
    "Yemeni": "Yemen",
    "Zambian": "Zambia",
    "Zimbabwean": "Zimbabwe",
}

# Capitals used for their governments ("Berlin has no plans to ..."). Only the extractors' actor and
# target slots use these: as a location, "Berlin" stays a city.
CAPITALS: dict[str, str] = {
    "Washington": "United States",
    "Moscow": "Russia",
    "Beijing": "China",
    "Berlin": "Germany",
    "Paris": "France",
    "London": "United Kingdom",
    "Ottawa": "Canada",
    "Canberra": "Australia",
    "Tehran": "Iran",
    "Tel Aviv": "Israel",
    "Jerusalem": "Israel",
    "Madrid": "Spain",
    "Dublin": "Ireland",
    "Oslo": "Norway",
    "Rome": "Italy",
    "Ankara": "Turkey",
    "Riyadh": "Saudi Arabia",
    "Cairo": "Egypt",
    "Damascus": "Syria",
    "Tokyo": "Japan",
    "New Delhi": "India",
    "Islamabad": "Pakistan",
    "The Hague": "Netherlands",
    "Brussels": "Belgium",
    "Pretoria": "South Africa",
    "Ljubljana": "Slovenia",
    "Valletta": "Malta",
    "Lisbon": "Portugal",
}

# Region tags: canonical name -> broader tags. A name is always its own (lowercase) tag as well.
_REGION_OF: dict[str, tuple[str, ...]] = {
    "Gaza": ("palestine", "middle east"),
    "West Bank": ("palestine", "middle east"),
    "Palestine": ("middle east",),
    "European Union": ("europe",),
    "UN Security Council": ("united nations",),
    "UN General Assembly": ("united nations",),
    "UN Human Rights Council": ("united nations",),
    "Somaliland": ("somalia", "africa"),
    "Kosovo": ("europe",),
    "Western Sahara": ("africa",),
    "Sahrawi Arab Democratic Republic": ("western sahara", "africa"),
    "Kashmir": ("india", "pakistan", "asia"),
    "Abkhazia": ("georgia", "europe"),
    "South Ossetia": ("georgia", "europe"),
}
_MIDDLE_EAST = {
    "Israel",
    "Lebanon",
    "Syria",
    "Jordan",
    "Iraq",
    "Iran",
    "Yemen",
    "Saudi Arabia",
    "Egypt",
    "United Arab Emirates",
    "Qatar",
    "Kuwait",
    "Bahrain",
    "Oman",
    "Turkey",
    "Cyprus",
}
# pycountry has no continents; these are the UN geoscheme's, by ISO alpha-2 prefix groups.
_AFRICA = set(
    [
        "DZ",
        "AO",
        "BJ",
        "BW",
        "BF",
        "BI",
        "CV",
        "CM",
        "CF",
        "TD",
        "KM",
        "CG",
        "CD",
        "CI",
        "DJ",
        "EG",
        "GQ",
        "ER",
        "SZ",
        "ET",
        "GA",
        "GM",
        "GH",
        "GN",
        "GW",
        "KE",
        "LS",
        "LR",
        "LY",
        "MG",
        "MW",
        "ML",
        "MR",
        "MU",
        "MA",
        "MZ",
        "NA",
        "NE",
        "NG",
        "RW",
        "ST",
        "SN",
        "SC",
        "SL",
        "SO",
        "ZA",
        "SS",
        "SD",
        "TZ",
        "TG",
        "TN",
        "UG",
        "EH",
        "ZM",
        "ZW",
    ]
)
_EUROPE = set(
    [
        "AL",
        "AD",
        "AT",
        "BY",
        "BE",
        "BA",
        "BG",
        "HR",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IS",
        "IE",
        "IT",
        "LV",
        "LI",
        "LT",
        "LU",
        "MT",
        "MD",
        "MC",
        "ME",
        "NL",
        "MK",
        "NO",
        "PL",
        "PT",
        "RO",
        "RU",
        "SM",
        "RS",
        "SK",
        "SI",
        "ES",
        "SE",
        "CH",
        "UA",
        "GB",
        "VA",
        "XK",
    ]
)
_ASIA = set(
    [
        "AF",
        "AM",
        "AZ",
        "BD",
        "BT",
        "BN",
        "KH",
        "CN",
        "GE",
        "IN",
        "ID",
        "JP",
        "KZ",
        "KP",
        "KR",
        "KG",
        "LA",
        "MY",
        "MV",
        "MN",
        "MM",
        "NP",
        "PK",
        "PH",
        "SG",
        "LK",
        "TW",
        "TJ",
        "TH",
        "TL",
        "TM",
        "UZ",
        "VN",
    ]
)
_AMERICAS = set(
    [
        "AG",
        "AR",
        "BS",
        "BB",
        "BZ",
        "BO",
        "BR",
        "CA",
        "CL",
        "CO",
        "CR",
        "CU",
        "DM",
        "DO",
        "EC",
        "SV",
        "GD",
        "GT",
        "GY",
        "HT",
        "HN",
        "JM",
        "MX",
        "NI",
        "PA",
        "PY",
        "PE",
        "KN",
        "LC",
        "VC",
        "SR",
        "TT",
        "US",
        "UY",
        "VE",
    ]
)


def _short(name: str) -> str:
    return _SHORT_NAMES.get(name, name)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(lowercase name -> canonical, canonical -> alpha-2) built once from pycountry and the tables."""
    import pycountry  # here, not at the top: its import reads package metadata (~20 ms) every start

    names: dict[str, str] = {}
    alpha2: dict[str, str] = {}
    for c in pycountry.countries:
        canon = _short(c.name)
        alpha2[canon] = c.alpha_2
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), canon):
            if n:
                names[n.lower()] = canon
    for alias, canon in {**CITIES, **ALIASES, **DEMONYMS}.items():
        names[alias.lower()] = canon
    return names, alpha2


@lru_cache(maxsize=4096)
def canonical_name(name: str) -> str | None:
    """The canonical English name of a country, territory or organisation, or None when unknown.

    >>> canonical_name("British"), canonical_name("Russian Federation"), canonical_name("Mars")
    ('United Kingdom', 'Russia', None)
    """
    key = " ".join(name.strip().strip(".,;:").split()).lower()
    if key.startswith("the ") and key not in _tables()[0]:
        key = key[4:]
    found = _tables()[0].get(key)
    if found is None and key.endswith("'s"):
        found = _tables()[0].get(key[:-2])
    return found


def regions_of(place: str) -> frozenset[str]:
    """Lowercase region tags for a place; "Gaza" -> {"gaza", "palestine", "middle east"}.

    A compound location ("Dnipro, Ukraine") takes the tags of every part that is known.
    Unknown places give an empty set.
    """
    tags: set[str] = set()
    for part in [place, *place.split(",")]:
        part = re.sub(r"\s*\(.*?\)\s*", " ", part).strip()
        canon = canonical_name(part)
        if canon is None:
            continue
        tags.add(canon.lower())
        tags.update(_REGION_OF.get(canon, ()))
        if canon in _MIDDLE_EAST:
            tags.add("middle east")
        code = _tables()[1].get(canon)
        if code in _AFRICA:
            tags.add("africa")
        elif code in _EUROPE:
            tags.add("europe")
        elif code in _ASIA:
            tags.add("asia")
        elif code in _AMERICAS:
            tags.add("americas")
    return frozenset(tags)


# --- finding mentions -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    surface: str
    canonical: str
    demonym: bool  # "Dutch", "Israeli": an adjective, not the place itself
    capital: bool  # "Berlin" standing for Germany, "the Pentagon" for the United States
    city: bool = False  # "Kharkiv": a place where things happen, never an actor or a target


# Upper-case abbreviations must match case-sensitively ("US" yes, "us" no).
_CASE_SENSITIVE_UPPER = {
    "US",
    "UK",
    "UN",
    "EU",
    "CAR",
    "DRC",
    "USA",
    "UNSC",
    "UNGA",
    "ICC",
    "ICJ",
    "NATO",
    "U.S.",
    "U.K.",
    "U.N.",
}
_CASE_SENSITIVE = {"US", "UK", "UN", "EU", "CAR", "DRC", "USA", "UNSC", "UNGA", "ICC", "ICJ", "NATO"}


@lru_cache(maxsize=1)
def _automaton() -> tuple[Any, dict[str, tuple[str, bool, bool, bool]]]:
    """One Aho-Corasick automaton over every lowercase name: a scan costs the same for 10 or 1,000
    names (a regex alternation of them was the extractors' main cost)."""
    lookup: dict[str, tuple[str, bool, bool, bool]] = {}
    names, _ = _tables()
    for key, canon in names.items():
        if "," in key or "(" in key:
            continue
        lookup[key] = (canon, False, False, False)
    for dem, canon in DEMONYMS.items():
        lookup[dem.lower()] = (canon, True, False, False)
    for city, canon in CITIES.items():
        if city not in ALIASES:
            lookup[city.lower()] = (canon, False, False, True)
    for cap, canon in {**CAPITALS, **INSTITUTIONS}.items():
        lookup.setdefault(cap.lower(), (canon, False, True, False))
    for vague in ("the bloc", "the strip", "america"):
        lookup.pop(vague, None)
    auto = ahocorasick.Automaton()
    for key in lookup:
        auto.add_word(key, key)
    auto.make_automaton()
    return auto, lookup


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "-_"


def find_places(text: str) -> list[Mention]:
    """Every country, territory, organisation, demonym or capital named in `text`, in order.

    A name must start with a capital letter in the text; abbreviations ("US", "UN") must be
    upper-case, so "us" and "un-" are not places.
    """
    auto, lookup = _automaton()
    out: list[Mention] = []
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowercased; keep offsets exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for end, key in auto.iter_long(low):
        start = end - len(key) + 1
        if (start > 0 and _is_word_char(text[start - 1])) or (
            end + 1 < len(text) and _is_word_char(text[end + 1])
        ):
            continue
        surface = text[start : end + 1]
        if not surface[0].isupper():
            continue
        if surface.upper() in _CASE_SENSITIVE_UPPER and surface != surface.upper():
            continue
        canon, demonym, capital, city = lookup[key]
        out.append(Mention(start, end + 1, surface, canon, demonym, capital, city))
    return out
