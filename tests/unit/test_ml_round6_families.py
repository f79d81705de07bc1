"""Round 6 ten-language families (helper r6ml), on sentences written for these tests."""

from __future__ import annotations

from bot.core.extract import extract_facts
from bot.core.model import ArmsEmbargo, CasualtyFigure


def _casualties(title: str, summary: str = "") -> list[CasualtyFigure]:
    return [f for f in extract_facts(title, summary) if isinstance(f, CasualtyFigure)]


def _embargoes(title: str, summary: str = "") -> list[ArmsEmbargo]:
    return [f for f in extract_facts(title, summary) if isinstance(f, ArmsEmbargo)]


def test_german_attack_compound_is_a_word_of_violence() -> None:
    (fig,) = _casualties("Mindestens zwölf Tote bei Selbstmordanschlag in Lahore")
    assert (fig.count, fig.kind, fig.location) == (12, "killed", "Lahore, Pakistan")


def test_spanish_treintena_is_about_thirty() -> None:
    (fig,) = _casualties("Colombia: una treintena de heridos en un ataque en Medellín")
    assert (fig.count, fig.qualifier, fig.kind) == (30, "about", "injured")


def test_portuguese_halting_and_an_end_asked_for_are_bans() -> None:
    (halt,) = _embargoes("Governo da Suécia trava exportação de equipamento militar para a Arábia Saudita")
    assert (halt.actor, halt.target) == ("Sweden", "Saudi Arabia")
    (call,) = _embargoes("Parlamento Europeu aprova texto que pede fim da venda de armas à Rússia")
    assert (call.target, call.action) == ("Russia", "called_for")


def test_a_backer_is_no_place_of_the_toll() -> None:
    figs = _casualties(
        "В боях за Букаву погибли около 900 человек",
        "Повстанцы при поддержке Руанды захватили город на востоке ДР Конго; число раненых превышает 1500.",
    )
    assert figs and all(f.location and "Rwanda" not in f.location for f in figs)
