"""A spacewalk is dated by its start, not by the time it ended."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Jeanette Epps", "Astronaut", "jeanette-epps"),
    ("Mike Barratt", "Astronaut", "mike-barratt"),
    ("Epps", "Astronaut", "jeanette-epps"),
    ("Barratt", "Astronaut", "mike-barratt"),
]
PUBLISHED = date(2024, 5, 3)


def spacewalks(nlp, text, times):
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    return [e for e in run_events(nlp, doc)._.events if e.type == "Spacewalk"]


@pytest.mark.parametrize("text,end,start", [
    ("Jeanette Epps and Mike Barratt concluded their spacewalk at 3:40 p.m. EDT on May 2. The spacewalk "
     "began at 8:05 a.m. EDT.", "3:40 p.m. EDT on May 2", "8:05 a.m. EDT"),
    ("Jeanette Epps and Mike Barratt wrapped up a spacewalk at 3:40 p.m. EDT on May 2. They had switched "
     "their suits to battery power at 8:05 a.m. EDT to start it.", "3:40 p.m. EDT on May 2", "8:05 a.m. EDT"),
    ("The spacewalk by Jeanette Epps and Mike Barratt ended at 3:40 p.m. EDT on May 2. It started at "
     "8:05 a.m. EDT, when the pair opened the hatch.", "3:40 p.m. EDT on May 2", "8:05 a.m. EDT"),
])
def test_events_spacewalk_start_preferred_to_end(nlp, text, end, start):
    # the start clock is resolved against another day, as a bare clock may be: the walk's day wins
    times = [time_value(text, end, "2024-05-02T19:40:00Z", "minute", "time"),
             time_value(text, start, "2024-05-03T12:05:00Z", "minute", "time")]
    walks = spacewalks(nlp, text, times)
    assert len(walks) == 1
    assert walks[0].time.value == "2024-05-02T12:05:00Z"
    assert set(walks[0].participants) == {"jeanette-epps", "mike-barratt"}


@pytest.mark.parametrize("text,end,duration,expected", [
    ("Jeanette Epps and Mike Barratt ended their spacewalk at 3:40 p.m. EDT on May 2. The spacewalk lasted "
     "7 hours and 35 minutes.", "3:40 p.m. EDT on May 2", ("7 hours and 35 minutes", "PT7H35M"),
     "2024-05-02T12:05:00Z"),
])
def test_events_spacewalk_start_from_end_and_duration(nlp, text, end, duration, expected):
    times = [time_value(text, end, "2024-05-02T19:40:00Z", "minute", "time"),
             time_value(text, duration[0], duration[1], "minute", "duration")]
    walks = spacewalks(nlp, text, times)
    assert len(walks) == 1
    assert walks[0].time.value == expected


@pytest.mark.parametrize("text,day", [
    # a day-precision end is the start's day too; a duration of another walk is not this one's
    ("Jeanette Epps and Mike Barratt returned to the airlock on May 2 after their spacewalk. Their first "
     "spacewalk, on April 25, lasted 7 hours.", "May 2"),
])
def test_events_spacewalk_start_day_kept(nlp, text, day):
    times = [time_value(text, day, "2024-05-02"), time_value(text, "April 25", "2024-04-25"),
             time_value(text, "7 hours", "PT7H", "hour", "duration")]
    walks = [w for w in spacewalks(nlp, text, times) if w.time is not None and w.time.value.startswith("2024-05")]
    assert walks and walks[0].time.value == "2024-05-02"


@pytest.mark.parametrize("text", [
    "The spacewalk by Jeanette Epps and Mike Barratt lasted 7 hours and 35 minutes, ending at 3:40 p.m. EDT "
    "on May 2.",
    "Jeanette Epps and Mike Barratt concluded their spacewalk at 3:40 p.m. EDT on May 2, after 7 hours and "
    "35 minutes.",
])
def test_events_spacewalk_start_from_end_clause_and_duration(nlp, text):
    times = [time_value(text, "3:40 p.m. EDT on May 2", "2024-05-02T19:40:00Z", "minute", "time"),
             time_value(text, "7 hours and 35 minutes", "PT7H35M", "minute", "duration")]
    walks = spacewalks(nlp, text, times)
    assert len(walks) == 1
    assert walks[0].time is not None and walks[0].time.value == "2024-05-02T12:05:00Z"
