"""The transforms of benchmarks/perturb.py change text and labels alike, and refuse what they cannot
change safely. Sentences written for these tests; the name tables are small fixtures."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from perturb_transforms import Country, Names, figures, swap_city, swap_country, swap_numbers, swap_town

NAMES = Names(
    countries={
        "Germany": Country("Germany", ("German",)),
        "Norway": Country("Norway", ("Norwegian",)),
        "Sudan": Country("Sudan", ("Sudanese",), at_war=True),
        "Yemen": Country("Yemen", ("Yemeni",), at_war=True),
        "Ukraine": Country("Ukraine", ("Ukrainian",), at_war=True),
    },
    targets=("Norway", "Yemen"),
    other_forms={"berlin": frozenset({"Germany"}), "scholz": frozenset({"Germany"})},
    towns={"Ukraine": ("Poltava",)},
    small_towns={"Ukraine": ("Zolochivka",)},
    canonical={"ukraine": "Ukraine"},
    swappable_towns=frozenset({"Kharkiv", "Poltava"}),
)


def item(
    title: str, summary: str, labels: list[dict[str, object]], language: str = "en"
) -> dict[str, object]:
    return {"id": "t1", "title": title, "summary": summary, "language": language, "labels": labels}


def embargo(actor: str, target: str) -> dict[str, object]:
    return {"type": "arms_embargo", "actor": actor, "target": target, "action": "suspended_exports"}


def casualty(count: int | None, location: str | None, victims: str = "people") -> dict[str, object]:
    return {
        "type": "casualty",
        "count": count,
        "kind": "killed",
        "qualifier": "exact",
        "victims": victims,
        "location": location,
        "cumulative": False,
    }


def test_country_swap_changes_name_and_demonym_in_text_and_labels() -> None:
    it = item(
        "Germany halts arms sales to the Gulf",
        "German ministers said the Germans would wait.",
        [embargo("Germany", "Saudi Arabia")],
    )
    out = swap_country(it, NAMES, random.Random(3))
    assert out is not None
    assert out["title"] == "Norway halts arms sales to the Gulf"
    assert out["summary"] == "Norwegian ministers said the Norwegians would wait."
    assert out["labels"][0]["actor"] == "Norway"
    assert it["labels"][0]["actor"] == "Germany"  # the input is never modified


def test_country_at_war_becomes_another_at_war() -> None:
    it = item("Shelling kills nine in Sudan", "", [casualty(9, "Sudan")])
    out = swap_country(it, NAMES, random.Random(0))
    assert out is not None and out["labels"][0]["location"] == "Yemen" and "Yemen" in out["title"]


def test_country_named_otherwise_is_left() -> None:
    it = item("Berlin halts arms sales", "Germany said so on Monday.", [embargo("Germany", "Saudi Arabia")])
    assert swap_country(it, NAMES, random.Random(1)) is None


def test_country_of_a_town_location_is_left() -> None:
    it = item("Drone kills four in Poltava, Ukraine", "", [casualty(4, "Poltava, Ukraine")])
    assert swap_country(it, NAMES, random.Random(1)) is None


def test_ten_languages_keep_their_countries() -> None:
    it = item("Deutschland stoppt Waffenexporte", "", [embargo("Germany", "Saudi Arabia")], language="de")
    assert swap_country(it, NAMES, random.Random(1)) is None


def test_city_and_town_swaps_follow_the_location() -> None:
    it = item(
        "KHARKIV: missile kills six",
        "Six people died in Kharkiv on Friday.",
        [casualty(6, "Kharkiv, Ukraine")],
    )
    city = swap_city(it, NAMES, random.Random(1))
    assert city is not None
    assert city["title"].startswith("POLTAVA:") and "in Poltava on" in city["summary"]
    assert city["labels"][0]["location"] == "Poltava, Ukraine"
    town = swap_town(it, NAMES, random.Random(1))
    assert town is not None and town["labels"][0]["location"] == "Zolochivka, Ukraine"


def test_number_swap_keeps_form_and_magnitude() -> None:
    it = item(
        "Blast kills 12 near depot",
        "At least 12 people, seven of them guards, died; 1,200 fled.",
        [casualty(12, None), casualty(7, None, "guards")],
    )
    out = swap_numbers(it, NAMES, random.Random(5))
    assert out is not None
    new12, new7 = out["labels"][0]["count"], out["labels"][1]["count"]
    assert 10 <= new12 <= 31 and new12 != 12 and 2 <= new7 <= 9 and new7 != 7
    assert f"kills {new12} near" in out["title"] and f"At least {new12} people" in out["summary"]
    fled = out["summary"].split("; ")[1].split(" ")[0]
    assert len(fled) == 5 and fled[1] == "," and fled.endswith("00") and fled != "1,200"


def test_number_swap_keeps_dates_years_and_names() -> None:
    it = item("Strike on March 14 kills 14", "In 2024 the M23 group and F-35 jets ...", [casualty(14, None)])
    found = {(f.value, f.changeable) for f in figures(it["title"] + " " + it["summary"], True)}
    assert (2024, False) in found and (23, False) in found and (35, False) in found
    assert swap_numbers(it, NAMES, random.Random(1)) is None  # 14 is a date too: its value stays


def test_number_swap_refuses_a_count_that_is_no_figure() -> None:
    it = item("Two soldiers and three civilians killed", "", [casualty(5, None)])
    assert swap_numbers(it, NAMES, random.Random(1)) is None


def test_number_swap_keeps_the_digit_script() -> None:
    it = item("مقتل ٢٣ شخصا", "", [casualty(23, None)], language="ar")
    out = swap_numbers(it, NAMES, random.Random(2))
    assert out is not None
    new = out["labels"][0]["count"]
    assert new != 23 and "".join(chr(0x660 + int(c)) for c in str(new)) in out["title"]


def test_same_seed_same_draw() -> None:
    it = item("Blast kills 40", "", [casualty(40, None)])
    a = swap_numbers(it, NAMES, random.Random("1:numbers:t1"))
    b = swap_numbers(it, NAMES, random.Random("1:numbers:t1"))
    assert a == b


def test_number_swap_keeps_the_order_of_figures() -> None:
    it = item(
        "Strike kills 20",
        "Of the 20 dead, 14 were women and 3 children.",
        [casualty(20, None), casualty(14, None)],
    )
    for seed in range(30):
        out = swap_numbers(it, NAMES, random.Random(seed))
        if out is not None:  # None: no draw of the magnitude classes kept the order
            a, b = out["labels"][0]["count"], out["labels"][1]["count"]
            assert a > b


def test_region_or_capital_location_is_not_swapped_as_a_town() -> None:
    it = item("Shelling kills six in Donetsk region", "", [casualty(6, "Donetsk, Ukraine")])
    assert swap_city(it, NAMES, random.Random(1)) is None
