"""A clock time read "on the UTC clock" or written with a fixed offset after UTC/GMT ("UTC+8") is in that
zone, whatever zone the rest of the text keeps (here EDT)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times

PUBLISHED = date(2024, 6, 7)
LEAD = "The capsule lifted off at 9:30 p.m. EDT on Wednesday, June 5. "


@pytest.mark.parametrize("sentence,clock_text,expected", [
    ("It was already 01:30 on the UTC clock.", "01:30 on the UTC clock", "2024-06-06T01:30:00Z"),
    ("Capture came at 1145 by the GMT clock on June 6.", "1145 by the GMT clock on June 6", "2024-06-06T11:45:00Z"),
    ("Docking came at 0443 UTC on June 6.", "0443 UTC on June 6", "2024-06-06T04:43:00Z"),
    ("The hatch opened at 19:10 UTC+8 on June 6.", "19:10 UTC+8 on June 6", "2024-06-06T11:10:00Z"),
    ("The hatch opened at 9:10 a.m. (GMT-05:00) on June 6.", "9:10 a.m. (GMT-05:00) on June 6",
     "2024-06-06T14:10:00Z"),
    ("The hatch opened at 11:40 Moscow time on June 6.", "11:40 Moscow time on June 6", "2024-06-06T08:40:00Z"),
    ("The hatch opened at 10:05 a.m. EDT on June 6.", "10:05 a.m. EDT on June 6", "2024-06-06T14:05:00Z"),
])
def test_time_zone_clock_stated_zone_wins(sentence, clock_text, expected):
    values = {v.text: v.value for v in find_times(LEAD + sentence, PUBLISHED)}
    assert values.get(clock_text) == expected, values
