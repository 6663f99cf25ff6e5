"""Roles told across an article: the launch or landing site over the area around it, crews carried to
the flight a neighbouring sentence is about, and commanders of a handover (all sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events_roles import site_of
from test_events_support import annotate, run_events

THINGS = [
    ("Soyuz MS-90", "Spacecraft", "soyuz-ms-90"),
    ("Crew Dragon Valiant", "Spacecraft", "crew-dragon-valiant"),
    ("Valiant", "Spacecraft", "crew-dragon-valiant"),
    ("Marta Ilves", "Astronaut", "marta-ilves"),
    ("Pavel Dorin", "Astronaut", "pavel-dorin"),
    ("Kenji Arata", "Astronaut", "kenji-arata"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Florida", "Place", "florida"),
    ("Kazakhstan", "Place", "kazakhstan"),
    ("Launch Complex 39A", "Place", "launch-complex-39a"),
    ("Baikonur Cosmodrome", "Place", "baikonur-cosmodrome"),
    ("Gulf of Mexico", "Place", "gulf-of-mexico"),
    ("Pensacola", "Place", "pensacola"),
]


def events_of(nlp, text: str):
    return run_events(nlp, annotate(nlp, text, THINGS, [], date(2025, 3, 1)))._.events


@pytest.mark.parametrize("first,second,expected", [
    ("florida", "launch-complex-39a", "launch-complex-39a"),
    ("launch-complex-39a", "florida", "launch-complex-39a"),
    ("pensacola", "gulf-of-mexico", "gulf-of-mexico"),
    ("kazakhstan", "baikonur-cosmodrome", "baikonur-cosmodrome"),
    ("launch-complex-39a", "baikonur-cosmodrome", "launch-complex-39a"),  # two sites: the first told
    ("florida", "kazakhstan", "florida"),  # two areas: the first told
    (None, "florida", "florida"),
])
def test_events_roles_s4_site_over_area(first, second, expected):
    assert site_of(first, second) == expected


@pytest.mark.parametrize("text,event_type,expected", [
    ("Crew Dragon Valiant lifted off from Florida on Sunday. The spacecraft lifted off from Launch Complex 39A "
     "atop a Falcon 9 rocket.", "Launch", "launch-complex-39a"),
    ("Valiant splashed down off Pensacola on Tuesday. Valiant splashed down in the Gulf of Mexico "
     "shortly after sunrise.", "Landing", "gulf-of-mexico"),
])
def test_events_roles_s4_merged_event_keeps_the_site(nlp, text, event_type, expected):
    places = [e.place for e in events_of(nlp, text) if e.type == event_type]
    assert places == [expected]
