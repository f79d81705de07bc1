"""Label-preserving transforms of labeled news items, for benchmarks/perturb.py.

Each transform takes an item (the JSON shape of the labeled sets: title, summary, language, labels),
the name tables (`Names`, built by perturb.py from the bot's own data) and a `random.Random`, and
returns a new item whose text AND labels are changed the same way, or None when it cannot be changed
safely (nothing to change, or a change would make the labels wrong). Pure: no I/O, the input item
is never modified, and the same seed gives the same output.

- `swap_country`: one country named in the labels (actor, target, actors, a country-only location,
  a victims word) and in the text only by its short English name or its demonym is replaced by
  another state of the same kind (at war for one at war) drawn from the bot's country tables:
  "Germany" -> "Norway", "German(s)" -> "Norwegian(s)". English items only: the ten languages inflect
  their names or glue prefixes to them, which the name tables (nominative forms) do not hold.
- `swap_city` / `swap_town`: the town of a casualty location ("Kharkiv, Ukraine") by another town of
  the same country from the bot's English towns (GeoNames cities, `swap_city`) or by a small town
  the English tables do not hold (GeoNames small towns, `swap_town`). English items only.
- `swap_numbers`: every figure by another of the same magnitude class, its form kept (digits stay
  digits in their own script, "1,200" -> "3,400", words stay words: "seven" -> "four"); casualty
  counts follow. Figures that are part of a date, a year, a name ("F-35", "M23") or a compound
  ("12-year-old") keep their value everywhere in the item; an item whose labeled count is not one of
  its figures (a sum, "a dozen", "1.2 million") is not changed.
"""

from __future__ import annotations

import copy
import random
import re
from dataclasses import dataclass, field
from typing import Any

Item = dict[str, Any]


@dataclass(frozen=True)
class Country:
    name: str  # the short English name the text and labels use ("Norway")
    demonyms: tuple[str, ...]  # "Norwegian"; the first is the one written when this is the target
    at_war: bool = False


@dataclass(frozen=True)
class Names:
    countries: dict[str, Country]  # short name -> country (only states a swap may touch)
    targets: tuple[str, ...]  # short names a country may become (plain states, plural "-s" demonym)
    # every other surface form of a country, lowercase (aliases, capitals, leaders, institutions,
    # cities, towns, long names) -> the countries it stands for: a text holding one of them keeps the
    # country, as the bot would read it there.
    other_forms: dict[str, frozenset[str]]
    towns: dict[str, tuple[str, ...]]  # canonical country -> towns the bot's English tables hold
    small_towns: dict[str, tuple[str, ...]]  # canonical country -> small towns they do not hold
    # the towns a location may name for a swap: the bot's towns and cities, not regions, not capitals
    # (a capital also stands for its government: "Moscow said")
    swappable_towns: frozenset[str] = frozenset()
    canonical: dict[str, str] = field(default_factory=dict)  # lowercase place name -> canonical


# --- helpers ---------------------------------------------------------------------------------------


def _word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def _texts(item: Item) -> str:
    return f"{item.get('title', '')}\n{item.get('summary', '')}"


def _map_strings(value: Any, fn: Any) -> Any:
    """`fn` applied to every string inside a label value (strings, lists of strings)."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    return value


def _rewrite(item: Item, fn: Any, label_keys: tuple[str, ...]) -> Item:
    out = copy.deepcopy(item)
    out["title"] = fn(item.get("title", ""))
    out["summary"] = fn(item.get("summary", ""))
    for lab in out["labels"]:
        for key in label_keys:
            if key in lab:
                lab[key] = _map_strings(lab[key], fn)
    return out


# --- countries -------------------------------------------------------------------------------------

_COUNTRY_KEYS = ("actor", "target", "actors", "location", "victims")


def _label_countries(item: Item, names: Names) -> set[str]:
    """Countries the labels name in a slot a swap may change (never the recognised entity)."""
    found: set[str] = set()
    for lab in item["labels"]:
        for key in ("actor", "target", "actors", "location"):
            vals = lab.get(key)
            for v in [vals] if isinstance(vals, str) else (vals or []):
                base = re.sub(r"\s*\(.*?\)\s*", "", v).strip()
                if base in names.countries:
                    found.add(base)
    return found


def _untouchable(item: Item, names: Names) -> set[str]:
    """Countries whose change would need more than a new name: the recognised entity, and a country
    that is the country part of a town's location ("Kharkiv, Ukraine": the town keeps it)."""
    out: set[str] = set()
    for lab in item["labels"]:
        rec = lab.get("recognized")
        if rec:
            out.add(re.sub(r"\s*\(.*?\)\s*", "", rec).strip())
        loc = lab.get("location") or ""
        if "," in loc:
            out.update(p.strip(" )") for p in loc.split(","))
    return out


def named_otherwise(text: str, names: Names) -> set[str]:
    """The countries `text` names by another form than their short name or demonym (one to five
    words, "U.S." to "Democratic Republic of the Congo")."""
    words = re.findall(r"[\w'’.-]+", text.lower())
    found: set[str] = set()
    for i in range(len(words)):
        for n in range(1, 6):
            gram = " ".join(words[i : i + n])
            for key in (gram, gram.rstrip(".,'’"), gram.removesuffix("'s").removesuffix("’s")):
                found.update(names.other_forms.get(key, ()))
    return found


