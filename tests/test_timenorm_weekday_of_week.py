"""A weekday of a named week ("on Wednesday of next week", "Monday last week") is that week's day, counted
from the publication date's week whatever the tense; a bare weekday keeps its usual reading."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times

MONDAY = date(2013, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commander will hand over in a ceremony on Wednesday of next week.", [("Wednesday of next week", "2013-03-13")]),
        ("They will meet on Wednesday next week.", [("Wednesday next week", "2013-03-13")]),
        ("The freighter docked on Tuesday of last week.", [("Tuesday of last week", "2013-02-26")]),
        ("The crew undocks on Friday of this week.", [("Friday of this week", "2013-03-08")]),
        ("The crew will hand over on Wednesday of the following week.",
         [("Wednesday of the following week", "2013-03-13")]),
        # a bare weekday in a future sentence is this week's
        ("The commander will hand over command on Wednesday.", [("Wednesday", "2013-03-06")]),
    ],
)
def test_timenorm_weekday_of_a_named_week(text, expected):
    assert [(t.text, t.value) for t in find_times(text, MONDAY) if t.kind == "date"] == expected
