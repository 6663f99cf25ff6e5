"""The entity stage: domain types, naming schemes, context for unknown people, canonicalisation, furniture.

Sentences are written for these tests (no article text is copied)."""

from __future__ import annotations

import pytest

from pipeline.model import Entity


def _entities(nlp, text: str) -> list[Entity]:
    return nlp(text)._.entities


def _find(entities: list[Entity], entity_type: str, label: str) -> Entity | None:
    return next((e for e in entities if e.type == entity_type and e.label == label), None)


@pytest.mark.parametrize("text, entity_type, label", [
    ("The Soyuz MS-24 spacecraft undocked from the station on Friday.", "Spacecraft", "Soyuz MS-24"),
    ("Progress 87 docked to the Poisk module of the International Space Station.", "Spacecraft", "Progress 87"),
    ("NASA's SpaceX Crew-8 mission launched from Florida.", "Mission", "Crew-8"),
    ("The four members of Expedition 71 gathered for a photo.", "Mission", "Expedition 71"),
    ("The SpaceX Cargo Dragon CRS-29 undocked on Thursday.", "Spacecraft", "Cargo Dragon CRS-29"),
    ("Northrop Grumman's Cygnus NG-21 arrived at the orbiting laboratory.", "Spacecraft", "Cygnus NG-21"),
    ("The Axiom Mission 3 crew returned home.", "Mission", "Axiom Mission 3"),
    ("The crew of Ax-2 spent eight days aboard the ISS.", "Mission", "Ax-2"),
    ("Crew Dragon Endeavour splashed down off Pensacola.", "Spacecraft", "Crew Dragon Endeavour"),
    ("Roscosmos cosmonaut Ivan Petrovsky-Volkov floated through the hatch.", "Astronaut", "Ivan Petrovsky-Volkov"),
    ("Veteran astronaut Jane Quimbly-Oduya will command the flight.", "Astronaut", "Jane Quimbly-Oduya"),
    ("The crew lifted off from the Baikonur Cosmodrome in Kazakhstan.", "Place", "Baikonur Cosmodrome"),
    ("Japan Aerospace Exploration Agency (JAXA) astronaut Satoshi Furukawa joined them.", "SpaceAgency",
     "Japan Aerospace Exploration Agency"),
    ("ESA astronaut Andreas Mogensen began his mission “Huginn” in August.", "Mission", "Huginn"),
])
def test_entities_recognition_domain_types(nlp, text: str, entity_type: str, label: str) -> None:
    entities = _entities(nlp, text)
    assert _find(entities, entity_type, label), [(e.type, e.label) for e in entities]


@pytest.mark.parametrize("text, absent_label", [
    ("Progress on the new experiment was slow this week.", "Progress"),
    ("The Alpha Magnetic Spectrometer detects cosmic rays.", "Alpha"),
    ("A Soyuz rocket lifted off with a weather satellite.", "Soyuz"),
    ("NASA Administrator spoke with Jane Smith about the budget.", "Jane Smith"),
    ("NASA Administrator Bill Nelson congratulated the crew.", "Bill Nelson"),
    ("The finals take place at The Astronauts Memorial Foundation in Florida.", "Memorial Foundation"),
    ("Astronaut Victor Glover and Pat Doe, second from right, director of safety, gave the awards.", "Pat Doe"),
    ("Career Journey: Building Strength as an Astronaut Fitness Trainer", "Fitness Trainer"),
    ("Russia launched an uncrewed cargo ship toward the station on Thursday.", "Russia"),  # the state acting
])
def test_entities_recognition_no_false_friends(nlp, text: str, absent_label: str) -> None:
    labels = [e.label for e in _entities(nlp, text)]
    assert absent_label not in labels, labels


@pytest.mark.parametrize("text, entity_type, label, forms", [
    ("ESA astronaut Luca Parmitano landed on Thursday. Luca spent 201 days in space, and Parmitano "
     "will now rest.", "Astronaut", "Luca Parmitano", {"Luca Parmitano", "Luca", "Parmitano"}),
    ("The crew arrived at the International Space Station on Monday. The orbiting laboratory now hosts "
     "seven people, and the outpost is busy.", "SpaceStation", "International Space Station",
     {"International Space Station", "orbiting laboratory", "outpost"}),
    ("Russian cosmonaut Oleg Skripocha took command of the station.", "Astronaut", "Oleg Skripochka",
     {"Oleg Skripocha"}),
    ("The Soyuz MS-22 spacecraft was damaged, so the Soyuz returned empty.", "Spacecraft", "Soyuz MS-22",
     {"Soyuz MS-22", "Soyuz"}),
])
def test_entities_recognition_one_entity_per_thing(nlp, text: str, entity_type: str, label: str,
                                                   forms: set[str]) -> None:
    entities = [e for e in _entities(nlp, text) if e.type == entity_type]
    assert len(entities) == 1, [(e.label, e.surface_forms) for e in entities]
    entity = entities[0]
    assert entity.label == label
    surface = {m.text.removeprefix("the ").removeprefix("The ") for m in entity.mentions}
    assert forms <= surface, surface
    for mention in entity.mentions:
        assert mention.text  # offsets are exercised in test_entities_contract


@pytest.mark.parametrize("text, astronaut, agency_key, wikidata", [
    ("ESA astronaut Thomas Pesquet shared a photo.", "Thomas Pesquet", "european-space-agency", "Q512266"),
    ("JAXA (Japan Aerospace Exploration Agency) astronaut Kenzo Imaginario spoke.", "Kenzo Imaginario",
     "jaxa", None),
])
def test_entities_recognition_agency_and_wikidata(nlp, text: str, astronaut: str, agency_key: str,
                                                  wikidata: str | None) -> None:
    entities = _entities(nlp, text)
    person = _find(entities, "Astronaut", astronaut)
    assert person is not None, [(e.type, e.label) for e in entities]
    assert person.agency == agency_key
    assert person.wikidata == wikidata
    assert any(e.type == "SpaceAgency" and e.key == agency_key for e in entities)


@pytest.mark.parametrize("text", [
    "Go to topicCosmonaut news from Baikonur and the ISS\nThank you for liking\n"
    "You have already liked this page, you can only like it once!\n"
    "The hatch opened at noon.",
])
def test_entities_recognition_ignores_furniture(nlp, text: str) -> None:
    doc = nlp(text)
    assert doc._.furniture
    assert doc._.entities == []
    assert list(doc.ents) == []


@pytest.mark.parametrize("text, label", [
    ("BAIKONUR, Kazakhstan (Reuters) - A Soyuz rocket lifted off on Friday.", "Baikonur"),
])
def test_entities_recognition_dateline_places(nlp, text: str, label: str) -> None:
    assert _find(_entities(nlp, text), "Place", label)
