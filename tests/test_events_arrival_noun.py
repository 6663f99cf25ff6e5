"""A crew's "arrival aboard" a named craft is its docking; an arrival at a launch site is none. "Their"
in "the Crew-1 astronauts settled in after their arrival" is that mission's crew, not the people named in
the sentence before."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Crew Dragon Resilience", "Spacecraft", "crew-dragon-resilience"),
    ("Soyuz MS-17", "Spacecraft", "soyuz-ms-17"),
    ("Crew-1", "Mission", "crew-1"),
    ("Kate Rubins", "Astronaut", "kate-rubins"),
    ("Sergey Ryzhikov", "Astronaut", "sergey-ryzhikov"),
    ("Mike Hopkins", "Astronaut", "mike-hopkins"),
    ("Victor Glover", "Astronaut", "victor-glover"),
    ("Kennedy Space Center", "Place", "kennedy-space-center"),
]


def dockings_of(nlp, text):
    doc = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2020, 12, 30)))
    return [e for e in doc._.events if e.type == "Docking"]


@pytest.mark.parametrize("text, crew", [
    ("Soyuz MS-17 reached the station with Kate Rubins and Sergey Ryzhikov aboard. The year closed with the "
     "Crew-1 astronauts settling in after their arrival in November aboard the Crew Dragon Resilience, bringing the "
     "station's crew to seven.", set()),
    ("Soyuz MS-17 reached the station with Kate Rubins and Sergey Ryzhikov aboard. Crew-1 brought Mike Hopkins "
     "and Victor Glover. The Crew-1 astronauts settled into the station after their arrival aboard the Crew "
     "Dragon Resilience.",
     {"mike-hopkins", "victor-glover"}),
])
def test_events_arrival_noun_is_a_docking_of_that_crew(nlp, text, crew):
    resilience = [d for d in dockings_of(nlp, text) if d.spacecraft == "crew-dragon-resilience"]
    assert len(resilience) == 1
    assert set(resilience[0].participants) == crew


@pytest.mark.parametrize("text", [
    "The crew of Crew Dragon Resilience celebrated their arrival at Kennedy Space Center on Monday.",
    "Mike Hopkins and Victor Glover greeted reporters after their arrival at Kennedy Space Center.",
])
def test_events_arrival_at_a_place_is_no_docking(nlp, text):
    assert dockings_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Kate Rubins saw the arrival of eight visiting vehicles during her stay aboard Soyuz MS-17.",
    "Kate Rubins watched the arrivals of Crew Dragon Resilience and Soyuz MS-17.",
])
def test_events_arrival_of_unnamed_vehicles_is_no_docking(nlp, text):
    assert dockings_of(nlp, text) == []


def test_events_arrival_at_a_launch_pad_is_no_docking(nlp):
    text = ("Workers moved the payload to Kennedy Space Center, where it awaited the arrival of Crew Dragon "
            "Resilience.")
    assert dockings_of(nlp, text) == []


def test_events_arrival_of_several_craft_is_no_docking(nlp):
    text = ("While aboard the station, Mike Hopkins will see the arrival of both Crew Dragon Resilience and "
            "Soyuz MS-17.")
    assert dockings_of(nlp, text) == []
