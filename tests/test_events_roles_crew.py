"""Crews of one mention: a crew noun stands for a group the text introduced, not for a giver and a
receiver ("X handed the keys to Y"); crews named in usual and less usual ways."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

THINGS = [
    ("Jane Porter", "Astronaut", "jane-porter"),
    ("Porter", "Astronaut", "jane-porter"),
    ("Mark Diaz", "Astronaut", "mark-diaz"),
    ("Ana Lindqvist", "Astronaut", "ana-lindqvist"),
    ("Yuri Belov", "Astronaut", "yuri-belov"),
    ("Oleg Sidorov", "Astronaut", "oleg-sidorov"),
    ("Soyuz MS-40", "Spacecraft", "soyuz-ms-40"),
    ("Crew Dragon Valor", "Spacecraft", "crew-dragon-valor"),
    ("Valor", "Spacecraft", "crew-dragon-valor"),
    ("International Space Station", "SpaceStation", "iss"),
]


def events_of(nlp, text: str):
    doc = run_events(nlp, annotate(nlp, text, THINGS, [], date(2024, 5, 1)))
    return [(e.type, e.spacecraft, sorted(e.participants)) for e in doc._.events]


def test_events_roles_crew_is_no_giver_and_receiver(nlp):
    text = ("Jane Porter, Mark Diaz, Ana Lindqvist and Yuri Belov are back on Earth. Their capsule splashed "
            "down in the sea. It was a busy week. On Wednesday, Porter handed the keys of the station to "
            "cosmonaut Oleg Sidorov. On Thursday the crew climbed into Crew Dragon Valor and undocked from the "
            "International Space Station.")
    undockings = [e for e in events_of(nlp, text) if e[0] == "Undocking"]
    assert undockings == [("Undocking", "crew-dragon-valor",
                           ["ana-lindqvist", "jane-porter", "mark-diaz", "yuri-belov"])]


@pytest.mark.parametrize("text", [
    "Jane Porter launched aboard Soyuz MS-40, joined by Mark Diaz and Yuri Belov.",
    "Jane Porter, together with Mark Diaz and Yuri Belov, launched aboard Soyuz MS-40.",
    "Jane Porter launched aboard Soyuz MS-40 alongside Mark Diaz and Yuri Belov.",
    "Jane Porter, Mark Diaz and Yuri Belov trained for two years. The three launched aboard Soyuz MS-40 on Friday.",
    "Jane Porter, Mark Diaz and Yuri Belov trained for two years. The trio launched aboard Soyuz MS-40 on Friday.",
])
def test_events_roles_crew_phrasings(nlp, text):
    launches = [e for e in events_of(nlp, text) if e[0] == "Launch"]
    assert launches == [("Launch", "soyuz-ms-40", ["jane-porter", "mark-diaz", "yuri-belov"])]


def test_events_roles_crew_astronauts_aboard_a_named_craft(nlp):
    text = ("Jane Porter and Mark Diaz launched aboard Soyuz MS-40 on June 5. Ana Lindqvist and Yuri Belov will "
            "fly on Crew Dragon Valor in September. The test was the first time astronauts flew on Soyuz MS-40.")
    launches = sorted(e[2] for e in events_of(nlp, text) if e[0] == "Launch" and e[1] == "soyuz-ms-40")
    assert launches and all(people == ["jane-porter", "mark-diaz"] for people in launches)
