"""A bare zoned clock time takes its day from the moment before it as that moment was first told: on a clock
of its own zone when the text first gave it so ("0426 GMT [...] Tuesday evening, 10:26 p.m. CST [...] at
0102 GMT" is Wednesday's), the day as written otherwise ("10:01 p.m. MDT Friday [...] 6:04 p.m. EDT")."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _clock_values(text: str, published) -> list[str]:
    return [t.value for t in find_times(text, published) if t.kind == "time"]


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        ("The capsule touched down southeast of Dzhezkazgan at 0426 GMT, or 10:26 a.m. local time. In Houston it "
         "was still Tuesday evening, 10:26 p.m. CST.\n\nThe crew had undocked from the station about three and a "
         "half hours earlier, at 0102 GMT, after farewell hugs.", date(2016, 3, 2),
         ["2016-03-02T04:26:00Z", "2016-03-02T04:26:00Z", "2016-03-02T04:26:00Z", "2016-03-02T01:02:00Z"]),
        # the moment was first told in local (US) time: its written day holds for another US zone
        ("The capsule landed at 10:01 p.m. MDT Friday in New Mexico. It had undocked at 6:04 p.m. EDT.",
         date(2024, 9, 7), ["2024-09-07T04:01:00Z", "2024-09-06T22:04:00Z"]),
    ],
)
def test_timenorm_bare_clock_day_in_its_own_zone(text, published, values):
    assert _clock_values(text, published) == values
