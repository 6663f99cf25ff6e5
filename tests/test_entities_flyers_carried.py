"""People a vehicle carries toward space, or a crew is said to include, flew even without a crew title
("film director X", "businessman Y"); the same role nouns with no flight, or a carrying verb with no
vehicle and no way to space, make no astronaut. Sentences and names are invented for these tests."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import normalize_name


def _astronauts(nlp, text: str) -> set[str]:
    return {normalize_name(e.label) for e in nlp(text)._.entities if e.type == "Astronaut"}


@pytest.mark.parametrize("text, expected", [
    ("The Soyuz MS-30 spacecraft carried film director Boris Kalinov to the International Space Station.",
     "Boris Kalinov"),
    ("The crew includes businessman Hiro Tanabe and producer Kenji Morita.", "Hiro Tanabe"),
    ("The crew includes businessman Hiro Tanabe and producer Kenji Morita.", "Kenji Morita"),
    ("The rocket took businessman Hiro Tanabe into orbit on Thursday.", "Hiro Tanabe"),
    ("The capsule will ferry spaceflight participant Dora Vance and two pilots.", "Dora Vance"),
    # a companion of a flight verb, the name after a role noun (not every such name is a base-model PERSON)
    ("Cosmonaut Anton Shkaplerov launched with actress Marina Dobrova and director Boris Kalinov on Tuesday.",
     "Marina Dobrova"),
    ("The crew splashed down with businessman Hiro Tanabe off Florida.", "Hiro Tanabe"),
])
def test_entities_carried_flyers_found(nlp, text: str, expected: str) -> None:
    assert normalize_name(expected) in _astronauts(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Film director Boris Kalinov said the movie would be released next year.", "Boris Kalinov"),
    ("The company will send businessman Hiro Tanabe to Houston for talks.", "Hiro Tanabe"),
    ("The jury includes film director Boris Kalinov.", "Boris Kalinov"),
    ("NASA launched the program with director Boris Kalinov on Tuesday.", "Boris Kalinov"),
    ("The mayor met with actress Marina Dobrova on Tuesday.", "Marina Dobrova"),
])
def test_entities_role_nouns_without_flight_stay_out(nlp, text: str, absent: str) -> None:
    assert normalize_name(absent) not in _astronauts(nlp, text)
