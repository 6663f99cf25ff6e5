"""A crew introduced by its leader and role titles ("Commander X leads the crew, with pilot Y and mission
specialists Z and W", "The STS-130 crew was led by X. With him flew ...") is aboard the craft the text is
about; a station's crew, or a sentence naming another vehicle, puts no one aboard."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Crew Dragon Grace", "Spacecraft", "crew-dragon-grace"),
    ("Endeavour", "Spacecraft", "space-shuttle-endeavour"),
    ("Soyuz MS-27", "Spacecraft", "soyuz-ms-27"),
    ("International Space Station", "SpaceStation", "iss"),
    ("STS-130", "Mission", "sts-130"),
    ("Ann Walker", "Astronaut", "ann-walker"),
    ("Ben Ortiz", "Astronaut", "ben-ortiz"),
    ("Cem Aydin", "Astronaut", "cem-aydin"),
    ("Dora Lund", "Astronaut", "dora-lund"),
    ("Eli Sato", "Astronaut", "eli-sato"),
    ("Italy", "Place", "italy"),
    ("Turkey", "Place", "turkey"),
    ("Sweden", "Place", "sweden"),
]


def launch_of(nlp, text: str, craft: str):
    events = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2025, 7, 1)))._.events
    launches = [e for e in events if e.type == "Launch" and e.spacecraft == craft]
    assert len(launches) == 1, events
    return launches[0]


@pytest.mark.parametrize("text, craft, crew", [
    ("Crew Dragon Grace lifted off from Florida. Commander Ann Walker, a former NASA astronaut, leads the "
     "crew, with pilot Ben Ortiz of Italy and mission specialists Cem Aydin of Turkey and Dora Lund of Sweden.",
     "crew-dragon-grace", {"ann-walker", "ben-ortiz", "cem-aydin", "dora-lund"}),
    ("Endeavour lifted off before dawn. The STS-130 crew was led by Ann Walker. With him flew pilot Ben "
     "Ortiz, mission specialists Cem Aydin, Dora Lund and Eli Sato.",
     "space-shuttle-endeavour", {"ann-walker", "ben-ortiz", "cem-aydin", "dora-lund", "eli-sato"}),
    ("Soyuz MS-27 launched from Baikonur. Ann Walker commands the crew, with flight engineers Ben Ortiz and "
     "Cem Aydin.",
     "soyuz-ms-27", {"ann-walker", "ben-ortiz", "cem-aydin"}),
    ("Endeavour lifted off before dawn. The STS-130 crew, led by commander Ann Walker, includes pilot Ben "
     "Ortiz and mission specialists Cem Aydin and Dora Lund.",
     "space-shuttle-endeavour", {"ann-walker", "ben-ortiz", "cem-aydin", "dora-lund"}),
    ("Crew Dragon Grace lifted off from Florida. Leading the crew is Ann Walker. Joining her are pilot Ben "
     "Ortiz and mission specialist Cem Aydin.",
     "crew-dragon-grace", {"ann-walker", "ben-ortiz", "cem-aydin"}),
    ("Soyuz MS-27 launched from Baikonur. Ann Walker flies as commander, with Ben Ortiz as flight engineer "
     "and Cem Aydin as spaceflight participant.",
     "soyuz-ms-27", {"ann-walker", "ben-ortiz", "cem-aydin"}),
])
def test_events_participants_led_crew_is_aboard(nlp, text, craft, crew):
    assert set(launch_of(nlp, text, craft).participants) >= crew


@pytest.mark.parametrize("text, craft, outsiders", [
    # a station's crew is not the launch's
    ("Soyuz MS-27 launched from Baikonur. Ann Walker leads the crew of the International Space Station, "
     "with Ben Ortiz and Cem Aydin.", "soyuz-ms-27", {"ann-walker", "ben-ortiz", "cem-aydin"}),
    # leading something other than a crew
    ("Crew Dragon Grace lifted off from Florida. Ann Walker led the study, with Ben Ortiz and Cem Aydin.",
     "crew-dragon-grace", {"ann-walker", "ben-ortiz", "cem-aydin"}),
    # the sentence names another vehicle
    ("Crew Dragon Grace lifted off from Florida. Ann Walker led the crew of Endeavour, with Ben Ortiz and "
     "Cem Aydin.", "crew-dragon-grace", {"ann-walker", "ben-ortiz", "cem-aydin"}),
    # a crew led to another place, in a sentence naming the station
    ("Crew Dragon Grace lifted off from Florida. The station crew, led by Ann Walker, includes Ben Ortiz and "
     "Cem Aydin.", "crew-dragon-grace", {"ann-walker", "ben-ortiz", "cem-aydin"}),
    # a role on the station, not on the craft
    ("Soyuz MS-27 launched from Baikonur. Ann Walker serves as commander of the International Space "
     "Station, with Ben Ortiz and Cem Aydin as flight engineers.", "soyuz-ms-27",
     {"ann-walker", "ben-ortiz", "cem-aydin"}),
])
def test_events_participants_led_crew_not_aboard(nlp, text, craft, outsiders):
    assert not set(launch_of(nlp, text, craft).participants) & outsiders
