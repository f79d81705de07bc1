"""News in the languages it is first reported in: which language an item is in, and its facts read
with that language's lexicon (pure; no I/O beyond package data).

`other_language_facts(title, summary, published, hint, script)` is what `extract_facts` calls for an
item that is not English. The costs, cheapest first:

- the script (`identify.script_of`), one scan; an item in a script no lexicon covers (Bengali,
  Devanagari, ...) stops there, with no facts: its language is known and it is not read;
- the gate: one RE2 scan for the trigger stems of every lexicon of that script (`[gate] stems`),
  written so that Arabic hamza and yeh forms, Persian letters and Hebrew points all match. An item
  with none of them (most items: no casualty, arms or recognition word) stops there;
- the language (`identify.identify`, py3langid among the languages of the script, loaded on first
  use), then the reader (`reader.read_facts`) with that language's lexicon. A language of the script
  with no lexicon (Urdu in Arabic script, Bulgarian in Cyrillic ...) gets no facts.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

import re2

from bot.core.extract.lang.identify import identify, lexicon_language_possible, other_script_letter, script_of
from bot.core.extract.lang.names import script_of_language
from bot.core.extract.lexicon import languages, lexicon, unaccented
from bot.core.extract.re2_outline import presence, raw_set
from bot.core.extract.vetoes import Dropped
from bot.core.model import Fact

__all__ = [
    "OTHER_SCRIPT",
    "PLAIN_STEM",
    "first_look",
    "identify",
    "is_read",
    "language_name",
    "language_of_feed",
    "lexicon_languages",
    "lexicon_scripts",
    "other_language_facts",
    "plain_latin_facts",
    "script_of",
]

# letters that Arabic-script writing varies (hamza seats, Persian yeh and kaf, ta marbuta)
_VARIANTS = {
    "ا": "اأإآٱ", "ي": "يیىئ", "ى": "يیى", "ی": "يیى", "ك": "كک", "ک": "كک", "ه": "هة", "ة": "هة",
}  # fmt: skip
# what may stand between two letters of a stem: marks, the tatweel and (Persian) the zero-width
# non-joiner, all of which the reader drops (`tokens.normalise`): "جان‌باختگان" and "جانباختگان" are one
# stem, as they are one word to the reader
_MARKS = {"arabic": "[\u064b-\u065f\u0670\u0640\u200c]*", "hebrew": "[\u0591-\u05c7]*"}


ENGLISH_STEM = 1  # a trigger stem of the English gate
LATIN_BEYOND_ASCII = 2  # a Latin letter English does not use: é, ñ, ü, ş, ã ...
PLAIN_STEM = 4  # where `plain_latin_facts`' gate may match: one of its stems starts a word
OTHER_SCRIPT = 8  # a letter of a script other than Latin (`identify.script_of` reads those)


@lru_cache(maxsize=1)
def _first_look() -> Any:
    # English's own gate pattern (not a copy of it), the accented Latin letters, the outline of the
    # accent-free gate and the letters of other scripts, as one RE2 set: one call into RE2 (whose
    # fixed cost is most of a short scan's) and one automaton in the cache for every item, where
    # an English item paid two or three
    from bot.core.extract.doc import _rough_gate

    options = re2.Options()
    options.never_capture = True
    options.max_mem = 64 << 20  # as the accent-free gate's own (its stems in both cases)
    found = re2.Set.SearchSet(options)
    patterns = (_rough_gate().pattern, "[\\x{00c0}-\\x{024f}]", _plain_outline(), other_script_letter())
    for pattern in patterns:  # in the order of the bits above
        found.Add(pattern)
    found.Compile()
    return raw_set(found)


def first_look(text: str) -> int:
    """Which of ENGLISH_STEM, LATIN_BEYOND_ASCII, PLAIN_STEM and OTHER_SCRIPT `text` holds (a bit
    mask): the one scan every item in Latin script costs before anything else is read."""
    mask = 0
    for index in _first_look().Match(text.encode("utf-8", "replace")) or ():
        mask |= 1 << index
    return mask


def language_of_feed(titles: list[str]) -> str | None:
    """The language a feed's recent titles are written in (None without titles). For the status page:
    the pipeline never asks, so an item costs nothing for it."""
    if not titles:
        return None
    return identify("\n".join(titles))


def language_name(code: str) -> str:
    """ "Bengali" for "bn" (pycountry's ISO 639 names, `bot.core.languages`), the code itself when
    unknown."""
    from bot.core.languages import language_name as english_name

    return english_name(code) or code


@lru_cache(maxsize=1)
def lexicon_languages() -> frozenset[str]:
    """Every language other than English with a lexicon file (bot/core/extract/lexicon/*.toml)."""
    return frozenset(lang for lang in languages() if lang != "en")


@lru_cache(maxsize=1)
def lexicon_scripts() -> frozenset[str]:
    """The scripts those languages are written in (each lexicon's `[language] script`)."""
    return frozenset(script_of_language(lang) for lang in lexicon_languages())


def is_read(language: str) -> bool:
    """Whether the bot reads `language` (English or a language with a lexicon file)."""
    return language == "en" or language in lexicon_languages()


def _stem_pattern(stem: str, script: str) -> str:
    marks = _MARKS.get(script, "")
    out = []
    for ch in stem.replace("\u200c", "") if script == "arabic" else stem:
        variants = _VARIANTS.get(ch) if script == "arabic" else None
        out.append(f"[{variants}]" if variants else re.escape(ch))
    return marks.join(out)


@lru_cache(maxsize=8)
def _languages_of(script: str) -> tuple[str, ...]:
    return tuple(sorted(lang for lang in lexicon_languages() if script_of_language(lang) == script))


# the lists whose words make an item worth reading: each entry's first word (without "*") is a stem
# of the gate, so a trigger word added to a list is never missed by it
_TRIGGER_LISTS = (
    ("casualty", ("killed", "injured", "missing", "killed_and_injured")),
    ("embargo", ("arms", "arms_embargo", "arms_supply", "embargo")),
    ("recognition", ("done", "announced", "neutral")),
)


_NOT_LATIN_LETTER_BEFORE = r"(?:^|[^a-zA-Z0-9\x{00c0}-\x{024f}])"
_NOT_LATIN_LETTER_AFTER = r"(?:[^a-zA-Z0-9\x{00c0}-\x{024f}]|$)"


def _gate_stems(lang: str, phrases: list[tuple[str, ...]] | None = None) -> set[tuple[str, bool]]:
    """(stem, whole word) of every trigger entry of the language, and its [gate] stems. With
    `phrases`, the entries of more than one word are left out and their words appended to it."""
    lex = lexicon(lang)
    stems: set[tuple[str, bool]] = set()
    for line in lex.words("gate", "stems"):
        stems.update((stem, False) for stem in line.split())
    for section, keys in _TRIGGER_LISTS:
        for key in (k for k in keys if k in lex.sections.get(section, {})):
            for entry in lex.words(section, key):
                words = entry.split()
                if phrases is not None and len(words) > 1:
                    phrases.append(tuple(words))
                    continue
                word = max(words, key=_stem_length)  # see `_phrase_stem`
                stems.add((word.rstrip("*"), not word.endswith("*")))
    return {sw for sw in stems if _long_enough(sw[0])}


def _stem_length(word: str) -> int:
    return len(word.rstrip("*"))


def _long_enough(stem: str) -> bool:
    # very short plain-ASCII words ("tue", "can") are too often English ("Tue", "can") to be worth
    # waking the language model for; longer words and any with an accent stay
    return len(stem) >= (4 if stem.isascii() else 2)


def _covers(stems: frozenset[tuple[str, bool]] | set[tuple[str, bool]], word: str) -> bool:
    """Whether one of `stems` matches wherever the phrase word `word` ("tué", "kaybeden*") stands:
    a stem it starts with, or the same whole word."""
    whole = not word.endswith("*")
    w = word.rstrip("*").lower()
    return any(
        w.startswith(stem.lower()) and (not is_whole or (whole and w == stem.lower()))
        for stem, is_whole in stems
    )


def _script_gate_stems(script: str) -> set[tuple[str, bool]]:
    """The gate's stems of every lexicon of `script`: each one-word entry's stem, and a phrase's
    longest word ("ha reconocido" by "reconocido", not "ha") unless another stem already matches one
    of its words ("a été tué" needs no "été" beside "tué": "été" is in every passive)."""
    stems: set[tuple[str, bool]] = set()
    phrases: list[tuple[str, ...]] = []
    for lang in _languages_of(script):
        stems |= _gate_stems(lang, phrases)
    singles = frozenset(stems)
    for words in phrases:
        if not any(_covers(singles, w) for w in words):
            word = max(words, key=_stem_length)
            if _long_enough(word.rstrip("*")):
                stems.add((word.rstrip("*"), not word.endswith("*")))
    return stems


def _short_stems(lang: str) -> set[tuple[str, bool]]:
    """The plain-ASCII trigger words under four letters the script's gate leaves out ("tue", "mata"),
    and a phrase's longest word when it is that short ("Tod von": the death of)."""
    lex = lexicon(lang)
    words = {
        max(entry.split(), key=_stem_length).rstrip("*")
        for section, keys in _TRIGGER_LISTS
        for key in keys
        if key in lex.sections.get(section, {})
        for entry in lex.words(section, key)
        if "..." not in entry
    }
    return {(w, True) for w in words if w.isascii() and 2 < len(w) < 4}


@lru_cache(maxsize=16)
def _declared_gate(lang: str) -> Any:
    """The short words of one language, for an item its feed declares in it: there "tue" is French
    ("l'armée tue onze personnes"), not "Tue" of an English date."""
    return _compiled(_short_stems(lang), script_of_language(lang)) if _short_stems(lang) else None


@lru_cache(maxsize=8)
def _gate(script: str) -> Any:
    return _compiled(_script_gate_stems(script), script)


@lru_cache(maxsize=8)
def _gate_set(script: str) -> Any:
    return presence(_gate(script))  # asked only whether it matches: one forward scan, no match object


@lru_cache(maxsize=16)
def _declared_gate_set(lang: str) -> Any:
    gate = _declared_gate(lang)
    return None if gate is None else presence(gate)


def _compiled(stems: set[tuple[str, bool]], script: str) -> Any:
    alternatives = []
    for stem, whole in sorted(stems, key=lambda sw: len(sw[0]), reverse=True):
        pattern = _stem_pattern(stem, script)
        if script == "latin":
            # in Latin script the gate also runs on English items with an accented name: "tue" and
            # "arma" as words, not inside "Tuesday" or "armament"
            # (RE2's \b knows ASCII letters only, so a stem that starts or ends with "ö" takes a
            # small class of Latin letters instead; \pL would blow up the automaton)
            before = r"\b" if stem[:1].isascii() else _NOT_LATIN_LETTER_BEFORE
            after = (r"\b" if stem[-1:].isascii() else _NOT_LATIN_LETTER_AFTER) if whole else ""
            pattern = before + pattern + after
        alternatives.append(pattern)
    options = re2.Options()
    options.never_capture = True
    options.max_mem = 64 << 20  # the DFA of a few hundred stems in both cases needs more than 8 MiB
    return re2.compile("(?i)" + "|".join(alternatives), options)


def worth_reading(script: str, text: str, declared: str | None = None) -> bool:
    """Whether `text` holds a trigger stem of a lexicon of `script` (one RE2 scan), or a short
    trigger word of the language its feed `declared` (a second, small scan)."""
    if not _languages_of(script):
        return False
    data = text.encode("utf-8", "replace")
    if _gate_set(script).Match(data):
        return True
    code = declared.split("-")[0].lower() if declared else None
    short = _declared_gate_set(code) if code in _languages_of(script) else None
    return short is not None and bool(short.Match(data))


_ACCENTED = re.compile("[\u00c0-\u024f]")


@lru_cache(maxsize=1)
def _plain_stems() -> tuple[tuple[str, bool], ...]:
    """(stem, whole word) of the Latin-script trigger stems without their accents ("tues", "muertos",
    "oldu"), less those English's own gate matches ("embargo"): what an item typed without accents
    must hold to be worth asking the language model about."""
    from bot.core.extract.doc import _rough_gate

    english = _rough_gate()
    stems: set[tuple[str, bool]] = set()
    for lang in _languages_of("latin"):
        english_too = tuple(unaccented(w.lower()) for w in lexicon(lang).words("gate", "english_too"))
        for stem, whole in _gate_stems(lang):
            plain = unaccented(stem)
            if len(plain) < (4 if whole else 5) or english.search(plain) is not None:
                continue  # "olen*" starts "Olena"; English's own stems ("embargo") are English's
            if not any(plain.startswith(w) or w.startswith(plain) for w in english_too):
                stems.add((plain, whole))
    return tuple(sorted(stems))


@lru_cache(maxsize=1)
def _plain_gate() -> Any:
    """The accent-free gate: one of `_plain_stems`, as a word or a word's start."""
    options = re2.Options()
    options.never_capture = True
    options.max_mem = 64 << 20
    return re2.compile(
        "(?i)" + "|".join(r"\b" + re.escape(s) + (r"\b" if w else "") for s, w in _plain_stems()), options
    )


def _plain_outline() -> str:
    """The accent-free gate with every stem read as a word's start, for `first_look`'s scan of the
    whole text: where the gate matches in the first 160 characters, this matches in the whole text
    (a whole word cut at the 160th character ends there, and goes on in the whole text), so an item
    without it needs no scan of its start.

    A stem that starts with another stem adds nothing to it ("\\bdron" already matches wherever
    "\\bdrone" does), so only the shortest are kept: 240 of 421, a smaller automaton for every
    item's scan. (In sorted order, the stem a word starts with is the last one kept before it:
    every word between the two starts with it too.)"""
    shortest: list[str] = []
    for stem in sorted({s.lower() if s.isascii() else s for s, _ in _plain_stems()}):  # (?i) anyway
        if not (shortest and stem.startswith(shortest[-1])):
            shortest.append(stem)
    return "(?i)" + "|".join(r"\b" + re.escape(s) for s in shortest)


@lru_cache(maxsize=1)
def _plain_gate_set() -> Any:
    return presence(_plain_gate())  # the gate asks only whether it matches


def plain_latin_facts(
    title: str,
    summary: str,
    published: date | None,
    hint: str | None,
    trace: list[Dropped] | None = None,
    text: str | None = None,
) -> list[Fact] | None:
    """The facts of a Latin-script item typed without accents ("Mas de dos mil muertos en Sudan"),
    read in the language its text is in with lists without accents; None when it is not in a language
    with a lexicon (English reads it then). A declared language is a hint: one without a Latin
    lexicon ("en") leaves the item to English at no cost; one with a lexicon is read when the text
    agrees ("Zahl der Toten steigt auf 25" declared German: not English's "Toten die"). Costs an
    English item one RE2 scan of its start; `extract_facts` calls it only when `first_look` found
    PLAIN_STEM (None otherwise). `text`: title and summary as one text, when the caller has already
    joined them."""
    declared = hint.split("-")[0].lower() if hint else None
    if declared is not None and (
        declared not in lexicon_languages() or script_of_language(declared) != "latin"
    ):
        return None
    if text is None:
        text = f"{title}\n{summary}" if summary else title
    if not _plain_gate_set().Match(text[:160].encode("utf-8", "replace")):  # a title and its lead's start
        return None
    language = identify(text)
    if language not in lexicon_languages() or script_of_language(language) != "latin":
        return None
    if declared is not None and language != declared:
        return None  # the text and its feed disagree: English reads it, as before
    from bot.core.extract.lang.reader import read_facts

    return read_facts(language, title, summary, published, trace, plain=True)


def may_be_other_latin(text: str, hint: str | None, beyond_ascii: bool) -> bool:
    """Whether a Latin-script item that English found nothing in may be French, Spanish, German,
    Turkish or Portuguese worth reading: the feed says so, or it has letters English does not use
    (`beyond_ascii`: é, ñ, ü, ş, ã ...) and a trigger stem of one of those lexicons."""
    code = hint.split("-")[0].lower() if hint else None
    if code == "en":
        return False
    if not beyond_ascii and code not in lexicon_languages():
        return False
    return worth_reading("latin", text, code)


def other_language_facts(
    title: str,
    summary: str,
    published: date | None,
    hint: str | None,
    script: str,
    trace: list[Dropped] | None = None,
) -> tuple[str | None, list[Fact]]:
    """(language, facts) of an item not read as English; language None when the gate stopped it
    before the language was needed."""
    text = f"{title}\n{summary}" if summary else title
    if not lexicon_language_possible(script, text) or not worth_reading(script, text, hint):
        return None, []
    language = identify(text, hint)
    if language not in lexicon_languages():
        return language, []
    from bot.core.extract.lang.reader import read_facts  # imported on first use, like the English ones

    plain = script == "latin" and _ACCENTED.search(text) is None  # a feed in French typed without accents
    return language, read_facts(language, title, summary, published, trace, plain)
