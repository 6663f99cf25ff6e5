"""A relative clause on the craft adds people to its event ("Their capsule, which also carried cosmonaut X,
parachuted onto the steppe"); a clause on a station, or one carrying no astronaut, adds no one."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Soyuz MS-27", "Spacecraft", "soyuz-ms-27"),
    ("Soyuz MS-26", "Spacecraft", "soyuz-ms-26"),
    ("International Space Station", "SpaceStation", "iss"),
    ("Ann Walker", "Astronaut", "ann-walker"),
    ("Ben Ortiz", "Astronaut", "ben-ortiz"),
    ("Cem Aydin", "Astronaut", "cem-aydin"),
    ("Kazakhstan", "Place", "kazakhstan"),
]


def landing_of(nlp, text: str):
    events = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2025, 7, 1)))._.events
    landings = [e for e in events if e.type == "Landing"]
    assert len(landings) == 1, events
    return landings[0]


@pytest.mark.parametrize("text, expected", [
    ("Ann Walker landed in Kazakhstan aboard Soyuz MS-27. The capsule, which also carried cosmonaut Ben "
     "Ortiz, touched down under its parachute.", {"ann-walker", "ben-ortiz"}),
    ("Ann Walker returned to Earth on Soyuz MS-27. Soyuz MS-27, which also carried Ben Ortiz and Cem Aydin, "
     "landed in Kazakhstan.", {"ann-walker", "ben-ortiz", "cem-aydin"}),
    ("Ann Walker touched down in Kazakhstan aboard Soyuz MS-27. The capsule, which also brought Ben Ortiz "
     "home, landed upright.", {"ann-walker", "ben-ortiz"}),
])
def test_events_participants_relative_clause_adds_riders(nlp, text, expected):
    assert set(landing_of(nlp, text).participants) >= expected


@pytest.mark.parametrize("text, outsider", [
    # the clause is on the station, not the craft
    ("Ann Walker landed in Kazakhstan aboard Soyuz MS-27. She left the International Space Station, which "
     "still carried Ben Ortiz, on Monday.", "ben-ortiz"),
    # the clause is on another craft
    ("Ann Walker landed in Kazakhstan aboard Soyuz MS-27, not Soyuz MS-26, which carried Ben Ortiz.",
     "ben-ortiz"),
])
def test_events_participants_relative_clause_elsewhere_adds_no_one(nlp, text, outsider):
    assert outsider not in landing_of(nlp, text).participants
