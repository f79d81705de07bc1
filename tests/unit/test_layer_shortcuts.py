"""The language layer's shortcuts for English items give the answers of the longer way round:
`latin_script_bytes` only where `script_of` says "latin", and `by_letters` as when it counted every
letter and split every text with the Unicode word pattern."""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest

from bot.core.extract import extract_facts
from bot.core.extract.lang import first_look, latin_script_bytes, script_of
from bot.core.extract.lang.identify import by_letters

identify_module = sys.modules["bot.core.extract.lang.identify"]

TEXTS = [
    "Rebels say ‘no talks’ – officials report 12 killed in the capital",
    "“We will not stop,” the minister said — three soldiers were wounded…",
    "Café owner among 4 killed in attack on Évora market",
    "L’armée a tué onze personnes près de la frontière, selon l’ONU",
    "Ataque con drones deja cinco muertos en el norte del país",
    "Saldırıda 3 kişi öldü, 5 kişi yaralandı",
    "Mindestens zwölf Menschen getötet, heißt es aus Kiew",
    "«Удар по Одесі»: загинули троє людей",
    "Взрыв в Москве: погибли два человека",
    "مقتل 5 أشخاص في قصف على غزة",
    "‘שלושה הרוגים בפיגוע’ בירושלים",
    "হামলায় পাঁচজন নিহত হয়েছেন",
    "Ceasefire talks 🕊️ resume as 7 are reported dead",
    "A long English lead " + "and more words " * 30 + "then Ελλάδα at the end",
    "English title\u200b with a zero-width space and £5m in aid",
    "Ἀθῆναι, Ⅻ, ﬁre and ｆｕｌｌ-width letters",
]


@pytest.mark.parametrize("text", TEXTS)
def test_latin_script_bytes_only_when_script_of_says_latin(text: str) -> None:
    data = latin_script_bytes(text)
    if data is not None:
        assert script_of(text) == "latin"
        assert data == text.encode("utf-8", "replace")


def test_latin_script_bytes_takes_quotes_and_dashes_but_not_other_scripts() -> None:
    assert latin_script_bytes(TEXTS[0]) is not None
    assert latin_script_bytes(TEXTS[2]) is not None  # accented Latin letters are Latin
    assert latin_script_bytes(TEXTS[8]) is None
    assert latin_script_bytes(TEXTS[13]) is None  # a Greek word past the 300 characters script_of reads
    assert latin_script_bytes(TEXTS[11]) is None


def test_no_letter_of_another_script_has_a_lead_byte_the_shortcut_lets_through() -> None:
    allowed = set(identify_module._OUTSIDE_RANGES)
    for _script, first, last in identify_module._RANGES:
        for code in range(first, last + 1):
            assert chr(code).encode("utf-8")[0] not in allowed


def test_first_look_reads_the_same_bytes() -> None:
    text = TEXTS[0]
    assert first_look(text.encode("utf-8")) == first_look(latin_script_bytes(text) or b"")


def _by_letters_counting_everything(script: str, text: str) -> str | None:
    """`by_letters` as it was: every letter counted, every text split with the Unicode pattern."""
    clues = identify_module._clues()
    sample = text[:400].lower()
    if script == "cyrillic":
        return by_letters(script, text)
    if script == "arabic":
        if re.search(identify_module._NOT_ARABIC_OR_PERSIAN, sample):
            return None
        sample = identify_module.fold(sample)
    scores = dict.fromkeys(clues.words[script], 0)
    telling = clues.letters[script]
    for ch, n in Counter(sample).items():
        if ch in telling:
            scores[telling[ch]] = scores.get(telling[ch], 0) + n
    for word in re.findall(r"[^\W\d_]+", sample):
        for language in clues.owners[script].get(word, ()):
            scores[language] += 1
    (best, language), (second, _) = sorted(((n, lang) for lang, n in scores.items()), reverse=True)[:2]
    if best < identify_module._MIN_WORDS or best < identify_module._MARGIN * second:
        return None
    return language if language in identify_module.languages() else None


MORE = [
    "The army said it was not clear who was behind the attack on the convoy",
    "Le gouvernement a annoncé que les soldats ont été tués par une mine",
    "Turkiye'de deprem: yikilan binalarda en az 12 kisi oldu, cok sayida yarali var",
    "Kızılay ekipleri bölgeye ulaştı ve yaralılar hastaneye kaldırıldı",
    "Die Bundesregierung hat den Export von Waffen gestoppt, weil der Krieg weitergeht",
    "Straße gesperrt: Polizei meldet zwei Verletzte",
    "O governo disse que os soldados foram mortos durante a operação",
    "Polska wysyła pomoc, żołnierze są gotowi",
    "The drone pilots monitoring Russian troops",
    "Drone strike hits northern Iraq",
]


@pytest.mark.parametrize("text", TEXTS + MORE)
def test_by_letters_as_when_it_counted_everything(text: str) -> None:
    script = script_of(text)
    if script not in ("latin", "arabic", "cyrillic"):
        return
    assert by_letters(script, text) == _by_letters_counting_everything(script, text)


@pytest.mark.parametrize("text", TEXTS + MORE)
def test_extract_facts_the_same_by_either_way_to_the_script(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shortcut = extract_facts(text, "")
    monkeypatch.setattr("bot.core.extract.latin_script_bytes", lambda _text: None)
    assert extract_facts(text, "") == shortcut
