"""A bare participle after the verb that only describes the subject ("came back to Earth uncrewed in
September") hides none of the verb's times; a fronted participial clause ("Refurbished in May, ...") keeps
its own."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [("Soyuz MS-16", "Spacecraft", "soyuz-ms-16"), ("Starliner", "Spacecraft", "starliner")]


@pytest.mark.parametrize(("text", "surface", "value", "expected"), [
    ("Starliner came back to Earth uncrewed in September.", "September", "2024-09", "2024-09"),
    ("Soyuz MS-16 landed in Kazakhstan unmanned in September.", "September", "2024-09", "2024-09"),
    ("Refurbished in May, Soyuz MS-16 landed in Kazakhstan.", "May", "2024-05", None),
])
def test_events_time_depictive_participle(nlp, text, surface, value, expected):
    times = [time_value(text, surface, value, precision="month")]
    doc = annotate(nlp, text, ENTITIES, times, date(2025, 3, 17))
    landings = [e for e in run_events(nlp, doc)._.events if e.type == "Landing"]
    assert [e.time.value if e.time else None for e in landings] == [expected]
