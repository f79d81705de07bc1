"""Statehood recognition in the ten lexicon languages by family (issue 15, rounds 7-8): capitals as
actors, conditions, the Taliban's government and states beyond Palestine, withdrawals and refusals
in the verb's own form, and the word's other senses (admit that, found guilty, best player, a right or
a degree recognised). Every sentence is written for this file (none is corpus text)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.extract.lang.reader import read_facts
from bot.core.extract.vetoes import Dropped
from bot.core.model import Recognition, fact_json


def recognitions(language: str, title: str, summary: str = "") -> list[dict[str, Any]]:
    return [fact_json(f) for f in read_facts(language, title, summary) if isinstance(f, Recognition)]


@pytest.mark.parametrize(
    ("language", "text", "actors", "recognized", "status"),
    [
        # a capital stands for its government
        ("es", "Lisboa y Madrid reconocen hoy al Estado de Palestina", ["Portugal", "Spain"], "Palestine",
         "done"),
        ("uk", "Берлін не визнаватиме Палестину найближчим часом", ["Germany"], "Palestine", "rejected"),
        ("fr", "Ottawa reconnaîtra l'État de Palestine en septembre", ["Canada"], "Palestine", "announced"),
        # a state after a condition on the recognition is not an actor
        ("ru", "Бельгия признает Палестину, если Израиль начнет аннексию", ["Belgium"], "Palestine",
         "announced"),
        ("ar", "سلوفينيا ستعترف بدولة فلسطين إذا استمرت الحرب في لبنان", ["Slovenia"], "Palestine",
         "announced"),
        ("fa", "اسلوونی کشور فلسطین را به رسمیت خواهد شناخت اگر اسرائیل حمله را ادامه دهد", ["Slovenia"],
         "Palestine", "announced"),
        # states beyond Palestine, and a government
        ("he", "הממשלה החליטה להכיר רשמית בסומלילנד", [], "Somaliland", "announced"),
        ("tr", "Kazakistan, Taliban hükümetini resmen tanıdı", ["Kazakhstan"], "Taliban government", "done"),
        ("fr", "Le Kenya reconnaît les talibans comme gouvernement de l'Afghanistan", ["Kenya"],
         "Taliban government", "done"),
        ("pt", "Honduras retira o reconhecimento da República Saaraui", ["Honduras"],
         "Sahrawi Arab Democratic Republic", "rejected"),
        ("ru", "Армения не признает Северный Кипр", ["Armenia"], "Northern Cyprus", "rejected"),
        ("es", "Perú reconocerá la independencia de Kosovo", ["Peru"], "Kosovo", "announced"),
        # a sovereignty recognised: the state whose sovereignty it is does not recognise
        ("ar", "إسبانيا تعترف بسيادة المغرب على الصحراء الغربية", ["Spain"], "Western Sahara", "done"),
        # a demonym beside a word for a state names the state, not an actor
        ("ru", "Мальта признала палестинское государство", ["Malta"], "Palestine", "done"),
        # a government recognised: its country does not recognise
        ("ru", "Казахстан признал новое правительство Ливии", ["Kazakhstan"], "Libya government", "done"),
        ("he", "מצרים הכירה בממשלה החדשה בסודן", ["Egypt"], "Sudan government", "done"),
        # refusal and weighing in the verb's own form
        ("tr", "Macaristan Filistin'i tanımayacağını bildirdi", ["Hungary"], "Palestine", "rejected"),
        ("pt", "O Japão está considerando reconhecer a Palestina", ["Japan"], "Palestine", "considering"),
        ("uk", "Сербія ніколи не визнає Косово", ["Serbia"], "Kosovo", "rejected"),
    ],
)  # fmt: skip
def test_recognitions_by_family(
    language: str, text: str, actors: list[str], recognized: str, status: str
) -> None:
    assert [(f["actors"], f["recognized"], f["status"]) for f in recognitions(language, text)] == [
        (actors, recognized, status)
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # admit, acknowledge
        ("fr", "Le ministre palestinien a reconnu que la trêve était fragile"),
        ("es", "La portavoz reconoció que Palestina no recibirá más ayuda este mes"),
        ("ru", "Посол Палестины признал, что гуманитарная помощь не поступает"),
        ("uk", "Речник визнав, що Палестина не отримала допомоги"),
        ("he", "השר הכיר בכך שהרשות הפלסטינית חלשה"),
        ("ar", "اعترف الوزير بأن الوضع في فلسطين صعب"),
        ("de", "Der Sprecher erkannte an, dass Palästina Hilfe braucht"),
        # a demonym alone: people, teams, degrees, rights
        ("pt", "Tribunal reconhece o direito de famílias palestinas à indenização"),
        ("ar", "الجامعة تعترف بشهادات الطلاب الفلسطينيين"),
        ("tr", "Filistinli sanatçının eserleri uluslararası alanda tanındı"),
        # guilty, best of
        ("ru", "Боевик так называемой ЛНР признан виновным в убийстве"),
        ("es", "El delantero kosovar, reconocido como el mejor jugador de la liga"),
    ],
)
def test_other_senses_of_the_word_give_no_recognition(language: str, text: str) -> None:
    assert recognitions(language, text) == []


def test_admitting_that_is_a_named_veto() -> None:
    trace: list[Dropped] = []
    read_facts("fr", "Le président a reconnu que la Palestine ne votera pas cette année", "", trace=trace)
    assert [(d.trigger, d.veto) for d in trace if d.trigger == "recognition"] == [
        ("recognition", "admits_that")
    ]


def test_a_territory_inside_a_state_is_not_an_actor() -> None:
    found = recognitions(
        "es", "Chile reconoce al Estado de Palestina mientras siguen los ataques en Cisjordania"
    )
    assert [f["actors"] for f in found] == [["Chile"]]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Israël condamne la reconnaissance de la Palestine par l'Irlande",
         [(["Israel"], "rejected"), (["Ireland"], "done")]),
        ("ar", "الاحتلال يدين اعتراف إسبانيا بدولة فلسطين", [(["Israel"], "rejected"), (["Spain"], "done")]),
    ],
)  # fmt: skip
def test_a_rejection_of_someone_elses_recognition(
    language: str, text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert [(f["actors"], f["status"]) for f in recognitions(language, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a state in a later clause of its own (and ..., ; ..., its own cue) is not an actor
        ("ar", "البرتغال ومالطا تعترفان بدولة فلسطين، وإسرائيل تستدعي سفيرها",
         [(["Portugal", "Malta"], "done")]),
        ("es", "Irlanda y Noruega reconocen a Palestina; Israel protesta", [(["Ireland", "Norway"], "done")]),
        # ... but the speaker of a recognition without its own actor is one
        ("fr", "La Palestine sera reconnue en septembre, a écrit le ministre belge",
         [(["Belgium"], "announced")]),
        # a rejection before a state's decision to recognise
        ("uk", "Ізраїль засудив рішення Бельгії визнати Палестину", [(["Israel"], "rejected"), (["Belgium"],
         "announced")]),
        # a parliament approving a recognition: done
        ("pt", "O Parlamento da Irlanda aprova reconhecer a Palestina", [(["Ireland"], "done")]),
        # stopping a recognition
        ("he", "גואטמלה הפסיקה להכיר בטייוואן", [(["Guatemala"], "rejected")]),
    ],
)  # fmt: skip
def test_actors_and_statuses_round_8(language: str, text: str, expected: list[tuple[list[str], str]]) -> None:
    assert [(f["actors"], f["status"]) for f in recognitions(language, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "recognized"),
    [
        ("fr", "Le Portugal reconnaît la souveraineté du Maroc sur le Sahara", "Western Sahara"),
        ("ar", "ألمانيا تعترف بسيادة المغرب على الصحراء", "Western Sahara"),
        ("es", "Bolivia se niega a reconocer a la junta de Níger", "Niger government"),
        ("ar", "واشنطن تعترف بالسيادة الإسرائيلية على الجولان", "Golan Heights"),
        ("fr", "Le Venezuela reconnaît l'Abkhazie", "Abkhazia"),
    ],
)
def test_territories_and_governments(language: str, text: str, recognized: str) -> None:
    assert [f["recognized"] for f in recognitions(language, text)] == [recognized]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Міністерство визнає дипломи університетів Косова"),
        ("de", "Die Trainerin erkannte die Leistung der Spieler aus dem Kosovo an"),
        ("fr", "Le Kosovo reconnaît sa défaite face au Portugal"),
    ],
)
def test_things_recognised_that_are_not_states(language: str, text: str) -> None:
    assert recognitions(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "actors", "status"),
    [
        # round 9: a state met, visited or spoken with (after "with", "from", "in", "despite") is no actor
        (
            "de",
            "Nach einem Treffen mit Italien und Polen hat Irland Palästina anerkannt",
            ["Ireland"],
            "done",
        ),
        (
            "es",
            "Tras hablar con Francia, Chile y Perú, Noruega reconoce al Estado palestino",
            ["Norway"],
            "done",
        ),
        (
            "pt",
            "Depois de consultas com a Espanha e o Canadá, a Irlanda reconheceu a Palestina",
            ["Ireland"],
            "done",
        ),
        ("ru", "Мальта, по словам министра из Греции, признает Палестину в июне", ["Malta"], "announced"),
        ("uk", "Після розмови з Японією Бельгія визнала Палестину", ["Belgium"], "done"),
        ("he", "אחרי פגישה עם יוון, מלטה הכירה במדינה פלסטינית", ["Malta"], "done"),
        ("fa", "اسلوونی پس از دیدار با وزیر یونانی کشور فلسطین را به رسمیت شناخت", ["Slovenia"], "done"),
        # a recognition whose only state is after such a word keeps it
        ("fr", "Avec la Slovénie, la reconnaissance de la Palestine progresse", ["Slovenia"], "done"),
    ],
)
def test_states_met_are_not_actors(language: str, text: str, actors: list[str], status: str) -> None:
    facts = recognitions(language, text)
    assert [(sorted(f["actors"]), f["status"]) for f in facts] == [(sorted(actors), status)]


@pytest.mark.parametrize(
    ("language", "text", "actors", "status"),
    [
        # a state after "while" / "although" with no recognition or status cue of its own is no actor
        ("es", "Noruega reconoce al Estado palestino, mientras Grecia guarda silencio", ["Norway"], "done"),
        ("fa", "اسلوونی کشور فلسطین را به رسمیت شناخت، هرچند یونان سکوت کرد", ["Slovenia"], "done"),
        ("de", "Irland hat Palästina anerkannt, während Polen schweigt", ["Ireland"], "done"),
    ],
)
def test_states_after_a_contrast_are_not_actors(
    language: str, text: str, actors: list[str], status: str
) -> None:
    facts = recognitions(language, text)
    assert [(sorted(f["actors"]), f["status"]) for f in facts] == [(sorted(actors), status)]


@pytest.mark.parametrize(
    ("language", "title", "status"),
    [
        # studying or weighing a recognition is considering it
        ("uk", "Чехія оцінює можливість визнання Палестини", "considering"),
        ("uk", "Молдова вивчає питання визнання Косова", "considering"),
        # ceasing to recognise is a withdrawal: rejected
        ("pt", "Guiné-Bissau deixa de reconhecer a República Saaraui", "rejected"),
        ("es", "Panamá deja de reconocer a la República Saharaui", "rejected"),
        ("fr", "Le Danemark n’entend pas reconnaître la Palestine pour le moment", "rejected"),
    ],
)
def test_studying_and_ceasing_to_recognise(language: str, title: str, status: str) -> None:
    assert [r["status"] for r in recognitions(language, title)] == [status]
