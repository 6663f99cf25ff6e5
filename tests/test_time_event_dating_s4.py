"""Which time dates which event: a launch whose clause the parser hangs from a participle of carrying
("launched the rocket, carrying the cargo craft, from the pad at 01:05") keeps its time; a conjoined verb
phrase with its own object or auxiliary keeps its own ("will be released and will burn up in the
atmosphere in early May"); an event told after another ("docked about six hours after launch") is dated
from that event even when the launch is dated only later in the article."""

from __future__ import annotations

from datetime import date

import pytest


def _times(events, event_type: str) -> list[str | None]:
    return [e.time.value if e.time else None for e in events if e.type == event_type]


@pytest.mark.parametrize("text,expected", [
    ("KOUNOTORI8 lifted off on an H-IIB rocket\n\nJAXA launched the H-IIB rocket, carrying KOUNOTORI8, from the "
     "Tanegashima Space Center at 1:05 a.m. on September 25, 2019 (Japan Standard Time).", "2019-09-24T16:05:00Z"),
    ("KOUNOTORI8 lifted off on an H-IIB rocket\n\nJAXA launched the H-IIB rocket, carrying KOUNOTORI8 and "
     "its cargo, from the pad at 1:05 a.m. on September 25, 2019 (Japan Standard Time).", "2019-09-24T16:05:00Z"),
])
def test_time_event_dating_launch_through_a_carrying_participle(events_of, text, expected):
    assert _times(events_of(text, date(2019, 9, 25)), "Launch") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Progress MS-27 will undock from the station, will be loaded with trash and will burn up in the "
     "atmosphere in early May.", [None]),
    ("Progress MS-27 will undock from the station in early May and will burn up in the atmosphere.",
     ["2025-05"]),
])
def test_time_event_dating_conjoined_phrase_keeps_its_own_time(events_of, text, expected):
    assert _times(events_of(text, date(2025, 3, 1)), "Undocking") == expected


def test_time_event_dating_counts_from_a_launch_dated_later(events_of):
    text = ("Shenzhou-18 flew on April 25, when a Long March-2F rocket launched the spaceship from Jiuquan at "
            "8:59 p.m. Beijing Time. The spacecraft docked with the Tianhe core module about six and a half hours "
            "after launch.")
    events = events_of(text, date(2024, 11, 4))
    assert _times(events, "Docking") == ["2024-04-25T19:29:00Z"]
    assert _times(events, "Launch") == ["2024-04-25T12:59:00Z"]
