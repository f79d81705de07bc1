"""The language layer's shortcut for English items gives the answers of the longer way round:
`by_letters` as when it counted every letter and split every text with the Unicode word pattern."""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest

from bot.core.extract.lang import script_of
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
