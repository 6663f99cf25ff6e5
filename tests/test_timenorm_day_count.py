"""A bare clock time after a count of days or a backward cue moves off the day it took from the context:
'A day later, it docked at 7:37 p.m.' is the next day; 'three and a half hours earlier, at 2150 GMT' after a
landing at 0126 GMT is the day before; without such a cue the day stays."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _clock_values(text: str, published: date) -> list[str]:
    return [t.value for t in find_times(text, published) if t.kind == "time"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The crew launched on April 27 at 3:52 a.m. EDT. A day later, the capsule docked at 7:37 p.m. EDT.",
         date(2022, 5, 2), "2022-04-28T23:37:00Z"),
        ("The freighter lifted off on June 3. Two days later, it berthed at 9:02 a.m. EDT.",
         date(2022, 6, 10), "2022-06-05T13:02:00Z"),
        ("The crew landed on Oct. 4 at 10:15 a.m. EDT. They had undocked a day earlier, at 6:05 p.m. EDT.",
         date(2022, 10, 10), "2022-10-03T22:05:00Z"),
        ("The Soyuz landed at 0126 GMT on April 17. It had undocked from the station about three and a half "
         "hours earlier, at 2150 GMT.", date(2020, 4, 20), "2020-04-16T21:50:00Z"),
    ],
)
def test_timenorm_clock_moves_by_the_stated_count_or_cue(text, published, value):
    assert _clock_values(text, published)[-1] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the day stated between the count and the clock is the clock's own
        ("The crew launched on April 27. Two days later, on April 29, the capsule docked at 7:37 p.m. EDT.",
         date(2022, 5, 2), "2022-04-29T23:37:00Z"),
        # earlier on the clock than the reference: the same day
        ("The Soyuz landed at 0426 GMT on April 17. It had undocked about three and a half hours earlier, "
         "at 0102 GMT.", date(2020, 4, 20), "2020-04-17T01:02:00Z"),
        # a later clock with no cue stays on its day
        ("The crew launched on April 27 at 3:52 a.m. EDT. The capsule docked at 7:37 p.m. EDT.",
         date(2022, 5, 2), "2022-04-27T23:37:00Z"),
        ("The rocket lifted off at 7:00 a.m. EDT on Thursday, June 5. Some two hours later, at 9:15 a.m., "
         "the spacecraft separated.", date(2025, 6, 9), "2025-06-05T13:15:00Z"),
    ],
)
def test_timenorm_clock_keeps_its_day_without_a_shift(text, published, value):
    assert _clock_values(text, published)[-1] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # counted as instants across zones: 11:08 p.m. Beijing time + 6.5 h is 21:38 GMT the same UTC day
        ("Liftoff came at 11:08 p.m. Beijing time on Tuesday. Some six and a half hours later, at 2142 GMT, "
         "the spacecraft docked.", date(2022, 12, 1), "2022-11-29T21:42:00Z"),
        ("The capsule undocked at 2150 GMT on April 16. It landed some three and a half hours later, at 0126 GMT.",
         date(2020, 4, 20), "2020-04-17T01:26:00Z"),
        # the clock counted from took its own day from the sentence ('5:26 a.m. local time ... on Friday')
        ("The Soyuz landed at 5:26 a.m. local time in Kazakhstan on Friday. It had undocked three and a half "
         "hours earlier, at 2002 GMT.", date(2020, 4, 20), "2020-04-16T20:02:00Z"),
    ],
)
def test_timenorm_clock_takes_the_day_of_the_shifted_reference(text, published, value):
    assert _clock_values(text, published)[-1] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a duration that does not agree with the two clock times leaves the day alone
        ("Liftoff came at 11:08 p.m. EST on Tuesday. Some two hours later, at 9:00 a.m. EST, the crew slept.",
         date(2022, 12, 1), "2022-11-30T14:00:00Z"),
        # a duration not told as 'later' or 'earlier' is no shift
        ("Liftoff came at 11:08 a.m. EST on Tuesday. The flight lasted six hours, and at 5:15 p.m. EST the "
         "crew slept.", date(2022, 12, 1), "2022-11-29T22:15:00Z"),
    ],
)
def test_timenorm_shift_needs_an_agreeing_duration(text, published, value):
    assert _clock_values(text, published)[-1] == value
