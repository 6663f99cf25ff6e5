"""Crews of vehicle events: a craft's crew reaches its other events, but an event that names its own crew
keeps it, and people the article puts elsewhere (the station's residents, another craft's crew) stay out."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Loral O'Hara", "Astronaut", "loral-o-hara"),
    ("Oleg Novitskiy", "Astronaut", "oleg-novitskiy"),
    ("Tracy Dyson", "Astronaut", "tracy-dyson"),
    ("O'Hara", "Astronaut", "loral-o-hara"),
    ("Novitskiy", "Astronaut", "oleg-novitskiy"),
    ("Dyson", "Astronaut", "tracy-dyson"),
    ("Soyuz MS-24", "Spacecraft", "soyuz-ms-24"),
    ("Soyuz MS-25", "Spacecraft", "soyuz-ms-25"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Crew Dragon Freedom", "Spacecraft", "crew-dragon-freedom"),
    ("Freedom", "Spacecraft", "crew-dragon-freedom"),
    ("Ax-9", "Mission", "ax-9"),
    ("Belarus", "Place", "belarus"),
]


def events_of(nlp, text):
    return run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 5, 20)))._.events


def only(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, event_type, crew", [
    # the sentence after the craft's lists its crew without naming the craft
    ("The Soyuz MS-25 spacecraft lifted off from Baikonur on Friday. On board are cosmonaut Oleg Novitskiy "
     "and NASA astronaut Tracy Dyson.", "Launch", {"oleg-novitskiy", "tracy-dyson"}),
    # a crew that one event names in part grows by the crew the next sentence completes
    ("The Soyuz MS-25 carrying Tracy Dyson lifted off on Friday. Dyson is joined by Oleg Novitskiy and "
     "Loral O'Hara.", "Launch", {"oleg-novitskiy", "tracy-dyson", "loral-o-hara"}),
    # "the <craft> crew of X and Y": only that crew, not the person the sentence also names
    ("Tracy Dyson floated into the station and was welcomed by the Soyuz MS-24 crew of Oleg Novitskiy and "
     "Loral O'Hara. The Soyuz MS-24 landed in Kazakhstan on Saturday.", "Landing",
     {"oleg-novitskiy", "loral-o-hara"}),
    # the station's residents the new crew joins are not aboard the new craft
    ("The Soyuz MS-25 lifted off on Friday with Tracy Dyson aboard. The new arrivals join Loral O'Hara and "
     "Oleg Novitskiy.", "Launch", {"tracy-dyson"}),
    # a crew that flew up together need not come home together: a landing that names its crew keeps it
    ("Loral O'Hara and Oleg Novitskiy landed in the Soyuz MS-24 on Saturday. O'Hara had launched on the "
     "Soyuz MS-24 with Tracy Dyson in September.", "Landing", {"loral-o-hara", "oleg-novitskiy"}),
    # the crew a sentence puts aboard its craft completes the event that sentence tells
    ("Oleg Novitskiy and Loral O'Hara packed their gear on Friday. The two crew members, along with Roscosmos "
     "cosmonaut Tracy Dyson returned aboard the Soyuz MS-24, splashing down at 5:47 a.m. on Saturday.",
     "Landing", {"oleg-novitskiy", "loral-o-hara", "tracy-dyson"}),
    # names the parser left without a verb are the subject of the verb after them
    ("Oleg Novitskiy of Russia, Tracy Dyson of the United States and Loral O'Hara of NASA returned in the Soyuz "
     "MS-24 spacecraft, which had undocked from the orbital outpost three hours earlier.", "Undocking",
     {"oleg-novitskiy", "tracy-dyson", "loral-o-hara"}),
    # the person a conjoined clause with its own subject names is not in the craft's crew
    ("On Monday, Loral O'Hara handed command to Tracy Dyson, and the next day O'Hara and Oleg Novitskiy "
     "undocked in Soyuz MS-24.", "Undocking", {"loral-o-hara", "oleg-novitskiy"}),
])
def test_events_crews_of_a_craft(nlp, text, event_type, crew):
    event = only(events_of(nlp, text), event_type)
    assert set(event.participants) == crew


@pytest.mark.parametrize("text", [
    "Oleg Novitskiy and his crewmate, NASA astronaut Loral O'Hara, are set to undock in their Soyuz MS-24 "
    "spacecraft tomorrow.",
])
def test_events_crews_infinitive_tagged_as_noun_is_a_verb(nlp, text):
    undocking = only(events_of(nlp, text), "Undocking")
    assert undocking.status == "planned"
    assert undocking.spacecraft == "soyuz-ms-24"
    assert set(undocking.participants) == {"oleg-novitskiy", "loral-o-hara"}


@pytest.mark.parametrize("text", [
    "Tracy Dyson arrived at the International Space Station aboard the Soyuz MS-25 in March. The Soyuz MS-25 "
    "is scheduled to undock without crew on Friday.",
])
def test_events_crews_not_put_aboard_an_uncrewed_flight(nlp, text):
    undocking = only(events_of(nlp, text), "Undocking")
    assert undocking.participants == []


@pytest.mark.parametrize("text, launches", [
    ("New experiments are flying aboard the Soyuz MS-25 this week.", 0),
    ("Tracy Dyson flew aboard the Soyuz MS-25 in March.", 1),
])
def test_events_crews_only_people_fly_aboard(nlp, text, launches):
    assert len([e for e in events_of(nlp, text) if e.type == "Launch"]) == launches


@pytest.mark.parametrize("text, event_type, status, crew", [
    # an astronaut arriving at the station in a craft the sentence names: the craft docked
    ("Tracy Dyson arrived at the International Space Station last month after launching from Baikonur "
     "aboard the Soyuz MS-25 spacecraft.", "Docking", "occurred", {"tracy-dyson"}),
    # a past-tense verb the parser hung from the names before it is still the event
    ("Oleg Novitskiy and his crewmates, NASA astronaut Loral O'Hara and Tracy Dyson, undocked from the "
     "station in their Soyuz MS-24 capsule on Friday.", "Undocking", "occurred",
     {"oleg-novitskiy", "loral-o-hara", "tracy-dyson"}),
])
def test_events_crews_events_told_of_their_crew(nlp, text, event_type, status, crew):
    event = only(events_of(nlp, text), event_type)
    assert event.status == status
    assert set(event.participants) == crew


def test_events_crews_participle_shares_the_schedule(nlp):
    text = "Tracy Dyson is due to return to Earth in June, landing in the Soyuz MS-25 capsule on the steppe."
    landings = [e for e in events_of(nlp, text) if e.type == "Landing"]
    assert [e.status for e in landings] == ["planned"]


@pytest.mark.parametrize("text", [
    "Loral O'Hara captured the Soyuz MS-25 using the robotic arm on Friday, with Tracy Dyson acting as backup.",
])
def test_events_crews_arm_operators_are_not_aboard(nlp, text):
    docking = only(events_of(nlp, text), "Docking")
    assert docking.spacecraft == "soyuz-ms-25"
    assert docking.participants == []


@pytest.mark.parametrize("text, crew", [
    ("The Soyuz MS-25 spacecraft docked with the International Space Station on Friday. The crew, commander "
     "Oleg Novitskiy and first-time flyers Tracy Dyson and Loral O'Hara, later floated through the hatch.",
     {"oleg-novitskiy", "tracy-dyson", "loral-o-hara"}),
    # a country named with a member is no other vehicle
    ("The Soyuz MS-25 spacecraft docked with the International Space Station on Friday. The crew, Oleg "
     "Novitskiy, Loral O'Hara from Belarus and NASA's Tracy Dyson, later floated through the hatch.",
     {"oleg-novitskiy", "tracy-dyson", "loral-o-hara"}),
    # the station's crew is not the craft's
    ("The Soyuz MS-25 spacecraft docked with the International Space Station on Friday. The station crew, "
     "Oleg Novitskiy and Loral O'Hara, welcomed the new arrivals.", set()),
])
def test_events_crews_crew_noun_with_its_members(nlp, text, crew):
    docking = only(events_of(nlp, text), "Docking")
    assert set(docking.participants) == crew


@pytest.mark.parametrize("text", [
    # the mission's crew noun, its members listed in the next sentence
    ("The three members of Ax-9 are preparing to leave the International Space Station. Commander Oleg "
     "Novitskiy, pilot Tracy Dyson and mission specialist Loral O'Hara are scheduled to undock on Friday. "
     "The Ax-9 crew lifted off aboard Freedom on May 2."),
    # "the <mission> crew: ..." lists the crew of the craft that mission flew
    ("The Ax-9 crew lifted off aboard Crew Dragon Freedom on May 2. The Ax-9 crew: commander Oleg Novitskiy, "
     "pilot Tracy Dyson and mission specialist Loral O'Hara."),
])
def test_events_crews_of_a_mission_are_its_craft_crew(nlp, text):
    launch = only(events_of(nlp, text), "Launch")
    assert launch.spacecraft == "crew-dragon-freedom"
    assert set(launch.participants) == {"oleg-novitskiy", "tracy-dyson", "loral-o-hara"}


@pytest.mark.parametrize("text, crew", [
    ("Loral O'Hara and Tracy Dyson splashed down in Crew Dragon Freedom on Monday. The Freedom crew was greeted "
     "by the crew that flew on the Soyuz MS-24 in March.", set()),
    ("Loral O'Hara and Tracy Dyson packed their gear on Monday. The crew flew on the Soyuz MS-24 in March.",
     {"loral-o-hara", "tracy-dyson"}),
])
def test_events_crews_described_crew_is_no_anaphor(nlp, text, crew):
    launches = [e for e in events_of(nlp, text) if e.type == "Launch" and e.spacecraft == "soyuz-ms-24"]
    assert [set(e.participants) for e in launches] == ([crew] if crew else [])


def test_events_crews_craft_that_flew_up_empty_docks_empty(nlp):
    text = ("Russia launched an uncrewed Soyuz MS-25 spacecraft on Friday to bring home Oleg Novitskiy and Loral "
            "O'Hara. The capsule is due to dock with the International Space Station on Sunday. Novitskiy and "
            "O'Hara will return to Earth aboard Soyuz MS-25 in September.")
    events = events_of(nlp, text)
    assert only(events, "Docking").participants == []
    assert set(only(events, "Landing").participants) == {"oleg-novitskiy", "loral-o-hara"}


@pytest.mark.parametrize("text, dockings", [
    ("The Soyuz MS-25 carried a furnace. Loral O'Hara berthed it back in the payload bay on Friday.", 0),
    ("Loral O'Hara berthed the Soyuz MS-25 to the Unity module on Friday.", 1),
])
def test_events_crews_berthing_is_at_a_station_by_its_operator(nlp, text, dockings):
    found = [e for e in events_of(nlp, text) if e.type == "Docking"]
    assert len(found) == dockings
    assert all(e.participants == [] for e in found)
