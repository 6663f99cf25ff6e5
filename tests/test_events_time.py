"""Each event takes the time its own clause states; relative times are resolved against other events."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Soyuz MS-16", "Spacecraft", "soyuz-ms-16"),
    ("Crew Dragon Resilience", "Spacecraft", "crew-dragon-resilience"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Baikonur Cosmodrome", "Place", "baikonur-cosmodrome"),
]


def events_by_type(nlp, text, times, published=date(2020, 12, 1)):
    doc = annotate(nlp, text, ENTITIES, times, published)
    return {e.type: e for e in run_events(nlp, doc)._.events}


@pytest.mark.parametrize("text", [
    "Soyuz MS-16 launched on 9 April 2020 from the Baikonur Cosmodrome and docked to the International "
    "Space Station on 10 April 2020.",
])
def test_events_time_each_clause_keeps_its_own_time(nlp, text):
    times = [time_value(text, "9 April 2020", "2020-04-09"), time_value(text, "10 April 2020", "2020-04-10")]
    events = events_by_type(nlp, text, times)
    assert events["Launch"].time.value == "2020-04-09"
    assert events["Docking"].time.value == "2020-04-10"


@pytest.mark.parametrize("text", [
    "Soyuz MS-16 is expected to undock and land next month.",
])
def test_events_time_conjoined_triggers_share_a_time(nlp, text):
    times = [time_value(text, "next month", "2021-01", precision="month")]
    events = events_by_type(nlp, text, times)
    assert events["Undocking"].time.value == events["Landing"].time.value == "2021-01"


@pytest.mark.parametrize("text,expected_launch_day", [
    ("Crew Dragon Resilience docked to the International Space Station at 04:01 UTC on 17 November 2020, "
     "27 hours after launching.", "2020-11-16"),
])
def test_events_time_duration_after_a_trigger_resolved_backwards(nlp, text, expected_launch_day):
    times = [time_value(text, "04:01 UTC on 17 November 2020", "2020-11-17T04:01:00Z", "minute", "time"),
             time_value(text, "27 hours", "PT27H", "hour", "duration")]
    events = events_by_type(nlp, text, times)
    assert events["Docking"].time.value == "2020-11-17T04:01:00Z"
    assert events["Launch"].time is not None
    assert events["Launch"].time.value.startswith(expected_launch_day)


@pytest.mark.parametrize("text,expected_docking_day", [
    ("Soyuz MS-16 launched from the Baikonur Cosmodrome on 9 April 2020. It docked to the International "
     "Space Station about six hours later.", "2020-04-09"),
])
def test_events_time_later_resolved_against_previous_event(nlp, text, expected_docking_day):
    times = [time_value(text, "9 April 2020", "2020-04-09"), time_value(text, "six hours", "PT6H", "hour", "duration")]
    events = events_by_type(nlp, text, times)
    assert events["Docking"].time is not None
    assert events["Docking"].time.value.startswith(expected_docking_day)


@pytest.mark.parametrize("text", [
    "Soyuz MS-16, which was rolled out on 6 April 2020, launched from the Baikonur Cosmodrome.",
])
def test_events_time_of_another_clause_is_not_taken(nlp, text):
    times = [time_value(text, "6 April 2020", "2020-04-06")]
    events = events_by_type(nlp, text, times)
    assert events["Launch"].time is None


@pytest.mark.parametrize("text", [
    "Crew Dragon Resilience had been attached to the International Space Station since it arrived on "
    "17 November 2020.",
])
def test_events_time_from_a_clause_restating_the_event(nlp, text):
    times = [time_value(text, "17 November 2020", "2020-11-17")]
    events = events_by_type(nlp, text, times)
    assert events["Docking"].time.value == "2020-11-17"


@pytest.mark.parametrize("text", [
    "Soyuz MS-16 landed on 22 October 2020. Crew Dragon Resilience undocked from the International Space "
    "Station at 09:57 UTC on 1 May 2021 and splashed down about six hours later.",
])
def test_events_time_later_counts_from_the_same_sentence(nlp, text):
    times = [time_value(text, "22 October 2020", "2020-10-22"),
             time_value(text, "09:57 UTC on 1 May 2021", "2021-05-01T09:57:00Z", "minute", "time"),
             time_value(text, "six hours", "PT6H", "hour", "duration")]
    doc = annotate(nlp, text, ENTITIES, times, date(2021, 5, 2))
    landings = [e for e in run_events(nlp, doc)._.events if e.type == "Landing"]
    assert sorted((e.spacecraft, e.time.value[:10]) for e in landings) == [
        ("crew-dragon-resilience", "2021-05-01"), ("soyuz-ms-16", "2020-10-22")]


CLOCK_ENTITIES = ENTITIES + [("Cygnus NG-20", "Spacecraft", "cygnus-ng-20")]


@pytest.mark.parametrize("text,day,clock,expected", [
    # a clock in a clause that elaborates the event dates it to the minute
    ("Cygnus NG-20 arrived at the International Space Station last Friday, when the station's robotic arm "
     "grappled it at 4:59 a.m. EST.", "last Friday", "4:59 a.m. EST", "2024-02-02T09:59:00Z"),
    # a conjoined clause with a subject of its own is another happening: the day stays
    ("On Friday, Cygnus NG-20 docked to the International Space Station, and the hatches opened at "
     "4:59 a.m. EST.", "Friday", "4:59 a.m. EST", "2024-02-02"),
])
def test_events_time_clock_of_the_event_day(nlp, text, day, clock, expected):
    times = [time_value(text, day, "2024-02-02"),
             time_value(text, clock, "2024-02-02T09:59:00Z", "minute", "time")]
    doc = annotate(nlp, text, CLOCK_ENTITIES, times, date(2024, 2, 5))
    dockings = [e for e in run_events(nlp, doc)._.events if e.type == "Docking"]
    assert len(dockings) == 1
    assert dockings[0].time.value == expected
