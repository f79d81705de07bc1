"""Recognitions in the ten languages, round 19 (issue 15, helper mlrecog, round 9): a recognition with
no state named is kept only with a subject that decides it (a government, a count of states), not
in a debate, an anniversary or "international recognition"; a government recognised before the verb
in a verb-final clause; every Turkish past form; an election or a referendum recognised is no state;
an Arabic future auxiliary as the predicate of a recognition noun. Every sentence is written for this
file."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import RecognitionGroup, recognition_groups


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("he", "ההכרה בפלסטין: הוויכוח בקרב הפרשנים נמשך"),
        ("es", "¿Sirve de algo el reconocimiento de Palestina? Un análisis"),
        ("ar", "بعد عام على الاعتراف بدولة فلسطين.. ماذا تغير على الأرض؟"),
        ("pt", "Diplomatas que reconhecem a Palestina reúnem-se em Genebra"),
        ("ru", "Эксперты: признание Сомалиленда пока остаётся отдалённой перспективой"),
    ],
)
def test_no_state_and_no_government_is_no_fact(language: str, text: str) -> None:
    assert recognition_groups(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "El Gobierno aprobó hoy el reconocimiento del Estado de Palestina",
            {((), "Palestine", "done")},
        ),
        ("ar", "سبع دول تعلن اعترافها بدولة فلسطين", {((), "Palestine", "done")}),
    ],
)
def test_no_state_named_but_a_subject_that_decides(
    language: str, text: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("tr", "Katar, Suriye'nin geçici hükümetini tanıdı", {(("Qatar",), "Syria government", "done")}),
        ("tr", "Kazakistan, Filistin'i tanıdıklarını duyurdu", {(("Kazakhstan",), "Palestine", "done")}),
        ("tr", "Hırvatistan'ın Filistin'i tanıdığı bildirildi", {(("Croatia",), "Palestine", "done")}),
    ],
)
def test_turkish_past_forms_and_a_government_before_the_verb(
    language: str, text: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Кишинев не признает референдум в Приднестровье и выборы в Абхазии"),
        ("uk", "Київ закликав партнерів не визнавати «вибори» в Абхазії"),
        ("fr", "Paris ne reconnaît pas le scrutin organisé en Abkhazie"),
        ("de", "Die EU erkennt die Wahlen in Abchasien nicht an"),
        ("es", "Madrid no reconoce las elecciones celebradas en Abjasia"),
        ("tr", "Gürcistan, Abhazya'daki seçimleri tanımadığını açıkladı"),
    ],
)
def test_an_election_recognised_is_no_state(language: str, text: str) -> None:
    assert recognition_groups(language, text) == set()


def test_an_arabic_future_auxiliary_is_announced() -> None:
    text = "وزير الخارجية الأيرلندي: الاعتراف بدولة فلسطين سوف يتم الشهر المقبل"
    assert recognition_groups("ar", text) == {(("Ireland",), "Palestine", "announced")}
