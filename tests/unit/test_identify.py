"""The language shortcut (`identify.by_letters`): letters and function words name a language only when
they leave no doubt, with the answer the model would give; everything else still goes to the model.

benchmarks/language_id.py measures the same on the labeled and real-feed sets (accuracy, and how
many items still need the model)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.identify import by_letters, by_model, identify, script_of

DECIDED = [
    ("uk", "Внаслідок обстрілу міста загинули четверо людей, ще сім отримали поранення"),
    ("uk", "Президент заявив, що Україна отримає нові системи протиповітряної оборони"),
    ("ru", "В результате обстрела города погибли четыре человека, ещё семеро ранены"),
    ("ru", "Президент заявил, что страна не будет поставлять оружие в зону боевых действий"),
    ("ar", "قال مسؤولون إن القصف على المدينة أدى إلى مقتل أربعة أشخاص في وقت متأخر من الليل"),
    ("fa", "به گزارش خبرگزاری، در این حمله چهار نفر کشته شدند و هفت نفر زخمی شده اند"),
    ("fr", "Quatre personnes ont été tuées dans une frappe sur la ville, selon les autorités locales"),
    ("es", "Al menos cuatro personas murieron en el ataque contra la ciudad, según las autoridades"),
    ("pt", "Pelo menos quatro pessoas morreram no ataque à cidade, segundo as autoridades locais"),
    ("de", "Bei dem Angriff auf die Stadt sind nach Angaben der Behörden vier Menschen getötet worden"),
    ("tr", "Yetkililerin açıklamasına göre kente düzenlenen saldırıda dört kişi hayatını kaybetti"),
    ("en", "Four people were killed in a strike on the city, and the authorities said that more died"),
]


@pytest.mark.parametrize(("language", "text"), DECIDED)
def test_clear_texts_are_named_without_the_model(language: str, text: str) -> None:
    assert by_letters(script_of(text), text) == language
    assert identify(text) == language


@pytest.mark.parametrize(("language", "text"), DECIDED)
def test_the_shortcut_agrees_with_the_model(language: str, text: str) -> None:
    assert by_model(text) == language


def test_latin_text_without_accents_is_not_taken_for_english() -> None:
    # no letter beyond ASCII and no declared language: the function words still say Spanish
    text = "El ejercito dijo que los muertos son al menos 12 y que hay mas de 30 heridos en el pueblo"
    assert text.isascii()
    assert by_letters("latin", text) == "es"
    assert identify(text) == "es"


@pytest.mark.parametrize(
    "text",
    [
        # Bulgarian, Belarusian, Serbian, Kazakh: other Cyrillic alphabets
        "Четирима души загинаха при обстрела на града, съобщиха властите",
        "У выніку абстрэлу горада загінулі чатыры чалавекі, паведамілі ўлады",
        "Четири особе су погинуле у нападу на град, саопштиле су власти",
        "Қаланы атқылау салдарынан төрт адам қаза тапты, деп хабарлады билік",
        # no letter only Ukrainian or only Russian writes
        "Войска обстреляли город, погибли пять человек",
        # Urdu letters
        "حملے میں پانچ افراد ہلاک ہو گئے ہیں",
        # Italian and Catalan: close to the languages with a lexicon, without one
        "Quattro persone sono morte nell'attacco alla città, secondo le autorità della regione",
        "Quatre persones han mort en l'atac contra la ciutat, segons les autoritats, però també",
        # a headline with too few function words to tell
        "Guerra y paz",
    ],
)
def test_doubtful_texts_go_to_the_model(text: str) -> None:
    assert by_letters(script_of(text), text) is None


def test_a_text_naming_no_language_with_a_lexicon_is_left_to_the_model() -> None:
    italian = "Quattro persone sono morte nell'attacco alla città, secondo le autorità della regione"
    assert identify(italian) == "it"
