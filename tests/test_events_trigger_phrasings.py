"""Trigger coverage beyond the plain verbs: docking "hooked up / linked up with / latched on to" a named
station, a landing that "parachuted onto" a place or "returned aboard" a craft with no other goal; a
noun or an idiom that only looks like one is no event."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Progress MS-27", "Spacecraft", "progress-ms-27"),
    ("Soyuz MS-24", "Spacecraft", "soyuz-ms-24"),
    ("Soyuz MS-23", "Spacecraft", "soyuz-ms-23"),
    ("Cygnus", "Spacecraft", "cygnus"),
    ("Crew Dragon Freedom", "Spacecraft", "crew-dragon-freedom"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Oleg Kononenko", "Astronaut", "oleg-kononenko"),
    ("Sunita Williams", "Astronaut", "sunita-williams"),
    ("Butch Wilmore", "Astronaut", "butch-wilmore"),
    ("Kazakhstan", "Place", "kazakhstan"),
]


def events_of(nlp, text):
    return run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 5, 20)))._.events


@pytest.mark.parametrize("text, craft", [
    ("The Progress MS-27 cargo ship hooked up with the International Space Station on Saturday.", "progress-ms-27"),
    ("The Cygnus spacecraft latched on to the International Space Station early on Tuesday.", "cygnus"),
    ("Soyuz MS-24 linked up with the International Space Station three hours after launch.", "soyuz-ms-24"),
])
def test_events_trigger_docking_phrasal_verbs(nlp, text, craft):
    dockings = [e for e in events_of(nlp, text) if e.type == "Docking"]
    assert [(e.spacecraft, e.to) for e in dockings] == [(craft, "international-space-station")]


@pytest.mark.parametrize("text", [
    "Engineers linked up the two ground stations on Saturday.",
    "The team hooked up a new laptop to the network.",
])
def test_events_trigger_phrasal_verbs_without_a_station_are_no_docking(nlp, text):
    assert [e for e in events_of(nlp, text) if e.type == "Docking"] == []


@pytest.mark.parametrize("text, craft", [
    ("Soyuz MS-24 parachuted onto the steppe of Kazakhstan on Wednesday.", "soyuz-ms-24"),
    ("After a coolant leak, Oleg Kononenko returned on March 28 aboard Soyuz MS-23.", "soyuz-ms-23"),
    ("Sunita Williams and Butch Wilmore returned in Crew Dragon Freedom in March.", "crew-dragon-freedom"),
])
def test_events_trigger_landing_phrasings(nlp, text, craft):
    landings = [e for e in events_of(nlp, text) if e.type == "Landing"]
    assert [e.spacecraft for e in landings] == [craft]


@pytest.mark.parametrize("text", [
    "Oleg Kononenko returned to space aboard Soyuz MS-24 in September.",
    "Sunita Williams returned to the International Space Station aboard Crew Dragon Freedom.",
    "The Soyuz MS-24 was delayed by software errors, parachute problems and a leak.",
])
def test_events_trigger_return_with_a_goal_is_no_landing(nlp, text):
    assert [e for e in events_of(nlp, text) if e.type == "Landing"] == []


@pytest.mark.parametrize("text, craft", [
    ("A Falcon 9 rocket carrying Crew Dragon Freedom lifted off from Kennedy Space Center on Friday.",
     "crew-dragon-freedom"),
    ("The Long March 2F rocket, carrying Soyuz MS-24 and its crew, blasted off on Friday.", "soyuz-ms-24"),
])
def test_events_trigger_rocket_subject_launches_its_payload(nlp, text, craft):
    launches = [e for e in events_of(nlp, text) if e.type == "Launch"]
    assert [e.spacecraft for e in launches] == [craft]


def test_events_trigger_detached_and_bringing_home(nlp):
    events = events_of(nlp, "Crew Dragon Freedom detached from the International Space Station on Monday. "
                            "Soyuz MS-24 landed in Kazakhstan on Tuesday, bringing Oleg Kononenko home.")
    assert [(e.type, e.spacecraft) for e in events] == [("Undocking", "crew-dragon-freedom"),
                                                        ("Landing", "soyuz-ms-24")]
    assert events[1].participants == ["oleg-kononenko"]
