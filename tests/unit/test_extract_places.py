"""Canonical names and region tags."""

from __future__ import annotations

import pytest

from bot.core.extract import canonical_name, regions_of


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("British", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("Dutch", "Netherlands"),
        ("US", "United States"),
        ("USA", "United States"),
        ("American", "United States"),
        ("Russian Federation", "Russia"),
        ("Iran", "Iran"),
        ("South Sudan", "South Sudan"),
        ("Syrian Arab Republic", "Syria"),
        ("EU", "European Union"),
        ("European Union", "European Union"),
        ("UN Security Council", "UN Security Council"),
        ("UN", "United Nations"),
        ("Palestinian state", "Palestine"),
        ("Gaza Strip", "Gaza"),
        ("West Bank", "West Bank"),
        ("NATO", "NATO"),
        ("Trinidad & Tobago", "Trinidad and Tobago"),
        ("Türkiye", "Turkey"),
        ("Atlantis", None),
    ],
)
def test_canonical_name_uses_short_english_names(name: str, canonical: str | None) -> None:
    assert canonical_name(name) == canonical


@pytest.mark.parametrize(
    ("place", "tags"),
    [
        ("Gaza", {"gaza", "palestine", "middle east"}),
        ("Israel", {"israel", "middle east"}),
        ("Sudan", {"sudan", "africa"}),
        ("Ukraine", {"ukraine", "europe"}),
        ("Pokrovsk, Ukraine", {"ukraine", "europe"}),
        ("Nowhere", set()),
    ],
)
def test_regions_of_gives_lowercase_tags(place: str, tags: set[str]) -> None:
    assert regions_of(place) == frozenset(tags)


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Khan Younis", "Gaza"),
        ("Gaza City", "Gaza"),
        ("Rafah", "Gaza"),
        ("Hebron", "West Bank"),
        ("Kharkiv", "Ukraine"),
        ("Pokrovsk", "Ukraine"),
        ("El Fasher", "Sudan"),
        ("Goma", "DR Congo"),
        ("Mogadishu", "Somalia"),
        ("Beersheba", "Israel"),
    ],
)
def test_city_gazetteer(city: str, country: str) -> None:
    assert canonical_name(city) == country
    assert country.lower() in regions_of(city)


def test_a_city_is_never_an_actor() -> None:
    from bot.core.extract.places import find_places

    (m,) = find_places("Kharkiv")
    assert (m.canonical, m.city, m.capital) == ("Ukraine", True, False)
