"""A docking dated by a robotic arm's capture takes the clock its berthing is given in the same or the next
sentence ("where it was bolted into place at 8:56 a.m."), later the same day; without a berthing clock, or
with one of another craft, the capture time stays."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Dragon", "Spacecraft", "dragon"),
    ("Cygnus", "Spacecraft", "cygnus"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Kevin Ford", "Astronaut", "kevin-ford"),
]
CAPTURE = "Kevin Ford captured Dragon with the robotic arm of the International Space Station at 5:31 a.m. EST. "


def _docking_times(nlp, text, times):
    doc = annotate(nlp, text, ENTITIES, times, date(2013, 3, 4))
    return [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == "Docking"]


@pytest.mark.parametrize(("second", "clock", "value", "expected"), [
    ("Controllers then used the arm to install the capsule on the Harmony port, where it was bolted into place "
     "at 8:56 a.m. EST.", "8:56 a.m. EST", "2013-03-03T13:56:00Z", "2013-03-03T13:56:00Z"),
    ("Controllers then berthed Dragon to the Harmony port at 8:56 a.m. EST.", "8:56 a.m. EST",
     "2013-03-03T13:56:00Z", "2013-03-03T13:56:00Z"),
    # no berthing verb: the hatch opening is another moment
    ("The crew opened the hatch at 8:56 a.m. EST.", "8:56 a.m. EST", "2013-03-03T13:56:00Z",
     "2013-03-03T10:31:00Z"),
    # another craft's berthing
    ("Controllers then berthed Cygnus to the Unity port at 8:56 a.m. EST.", "8:56 a.m. EST",
     "2013-03-03T13:56:00Z", "2013-03-03T10:31:00Z"),
    # a day later is not this arrival's berthing
    ("Controllers berthed the capsule to the Harmony port at 8:56 a.m. EST.", "8:56 a.m. EST",
     "2013-03-04T13:56:00Z", "2013-03-03T10:31:00Z"),
])
def test_events_time_berthing_clock_after_capture(nlp, second, clock, value, expected):
    text = CAPTURE + second
    times = [time_value(text, "5:31 a.m. EST", "2013-03-03T10:31:00Z", "minute", "time"),
             time_value(text, clock, value, "minute", "time")]
    assert _docking_times(nlp, text, times)[0] == expected
