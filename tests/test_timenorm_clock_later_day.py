"""A bare clock time takes the day of its own context: the nearest day before it in its story, never a day
written after it in another clause of its sentence (another event's: "docked at 11:01 p.m. EDT and will
stay until Oct. 3"); a day after it in the same clause still dates it."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _clock_values(text: str, published: date) -> list[str]:
    return [t.value for t in find_times(text, published) if t.kind == "time"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the day of the sentence before, not the later day of another event
        ("The crew launched on March 14 from the steppe. The capsule docked at 11:01 p.m. EDT, about six hours "
         "after launch, and will remain docked until October 3.", date(2019, 5, 1), "2019-03-15T03:01:00Z"),
        ("Koch launched April 27. The capsule docked at 8:12 p.m. EDT and the next crew flies on October 14.",
         date(2019, 5, 1), "2019-04-28T00:12:00Z"),
        ("The cargo ship arrived on Monday. It was captured at 6:05 a.m. EDT, two days before the Oct. 14 spacewalk.",
         date(2019, 10, 10), "2019-10-07T10:05:00Z"),
        # a later day in the same clause is the clock time's own
        ("At 6:10 a.m. Beijing time the crew reached the station on Nov. 30.", date(2022, 12, 1),
         "2022-11-29T22:10:00Z"),
        # a range start still takes the day after its end
        ("The spacewalk will begin between 9 and 10 a.m. EDT on May 16.", date(2024, 5, 15),
         "2024-05-16T13:00:00Z"),
    ],
)
def test_timenorm_clock_time_takes_day_of_own_context(text, published, value):
    assert _clock_values(text, published)[0] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a past clock time paragraphs after the story's past day tells of that day
        ("Two astronauts conducted a spacewalk on Friday to repair the spectrometer.\n\nIt was the fourth in "
         "the series.\n\nThey switched their suits to battery power at 6:39 a.m. EST.", date(2019, 11, 23),
         "2019-11-22T11:39:00Z"),
        # a clock time of the present keeps the publication day
        ("Two astronauts conducted a spacewalk on Friday to repair the spectrometer.\n\nIt was the fourth in "
         "the series.\n\nCoverage begins at 6:39 a.m. EST.", date(2019, 11, 23), "2019-11-23T11:39:00Z"),
    ],
)
def test_timenorm_past_clock_takes_story_day_paragraphs_before(text, published, value):
    assert _clock_values(text, published) == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a clock time told as coming after a dated clock time, but earlier on the clock: the next day
        ("Shenzhou-18 lifted off at 8:59 p.m. Beijing time on Thursday. It docked with the station at 3:32 a.m., "
         "about six and a half hours later.", date(2024, 4, 27), "2024-04-25T19:32:00Z"),
        ("The capsule launched at 11:14 p.m. EDT Friday. It docked at 1:25 a.m. EDT, about two hours after "
         "launch.", date(2024, 6, 2), "2024-06-01T05:25:00Z"),
        # without a forward cue (or told backwards) it stays on the day
        ("The spacewalk ended at 3:40 p.m. EDT on May 2. It began at 8:05 a.m., after a delay.",
         date(2024, 5, 4), "2024-05-02T12:05:00Z"),
        ("The capsule launched at 11:14 p.m. EDT Friday. The crew had woken at 1:25 a.m. EDT.",
         date(2024, 6, 2), "2024-05-31T05:25:00Z"),
    ],
)
def test_timenorm_clock_after_a_later_reading_is_next_day(text, published, value):
    assert _clock_values(text, published)[1] == value
