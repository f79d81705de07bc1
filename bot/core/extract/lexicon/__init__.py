"""Word lists of the extractors, one data file per language (pure; reads only package data).

Every list the extractors match on (cue words, trigger stems, veto words, status words) lives in
`<language>.toml` beside this module, not in code: adding a language is adding a file (and its
tests), and a list can be read, reviewed and changed without reading regexes.

File format (TOML, read with the standard library's `tomllib`; ~2 ms for the English file):

    # sections group the lists of one extractor or concern
    [cues]
    strong = '''
    war
    air strike*        # a trailing "*" matches as a prefix: strikes, strike-hit
    '''

- a list is a multi-line string, one entry per line; blank lines and `#` comments are ignored
  (a comment may follow an entry on its line);
- an entry may be a phrase ("air strike"); a space in it matches one or more spaces;
- a trailing `*` marks a prefix ("bomb*": bombs, bombed, bombing); every other entry is a whole word;
- `lexicon(lang)` loads a file once and caches it; nothing is read at import time, so a process
  that never extracts (or only reaches the one-scan gate) never reads a file.

`Lexicon.words(section, key)` gives the entries; `Lexicon.alternation(section, key)` a regex
alternation of them (longest first, escaped, "*" as `\\w*`), for the extractors that compile
patterns from the lists. A key missing from a language's file is an error naming the file and the
key (a partial language file must say which lists it leaves empty: `key = ''`).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["Lexicon", "LexiconError", "alternation_of", "languages", "lexicon", "plain_lexicon", "unaccented"]


class LexiconError(ValueError):
    """A language file is missing, unreadable, or lacks a list an extractor asks for."""


@dataclass(frozen=True)
class Lexicon:
    language: str
    sections: dict[str, dict[str, str]]
    _cache: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def words(self, section: str, key: str) -> tuple[str, ...]:
        """The entries of one list, in file order, lowercased only if the file wrote them so."""
        got = self._cache.get((section, key))
        if got is None:
            try:
                raw = self.sections[section][key]
            except KeyError:
                raise LexiconError(
                    f"lexicon {self.language}.toml has no list [{section}] {key}: add it (empty is allowed)"
                ) from None
            got = tuple(_entries(raw))
            self._cache[(section, key)] = got
        return got

    def word_set(self, section: str, key: str) -> frozenset[str]:
        return frozenset(self.words(section, key))

    def alternation(self, section: str, key: str) -> str:
        """A regex alternation (no group) of the entries: escaped, longest first, a space as `\\s+`,
        a trailing "*" as `\\w*`."""
        return alternation_of(self.words(section, key))


def alternation_of(entries: Iterable[str]) -> str:
    """A regex alternation (no group) of lexicon-style entries: escaped, longest first (entries of one
    length in the order given), a space as `\\s+`, a trailing "*" as `\\w*`."""
    return "|".join(_pattern(w) for w in sorted(entries, key=len, reverse=True))


def _entries(raw: str) -> list[str]:
    out: list[str] = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(" ".join(entry.split()))
    return out


def _pattern(entry: str) -> str:
    prefix = entry.endswith("*")
    body = r"\s+".join(re.escape(part) for part in entry.rstrip("*").split(" "))
    return body + (r"\w*" if prefix else "")


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The codes of every language with a file here ("en", "ar", ...): adding a language is adding
    its file."""
    return tuple(
        sorted(
            p.name[: -len(".toml")]
            for p in resources.files(__package__).iterdir()
            if p.name.endswith(".toml")
        )
    )


@lru_cache(maxsize=16)
def lexicon(language: str = "en") -> Lexicon:
    """The word lists of `language` (its `<language>.toml`), loaded once."""
    name = f"{language}.toml"
    try:
        data = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(
            f"no lexicon for language {language!r}: add bot/core/extract/lexicon/{name}"
        ) from None
    try:
        parsed = tomllib.loads(data)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"lexicon {name}: {error}") from None
    sections: dict[str, dict[str, str]] = {}
    for section, lists in parsed.items():
        if not isinstance(lists, dict) or not all(isinstance(v, str) for v in lists.values()):
            raise LexiconError(f"lexicon {name}: [{section}] must hold only multi-line strings")
        sections[section] = dict(lists)
    return Lexicon(language, sections)


# letters that do not decompose into a base letter and a mark
_NO_MARK_FORMS = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "đ": "d", "ł": "l", "Ł": "L"})


def unaccented(text: str) -> str:
    """`text` as it is typed without accents: "tués" -> "tues", "öldü" -> "oldu", "İsrail" -> "Israil"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_NO_MARK_FORMS))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@lru_cache(maxsize=16)
def plain_lexicon(language: str) -> Lexicon:
    """`language`'s word lists with their accents taken off, to read a text written without them
    ("Mas de dos mil muertos en Sudan", "saldirilarda 20 kisi hayatini kaybetti"); list names and
    the canonical names they stand for stay as they are."""
    lex = lexicon(language)
    sections = {
        section: {key: unaccented(value) for key, value in lists.items()}
        for section, lists in lex.sections.items()
    }
    return Lexicon(language, sections)
