"""Recognitions in the ten languages, tuned on round 9's held-out sets (helper r9mlroles; not an
estimate): the state owning a recognition noun recognises (just after the noun, with the state it
recognises soon after it: "اعتراف X [رسمياً] بـ Y"; or in the Turkish genitive before that state and
the noun: "X'in Y'yi tanıması"), with the status the noun tells, not the reaction of the state
condemning it; the perfective future of 'study' in Russian and of 'can' in Portuguese weigh a
recognition. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import recognition_groups


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("ar", "الجزائر تستنكر اعتراف المغرب رسمياً بجمهورية كوسوفو", "Morocco"),
        ("ar", "القاهرة ترفض اعتراف إثيوبيا بإقليم أرض الصومال", "Ethiopia"),
        ("tr", "Sırbistan, Arnavutluk'un Kosova'yı tanımasını eleştirdi", "Albania"),
    ],
)
def test_owner_of_a_recognition_noun_recognises(language: str, text: str, actor: str) -> None:
    groups = recognition_groups(language, text)
    assert any(actors == (actor,) and status == "done" for actors, _r, status in groups), groups


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Кения изучит возможность признания Сомалиленда"),
        ("pt", "Japão poderá reconhecer a Palestina no próximo ano, diz chanceler"),
    ],
)
def test_future_of_weighing_is_considering(language: str, text: str) -> None:
    groups = recognition_groups(language, text)
    assert groups and all(status == "considering" for _a, _r, status in groups), groups


def test_state_after_a_word_for_decision_decides() -> None:
    # the state right after "decision" and before the recognition noun decides, it is not recognised
    groups = recognition_groups("ar", "قال مسؤولون في مقديشو إن قرار إسرائيل الاعتراف بأرض الصومال باطل")
    assert all(recognised != "Israel" for _a, recognised, _s in groups), groups
