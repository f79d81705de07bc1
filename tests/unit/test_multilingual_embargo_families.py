"""Arms-embargo families in the ten languages, round 6 (issue 15, helper mlembargo): a state
welcoming a decision is not its actor (and is its target when the decision is on itself), courts by
their kind or their city turning down a motion against arms deliveries, UN rapporteurs and Oxfam as
bodies that call, a compound that is an arms word and a ban at once ("Rüstungsexportstopp"),
restrictions lifted (tr, ar), "que puedan usarse en Gaza" (es). Every sentence is written for this
file (none is corpus or labeled-set text)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def roles(language: str, text: str) -> set[tuple[str | None, str | None, str | None]]:
    found = [fact_json(f) for f in read_facts(language, text, "")]
    return {(f["actor"], f["target"], f["action"]) for f in found if f["type"] == "arms_embargo"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ar", "رحبت تركيا بقرار السويد رفع القيود على تصدير الأسلحة إليها", ("Sweden", "Turkey", "lifted")),
        (
            "tr",
            "Türkiye, İsveç'in silah satışı yasağını kaldırmasını memnuniyetle karşıladı",
            ("Sweden", "Turkey", "lifted"),
        ),
        (
            "de",
            "Die Türkei begrüßt die Entscheidung Schwedens, das Waffenembargo aufzuheben",
            ("Sweden", "Turkey", "lifted"),
        ),
        ("es", "Turquía celebra que Suecia levante el embargo de armas", ("Sweden", "Turkey", "lifted")),
        (
            "he",
            "ישראל מברכת על החלטת איטליה לבטל את ההגבלות על ייצוא נשק אליה",
            ("Italy", "Israel", "lifted"),
        ),
        # welcoming a ban on a third state: the welcoming state is neither actor nor target
        (
            "fr",
            "La Palestine salue la décision de la Slovénie d'interdire les exportations d'armes vers Israël",
            ("Slovenia", "Israel", "imposed"),
        ),
    ],
)
def test_a_state_welcoming_a_decision_is_not_its_actor(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Das Verwaltungsgericht in Berlin wies am Freitag eine Klage gegen Waffenexporte nach Israel ab",
            # a court with a name of its own keeps it (corpus README; round 15)
            ("Administrative Court (Germany)", "Israel", "rejected"),
        ),
        (
            "pt",
            "Tribunal em Lisboa nega pedido para travar exportação de armas a Israel",
            ("Portugal", "Israel", "rejected"),
        ),
        (
            "es",
            "Un juez español ordena paralizar la venta de armas a Israel",
            ("Spain", "Israel", "ruled_by_court"),
        ),
        (
            "ru",
            "Суд в Лондоне отклонил иск о запрете экспорта оружия в Израиль",
            ("United Kingdom", "Israel", "rejected"),
        ),
        (
            "uk",
            "Суд у Лондоні відхилив позов щодо заборони експорту зброї до Ізраїлю",
            ("United Kingdom", "Israel", "rejected"),
        ),
        (
            "tr",
            "Hollanda'da mahkeme, İsrail'e askeri teçhizat transferinin durdurulmasına karar verdi",
            ("Netherlands", "Israel", "ruled_by_court"),
        ),
    ],
)
def test_courts_by_kind_or_city(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        (
            "fr",
            "Le rapporteur spécial de l'ONU exhorte les États à cesser toute livraison d'armes à Israël",
            "UN Special Rapporteur",  # one rapporteur is named as such (round 15)
        ),
        (
            "ar",
            "المقررة الخاصة للأمم المتحدة تدعو إلى فرض حظر على الأسلحة إلى إسرائيل",
            "UN Special Rapporteur",
        ),
        ("fa", "گزارشگر ویژه سازمان ملل خواستار تحریم تسلیحاتی اسرائیل شد", "UN Special Rapporteur"),
        (
            "ru",
            "Спецдокладчик ООН призвал ввести эмбарго на поставки оружия Израилю",
            "UN Special Rapporteur",
        ),
        ("es", "Oxfam pide a los Estados que suspendan la venta de armas a Israel", "Oxfam"),
        ("he", "אוקספם קראה להטיל אמברגו נשק על ישראל", "Oxfam"),
    ],
)
def test_rapporteurs_and_oxfam_call(language: str, text: str, actor: str) -> None:
    assert roles(language, text) == {(actor, "Israel", "called_for")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Schweden hebt Waffenexportstopp gegen die Türkei auf", ("Sweden", "Turkey", "lifted")),
        (
            "tr",
            "Almanya, Türkiye'ye yönelik silah satışı kısıtlamalarını kaldırdı",
            ("Germany", "Turkey", "lifted"),
        ),
        (
            "es",
            "Bélgica prohíbe la venta de armas que puedan usarse en Gaza",
            ("Belgium", "Israel", "partial"),
        ),
        ("he", "בלגיה הטילה אמברגו נשק על סעודיה", ("Belgium", "Saudi Arabia", "imposed")),
    ],
)
def test_vocabulary(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "China verhängt einen Exportstopp für Gallium in die Vereinigten Staaten"),
        ("tr", "Rusya, Avrupa'dan meyve ithalatına yönelik kısıtlamaları kaldırdı"),
        ("ar", "الحكومة ترفع القيود على تصدير الحديد إلى الأردن"),
    ],
)
def test_other_export_restrictions_are_no_arms_embargo(language: str, text: str) -> None:
    assert roles(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "ألمانيا قد تعلق صادرات الأسلحة إلى السعودية"),
        ("uk", "Італія може призупинити постачання зброї до Ізраїлю"),
        ("ru", "Канада может ввести эмбарго на поставки оружия Израилю"),
        ("he", "קנדה עלולה להקפיא את ייצוא הנשק לישראל"),
        ("fr", "Madrid pourrait suspendre ses ventes d'armes à Israël"),
        ("es", "Irlanda amenaza con suspender la venta de armas a Israel"),
        ("de", "Italien könnte Waffenlieferungen an Israel stoppen"),
        ("tr", "Kanada, İsrail'e silah satışını durdurabilir"),
        ("fa", "ایتالیا ممکن است صادرات سلاح به اسرائیل را متوقف کند"),
        ("pt", "Brasil pode suspender venda de armas a Israel"),
    ],
)
def test_a_possibility_or_a_threat_is_no_decision(language: str, text: str) -> None:
    assert roles(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "منعت إيطاليا شحنة ذخيرة كانت متجهة إلى إسرائيل"),
        ("uk", "Італія затримала партію зброї для Ізраїлю"),
        ("ru", "Италия задержала партию боеприпасов для Израиля"),
        ("he", "איטליה עצרה משלוח תחמושת לישראל"),
        ("fr", "L'Italie bloque une cargaison d'armes destinée à Israël"),
        ("es", "Italia bloquea un cargamento de armas con destino a Israel"),
        ("de", "Italien stoppt eine Lieferung von Munition an Israel"),
        ("tr", "İtalya, İsrail'e giden silah sevkiyatını durdurdu"),
        ("fa", "ایتالیا یک محموله سلاح به مقصد اسرائیل را متوقف کرد"),
        ("pt", "Itália bloqueia carregamento de armas destinado a Israel"),
    ],
)
def test_one_shipment_held_back_is_partial(language: str, text: str) -> None:
    assert roles(language, text) == {("Italy", "Israel", "partial")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Бельгія припинить експорт зброї, яка може використовуватися в Газі"),
        ("ru", "Бельгия прекратит экспорт оружия, которое может использоваться в Газе"),
        ("tr", "Belçika, Gazze'de kullanılabilecek silahların ihracatını durdurdu"),
    ],
)
def test_arms_used_in_a_theatre_are_its_state(language: str, text: str) -> None:
    assert roles(language, text) == {("Belgium", "Israel", "partial")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "وصلت أسلحة إلى ليبيا رغم الحظر الأممي"),
        ("fr", "Des armes sont arrivées en Libye malgré l'embargo de l'ONU"),
        ("tr", "Silahlar ambargoya rağmen Sudan'a ulaştı"),
    ],
)
def test_arms_arriving_despite_an_embargo_are_no_decision(language: str, text: str) -> None:
    assert roles(language, text) == set()


def test_a_plural_renewal_verb() -> None:
    assert roles("de", "Die UN verlängern das Waffenembargo gegen den Südsudan") == {
        ("UN Security Council", "South Sudan", "extended")
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Канада отклонила призывы ввести эмбарго на поставки оружия Израилю"),
        ("fr", "Le Canada rejette les appels à suspendre les ventes d'armes à Israël"),
        ("es", "Canadá rechaza los llamados a suspender la venta de armas a Israel"),
    ],
)
def test_a_call_turned_down_is_rejected(language: str, text: str) -> None:
    assert roles(language, text) == {("Canada", "Israel", "rejected")}


def test_the_one_called_on_after_a_comma_is_no_co_actor() -> None:
    assert roles("tr", "Erdoğan, AB'yi İsrail'e silah ambargosu uygulamaya çağırdı") == {
        ("Turkey", "Israel", "called_for")
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "كندا وهولندا تعلقان صادرات الأسلحة إلى إسرائيل"),
        ("he", "קנדה והולנד השעו את ייצוא הנשק לישראל"),
    ],
)
def test_and_written_onto_the_second_state_lists_it(language: str, text: str) -> None:
    assert roles(language, text) == {("Canada", "Israel", "imposed"), ("Netherlands", "Israel", "imposed")}


def test_centrafrique_and_the_conseil_d_etat() -> None:
    assert roles("fr", "L'ONU reconduit l'embargo sur les armes en Centrafrique") == {
        ("UN Security Council", "Central African Republic", "extended")
    }
    assert roles("fr", "Le Conseil d'État belge suspend les transferts d'armes vers Israël") == {
        ("Council of State (Belgium)", "Israel", "ruled_by_court")
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("he", "ספרד הטילה אמברגו נשק על ישראל, וישראל איימה בצעדי תגובה"),
        ("ru", "Испания ввела эмбарго на поставки оружия Израилю, Израиль пригрозил ответными мерами"),
        ("de", "Spanien verhängt Waffenembargo gegen Israel, Israel droht mit Konsequenzen"),
        ("fr", "L'Espagne décrète un embargo sur les armes contre Israël, qui a menacé de représailles"),
    ],
)
def test_a_threat_of_reprisals_leaves_the_decision(language: str, text: str) -> None:
    assert roles(language, text) == {("Spain", "Israel", "imposed")}
