"""Historic craft, 1984-86 shuttle flight numbers, station call signs, facilities and pads (sentences
written for these tests)."""

from __future__ import annotations

import pytest


def _labels(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.type, e.label) for e in nlp(text)._.entities}


@pytest.mark.parametrize("text, expected", [
    ("Cosmonauts have flown from Baikonur ever since Yuri Gagarin's Vostok launch in 1961.",
     ("Spacecraft", "Vostok")),
    ("Alexei Leonov left the Voskhod 2 capsule for the first spacewalk.", ("Spacecraft", "Voskhod 2")),
    ("John Glenn orbited the Earth three times in Friendship 7.", ("Spacecraft", "Friendship 7")),
    ("The orbiter first flew on STS-41-D in 1984.", ("Mission", "STS-41-D")),
    ("Challenger was lost on STS-51-L in January 1986.", ("Mission", "STS-51-L")),
    ("The orbiter rolled out on the Shuttle Landing Facility's Runway 15 at dawn.",
     ("Place", "Shuttle Landing Facility")),
    ("They finally launched from pad 39A at 2:31 a.m. EDT.", ("Place", "Launch Complex 39A")),
    ("The capsule splashed down off the California coast before noon.", ("Place", "California coast")),
    ("The crew will prepare for the arrival of the SpaceX Dragon cargo spacecraft.", ("Spacecraft", "Dragon")),
    ("Thomas Pesquet's second flight to the station is called Alpha.", ("Mission", "Alpha")),
    ("ESA astronaut Luca Parmitano began the mission Alpha phase of his training.", ("Mission", "Alpha")),
])
def test_entities_coverage_found(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in _labels(nlp, text)


@pytest.mark.parametrize("text, unexpected", [
    ('The commander asked that the complex be called by the radio call sign "Alpha".', ("Mission", "Alpha")),
    ("The orbiter first flew on STS-41-D in 1984.", ("Mission", "STS-41")),
    ("They finally launched from pad 39A at 2:31 a.m. EDT.", ("Place", "39A")),
    ("The capsule splashed down off the California coast before noon.", ("Place", "California")),
    ("The Vostok research station in Antarctica recorded the cold.", ("Spacecraft", "Vostok")),
])
def test_entities_coverage_not_found(nlp, text: str, unexpected: tuple[str, str]) -> None:
    assert unexpected not in _labels(nlp, text)


@pytest.mark.parametrize("text, key", [
    ("Roscosmos' Mission Control Center in Korolev tracked the Progress.", "moscow-mission-control"),
    ("Flight directors at the Mission Control Center in Houston monitored the spacewalk.",
     "mission-control-center-houston"),
])
def test_entities_mission_control_key(nlp, text: str, key: str) -> None:
    assert key in {e.key for e in nlp(text)._.entities if e.type == "Place"}


@pytest.mark.parametrize("text, module, expected", [
    ("The shuttle lifted off carrying the Tranquility node to the station.", "Tranquility", True),
    ("The Nauka module docked with the station's Zvezda module on Thursday.", "Nauka", True),
    ("Controllers used the arm to grab Rassvet and attach it to the station.", "Rassvet", True),
    ("The Crew Dragon docked to the forward port of the station's Harmony module.", "Harmony", False),
    ("The crew worked on experiments inside the Kibo laboratory of the station.", "Kibo", False),
    ("The Sea of Tranquility was the first landing site on the Moon.", "Tranquility", False),
])
def test_entities_station_module_in_flight(nlp, text: str, module: str, expected: bool) -> None:
    assert (("Spacecraft", module) in _labels(nlp, text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("The three astronauts of the Shenzhou-30 mission entered the station. The Shenzhou-30 spaceship docked "
     "at dawn.", {("Mission", "Shenzhou-30"), ("Spacecraft", "Shenzhou-30")}),
    ("The Shenzhou-30 spaceship lifted off on Wednesday and docked with the station.",
     {("Spacecraft", "Shenzhou-30")}),
    ("Cai Xuzhe previously flew as part of the Shenzhou-14 mission.", {("Mission", "Shenzhou-14")}),
    ("The resupply mission, known as NG-30, lifted off on Saturday aboard an Antares rocket.",
     {("Mission", "NG-30")}),
    ("The Cygnus NG-30 spacecraft lifted off on Saturday aboard an Antares rocket.",
     {("Spacecraft", "Cygnus NG-30")}),
])
def test_entities_flight_and_craft_of_one_name(nlp, text: str, expected: set[tuple[str, str]]) -> None:
    found = {(e.type, e.label) for e in nlp(text)._.entities if e.type in {"Mission", "Spacecraft"}}
    assert found == expected
    keys = [e.key for e in nlp(text)._.entities]
    assert len(keys) == len(set(keys))  # the flight and the craft never share a key
