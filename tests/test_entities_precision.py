"""Spurious or overlong entities seen on real releases, with sentences written for these tests."""

from __future__ import annotations

import pytest


def _labels(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.type, e.label) for e in nlp(text)._.entities}


@pytest.mark.parametrize("text, expected, not_expected", [
    # a name stops at a line break (a headline follows an image credit)
    ("ESA astronaut Andreas Mogensen NASA\n\nCrew Returns to Share Mission Stories",
     ("Astronaut", "Andreas Mogensen"), ("Astronaut", "Andreas Mogensen NASA")),
    # a nickname whose closing quote is missing
    ("Mission specialists Terry J. Hart and George D. “Pinky Nelson flew a seven-day mission.",
     ("Astronaut", "George D. Nelson"), ("Astronaut", "George D. “Pinky Nelson")),
    # a known place inside a longer span the base model guessed
    ("In June the small rocket is to fly from Virginia Spaceport Authority’s Mid-Atlantic Regional "
     "Spaceport on Wallops Island.",
     ("Place", "Wallops Island"),
     ("Place", "Virginia Spaceport Authority’s Mid-Atlantic Regional Spaceport on")),
])
def test_entities_precision(nlp, text: str, expected: tuple[str, str], not_expected: tuple[str, str]) -> None:
    labels = _labels(nlp, text)
    assert not_expected not in labels, labels
    assert expected in labels, labels


@pytest.mark.parametrize("text, found", [
    # lower-case "mission control" is a description; the capitalised name is the Houston centre
    ("Shortly afterwards, the commander told mission control in Houston about the leak.", False),
    ("Flight directors at Mission Control in Houston followed the spacewalk.", True),
])
def test_entities_precision_mission_control(nlp, text: str, found: bool) -> None:
    keys = {(e.type, e.key) for e in nlp(text)._.entities}
    assert (("Place", "mission-control-center-houston") in keys) is found


@pytest.mark.parametrize("text", [
    "Astronaut Christina Koch.5 CRISPR kits flew to the station.",
    "Mission specialist George D. spoke to students.",
])
def test_entities_precision_no_broken_names(nlp, text: str) -> None:
    people = {e.label for e in nlp(text)._.entities if e.type == "Astronaut"}
    assert not any(any(c.isdigit() for c in p) or p.endswith(" D.") for p in people), people


@pytest.mark.parametrize("text, not_person", [
    ("NASA astronauts Stephen Bowen and Warren Hoburg, and United Arab Emirates astronaut Sultan Alneyadi "
     "served as flight engineers.", "United Arab Emirates"),
    ("The center will hold a commemoration at the Astronaut Memorial Grove for astronauts who flew.",
     "Memorial Grove"),
    ("Her first trip was Crew-1, an early operational SpaceX Crew Dragon flight, and she launched again.",
     "Crew Dragon"),
])
def test_entities_precision_not_people(nlp, text: str, not_person: str) -> None:
    people = {e.label for e in nlp(text)._.entities if e.type == "Astronaut"}
    assert not any(not_person in p or p in not_person for p in people), people


@pytest.mark.parametrize("written, label", [
    ("Andrey Fedyaev", "Andrey Fedyaev"),    # a transliteration of a known name keeps the article's spelling
    ("Oleg Novitsky", "Oleg Novitsky"),
    ("Oleg Skripocha", "Oleg Skripochka"),   # a misspelling is corrected
])
def test_entities_precision_transliterated_surnames(nlp, written: str, label: str) -> None:
    people = {e.label for e in nlp(f"Roscosmos cosmonaut {written} launched aboard the Soyuz.")._.entities
              if e.type == "Astronaut"}
    assert people == {label}


def test_entities_precision_name_before_agency_word_kept(nlp) -> None:
    """A name run ending at an agency word (an image credit) is still a name when no title follows."""
    people = {e.label for e in nlp("ESA astronaut Jane Quimbly NASA launched in August.")._.entities
              if e.type == "Astronaut"}
    assert people == {"Jane Quimbly"}



@pytest.mark.parametrize("short, merged", [("Van Dorsten", True), ("Q. Dorsten", False), ("Ada Dorsten", False)])
def test_entities_precision_two_word_surname_joins_full_name(short: str, merged: bool) -> None:
    """ "Van Dorsten" alone (no gazetteer record) is the astronaut "Jan Van Dorsten" the article names."""
    from pipeline.components.entities import EntityRecognizer, _Group
    full = _Group("jan-van-dorsten", "Astronaut", "Jan Van Dorsten", "context", spans=[(0, 3)],
                  names=["Jan Van Dorsten"])
    part = _Group("x", "Astronaut", short, "context", spans=[(10, 12)], names=[short])
    groups = {"Astronaut:jan-van-dorsten": full, "Astronaut:x": part}
    EntityRecognizer._merge_surname_phrases(groups)
    assert ("Astronaut:x" not in groups) is merged
    assert ((10, 12) in full.spans) is merged


def test_entities_precision_quoted_nickname_with_digit(nlp) -> None:
    text = "Former NASA astronauts Ada Pilkey and Jack “2fish” Fischer flew to the space station."
    people = {e.label for e in nlp(text)._.entities if e.type == "Astronaut"}
    assert "Jack Fischer" in people, people
