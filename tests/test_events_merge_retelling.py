"""A planned retelling of an event the article reports as done, and a local calendar day against a UTC
instant, are one event node."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.events_merge import merge_mentions, times_compatible
from pipeline.model import Event, Evidence, TimeValue


def day(value: str) -> TimeValue:
    start = datetime.fromisoformat(value).replace(tzinfo=UTC)
    return TimeValue(value=value, precision="day", earliest=start, latest=start + timedelta(days=1, seconds=-1))


def minute(value: str) -> TimeValue:
    start = datetime.fromisoformat(value).replace(tzinfo=UTC)
    return TimeValue(value=value + ":00Z", precision="minute", kind="time", earliest=start, latest=start)


@pytest.mark.parametrize("a,b,expected", [
    (day("2024-01-18"), minute("2024-01-17T17:46"), True),  # 01:46 in Beijing on the 18th
    (day("2024-01-18"), minute("2024-01-16T17:46"), False),
    (day("2024-01-18"), day("2024-01-17"), False),  # two days stay two days
])
def test_events_merge_local_day_against_instant(a, b, expected):
    assert times_compatible(a, b) is expected
    assert times_compatible(b, a) is expected


@pytest.mark.parametrize("first_status,second_status", [("planned", "occurred"), ("occurred", "planned")])
def test_events_merge_planned_retelling_keeps_occurred(first_status, second_status):
    mentions = [Event(type="Docking", status=first_status, spacecraft="tz", evidence=[Evidence("s", 0, 1)]),
                Event(type="Docking", status=second_status, spacecraft="tz", evidence=[Evidence("t", 5, 6)])]
    merged = merge_mentions(mentions, {"tz": "Tianzhou-7"})
    assert [(e.status, len(e.evidence)) for e in merged] == [("occurred", 2)]


def test_events_merge_planned_of_other_crew_stays_apart():
    mentions = [Event(type="Landing", spacecraft="sz", participants=["a"], evidence=[Evidence("s", 0, 1)]),
                Event(type="Landing", status="planned", spacecraft="sz", participants=["b"],
                      evidence=[Evidence("t", 5, 6)])]
    assert len(merge_mentions(mentions, {"sz": "Shenzhou"})) == 2


@pytest.mark.parametrize("order", [0, 1])
def test_events_merge_docking_of_two_craft_keeps_mover(order):
    """ "the docking of the two ships" told of the target, "A docked with B": one docking of A to B."""
    told_of_target = Event(type="Docking", spacecraft="b", participants=["b-crew"], evidence=[Evidence("s", 0, 1)])
    mover = Event(type="Docking", spacecraft="a", participants=["a-crew"], to="b", evidence=[Evidence("t", 5, 6)])
    mentions = [told_of_target, mover] if order == 0 else [mover, told_of_target]
    merged = merge_mentions(mentions, {"a": "Apollo", "b": "Soyuz 19"})
    assert [(e.spacecraft, e.participants, e.to) for e in merged] == [("a", ["a-crew"], "b")]


def test_events_merge_two_craft_docking_elsewhere_stay_apart():
    a = Event(type="Docking", spacecraft="a", to="iss", evidence=[Evidence("s", 0, 1)])
    b = Event(type="Docking", spacecraft="b", to="iss", evidence=[Evidence("t", 5, 6)])
    assert len(merge_mentions([a, b], {"a": "Apollo", "b": "Soyuz 19", "iss": "ISS"})) == 2
