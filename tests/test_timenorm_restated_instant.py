"""A clock time that restates a UTC/GMT one in another zone is the same instant: joined to it ('at 0426 GMT,
or 10:26 a.m. local time'), or in the next sentence ('In Houston it was 10:26 p.m. CST'); 'local time' takes
the zone of a place in its own context, never of a place named in a later sentence."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _clock_values(text: str, published: date) -> list[str]:
    return [t.value for t in find_times(text, published) if t.kind == "time"]


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # a joined restatement with no place for 'local time' is still the UTC instant
        ("The capsule touched down at 0426 GMT, or 10:26 a.m. local time. In Houston it was 10:26 p.m. CST.",
         date(2020, 4, 21), ["2020-04-21T04:26:00Z"] * 3),
        # the Houston evening before is the same instant as the GMT small hours
        ("The crew came home at 0426 GMT, or 10:26 a.m. local time, near the Kazakh town of Zhezkazgan. "
         "In Houston it was still Monday evening, 10:26 p.m. CST.", date(2020, 4, 21), ["2020-04-21T04:26:00Z"] * 3),
        ("The crew came home at 0426 GMT near Zhezkazgan. In Houston it was 10:26 p.m. CST.", date(2020, 4, 21),
         ["2020-04-21T04:26:00Z"] * 2),
        ("The module reached orbit at 1450 GMT, or 9:50 a.m. local time.", date(2021, 4, 29),
         ["2021-04-29T14:50:00Z"] * 2),
    ],
)
def test_timenorm_restatement_in_another_zone_is_the_same_instant(text, published, values):
    assert _clock_values(text, published) == values


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # two clock times a day and an hour apart are two moments, not one
        ("The ship docked at 0426 GMT on Monday. It undocked at 11:26 p.m. CDT on Monday.", date(2020, 4, 22),
         ["2020-04-20T04:26:00Z", "2020-04-21T04:26:00Z"]),
        # a different minute is not a restatement
        ("The ship docked at 0426 GMT, or 9:26 a.m. local time near Baikonur, and undocked at 10:41 p.m. CST.",
         date(2020, 4, 22), ["2020-04-22T04:26:00Z", "2020-04-22T04:26:00Z", "2020-04-23T04:41:00Z"]),
    ],
)
def test_timenorm_other_moments_are_not_snapped(text, published, values):
    assert _clock_values(text, published) == values


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the place named in a later sentence does not lend 'local time' its zone
        ("The rocket lifted off at 11:02 a.m. local time. In Houston, flight controllers cheered.",
         date(2021, 6, 17), "2021-06-17T11:02:00"),
        # a place in its own sentence does
        ("The rocket lifted off from Baikonur at 10:02 a.m. local time.", date(2021, 6, 17), "2021-06-17T05:02:00Z"),
    ],
)
def test_timenorm_local_time_takes_the_zone_of_its_own_context(text, published, value):
    assert _clock_values(text, published)[0] == value
