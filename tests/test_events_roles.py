"""Roles of events: spacecraft, crew (also from the next sentence and from anaphors), stations, sites,
commanders and aggregate counts, filled from the dependency parse and the entities."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

CREW_ENTITIES = [
    ("Samantha Cristoforetti", "Astronaut", "samantha-cristoforetti"),
    ("Samantha", "Astronaut", "samantha-cristoforetti"),
    ("Kjell Lindgren", "Astronaut", "kjell-lindgren"),
    ("Bob Hines", "Astronaut", "bob-hines"),
    ("Oleg Artemyev", "Astronaut", "oleg-artemyev"),
    ("Soyuz MS-21", "Spacecraft", "soyuz-ms-21"),
    ("Crew Dragon Freedom", "Spacecraft", "crew-dragon-freedom"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Station", "SpaceStation", "international-space-station"),
    ("Atlantic Ocean", "Place", "atlantic-ocean"),
    ("Kennedy Space Center", "Place", "kennedy-space-center"),
]


def events_of(nlp, text, entities=CREW_ENTITIES, times=(), published=date(2022, 10, 15)):
    return run_events(nlp, annotate(nlp, text, entities, list(times), published))._.events


@pytest.mark.parametrize("text", [
    "ESA astronaut Samantha Cristoforetti splashed down in the Atlantic Ocean after five months on the "
    "International Space Station. Samantha came home in the Crew Dragon Freedom spacecraft together with "
    "Kjell Lindgren and Bob Hines.",
])
def test_events_roles_crew_named_in_next_sentence_joins_one_landing(nlp, text):
    events = events_of(nlp, text)
    assert [e.type for e in events] == ["Landing"]
    landing = events[0]
    assert landing.spacecraft == "crew-dragon-freedom"
    assert set(landing.participants) == {"samantha-cristoforetti", "kjell-lindgren", "bob-hines"}
    assert landing.place == "atlantic-ocean"
    assert landing.from_ == "international-space-station"
    assert len(landing.evidence) == 2


@pytest.mark.parametrize("text,outgoing,incoming", [
    ("Samantha Cristoforetti commanded the International Space Station. Before her departure, she handed "
     "command over to Oleg Artemyev in a short ceremony.", "samantha-cristoforetti", "oleg-artemyev"),
    ("Oleg Artemyev took command of the Station from Samantha Cristoforetti.", "samantha-cristoforetti",
     "oleg-artemyev"),
    ("Oleg Artemyev became commander of the International Space Station, taking over from Samantha "
     "Cristoforetti.", "samantha-cristoforetti", "oleg-artemyev"),
    ("On the International Space Station, Samantha Cristoforetti handed over to Oleg Artemyev.",
     "samantha-cristoforetti", "oleg-artemyev"),
])
def test_events_roles_change_of_command_commanders(nlp, text, outgoing, incoming):
    events = [e for e in events_of(nlp, text) if e.type == "ChangeOfCommand"]
    assert len(events) == 1
    assert (events[0].from_, events[0].to) == (outgoing, incoming)
    assert events[0].place == "international-space-station"


@pytest.mark.parametrize("text,count", [
    ("During her mission Samantha also performed three spacewalks to service the robotic arm.", 3),
    ("Kjell Lindgren conducted a spacewalk outside the Station.", None),
])
def test_events_roles_spacewalk_participants_and_count(nlp, text, count):
    events = events_of(nlp, text)
    assert [e.type for e in events] == ["Spacewalk"]
    assert events[0].participants in (["samantha-cristoforetti"], ["kjell-lindgren"])
    assert events[0].count == count


@pytest.mark.parametrize("text", [
    "Undocking of the Soyuz MS-21 from the International Space Station on 29 September 2022.",
])
def test_events_roles_nominal_trigger_takes_of_and_from(nlp, text):
    times = [time_value(text, "29 September 2022", "2022-09-29")]
    events = events_of(nlp, text, times=times)
    assert len(events) == 1
    assert (events[0].type, events[0].spacecraft, events[0].from_) == (
        "Undocking", "soyuz-ms-21", "international-space-station")
    assert events[0].time.value == "2022-09-29"


@pytest.mark.parametrize("text,expected_crew", [
    ("Kjell Lindgren, Bob Hines and Oleg Artemyev boarded the Soyuz MS-21. The trio launched from the "
     "Kennedy Space Center in the morning.", {"kjell-lindgren", "bob-hines", "oleg-artemyev"}),
    ("Bob Hines checked the Soyuz MS-21 once more. Then he launched from the Kennedy Space Center.",
     {"bob-hines"}),
])
def test_events_roles_anaphoric_crew_resolved(nlp, text, expected_crew):
    events = [e for e in events_of(nlp, text) if e.type == "Launch"]
    assert len(events) == 1
    assert set(events[0].participants) == expected_crew
    assert events[0].place == "kennedy-space-center"


@pytest.mark.parametrize("text", [
    "The Soyuz MS-21 docking port was inspected.",
    "Engineers visited the landing site near the Kennedy Space Center.",
    "NASA launched a new website about the International Space Station.",
])
def test_events_roles_modifiers_and_roleless_mentions_are_not_events(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("ESA astronaut Samantha Cristoforetti and NASA astronaut Kjell Lindgren completed a spacewalk.",
     {"samantha-cristoforetti", "kjell-lindgren"}),
    ("Kjell Lindgren, Bob Hines and cosmonaut Oleg Artemyev completed a spacewalk.",
     {"kjell-lindgren", "bob-hines", "oleg-artemyev"}),
])
def test_events_roles_coordinated_walkers_all_found(nlp, text, expected):
    events = [e for e in events_of(nlp, text) if e.type == "Spacewalk"]
    assert len(events) == 1
    assert set(events[0].participants) == expected


@pytest.mark.parametrize("text,role,expected", [
    ("Samantha Cristoforetti works on the International Space Station. The Soyuz MS-21 docked to the station "
     "on Friday.", "to", "international-space-station"),
    ("Samantha Cristoforetti works on the International Space Station. The Soyuz MS-21 landed in the "
     "Atlantic Ocean.", "from_", "international-space-station"),
])
def test_events_roles_station_named_earlier(nlp, text, role, expected):
    events = [e for e in events_of(nlp, text) if e.spacecraft == "soyuz-ms-21"]
    assert len(events) == 1
    assert getattr(events[0], role) == expected


@pytest.mark.parametrize("text", [
    "The Soyuz MS-21 spacecraft carrying Kjell Lindgren and Bob Hines lifted off from the Kennedy Space "
    "Center. The Soyuz MS-21 docked to the International Space Station six hours later.",
])
def test_events_roles_crew_of_a_spacecraft_shared_by_its_events(nlp, text):
    events = {e.type: e for e in events_of(nlp, text)}
    assert set(events["Docking"].participants) == {"kjell-lindgren", "bob-hines"}


@pytest.mark.parametrize("text", [
    "The uncrewed Soyuz MS-21 docked to the International Space Station. Kjell Lindgren and Bob Hines "
    "boarded the Soyuz MS-21 with their bags.",
])
def test_events_roles_uncrewed_vehicle_gets_no_crew(nlp, text):
    events = {e.type: e for e in events_of(nlp, text)}
    assert events["Docking"].participants == []


MISSION_ENTITIES = CREW_ENTITIES + [("Crew-4", "Mission", "crew-4"), ("Progress 81", "Spacecraft", "progress-81")]


@pytest.mark.parametrize("text,expected", [
    # the mission's craft is the one a sentence names with it
    ("The Crew-4 mission flew aboard the Crew Dragon Freedom. Crew-4 docked to the International Space "
     "Station on Friday.", "crew-dragon-freedom"),
    # a craft merely named nearby is not the mission's: without its craft the docking is not emitted
    ("Progress 81 carried cargo to the International Space Station. Crew-4 docked to the International "
     "Space Station on Friday.", None),
])
def test_events_roles_mission_names_its_spacecraft(nlp, text, expected):
    events = [e for e in events_of(nlp, text, entities=MISSION_ENTITIES) if e.type == "Docking"]
    if expected is None:
        assert events == []
        return
    assert len(events) == 1
    assert events[0].mission == "crew-4"
    assert events[0].spacecraft == expected


@pytest.mark.parametrize("text", [
    "The Soyuz MS-21 docked to the International Space Station. Japan's SLIM lander landed on the Moon.",
    "The Soyuz MS-21 docked to the International Space Station. The Starliner capsule landed on Friday.",
])
def test_events_roles_unrecognised_named_vehicle_is_not_guessed(nlp, text):
    landings = [e for e in events_of(nlp, text) if e.type == "Landing"]
    assert all(e.spacecraft != "soyuz-ms-21" for e in landings)


@pytest.mark.parametrize("text", [
    "The Soyuz MS-21 lifted off on Saturday. The spacecraft docked to the International Space Station.",
])
def test_events_roles_craft_anaphor_resolved(nlp, text):
    docking = [e for e in events_of(nlp, text) if e.type == "Docking"]
    assert [e.spacecraft for e in docking] == ["soyuz-ms-21"]


@pytest.mark.parametrize("text", [
    "Kjell Lindgren made more than 300 aircraft carrier landings as a naval aviator.",
    "The Soyuz MS-21 docked to the International Space Station. Engineers prepared for the launch of SLS.",
    "Kjell Lindgren and Bob Hines walk out of the building.",
])
def test_events_roles_no_event_without_its_vehicle_or_sense(nlp, text):
    events = events_of(nlp, text)
    assert [e for e in events if e.type in ("Launch", "Landing", "Spacewalk")] == []


@pytest.mark.parametrize("text", [
    "The Soyuz MS-21 capsule carrying Kjell Lindgren and Bob Hines landed in the Atlantic Ocean.",
])
def test_events_roles_crew_carried_by_the_subject(nlp, text):
    events = events_of(nlp, text)
    assert [e.type for e in events] == ["Landing"]
    assert set(events[0].participants) == {"kjell-lindgren", "bob-hines"}


@pytest.mark.parametrize("text", [
    "Kjell Lindgren, Bob Hines and Oleg Artemyev trained for months. The Crew-4 crew launched from the "
    "Kennedy Space Center aboard Crew Dragon Freedom.",
])
def test_events_roles_crew_noun_with_a_mission_still_resolved(nlp, text):
    events = [e for e in events_of(nlp, text, entities=MISSION_ENTITIES) if e.type == "Launch"]
    assert len(events) == 1
    assert set(events[0].participants) == {"kjell-lindgren", "bob-hines", "oleg-artemyev"}


@pytest.mark.parametrize("text", [
    "Kjell Lindgren launched aboard the Soyuz MS-21 on 1 March 2020. Bob Hines launched aboard the "
    "Soyuz MS-21 on 1 March 2022.",
])
def test_events_roles_crews_of_different_flights_kept_apart(nlp, text):
    times = [time_value(text, "1 March 2020", "2020-03-01"), time_value(text, "1 March 2022", "2022-03-01")]
    launches = sorted(events_of(nlp, text, times=times), key=lambda e: e.time.value)
    assert [e.participants for e in launches] == [["kjell-lindgren"], ["bob-hines"]]
