"""An undated event its sentence places "on that flight" or "during the same mission" took place when the
sentence before says; without such a phrase the sentence before does not date it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.model import TimeValue
from test_events_support import annotate, run_events

ENTITIES = [("Ann Walker", "Astronaut", "ann-walker"), ("Endeavour", "Spacecraft", "endeavour")]


@pytest.mark.parametrize(("second", "expected"), [
    ("Ann Walker went outside twice on that flight to help attach it.", "2001"),
    ("Ann Walker made a spacewalk during the same mission.", "2001"),
    # no occasion named: the year before is another story
    ("Ann Walker went outside twice to help attach it.", None),
])
def test_events_time_that_occasion_takes_the_sentence_before(nlp, second, expected):
    text = "The robotic arm was installed in 2001 during an Endeavour mission. " + second
    start = text.index("2001")
    times = [TimeValue(value="2001", precision="year", kind="date", earliest=datetime(2001, 1, 1, tzinfo=UTC),
                       latest=datetime(2001, 12, 31, 23, 59, 59, tzinfo=UTC), text="2001", start=start, end=start + 4)]
    doc = annotate(nlp, text, ENTITIES, times, date(2021, 12, 1))
    walks = [e for e in run_events(nlp, doc)._.events if e.type == "Spacewalk"]
    assert [e.time.value if e.time else None for e in walks] == [expected]
