"""A bare first name, a listed short form or the start of a first name ("Aki" for Akihiko) is the one
person the article named in full with it; two such people make no guess. Sentences are written for these
tests (invented names where the gazetteer must not help)."""

from __future__ import annotations

import pytest


def _mentions_of(nlp, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {e.key: [doc.text[m.start:m.end] for m in e.mentions] for e in doc._.entities
            if e.type == "Astronaut"}


@pytest.mark.parametrize("text, key, short", [
    ("JAXA astronaut Akihiko Hoshide arrived in April. On Monday Shane Kimbrough handed command to Aki.",
     "akihiko-hoshide", "Aki"),
    ("NASA astronaut Marabella Quintero launched in March. The crew welcomed Mara on Friday.",
     "marabella-quintero", "Mara"),
    ("ESA astronaut Thomas Pesquet arrived at the station. Later Thomas went outside.",
     "thomas-pesquet", "Thomas"),
])
def test_entities_short_first_name_joins_the_full_name(nlp, text: str, key: str, short: str) -> None:
    people = _mentions_of(nlp, text)
    assert short in people.get(key, []), people


@pytest.mark.parametrize("text, short", [
    # "Chris" is a listed short form of Christopher and the start of Christina: no guess
    ("NASA astronauts Christopher Cassidy and Christina Koch arrived. Later Chris spoke to reporters.", "Chris"),
    # "Ale" begins two first names
    ("Cosmonauts Alexander Misurkin and Alexey Ovchinin docked. The crew greeted Ale warmly.", "Ale"),
    # a month is no short name, whoever's first name it begins
    ("NASA astronaut Mayleen Ortrand launched on Friday. In May the crew docked.", "May"),
])
def test_entities_ambiguous_or_common_short_names_are_refused(nlp, text: str, short: str) -> None:
    people = _mentions_of(nlp, text)
    assert people, "the full names should be found"
    assert not any(short in mentions for mentions in people.values()), people


def test_entities_written_name_wins_over_a_first_name_start(nlp) -> None:
    """ "Kim" is Jonny Kim's surname as written, not the start of Kimiya Yui's first name."""
    people = _mentions_of(nlp, "NASA astronaut Jonny Kim and JAXA astronaut Kimiya Yui docked. Kim went "
                               "outside on Friday.")
    assert "Kim" in people.get("jonny-kim", []), people


@pytest.mark.parametrize("text, short", [
    ("NASA astronaut Alexander Grebenkin docked on Monday. Photo: NASA/Alex Russell", "Alex"),
    ("ESA astronaut Thomas Pesquet arrived. Credit: ESA/Thomas Edison", "Thomas"),
])
def test_entities_first_name_of_another_full_name_is_not_the_astronaut(nlp, text: str, short: str) -> None:
    """A first name right before another capitalised surname begins someone else's name."""
    people = _mentions_of(nlp, text)
    assert people, "the astronaut's full name should be found"
    assert not any(short in mentions for mentions in people.values()), people
