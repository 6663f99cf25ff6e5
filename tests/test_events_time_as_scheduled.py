"""A subjectless "as"/"than" clause ("lifted off as scheduled", "docked earlier than planned") comments on
its verb: the parser hangs the verb's own time from it, and the event still takes that time."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Soyuz MS-10", "Spacecraft", "soyuz-ms-10"),
    ("Baikonur", "Place", "baikonur-cosmodrome"),
    ("International Space Station", "SpaceStation", "international-space-station"),
]
PUBLISHED = date(2018, 10, 12)


@pytest.mark.parametrize("text,surface,event_type", [
    ("The Soyuz MS-10 rocket lifted off as scheduled from the launch facility in Baikonur at 2:40 p.m. "
     "(0840 GMT) Thursday.", "2:40 p.m. (0840 GMT) Thursday", "Launch"),
    ("The Soyuz MS-10 capsule docked with the International Space Station as planned at 2:40 p.m. "
     "(0840 GMT) Thursday.", "2:40 p.m. (0840 GMT) Thursday", "Docking"),
    ("Soyuz MS-10 landed earlier than expected near Baikonur at 2:40 p.m. (0840 GMT) Thursday.",
     "2:40 p.m. (0840 GMT) Thursday", "Landing"),
])
def test_events_time_as_scheduled_clause_is_transparent(nlp, text, surface, event_type):
    times = [time_value(text, surface, "2018-10-11T08:40:00Z", "minute", "time")]
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    events = [e for e in run_events(nlp, doc)._.events if e.type == event_type]
    assert [e.time.value if e.time else None for e in events] == ["2018-10-11T08:40:00Z"]


def test_events_time_as_clause_with_subject_still_blocks(nlp):
    """"as the crew had planned" has a subject of its own: what it governs is not the event's own time."""
    text = ("The Soyuz MS-10 rocket lifted off from Baikonur, just as the crew had trained for on the simulator "
            "in Star City on Thursday.")
    times = [time_value(text, "Thursday", "2018-10-11")]
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    events = [e for e in run_events(nlp, doc)._.events if e.type == "Launch"]
    assert [e.time for e in events] == [None]
