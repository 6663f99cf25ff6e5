"""A neighbouring sentence that restates an event's moment with a noun ('Capture occurred at', 'Contact with
the aft port came at') or a verb of leaving a launch site ('The vehicle left Kourou ... at') gives a
day-, week- or month-dated event its clock; a sentence about something else does not."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Cygnus NG-13", "Spacecraft", "cygnus-ng-13"),
    ("ATV-5", "Spacecraft", "atv-5"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Zvezda", "SpaceStation", "zvezda"),
    ("Kourou", "Place", "kourou"),
    ("Houston", "Place", "houston"),
    ("Oleg Artemyev", "Astronaut", "oleg-artemyev"),
    ("Samantha Cristoforetti", "Astronaut", "samantha-cristoforetti"),
]
PUBLISHED = date(2022, 8, 20)


def times_of(nlp, text, times, event_type):
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    return [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == event_type]


@pytest.mark.parametrize("text,day,day_value,clock,clock_value", [
    ("Cygnus NG-13 arrived at the International Space Station on Monday. "
     "Capture occurred at 5:52 a.m. EST, with the robotic arm.", "Monday", "2020-02-17",
     "5:52 a.m. EST", "2020-02-17T10:52:00Z"),
    ("ATV-5 docked with the International Space Station on Tuesday. "
     "Contact with the aft port of Zvezda came at 13:30 GMT.", "Tuesday", "2014-08-12",
     "13:30 GMT", "2014-08-12T13:30:00Z"),
])
def test_events_time_moment_noun_gives_a_docking_its_clock(nlp, text, day, day_value, clock, clock_value):
    times = [time_value(text, day, day_value), time_value(text, clock, clock_value, "minute", "time")]
    assert times_of(nlp, text, times, "Docking") == [clock_value]


@pytest.mark.parametrize("text,coarse,coarse_value,precision,clock,clock_value,event_type", [
    ("ATV-5 launched to the International Space Station in July. "
     "The vehicle left Kourou on an Ariane 5 at 23:47 GMT on 29 July.", "July", "2014-07", "month",
     "23:47 GMT on 29 July", "2014-07-29T23:47:00Z", "Launch"),
    ("In July Samantha Cristoforetti stepped outside with Oleg Artemyev for a spacewalk. "
     "The pair left the airlock at 10:50 a.m. EDT on July 21.", "July", "2022-07", "month",
     "10:50 a.m. EDT on July 21", "2022-07-21T14:50:00Z", "Spacewalk"),
])
def test_events_time_restatement_refines_a_month(nlp, text, coarse, coarse_value, precision, clock, clock_value,
                                                 event_type):
    times = [time_value(text, coarse, coarse_value, precision),
             time_value(text, clock, clock_value, "minute", "time", occurrence=0)]
    assert times_of(nlp, text, times, event_type) == [clock_value]


@pytest.mark.parametrize("text,clock,clock_value", [
    # leaving the station is not a launch
    ("ATV-5 launched to the International Space Station in July. "
     "The crew left the International Space Station at 9:00 GMT on 29 July.", "9:00 GMT on 29 July",
     "2014-07-29T09:00:00Z"),
    # a clock outside the month is another moment
    ("ATV-5 launched to the International Space Station in July. "
     "The vehicle left Kourou at 23:47 GMT on 29 August.", "23:47 GMT on 29 August", "2014-08-29T23:47:00Z"),
    # radio contact hangs from another verb, not from the noun
    ("ATV-5 launched to the International Space Station in July. "
     "Controllers in Houston made contact with the crew at 9:00 GMT on 29 July.", "9:00 GMT on 29 July",
     "2014-07-29T09:00:00Z"),
])
def test_events_time_other_moments_do_not_refine_a_launch(nlp, text, clock, clock_value):
    times = [time_value(text, "July", "2014-07", "month"),
             time_value(text, clock, clock_value, "minute", "time")]
    assert times_of(nlp, text, times, "Launch") == ["2014-07"]
