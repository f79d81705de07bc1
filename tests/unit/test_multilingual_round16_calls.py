"""Ten-language embargo calls told with a negated supply verb (round 16, helper ml16; issue 15): "asks states
not to sell arms to X", "призвала не поставлять оружие", "לא למכור נשק", "satmamaya çağırdı", "abstenerse de
suministrar": the negated infinitive or subjunctive a call puts its supply verb in is a ban on that supply
(lexicon `[embargo] ban`), as the negated future of a decision already was ("no venderá"). Every sentence
here is written for this file (none is corpus or held-out text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json


def embargoes(language: str, title: str, summary: str = "") -> list[tuple[Any, Any, Any]]:
    facts = (fact_json(f) for f in read_facts(language, title, summary))
    return [(f["actor"], f["target"], f["action"]) for f in facts if f["type"] == "arms_embargo"]


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        (
            "fr",
            "Le président français appelle à cesser les livraisons d'armes à Israël",
            "",
            ("France", "Israel", "called_for"),
        ),
        (
            "fr",
            "Des experts de l'ONU exhortent les États à stopper les ventes d'armes à Israël",
            "",
            ("UN experts", "Israel", "called_for"),
        ),
        (
            "fr",
            "L'Espagne demande l'arrêt des exportations d'armes vers Israël",
            "",
            ("Spain", "Israel", "called_for"),
        ),
        (
            "es",
            "La Asamblea General de la ONU pide a los Estados dejar de vender armas a Israel",
            "",
            ("UN General Assembly", "Israel", "called_for"),
        ),
        ("es", "Sánchez reclama el fin de la venta de armas a Israel", "", ("Spain", "Israel", "called_for")),
        (
            "es",
            "México exige suspender el suministro de armas a Sudán",
            "",
            ("Mexico", "Sudan", "called_for"),
        ),
        (
            "pt",
            "Relatores da ONU pedem o fim da venda de armas a Israel",
            "",
            ("UN experts", "Israel", "called_for"),
        ),
        (
            "de",
            "Irland fordert einen Stopp der Waffenlieferungen an Israel",
            "",
            ("Ireland", "Israel", "called_for"),
        ),
        (
            "de",
            "UN-Experten rufen Staaten auf, keine Waffen mehr an Israel zu liefern",
            "",
            ("UN experts", "Israel", "called_for"),
        ),
        (
            "uk",
            "Зеленський закликав припинити постачання зброї до Росії",
            "",
            ("Ukraine", "Russia", "called_for"),
        ),
        (
            "ru",
            "Россия призвала Запад прекратить поставки оружия Украине",
            "",
            ("Russia", "Ukraine", "called_for"),
        ),
        (
            "tr",
            "Erdoğan, İsrail'e silah satışının durdurulması çağrısında bulundu",
            "",
            ("Turkey", "Israel", "called_for"),
        ),
        (
            "ar",
            "الجامعة العربية تدعو إلى وقف تصدير الأسلحة إلى إسرائيل",
            "",
            ("Arab League", "Israel", "called_for"),
        ),
        ("fa", "ایران خواستار توقف ارسال سلاح به اسرائیل شد", "", ("Iran", "Israel", "called_for")),
        ("he", "נתניהו קרא להפסיק את אספקת הנשק לאיראן", "", ("Israel", "Iran", "called_for")),
        (
            "pt",
            "Especialistas da ONU pedem fim imediato das exportações de armas a Israel",
            "",
            ("UN experts", "Israel", "called_for"),
        ),
        (
            "pt",
            "O governo brasileiro pediu a suspensão imediata da venda de armas a Israel",
            "",
            ("Brazil", "Israel", "called_for"),
        ),
        (
            "es",
            "España insta a los países europeos a no vender armas a Israel",
            "",
            ("Spain", "Israel", "called_for"),
        ),
        (
            "es",
            "La Asamblea General de la ONU pide a los Estados que no suministren armas a Israel",
            "",
            ("UN General Assembly", "Israel", "called_for"),
        ),
        (
            "es",
            "Chile pide un cese inmediato de la venta de armas a Israel",
            "",
            ("Chile", "Israel", "called_for"),
        ),
        (
            "fr",
            "Macron appelle à cesser les livraisons d'armes à Israël, précisant que la France n'en livre pas",
            "",
            ("France", "Israel", "called_for"),
        ),
        (
            "fr",
            "La France appelle à un arrêt immédiat des livraisons d'armes à Israël",
            "",
            ("France", "Israel", "called_for"),
        ),
        (
            "fr",
            "La Belgique exhorte ses partenaires à ne plus vendre d'armes à Israël",
            "",
            ("Belgium", "Israel", "called_for"),
        ),
        (
            "de",
            "UN-Experten fordern Staaten auf, keine Waffen mehr an Israel zu liefern",
            "",
            ("UN experts", "Israel", "called_for"),
        ),
        (
            "de",
            "Irland fordert einen sofortigen Stopp aller Waffenlieferungen an Israel",
            "",
            ("Ireland", "Israel", "called_for"),
        ),
        ("ru", "Москва призвала Запад не поставлять оружие Украине", "", ("Russia", "Ukraine", "called_for")),
        (
            "uk",
            "Україна закликала партнерів не продавати зброю Росії",
            "",
            ("Ukraine", "Russia", "called_for"),
        ),
        ("tr", "Türkiye, ülkeleri İsrail'e silah satmamaya çağırdı", "", ("Turkey", "Israel", "called_for")),
        (
            "ar",
            "الجامعة العربية تطالب الدول بعدم بيع الأسلحة لإسرائيل",
            "",
            ("Arab League", "Israel", "called_for"),
        ),
        ("fa", "ایران از کشورها خواست به اسرائیل سلاح نفروشند", "", ("Iran", "Israel", "called_for")),
        ("he", 'מומחי האו"ם קראו למדינות לא למכור נשק לישראל', "", ("UN experts", "Israel", "called_for")),
        (
            "fr",
            "Soudan : Amnesty International demande aux États de ne plus livrer d'armes "
            "aux belligérants soudanais",
            "",
            ("Amnesty International", "Sudan", "called_for"),
        ),
        (
            "pt",
            "Lisboa apela aos parceiros europeus para não venderem armas a Israel",
            "",
            ("Portugal", "Israel", "called_for"),
        ),
        (
            "ar",
            "إيران تدعو الدول الأوروبية إلى الامتناع عن تصدير الأسلحة إلى إسرائيل",
            "",
            ("Iran", "Israel", "called_for"),
        ),
        (
            "fa",
            "وزارت خارجه ایران از کشورهای اروپایی خواست از ارسال سلاح به اسرائیل خودداری کنند",
            "",
            ("Iran", "Israel", "called_for"),
        ),
        ("he", 'האו"ם קרא למדינות להימנע ממכירת נשק לסודן', "", ("United Nations", "Sudan", "called_for")),
        (
            "ru",
            "МИД России: Запад должен воздержаться от поставок оружия Украине",
            "",
            ("Russia", "Ukraine", "called_for"),
        ),
        (
            "uk",
            "Зеленський: Захід повинен припинити постачання зброї Росії",
            "",
            ("Ukraine", "Russia", "called_for"),
        ),
        (
            "ru",
            "Лавров: Германия должна прекратить поставки оружия Израилю",
            "",
            ("Russia", "Israel", "called_for"),
        ),
        (
            "tr",
            "Ankara, Avrupa ülkelerinden İsrail'e silah satmamalarını istedi",
            "",
            ("Turkey", "Israel", "called_for"),
        ),
        (
            "tr",
            "Arap Birliği, üye ülkeleri İsrail'e silah satışından kaçınmaya çağırdı",
            "",
            ("Arab League", "Israel", "called_for"),
        ),
    ],
)
def test_a_call_not_to_supply_arms_is_a_called_for_embargo(
    language: str, title: str, summary: str, expected: tuple[str, str, str]
) -> None:
    assert embargoes(language, title, summary) == [expected]


# a state saying it does not sell, or did not sell, arms is no call and no decision: no fact


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("es", "España no vende armas a Israel desde octubre de 2023, recordó el ministro", ""),
        ("fr", "La France ne livre pas d'armes létales à Israël, affirme le ministre", ""),
        ("ru", "Кремль заявил, что не продавал оружие Ирану", ""),
        ("pt", "Brasil diz que não vende armas a Israel", ""),
    ],
)
def test_a_negated_supply_without_a_call_is_no_embargo(language: str, title: str, summary: str) -> None:
    assert embargoes(language, title, summary) == []
