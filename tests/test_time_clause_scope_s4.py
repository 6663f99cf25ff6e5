"""Which times a clause lends its events: a talk's day is not the day of the event talked about; a
fronted time sets the scene of every clause joined after it; an "until" phrase bounds a stretch; a
participle "starting with X in 1965" dates the first of the events its head tells
of; two periods joined by "and" are no one time; conjoined verbs share a day only when the one that
takes it has no phrase of its own (a month they always share); "the day after their launch" is a day
before the day it follows."""

from __future__ import annotations

from datetime import date

import pytest


def _times(events_of, text: str, published: date, event_type: str) -> list[str | None]:
    return [e.time.value if e.time else None for e in events_of(text, published) if e.type == event_type]


@pytest.mark.parametrize("text,event_type,expected", [
    # the talk's day
    ("Suni Williams completed her ninth spacewalk on Thursday. On Friday, Suni Williams and Butch Wilmore "
     "talked about their spacewalk with flight controllers.", "Spacewalk", ["2025-01-30"]),
    ("On Friday, Suni Williams and Butch Wilmore carried out a spacewalk.", "Spacewalk", ["2025-01-31"]),
    # a fronted time over two clauses
    ("At 8:02 p.m. EDT on Wednesday the Falcon 9 roared off the pad, and Crew Dragon Resilience carried four "
     "people into orbit.", "Launch", ["2025-01-30T00:02:00Z"]),
    # "until" bounds a stretch
    ("Until Thursday only government astronauts had performed spacewalks, starting with Alexei Leonov in "
     "March 1965.", "Spacewalk", ["1965-03"]),
    ("Terry Virts assumed command of the station from Barry Wilmore until his return to Earth in June 2015.",
     "ChangeOfCommand", [None]),
    # joined periods
    ("Bob Behnken and Chris Cassidy went outside four times in June and July 2020.", "Spacewalk", [None]),
])
def test_time_clause_scope(events_of, text, event_type, expected):
    assert _times(events_of, text, date(2025, 1, 31), event_type) == expected


@pytest.mark.parametrize("text,undocking,landing", [
    ("Soyuz MS-26 will undock and land in Kazakhstan on Feb. 20.", "2025-02-20", "2025-02-20"),
    ("Soyuz MS-26 will undock from the station and will land in Kazakhstan on Feb. 21.", None, "2025-02-21"),
    ("Soyuz MS-26 will undock from the station in late February and will land in Kazakhstan.", "2025-02",
     "2025-02"),
])
def test_time_clause_scope_conjoined_verbs(events_of, text, undocking, landing):
    events = events_of(text, date(2025, 1, 31))
    assert [e.time.value if e.time else None for e in events if e.type == "Undocking"] == [undocking]
    assert [e.time.value if e.time else None for e in events if e.type == "Landing"] == [landing]


def test_time_clause_scope_the_day_after(events_of):
    text = ("Bob Behnken and Doug Hurley arrived at the station on May 31 aboard Crew Dragon Endeavour, the day "
            "after their launch from Kennedy Space Center.")
    events = events_of(text, date(2020, 7, 1))
    assert [e.time.value for e in events if e.type == "Launch"] == ["2020-05-30"]
    assert [e.time.value for e in events if e.type == "Docking"] == ["2020-05-31"]
