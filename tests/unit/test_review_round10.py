"""Round-10 review (issues 10 and 15): word lists moved to the lexicon keep their reading, and the cheap
tests before a lexicon pattern cover every entry of it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bot.core.extract.casualty_dating import _ENDED_WAR_HINTS, ended_war
from bot.core.extract.embargo_deciders import _body_in_town
from bot.core.extract.lexicon import lexicon


@pytest.mark.parametrize("body", lexicon("en").words("embargo", "town_bodies"))
def test_every_town_body_of_the_lexicon_is_its_towns_country(body: str) -> None:
    s = f"{body[0].upper()}{body[1:]} in Rotterdam stopped a cargo of rifles bound for Sudan"
    found = _body_in_town(s, (s.index("rifles"), s.index("rifles") + 6))
    assert found is not None and found.canonical == "Netherlands"


@pytest.mark.parametrize(
    "s",
    [
        "Harbour authorities at Hamburg held back a freighter loaded with shells for Myanmar",
        "The Italian coastguard in Trieste refused entry to a ship carrying drones for Libya",
    ],
)
def test_a_town_body_in_other_phrasings(s: str) -> None:
    at = s.index(" for ")
    assert _body_in_town(s, (at, at + 4)) is not None


def test_a_body_named_after_the_decision_is_no_town_body() -> None:
    s = "Rifles bound for Sudan were stopped, customs officers in Rotterdam said"
    assert _body_in_town(s, (0, 6)) is None


@pytest.mark.parametrize("war", lexicon("en").words("casualty", "ended_wars"))
def test_the_cheap_test_before_ended_wars_covers_every_entry(war: str) -> None:
    assert any(h in war.lower() for h in _ENDED_WAR_HINTS), war
    s = f"Some 40,000 soldiers died in the {war.title()}"
    assert ended_war(s, s.index("40,000"), s.index("40,000") + 6) is not None
