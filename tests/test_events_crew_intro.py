"""A crew introduced by its commander and a 'He is joined by' sentence; a launch told of its rocket.

Invented article: the rocket lifts off, the capsule on top is named in the next sentence, and the crew
is given as "X commands the Crew-11 mission. She is joined by Y, Z and W."
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import make_doc
from pipeline.model import Article

ROCKET_AND_CREW = """SpaceX launches four astronauts

A Falcon 9 rocket lifted off from Kennedy Space Center at 2:10 a.m. EDT on Monday. The capsule on top, called Endurance, is flying for the sixth time.

NASA's Zena Cardman commands the Crew-11 mission. She is joined by NASA's Mike Fincke and by Kimiya Yui and cosmonaut Oleg Platonov.

Endurance is due to dock with the station on Tuesday.
"""

EXPEDITION = """Soyuz MS-40 docks with station

The Soyuz MS-40 spacecraft docked with the International Space Station on Thursday.

Oleg Kononenko commands Expedition 90. He is joined by Nikolai Chub and Tracy Dyson.
"""

CREW = {"zena-cardman", "michael-fincke", "kimiya-yui", "oleg-platonov"}


@pytest.fixture(scope="module")
def events(nlp):
    def extract(text: str):
        return nlp(make_doc(nlp, Article(id="crew-intro-test", text=text, published=date(2025, 11, 1))))._.events
    return extract


@pytest.mark.parametrize("event_type", ["Launch", "Docking"])
def test_commander_and_joined_crew_aboard(events, event_type):
    found = [e for e in events(ROCKET_AND_CREW) if e.type == event_type]
    assert len(found) == 1 and set(found[0].participants) == CREW


def test_rocket_launch_is_the_lead_flights(events):
    launches = [e for e in events(ROCKET_AND_CREW) if e.type == "Launch"]
    assert [e.spacecraft for e in launches] == ["crew-dragon-endurance"]


def test_expedition_commander_is_no_flight_crew(events):
    docking = next(e for e in events(EXPEDITION) if e.type == "Docking")
    assert "oleg-kononenko" not in docking.participants
