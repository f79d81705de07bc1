"""The explainable-extraction skeleton: word lists as data, named vetoes, `why` on facts."""

from __future__ import annotations

import json

import pytest

from bot.core.extract.lexicon import LexiconError, lexicon
from bot.core.extract.vetoes import Veto, VetoTable
from bot.core.model import ArmsEmbargo, CasualtyFigure, Why, fact_json


def test_english_lexicon_loads_its_lists_and_caches_them() -> None:
    lex = lexicon("en")
    assert lexicon("en") is lex
    assert "earthquake*" in lex.words("cues", "not_disaster")
    assert "kill" in lex.words("stems", "casualty")


def test_alternation_escapes_entries_spaces_and_prefixes() -> None:
    import re

    rx = re.compile(rf"^(?:{lexicon('en').alternation('cues', 'strong')})$", re.I)
    assert rx.match("air  strikes")  # "air strike*": a space is any run of spaces, "*" a prefix
    assert rx.match("fighting")
    assert not rx.match("fight")


def test_unknown_language_and_unknown_list_name_the_fix() -> None:
    with pytest.raises(LexiconError, match=r"add bot/core/extract/lexicon/xx\.toml"):
        lexicon("xx")
    with pytest.raises(LexiconError, match=r"no list \[cues\] nonsense"):
        lexicon("en").words("cues", "nonsense")


def _table() -> VetoTable[str]:
    return VetoTable(
        "casualty",
        [
            Veto("history", "a year long past", lambda s: "1994" if "1994" in s else None),
            Veto("disaster", "a disaster word", lambda s: "earthquake" if "earthquake" in s else None),
        ],
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("an earthquake in 1994 killed 40", ("history", "1994")),  # the first veto in order wins
        ("an earthquake killed 40", ("disaster", "earthquake")),
        ("a strike killed 40", None),
    ],
)
def test_first_veto_in_order_names_itself_and_its_evidence(
    sentence: str, expected: tuple[str, str] | None
) -> None:
    assert _table().first(sentence) == expected


def test_a_veto_can_be_turned_off_alone() -> None:
    table = _table().without("history")
    assert table.names == ("disaster",)
    assert table.first("an earthquake in 1994 killed 40") == ("disaster", "earthquake")
    with pytest.raises(KeyError, match="no casualty veto named"):
        table.without("history")


def test_duplicate_veto_names_are_refused() -> None:
    with pytest.raises(ValueError, match="names a veto twice"):
        VetoTable("casualty", [Veto("x", "", lambda s: None), Veto("x", "", lambda s: None)])


def test_fact_json_keeps_the_contract_shape_and_adds_why() -> None:
    why = Why("verb_then_figure", ("killed",), "killing 12 people", (("count", "'12'"),), "")
    fact = CasualtyFigure(12, "exact", "killed", "people", "Gaza", False, why=why)
    out = fact_json(fact)
    assert {k: v for k, v in out.items() if k != "why"} == fact.to_json()
    assert out["why"]["roles"] == {"count": "'12'"}
    json.dumps(out)
    # `why` never takes part in equality: the same fact read two ways is one fact
    assert fact == CasualtyFigure(12, "exact", "killed", "people", "Gaza", False)
    assert "why" not in fact_json(ArmsEmbargo("Germany", "Israel", "partial"))
