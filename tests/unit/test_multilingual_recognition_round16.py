"""Recognitions in the ten languages, round 16 (issue 15, helper mlrec16). Every sentence is written
for this file (variants of a family, not corpus text).

Co-recognisers after "in coordination with", "in step with", "simultaneously with" (lexicon
`[recognition_status] together`): the states after it recognise with the subject, with its status
("España reconoce a Palestina en coordinación con Irlanda y Noruega": Spain, Ireland and Norway).

A recognition judged premature, too early or counterproductive (lexicon `[recognition_status] rejected`):
no recognition now, `rejected` ("Италия считает признание Палестины преждевременным").

A government named without its country (its leader named in the item, a dateline's capital) that
recognises "together with" other states recognises with them (`recognition_actors._with_the_government`):
"El Gobierno aprobó el reconocimiento ... en coordinación con Irlanda y Noruega" with Sánchez in the
headline is Spain, Ireland and Norway; not when the states after the word are told by the government
("El Gobierno dijo que Irlanda reconocerá ... junto con Noruega")."""

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


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "es",
            "Suecia cree que el reconocimiento de Palestina es prematuro",
            "",
            {(("Sweden",), "Palestine", "rejected")},
        ),
        (
            "es",
            "Grecia considera contraproducente el reconocimiento del Estado palestino",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "pt",
            "Itália considera contraproducente o reconhecimento da Palestina neste momento",
            "",
            {(("Italy",), "Palestine", "rejected")},
        ),
        (
            "pt",
            "Grécia diz que é cedo demais para reconhecer a Palestina",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "fr",
            "La Grèce juge contre-productive une reconnaissance de la Palestine",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "fr",
            "L'Italie estime qu'il est trop tôt pour reconnaître la Palestine",
            "",
            {(("Italy",), "Palestine", "rejected")},
        ),
        (
            "de",
            "Italien hält eine Anerkennung Palästinas für kontraproduktiv",
            "",
            {(("Italy",), "Palestine", "rejected")},
        ),
        (
            "de",
            "Griechenland hält es für zu früh, Palästina anzuerkennen",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "ru",
            "Италия считает признание Палестины преждевременным",
            "",
            {(("Italy",), "Palestine", "rejected")},
        ),
        (
            "ru",
            "Греция назвала признание Палестины контрпродуктивным",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "ru",
            "Германия считает преждевременным признание палестинского государства",
            "",
            {(("Germany",), "Palestine", "rejected")},
        ),
        ("uk", "Італія вважає визнання Палестини передчасним", "", {(("Italy",), "Palestine", "rejected")}),
        (
            "uk",
            "Греція назвала визнання Палестини контрпродуктивним",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "uk",
            "Німеччина вважає передчасним визнання палестинської держави",
            "",
            {(("Germany",), "Palestine", "rejected")},
        ),
        ("ar", "إيطاليا تعتبر الاعتراف بفلسطين سابقا لأوانه", "", {(("Italy",), "Palestine", "rejected")}),
        (
            "ar",
            "اليونان ترى أن الاعتراف بدولة فلسطين سابق لأوانه",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "ar",
            "ألمانيا: الاعتراف بالدولة الفلسطينية الآن ستكون له نتائج عكسية",
            "",
            {(("Germany",), "Palestine", "rejected")},
        ),
        ("he", "איטליה: מוקדם מדי להכיר במדינה פלסטינית", "", {(("Italy",), "Palestine", "rejected")}),
        (
            "he",
            "יוון סבורה כי הכרה במדינה פלסטינית היא צעד מוקדם מדי",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "tr",
            "İtalya, Filistin Devleti'nin tanınmasını erken buluyor",
            "",
            {(("Italy",), "Palestine", "rejected")},
        ),
        (
            "tr",
            "Yunanistan: Filistin'in tanınması şu an ters teper",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
        (
            "fa",
            "ایتالیا به رسمیت شناختن فلسطین را زودهنگام دانست",
            "",
            {(("Italy",), "Palestine", "rejected")},
        ),
        (
            "fa",
            "یونان به رسمیت شناختن کشور فلسطین را نابهنگام خواند",
            "",
            {(("Greece",), "Palestine", "rejected")},
        ),
    ],
)
def test_a_recognition_judged_premature_or_counterproductive_is_refused(
    language: str, title: str, summary: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, title, summary) == expected


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "es",
            "Sánchez defiende el paso ante el Congreso",
            "El Gobierno aprobó el martes el reconocimiento del Estado palestino en "
            "coordinación con Irlanda y Noruega.",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "es",
            "MADRID (EFE).- El Consejo de Ministros reconoció este martes a Palestina junto "
            "con Irlanda y Noruega.",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "fr",
            "MADRID (AFP) - Le gouvernement a reconnu mardi l'État de Palestine, "
            "conjointement avec l'Irlande et la Norvège.",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "de",
            "DUBLIN - Die Regierung hat Palästina gemeinsam mit Spanien und Norwegen anerkannt.",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "de",
            "Sánchez verteidigt den Schritt",
            "Das Kabinett erkannte Palästina am Dienstag zusammen mit Irland und Norwegen an.",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "pt",
            "LISBOA - O Governo reconheceu a Palestina juntamente com o Reino Unido e o Canadá.",
            "",
            {(("Canada", "Portugal", "United Kingdom"), "Palestine", "done")},
        ),
        (
            "pt",
            "Sánchez defende a decisão",
            "O Governo aprovou o reconhecimento do Estado da Palestina em conjunto com a "
            "Irlanda e a Noruega.",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "ru",
            "МАДРИД - Правительство признало Палестину вместе с Ирландией и Норвегией.",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "uk",
            "МАДРИД - Уряд визнав Палестину разом з Ірландією та Норвегією.",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "uk",
            "Санчес захищає рішення",
            "Уряд у вівторок визнав палестинську державу спільно з Ірландією і Норвегією.",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "ar",
            "مدريد - اعترفت الحكومة بدولة فلسطين بالتزامن مع أيرلندا والنرويج",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "he",
            "סאנצ'ס מגן על ההחלטה",
            "הממשלה הכירה ביום שלישי במדינה פלסטינית יחד עם אירלנד ונורווגיה.",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "tr",
            "MADRİD - Hükümet, İrlanda ve Norveç ile birlikte Filistin'i tanıdı.",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
        (
            "fa",
            "مادرید - دولت همراه با ایرلند و نروژ کشور فلسطین را به رسمیت شناخت.",
            "",
            {(("Ireland", "Norway", "Spain"), "Palestine", "done")},
        ),
    ],
)
def test_a_government_recognising_together_with_states_is_its_own_state(
    language: str, title: str, summary: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, title, summary) == expected


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "es",
            "Sánchez celebra el anuncio",
            "El Gobierno dijo que Irlanda reconocerá a Palestina junto con Noruega.",
            {(("Ireland", "Norway"), "Palestine", "announced")},
        ),
        (
            "de",
            "Scholz äußert sich zurückhaltend",
            "Das Kabinett nahm zur Kenntnis, dass Irland zusammen mit Norwegen Palästina anerkannt hat.",
            {(("Ireland", "Norway"), "Palestine", "done")},
        ),
        (
            "fr",
            "Macron prend acte",
            "Le gouvernement a salué l'Irlande, qui a reconnu la Palestine conjointement avec la Norvège.",
            {(("Ireland", "Norway"), "Palestine", "done")},
        ),
    ],
)
def test_a_government_telling_of_others_recognising_together_is_no_actor(
    language: str, title: str, summary: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, title, summary) == expected


