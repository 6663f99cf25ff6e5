"""Vehicle events (launch, docking, undocking, landing) belong to a spacecraft: found in the context the
article gives, or not emitted; conjoined verbs of one subject each make their own event."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Loral O'Hara", "Astronaut", "loral-o-hara"),
    ("Oleg Novitskiy", "Astronaut", "oleg-novitskiy"),
    ("O'Hara", "Astronaut", "loral-o-hara"),
    ("Novitskiy", "Astronaut", "oleg-novitskiy"),
    ("Soyuz MS-24", "Spacecraft", "soyuz-ms-24"),
    ("Space Shuttle Atlantis", "Spacecraft", "space-shuttle-atlantis"),
    ("Space Shuttle Columbia", "Spacecraft", "space-shuttle-columbia"),
    ("Crew Dragon Endurance", "Spacecraft", "crew-dragon-endurance"),
    ("Crew-7", "Mission", "crew-7"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Kennedy Space Center", "Place", "kennedy-space-center"),
]


def events_of(nlp, text, times=(), published=date(2024, 5, 20)):
    return run_events(nlp, annotate(nlp, text, ENTITIES, list(times), published))._.events


@pytest.mark.parametrize("text", [
    "Loral O'Hara and Oleg Novitskiy launched aboard the Soyuz MS-24 last September. The pair landed in "
    "Kazakhstan on Saturday.",
    "Loral O'Hara and Oleg Novitskiy rode the Soyuz MS-24 to orbit, the capsule carrying them in September. "
    "After six months in space, O'Hara and Novitskiy landed on Saturday.",
])
def test_events_vehicle_crew_spacecraft_named_elsewhere(nlp, text):
    landings = [e for e in events_of(nlp, text) if e.type == "Landing"]
    assert len(landings) == 1
    assert landings[0].spacecraft == "soyuz-ms-24"


@pytest.mark.parametrize("text", [
    "Loral O'Hara landed in Kazakhstan on Saturday.",
    "The crew is scheduled to undock from the International Space Station next week.",
    "A rocket lifted off from Kennedy Space Center on Friday.",
])
def test_events_vehicle_without_a_spacecraft_not_emitted(nlp, text):
    events = events_of(nlp, text)
    assert [e for e in events if e.type in ("Launch", "Docking", "Undocking", "Landing")] == []


@pytest.mark.parametrize("text", [
    "Crew-7 launched to the International Space Station aboard Crew Dragon Endurance in August. "
    "Crew-7 undocked on Monday.",
])
def test_events_vehicle_mission_names_its_spacecraft(nlp, text):
    undockings = [e for e in events_of(nlp, text) if e.type == "Undocking"]
    assert len(undockings) == 1
    assert undockings[0].spacecraft == "crew-dragon-endurance"


@pytest.mark.parametrize("text,verb_times", [
    ("Space Shuttle Atlantis lifted off from Kennedy Space Center on July 8, 2011, docked with the "
     "International Space Station on July 10, undocked on July 19 and glided to a landing at the Shuttle "
     "Landing Facility on July 21.",
     {"Launch": ("July 8, 2011", "2011-07-08"), "Docking": ("July 10", "2011-07-10"),
      "Undocking": ("July 19", "2011-07-19"), "Landing": ("July 21", "2011-07-21")}),
    ("Space Shuttle Atlantis blasted off on July 8, 2011, reached the International Space Station on "
     "July 10, and touched down at Kennedy Space Center on July 21.",
     {"Launch": ("July 8, 2011", "2011-07-08"), "Docking": ("July 10", "2011-07-10"),
      "Landing": ("July 21", "2011-07-21")}),
])
def test_events_vehicle_conjoined_verbs_share_the_subject(nlp, text, verb_times):
    times = [time_value(text, surface, value) for surface, value in verb_times.values()]
    events = {e.type: e for e in events_of(nlp, text, times)}
    assert set(events) == set(verb_times)
    for event_type, (_, value) in verb_times.items():
        assert events[event_type].spacecraft == "space-shuttle-atlantis"
        assert events[event_type].time is not None and events[event_type].time.value == value


@pytest.mark.parametrize("text,is_launch", [
    ("Space Shuttle Columbia first flew in April 1981.", True),
    ("Space Shuttle Columbia flew for the first time in April 1981.", True),
    ("Space Shuttle Columbia flew past the International Space Station in April 1981.", False),
    ("Space Shuttle Columbia's maiden flight lifted off in April 1981.", True),
    # a flight is not always a launch (atmospheric and test flights)
    ("Space Shuttle Columbia completed a flight of six days in April 1981.", False),
])
def test_events_vehicle_first_flight_is_a_launch(nlp, text, is_launch):
    times = [time_value(text, "April 1981", "1981-04", precision="month")]
    launches = [e for e in events_of(nlp, text, times) if e.type == "Launch"]
    assert bool(launches) is is_launch
    if is_launch:
        assert launches[0].spacecraft == "space-shuttle-columbia"
        assert launches[0].time.value == "1981-04"


@pytest.mark.parametrize("text,expected_planned_landings", [
    # the crew's return is told, not the craft's: no planned landing of the craft they arrived in
    ("Loral O'Hara and Oleg Novitskiy launched aboard the Soyuz MS-24 on Friday. Novitskiy will return to "
     "Earth next spring.", 0),
    # the craft's own return is told
    ("Loral O'Hara and Oleg Novitskiy launched aboard the Soyuz MS-24 on Friday. The Soyuz MS-24 will "
     "return to Earth next spring.", 1),
])
def test_events_vehicle_planned_landing_needs_its_craft_told(nlp, text, expected_planned_landings):
    planned = [e for e in events_of(nlp, text) if e.type == "Landing" and e.status == "planned"]
    assert len(planned) == expected_planned_landings


@pytest.mark.parametrize("text,event_type", [
    ("Soyuz MS-24 backed away from the International Space Station on April 6.", "Undocking"),
    ("Crew Dragon Endurance pulled away from the International Space Station on March 11.", "Undocking"),
    ("Soyuz MS-24 separated from the International Space Station on April 6 and began its descent.",
     "Undocking"),
    # an aborted launch does not unassert the emergency landing told in its own clause
    ("The launch was aborted two minutes after liftoff, and the Soyuz MS-24 capsule made a ballistic "
     "descent, landing safely in Kazakhstan.", "Landing"),
])
def test_events_vehicle_departure_and_landing_phrasings(nlp, text, event_type):
    events = [e for e in events_of(nlp, text) if e.type == event_type]
    assert len(events) == 1
    assert events[0].status == "occurred"
    assert events[0].spacecraft in ("soyuz-ms-24", "crew-dragon-endurance")


@pytest.mark.parametrize("text", [
    "The capsule separated from the rocket's upper stage twelve minutes after liftoff.",
    "Soyuz MS-24 pulled away from the launch pad tower.",
])
def test_events_vehicle_separation_without_a_station_is_no_undocking(nlp, text):
    assert [e for e in events_of(nlp, text) if e.type == "Undocking"] == []


@pytest.mark.parametrize("text,expected", [
    ("Crew Dragon Endurance carried Crew-7 to the International Space Station in August. Loral O'Hara "
     "greeted the crew of Crew Dragon Endurance. The crew conducted hundreds of experiments. They also "
     "welcomed two cargo ships. Finally, the spacecraft undocked on March 11.", "crew-dragon-endurance"),
    # a vehicle named once in passing, paragraphs before, is not what "the spacecraft" means
    ("The mission reuses a design first flown on Crew Dragon Endurance. Loral O'Hara reviewed the plans. "
     "The team conducted hundreds of tests. They also welcomed two visitors. Finally, the spacecraft "
     "undocked on March 11.", None),
])
def test_events_vehicle_craft_noun_refers_back_over_a_paragraph(nlp, text, expected):
    undockings = [e for e in events_of(nlp, text) if e.type == "Undocking"]
    assert [e.spacecraft for e in undockings] == ([expected] if expected else [])


@pytest.mark.parametrize("text,expected", [
    # a career: the crew's craft of another flight is not this landing's
    ("Crew Dragon Endurance and Space Shuttle Atlantis are on display. Loral O'Hara launched aboard the "
     "Soyuz MS-24 in 2023. She trained for years. She studied Russian. She learned to fly jets. "
     "Years earlier, O'Hara landed on 6 April 2014.", None),
    # dates within one flight link the crew's craft
    ("Crew Dragon Endurance and Space Shuttle Atlantis are on display. Loral O'Hara launched aboard the "
     "Soyuz MS-24 on 15 September 2023. She trained for years. She studied Russian. She learned to fly jets. "
     "O'Hara landed on 6 April 2024.", "soyuz-ms-24"),
])
def test_events_vehicle_crew_craft_only_within_one_flight(nlp, text, expected):
    times = [time_value(text, surface, value) for surface, value in
             (("6 April 2014", "2014-04-06"), ("6 April 2024", "2024-04-06"), ("15 September 2023", "2023-09-15"))
             if surface in text]
    landings = [e for e in events_of(nlp, text, times) if e.type == "Landing"]
    assert [e.spacecraft for e in landings] == ([expected] if expected else [])


@pytest.mark.parametrize("text", [
    "In 2011, Space Shuttle Atlantis lifted off on July 8, docked two days later and landed on July 21, "
    "closing the shuttle program.",
])
def test_events_vehicle_loosely_chained_verbs_share_the_subject(nlp, text):
    times = [time_value(text, "July 8", "2011-07-08"), time_value(text, "two days", "P2D", "day", "duration"),
             time_value(text, "July 21", "2011-07-21")]
    events = {e.type: e for e in events_of(nlp, text, times)}
    assert set(events) == {"Launch", "Docking", "Landing"}
    assert {e.spacecraft for e in events.values()} == {"space-shuttle-atlantis"}
    assert events["Launch"].time.value == "2011-07-08"
    assert events["Docking"].time.value == "2011-07-10"
    assert events["Landing"].time.value == "2011-07-21"


@pytest.mark.parametrize("text, craft", [
    ("The crew of Soyuz MS-24 will stay for six months. Oleg Novitskiy and Loral O'Hara are due to return to "
     "Earth aboard Crew Dragon Endurance on Friday. Its descent capsule will land off Florida.",
     "crew-dragon-endurance"),
])
def test_events_vehicle_its_part_refers_to_the_craft_just_named(nlp, text, craft):
    landings = [e for e in events_of(nlp, text) if e.type == "Landing"]
    assert [e.spacecraft for e in landings] == [craft]


@pytest.mark.parametrize("text, landings", [
    ("The Soyuz MS-24 capsule came down under its parachute near Zhezkazgan on Saturday.", 1),
    ("The Soyuz MS-24 is a fine vehicle. It all comes down to careful engineering.", 0),
])
def test_events_vehicle_come_down(nlp, text, landings):
    assert len([e for e in events_of(nlp, text) if e.type == "Landing"]) == landings
