"""Which language an item is written in, from its text; the feed's declared language is a hint only.

Three steps, the cheapest first:

1. The script (`script_of`): one scan for letters outside Latin. Hebrew, Bengali, Greek, Armenian,
   Georgian, Thai, Korean and Japanese kana each name their language outright; Arabic script
   (Arabic, Persian, Urdu, Pashto ...), Cyrillic (Russian, Ukrainian, Bulgarian ...) and Latin need
   step 2. Most items are English in Latin script and never go further (`bot.core.extract` reads
   them as English unless a Latin-script lexicon's trigger words are in them).
2. Letters and function words (`by_letters`, the lists in `identify.toml`): Ukrainian і ї є ґ
   against Russian ы э ё, Persian's own letters and Arabic and Persian function words, the
   function words of the Latin-script languages. A text is named here only when these leave no
   doubt, and only as a language with a lexicon: on the multilingual and real-feed sets this
   names nine items in ten, with the same answers as the model (benchmarks/language_id.py).
3. py3langid (langid.py's model, shipped inside the package, 97 languages), ranked among the
   languages of that script only, for the rest. Imported and loaded on first use (about 0.5 s
   once per process, which most `match` runs now never pay), then ~0.2 ms an item.

A text too short to judge (fewer than 25 letters) takes the hint when it names a language of its
script; so does a text the model gives to a close language without a lexicon (a Russian headline
ranked Bulgarian) when the hint is among its three best.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from bot.core.extract.lang.tokens import fold
from bot.core.extract.lexicon import languages

# (script, first code point, last code point)
_RANGES = (
    ("cyrillic", 0x0400, 0x052F),
    ("hebrew", 0x0590, 0x05FF),
    ("arabic", 0x0600, 0x06FF),
    ("arabic", 0x0750, 0x077F),
    ("arabic", 0x08A0, 0x08FF),
    ("devanagari", 0x0900, 0x097F),
    ("bengali", 0x0980, 0x09FF),
    ("greek", 0x0370, 0x03FF),
    ("armenian", 0x0530, 0x058F),
    ("georgian", 0x10A0, 0x10FF),
    ("thai", 0x0E00, 0x0E7F),
    ("kana", 0x3040, 0x30FF),
    ("han", 0x4E00, 0x9FFF),
    ("hangul", 0xAC00, 0xD7AF),
    ("hebrew", 0xFB1D, 0xFB4F),
    ("arabic", 0xFB50, 0xFDFF),
    ("arabic", 0xFE70, 0xFEFF),
)
_LATIN_LETTER = r"[A-Za-z\u00c0-\u024f]"


@cache
def _letters(script: str) -> re.Pattern[str]:
    """One letter of `script` ("any": of any script in _RANGES, "latin": a Latin letter), compiled on
    first use: a process that never meets the script never compiles its class."""
    if script == "latin":
        return re.compile(_LATIN_LETTER)
    ranges = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for s, lo, hi in _RANGES if script in ("any", s))
    return re.compile(f"[{ranges}]")


def other_script_letter() -> str:
    """A letter of any script in _RANGES as an RE2 class: a text holding none is in Latin script to
    `script_of` (for `lang.first_look`'s one scan)."""
    return "[" + "".join(f"\\x{{{lo:04x}}}-\\x{{{hi:04x}}}" for _, lo, hi in _RANGES) + "]"


# scripts that name their language
SCRIPT_LANGUAGE = {
    "hebrew": "he", "bengali": "bn", "greek": "el", "armenian": "hy", "georgian": "ka", "thai": "th",
    "hangul": "ko", "kana": "ja", "han": "zh",
}  # fmt: skip
# the languages py3langid ranks for a script
_CANDIDATES = {
    "arabic": ("ar", "fa", "ur", "ps", "ku", "ug"),
    "cyrillic": ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn"),
    "devanagari": ("hi", "mr", "ne"),
    "latin": (
        "en", "fr", "es", "de", "pt", "tr", "it", "nl", "pl", "ro", "sv", "da", "nb", "fi", "cs", "sk",
        "hu", "hr", "sl", "id", "ms", "tl", "sw", "az", "lt", "lv", "et", "sq", "ca", "eu", "gl", "vi",
    ),
}  # fmt: skip
# Letters of the Urdu, Pashto, Sindhi, Kurdish and Uyghur alphabets that neither Arabic nor Persian
# writes: a text holding them is in none of the Arabic-script languages with a lexicon, known
# without the model (so an Urdu feed costs a scan, not a model run).
_NOT_ARABIC_OR_PERSIAN = (
    "[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3\u067c\u0689\u0693\u06cd\u06d5\u06c6\u06ce]"
)
_SHORT = 25  # letters: below this the text cannot outvote the feed's declared language


def script_of(text: str) -> str:
    """The script most of `text`'s letters are written in: "latin", "arabic", "cyrillic", "hebrew" ...
    (read from the first 300 characters: a title and the start of its lead)."""
    sample = text[:300]
    if sample.isascii():
        return "latin"
    first = _letters("any").search(sample)
    if first is None:
        return "latin"
    code = ord(first.group())
    script = next(s for s, lo, hi in _RANGES if lo <= code <= hi)
    latin_letter = _letters("latin")
    if latin_letter.search(sample, 0, first.start()) is None:
        return script  # the text opens in that script: no need to count
    if script == "han" and _letters("kana").search(sample):
        return "kana"  # Japanese mixes kanji and kana
    own = len(_letters(script).findall(sample))
    latin = len(latin_letter.findall(sample))
    return script if own > latin else "latin"


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # lazy: numpy and the model load on first use
    from py3langid.langid import _load_identifier  # type: ignore[import-untyped]

    return _load_identifier(norm_probs=False)


def lexicon_language_possible(script: str, text: str) -> bool:
    """False when the letters alone rule out every language of `script` that has a lexicon."""
    return not (script == "arabic" and re.search(_NOT_ARABIC_OR_PERSIAN, text[:300]) is not None)


@dataclass(frozen=True)
class _Clues:
    """identify.toml, read once."""

    cyrillic: dict[str, frozenset[str]]  # "uk", "ru", "other" -> letters
    letters: dict[str, dict[str, str]]  # script -> letter -> the language it counts for
    any_letter: dict[str, re.Pattern[str]]  # script -> one of those letters (most texts hold none)
    words: dict[str, dict[str, frozenset[str]]]  # script -> language -> function words
    owners: dict[str, dict[str, tuple[str, ...]]]  # script -> function word -> the languages listing it


@lru_cache(maxsize=1)
def _clues() -> _Clues:
    import tomllib  # here: a `match` that meets no ambiguous text never needs it

    data = tomllib.loads(resources.files(__package__).joinpath("identify.toml").read_text(encoding="utf-8"))
    cyrillic, arabic, latin = data["cyrillic"], data["arabic"], data["latin"]
    latin_letters = {}
    for line in latin.pop("letters").splitlines():
        if line.strip():
            language, *letters = line.split()
            latin_letters.update(dict.fromkeys(letters, language))
    letters = {"arabic": dict.fromkeys(arabic.pop("fa_letters").split(), "fa"), "latin": latin_letters}
    words = {
        "arabic": {lang: frozenset(fold(w) for w in words.split()) for lang, words in arabic.items()},
        "latin": {lang: frozenset(words.split()) for lang, words in latin.items()},
    }
    owners: dict[str, dict[str, tuple[str, ...]]] = {}
    for script, by_language in words.items():
        table: dict[str, tuple[str, ...]] = {}
        for lang, listed in by_language.items():
            for w in listed:
                table[w] = (*table.get(w, ()), lang)
        owners[script] = table
    return _Clues(
        cyrillic={group: frozenset(cyrillic[group].split()) for group in ("uk", "ru", "other")},
        letters=letters,
        any_letter={script: _one_of(table) for script, table in letters.items()},
        words=words,
        owners=owners,
    )


def _one_of(letters: dict[str, str]) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(''.join(letters))}]" if letters else "(?!)")


