"""An event whose time the text offers as one of two alternatives ("in late April or early May next year",
"on Friday or Saturday") is left undated; one moment told twice ("0426 GMT, or 10:26 a.m. local time") is not
an alternative."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [("Soyuz MS-16", "Spacecraft", "soyuz-ms-16")]


@pytest.mark.parametrize(("text", "times", "expected"), [
    ("Soyuz MS-16 is expected to land in late April or early May next year.",
     [("late April", "2025-04", "month", "date"), ("early May next year", "2025-05", "month", "date")], None),
    ("Soyuz MS-16 will land on Friday or Saturday.",
     [("Friday", "2024-11-01", "day", "date"), ("Saturday", "2024-11-02", "day", "date")], None),
    ("Soyuz MS-16 landed at 0426 GMT, or 10:26 a.m. local time.",
     [("0426 GMT", "2024-10-30T04:26:00Z", "minute", "time"),
      ("10:26 a.m. local time", "2024-10-30T04:26:00Z", "minute", "time")], "2024-10-30T04:26:00Z"),
    ("Soyuz MS-16 will land on Friday.", [("Friday", "2024-11-01", "day", "date")], "2024-11-01"),
])
def test_events_time_alternatives_leave_the_event_undated(nlp, text, times, expected):
    values = [time_value(text, surface, value, precision, kind) for surface, value, precision, kind in times]
    doc = annotate(nlp, text, ENTITIES, values, date(2024, 10, 30))
    landings = [e for e in run_events(nlp, doc)._.events if e.type == "Landing"]
    assert [e.time.value if e.time else None for e in landings] == [expected]
