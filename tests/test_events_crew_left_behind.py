"""A craft that leaves "without" its crew flew empty: its undocking and landing take none of the people it
launched with, while the return those people make in another craft ("who will return on Crew Dragon")
keeps them."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Starliner", "Spacecraft", "starliner"),
    ("Crew Dragon", "Spacecraft", "crew-dragon"),
    ("Butch Wilmore", "Astronaut", "barry-wilmore"),
    ("Suni Williams", "Astronaut", "sunita-williams"),
    ("Wilmore", "Astronaut", "barry-wilmore"),
    ("Williams", "Astronaut", "sunita-williams"),
]
CREW = {"barry-wilmore", "sunita-williams"}


def events_of(nlp, text):
    return run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 9, 1)))._.events


@pytest.mark.parametrize("text, event_type", [
    ("Starliner launched on Wednesday with Butch Wilmore and Suni Williams aboard. Starliner undocked from "
     "the station on Friday without Wilmore and Williams.", "Undocking"),
    ("Starliner launched on Wednesday with Butch Wilmore and Suni Williams aboard. Starliner landed in the "
     "desert on Saturday without Wilmore and Williams.", "Landing"),
])
def test_events_crew_left_behind_not_aboard_the_return(nlp, text, event_type):
    events = events_of(nlp, text)
    launch = next(e for e in events if e.type == "Launch")
    returned = [e for e in events if e.type == event_type and e.spacecraft == "starliner"]
    assert set(launch.participants) == CREW
    assert len(returned) == 1 and returned[0].participants == []


def test_events_crew_left_behind_keep_their_own_return(nlp):
    text = ("Starliner launched on Wednesday with Butch Wilmore and Suni Williams aboard. Starliner undocked "
            "on Friday without Wilmore and Williams, who will return on Crew Dragon in February.")
    events = events_of(nlp, text)
    landing = next(e for e in events if e.type == "Landing")
    assert landing.spacecraft == "crew-dragon"
    assert set(landing.participants) == CREW
