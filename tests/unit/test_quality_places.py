"""benchmarks/quality.py compares places and names as an analyst would: the same town with its country
spelled another way agrees, another town of the same country does not."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from quality import same_name, same_place


def test_same_town_with_the_country_spelled_another_way_agrees() -> None:
    assert same_place("Goma, DR Congo", "Goma, Democratic Republic of the Congo")
    assert same_place("Mosul, Iraq", "mosul, Iraq")


def test_another_town_or_another_country_does_not_agree() -> None:
    assert not same_place("Goma, DR Congo", "Bukavu, Democratic Republic of the Congo")
    assert not same_place("Goma, DR Congo", "Goma, Rwanda")


def test_a_town_still_agrees_with_a_label_naming_only_its_country() -> None:
    assert same_place("Kharkiv, Ukraine", "Ukraine")
    assert not same_place("Kharkiv, Ukraine", "Russia")


def test_a_town_written_with_or_without_accents_agrees() -> None:
    assert same_place("Tillaberi, Niger", "Tillabéri, Niger")


def test_an_office_named_without_its_remit_agrees() -> None:
    assert same_name("UN Special Rapporteur", "UN Special Rapporteur on Myanmar")
    assert not same_name("UN Special Rapporteur", "UN Secretary-General")


def test_a_label_naming_the_town_without_its_country_agrees() -> None:
    assert same_place("Tessit, Mali", "Tessit")
    assert same_place("Sévaré, Mali", "Sevare")
    assert not same_place("Tessit, Mali", "Goma")


def test_a_body_qualified_by_its_country_agrees_with_the_written_out_name() -> None:
    assert same_name("Supreme Court (Ruritania)", "Supreme Court of Ruritania")
    assert not same_name("Supreme Court (Ruritania)", "Supreme Court of Freedonia")


def test_a_court_of_appeal_spelled_two_ways_agrees() -> None:
    assert same_name("Hague Court of Appeal (Netherlands)", "The Hague appeals court")
    assert same_name("Paris Court of Appeal", "Paris appeal court")
    assert not same_name("Hague Court of Appeal (Netherlands)", "The Hague district court")
    assert not same_name("Hague District Court (Netherlands)", "The Hague appeals court")
