"""A bare clock time takes the day of the nearest preceding day expression in its sentence, else its
paragraph, relative ones included ("yesterday evening", "Wednesday night", "this morning"), and only
then converts to UTC (which may cross midnight)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _clock_values(text: str, published):
    return [t.value for t in find_times(text, published) if t.kind == "time"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a relative day word in the same sentence
        ("Yesterday evening the Dragon splashed down off Florida at 7:06 p.m. EDT.", date(2021, 9, 19),
         "2021-09-18T23:06:00Z"),
        ("The crew came home yesterday evening, when their capsule splashed down at 7:06 p.m. EDT.",
         date(2021, 9, 19), "2021-09-18T23:06:00Z"),
        ("Then on Sunday night the crew landed at 11:15 p.m. CDT.", date(2021, 9, 21), "2021-09-20T04:15:00Z"),
        ("Late last night the Progress undocked at 10:40 p.m. EST.", date(2022, 2, 3), "2022-02-03T03:40:00Z"),
        ("The station crew was woken this morning by an alarm; it sounded at 3:10 a.m. CDT.", date(2021, 7, 30),
         "2021-07-30T08:10:00Z"),
        ("Tonight the crew will close the hatch, with undocking planned at 9:45 p.m. PDT.", date(2022, 4, 24),
         "2022-04-25T04:45:00Z"),
        ("This evening the rocket lifted off; the launch came at 8:30 p.m. EST.", date(2023, 1, 10),
         "2023-01-11T01:30:00Z"),
        # the day named in the previous sentence of the same paragraph
        ("The crew launched on Wednesday night from Florida. At 8:02 p.m. EDT the Falcon 9 lifted off.",
         date(2021, 9, 19), "2021-09-16T00:02:00Z"),
        ("The crew returned yesterday evening. Their capsule splashed down off Florida at 7:06 p.m. EDT.",
         date(2021, 9, 19), "2021-09-18T23:06:00Z"),
        ("The ship left the station on Thursday afternoon. Hooks opened at 4:12 p.m. EDT.", date(2024, 6, 23),
         "2024-06-20T20:12:00Z"),
        # the day before the clock time in its sentence wins over a later one, which is often another day
        ("Yesterday the Dragon splashed down at 7:06 p.m. EDT, four days after the crew's Sept. 15 launch.",
         date(2021, 9, 19), "2021-09-18T23:06:00Z"),
        ("Hatch closure came at 9:12 GMT on the steppe, on 6 February.", date(2020, 2, 10), "2020-02-06T09:12:00Z"),
        # small hours named as part of a night belong to the next calendar day
        ("The crew left on Saturday night. The capsule landed at 1:30 a.m. EDT.", date(2021, 9, 21),
         "2021-09-19T05:30:00Z"),
        ("The ship undocked late Saturday night at 12:40 a.m. EDT.", date(2021, 9, 21), "2021-09-19T04:40:00Z"),
        ("Undocking is set for tonight at 1:05 a.m. EDT.", date(2021, 9, 19), "2021-09-20T05:05:00Z"),
        ("The Soyuz undocked at 11:05 p.m. EDT last night.", date(2021, 9, 19), "2021-09-19T03:05:00Z"),
        ("The crew launched at 8:02 p.m. EDT Wednesday night.", date(2021, 9, 19), "2021-09-16T00:02:00Z"),
        ("The Dragon splashed down at 7:06 p.m. EDT yesterday evening.", date(2021, 9, 19), "2021-09-18T23:06:00Z"),
        # merged day + clock phrases keep working
        ("Early this morning, at 5:40 a.m. EST, the ship undocked.", date(2021, 1, 19), "2021-01-19T10:40:00Z"),
        ("Last night at 9 p.m. Moscow time the Soyuz undocked.", date(2021, 1, 19), "2021-01-18T18:00:00Z"),
    ],
)
def test_timenorm_clock_takes_relative_day_from_context(text, published, value):
    assert _clock_values(text, published) == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Yesterday the Dragon splashed down.\n\nThe next flight is at 7:06 p.m. EDT.", date(2021, 9, 19),
         "2021-09-19T23:06:00Z"),
        ("The capsule landed at 10:31 a.m. EDT.", date(2013, 5, 14), "2013-05-14T14:31:00Z"),
    ],
)
def test_timenorm_clock_without_day_in_paragraph_takes_publication_day(text, published, value):
    """A day named in another paragraph does not date the clock: it keeps the publication day."""
    assert _clock_values(text, published) == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The Cygnus undocked at 11:02 p.m. EDT on Friday, Oct. 4, from the station.", date(2024, 10, 7),
         "2024-10-05T03:02:00Z"),
        ("On Friday, Oct. 4, at 11:02 p.m. EDT, the Cygnus undocked.", date(2024, 10, 7), "2024-10-05T03:02:00Z"),
        ("The Cygnus undocked at 8:58 p.m. CST Dec. 5 from the station.", date(2024, 12, 9),
         "2024-12-06T02:58:00Z"),
        ("The crew undocked Thursday, Dec. 5, at 8:58 p.m. CST.", date(2024, 12, 9), "2024-12-06T02:58:00Z"),
        ("The capsule splashed down at 9:13 p.m. PST on Jan. 3.", date(2025, 1, 6), "2025-01-04T05:13:00Z"),
        ("The Starliner landed on June 14 at 10:01 p.m. MDT at White Sands.", date(2024, 6, 17),
         "2024-06-15T04:01:00Z"),
        ("Undocking was on Oct. 4. The Cygnus left at 11:02 p.m. EDT.", date(2024, 10, 7), "2024-10-05T03:02:00Z"),
    ],
)
def test_timenorm_us_evening_times_cross_midnight_utc(text, published, value):
    assert _clock_values(text, published) == [value]


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        ("The Friday session starts at 6 p.m. CDT, and the Saturday one at 2:30 p.m. CDT.", date(2024, 4, 3),
         ["2024-03-29T23:00:00Z", "2024-03-30T19:30:00Z"]),
        ("The ceremony on Friday will begin at 6 p.m. EDT, while Saturday's will begin at 2:30 p.m. EDT.",
         date(2024, 4, 3), ["2024-04-05T22:00:00Z", "2024-04-06T18:30:00Z"]),
    ],
)
def test_timenorm_each_clock_takes_the_day_named_before_it(text, published, values):
    assert _clock_values(text, published) == values


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # a dated clock time earlier in the sentence lends its (local) day to the next clock time
        ("The spacecraft undocked at 11:05 a.m. EDT on Sept. 18 and splashed down at 7:06 p.m. EDT.",
         date(2021, 9, 19), ["2021-09-18T15:05:00Z", "2021-09-18T23:06:00Z"]),
        ("The Dragon undocked yesterday at 11:05 a.m. EDT and splashed down at 7:06 p.m. EDT.", date(2021, 9, 19),
         ["2021-09-18T15:05:00Z", "2021-09-18T23:06:00Z"]),
        ("The capsule landed at 10:31 p.m. EDT (02:31 UTC on Sept. 18), and the crew was out by 11:50 p.m. EDT.",
         date(2021, 9, 19), ["2021-09-18T02:31:00Z", "2021-09-18T03:50:00Z"]),
        # a date alone on its line heads the schedule lines below it
        ("Tuesday, Jan. 30\n\n11:50 a.m. EST - Launch coverage begins\n\n12:07 p.m. EST - Launch\n\n"
         "Thursday, Feb. 1\n\n4:20 a.m. EST - Capture", date(2024, 1, 26),
         ["2024-01-30T16:50:00Z", "2024-01-30T17:07:00Z", "2024-02-01T09:20:00Z"]),
        # a clock time followed by a blank line and a date is not dated by it: the date heads the next item
        ("Talk one\n\nTue 1:00 PM to 2:00 PM CST\n\nJanuary 31, 2024\n\nWed 9:00 AM to 10:00 AM CST",
         date(2024, 1, 29), ["2024-01-29T19:00:00Z", "2024-01-29T20:00:00Z", "2024-01-31T15:00:00Z",
                             "2024-01-31T16:00:00Z"]),
    ],
)
def test_timenorm_clock_takes_day_from_dated_neighbours(text, published, values):
    assert _clock_values(text, published) == values