_WORD = re.compile(r"[^\W\d_]+")
# A word character beyond ASCII (a letter or digit of any script; "_" is ASCII). In a text without
# one, ASCII or not ("Ukraine – drones"), the words are the runs of ASCII letters: every other
# character made a space (`bytes.translate`, a non-ASCII one after encoding it as "?"), then `split`,
# finds them at a fifth of what _WORD costs (three Unicode tables asked of every character).
_WORD_BEYOND_ASCII = re.compile(r"[^\W\x00-\x7f]")
_ASCII_LETTERS_ONLY = bytes(b if chr(b).isascii() and chr(b).isalpha() else ord(" ") for b in range(256))


def _words(sample: str) -> list[str]:
    """`_WORD.findall(sample)`."""
    if sample.isascii() or _WORD_BEYOND_ASCII.search(sample) is None:
        return sample.encode("ascii", "replace").translate(_ASCII_LETTERS_ONLY).decode("ascii").split()
    return _WORD.findall(sample)


_MIN_WORDS = 3  # function words (or telling letters) of the leading language a text must hold
_MARGIN = 2  # ... and that many times as many as any other language's


def by_letters(script: str, text: str) -> str | None:
    """The language of `text` told by its letters and function words alone (its first 400
    characters), None when they leave any doubt: then the model decides. Only languages with a
    lexicon are named here; a text that looks like another language of its script (Italian,
    Bulgarian, Urdu ...) goes to the model.

    - Cyrillic: Ukrainian writes і ї є ґ and Russian ы э ё, neither the other's; a text with
      letters of both, of another Cyrillic alphabet (ў, ј, ә ...), or of neither is undecided;
    - Arabic script: Arabic and Persian function words, and Persian's own letters (پ چ ژ گ);
      letters only Urdu, Pashto or Kurdish write leave it undecided;
    - Latin: the function words of English, the five Latin-script lexicon languages and their
      neighbours without a lexicon (Italian, Catalan, Dutch, Romanian ...), each list holding only
      words its neighbours do not use, and a few telling letters (Turkish ı ğ, German ß)."""
    sample = text[:400].lower()
    if script == "cyrillic":
        found = _by_cyrillic_letters(sample)
    elif script == "arabic":
        urdu_or_pashto = re.search(_NOT_ARABIC_OR_PERSIAN, sample) is not None
        found = None if urdu_or_pashto else _by_function_words(script, fold(sample))
    elif script == "latin":
        found = _by_function_words(script, sample)
    else:
        found = None
    return found if found in languages() else None


