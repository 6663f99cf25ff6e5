"""Look-back launches from one mention: phrasings of a vehicle's launch in a retrospective, and a vehicle
named in a comparison ("after Columbia", "unlike Columbia"), which is no role of the event."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

THINGS = [
    ("Space Shuttle Vigilant", "Spacecraft", "vigilant"),
    ("Vigilant", "Spacecraft", "vigilant"),
    ("Space Shuttle Horizon", "Spacecraft", "horizon"),
    ("Horizon", "Spacecraft", "horizon"),
    ("Ruth Calloway", "Astronaut", "ruth-calloway"),
    ("Deep Field Telescope", "Spacecraft", "deep-field-telescope"),
    ("International Space Station", "SpaceStation", "international-space-station"),
]


def mentions_of(nlp, text: str):
    doc = run_events(nlp, annotate(nlp, text, THINGS, [], date(2024, 5, 1)))
    return [(e.type, e.spacecraft, sorted(e.participants)) for e in doc._.events]


@pytest.mark.parametrize("text,expected", [
    ("Space Shuttle Vigilant flew 30 missions. On its last flight the orbiter thundered off the pad at dawn.",
     ("Launch", "vigilant", [])),
    ("Vigilant also took Ruth Calloway back to orbit in 1999.", ("Launch", "vigilant", ["ruth-calloway"])),
    ("In 1992, Vigilant carried the Deep Field Telescope into orbit.", ("Launch", "vigilant", [])),
])
def test_events_roles_lookback_launch_phrasings(nlp, text, expected):
    assert expected in mentions_of(nlp, text)


@pytest.mark.parametrize("text", [
    "The rocket will carry a weather satellite into orbit.",
    "Ruth Calloway took a camera to orbit.",
])
def test_events_roles_lookback_carrying_needs_a_spacecraft(nlp, text):
    assert [m for m in mentions_of(nlp, text) if m[0] == "Launch"] == []


@pytest.mark.parametrize("text", [
    "Space Shuttle Vigilant waited on the pad for a week. Unlike Horizon, the orbiter lifted off on time.",
    "Space Shuttle Vigilant waited on the pad for a week. It lifted off on time, after Horizon.",
])
def test_events_roles_lookback_compared_vehicle_is_no_role(nlp, text):
    launches = [m for m in mentions_of(nlp, text) if m[0] == "Launch"]
    assert launches == [("Launch", "vigilant", [])]


@pytest.mark.parametrize("text,status", [
    ("Space Shuttle Vigilant is due to catch up with the International Space Station early Tuesday and dock at "
     "the Harmony module.", "planned"),
    ("Space Shuttle Vigilant caught up with the International Space Station early Tuesday and docked at the "
     "Harmony module.", "occurred"),
])
def test_events_roles_lookback_docking_status_of_a_conjoined_infinitive(nlp, text, status):
    doc = run_events(nlp, annotate(nlp, text, THINGS, [], date(2024, 5, 1)))
    assert [e.status for e in doc._.events if e.type == "Docking"] == [status]


@pytest.mark.parametrize("text,expected", [
    ("Space Shuttle Vigilant docked on Monday. Their return to Earth aboard the same spacecraft is planned for "
     "December 9.", [("Landing", "planned", "vigilant")]),
    # no vehicle of its own: a person's return is no landing the mention can tell
    ("Ruth Calloway will serve as commander until shortly before her return to Earth.", []),
])
def test_events_roles_lookback_return_noun(nlp, text, expected):
    doc = run_events(nlp, annotate(nlp, text, THINGS, [], date(2024, 5, 1)))
    assert [(e.type, e.status, e.spacecraft) for e in doc._.events if e.type == "Landing"] == expected


@pytest.mark.parametrize("text,dockings", [
    ("Ruth Calloway made three spacewalks to hook up cables between the International Space Station modules.", 0),
    ("Space Shuttle Vigilant hooked up with the International Space Station on Friday.", 1),
])
def test_events_roles_lookback_hooking_up_cables_is_no_docking(nlp, text, dockings):
    doc = run_events(nlp, annotate(nlp, text, THINGS, [], date(2024, 5, 1)))
    assert len([e for e in doc._.events if e.type == "Docking"]) == dockings


@pytest.mark.parametrize("text,status", [
    ("Ruth Calloway is scheduled to return in June aboard Space Shuttle Vigilant, landing in Florida.", "planned"),
    ("Ruth Calloway returned in June aboard Space Shuttle Vigilant, landing in Florida.", "occurred"),
])
def test_events_roles_lookback_participle_of_a_plan(nlp, text, status):
    doc = run_events(nlp, annotate(nlp, text, THINGS, [], date(2024, 5, 1)))
    assert {e.status for e in doc._.events if e.type == "Landing"} == {status}
