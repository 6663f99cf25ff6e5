"""A restatement paragraphs away dates an event when it cannot be of another event: its clause names the
event's own spacecraft ("Kestrel left Kourou at 23:47 GMT on 29 July"), or, for a spacewalk dated to the
day, it names the spacewalk and gives a clock of that day ("The spacewalk began at 6:12 a.m. EDT")."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Kestrel", "Spacecraft", "kestrel"),
    ("Osprey", "Spacecraft", "osprey"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Kourou", "Place", "kourou"),
    ("Jessica Meir", "Astronaut", "jessica-meir"),
    ("Christina Koch", "Astronaut", "christina-koch"),
]
FILLER = ("Flight controllers followed every step. The approach was smooth. Engineers were pleased. "
          "The crew watched from the window. Nothing went wrong. ")


def _times_of(nlp, text, times, event_type, published):
    doc = annotate(nlp, text, ENTITIES, times, published)
    return [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == event_type]


@pytest.mark.parametrize(("teller", "expected"), [
    ("Kestrel left Kourou on an Ariane 5 at 23:47 GMT on 29 July.", "2014-07-29T23:47:00Z"),
    # another craft's launch, or one told only by an anaphor, says nothing of Kestrel's
    ("Osprey left Kourou on an Ariane 5 at 23:47 GMT on 29 July.", None),
    ("The ferry left Kourou on an Ariane 5 at 23:47 GMT on 29 July.", None),
])
def test_events_time_far_restatement_naming_the_craft(nlp, teller, expected):
    text = ("Kestrel docked with the International Space Station on 12 August 2014. Kestrel launched "
            "from Kourou. " + FILLER + teller)
    times = [time_value(text, "12 August 2014", "2014-08-12"),
             time_value(text, "23:47 GMT on 29 July", "2014-07-29T23:47:00Z", "minute", "time")]
    assert _times_of(nlp, text, times, "Launch", date(2014, 8, 12)) == [expected]


@pytest.mark.parametrize(("teller", "clock", "value", "expected"), [
    ("The spacewalk operations began at 6:12 a.m. EDT.", "6:12 a.m. EDT", "2020-10-18T10:12:00Z",
     "2020-10-18T10:12:00Z"),
    # a clock of another day is another spacewalk's
    ("The spacewalk operations began at 6:12 a.m. EDT.", "6:12 a.m. EDT", "2020-10-25T10:12:00Z", "2020-10-18"),
    # a verb alone does not say which event it tells of so far away
    ("The two opened the hatch at 6:12 a.m. EDT.", "6:12 a.m. EDT", "2020-10-18T10:12:00Z", "2020-10-18"),
])
def test_events_time_far_restatement_of_a_spacewalk(nlp, teller, clock, value, expected):
    text = "Jessica Meir and Christina Koch conducted a spacewalk on 18 October. " + FILLER + teller
    times = [time_value(text, "18 October", "2020-10-18"), time_value(text, clock, value, "minute", "time")]
    assert _times_of(nlp, text, times, "Spacewalk", date(2020, 10, 19)) == [expected]
