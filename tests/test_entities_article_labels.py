"""The label is the canonical name when the article writes it, else the article's own fullest proper name
for the thing; the key (and so the IRI) stays the gazetteer's, so articles still meet on one node.

Sentences are written for these tests (no article text is copied)."""

from __future__ import annotations

import pytest

from pipeline.model import Entity


def _by_key(nlp, text: str) -> dict[str, Entity]:
    return {e.key: e for e in nlp(text)._.entities}


@pytest.mark.parametrize("text, key, label", [
    # the article never writes the canonical name: its own form is the label
    ("After four days, the crew splashed down aboard the SpaceX Dragon Freedom.", "crew-dragon-freedom",
     "Dragon Freedom"),
    ("JAXA confirmed the cargo ship's capture on Monday.", "jaxa", "JAXA"),
    ("The Dragon spacecraft Freedom undocked and splashed down off Florida.", "crew-dragon-freedom", "Freedom"),
    ("Atlantis lifted off on the STS-135 mission in July.", "space-shuttle-atlantis", "Atlantis"),
    ("NASA astronaut Tracy Dyson boarded the spacecraft.", "tracy-caldwell-dyson", "Tracy Dyson"),
    ("The capsule touched down on the steppe of Kazakhstan at noon.", "kazakhstan", "Kazakhstan"),
    ("The capsule touched down in the Kazakh Steppe at noon.", "kazakh-steppe", "Kazakh Steppe"),
    ("Cosmonaut Oleg Novitsky landed in Soyuz MS-18.", "oleg-novitskiy", "Oleg Novitsky"),
    # an acronym the article puts in brackets after the name is not part of the label
    ("Wakata arrived at the International Space Station (ISS) in November.", "international-space-station",
     "International Space Station"),
    # every form is shared with other things ("Dragon", "Endeavour"): the one fewest share is the name
    ("Four astronauts were strapped into the Dragon named Endeavour. Endeavour docked a day later.",
     "crew-dragon-endeavour", "Endeavour"),
    # the article writes the canonical name too: it wins over longer forms
    ("The Japan Aerospace Exploration Agency (JAXA) said JAXA's ship was ready.", "jaxa",
     "Japan Aerospace Exploration Agency"),
    ("Crew Dragon Endeavour undocked. The SpaceX Dragon Endeavour splashed down.", "crew-dragon-endeavour",
     "Crew Dragon Endeavour"),
    # a description or a fragment is no name: the canonical name stays
    ("The orbiting laboratory flew over Europe.", "international-space-station", "International Space Station"),
    ("Luca will now return to ESA's Astronaut Centre for debriefing.", "european-astronaut-centre",
     "European Astronaut Centre"),
    # a plural in a list, or a descriptor capitalised in a headline, is not the name
    ("During Expeditions 68 and 69, the crew ran 200 experiments.", "expedition-68", "Expedition 68"),
    ("NASA Orion Capsule Completes Thermal Tests\n\nEngineers tested the vehicle.", "orion", "Orion"),
    # a kind's generic head noun is no part of its name, even where the article writes it
    ("Decades ago, an American Apollo spacecraft met a Soviet Soyuz in orbit.", "apollo-spacecraft", "Apollo"),
    ("The Gemini spacecraft splashed down in the Atlantic.", "gemini-spacecraft", "Gemini"),
    # a misspelling corrected by the fuzzy match is not the label
    ("Cosmonaut Oleg Skripocha and astronaut Scott Kelly landed.", "oleg-skripochka", "Oleg Skripochka"),
])
def test_entities_article_label(nlp, text: str, key: str, label: str) -> None:
    entities = _by_key(nlp, text)
    assert key in entities, {k: e.label for k, e in entities.items()}
    assert entities[key].label == label


def test_entities_article_label_keeps_wikidata(nlp) -> None:
    entities = _by_key(nlp, "JAXA confirmed the capture.")
    assert entities["jaxa"].label == "JAXA" and entities["jaxa"].wikidata == "Q179103"
