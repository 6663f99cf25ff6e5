"""A nominal trigger modified by a scheduling participle ("the launch planned for Oct. 14", "the landing,
scheduled for April 6") is planned, whatever the tense of the sentence around it."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Space Shuttle Atlantis", "Spacecraft", "space-shuttle-atlantis"),
    ("Soyuz MS-24", "Spacecraft", "soyuz-ms-24"),
]


@pytest.mark.parametrize("text, status", [
    ("The crew of Space Shuttle Atlantis arrived on Sept. 21, three weeks before the launch planned for Oct. 14.",
     "planned"),
    ("The landing of Soyuz MS-24, scheduled for a Saturday, was the topic.", "planned"),
    ("Soyuz MS-24 landed on Saturday, as planned.", "occurred"),
    ("The launch of Space Shuttle Atlantis, watched by thousands, went smoothly.", "occurred"),
])
def test_events_modality_scheduling_participle(nlp, text, status):
    doc = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2009, 9, 1)))
    assert [e.status for e in doc._.events] == [status]


@pytest.mark.parametrize("text, status", [
    ("The interviews will take place ahead of the launch of Soyuz MS-24 in March.", "planned"),
    ("The crew will finish training ahead of the docking of Soyuz MS-24.", "planned"),
    ("In preparation for the launch of Soyuz MS-24, the crew tested the thrusters.", "occurred"),
    ("Soyuz MS-24 docked to the station ahead of schedule on Friday.", "occurred"),
])
def test_events_modality_ahead_of_is_still_to_come(nlp, text, status):
    doc = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 2, 1)))
    assert [e.status for e in doc._.events] == [status]
