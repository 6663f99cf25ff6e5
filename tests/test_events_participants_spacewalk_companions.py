"""Spacewalk companions: "X made the spacewalk with Y", "two with Y and two with Z", "..., working with Y"
are participants; a person the walker merely thanked or spoke with is not."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Ann Walker", "Astronaut", "ann-walker"),
    ("Ben Ortiz", "Astronaut", "ben-ortiz"),
    ("Cem Aydin", "Astronaut", "cem-aydin"),
    ("International Space Station", "SpaceStation", "iss"),
]


def walkers(nlp, text: str) -> set[str]:
    events = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2025, 7, 1)))._.events
    spacewalks = [e for e in events if e.type == "Spacewalk"]
    assert spacewalks, events
    return {person for e in spacewalks for person in e.participants}


@pytest.mark.parametrize("text, expected", [
    ("Ann Walker made the spacewalk with Ben Ortiz.", {"ann-walker", "ben-ortiz"}),
    ("Ann Walker conducted four spacewalks, two with Ben Ortiz and two with Cem Aydin.",
     {"ann-walker", "ben-ortiz", "cem-aydin"}),
    ("Ann Walker completed her third spacewalk, working with Ben Ortiz.", {"ann-walker", "ben-ortiz"}),
    ("Ann Walker finished a spacewalk outside the International Space Station, teamed with Ben Ortiz.",
     {"ann-walker"}),
])
def test_events_participants_spacewalk_companions_are_walkers(nlp, text, expected):
    assert walkers(nlp, text) >= expected


@pytest.mark.parametrize("text, outsider", [
    ("Ann Walker completed her third spacewalk, thanking Ben Ortiz for his help.", "ben-ortiz"),
    ("Ann Walker completed her third spacewalk while Ben Ortiz worked inside.", "ben-ortiz"),
])
def test_events_participants_spacewalk_non_companions_are_not(nlp, text, outsider):
    assert outsider not in walkers(nlp, text)
