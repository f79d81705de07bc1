"""English names of languages by ISO 639-1 code ("uk" -> "Ukrainian"), for alerts ("in Ukrainian"),
the status page and the rule schema's `languages:` check (pure; reads package data).

The table is `bot/core/data/languages.toml`, pycountry's names written out by
tools/build_language_names.py (tests/unit/test_language_names.py keeps it equal to pycountry's):
reading it costs a fraction of a millisecond, where importing pycountry and loading its
7,900-language table cost a `match` process ~0.1 s the first time an alert named a language.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import tomllib

    text = resources.files("bot.core.data").joinpath("languages.toml").read_text(encoding="utf-8")
    return dict(tomllib.loads(text)["names"])


def language_name(code: str) -> str | None:
    """The English name of the language with ISO 639-1 code `code` (any case), None when unknown."""
    return _names().get(code.lower())


def is_language_code(code: str) -> bool:
    """Whether `code` (any case) is an ISO 639-1 language code."""
    return code.lower() in _names()
