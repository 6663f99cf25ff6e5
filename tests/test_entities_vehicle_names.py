"""Vehicle names and classes: the many spellings of one Japanese cargo ship, ESA's named ATVs, Cygnus ships
named "S.S. ...", and a class name folded into the one vehicle of that class the article names.

Sentences are written for these tests (no article text is copied)."""

from __future__ import annotations

import pytest


def _craft(nlp, text: str) -> dict[str, set[str]]:
    """Spacecraft key -> the surface forms the article uses for it."""
    return {e.key: set(e.surface_forms) for e in nlp(text)._.entities if e.type == "Spacecraft"}


@pytest.mark.parametrize("text, key, forms", [
    ("The KOUNOTORI2 cargo ship arrived. The H-II Transfer Vehicle, also called HTV2, carried supplies.",
     "htv-2", {"KOUNOTORI2", "HTV2", "H-II Transfer Vehicle"}),
    ("The Kounotori 2 was berthed to Harmony. The HTV-2 will stay a month.", "htv-2", {"Kounotori 2", "HTV-2"}),
    ("Europe's fourth Automated Transfer Vehicle, Albert Einstein, docked with the station.",
     "atv-4", {"Albert Einstein", "Automated Transfer Vehicle"}),
    ("The Jules Verne ATV undocked on Friday; Jules Verne then burned up over the Pacific.",
     "atv-1", {"Jules Verne"}),
    ("The station's arm grappled the Cygnus spacecraft, the S.S. Jane Doe, at dawn. NG-31 will stay for months.",
     "ng-31", {"S.S. Jane Doe", "NG-31"}),
    ("The Progress MS-27 cargo ship docked. The Progress brought food and fuel.",
     "progress-ms-27", {"Progress MS-27", "Progress"}),
    # one vehicle under two numbering schemes, the second in brackets
    ("The Progress 88 (Progress MS-27) cargo ship docked on Tuesday.", "progress-88",
     {"Progress 88", "Progress MS-27"}),
    # ... or the second told as another agency's name for it
    ("The freighter Progress MS-31, which NASA calls Progress 92, reached the station on Friday.",
     "progress-ms-31", {"Progress MS-31", "Progress 92"}),
    ("Progress MS-30, also known as Progress 91, will dock on Sunday.", "progress-ms-30",
     {"Progress MS-30", "Progress 91"}),
])
def test_entities_vehicle_one_entity(nlp, text: str, key: str, forms: set[str]) -> None:
    craft = _craft(nlp, text)
    assert key in craft, craft
    assert forms <= craft[key], craft
    assert len(craft) == 1, craft  # the class mention is no vehicle of its own


@pytest.mark.parametrize("text, key", [
    # a class named alone stays the class
    ("The Automated Transfer Vehicle was a cargo ship built for ESA.", "atv"),
    ("The H-II Transfer Vehicle carried cargo to the station for a decade.", "htv"),
])
def test_entities_vehicle_class_alone(nlp, text: str, key: str) -> None:
    assert key in _craft(nlp, text)


@pytest.mark.parametrize("text", [
    "Albert Einstein published his theory of relativity in 1915.",
    "Jules Verne wrote about a voyage to the Moon.",
])
def test_entities_vehicle_person_name_without_atv_context(nlp, text: str) -> None:
    assert not _craft(nlp, text)


def test_entities_vehicle_list_keeps_vehicles_apart(nlp) -> None:
    craft = _craft(nlp, "The Progress MS-26, Progress MS-27 and Progress MS-28 freighters flew in 2024.")
    assert {"progress-ms-26", "progress-ms-27", "progress-ms-28"} <= set(craft), craft
