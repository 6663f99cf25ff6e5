"""A crew that flew two vehicles: each event takes the craft and the people its own sentences name. A
person a clause puts aboard another craft ("who had arrived on Endeavour") does not join this craft's
launch; "the two" stands for the pair named before; a crew listed in its own sentence joins the launch."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Scott Kelly", "Astronaut", "scott-kelly"),
    ("Mikhail Kornienko", "Astronaut", "mikhail-kornienko"),
    ("Sergey Volkov", "Astronaut", "sergey-volkov"),
    ("Volkov", "Astronaut", "sergey-volkov"),
    ("Kelly", "Astronaut", "scott-kelly"),
    ("Kornienko", "Astronaut", "mikhail-kornienko"),
    ("Soyuz TMA-18M", "Spacecraft", "soyuz-tma-18m"),
    ("Soyuz TMA-16M", "Spacecraft", "soyuz-tma-16m"),
    ("Soyuz", "Spacecraft", "soyuz"),
    ("Space Shuttle Discovery", "Spacecraft", "space-shuttle-discovery"),
    ("Discovery", "Spacecraft", "space-shuttle-discovery"),
    ("Endeavour", "Spacecraft", "space-shuttle-endeavour"),
    ("Nicole Stott", "Astronaut", "nicole-stott"),
    ("Stott", "Astronaut", "nicole-stott"),
    ("Timothy Kopra", "Astronaut", "timothy-kopra"),
    ("Kopra", "Astronaut", "timothy-kopra"),
    ("Shenzhou-17", "Spacecraft", "shenzhou-17"),
    ("Tang Hongbo", "Astronaut", "tang-hongbo"),
    ("Tang Shengjie", "Astronaut", "tang-shengjie"),
    ("Jiang Xinlin", "Astronaut", "jiang-xinlin"),
    ("Kazakhstan", "Place", "kazakhstan"),
    ("Space Shuttle Atlantis", "Spacecraft", "space-shuttle-atlantis"),
    ("Scott Altman", "Astronaut", "scott-altman"),
    ("Gregory Johnson", "Astronaut", "gregory-johnson"),
    ("Megan McArthur", "Astronaut", "megan-mcarthur"),
]


def events_of(nlp, text):
    return run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2016, 3, 2)))._.events


def one(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, found
    return found[0]


def test_events_crew_two_vehicles_each_event_its_own_craft_and_people(nlp):
    text = ("Scott Kelly and Mikhail Kornienko landed in Kazakhstan on Tuesday aboard Soyuz TMA-18M. The two "
            "launched aboard a different capsule, Soyuz TMA-16M, a year earlier. Sergey Volkov, who arrived "
            "in September aboard TMA-18M, returned with them.")
    events = events_of(nlp, text)
    launch, landing = one(events, "Launch"), one(events, "Landing")
    assert launch.spacecraft == "soyuz-tma-16m"
    assert set(launch.participants) == {"scott-kelly", "mikhail-kornienko"}
    assert landing.spacecraft == "soyuz-tma-18m"
    assert "sergey-volkov" not in launch.participants


@pytest.mark.parametrize("text", [
    "Discovery launched on Aug. 28 with seven astronauts. Stott came home aboard Space Shuttle Discovery in "
    "March, while Timothy Kopra, who had arrived on Endeavour, returned on Discovery too.",
    "Discovery launched on Aug. 28. Nicole Stott and Timothy Kopra landed aboard Space Shuttle Discovery in "
    "March. Kopra had flown up on Endeavour.",
])
def test_events_crew_arrived_on_another_craft_not_at_this_launch(nlp, text):
    events = [e for e in events_of(nlp, text) if e.spacecraft == "space-shuttle-discovery"]
    launch, landing = one(events, "Launch"), one(events, "Landing")
    assert "timothy-kopra" in landing.participants
    assert "timothy-kopra" not in launch.participants
    assert "nicole-stott" in launch.participants


@pytest.mark.parametrize("text", [
    "Shenzhou-17 launched on Oct. 26. Tang Hongbo, Tang Shengjie and Jiang Xinlin made up the crew.",
    "The Shenzhou-17 crew of Tang Hongbo, Tang Shengjie and Jiang Xinlin lifted off on Oct. 26.",
])
def test_events_crew_listed_in_its_own_sentence_joins_the_launch(nlp, text):
    launch = one(events_of(nlp, text), "Launch")
    assert launch.spacecraft == "shenzhou-17"
    assert set(launch.participants) == {"tang-hongbo", "tang-shengjie", "jiang-xinlin"}


def test_events_crew_named_for_the_return_does_not_grow_by_the_launch_crew(nlp):
    text = ("Soyuz TMA-16M launched with Scott Kelly, Mikhail Kornienko and Sergey Volkov aboard. Volkov "
            "will remain aboard the station while Kelly and Kornienko return to Earth in Soyuz TMA-16M after a year.")
    events = events_of(nlp, text)
    launch, landing = one(events, "Launch"), one(events, "Landing")
    assert set(launch.participants) == {"scott-kelly", "mikhail-kornienko", "sergey-volkov"}
    assert set(landing.participants) == {"scott-kelly", "mikhail-kornienko"}


@pytest.mark.parametrize("text", [
    "The crew: commander Scott Altman, pilot Gregory Johnson and mission specialist Megan McArthur. Space "
    "Shuttle Atlantis lifted off on May 11 and landed on May 24.",
    "Space Shuttle Atlantis lifted off on May 11 and landed on May 24. The crew: commander Scott Altman, pilot "
    "Gregory Johnson and mission specialist Megan McArthur.",
])
def test_events_crew_list_before_or_after_the_craft(nlp, text):
    events = events_of(nlp, text)
    crew = {"scott-altman", "gregory-johnson", "megan-mcarthur"}
    assert set(one(events, "Launch").participants) == crew
    assert set(one(events, "Landing").participants) == crew



def test_events_crew_list_not_followed_by_a_craft_subject_names_no_crew(nlp):
    text = ("The crew: commander Scott Altman, pilot Gregory Johnson and mission specialist Megan McArthur. "
            "Engineers inspected the heat shield of Space Shuttle Atlantis in July.")
    assert [e for e in events_of(nlp, text) if e.participants] == []


def test_events_crew_return_named_with_its_crew_ignores_the_launch_crew_statement(nlp):
    text = ("Soyuz TMA-16M launched on Friday. Scott Kelly flew it, accompanied by Mikhail Kornienko and Sergey "
            "Volkov. Later, Kelly and Kornienko returned to Earth in Soyuz TMA-16M after a year.")
    events = events_of(nlp, text)
    assert "sergey-volkov" in one(events, "Launch").participants
    assert set(one(events, "Landing").participants) == {"scott-kelly", "mikhail-kornienko"}


@pytest.mark.parametrize("text", [
    "Soyuz TMA-16M launched with Scott Kelly and Mikhail Kornienko in March. Kelly became the first American "
    "to launch on a Soyuz since Timothy Kopra in 2015.",
])
def test_events_crew_record_comparison_is_no_crew_and_no_time(nlp, text):
    launches = [e for e in events_of(nlp, text) if e.type == "Launch"]
    assert all("timothy-kopra" not in e.participants for e in launches)
    assert all(e.time is None or e.time.value != "2015" for e in launches)


def test_events_crew_joining_the_residents_are_not_the_arrivals(nlp):
    text = ("Soyuz TMA-16M docked on Friday with Scott Kelly and Mikhail Kornienko aboard, joining station "
            "crew members Timothy Kopra and Sergey Volkov.")
    docking = one(events_of(nlp, text), "Docking")
    assert set(docking.participants) == {"scott-kelly", "mikhail-kornienko"}
