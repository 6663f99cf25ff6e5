"""A 'with' phrase whose person watches ("undocked, with X monitoring the departure") puts no one aboard,
while "with X and Y aboard" still does."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Dragon", "Spacecraft", "dragon"),
    ("Soyuz MS-25", "Spacecraft", "soyuz-ms-25"),
    ("Don Pettit", "Astronaut", "donald-pettit"),
    ("Suni Williams", "Astronaut", "sunita-williams"),
]


def undockings_of(nlp, text):
    events = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 12, 1)))._.events
    return [e for e in events if e.type == "Undocking"]


@pytest.mark.parametrize("text", [
    "Dragon undocked from the station on Monday, with Don Pettit monitoring the departure.",
    "Dragon undocked from the station on Monday, with Don Pettit and Suni Williams watching from the cupola.",
])
def test_events_crew_observers_are_not_aboard(nlp, text):
    undockings = undockings_of(nlp, text)
    assert len(undockings) == 1 and undockings[0].participants == []


def test_events_crew_with_people_aboard_still_counts(nlp):
    text = "Soyuz MS-25 undocked from the station on Monday with Don Pettit and Suni Williams aboard."
    undockings = undockings_of(nlp, text)
    assert len(undockings) == 1
    assert set(undockings[0].participants) == {"donald-pettit", "sunita-williams"}