def _by_cyrillic_letters(sample: str) -> str | None:
    chars = set(sample)  # whether each group's letters occur, not how often: one set per text
    seen = {group: not letters.isdisjoint(chars) for group, letters in _clues().cyrillic.items()}
    if seen["other"]:
        return None
    if seen["uk"] and not seen["ru"] and "ъ" not in sample:
        return "uk"
    if seen["ru"] and not seen["uk"]:
        return "ru"
    return None


def _by_function_words(script: str, sample: str) -> str | None:
    clues = _clues()
    scores = dict.fromkeys(clues.words[script], 0)
    telling = clues.letters[script]
    if clues.any_letter[script].search(sample) is not None:  # else there is nothing to count
        for ch, n in Counter(sample).items():  # each letter once, with how often it comes
            if ch in telling:
                scores[telling[ch]] = scores.get(telling[ch], 0) + n
    owners = clues.owners[script]
    for word in _words(sample):
        for language in owners.get(word, ()):
            scores[language] += 1
    (best, language), (second, _) = sorted(((n, lang) for lang, n in scores.items()), reverse=True)[:2]
    if best < _MIN_WORDS or best < _MARGIN * second:
        return None
    return language


def identify(text: str, hint: str | None = None) -> str:
    """The ISO 639-1 code of the language `text` is written in ("ar", "uk", "en" ...)."""
    return _identify(text, hint, shortcut=True)


def by_model(text: str, hint: str | None = None) -> str:
    """`identify` without `by_letters`: py3langid decides every text of a script that does not name
    its language (as before the shortcut; for benchmarks/language_id.py)."""
    return _identify(text, hint, shortcut=False)


def _identify(text: str, hint: str | None, shortcut: bool) -> str:
    script = script_of(text)
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    candidates = _CANDIDATES.get(script)
    if candidates is None:
        return "und"
    hint = (hint or "").lower().split("-")[0].split("_")[0] or None
    if hint in candidates and sum(c.isalpha() for c in text[: _SHORT * 4]) < _SHORT:
        return hint
    found = by_letters(script, text) if shortcut else None
    if found is not None:
        return found
    return _ranked(text, hint, candidates, script)


def _letters_allow(script: str, hint: str, text: str) -> bool:
    """Whether nothing in `text`'s letters rules out the declared Cyrillic language: none of another
    Cyrillic alphabet's own letters ("Ворожа ракетна атака на Одесу" has no і, ї, є, but no ы either)."""
    if script != "cyrillic" or hint not in _clues().cyrillic:
        return False
    sample = set(text[:400].lower())
    return not any(sample & letters for group, letters in _clues().cyrillic.items() if group != hint)


def _ranked(text: str, hint: str | None, candidates: tuple[str, ...], script: str = "") -> str:
    # the first 400 characters (title and lead) decide as well as the whole, at a fraction of the cost
    ranked = [str(language) for language, _score in _identifier().rank(text[:400]) if language in candidates]
    if not ranked:
        return candidates[0]
    if (
        ranked[0] not in languages()
        and hint in languages()
        and (hint in ranked[:3] or _letters_allow(script, hint, text))
    ):
        # a short Russian headline can rank Bulgarian first, a Ukrainian one without і ї є Macedonian:
        # between close languages, one the bot reads and the feed declares beats one it does not read
        # (the text still beats the feed when it points to another language the bot reads)
        return hint
    return ranked[0]
