"""Which craft moves: "X docked with Y" docks X to Y (the object is the target), and "in their own
Dragon, Freedom" names the craft Freedom even when the class word was linked to another Dragon."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

THINGS = [
    ("Vigilant", "Spacecraft", "vigilant"),
    ("Horizon 7", "Spacecraft", "horizon-7"),
    ("Endeavour", "Spacecraft", "endeavour"),
    ("Dragon", "Spacecraft", "endeavour"),
    ("Freedom", "Spacecraft", "freedom"),
    ("Ruth Calloway", "Astronaut", "ruth-calloway"),
    ("Omar Haddad", "Astronaut", "omar-haddad"),
    ("International Space Station", "SpaceStation", "international-space-station"),
]


def events_of(nlp, text: str):
    doc = run_events(nlp, annotate(nlp, text, THINGS, [], date(2024, 5, 1)))
    return [(e.type, e.spacecraft, e.from_, e.to) for e in doc._.events]


@pytest.mark.parametrize("text,expected", [
    ("Vigilant docked with Horizon 7 on Tuesday.", ("Docking", "vigilant", None, "horizon-7")),
    ("Horizon 7 lifted off on Monday. A day later, Vigilant docked with Horizon using a new adapter.",
     ("Docking", "vigilant", None, "horizon-7")),
])
def test_events_roles_docking_target_craft(nlp, text, expected):
    assert expected in events_of(nlp, text)


def test_events_roles_craft_named_after_class_word(nlp):
    text = ("Endeavour docked with the International Space Station on Sunday. Ruth Calloway and Omar Haddad "
            "are expected to undock in their own Dragon, Freedom, and splash down off the coast on Tuesday.")
    found = {(kind, craft) for kind, craft, _, _ in events_of(nlp, text)}
    assert ("Undocking", "freedom") in found
    assert ("Undocking", "endeavour") not in found


@pytest.mark.parametrize("text,expected", [
    ("Freedom hit the water off the coast of Florida on Friday.", True),
    ("A piece of foam hit the water near the ship on Friday.", False),  # no craft: no landing
])
def test_events_roles_hit_the_water_landing(nlp, text, expected):
    assert (("Landing", "freedom") in {(kind, craft) for kind, craft, _, _ in events_of(nlp, text)}) is expected
    assert any(kind == "Landing" for kind, *_ in events_of(nlp, text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("Ruth Calloway and Omar Haddad set off from the cosmodrome aboard Vigilant.", True),
    ("A faulty sensor set off an alarm aboard Vigilant.", False),  # transitive: no launch
])
def test_events_roles_set_off_aboard_launch(nlp, text, expected):
    assert (("Launch", "vigilant") in {(kind, craft) for kind, craft, _, _ in events_of(nlp, text)}) is expected
