"""Recognitions in the ten languages, round 6 (issue 15): weighing and ruling out in more words, a
verb-first subject ruling out its own recognition, co-recognisers after "together with", groups with
two statuses ("..., France and Malta will do so on Monday"), Turkish conditions, postpositions and
switches, "despite X's opposition" (X opposes, it recognises nothing) and names joined by a hyphen
("the Israeli-Palestinian conflict"). Every sentence is written for this file (none is corpus or
held-out text)."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import recognition_groups


@pytest.mark.parametrize(
    ("language", "text", "state", "status"),
    [
        ("es", "El Gobierno de Chile pondera reconocer a Palestina este año", "Chile", "considering"),
        (
            "ar",
            "قال رئيس وزراء لوكسمبورغ إن حكومته ستنظر في الاعتراف بدولة فلسطين",
            "Luxembourg",
            "considering",
        ),
        (
            "fr",
            "La Finlande se penche sur la reconnaissance de l'État de Palestine",
            "Finland",
            "considering",
        ),
        ("ru", "Финляндия не исключает признания Палестины", "Finland", "considering"),
        ("ru", "Финляндия исключает признание Палестины в этом году", "Finland", "rejected"),
        ("pt", "Parlamento da Noruega chumba o reconhecimento do Estado da Palestina", "Norway", "rejected"),
        (
            "uk",
            "Парагвай призупинив визнання Сахарської Арабської Демократичної Республіки",
            "Paraguay",
            "rejected",
        ),
        ("fa", "وزیر خارجه آلمان: اکنون زمان مناسبی برای به رسمیت شناختن فلسطین نیست", "Germany", "rejected"),
        ("de", "Dänemark verschiebt die Anerkennung Palästinas auf unbestimmte Zeit", "Denmark", "rejected"),
        ("tr", "Finlandiya, Filistin'i tanıma kararını erteledi", "Finland", "rejected"),
        ("pt", "Grécia não tem planos de reconhecer a Palestina, diz o governo", "Greece", "rejected"),
        ("es", "Austria no tiene planes de reconocer a Palestina, según su canciller", "Austria", "rejected"),
    ],
)
def test_weighing_and_ruling_out_in_more_words(language: str, text: str, state: str, status: str) -> None:
    recognised = "Sahrawi Arab Democratic Republic" if language == "uk" else "Palestine"
    assert recognition_groups(language, text) == {((state,), recognised, status)}


def test_a_verb_first_subject_ruling_out_its_own_recognition() -> None:
    found = recognition_groups(
        "ar", "استبعدت الحكومة الإيطالية مجددا الاعتراف بدولة فلسطين في المرحلة الحالية"
    )
    assert found == {(("Italy",), "Palestine", "rejected")}


def test_a_condemnation_of_another_states_decision_keeps_both_roles() -> None:
    found = recognition_groups("uk", "Ізраїль засудив рішення Словенії визнати Палестину")
    assert found == {(("Israel",), "Palestine", "rejected"), (("Slovenia",), "Palestine", "done")}


def test_co_recognisers_after_together_with() -> None:
    text = "Словенія, яка разом із Мальтою та Іспанією визнала Палестину, закликала інших приєднатися"
    assert recognition_groups("uk", text) == {(("Malta", "Slovenia", "Spain"), "Palestine", "done")}


def test_co_recognisers_after_with_right_after_the_state_recognised() -> None:
    text = "Le Portugal a reconnu l'État de Palestine avec la Slovénie et Malte"
    assert recognition_groups("fr", text) == {(("Malta", "Portugal", "Slovenia"), "Palestine", "done")}


def test_a_state_met_with_is_still_no_actor() -> None:
    text = "Après un entretien avec la France, le Portugal a reconnu l'État de Palestine"
    assert recognition_groups("fr", text) == {(("Portugal",), "Palestine", "done")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "L'Irlande et l'Espagne ont reconnu l'État de Palestine ; la Slovénie et Malte le feront jeudi",
        ),
        (
            "de",
            "Irland und Spanien haben Palästina anerkannt, Slowenien und Malta folgen am Donnerstag",
        ),
        ("he", "אירלנד וספרד הכירו היום במדינה פלסטינית; סלובניה ומלטה יעשו זאת ביום חמישי"),
    ],
)
def test_a_group_doing_so_later_is_announced(language: str, text: str) -> None:
    assert recognition_groups(language, text) == {
        (("Ireland", "Spain"), "Palestine", "done"),
        (("Malta", "Slovenia"), "Palestine", "announced"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kanada, İsrail ateşkesi kabul etmezse Eylül'de Filistin'i tanıyacak",
        "Kanada, İsrail saldırıları durdurmadığı takdirde Eylül'de Filistin'i tanıyacak",
    ],
)
def test_a_turkish_condition_is_set_by_the_state_before_the_conditional_form(text: str) -> None:
    assert recognition_groups("tr", text) == {(("Canada",), "Palestine", "announced")}


def test_a_turkish_switch_names_the_side_given_up_before_the_cut() -> None:
    found = recognition_groups(
        "tr", "Solomon Adaları, Tayvan ile diplomatik ilişkilerini keserek Çin'i tanıdı"
    )
    assert found == {(("Solomon Islands",), "China", "done"), (("Solomon Islands",), "Taiwan", "rejected")}


def test_a_turkish_adjective_diplomatic_is_not_a_diploma() -> None:
    found = recognition_groups("tr", "Kiribati, Tayvan ile diplomatik ilişkilerini kesti ve Çin'i tanıdı")
    assert (("Kiribati",), "China", "done") in found


@pytest.mark.parametrize(
    ("language", "text", "recogniser", "opposer"),
    [
        ("ru", "Ирландия признала Палестину, несмотря на возражения Израиля", "Ireland", "Israel"),
        (
            "es",
            "Pese a la oposición de Estados Unidos, Eslovenia reconoce a Palestina",
            "Slovenia",
            "United States",
        ),
        ("tr", "İrlanda, İsrail'in itirazlarına rağmen Filistin'i tanıdı", "Ireland", "Israel"),
        ("de", "Trotz des Widerstands Israels erkennt Slowenien Palästina an", "Slovenia", "Israel"),
    ],
)
def test_the_state_opposing_a_recognition_made_despite_it(
    language: str, text: str, recogniser: str, opposer: str
) -> None:
    assert recognition_groups(language, text) == {
        ((recogniser,), "Palestine", "done"),
        ((opposer,), "Palestine", "rejected"),
    }


def test_a_reaction_despite_which_a_state_recognises_is_no_fact() -> None:
    text = "Ermenistan, İsrail'in tepkisine rağmen Filistin'i tanıdı"
    assert recognition_groups("tr", text) == {(("Armenia",), "Palestine", "done")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "قررت النرويج تأجيل الاعتراف بدولة فلسطين بسبب تعثر المفاوضات الإسرائيلية-الفلسطينية"),
        ("es", "Noruega aplaza el reconocimiento de Palestina por el bloqueo del diálogo palestino-israelí"),
        (
            "de",
            "Norwegen verschiebt die Anerkennung Palästinas wegen des israelisch-palästinensischen Konflikts",
        ),
    ],
)
def test_names_joined_by_a_hyphen_recognise_nothing(language: str, text: str) -> None:
    assert recognition_groups(language, text) == {(("Norway",), "Palestine", "rejected")}


@pytest.mark.parametrize(
    ("language", "text", "state", "status"),
    [
        ("ar", "استبعدت الحكومة اليونانية الاعتراف بدولة فلسطين في المرحلة الحالية", "Greece", "rejected"),
        ("ru", "Датский парламент отклонил признание Палестины", "Denmark", "rejected"),
        ("fa", "دولت لهستانی به رسمیت شناختن فلسطین را بررسی می‌کند", "Poland", "considering"),
        ("de", "Der Folketing lehnt die Anerkennung Palästinas ab", "Denmark", "rejected"),
        ("he", "הכנסת דחתה הצעה להכיר במדינה פלסטינית", "Israel", "rejected"),
        ("tr", "ABD, Filistin'i tanımayacağını açıkladı", "United States", "rejected"),
        ("es", "EEUU descarta reconocer a Palestina", "United States", "rejected"),
        ("de", "Die USA lehnen eine Anerkennung Palästinas ab", "United States", "rejected"),
    ],
)
def test_a_state_named_by_its_adjective_its_parliament_or_its_short_name(
    language: str, text: str, state: str, status: str
) -> None:
    assert recognition_groups(language, text) == {((state,), "Palestine", status)}


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        # the seat of the government speaking, after the word for the government
        ("ar", "قالت الحكومة في أوسلو إنها ستعترف بدولة فلسطين إلى جانب إسبانيا", ("Norway", "Spain")),
        # "in" a capital where others speak is no actor
        ("ar", "وفي بروكسل، أعلنت مالطا وسلوفينيا أنهما ستعترفان بدولة فلسطين", ("Malta", "Slovenia")),
        # ministers "from" states attending a meeting
        (
            "ar",
            "أعلنت النرويج، بعد اجتماع حضره وزراء من فرنسا وألمانيا، أنها ستعترف بدولة فلسطين",
            ("Norway",),
        ),
        # "each of": co-recognisers
        ("ar", "اعترفت كل من إسبانيا والنرويج وإيرلندا بدولة فلسطين", ("Ireland", "Norway", "Spain")),
    ],
)
def test_arabic_prepositions_before_a_state(language: str, text: str, actors: tuple[str, ...]) -> None:
    assert {g[0] for g in recognition_groups(language, text)} == {actors}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "التقى وزير الخارجية الإيرلندي في باريس نظيره الفرنسي وأكد أن دبلن ستعترف بفلسطين"),
        (
            "fr",
            (
                "Après un entretien avec son homologue allemand, le ministre "
                "irlandais a annoncé que Dublin reconnaîtra la Palestine"
            ),
        ),
        (
            "de",
            (
                "Nach einem Treffen mit seinem französischen Amtskollegen kündigte der "
                "irische Premier an, Irland werde Palästina anerkennen"
            ),
        ),
        (
            "tr",
            (
                "İrlanda Dışişleri Bakanı, Fransız mevkidaşıyla görüştükten "
                "sonra Filistin'i tanıyacaklarını açıkladı"
            ),
        ),
        (
            "es",
            (
                "El canciller irlandés, tras reunirse con su homólogo alemán y el primer "
                "ministro británico, anunció que Irlanda reconocerá a Palestina"
            ),
        ),
        (
            "pt",
            (
                "O ministro irlandês, que se reuniu com o presidente francês e o chanceler "
                "alemão, disse que a Irlanda vai reconhecer a Palestina"
            ),
        ),
        (
            "tr",
            (
                "Dışişleri Bakanlığı, Ankara'da Almanya ve İtalya büyükelçileriyle yapılan "
                "görüşmenin ardından İrlanda'nın Filistin'i tanıyacağını açıkladı"
            ),
        ),
    ],
)
def test_counterparts_and_officials_met_are_no_actors(language: str, text: str) -> None:
    assert recognition_groups(language, text) == {(("Ireland",), "Palestine", "announced")}


@pytest.mark.parametrize(
    ("language", "text", "state", "status"),
    [
        ("ar", "كشفت صحيفة بريطانية أن أيسلندا تدرس الاعتراف بدولة فلسطين", "Iceland", "considering"),
        ("he", "פינלנד שוקלת להכיר במדינה פלסטינית, כך דיווח עיתון בריטי", "Finland", "considering"),
        (
            "de",
            "Eine britische Zeitung berichtet, Finnland erwäge die Anerkennung Palästinas",
            "Finland",
            "considering",
        ),
    ],
)
def test_the_country_of_a_newspaper_is_no_actor(language: str, text: str, state: str, status: str) -> None:
    assert recognition_groups(language, text) == {((state,), "Palestine", status)}


@pytest.mark.parametrize(
    ("language", "text", "state", "recognised"),
    [
        (
            "fr",
            "Les autorités grecques ne reconnaissent pas l'indépendance du Kosovo, a rappelé Athènes",
            "Greece",
            "Kosovo",
        ),
        (
            "de",
            (
                "Wie das Außenministerium in Bern mitteilte, wird die Schweiz "
                "vorerst keinen palästinensischen Staat anerkennen"
            ),
            "Switzerland",
            "Palestine",
        ),
        (
            "tr",
            (
                "Gürcistan, Ermenistan ve Rusya ile yürütülen görüşmelere "
                "rağmen Abhazya'yı tanımayacağını açıkladı"
            ),
            "Georgia",
            "Abkhazia",
        ),
    ],
)
def test_a_negated_recognition_verb_rejects(language: str, text: str, state: str, recognised: str) -> None:
    assert recognition_groups(language, text) == {((state,), recognised, "rejected")}


def test_a_state_hailing_in_the_passive_is_no_actor() -> None:
    text = "La Grèce ne reconnaît pas le Kosovo, a rappelé Athènes lors d'une visite saluée par la Russie"
    assert recognition_groups("fr", text) == {(("Greece",), "Kosovo", "rejected")}


def test_a_portuguese_infinitive_of_weighing() -> None:
    text = "A Suíça está a ponderar reconhecer a Palestina, disse o ministro"
    assert recognition_groups("pt", text) == {(("Switzerland",), "Palestine", "considering")}


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("uk", "Швеція не поспішатиме з визнанням Палестини", "Sweden"),
        ("ru", "Швеция не спешит признавать Палестину", "Sweden"),
        ("ru", "Швеция пока не рассматривает признание Палестины", "Sweden"),
        ("he", "שוודיה אינה ממהרת להכיר במדינה פלסטינית", "Sweden"),
        ("es", "Suecia no tiene prisa por reconocer a Palestina", "Sweden"),
    ],
)
def test_no_rush_and_not_considering_reject(language: str, text: str, state: str) -> None:
    assert recognition_groups(language, text) == {((state,), "Palestine", "rejected")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Россия признала итоги выборов в Южной Осетии"),
        ("fr", "Moscou reconnaît les résultats du scrutin en Abkhazie"),
    ],
)
def test_the_results_of_an_election_are_not_a_state(language: str, text: str) -> None:
    assert recognition_groups(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text", "actors", "status"),
    [
        (
            "es",
            ("Suiza y Austria rechazan seguir los pasos de Irlanda y reconocer a Palestina"),
            ("Austria", "Switzerland"),
            "rejected",
        ),
        (
            "de",
            ("Nach Norwegen und Irland hat nun auch Malta Palästina als Staat anerkannt"),
            ("Malta",),
            "done",
        ),
        ("fr", "Après l'Irlande et l'Espagne, Malte a reconnu l'État de Palestine", ("Malta",), "done"),
        (
            "pt",
            ("A Rússia tornou-se o primeiro país a reconhecer o Estado de Palestina em 1988"),
            ("Russia",),
            "done",
        ),
    ],
)
def test_states_followed_or_preceded_are_context(
    language: str, text: str, actors: tuple[str, ...], status: str
) -> None:
    assert recognition_groups(language, text) == {(actors, "Palestine", status)}


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("ru", "Сенат Чили проголосовал против признания Палестины", "Chile"),
        ("de", "Das Parlament in Oslo stimmte gegen die Anerkennung Palästinas", "Norway"),
        ("es", "El Congreso de Chile votó en contra del reconocimiento de Palestina", "Chile"),
    ],
)
def test_a_vote_against_rejects(language: str, text: str, state: str) -> None:
    assert recognition_groups(language, text) == {((state,), "Palestine", "rejected")}


def test_a_lead_naming_the_headlines_recognition_again_adds_no_fact() -> None:
    title = "Finlandiya, Filistin'i tanımayı değerlendiriyor"
    summary = (
        "Bakan, Filistin Devleti'nin tanınması konusunda nihai "
        "kararın ardından açıklama yapılacağını söyledi."
    )
    assert recognition_groups("tr", title, summary) == {(("Finland",), "Palestine", "considering")}


def test_a_lead_with_a_status_of_its_own_is_a_fact_of_its_own() -> None:
    title = "Slowenien will Palästina anerkennen"
    summary = "Das Parlament in Ljubljana hat die Anerkennung am Dienstag gebilligt."
    assert recognition_groups("de", title, summary) == {
        (("Slovenia",), "Palestine", "announced"),
        (("Slovenia",), "Palestine", "done"),
    }


def test_a_lead_after_a_headline_switch_recognises_the_side_chosen() -> None:
    title = "Гондурас разорвал дипотношения с Тайванем"
    summary = "Тегусигальпа признала Пекин единственным законным правительством Китая."
    assert recognition_groups("ru", title, summary) == {
        (("Honduras",), "China", "done"),
        (("Honduras",), "Taiwan", "rejected"),
    }


@pytest.mark.parametrize(
    ("language", "text", "status"),
    [
        ("he", "בצרפת נערכים לקראת האפשרות שכמה מדינות יכירו במדינה פלסטינית בחודש הבא", "considering"),
        ("ru", "В Берлине ожидают, что несколько стран признают Палестину в сентябре", "announced"),
    ],
)
def test_states_left_unnamed_recognising_leave_the_others_no_actors(
    language: str, text: str, status: str
) -> None:
    assert recognition_groups(language, text) == {((), "Palestine", status)}


def test_a_state_listed_with_states_left_unnamed_keeps_its_place() -> None:
    assert recognition_groups("es", "Irlanda y otros países reconocerán a Palestina el martes") == {
        (("Ireland",), "Palestine", "announced")
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Malte devient le 148e pays à reconnaître l'État de Palestine"),
        ("es", "Malta se suma a los 147 países que reconocen a Palestina"),
        ("pt", "Malta torna-se o 148.º país a reconhecer a Palestina"),
        ("tr", "Malta, Filistin'i tanıyan 148. ülke oldu"),
        ("ar", "مالطا تصبح الدولة الـ148 التي تعترف بدولة فلسطين"),
    ],
)
def test_a_state_joining_the_count_of_those_recognising_is_done(language: str, text: str) -> None:
    assert recognition_groups(language, text) == {(("Malta",), "Palestine", "done")}


def test_a_standing_count_is_still_background() -> None:
    assert recognition_groups("fr", "Taïwan, reconnu par seulement 12 pays, dénonce des pressions") == set()