def _swappable(name: str, text: str, names: Names, elsewhere: set[str]) -> bool:
    country = names.countries[name]
    forms = (name, *country.demonyms)
    if name in elsewhere or not any(_word(f).search(text) or _word(f + "s").search(text) for f in forms):
        return False
    # "the Netherlands", "the French": the article would not fit the new name
    return not any(re.search(r"\b[Tt]he " + re.escape(f) + r"(?![\w-])", text) for f in forms)


def swap_country(item: Item, names: Names, rng: random.Random) -> Item | None:
    if (item.get("language") or "en") != "en":
        return None
    text = _texts(item)
    blocked = _untouchable(item, names)
    elsewhere = named_otherwise(text, names)
    sources = sorted(
        n for n in _label_countries(item, names) if n not in blocked and _swappable(n, text, names, elsewhere)
    )
    if not item["labels"]:  # a hard negative: any country its text names by short name or demonym
        sources = sorted(
            n
            for n, c in names.countries.items()
            if any(f in text for f in (n, *c.demonyms)) and _swappable(n, text, names, elsewhere)
        )
    if not sources:
        return None
    src = names.countries[rng.choice(sources)]
    present = {n for n in names.targets if _word(n).search(text)}
    pool = [
        n
        for n in names.targets
        if n != src.name and n not in present and names.countries[n].at_war == src.at_war
    ]
    if not pool:
        return None
    dst = names.countries[rng.choice(pool)]
    pairs = [(src.name, dst.name)] + [(d, dst.demonyms[0]) for d in src.demonyms]
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(a) for a, _ in sorted(pairs, key=lambda p: -len(p[0])))
        + r")(s?)(?![\w-])"
    )
    table = dict(pairs)

    def fn(s: str) -> str:
        return pattern.sub(lambda m: table[m.group(1)] + m.group(2), s)

    out = _rewrite(item, fn, _COUNTRY_KEYS)
    out["perturbed"] = f"country {src.name} -> {dst.name}"
    return out


# --- towns -----------------------------------------------------------------------------------------


def _town_swap(
    item: Item, names: Names, rng: random.Random, pools: dict[str, tuple[str, ...]], kind: str
) -> Item | None:
    if (item.get("language") or "en") != "en":
        return None
    text = _texts(item)
    swaps: dict[str, str] = {}
    for lab in item["labels"]:
        loc = lab.get("location") or ""
        if lab.get("type") != "casualty" or loc.count(",") != 1:
            continue
        town, country = (p.strip() for p in loc.split(","))
        if town in swaps or "(" in loc or town not in names.swappable_towns or not _word(town).search(text):
            continue
        canon = names.canonical.get(country.lower(), country)
        pool = [t for t in pools.get(canon, ()) if t not in text and t not in swaps.values()]
        if pool:
            swaps[town] = rng.choice(pool)
    if not swaps:
        return None
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(swaps, key=len, reverse=True)) + r")(?![\w-])",
        re.I,
    )

    def fn(s: str) -> str:
        def one(m: re.Match[str]) -> str:
            key = next(t for t in swaps if t.lower() == m.group(1).lower())
            new = swaps[key]
            return new.upper() if m.group(1).isupper() and len(m.group(1)) > 1 else new

        return pattern.sub(one, s)

    out = _rewrite(item, fn, ("location",))
    out["perturbed"] = f"{kind} " + ", ".join(f"{a} -> {b}" for a, b in swaps.items())
    return out


def swap_city(item: Item, names: Names, rng: random.Random) -> Item | None:
    return _town_swap(item, names, rng, names.towns, "city")


def swap_town(item: Item, names: Names, rng: random.Random) -> Item | None:
    return _town_swap(item, names, rng, names.small_towns, "town")


# --- numbers ---------------------------------------------------------------------------------------

