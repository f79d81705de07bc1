"""Recognitions in the ten languages, round 17 (issue 15, helper mlrecog, round 8): a state recognised
only as the object of the recognition word (Israel, "the Zionist regime", the People's Republic of
China), before the verb in a verb-final clause; a claimed territory after a word for annexation or
right after the word (Crimea); two groups of states, the second with a cue of its own after a state;
the last of a list after a colon; the state whose decision others hail; an adjective of the claimant;
refusing, "no longer", "ready to", "not on the agenda", reactions and unnamed "another country" in
the languages that lacked them; recognising someone's work or licences is no recognition. Every
sentence is written for this file."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import RecognitionGroup, recognition_groups


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ar", "الرئيس التونسي: تونس لن تعترف أبداً بالكيان الصهيوني", {(("Tunisia",), "Israel", "rejected")}),
        ("fa", "پاکستان رژیم صهیونیستی را به رسمیت نخواهد شناخت", {(("Pakistan",), "Israel", "rejected")}),
        ("tr", "Cezayir: Siyonist rejimi hiçbir zaman tanımayacağız", {(("Algeria",), "Israel", "rejected")}),
        (
            "ru",
            "Мавритания не признает Израиль до создания палестинского государства",
            {(("Mauritania",), "Israel", "rejected")},
        ),
        ("de", "Oman will Israel vorerst nicht anerkennen", {(("Oman",), "Israel", "rejected")}),
        (
            "es",
            "Nicaragua evalúa reconocer a la República Popular China",
            {(("Nicaragua",), "China", "considering")},
        ),
        # the state after the word is another clause's subject, or after "if": no object
        (
            "fa",
            "اسپانیا و ایرلند کشور فلسطین را به رسمیت شناختند و اسرائیل این اقدام را محکوم کرد",
            {(("Ireland", "Spain"), "Palestine", "done"), (("Israel",), "Palestine", "rejected")},
        ),
        (
            "fr",
            "La Slovénie reconnaîtra la Palestine si Israël poursuit l'annexion",
            {(("Slovenia",), "Palestine", "announced")},
        ),
        # the owner of a sovereignty recognised is not what is recognised
        ("ar", "باراغواي تعترف بسيادة إسرائيل على الجولان", {(("Paraguay",), "Golan Heights", "done")}),
        ("ar", "ليبيريا تدرس الاعتراف بإسرائيل", {(("Liberia",), "Israel", "considering")}),
    ],
)
def test_a_state_recognised_as_the_object(language: str, text: str, expected: set[RecognitionGroup]) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "actors", "status"),
    [
        ("uk", "Молдова не визнаватиме анексію Криму, заявив прем'єр", ("Moldova",), "rejected"),
        ("ru", "Казахстан не признает аннексию Крыма", ("Kazakhstan",), "rejected"),
        ("tr", "Azerbaycan, Kırım'ın ilhakını tanımadığını yineledi", ("Azerbaijan",), "rejected"),
        ("de", "Georgien erkennt die Annexion der Krim nicht an", ("Georgia",), "rejected"),
        ("uk", "Грузія ніколи не визнає Крим російським", ("Georgia",), "rejected"),
    ],
)
def test_crimea_after_a_word_for_annexation(
    language: str, text: str, actors: tuple[str, ...], status: str
) -> None:
    assert recognition_groups(language, text) == {(actors, "Crimea", status)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Kenia reconoce el Sahara como marroquí", {(("Kenya",), "Western Sahara", "done")}),
        (
            "pt",
            "Quénia reconhece Sara Ocidental como parte de Marrocos",
            {(("Kenya",), "Western Sahara", "done")},
        ),
        # a territory's short word alone after the recognition word may be a person's name
        ("pt", "Portugal reconhece Sara Mendes como embaixadora do ano", set()),
        ("pt", "O Brasil reconhece Sara, a primeira refugiada eleita, como cidadã honorária", set()),
    ],
)
def test_a_territory_right_after_the_word_is_told_as_its_claimants(
    language: str, text: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "Ірландія та Іспанія визнають Палестину, Чехія відмовляється",
            {(("Ireland", "Spain"), "Palestine", "announced"), (("Czechia",), "Palestine", "rejected")},
        ),
        (
            "he",
            "מלטה וסלובניה הכירו במדינה פלסטינית; הונגריה מסרבת",
            {(("Malta", "Slovenia"), "Palestine", "done"), (("Hungary",), "Palestine", "rejected")},
        ),
        (
            "fa",
            "مالت و اسلوونی کشور فلسطین را به رسمیت شناختند؛ مجارستان مخالفت کرد",
            {(("Malta", "Slovenia"), "Palestine", "done"), (("Hungary",), "Palestine", "rejected")},
        ),
        (
            "fr",
            "Reconnaissance de la Palestine : la Slovénie, Malte et le Portugal franchissent le pas, "
            "Israël convoque leurs ambassadeurs",
            {(("Malta", "Portugal", "Slovenia"), "Palestine", "done")},
        ),
        (
            "es",
            "Reconocimiento de Palestina: Brasil y Chile celebran la decisión de Portugal",
            {(("Portugal",), "Palestine", "done")},
        ),
    ],
)
def test_two_groups_and_lists(language: str, text: str, expected: set[RecognitionGroup]) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le Bénin ne reconnaît plus la République sahraouie",
            {(("Benin",), "Sahrawi Arab Democratic Republic", "rejected")},
        ),
        (
            "fr",
            "Kenya : Nairobi appuie le plan d'autonomie marocain et reconnaît la souveraineté du Maroc "
            "sur le Sahara",
            {(("Kenya",), "Western Sahara", "done")},
        ),
        ("de", "Zypern schließt die Anerkennung des Kosovo aus", {(("Cyprus",), "Kosovo", "rejected")}),
        (
            "de",
            "Die Regierung in Canberra teilte mit, Australien erkenne Palästina ab sofort an",
            {(("Australia",), "Palestine", "done")},
        ),
        (
            "ru",
            "Бразилия готова признать Сомалиленд, заявил министр",
            {(("Brazil",), "Somaliland", "considering")},
        ),
        (
            "ru",
            "МИД Италии: признание Палестины не стоит на повестке",
            {(("Italy",), "Palestine", "rejected")},
        ),
        ("he", "יוון: ההכרה במדינה פלסטינית אינה על הפרק", {(("Greece",), "Palestine", "rejected")}),
        (
            "es",
            "Austria: el reconocimiento de Palestina no está en la agenda",
            {(("Austria",), "Palestine", "rejected")},
        ),
        ("uk", "Белград: ще одна країна відкликала визнання Косова", {((), "Kosovo", "rejected")}),
        ("fa", "قطر در حال بررسی شناسایی رسمی سومالی‌لند است", {(("Qatar",), "Somaliland", "considering")}),
        (
            "pt",
            "Países Baixos ponderam reconhecer o Estado palestiniano",
            {(("Netherlands",), "Palestine", "considering")},
        ),
        (
            "pt",
            "Cabo Verde reconhece a soberania de Marrocos sobre o Sahara Ocidental",
            {(("Cabo Verde",), "Western Sahara", "done")},
        ),
        (
            "de",
            "Lawrow: Russland wird Palästina weiter unterstützen und erkennt den Staat an",
            {(("Russia",), "Palestine", "done")},
        ),
    ],
)
def test_status_words_and_names(language: str, text: str, expected: set[RecognitionGroup]) -> None:
    assert recognition_groups(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Gobierno reconoce el trabajo de los médicos de Palestina"),
        ("pt", "Portugal reconhece o papel da UNRWA na Palestina"),
        ("tr", "Türkiye ile Kosova sürücü belgelerinin karşılıklı tanınması konusunda anlaştı"),
        ("ar", "مصر تعترف بالشهادات الجامعية الصادرة من فلسطين"),
        ("uk", "Україна та Косово домовилися про визнання посвідчень водія"),
    ],
)
def test_recognising_work_or_documents_is_no_recognition(language: str, text: str) -> None:
    assert recognition_groups(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # recognising the People's Republic gives up Taiwan, said or not
        (
            "ru",
            "Тайвань лишился союзника: Сент-Люсия признала Пекин",
            {(("Saint Lucia",), "China", "done"), (("Saint Lucia",), "Taiwan", "rejected")},
        ),
        (
            "fr",
            "Le Guatemala pourrait reconnaître la République populaire de Chine",
            {(("Guatemala",), "China", "considering")},
        ),
        # a topic before a colon is no actor when another state follows it
        (
            "es",
            "Marruecos: Ecuador suspende su reconocimiento de la RASD",
            {(("Ecuador",), "Sahrawi Arab Democratic Republic", "rejected")},
        ),
        ("tr", "İran: Siyonist rejimi tanımıyoruz", {(("Iran",), "Israel", "rejected")}),
        # refraining, waiting, backing off
        (
            "ru",
            "Бельгия признала Палестину, Австрия пока воздерживается",
            {(("Belgium",), "Palestine", "done"), (("Austria",), "Palestine", "rejected")},
        ),
        (
            "pt",
            "Reconhecimento da Palestina: Malta avança, Grécia recua",
            {(("Malta",), "Palestine", "done"), (("Greece",), "Palestine", "rejected")},
        ),
        (
            "he",
            "בלגיה הכירה במדינה פלסטינית, ואילו אוסטריה מעדיפה להמתין",
            {(("Belgium",), "Palestine", "done"), (("Austria",), "Palestine", "rejected")},
        ),
        (
            "fa",
            "عراق تا تشکیل کشور فلسطین، اسرائیل را به رسمیت نمی‌شناسد",
            {(("Iraq",), "Israel", "rejected")},
        ),
        # guilt and rights are no recognitions
        ("ru", "Суд признал Израиль ответственным за гибель журналистов", set()),
        ("es", "El tribunal reconoce a Palestina el derecho a personarse en la causa", set()),
        ("fa", "پارلمان اروپا حق تعیین سرنوشت مردم فلسطین را به رسمیت شناخت", set()),
    ],
)
def test_round_18_families(language: str, text: str, expected: set[RecognitionGroup]) -> None:
    assert recognition_groups(language, text) == expected
