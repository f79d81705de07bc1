"""Speed steps that must read exactly as before (round 11, enspeed2): `WordMatcher` finds the tokens
where an entry may start in one scan (`_starts`), and `sentences` tries a boundary only at a "."
(or "!", "?") that the boundary pattern can match from."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from bot.core.extract import text as text_mod
from bot.core.extract.lang.item import lists_of
from bot.core.extract.lang.tokens import WordMatcher, normalise, tokenize
from bot.core.extract.text import Sentence, sentences

_TEXTS = {
    "ar": "قتل 12 شخصا والقتلى بينهم أطفال في غارة على بلدة قرب الحدود، وأعلنت الحكومة حظر الأسلحة.",
    "uk": "Загинули троє людей, ще п'ятеро поранені внаслідок обстрілу; уряд визнав незалежність.",
    "ru": "Погибли 7 человек, ещё на два года продлено эмбарго на поставки оружия.",
    "he": "שלושה בני אדם נהרגו והרוגים נוספים בעזה; הממשלה הכירה במדינה.",
    "fr": "Au moins 14 personnes ont été tuées et 3 blessées ; la France suspend ses ventes d'armes.",
    "es": "Murieron 9 personas y resultó herido un niño; España reconoce al Estado palestino.",
    "de": "Mindestens 5 Menschen wurden getötet; Berlin setzt die Waffenlieferungen vorerst aus.",
    "tr": "Saldırıda 4 kişi hayatını kaybetti, 12'si çocuk; Ankara silah ambargosu ilan etti.",
    "fa": "دست کم ۶ نفر کشته شدند و دولت تحریم تسلیحاتی را اعلام کرد.",
    "pt": "Pelo menos 8 pessoas morreram e ficou ferido um policial; Portugal reconhece o Estado.",
}


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_starts_are_the_tokens_may_start_accepts(language: str) -> None:
    for plain in (False, True):
        lists = lists_of(language, plain)
        tokens = tokenize(normalise(_TEXTS[language])[0])
        for field in fields(lists):
            matcher = getattr(lists, field.name)
            if not isinstance(matcher, WordMatcher):
                continue
            for part in (tokens, tokens[3:5], tokens[:1], []):
                want = [i for i, t in enumerate(part) if matcher._may_start(t.text)]
                assert matcher._starts(part) == want, (language, field.name)


def test_starts_with_short_stems_and_proclitics() -> None:
    tokens = tokenize(normalise("apple والقتلى two words x قتلى")[0])
    short = WordMatcher([("k", "a*"), ("k", "قتل*"), ("p", "two words")], prefixes=("و", "ال"))
    assert short._starts(tokens) == [i for i, t in enumerate(tokens) if short._may_start(t.text)] == [0, 2, 5]
    assert [(h.first, h.entry) for h in short.hits(tokens)] == [(2, "two words"), (5, "قتل*")]  # as before
    m = WordMatcher([("k", "ap*"), ("k", "قتل*"), ("p", "two words")], prefixes=("و", "وال"))
    assert m._starts(tokens) == [0, 1, 2, 5]
    assert [(h.first, h.entry) for h in m.hits(tokens)] == [
        (0, "ap*"),
        (1, "قتل*"),
        (2, "two words"),
        (5, "قتل*"),
    ]


def _old_sentences(text: str) -> list[Sentence]:
    """`sentences` with `_BOUNDARY.finditer` over the whole text and the word before a dot searched
    for (the code before the boundaries were tried only where they can start)."""
    last_token = re.compile(r"([\w.]+)$")
    out, start = [], 0
    for m in text_mod._BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            word = last_token.search(text, max(start, m.start() - 24), m.start())
            w = word.group(1).lower() if word else ""
            if (
                w in text_mod._ABBREV
                or (len(w) == 1 and "a" <= w <= "z")
                or ("." in w and text_mod._INITIALS.fullmatch(w))
            ):
                continue
        end = m.start() + (1 if text[m.start()] in ".!?" else 0)
        if text[start:end].strip():
            out.append(Sentence(start, end, text[start:end]))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text), text[start:]))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 3.5 million. Officials said 12 died.",
        "U.S. forces struck. The U.N. said so.\nA new line | Another part | end",
        "He said... Then 4 were killed!? (Reuters) - More later.",
        'She said "no." Then left. e.g. this. Gen. Smith came. Dr. no. a.b.c. D',
        "www.example.com reported 1.200 dead... and more.  \"Quoted.\" 'Again.' [Note.] X",
        "Ends with a dot.",
        "...",
        ". A",
        "|x| . | y",
        "Officials in Kandahar confirmed it. Lt. Col. Ahmadzai said abc.def. Then x.y.z. Approx. 5 left.",
        "The strike hit a building.\n. Five died at noon.  Everybody. Understood? Yes!",
    ],
)
def test_sentences_as_with_every_dot_a_candidate(text: str) -> None:
    assert sentences(text) == _old_sentences(text)
