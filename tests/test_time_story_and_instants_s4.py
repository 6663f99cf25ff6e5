"""Months of a story are cyclic: a yearless January date in the paragraph after a December one continues
that story into the next year. The first telling of a moment is looked up by instant (one index per
document), which gives what a scan of every time did."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from pipeline.timenorm import TimeGrammar, Timex, _months_forward, default_grammar, find_times


@pytest.mark.parametrize("first,second,forward", [(12, 1, 1), (11, 1, 2), (1, 1, 0), (3, 4, 1), (4, 3, 11)])
def test_time_story_months_forward_is_cyclic(first, second, forward):
    assert _months_forward(first, second) == forward


@pytest.mark.parametrize("text,expected", [
    ("The orbiter left the pad on Dec. 29, 1998, on its way to the new outpost.\n\n"
     "It reached the outpost on Jan. 1 and the crew opened the hatch.", "1999-01-01"),
    ("The orbiter left the pad on Dec. 2, 1998, on its way to the new outpost.\n\n"
     "It reached the outpost on Dec. 4 and the crew opened the hatch.", "1998-12-04"),
    ("The orbiter left the pad on Nov. 30, 1998, on its way to the new outpost.\n\n"
     "It reached the outpost on Dec. 2 and the crew opened the hatch.", "1998-12-02"),
])
def test_time_story_continues_over_the_new_year(text, expected):
    values = [t.value for t in find_times(text, date(2024, 3, 5)) if t.kind == "date"]
    assert values[-1] == expected


def _clock(start: int, value: str, hours: int, zone: str) -> Timex:
    return Timex(start, start + 5, "clock", "TIME", value, utc_offset=timedelta(hours=hours), zone_known=True,
                 zone=zone)


def test_time_instants_grouped_in_text_order():
    times = [_clock(0, "2020-04-21T04:26", 0, "abbr:GMT"), _clock(40, "2020-04-20T22:26", -6, "abbr:CST"),
             _clock(90, "2020-04-21T01:02", 0, "abbr:GMT"), Timex(120, 130, "April 21", "DATE", "2020-04-21")]
    groups = TimeGrammar._by_instant(times)
    assert [t.start for t in groups[datetime(2020, 4, 21, 4, 26)]] == [0, 40]
    assert [t.start for t in groups[datetime(2020, 4, 21, 1, 2)]] == [90]
    assert len(groups) == 2  # (a date names no instant)


@pytest.mark.parametrize("clock_start,clock_hours,expected", [
    (90, 0, datetime(2020, 4, 21, 4, 26)),  # the CST clock restates a moment first told on a GMT clock
    (90, -6, None),  # (read on the CST clock's own zone: no moment first told there)
])
def test_time_instants_first_telling_of_a_moment(clock_start, clock_hours, expected):
    grammar = default_grammar()
    times = [_clock(0, "2020-04-21T04:26", 0, "abbr:GMT"), _clock(40, "2020-04-20T22:26", -6, "abbr:CST")]
    clock = _clock(clock_start, "2020-04-21T01:02", clock_hours, "abbr:GMT" if clock_hours == 0 else "abbr:CST")
    assert grammar._first_written_in_zone_of(times[1], clock, TimeGrammar._by_instant(times)) == expected


@pytest.mark.parametrize("text,expected", [
    ("On April 12, 1961, the first cosmonaut lifted off at 9:07 a.m. Moscow time. Exactly twenty years later, "
     "at 7:00 a.m. EST, the first orbiter rose from its pad.", "1981-04-12T12:00:00Z"),
    ("The module reached orbit on May 3, 2019. Two weeks later, at 10:15 UTC, it opened its arrays.",
     "2019-05-17T10:15:00Z"),
    ("The capsule launched on April 27, 2021. A day later, at 7:37 p.m. EDT, it docked.", "2021-04-28T23:37:00Z"),
])
def test_time_story_clock_a_count_later(text, expected):
    clocks = [t.value for t in find_times(text, date(2026, 4, 12)) if t.kind == "time"]
    assert clocks[-1] == expected
