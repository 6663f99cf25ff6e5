"""A spacewalk keeps the minute its start is stated at: a purpose clause dates the walk ("a spacewalk to
repair the spectrometer on Friday"), a verb of its start in a neighbouring sentence gives an undated walk
its clock ("The spacewalk is scheduled to begin at 7:05 a.m. EST", "floated out of the airlock at"), and a
start clock the time stage dated to another day is moved onto the walk's day."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Luca Parmitano", "Astronaut", "luca-parmitano"),
    ("Andrew Morgan", "Astronaut", "andrew-morgan"),
    ("Parmitano", "Astronaut", "luca-parmitano"),
    ("Morgan", "Astronaut", "andrew-morgan"),
    ("Quest", "Spacecraft", "quest"),
]
PUBLISHED = date(2019, 11, 23)


def walk_times(nlp, text, times):
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    return [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == "Spacewalk"]


@pytest.mark.parametrize("text,surface", [
    ("Luca Parmitano and Andrew Morgan conducted a spacewalk to repair the spectrometer on Friday.", "Friday"),
    ("Luca Parmitano and Andrew Morgan will conduct a spacewalk to replace the pump on Friday.", "Friday"),
    ("Luca Parmitano and Andrew Morgan went on a spacewalk to fix the cooling lines on Friday.", "Friday"),
])
def test_events_time_purpose_clause_dates_spacewalk(nlp, text, surface):
    times = [time_value(text, surface, "2019-11-22")]
    assert walk_times(nlp, text, times) == ["2019-11-22"]


def test_events_time_purpose_of_another_verb_does_not_date_spacewalk(nlp):
    """A day in a purpose clause of some other verb ("trained for months to fly on Friday") is not the walk's."""
    text = "Luca Parmitano did a spacewalk. Andrew Morgan trained for months in order to fly on Friday."
    times = [time_value(text, "Friday", "2019-11-22")]
    assert walk_times(nlp, text, times) == [None]


@pytest.mark.parametrize("text,surface,value", [
    ("Luca Parmitano and Andrew Morgan will conduct a spacewalk to repair the spectrometer. The spacewalk is "
     "scheduled to begin at 7:05 a.m. EST.", "7:05 a.m. EST", "2019-11-25T12:05:00Z"),
    ("Luca Parmitano and Andrew Morgan conducted a spacewalk to repair the spectrometer. The two floated out "
     "of the Quest airlock at 6:39 a.m. EST.", "6:39 a.m. EST", "2019-11-22T11:39:00Z"),
    ("Luca Parmitano and Andrew Morgan conducted a spacewalk to repair the spectrometer. The hatch opened at "
     "6:39 a.m. EST.", "6:39 a.m. EST", "2019-11-22T11:39:00Z"),
])
def test_events_time_start_verb_gives_undated_walk_its_clock(nlp, text, surface, value):
    times = [time_value(text, surface, value, "minute", "time")]
    assert walk_times(nlp, text, times) == [value]


def test_events_time_clock_of_unrelated_verb_is_not_taken(nlp):
    """A clock time of a verb that tells of no spacewalk ("the briefing began at") dates nothing."""
    text = ("Luca Parmitano and Andrew Morgan conducted a spacewalk to repair the spectrometer. The news "
            "briefing began at 6:39 a.m. EST in Houston.")
    times = [time_value(text, "6:39 a.m. EST", "2019-11-22T11:39:00Z", "minute", "time")]
    assert walk_times(nlp, text, times) == [None]


@pytest.mark.parametrize("surface,clock,expected", [
    # the time stage dated a bare start clock to the publication day: the walk's stated day wins
    ("6:39 a.m. EST", "2019-11-23T11:39:00Z", "2019-11-22T11:39:00Z"),
    # a clock that lies on the walk's local day in its own zone is left alone (UTC is the day before)
    ("6:10 a.m. (2210 GMT)", "2019-11-21T22:10:00Z", "2019-11-21T22:10:00Z"),
    # so is an evening clock in the Americas (UTC is the day after)
    ("10:05 p.m. EST", "2019-11-23T03:05:00Z", "2019-11-23T03:05:00Z"),
])
def test_events_time_start_clock_moved_onto_walk_day(nlp, surface, clock, expected):
    text = ("Luca Parmitano and Andrew Morgan conducted a spacewalk on Friday. They switched their "
            f"spacesuits to battery power at {surface}.")
    times = [time_value(text, "Friday", "2019-11-22"), time_value(text, surface, clock, "minute", "time")]
    assert walk_times(nlp, text, times) == [expected]
