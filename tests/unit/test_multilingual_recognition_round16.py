"""Recognitions in the ten languages, round 16 (issue 15, helper mlrec16). Every sentence is written
for this file (variants of a family, not corpus text).

Co-recognisers after "in coordination with", "in step with", "simultaneously with" (lexicon
`[recognition_status] together`): the states after it recognise with the subject, with its status
("España reconoce a Palestina en coordinación con Irlanda y Noruega": Spain, Ireland and Norway)."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import RecognitionGroup, recognition_groups


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "es",
            "España reconoce a Palestina en coordinación con Irlanda y Noruega",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "es",
            "España reconoció el Estado palestino a la vez que Irlanda y Noruega",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "es",
            "España reconocerá a Palestina el martes de forma coordinada con Irlanda y Noruega",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "announced")},
        ),
        (
            "fr",
            "La France reconnaît la Palestine en coordination avec la Belgique et le Luxembourg",
            "",
            {(("Belgium", "France", "Luxembourg"), "Palestine", "done")},
        ),
        (
            "fr",
            "Le Luxembourg a reconnu l'État de Palestine en même temps que la France et Malte",
            "",
            {(("France", "Luxembourg", "Malta"), "Palestine", "done")},
        ),
        (
            "fr",
            "La Belgique reconnaîtra la Palestine de concert avec Malte",
            "",
            {(("Belgium", "Malta"), "Palestine", "announced")},
        ),
        (
            "de",
            "Spanien erkennt Palästina in Abstimmung mit Irland und Norwegen an",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "de",
            "Irland hat Palästina gleichzeitig mit Spanien und Norwegen anerkannt",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "pt",
            "Portugal reconhece a Palestina em coordenação com o Reino Unido e o Canadá",
            "",
            {(("Canada", "Portugal", "United Kingdom"), "Palestine", "done")},
        ),
        (
            "pt",
            "Portugal reconheceu o Estado da Palestina ao mesmo tempo que a França",
            "",
            {(("France", "Portugal"), "Palestine", "done")},
        ),
        (
            "ru",
            "Испания признала Палестину синхронно с Ирландией и Норвегией",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "ru",
            "Испания признала Палестину в координации с Ирландией и Норвегией",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "uk",
            "Іспанія визнала Палестину синхронно з Ірландією та Норвегією",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "uk",
            "Іспанія визнала Палестину у координації з Ірландією і Норвегією",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "ar",
            "إسبانيا تعترف بدولة فلسطين بالتنسيق مع أيرلندا والنرويج",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "ar",
            "إسبانيا تعترف بفلسطين بالتزامن مع أيرلندا والنرويج",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "he",
            "ספרד הכירה במדינה פלסטינית בתיאום עם אירלנד ונורווגיה",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "he",
            "ספרד הכירה בפלסטין במקביל לאירלנד ולנורווגיה",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "tr",
            "İspanya, İrlanda ve Norveç ile eş zamanlı olarak Filistin'i tanıdı",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "tr",
            "İspanya, İrlanda ve Norveç ile koordineli şekilde Filistin Devleti'ni tanıdı",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "fa",
            "اسپانیا با هماهنگی ایرلند و نروژ کشور فلسطین را به رسمیت شناخت",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "fa",
            "اسپانیا همزمان با ایرلند و نروژ فلسطین را به رسمیت شناخت",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
    ],
)
def test_states_in_coordination_with_the_subject_recognise_with_it(
    language: str, title: str, summary: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, title, summary) == expected
