"""Arms-embargo facts in the ten languages, round 10 (issue 15): a breach of an embargo is no
decision (`violation`), sanctions on a smuggling network are no arms embargo (fa), renewals and
liftings told in the passive, calls in the past tense, a court named by its country's justice,
weapon parts (fa), "can be used in" (uk, ru), a single licence (ar), Human Rights Watch in five
scripts, the states listed after the target (one fact each) and a later sentence saying what a ban
also covers (not a partial ban of its own). Every sentence is written for this file (none is
corpus or team-set text)."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def roles(language: str, text: str) -> set[tuple[str | None, str | None, str | None]]:
    found = [fact_json(f) for f in read_facts(language, text, "")]
    return {(f["actor"], f["target"], f["action"]) for f in found if f["type"] == "arms_embargo"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "خبراء: شحنات أسلحة وصلت إلى السودان في خرق حظر الأسلحة الأممي"),
        (
            "de",
            "Bericht: Lieferungen an Nordkorea waren Verstöße gegen das Waffenembargo",
        ),
        ("fr", "L'ONU dénonce la violation de l'embargo sur les armes au Soudan du Sud"),
        ("es", "Un informe acusa a Irán de violar el embargo de armas a Yemen"),
        ("pt", "Relatório aponta violação do embargo de armas à Líbia por mercenários"),
        ("ru", "Доклад ООН: нарушения эмбарго на поставки оружия в Ливию продолжаются"),
        ("uk", "Експерти фіксують порушення ембарго на постачання зброї до Ємену"),
        ("he", 'דו"ח חושף הפרת אמברגו הנשק על לוב'),
        ("tr", "BM raporu: Libya'ya yönelik silah ambargosunu ihlal eden gemiler tespit edildi"),
        ("fa", "گزارش سازمان ملل از نقض تحریم تسلیحاتی یمن خبر داد"),
    ],
)
def test_a_breach_of_an_embargo_is_no_decision(language: str, text: str) -> None:
    assert roles(language, text) == set()


def test_sanctions_on_a_smuggling_network_are_no_arms_embargo() -> None:
    assert roles("fa", "بریتانیا شبکه قاچاق سلاح به یمن را تحریم کرد") == set()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "Ембарго на постачання зброї до Сомалі подовжено Радою безпеки ООН",
            ("UN Security Council", "Somalia", "extended"),
        ),
        (
            "es",
            "El embargo de armas a Libia fue renovado por el Consejo de Seguridad",
            ("UN Security Council", "Libya", "extended"),
        ),
        (
            "pt",
            "O embargo de armas à Líbia foi prorrogado pelo Conselho de Segurança",
            ("UN Security Council", "Libya", "extended"),
        ),
        (
            "es",
            "El embargo de armas a Somalia fue levantado por el Consejo de Seguridad",
            ("UN Security Council", "Somalia", "lifted"),
        ),
        (
            "pt",
            "O embargo de armas à Somália foi levantado pelo Conselho de Segurança",
            ("UN Security Council", "Somalia", "lifted"),
        ),
    ],
)
def test_renewals_and_liftings_in_the_passive(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "A Human Rights Watch pediu um embargo de armas ao Myanmar",
            ("Human Rights Watch", "Myanmar", "called_for"),
        ),
        (
            "es",
            "Amnistía Internacional exigió un embargo de armas a Sudán",
            ("Amnesty International", "Sudan", "called_for"),
        ),
        (
            "uk",
            "Human Rights Watch закликала до ембарго на постачання зброї до М'янми",
            ("Human Rights Watch", "Myanmar", "called_for"),
        ),
        (
            "ar",
            "هيومن رايتس ووتش تطالب بحظر توريد الأسلحة إلى ميانمار",
            ("Human Rights Watch", "Myanmar", "called_for"),
        ),
    ],
)
def test_calls_in_the_past_tense_and_human_rights_watch(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La justice britannique ordonne la suspension des ventes d'armes à l'Arabie saoudite",
            ("United Kingdom", "Saudi Arabia", "ruled_by_court"),
        ),
        ("fa", "آلمان صادرات قطعات تانک به ترکیه را متوقف کرد", ("Germany", "Turkey", "partial")),
        (
            "uk",
            "Італія заборонила продаж зброї Ізраїлю, яка може бути використана в Газі",
            ("Italy", "Israel", "partial"),
        ),
        ("ru", "Бельгия ограничила экспорт оружия в Израиль", ("Belgium", "Israel", "imposed")),
        ("ar", "بلجيكا تعلق رخصة تصدير ذخائر إلى إسرائيل", ("Belgium", "Israel", "suspended_licences")),
    ],
)
def test_courts_parts_and_licences(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Oxfam demande l'arrêt des ventes d'armes à la Russie et à la Biélorussie",
            {"Russia", "Belarus"},
        ),
        (
            "pt",
            "Especialistas da ONU pedem a suspensão da venda de armas a Israel e à Rússia",
            {"Israel", "Russia"},
        ),
        ("es", "Bélgica suspende las exportaciones de armas a Turquía y a Egipto", {"Turkey", "Egypt"}),
    ],
)
def test_each_state_listed_after_the_target_is_a_target(language: str, text: str, expected: set[str]) -> None:
    assert {target for _, target, _ in roles(language, text)} == expected


def test_a_theatre_beside_its_state_adds_no_target() -> None:
    found = roles("fr", "Madrid suspend les ventes d'armes à Israël et à Gaza")
    assert {target for _, target, _ in found} == {"Israel"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "he",
            "ממשלת איטליה הטילה אמברגו נשק על רוסיה. ההחלטה חלה גם על עגינת ספינות נשק בנמלי איטליה.",
            ("Italy", "Russia", "imposed"),
        ),
        (
            "es",
            "Bélgica impone un embargo de armas a Israel. La medida también prohíbe las piezas de repuesto.",
            ("Belgium", "Israel", "imposed"),
        ),
    ],
)
def test_what_a_ban_also_covers_is_no_partial_ban(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


def test_a_later_sentence_narrowing_the_ban_still_makes_it_partial() -> None:
    text = (
        "Bélgica suspende la venta de armas a Israel. La suspensión de ventas de armas afecta solo a piezas."
    )
    assert roles("es", text) == {("Belgium", "Israel", "partial")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Israël dénonce l'embargo sur les armes imposé par l'Espagne"),
        ("es", "Israel critica el embargo de armas impuesto por España"),
        ("pt", "Israel critica embargo de armas imposto pela Espanha"),
        ("de", "Israel kritisiert das von Spanien verhängte Waffenembargo"),
        ("tr", "İsrail, İspanya tarafından uygulanan silah ambargosunu kınadı"),
        ("he", "ישראל גינתה את אמברגו הנשק שהוטל על ידי ספרד"),
        ("ar", "إسرائيل تنتقد حظر الأسلحة المفروض من قبل إسبانيا"),
        ("fa", "اسرائیل تحریم تسلیحاتی اعمال شده توسط اسپانیا را محکوم کرد"),
        ("ru", "Израиль осудил эмбарго на поставки оружия, введенное Испанией"),
        ("uk", "Ізраїль засудив ембарго на постачання зброї, запроваджене Іспанією"),
    ],
)
def test_the_agent_of_a_passive_decides_though_the_target_comes_first(language: str, text: str) -> None:
    assert roles(language, text) == {("Spain", "Israel", "imposed")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Alemania suspende las exportaciones de armas a Israel por la ofensiva en Gaza",
            ("Germany", "Israel", "imposed"),
        ),
        (
            "de",
            "Die Ausfuhr von Waffen nach Israel wurde von der Bundesregierung gestoppt",
            ("Germany", "Israel", "imposed"),
        ),
        (
            "fa",
            "تحریم تسلیحاتی روسیه از سوی اتحادیه اروپا تمدید شد",
            ("European Union", "Russia", "extended"),
        ),
    ],
)
def test_a_preposition_that_names_no_decider_changes_nothing(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # one shipment held back is partial (corpus README: "one paused shipment")
        ("he", "וושינגטון השעתה משלוח פצצות לישראל", ("United States", "Israel", "partial")),
        ("ar", "واشنطن تعلق شحنة قنابل إلى إسرائيل", ("United States", "Israel", "partial")),
        ("pt", "Madri suspende a venda de armas a Israel", ("Spain", "Israel", "imposed")),
        (
            "pt",
            "A Holanda proibiu a exportação de peças de F-35 para Israel",
            ("Netherlands", "Israel", "partial"),
        ),
        (
            "de",
            "Ein Gericht in Den Haag hat der Regierung untersagt, F-35-Teile an Israel zu liefern",
            ("Netherlands", "Israel", "ruled_by_court"),
        ),
    ],
)
def test_capitals_and_common_names_stand_for_their_state(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


def test_a_list_of_targets_before_its_case_ending_is_targets_not_actors() -> None:
    text = "Af Örgütü, İsrail ve Rusya'ya silah satışının durdurulmasını istedi"
    assert roles("tr", text) == {
        ("Amnesty International", "Israel", "called_for"),
        ("Amnesty International", "Russia", "called_for"),
    }


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("he", "הולנד אסרה על ייצוא חלקי חילוף למטוסי F-35 לישראל", ("Netherlands", "Israel", "partial")),
        (
            "de",
            "Die Niederlande haben die Lieferung von Ersatzteilen für F-35-Kampfjets an Israel untersagt",
            ("Netherlands", "Israel", "partial"),
        ),
        (
            "fr",
            "Le Conseil de sécurité de l'ONU a levé l'embargo sur les armes imposé à la Somalie",
            ("UN Security Council", "Somalia", "lifted"),
        ),
        (
            "es",
            "Canadá suspende los permisos de exportación de armas a Israel",
            ("Canada", "Israel", "suspended_licences"),
        ),
        (
            "es",
            "El Gobierno británico ha suspendido 30 licencias de venta de armas a Israel",
            ("United Kingdom", "Israel", "suspended_licences"),
        ),
        (
            "pt",
            "O governo do Canadá suspendeu as licenças de exportação de armas para Israel",
            ("Canada", "Israel", "suspended_licences"),
        ),
        ("tr", "Slovenya, İsrail ile silah ticaretini yasakladı", ("Slovenia", "Israel", "imposed")),
        (
            "de",
            "Berlin genehmigt vorerst keine Rüstungsexporte nach Israel mehr",
            ("Germany", "Israel", "imposed"),
        ),
        (
            "fa",
            "دادگاهی در هلند دولت را به توقف صادرات قطعات اف-۳۵ به اسرائیل ملزم کرد",
            ("Netherlands", "Israel", "ruled_by_court"),
        ),
    ],
)
def test_more_words_for_parts_liftings_licences_and_courts(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


# --- round 11 families (written after round 11 was measured) ---------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Vor zwanzig Jahren verhängte die EU ein Waffenembargo gegen China"),
        ("es", "Hace treinta años la ONU impuso un embargo de armas a Ruanda"),
        ("ru", "Двадцать лет назад ООН ввела эмбарго на поставки оружия в Либерию"),
        ("he", "לפני עשור הטילה מועצת הביטחון אמברגו נשק על לוב"),
        ("tr", "BM, on yıl önce Libya'ya silah ambargosu uygulamıştı"),
    ],
)
def test_a_decision_taken_years_ago_is_no_development(language: str, text: str) -> None:
    assert roles(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Bélgica dejará de vender armas a Israel", ("Belgium", "Israel", "imposed")),
        ("pt", "O Canadá deixou de exportar armas para Israel", ("Canada", "Israel", "imposed")),
        (
            "de",
            "Österreich untersagt die Wiederausfuhr österreichischer Waffen an die Türkei",
            ("Austria", "Turkey", "imposed"),
        ),
        (
            "tr",
            "İngiltere, İsrail'e silah satışı için yeni izin verilmeyeceğini duyurdu",
            ("United Kingdom", "Israel", "suspended_licences"),
        ),
        (
            "pt",
            "O Conselho de Segurança suspendeu o embargo de armas à Libéria",
            ("UN Security Council", "Liberia", "lifted"),
        ),
        (
            "fa",
            "پارلمان اروپا خواستار تحریم تسلیحاتی روسیه شد",
            ("European Parliament", "Russia", "called_for"),
        ),
        (
            "ru",
            "Евросоюз ввел эмбарго на поставки оружия гаитянским группировкам",
            ("European Union", "Haiti", "imposed"),
        ),
    ],
)
def test_resuming_stopping_and_re_export_words(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert roles(language, text) == {expected}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("he", "ממשלת בלגיה שוקלת אמברגו נשק על רוסיה"),
        ("de", "Die Regierung in Oslo erwägt ein Waffenembargo gegen Israel"),
        ("es", "Irlanda estudia un embargo de armas a Israel"),
        ("ru", "Бельгия рассматривает возможность эмбарго на поставки оружия в Израиль"),
        ("tr", "Norveç, İsrail'e silah ambargosu uygulamayı değerlendiriyor"),
    ],
)
def test_weighing_a_ban_decides_nothing(language: str, text: str) -> None:
    assert roles(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "he",
            "ארגון אמנסטי: יש להטיל אמברגו נשק על מיאנמר",
            ("Amnesty International", "Myanmar", "called_for"),
        ),
        (
            "fr",
            "Pour Amnesty, il faut un embargo sur les armes contre le Soudan",
            ("Amnesty International", "Sudan", "called_for"),
        ),
    ],
)
def test_a_must_is_a_call(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert roles(language, text) == {expected}