UNITS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = (
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
WORD_VALUE = {
    **{w: i + 2 for i, w in enumerate(UNITS)},
    **{w: i + 11 for i, w in enumerate(TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(TENS)},
}
VALUE_WORD = {v: w for w, v in WORD_VALUE.items()}
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# a figure: digits of any script, with English thousands commas; or a number word (one word, no hyphen)
_FIGURE = re.compile(
    r"(?<![\w.,:/-])(?P<d>\d{1,3}(?:,\d{3})+|\d+)(?![\w:/%-]|[.,]\d)"
    r"|(?<![\w-])(?P<w>" + "|".join(sorted(WORD_VALUE, key=len, reverse=True)) + r")(?![\w-])",
    re.I,
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# after a figure: it is part of a larger number or a share, not a count
_SCALE_AFTER = re.compile(r"\s*(?:million|billion|thousand|hundred|per\s*cent|percent|%)\b", re.I)
_MONTH_BEFORE = re.compile(MONTHS + r"\s*$", re.I)
_MONTH_AFTER = re.compile(r"\s*" + MONTHS + r"(?!\w)", re.I)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: int
    words: bool
    changeable: bool


def figures(text: str, english: bool) -> list[Figure]:
    """Every figure of `text`; those in a date, a year, a name, a compound or a larger number are
    kept (`changeable` False), and so is every other figure of the same value."""
    out: list[Figure] = []
    spans: set[int] = set()
    for m in _FIGURE.finditer(text):
        if m.group("d"):
            raw = m.group("d")
            value = _digit_value(raw)
            year = len(raw) == 4 and 1900 <= value <= 2100
            date = value <= 31 and bool(
                _MONTH_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
                or _MONTH_AFTER.match(text, m.end())
            )
            ok = not year and not date and (english or "," not in raw)
            out.append(Figure(m.start(), m.end(), value, False, ok and not _SCALE_AFTER.match(text, m.end())))
            spans.add(m.start())
        elif english:
            value = WORD_VALUE[m.group("w").lower()]
            out.append(Figure(m.start(), m.end(), value, True, not _SCALE_AFTER.match(text, m.end())))
    for m in _DIGITS.finditer(text):  # digits inside a name, a compound or a decimal
        if m.start() not in spans:
            value = _digit_value(re.split(r"[.,]", m.group(0))[0])
            out.append(Figure(m.start(), m.end(), value, False, False))
    return sorted(out, key=lambda f: f.start)


def _digit_value(s: str) -> int:
    return int("".join(str(int(c)) for c in s if c != ","))


def _render_digits(value: int, like: str) -> str:
    """`value` in the form of `like`: its digit script, English thousands commas when it had them."""
    zero = next((ord(c) - int(c) for c in like if c.isdigit()), ord("0"))
    s = f"{value:,}" if "," in like else str(value)
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


def _new_value(value: int, in_words: bool, taken: set[int], rng: random.Random) -> int | None:
    """Another value of the same magnitude class: words stay in
    their word class; digits keep their number of digits and of trailing zeros ("1,200" -> "3,400");
    a day of the month stays one."""
    if in_words:
        if value not in VALUE_WORD:
            return None
        cls = [v for v in VALUE_WORD if _word_class(v) == _word_class(value)]
    else:
        text = str(value)
        zeros = len(text) - len(text.rstrip("0"))
        sig = len(text) - zeros  # significant digits: 1,200 -> 2 ("12"), its last one not 0
        cls = []
        for _ in range(60):
            head = rng.randint(10 ** (sig - 1), 10**sig - 1)
            v = head * 10**zeros
            if head % 10 and v >= 2 and not 1900 <= v <= 2100 and (value > 31 or v <= 31):
                cls.append(v)
    cls = sorted({v for v in cls if v != value and v not in taken})
    return rng.choice(cls) if cls else None


def _word_class(v: int) -> int:
    return 0 if v < 10 else 1 if v < 20 else 2


def swap_numbers(item: Item, names: Names, rng: random.Random) -> Item | None:
    english = (item.get("language") or "en") == "en"
    title, summary = item.get("title", ""), item.get("summary", "")
    found = figures(title, english) + figures(summary, english)
    values = {f.value for f in found}
    fixed = {f.value for f in found if not f.changeable} | {0, 1}
    in_words = {f.value for f in found if f.words}
    counts = {lab.get("count") for lab in item["labels"] if lab.get("type") == "casualty"} - {None}
    if any(c not in values for c in counts):
        return None  # a labeled count that is no figure of the text: a sum, "a dozen", "1.2 million"
    # the new values keep the order of all the item's values ("20 killed, 14 of them women" never
    # becomes "10 killed, 14 of them women"): draws that break it are drawn again
    mapping: dict[int, int] = {}
    for _ in range(30):
        taken = values | fixed
        mapping = {}
        for v in sorted(values - fixed):
            new = _new_value(v, v in in_words, taken, rng)
            if new is not None:
                mapping[v] = new
                taken.add(new)
        order = sorted(values)
        if [mapping.get(v, v) for v in order] == sorted(mapping.get(v, v) for v in order):
            break
    else:
        return None
    if not mapping:
        return None

    def fn(s: str) -> str:
        pieces, last = [], 0
        for f in figures(s, english):
            if f.value not in mapping or not f.changeable:
                continue
            raw = s[f.start : f.end]
            if f.words:
                new = VALUE_WORD[mapping[f.value]]
                new = new.capitalize() if raw[0].isupper() else new
            else:
                new = _render_digits(mapping[f.value], raw)
            pieces += [s[last : f.start], new]
            last = f.end
        return "".join(pieces) + s[last:]

    out = copy.deepcopy(item)
    out["title"], out["summary"] = fn(title), fn(summary)
    for lab in out["labels"]:
        if lab.get("type") == "casualty" and lab.get("count") in mapping:
            lab["count"] = mapping[lab["count"]]
    out["perturbed"] = "numbers " + ", ".join(f"{a} -> {b}" for a, b in mapping.items())
    return out


TRANSFORMS = {
    "country": swap_country,
    "city": swap_city,
    "town": swap_town,
    "numbers": swap_numbers,
}
