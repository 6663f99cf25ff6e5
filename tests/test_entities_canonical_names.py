"""Canonical names: full official names, historical names as the article writes them, a vehicle named only
as a mission, a bare name two vehicles share.

Sentences are written for these tests (no article text is copied)."""

from __future__ import annotations

import pytest

from pipeline.model import Entity


def _labels(nlp, text: str) -> set[tuple[str, str]]:
    entities: list[Entity] = nlp(text)._.entities
    return {(e.type, e.label) for e in entities}


@pytest.mark.parametrize("text, expected, not_expected", [
    # the name as the article writes it, not a fuller official one it never uses
    ("NASA astronaut Tracy Dyson boarded the Soyuz MS-25 spacecraft.",
     ("Astronaut", "Tracy Dyson"), ("Astronaut", "Tracy Caldwell Dyson")),
    ("The station's robotic arm captured NG-21 at 5:07 a.m.",
     ("Spacecraft", "NG-21"), ("Spacecraft", "Cygnus NG-21")),
    ("Orbital ATK's OA-7 freighter arrived with supplies.",
     ("Spacecraft", "OA-7"), ("Spacecraft", "Cygnus NG-7")),
    # renamed places and agencies keep the name the article uses
    ("The Falcon 9 lifted off from Cape Canaveral Air Force Station in 2012.",
     ("Place", "Cape Canaveral Air Force Station"), ("Place", "Cape Canaveral Space Force Station")),
    ("The rocket lifted off from Cape Canaveral Space Force Station in Florida.",
     ("Place", "Cape Canaveral Space Force Station"), ("Place", "Cape Canaveral Air Force Station")),
    ("Two astronauts of the Saudi Space Commission joined the private flight.",
     ("SpaceAgency", "Saudi Space Commission"), ("SpaceAgency", "Saudi Space Agency")),
    ("The satellite launched from Vandenberg Air Force Base in California.",
     ("Place", "Vandenberg Air Force Base"), ("Place", "Vandenberg Space Force Base")),
    # a vehicle's name written only before "mission" is the mission
    ("Wang previously flew to the core module as part of the Shenzhou-12 mission.",
     ("Mission", "Shenzhou-12"), ("Spacecraft", "Shenzhou-12")),
])
def test_entities_canonical_names(nlp, text: str, expected: tuple[str, str],
                                  not_expected: tuple[str, str]) -> None:
    labels = _labels(nlp, text)
    assert expected in labels, labels
    assert not_expected not in labels, labels


@pytest.mark.parametrize("text", [
    "The Shenzhou-19 spaceship docked at dawn. The Shenzhou-19 mission lasts six months.",
    "The Shenzhou-19 mission lifted off from Jiuquan on Wednesday with three astronauts.",  # its launch needs it
])
def test_entities_canonical_vehicle_named_otherwise_stays_a_spacecraft(nlp, text: str) -> None:
    labels = _labels(nlp, text)
    assert ("Spacecraft", "Shenzhou-19") in labels and ("Mission", "Shenzhou-19") not in labels, labels


@pytest.mark.parametrize("text, expected, not_expected", [
    ("The orbiter Endeavour rolled to the pad for STS-134. Endeavour lifted off on a Monday.",
     "space-shuttle-endeavour", "crew-dragon-endeavour"),
    ("The SpaceX Dragon Endeavour splashed down off Florida. Endeavour had spent a week at the station.",
     "crew-dragon-endeavour", "space-shuttle-endeavour"),
])
def test_entities_canonical_shared_bare_name(nlp, text: str, expected: str, not_expected: str) -> None:
    keys = {e.key for e in nlp(text)._.entities if e.type == "Spacecraft"}
    assert expected in keys and not_expected not in keys, keys


