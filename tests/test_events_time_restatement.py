"""An event its own clauses leave undated (or dated to the day) takes the time a restatement states:
a trigger word or naming word of its type in its own or a neighbouring sentence, or, for the clock of its
day, a verb of its moment. A time that belongs to another event is never taken."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Soyuz MS-16", "Spacecraft", "soyuz-ms-16"),
    ("Cygnus NG-20", "Spacecraft", "cygnus-ng-20"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Baikonur Cosmodrome", "Place", "baikonur-cosmodrome"),
    ("Chris Cassidy", "Astronaut", "chris-cassidy"),
    ("Sergey Ryzhikov", "Astronaut", "sergey-ryzhikov"),
    ("Cassidy", "Astronaut", "chris-cassidy"),
    ("Ryzhikov", "Astronaut", "sergey-ryzhikov"),
    ("Jessica Meir", "Astronaut", "jessica-meir"),
    ("Christina Koch", "Astronaut", "christina-koch"),
]
PUBLISHED = date(2020, 10, 25)


def times_of(nlp, text, times, event_type):
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    return [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == event_type]


@pytest.mark.parametrize("text,surface", [
    ("Soyuz MS-16 launched from the Baikonur Cosmodrome with three people aboard. "
     "Liftoff came at 05:45 UTC on 14 October.", "05:45 UTC on 14 October"),
    ("Soyuz MS-16 blasted off from the Baikonur Cosmodrome. The launch took place at 0545 GMT on 14 October.",
     "0545 GMT on 14 October"),
    ("Soyuz MS-16 lifted off from the Baikonur Cosmodrome without a hitch. "
     "Launch time was 05:45 UTC on 14 October.", "05:45 UTC on 14 October"),
])
def test_events_time_restatement_in_the_next_sentence_dates_an_undated_launch(nlp, text, surface):
    times = [time_value(text, surface, "2020-10-14T05:45:00Z", "minute", "time")]
    assert times_of(nlp, text, times, "Launch") == ["2020-10-14T05:45:00Z"]


@pytest.mark.parametrize("text,surface,value,precision,kind", [
    ("Chris Cassidy handed command of the International Space Station to Sergey Ryzhikov. "
     "The handover ceremony took place at 10:00 GMT on 20 October.", "10:00 GMT on 20 October",
     "2020-10-20T10:00:00Z", "minute", "time"),
    ("Chris Cassidy handed command of the International Space Station to Sergey Ryzhikov. "
     "Tuesday's ceremony was shown live on NASA Television.", "Tuesday", "2020-10-20", "day", "date"),
    ("Chris Cassidy handed command of the International Space Station to Sergey Ryzhikov. "
     "Both men spoke briefly during a ceremony on Tuesday.", "Tuesday", "2020-10-20", "day", "date"),
])
def test_events_time_ceremony_dates_a_change_of_command(nlp, text, surface, value, precision, kind):
    times = [time_value(text, surface, value, precision, kind)]
    assert times_of(nlp, text, times, "ChangeOfCommand") == [value]


@pytest.mark.parametrize("text,clock", [
    ("Cygnus NG-20 arrived at the International Space Station on 2 October. "
     "The station's robotic arm grabbed the freighter at 5:59 a.m. EDT.", "5:59 a.m. EDT"),
    ("Cygnus NG-20 reached the International Space Station on 2 October. "
     "Astronaut Chris Cassidy captured it with the robotic arm at 5:59 a.m. EDT.", "5:59 a.m. EDT"),
])
def test_events_time_clock_of_the_next_sentence_refines_the_day(nlp, text, clock):
    times = [time_value(text, "2 October", "2020-10-02"),
             time_value(text, clock, "2020-10-02T09:59:00Z", "minute", "time")]
    assert times_of(nlp, text, times, "Docking") == ["2020-10-02T09:59:00Z"]


@pytest.mark.parametrize("text", [
    "Jessica Meir and Christina Koch conducted a spacewalk on 18 October. "
    "They switched their suits to battery power at 7:38 a.m. EDT.",
])
def test_events_time_spacewalk_start_in_the_next_sentence(nlp, text):
    times = [time_value(text, "18 October", "2020-10-18"),
             time_value(text, "7:38 a.m. EDT", "2020-10-18T11:38:00Z", "minute", "time")]
    assert times_of(nlp, text, times, "Spacewalk") == ["2020-10-18T11:38:00Z"]


@pytest.mark.parametrize("text,surface,value,precision,kind,expected", [
    # another launch
    ("Soyuz MS-16 launched from the Baikonur Cosmodrome with three people aboard. "
     "The next launch is set for 14 October.", "14 October", "2020-10-14", "day", "date", None),
    # a broadcast, not the event
    ("Soyuz MS-16 launched from the Baikonur Cosmodrome with three people aboard. "
     "Launch coverage began at 05:00 UTC on 14 October.", "05:00 UTC on 14 October",
     "2020-10-14T05:00:00Z", "minute", "time", None),
    # something that happened after the docking, not the docking itself
    ("Soyuz MS-16 docked to the International Space Station on 14 October. "
     "The crew opened the hatch at 11:00 UTC.", "11:00 UTC", "2020-10-14T11:00:00Z", "minute", "time",
     "2020-10-14"),
    # a weak trigger word ('flying') that names none of the event's roles is no restatement
    ("Soyuz MS-16 launched from the Baikonur Cosmodrome with three people aboard. A new flag has been "
     "flying over the control centre since a ceremony on 14 October.", "14 October", "2020-10-14", "day",
     "date", None),
    # another craft's docking
    ("Soyuz MS-16 docked to the International Space Station, two days after the Cygnus NG-20 docking on "
     "14 October.", "14 October", "2020-10-14", "day", "date", None),
    # a welcome ceremony is not a change of command
    ("Chris Cassidy handed command of the International Space Station to Sergey Ryzhikov. "
     "A welcome ceremony was held on Tuesday.", "Tuesday", "2020-10-20", "day", "date", None),
])
def test_events_time_other_happenings_do_not_date_the_event(nlp, text, surface, value, precision, kind, expected):
    times = [time_value(text, surface, value, precision, kind)]
    if expected is not None:
        times.insert(0, time_value(text, "14 October", "2020-10-14"))  # the event's own day
    event_type = "Docking" if "docked" in text else "ChangeOfCommand" if "handed" in text else "Launch"
    assert times_of(nlp, text, times, event_type)[0] == expected  # the first sentence's event


@pytest.mark.parametrize("text,hours,expected", [
    ("Soyuz MS-16 set a record on 14 October, reaching the International Space Station just over three "
     "hours after lifting off from the Baikonur Cosmodrome at 05:45 UTC.", "three hours", "2020-10-14T08:45"),
    ("Soyuz MS-16 docked to the International Space Station six hours after launching from the Baikonur "
     "Cosmodrome at 05:45 UTC.", "six hours", "2020-10-14T11:45"),
])
def test_events_time_duration_after_another_dated_trigger(nlp, text, hours, expected):
    amount = {"three hours": "PT3H", "six hours": "PT6H"}[hours]
    times = [time_value(text, "05:45 UTC", "2020-10-14T05:45:00Z", "minute", "time"),
             time_value(text, hours, amount, "hour", "duration")]
    docking = times_of(nlp, text, times, "Docking")
    assert len(docking) == 1 and docking[0] is not None and docking[0].startswith(expected)


@pytest.mark.parametrize("text,surface,value,precision,expected", [
    # a month or a year holds both: the launch a day or two before the arrival
    ("Soyuz MS-16 arrived at the International Space Station last month after launching from the Baikonur "
     "Cosmodrome.", "last month", "2020-09", "month", "2020-09"),
    # a day does not: the launch may be the day before
    ("Soyuz MS-16 arrived at the International Space Station on 2 October after launching from the Baikonur "
     "Cosmodrome.", "2 October", "2020-10-02", "day", None),
])
def test_events_time_launch_before_an_arrival_shares_a_coarse_time(nlp, text, surface, value, precision,
                                                                   expected):
    times = [time_value(text, surface, value, precision)]
    assert times_of(nlp, text, times, "Launch") == [expected]


@pytest.mark.parametrize("text,surface", [
    ("Jessica Meir and Christina Koch ventured outside again for their third spacewalk on 18 October.",
     "18 October"),
    ("On 18 October, Jessica Meir and Christina Koch conducted a spacewalk, going outside to replace a battery.",
     "18 October"),
])
def test_events_time_words_of_one_spacewalk_share_its_time(nlp, text, surface):
    times = [time_value(text, surface, "2020-10-18")]
    assert set(times_of(nlp, text, times, "Spacewalk")) == {"2020-10-18"}


@pytest.mark.parametrize("text,surface,value,precision,kind,expected", [
    # the day a spacewalk ended is its day
    ("Jessica Meir and Christina Koch have completed their third spacewalk. The pair returned to the "
     "airlock on Friday after seven hours outside.", "Friday", "2020-10-23", "day", "date", "2020-10-23"),
    # its end clock is not its start
    ("Jessica Meir and Christina Koch have completed their third spacewalk. The pair returned to the "
     "airlock at 3:40 p.m. EDT.", "3:40 p.m. EDT", "2020-10-23T19:40:00Z", "minute", "time", None),
    # ... but not a return to space
    ("Jessica Meir and Christina Koch have completed their third spacewalk. Koch returned to space on "
     "Friday aboard a Soyuz.", "Friday", "2020-10-23", "day", "date", None),
    # a verb of a docking's moment gives an undated docking its day
    ("Cygnus NG-20 arrived at the International Space Station this week. Chris Cassidy grabbed the "
     "freighter with the robotic arm on Friday.", "Friday", "2020-10-23", "day", "date", "2020-10-23"),
    # ... not one of something else
    ("Cygnus NG-20 arrived at the International Space Station this week. Chris Cassidy installed a new "
     "battery on Friday.", "Friday", "2020-10-23", "day", "date", None),
])
def test_events_time_day_of_a_neighbouring_moment(nlp, text, surface, value, precision, kind, expected):
    times = [time_value(text, surface, value, precision, kind)]
    event_type = "Spacewalk" if "spacewalk" in text else "Docking"
    assert times_of(nlp, text, times, event_type) == [expected]


@pytest.mark.parametrize("text,clock,value", [
    ("Soyuz MS-16 lifted off from the Baikonur Cosmodrome on 14 October. Soyuz MS-16's liftoff came at "
     "05:45 UTC.", "05:45 UTC", "2020-10-14T05:45:00Z"),
    # the clock of an evening in the Americas falls on the next UTC day
    ("Soyuz MS-16 lifted off from the Baikonur Cosmodrome on 14 October. Soyuz MS-16's liftoff came at "
     "10:53 p.m. EDT.", "10:53 p.m. EDT", "2020-10-15T02:53:00Z"),
])
def test_events_time_a_twin_mention_gives_the_clock_of_the_day(nlp, text, clock, value):
    times = [time_value(text, "14 October", "2020-10-14"), time_value(text, clock, value, "minute", "time")]
    assert set(times_of(nlp, text, times, "Launch")) == {value}


@pytest.mark.parametrize("text,hours,expected", [
    ("Soyuz MS-16 reached the International Space Station three hours after liftoff. The launch took place "
     "at 05:45 UTC on 14 October.", "three hours", "2020-10-14T08:45"),
])
def test_events_time_duration_after_a_trigger_dated_in_another_sentence(nlp, text, hours, expected):
    times = [time_value(text, hours, "PT3H", "hour", "duration"),
             time_value(text, "05:45 UTC on 14 October", "2020-10-14T05:45:00Z", "minute", "time")]
    docking = times_of(nlp, text, times, "Docking")
    assert len(docking) == 1 and docking[0] is not None and docking[0].startswith(expected)
