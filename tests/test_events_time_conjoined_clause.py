"""A trigger in a conjoined clause with a subject of its own ("and then the capsule will land") does not take
a time of the clause it is joined to ("The crew will test a freezer in May"); a trigger sharing the
subject of that clause ("will test the freezer in May and land") still may."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Soyuz MS-25", "Spacecraft", "soyuz-ms-25"),
    ("Kazakhstan", "Place", "kazakhstan"),
]
PUBLISHED = date(2024, 3, 25)


@pytest.mark.parametrize("text,expected", [
    ("The crew will test a new freezer in May and then Soyuz MS-25 will land in Kazakhstan.", None),
    ("The crew tested a new freezer in May and Soyuz MS-25 later landed in Kazakhstan.", None),
    ("Soyuz MS-25 will land in Kazakhstan in May.", "2024-05"),
    ("In May, Soyuz MS-25 will undock and then land in Kazakhstan.", "2024-05"),
])
def test_events_time_conjoined_clause_keeps_its_own_time(nlp, text, expected):
    times = [time_value(text, "May", "2024-05", "month")]
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    found = [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == "Landing"]
    assert found == [expected]
