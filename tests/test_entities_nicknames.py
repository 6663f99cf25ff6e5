"""A known person whose first and last names frame a quoted nickname is that person, with or without a
title before the name. Sentences are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, key", [
    ('The other two, former pilot Scott "Kidd" Poteet and engineer Anna Menon, stayed inside.', "scott-poteet"),
    ('With Bowen, Warren "Woody" Hoburg and Sultan Alneyadi aboard, the Dragon lifted off.', "warren-hoburg"),
    ("Astronauts Jack “2fish” Fischer and Peggy Whitson went outside.", "jack-fischer"),
])
def test_entities_nickname_inside_known_name(nlp, text: str, key: str) -> None:
    people = {e.key: e for e in nlp(text)._.entities if e.type == "Astronaut"}
    assert key in people, sorted(people)
    assert '"' in people[key].surface_forms[0] or "“" in people[key].surface_forms[0]


@pytest.mark.parametrize("text", [
    'The "Big Apple" Kelly show opened downtown.',  # no first name before the nickname
    'Crews call the module "the Cupola" Russell said.',  # no known name around the quotes
])
def test_entities_quotes_between_unknown_names_make_no_person(nlp, text: str) -> None:
    assert not [e for e in nlp(text)._.entities if e.type == "Astronaut" and '"' in "".join(e.surface_forms)]


@pytest.mark.parametrize("text, key", [
    ("Cosmonaut Anatoly Ivanishin watched from inside.", "anatoli-ivanishin"),  # gazetteer: Anatoli
    ("Sergei Prokopyev launched on the Soyuz.", "sergey-prokopyev"),  # gazetteer: Sergey
])
def test_entities_other_romanisation_of_first_name(nlp, text: str, key: str) -> None:
    assert key in {e.key for e in nlp(text)._.entities if e.type == "Astronaut"}
