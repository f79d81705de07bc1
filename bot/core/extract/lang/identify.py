"""Which language an item is written in, from its text; the feed's declared language is a hint only.

Two steps, the cheap one first:

1. The script (`script_of`): one scan for letters outside Latin. Hebrew, Bengali, Greek, Armenian,
   Georgian, Thai, Korean and Japanese kana each name their language outright; Arabic script
   (Arabic, Persian, Urdu, Pashto ...), Cyrillic (Russian, Ukrainian, Bulgarian ...) and Latin need
   step 2. Most items are English in Latin script and never go further (`bot.core.extract` reads
   them as English unless a Latin-script lexicon's trigger words are in them).
2. py3langid (langid.py's model, shipped inside the package, 97 languages), ranked among the
   languages of that script only. Imported and loaded on first use (about 1.5 s once per process;
   `match` and the bot start without it), then ~0.2 ms an item.

A text too short to judge (fewer than 25 letters) takes the hint when it names a language of its
script; so does a text the model gives to a close language without a lexicon (a Russian headline
ranked Bulgarian) when the hint is among its three best.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import re2

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
# RE2 (a DFA over UTF-8) scans a long English text for these in a few microseconds, where a
# Python character class costs ~15 µs per 2,000 characters: every English item with a curly quote
# pays this scan, so it has to be cheap.
_NON_LATIN = re2.compile("[" + "".join(f"\\x{{{lo:04x}}}-\\x{{{hi:04x}}}" for _, lo, hi in _RANGES) + "]")
_NON_LATIN_SAMPLE = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for _, lo, hi in _RANGES) + "]")
_BY_SCRIPT = {
    script: re.compile(
        "[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for s, lo, hi in _RANGES if s == script) + "]"
    )
    for script, _, _ in _RANGES
}
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")

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
_NOT_ARABIC_OR_PERSIAN = re.compile(
    "[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3\u067c\u0689\u0693\u06cd\u06d5\u06c6\u06ce]"
)
_SHORT = 25  # letters: below this the text cannot outvote the feed's declared language


def script_of(text: str) -> str:
    """The script most of `text`'s letters are written in: "latin", "arabic", "cyrillic", "hebrew" ...
    (read from the first 300 characters: a title and the start of its lead)."""
    sample = text[:300]
    if sample.isascii():
        return "latin"
    first = _NON_LATIN_SAMPLE.search(sample)
    if first is None:
        return "latin"
    code = ord(first.group())
    script = next(s for s, lo, hi in _RANGES if lo <= code <= hi)
    if _LATIN_LETTER.search(sample, 0, first.start()) is None:
        return script  # the text opens in that script: no need to count
    if script == "han" and "kana" in _BY_SCRIPT and _BY_SCRIPT["kana"].search(sample):
        return "kana"  # Japanese mixes kanji and kana
    own = len(_BY_SCRIPT[script].findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    return script if own > latin else "latin"


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # lazy: numpy and the model load on first use
    from py3langid.langid import _load_identifier  # type: ignore[import-untyped]

    return _load_identifier(norm_probs=False)


def lexicon_language_possible(script: str, text: str) -> bool:
    """False when the letters alone rule out every language of `script` that has a lexicon."""
    return not (script == "arabic" and _NOT_ARABIC_OR_PERSIAN.search(text[:300]) is not None)


def identify(text: str, hint: str | None = None) -> str:
    """The ISO 639-1 code of the language `text` is written in ("ar", "uk", "en" ...)."""
    script = script_of(text)
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    candidates = _CANDIDATES.get(script)
    if candidates is None:
        return "und"
    hint = (hint or "").lower().split("-")[0].split("_")[0] or None
    if hint in candidates and sum(c.isalpha() for c in text[: _SHORT * 4]) < _SHORT:
        return hint
    # the first 400 characters (title and lead) decide as well as the whole, at a fraction of the cost
    ranked = [str(language) for language, _score in _identifier().rank(text[:400]) if language in candidates]
    if not ranked:
        return candidates[0]
    if ranked[0] not in languages() and hint in ranked[:3]:
        # a short Russian headline can rank Bulgarian first: between close languages, one the bot
        # reads and the feed declares beats one it does not read (the text still beats the feed
        # when it points to another language the bot reads)
        return hint
    return ranked[0]
