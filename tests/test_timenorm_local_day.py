"""A local date and a local clock are combined before conversion to UTC: '5:42 a.m. on Wednesday, Beijing
time' (a zone set off by a comma) and 'at 5:42 a.m. the next day' (the next day of the text's own date, not
of the publication day) are the evening before in UTC."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _clock_values(text: str, published: date) -> list[str]:
    return [t.value for t in find_times(text, published) if t.kind == "time"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The spacecraft docked with the space station at 5:42 a.m. on Wednesday, Beijing time, the agency said.",
         date(2022, 12, 1), "2022-11-29T21:42:00Z"),
        ("The spacecraft docked at 5:42 a.m., Beijing time, after a six-hour flight.", date(2022, 11, 30),
         "2022-11-29T21:42:00Z"),
        ("The rocket lifted off from Jiuquan at 11:08 p.m. Beijing time on Nov 29. The spacecraft docked with "
         "the space station at 5:42 a.m. the next day.", date(2022, 12, 3), "2022-11-29T21:42:00Z"),
        ("The rocket lifted off from Jiuquan on Nov 29. It docked with the station the following day at "
         "5:42 a.m. Beijing time.", date(2022, 12, 3), "2022-11-29T21:42:00Z"),
    ],
)
def test_timenorm_local_clock_on_local_day_converts_once(text, published, value):
    assert _clock_values(text, published)[-1] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a city after the comma is no zone without 'time'
        ("The spacecraft docked at 5:42 a.m. EST on Wednesday, Beijing said.", date(2022, 12, 1),
         "2022-11-30T10:42:00Z"),
        # 'the next day' with no date of the text before it is not counted from a bare clock
        ("The spacecraft docked at 5:42 a.m. EST the next day.", date(2022, 12, 1), "2022-12-01T10:42:00Z"),
    ],
)
def test_timenorm_no_zone_or_day_is_borrowed(text, published, value):
    assert _clock_values(text, published)[-1] == value