@pytest.mark.parametrize("text, expected", [
    ("Liftoff is targeted from Space Launch Complex-41 at dawn.", ("Place", "Space Launch Complex 41")),
    ("Liftoff is targeted from Space Launch Complex 4E on the coast.", ("Place", "Space Launch Complex 4E")),
    ("The crew touched down on Kazakhstan's steppe after three hours.", ("Place", "Kazakhstan")),
    ("The crew touched down on the Kazakh steppe after three hours.", ("Place", "Kazakh Steppe")),
    ("The orbiter rolled to a stop on the Shuttle Landing Facility runway.", ("Place", "Shuttle Landing Facility")),
    ("The Soyuz MS-27 rocket stood on Site 31 at Baikonur.", ("Place", "Site 31")),
    ("New Shepard's NS-29 flight carried research payloads.", ("Mission", "NS-29")),
    ("The HTV-X1 spacecraft reached the orbiting laboratory.", ("Spacecraft", "HTV-X1")),
    ("Polish Space Agency (POLSA) astronaut Sławosz Uznański-Wiśniewski flew on Ax-4.",
     ("SpaceAgency", "Polish Space Agency")),
    ("Roscosmos cosmonaut Aleksandr Gorbunov launched on Crew-9.", ("Astronaut", "Aleksandr Gorbunov")),
    ("Shenzhou-21 crew member Zhang Hongzhang is a payload specialist.", ("Astronaut", "Zhang Hongzhang")),
])
def test_entities_canonical_coverage(nlp, text: str, expected: tuple[str, str]) -> None:
    labels = _labels(nlp, text)
    assert expected in labels, labels


@pytest.mark.parametrize("text, expected", [
    ("Left: STS-41 astronauts inspect the heat shield tiles on Atlantis.", ("Spacecraft", "Atlantis")),
    ("Recovery divers reached Dragon Endeavour within minutes.", ("Spacecraft", "Dragon Endeavour")),
    ("The Titan rocket waited at Cape Canaveral's Launch Pad 19.", ("Place", "Launch Pad 19")),
    ("The crew trained at the Manned Spacecraft Center in 1968.", ("Place", "Manned Spacecraft Center")),
])
def test_entities_canonical_bare_and_historical(nlp, text: str, expected: tuple[str, str]) -> None:
    labels = _labels(nlp, text)
    assert expected in labels, labels


@pytest.mark.parametrize("text", [
    "Students from the District of Columbia watched the shuttle launch on television.",
    "The Discovery Program picked two planetary missions; the shuttle era had ended.",
    "The Challenger Center hosts classes about the space shuttle.",
])
def test_entities_canonical_ambiguous_word_inside_other_name(nlp, text: str) -> None:
    spacecraft = {e.label for e in nlp(text)._.entities if e.type == "Spacecraft"}
    assert not spacecraft, spacecraft


@pytest.mark.parametrize("text, found", [
    ("SpaceX's Crew Dragon Endurance launched. Endurance training is part of every crew's preparation.", 1),
    ("SpaceX's Crew Dragon Endurance launched. Endurance docked to the station a day later.", 2),
])
def test_entities_canonical_common_word_opening_a_sentence(nlp, text: str, found: int) -> None:
    craft = [e for e in nlp(text)._.entities if e.label == "Crew Dragon Endurance"]
    assert len(craft) == 1 and len(craft[0].mentions) == found, craft


@pytest.mark.parametrize("text, label, mentions", [
    ("Northrop Grumman's Cygnus NG-20 launched on Tuesday. Cygnus is scheduled for capture at 4:20 a.m. by the "
     "station's robotic arm.", "Cygnus NG-20", 2),
    ("Axiom Space will resume coverage of Dragon’s re-entry after the SpaceX flight.", "Dragon", 1),
])
def test_entities_canonical_bare_vehicle_in_an_article_about_it(nlp, text: str, label: str, mentions: int) -> None:
    found = [e for e in nlp(text)._.entities if e.type == "Spacecraft" and e.label == label]
    assert found and len(found[0].mentions) == mentions, found


def test_entities_canonical_common_word_without_vehicle_article(nlp) -> None:
    assert not [e for e in nlp("The Draco constellation resembles a dragon. Dragon kites flew.")._.entities
                if e.type == "Spacecraft"]
