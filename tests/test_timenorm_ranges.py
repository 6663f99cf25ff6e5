"""Forms news releases use around schedules: a range start without a.m./p.m. takes its end's meridian,
"the week of May 20" is a week, "a decade ago today" is a day, and a month name before a full stop is
the month, not an abbreviation; a yearless Feb. 29 falls in a leap year."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import default_grammar, find_times


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        ("A workshop was held Thursday, April 3, 2025; 1:00-3:00 p.m. EDT.", date(2025, 4, 10),
         ["2025-04-03T17:00:00Z", "2025-04-03T19:00:00Z"]),
        ("The spacewalk will begin between 9 and 10 a.m. EDT on May 16.", date(2024, 5, 15),
         ["2024-05-16T13:00:00Z", "2024-05-16T14:00:00Z"]),
        ("Media will visit from 11 to 1 p.m. CDT on May 14.", date(2024, 5, 10),
         ["2024-05-14T16:00:00Z", "2024-05-14T18:00:00Z"]),
    ],
)
def test_timenorm_range_start_takes_meridian_of_end(text, published, values):
    assert [t.value for t in find_times(text, published) if t.kind == "time"] == values


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        # a bare number needs "between"/"from" before it or a dash after it to start a range
        ("Crews 2 and 3 p.m. are not a range here.", ["3 p.m."]),
        ("Flight 3 to 4 a.m. is unusual wording.", ["4 a.m."]),
        ("The event runs 9-11 a.m. on May 16.", ["9", "11 a.m. on May 16"]),
    ],
)
def test_timenorm_bare_number_starts_a_range_only_when_marked(text, clocks):
    assert [t.text for t in find_times(text, date(2024, 5, 15)) if t.kind == "time"] == clocks


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("Launch is planned for the week of May 20.", date(2024, 5, 1), "2024-W21", "week"),
        ("A decade ago today, Atlantis rolled to a stop.", date(2021, 7, 21), "2011-07-21", "day"),
        ("Ten years ago today the shuttle landed.", date(2021, 7, 21), "2011-07-21", "day"),
        ("Crew-7 returned to Earth in March.", date(2024, 5, 15), "2024-03", "month"),
        # a yearless leap day takes the nearest leap year
        ("The launch is targeted for Feb. 29 from Launch Complex 39A.", date(2023, 12, 20), "2024-02-29", "day"),
        ("Credentials are due by Thursday, Feb. 29.", date(2023, 12, 20), "2024-02-29", "day"),
    ],
)
def test_timenorm_schedule_forms(text, published, value, precision):
    times = [t for t in find_times(text, published) if t.kind == "date"]
    assert [(t.value, t.precision) for t in times] == [(value, precision)]


def test_timenorm_month_before_full_stop_leaves_it_out():
    timexes = default_grammar().find("Crew-7 returned to Earth in March. It left in Sept. for good.", date(2024, 5, 15))
    assert [t.text for t in timexes] == ["March", "Sept."]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The first rocket launched at 2:13 p.m. local Alaska time on April 17.", date(2024, 4, 18),
         "2024-04-17T22:13:00Z"),
        ("The Soyuz landed at 12:18 p.m. Kazakhstan time on April 6.", date(2024, 4, 8), "2024-04-06T07:18:00Z"),
    ],
)
def test_timenorm_place_time_zones(text, published, value):
    assert [t.value for t in find_times(text, published) if t.kind == "time"] == [value]


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # several zones in a document: a bare clock time takes the zone last written before it
        ("The rocket will launch at 3:55 p.m. CDT March 21. The Soyuz will land at 0430 GMT on March 22.\n\n"
         "The Dragon will launch at 8:21 p.m. EDT March 21 and dock at 6:30 a.m. March 23.", date(2024, 3, 20),
         ["2024-03-21T20:55:00Z", "2024-03-22T04:30:00Z", "2024-03-22T00:21:00Z", "2024-03-23T10:30:00Z"]),
    ],
)
def test_timenorm_bare_clock_takes_last_written_zone(text, published, values):
    assert [t.value for t in find_times(text, published) if t.kind == "time"] == values


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # "p.m. EDT March 21" does not end a sentence: "will" still governs the date after it
        ("The Dragon will launch at 8:21 p.m. EDT March 21 and dock on March 23.", date(2024, 4, 20), "2025-03-23"),
        # a real sentence end after "p.m." still parts the sentences
        ("The crew will rest until 9 p.m. The cargo ship docked on March 23.", date(2024, 4, 20), "2024-03-23"),
    ],
)
def test_timenorm_meridian_before_zone_does_not_end_sentence(text, published, value):
    assert [t.value for t in find_times(text, published) if t.text == "March 23"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The undocking, originally set for Nov. 18, will now take place on Nov. 25.", "2024-11-18"),
        ("The crew will launch on Nov. 3.", "2025-11-03"),
        ("The crew landed on Nov. 21.", "2024-11-21"),  # a day after a release dated in another zone
        ("The crew landed on Nov. 24.", "2023-11-24"),
    ],
)
def test_timenorm_days_just_across_the_anchor_keep_its_year(text, value):
    published = date(2024, 11, 20)
    assert [t.value for t in find_times(text, published) if t.precision == "day"][0] == value
