"""Recognitions in the ten languages, round 15 (issue 15, helper mlrecog): a count of states as the
subject of the recognition verb is a decision, not a standing status ("Dix pays reconnaissent ...");
a recognition noun whose status is the predicate at its clause's end ("... ليس مطروحا", "... n'est
pas à l'ordre du jour"); Arabic participles, pronoun suffixes on sovereignty and the Sahara, a new
"administration" recognised, "no recognition" and "non-recognition", "now" and "because" that are no
complementiser; French giving up, not planning, premature, wondering, and a state summoning an
ambassador that recognises nothing. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import RecognitionGroup, recognition_groups


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Sept pays reconnaissent l'État de Palestine à New York, dont la Belgique", {("Belgium",)}),
        ("fr", "Une dizaine de pays, dont Malte, reconnaissent l'Etat de Palestine", {("Malta",)}),
        ("fr", "Le Portugal et quatre autres pays reconnaissent l'État de Palestine", {("Portugal",)}),
        ("fr", "Douze pays reconnaissent l'État de Palestine lors d'un sommet", {()}),
        ("ar", "سبع دول تعترف رسمياً بدولة فلسطين بينها مالطا وبلجيكا", {("Belgium", "Malta")}),
        ("ar", "البرتغال و4 دول أخرى تعترف بدولة فلسطين", {("Portugal",)}),
        ("es", "Cuatro países europeos reconocen al Estado palestino, entre ellos Irlanda", {("Ireland",)}),
    ],
)
def test_a_count_of_states_as_subject_decides(
    language: str, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert recognition_groups(language, text) == {(actors, "Palestine", "done") for actors in expected}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Taïwan, reconnu par seulement douze pays, dénonce les pressions de Pékin"),
        ("fr", "Les 147 pays qui reconnaissent déjà la Palestine saluent la décision"),
        ("ar", "فلسطين التي تعترف بها 147 دولة تطالب بوقف الحرب"),
    ],
)
def test_a_count_of_states_that_recognise_is_a_standing_status(language: str, text: str) -> None:
    assert not any(
        status == "done" and actors == () for actors, _r, status in recognition_groups(language, text)
    )


@pytest.mark.parametrize(
    ("language", "text", "state", "status"),
    [
        ("ar", "السويد: الاعتراف بالدولة الفلسطينية غير مطروح في الوقت الحالي", "Sweden", "rejected"),
        (
            "fr",
            "Pour Vienne, la reconnaissance de la Palestine n'est pas à l'ordre du jour",
            "Austria",
            "rejected",
        ),
        ("ar", "النمسا تقرر عدم الاعتراف بدولة فلسطين حالياً", "Austria", "rejected"),
        ("ar", "الدنمارك: لا اعتراف بدولة فلسطين قبل إجراء انتخابات", "Denmark", "rejected"),
        ("fr", "La Corée du Sud renonce à reconnaître l'État de Palestine", "South Korea", "rejected"),
        ("fr", "La Suède ne prévoit pas de reconnaître la Palestine cette année", "Sweden", "rejected"),
        ("fr", "Vienne juge « prématurée » toute reconnaissance de la Palestine", "Austria", "rejected"),
        ("fr", "Reconnaissance de la Palestine : l'Autriche ne suivra pas", "Austria", "rejected"),
        ("fr", "La Suède s'interroge sur une reconnaissance de l'État de Palestine", "Sweden", "considering"),
        ("ar", "الحكومة البلجيكية تنضم إلى الدول المعترفة بدولة فلسطين", "Belgium", "done"),
        ("ar", "وزير الخارجية الهولندي: الاعتراف بفلسطين الآن لن يساعد", "Netherlands", "rejected"),
    ],
)
def test_status_of_a_recognition_noun_and_more_cues(
    language: str, text: str, state: str, status: str
) -> None:
    assert recognition_groups(language, text) == {((state,), "Palestine", status)}


def test_the_sahara_and_sovereignty_with_a_pronoun_suffix() -> None:
    text = "الرباط ترحب باعتراف كينيا بسيادتها على صحرائه"
    assert recognition_groups("ar", text) == {(("Kenya",), "Western Sahara", "done")}


def test_a_new_administration_recognised_is_a_government() -> None:
    assert recognition_groups("ar", "تركيا تعترف بالإدارة السورية الجديدة") == {
        (("Turkey",), "Syria government", "done")
    }


def test_a_plan_said_of_the_recognition_after_by_is_its_status() -> None:
    text = "La reconnaissance de l'État de Palestine par le Luxembourg sera officialisée lundi"
    assert recognition_groups("fr", text) == {(("Luxembourg",), "Palestine", "announced")}


def test_a_that_after_the_verb_of_a_count_of_states_is_no_relative() -> None:
    text = "Six pays déclarent qu'ils reconnaîtront la Palestine, parmi lesquels la Slovénie"
    assert recognition_groups("fr", text) == {(("Slovenia",), "Palestine", "announced")}


def test_not_on_the_agenda_in_persian_and_ruling_out_in_arabic() -> None:
    assert recognition_groups("fa", "سوئد: به رسمیت شناختن فلسطین فعلاً در دستور کار نیست") == {
        (("Sweden",), "Palestine", "rejected")
    }
    text = "هولندا تستبعد الاعتراف بدولة فلسطين"
    assert recognition_groups("ar", text) == {(("Netherlands",), "Palestine", "rejected")}


def test_a_state_summoning_an_ambassador_recognises_nothing() -> None:
    text = "La Slovénie reconnaît l'État de Palestine, Israël convoque son ambassadeur"
    assert recognition_groups("fr", text) == {(("Slovenia",), "Palestine", "done")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Грузия признала Палестину, сообщает МИД Турции", {(("Georgia",), "Palestine", "done")}),
        (
            "uk",
            "Естонія розглядає визнання Палестини, повідомляє Варшава",
            {(("Estonia",), "Palestine", "considering")},
        ),
        (
            "pt",
            "Angola vai reconhecer a Palestina, informa o governo de Portugal",
            {(("Angola",), "Palestine", "announced")},
        ),
        (
            "es",
            "Bolivia reconoce al Estado palestino, según la cancillería de Chile",
            {(("Bolivia",), "Palestine", "done")},
        ),
    ],
)
def test_the_state_reporting_a_recognition_is_no_actor(
    language: str, text: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "Timor-Leste pondera reconhecer a Palestina após consultar a Austrália",
            {(("Timor-Leste",), "Palestine", "considering")},
        ),
        (
            "es",
            "Ecuador estudia reconocer a Palestina tras consultar a Colombia",
            {(("Ecuador",), "Palestine", "considering")},
        ),
    ],
)
def test_the_state_consulted_is_no_actor(language: str, text: str, expected: set[RecognitionGroup]) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "state", "status"),
    [
        (
            "pt",
            "Reconhecimento da Palestina não está em análise, diz governo da Grécia",
            "Greece",
            "rejected",
        ),
        ("fa", "به رسمیت شناختن فلسطین در دستور کار دولت سوئد نیست", "Sweden", "rejected"),
        ("ru", "Киргизия рассмотрит признание Палестины в следующем году", "Kyrgyzstan", "considering"),
    ],
)
def test_not_under_review_not_on_the_agenda_will_consider(
    language: str, text: str, state: str, status: str
) -> None:
    assert recognition_groups(language, text) == {((state,), "Palestine", status)}


def test_a_switch_back_to_taipei_is_taiwan_recognised_and_china_given_up() -> None:
    assert recognition_groups("es", "Nauru vuelve a reconocer a Taiwán tras romper con China") == {
        (("Nauru",), "Taiwan", "done"),
        (("Nauru",), "China", "rejected"),
    }


def test_a_switch_ruled_out_is_the_side_not_chosen_rejected() -> None:
    assert recognition_groups("es", "Belice descarta romper con Taiwán y reconocer a China") == {
        (("Belize",), "China", "rejected")
    }


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("ar", "مجلس الشيوخ البولندي يرفض مقترحاً للاعتراف بدولة فلسطين على غرار سلوفينيا", "Poland"),
        ("ar", "البرلمان الفنلندي يرفض الاعتراف بفلسطين أسوة بالنرويج", "Finland"),
        (
            "fr",
            "Le Sénat polonais rejette la reconnaissance de la Palestine à l'instar de la Hongrie",
            "Poland",
        ),
    ],
)
def test_the_state_followed_as_an_example_is_no_actor(language: str, text: str, state: str) -> None:
    assert recognition_groups(language, text) == {((state,), "Palestine", "rejected")}