# a recognition cancelled, annulled or revoked is withdrawn (lexicon `[recognition_status] rejected`):
# "Le Togo annule sa reconnaissance du Kosovo", "Ghana widerruft die Anerkennung", "ביטלה את הכרתה"
@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "ar",
            "الإكوادور تسحب اعترافها بالجمهورية العربية الصحراوية الديمقراطية",
            "",
            {(("Ecuador",), "Sahrawi Arab Democratic Republic", "rejected")},
        ),
        ("ar", "غانا تلغي اعترافها بكوسوفو", "", {(("Ghana",), "Kosovo", "rejected")}),
        ("ar", "توغو تسحب اعترافها بكوسوفو", "", {(("Togo",), "Kosovo", "rejected")}),
        ("de", "Ghana widerruft die Anerkennung des Kosovo", "", {(("Ghana",), "Kosovo", "rejected")}),
        ("de", "Togo zieht die Anerkennung des Kosovo zurück", "", {(("Togo",), "Kosovo", "rejected")}),
        (
            "es",
            "Paraguay anula su reconocimiento de la República Saharaui",
            "",
            {(("Paraguay",), "Sahrawi Arab Democratic Republic", "rejected")},
        ),
        (
            "es",
            "Perú revoca el reconocimiento de la República Árabe Saharaui Democrática",
            "",
            {(("Peru",), "Sahrawi Arab Democratic Republic", "rejected")},
        ),
        ("es", "Surinam retira su reconocimiento de Kosovo", "", {(("Suriname",), "Kosovo", "rejected")}),
        ("es", "Togo deja sin efecto el reconocimiento de Kosovo", "", {(("Togo",), "Kosovo", "rejected")}),
        ("fa", "غنا به رسمیت شناختن کوزوو را لغو کرد", "", {(("Ghana",), "Kosovo", "rejected")}),
        ("fa", "توگو به رسمیت شناختن کوزوو را پس گرفت", "", {(("Togo",), "Kosovo", "rejected")}),
        ("fr", "Le Ghana revient sur sa reconnaissance du Kosovo", "", {(("Ghana",), "Kosovo", "rejected")}),
        (
            "fr",
            "Le Panama suspend sa reconnaissance de la République arabe sahraouie démocratique",
            "",
            {(("Panama",), "Sahrawi Arab Democratic Republic", "rejected")},
        ),
        ("fr", "Le Suriname retire sa reconnaissance du Kosovo", "", {(("Suriname",), "Kosovo", "rejected")}),
        ("fr", "Le Togo annule sa reconnaissance du Kosovo", "", {(("Togo",), "Kosovo", "rejected")}),
        ("he", "גאנה משכה את הכרתה בעצמאות קוסובו", "", {(("Ghana",), "Kosovo", "rejected")}),
        ("he", "טוגו ביטלה את הכרתה בקוסובו", "", {(("Togo",), "Kosovo", "rejected")}),
        (
            "pt",
            "Guiné-Bissau retira o reconhecimento do Kosovo",
            "",
            {(("Guinea-Bissau",), "Kosovo", "rejected")},
        ),
        ("pt", "Togo anula o reconhecimento do Kosovo", "", {(("Togo",), "Kosovo", "rejected")}),
        ("ru", "Гана аннулировала признание Косово", "", {(("Ghana",), "Kosovo", "rejected")}),
        ("ru", "Гана отозвала признание независимости Косово", "", {(("Ghana",), "Kosovo", "rejected")}),
        ("ru", "Того отозвало признание Косово", "", {(("Togo",), "Kosovo", "rejected")}),
        ("tr", "Gana, Kosova'yı tanıma kararını iptal etti", "", {(("Ghana",), "Kosovo", "rejected")}),
        ("tr", "Togo, Kosova'yı tanıma kararını geri çekti", "", {(("Togo",), "Kosovo", "rejected")}),
        ("uk", "Гана скасувала визнання Косова", "", {(("Ghana",), "Kosovo", "rejected")}),
        ("uk", "Того відкликало визнання Косова", "", {(("Togo",), "Kosovo", "rejected")}),
    ],
)
def test_a_recognition_cancelled_or_revoked_is_withdrawn(
    language: str, title: str, summary: str, expected: set[RecognitionGroup]
) -> None:
    assert recognition_groups(language, title, summary) == expected
