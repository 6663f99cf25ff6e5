"""Announcements of events to come: the event is planned, and the broadcast's own time is not the event's."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Crew Dragon Endurance", "Spacecraft", "crew-dragon-endurance"),
    ("International Space Station", "SpaceStation", "international-space-station"),
]
PUBLISHED = date(2024, 3, 8)


@pytest.mark.parametrize("text,day_surface,clock_surface", [
    ("Crew Dragon Endurance will depart the International Space Station on Monday. Hatch closing and "
     "undocking coverage begins at 9:15 a.m. EDT Monday.", "Monday", "9:15 a.m. EDT Monday"),
    ("Crew Dragon Endurance is scheduled to undock from the International Space Station on Monday. NASA "
     "coverage of the undocking begins at 9:15 a.m. EDT Monday.", "Monday", "9:15 a.m. EDT Monday"),
])
def test_events_announced_coverage_time_is_not_the_event_time(nlp, text, day_surface, clock_surface):
    times = [time_value(text, day_surface, "2024-03-11"),
             time_value(text, clock_surface, "2024-03-11T13:15:00Z", "minute", "time")]
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    undockings = [e for e in run_events(nlp, doc)._.events if e.type == "Undocking"]
    assert len(undockings) == 1
    assert undockings[0].status == "planned"
    assert undockings[0].spacecraft == "crew-dragon-endurance"
    assert undockings[0].time.value == "2024-03-11"
