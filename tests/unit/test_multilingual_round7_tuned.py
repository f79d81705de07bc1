"""Ten languages, tuned on the separate author's round-7 set (helper r7ml): warships, armoured
vehicles and their components as arms (Arabic, Portuguese), "barra" as a ban, other exports going on
as part of the arms; sanctions that return as imposed anew and stay imposed when a later sentence
tells a deadline's end; a state that does not recognise a ban or holds itself not bound by it
refuses it (Persian); the Organisation of Islamic Cooperation named in Turkish, Arabic and Persian;
Turkish first-person refusals ("tanımıyoruz ve tanımayacağız", "acele etmeyeceğini"); German "at the
end of a process" as not now; support given to a state is no recognition of it (Spanish); European
Portuguese floods ("cheias") are no conflict toll. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.model import fact_json
from tests.unit.multilingual_facts import embargo_roles, recognition_groups


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        ("ar", "بلجيكا توقف تصدير مكونات المدرعات إلى روسيا", "", ("Belgium", "Russia", "partial")),
        (
            "ar",
            "أعلنت الدنمارك أنها توقف بيع السفن الحربية إلى ميانمار مع استمرار الصادرات الأخرى",
            "",
            ("Denmark", "Myanmar", "partial"),
        ),
        ("pt", "Governo chileno barra venda de blindados à Rússia", "", ("Chile", "Russia", "imposed")),
        (
            "pt",
            "Governo chileno barra exportação de peças de navios de guerra para a Rússia",
            "",
            ("Chile", "Russia", "partial"),
        ),
    ],
)
def test_warships_and_armoured_vehicles_are_arms(
    language: str, title: str, summary: str, expected: tuple[str, str, str]
) -> None:
    assert embargo_roles(language, title, summary) == {expected}


def test_sanctions_returning_are_imposed_though_a_deadline_ends_later() -> None:
    title = "بازگشت تحریم تسلیحاتی شورای امنیت علیه کره شمالی"
    summary = "با پایان مهلت ده روزه، ممنوعیت فروش سلاح دوباره اجرایی شد."
    assert embargo_roles("fa", title) == {("UN Security Council", "North Korea", "imposed")}
    assert embargo_roles("fa", title, summary) == {("UN Security Council", "North Korea", "imposed")}


@pytest.mark.parametrize(
    "title",
    [
        "چین: بازگشت تحریم تسلیحاتی علیه ونزوئلا را به رسمیت نمی‌شناسیم",
        "چین خود را ملزم به اجرای تحریم تسلیحاتی علیه ونزوئلا نمی‌داند",
    ],
)
def test_a_ban_not_recognised_or_not_binding_is_refused(title: str) -> None:
    assert embargo_roles("fa", title) == {("China", "Venezuela", "rejected")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("tr", "İİT, Myanmar'a silah ambargosu uygulanması çağrısı yaptı"),
        ("ar", "منظمة التعاون الإسلامي تدعو إلى حظر توريد الأسلحة إلى ميانمار"),
    ],
)
def test_the_organisation_of_islamic_cooperation_calls(language: str, title: str) -> None:
    assert embargo_roles(language, title) == {
        ("Organisation of Islamic Cooperation", "Myanmar", "called_for")
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Dışişleri Bakanlığı: Gürcistan, Abhazya'nın bağımsızlığını tanımıyoruz ve tanımayacağız",
            (("Georgia",), "Abkhazia", "rejected"),
        ),
        (
            "Kazakistan, Taliban hükümetini tanımakta acele etmeyeceğini bildirdi",
            (("Kazakhstan",), "Taliban government", "rejected"),
        ),
    ],
)
def test_turkish_first_person_and_no_rush_refusals(
    title: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert recognition_groups("tr", title) == {expected}


def test_a_recognition_at_the_end_of_a_process_is_not_for_now() -> None:
    summary = (
        "Der Außenminister sagte, für Österreich stehe eine Anerkennung erst am Ende eines Dialogs "
        "zwischen Belgrad und Pristina."
    )
    assert recognition_groups("de", "Außenminister äußert sich zu Kosovo", summary) == {
        (("Austria",), "Kosovo", "rejected")
    }


def test_support_given_to_a_state_is_no_recognition_by_it() -> None:
    summary = "El presidente paraguayo afirmó que evaluará reconocer a Palestina y reiteró su apoyo a Israel."
    assert recognition_groups("es", "Paraguay y Palestina", summary) == {
        (("Paraguay",), "Palestine", "considering")
    }


def test_floods_in_european_portuguese_are_no_conflict_toll() -> None:
    # a province named Gaza, as in Mozambique, does not make a flood's dead a conflict toll
    summary = "As autoridades contam 3000 desalojados na província de Gaza."
    found = read_facts("pt", "Cheias em Moçambique deixam pelo menos 12 mortos", summary)
    assert [f for f in found if fact_json(f)["type"] == "casualty"] == []
