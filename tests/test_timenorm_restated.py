"""A clock time restated in another zone ("10:31 p.m. EDT (02:31 UTC on May 14)") is one instant.

A date inside the parentheses belongs to the restatement; a date outside belongs to the first rendering,
and a restatement without a date takes the day that puts it nearest the first rendering's instant.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _clock_times(text: str, published):
    return [t for t in find_times(text, published) if t.kind == "time"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the restatement carries its own (UTC) date: it gives the instant
        ("The capsule landed at 10:31 p.m. EDT (02:31 UTC on May 14) in the Pacific.", date(2013, 5, 14),
         "2013-05-14T02:31:00Z"),
        ("The capsule landed at 10:31 p.m. EDT (0231 GMT May 14) in the Pacific.", date(2013, 5, 14),
         "2013-05-14T02:31:00Z"),
        ("The capsule landed at 10:31 p.m. EDT (2:31 a.m. GMT on Tuesday).", date(2013, 5, 14),
         "2013-05-14T02:31:00Z"),
        ("Splashdown came at 9:48 p.m. PDT (04:48 UTC on Aug. 3) west of Baja California.", date(2023, 8, 5),
         "2023-08-03T04:48:00Z"),
        ("The Soyuz undocked at 8:20 p.m. CDT (0120 GMT on 25 June 2019).", None, "2019-06-25T01:20:00Z"),
        ("Cygnus was released at 11:40 p.m. EST (Jan. 9, 04:40 UTC).", date(2024, 1, 12), "2024-01-09T04:40:00Z"),
        ("The capsule landed at 10:31 p.m. EDT (or 0231 GMT on Tuesday).", date(2013, 5, 15), "2013-05-14T02:31:00Z"),
        ("The capsule landed at 10:31 p.m. EDT [02:31 UTC on May 14].", date(2013, 5, 15), "2013-05-14T02:31:00Z"),
        ("The capsule landed at 10:31 p.m. EDT (02:31 UTC on May 14, in Kazakhstan).", date(2013, 5, 15),
         "2013-05-14T02:31:00Z"),
        ("The capsule landed at 10:31 p.m. EDT (which is 0231 GMT) on Monday.", date(2013, 5, 15),
         "2013-05-14T02:31:00Z"),
        # the date is written with the first rendering: the restatement falls on the day nearest it
        ("The capsule landed at 7:08 p.m. EDT on May 13 (23:08 UTC).", date(2013, 5, 14), "2013-05-13T23:08:00Z"),
        ("The capsule landed at 10:31 p.m. EDT May 13 (0231 GMT).", date(2013, 5, 15), "2013-05-14T02:31:00Z"),
        ("The capsule landed May 13 at 10:31 p.m. EDT (0231 GMT).", date(2013, 5, 15), "2013-05-14T02:31:00Z"),
        ("Hatch closure was on Friday at 9:05 p.m. CST (0305 GMT).", date(2024, 12, 9), "2024-12-07T03:05:00Z"),
        ("On Monday, the capsule landed at 10:31 p.m. EDT (0231 GMT).", date(2013, 5, 15), "2013-05-14T02:31:00Z"),
        ("The crew said on Sunday night that docking came at 11:55 p.m. PST (07:55 UTC).", date(2022, 1, 18),
         "2022-01-17T07:55:00Z"),
        # the first rendering is UTC: it keeps the value; the plain ESA case stays as it was
        ("He landed at 09:12 GMT (10:12 CET), 6 February 2020 in the steppe.", date(2020, 2, 10),
         "2020-02-06T09:12:00Z"),
        ("The capsule landed at 02:31 UTC on May 14 (10:31 p.m. EDT May 13).", date(2013, 5, 15),
         "2013-05-14T02:31:00Z"),
        ("Docking is at 12:00 UTC/14:00 CEST on 12 May 2021.", None, "2021-05-12T12:00:00Z"),
        ("Soyuz MS-22 launched at 6:54 p.m. Baikonur time (13:54 GMT) on 21 September 2022.", None,
         "2022-09-21T13:54:00Z"),
    ],
)
def test_timenorm_restated_clock_gives_one_instant(text, published, value):
    times = _clock_times(text, published)
    assert [t.value for t in times] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The capsule landed at 10:31 p.m. EDT (02:31 UTC on May 14) in the Pacific.",
        "The capsule landed at 7:08 p.m. EDT on May 13 (23:08 UTC).",
        "Hatch closure was on Friday at 9:05 p.m. CST (0305 GMT).",
    ],
)
def test_timenorm_restated_clock_is_one_expression_over_both_renderings(text):
    """The restatement is absorbed: one expression whose text ends at the closing parenthesis."""
    times = _clock_times(text, date(2024, 12, 9))
    assert len(times) == 1
    assert times[0].text.endswith(")") and "(" in times[0].text


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # a zone-less first rendering takes the offset its restatement implies, also across midnight
        ("The Progress is scheduled to launch at 11:05 p.m. (0305 GMT) on Thursday.", date(2024, 2, 12),
         ["2024-02-16T03:05:00Z"]),
        ("Docking was at 9:30 p.m. (1600 GMT) on 5 May 2021.", None, ["2021-05-05T16:00:00Z"]),
        ("Undocking is scheduled for 11:05 a.m. (1505 GMT) on Thursday.", date(2013, 5, 14),
         ["2013-05-16T15:05:00Z"]),
        # bare clock times of the document take the zone the restated time was first written in, not UTC
        ("Progress 87 is scheduled to launch at 10:25 p.m. EST Wednesday, Feb. 14 (0325 GMT Feb. 15).\n\n"
         "Live coverage will begin at 9:45 p.m. on NASA+.", date(2024, 2, 10),
         ["2024-02-15T03:25:00Z", "2024-02-15T02:45:00Z"]),  # EST, on the launch day the paragraph before names
        ("The Soyuz lands at 11:20 p.m. EDT (0320 UTC).\n\nNASA coverage begins at 10:30 p.m.", date(2023, 9, 26),
         ["2023-09-27T03:20:00Z", "2023-09-27T02:30:00Z"]),
        ("Launch is set for 11:05 p.m. (0305 GMT) on Thursday.\n\nCoverage begins at 10:15 p.m.", date(2024, 2, 12),
         ["2024-02-16T03:05:00Z", "2024-02-13T02:15:00Z"]),
    ],
)
def test_timenorm_restated_clock_lends_its_written_zone(text, published, values):
    assert [t.value for t in _clock_times(text, published)] == values


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # words before the clock time in the parentheses: another moment, not a restatement
        ("The capsule landed at 10:31 p.m. EDT (hatch opened at 02:31 UTC on May 14).", date(2013, 5, 14),
         ["2013-05-15T02:31:00Z", "2013-05-14T02:31:00Z"]),
        ("Docking came at 9:05 a.m. CDT (hatch opening followed at 11:20 a.m.).", date(2022, 4, 9),
         ["2022-04-09T14:05:00Z", "2022-04-09T16:20:00Z"]),
    ],
)
def test_timenorm_parenthesis_with_another_moment_is_not_a_restatement(text, published, values):
    assert [t.value for t in _clock_times(text, published)] == values
