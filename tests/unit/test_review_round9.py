"""Review of round 9 (issues 10 and 15): readings generalised from one phrasing to their family, with
our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo, CasualtyFigure, Recognition

DAY = date(2026, 12, 14)


def _figures(title: str, summary: str = "") -> list[tuple[int | None, str]]:
    return [(f.count, f.kind) for f in extract_facts(title, summary, DAY) if isinstance(f, CasualtyFigure)]


# "as many" / "the same number" after a casualty verb in any form, not only the gerund
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ambush kills six soldiers, wounds the same number", [(6, "killed"), (6, "injured")]),
        ("Shelling killed four civilians and injured as many in Kherson", [(4, "killed"), (4, "injured")]),
        ("Blast kills two, injures as many at Kabul mosque", [(2, "killed"), (2, "injured")]),
        ("Raid killing five fighters and wounding as many", [(5, "killed"), (5, "injured")]),
    ],
)
def test_as_many_after_a_verb_in_any_form(title: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(_figures(title)) == sorted(expected)


def test_as_many_of_something_else_is_no_figure() -> None:
    assert _figures("Gunmen killed 12 villagers in Zamfara and abducted as many") == [(12, "killed")]


# a standing refusal told with the noun, as with the verb: no news
@pytest.mark.parametrize(
    "title",
    [
        "Spain continues to refuse recognition of Kosovo",
        "Slovakia has long withheld recognition of Kosovo",
        "Romania still refuses recognition of Kosovo's independence",
    ],
)
def test_standing_refusal_told_with_the_noun_is_no_fact(title: str) -> None:
    assert [f for f in extract_facts(title, "", DAY) if isinstance(f, Recognition)] == []


def test_a_refusal_told_as_news_stays() -> None:
    facts = extract_facts("Paraguay says it will refuse recognition of Kosovo", "", DAY)
    found = [(f.actors, f.status) for f in facts if isinstance(f, Recognition)]
    assert found == [(("Paraguay",), "rejected")]


# what a state waits on is setting, not who recognises: the body named in it is no actor
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Malta said it would wait for an EU position before deciding whether to recognise Palestine",
            [(("Malta",), "considering")],
        ),
        (
            "Kenya, waiting for an AU decision, holds off on recognising Somaliland",
            [(("Kenya",), "rejected")],
        ),
    ],
)
def test_the_body_waited_for_is_no_actor(title: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    facts = extract_facts(title, "", DAY)
    assert [(f.actors, f.status) for f in facts if isinstance(f, Recognition)] == expected


# a renewal told by its new period, for any number of years or months, in digits or words
@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Южный Судан останется под оружейным эмбарго ООН ещё на два года"),
        ("uk", "Ембарго ООН на постачання зброї до Південного Судану діятиме ще на два роки"),
        ("pt", "O Sudão do Sul continuará sob embargo de armas da ONU por mais 18 meses"),
        ("de", "Südsudan bleibt weitere zwei Jahre unter dem UN-Waffenembargo"),
        ("fr", "Le Soudan du Sud restera sous embargo sur les armes de l'ONU deux ans de plus"),
        ("tr", "Güney Sudan iki yıl daha BM silah ambargosu altında kalacak"),
        ("es", "Sudán del Sur seguirá bajo el embargo de armas de la ONU por tres años más"),
    ],
)
def test_a_renewal_by_any_period_is_extended(language: str, title: str) -> None:
    facts = [f for f in extract_facts(title, "", DAY, language=language) if isinstance(f, ArmsEmbargo)]
    assert [(f.target, f.action) for f in facts] == [("South Sudan", "extended")]


# one deal paused is partial, with or without the article a headline drops; several deals are a halt
@pytest.mark.parametrize(
    ("title", "action"),
    [
        ("Germany suspends contract for howitzers to Qatar", "partial"),
        ("Germany halts deal for howitzers to Qatar", "partial"),
        ("Germany pauses a contract for howitzers to Qatar", "partial"),
    ],
)
def test_one_paused_deal_is_partial(title: str, action: str) -> None:
    facts = [f for f in extract_facts(title, "", DAY) if isinstance(f, ArmsEmbargo)]
    assert [(f.actor, f.target, f.action) for f in facts] == [("Germany", "Qatar", action)]


def test_a_second_group_that_waits_and_sees_holds_back() -> None:
    title = "Peru recognised Palestine on Monday, while Chile said it would wait and see"
    facts = extract_facts(title, "", DAY)
    found = [(f.actors, f.status) for f in facts if isinstance(f, Recognition)]
    assert found == [(("Peru",), "done"), (("Chile",), "rejected")]
