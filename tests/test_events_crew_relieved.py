"""The crew an arriving craft relieves is not aboard it: "who will take over from X", "they will relieve X"
name the people who stay behind or leave, while the subject of "relieve" is the arriving crew itself."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Crew Dragon Endeavour", "Spacecraft", "crew-dragon-endeavour"),
    ("Matthew Dominick", "Astronaut", "matthew-dominick"),
    ("Michael Barratt", "Astronaut", "michael-barratt"),
    ("Jasmin Moghbeli", "Astronaut", "jasmin-moghbeli"),
    ("Andreas Mogensen", "Astronaut", "andreas-mogensen"),
]
ARRIVING = {"matthew-dominick", "michael-barratt"}


def launch_of(nlp, text):
    events = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 3, 1)))._.events
    launches = [e for e in events if e.type == "Launch"]
    assert len(launches) == 1, launches
    return launches[0]


@pytest.mark.parametrize("text", [
    "Crew Dragon Endeavour launched on Sunday. On board are Matthew Dominick and Michael Barratt, who will "
    "take over from Jasmin Moghbeli and Andreas Mogensen.",
    "Crew Dragon Endeavour launched on Sunday. On board are Matthew Dominick and Michael Barratt, who will "
    "relieve Jasmin Moghbeli and Andreas Mogensen.",
    "Crew Dragon Endeavour lifted off on Sunday carrying Matthew Dominick and Michael Barratt, who will "
    "replace Jasmin Moghbeli and Andreas Mogensen.",
])
def test_events_crew_relieved_people_are_not_aboard_the_arriving_craft(nlp, text):
    launch = launch_of(nlp, text)
    assert launch.spacecraft == "crew-dragon-endeavour"
    assert set(launch.participants) == ARRIVING


def test_events_crew_relieving_subject_stays_aboard(nlp):
    text = ("Crew Dragon Endeavour launched on Sunday. On board are Matthew Dominick and Michael Barratt. "
            "Dominick and Barratt will relieve Jasmin Moghbeli and Andreas Mogensen.")
    assert set(launch_of(nlp, text).participants) == ARRIVING
