"""A bare kind word ("Dragon") joins the one narrower kind the article names ("cargo Dragon") when no
vehicle of its own is named, stays the generic kind when two narrower kinds are named, and joins the named
vehicle just before it. Sentences are written for these tests."""

from __future__ import annotations

import pytest


def _craft(nlp, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {e.key: [doc.text[m.start:m.end] for m in e.mentions] for e in doc._.entities
            if e.type == "Spacecraft"}


def test_entities_bare_kind_joins_the_one_narrower_kind(nlp) -> None:
    craft = _craft(nlp, "A SpaceX cargo Dragon undocked from the station on Monday. Dragon will carry "
                        "experiments back to Earth.")
    assert set(craft) == {"cargo-dragon"}, craft
    assert "Dragon" in craft["cargo-dragon"]


def test_entities_bare_kind_with_two_narrower_kinds_stays_generic(nlp) -> None:
    craft = _craft(nlp, "NASA said the Crew Dragon and the cargo Dragon share a design. Dragon is reusable.")
    assert "Dragon" not in craft.get("cargo-dragon", []) + craft.get("crew-dragon", []), craft


@pytest.mark.parametrize("text, key, bare", [
    ("The Soyuz MS-25 spacecraft docked on Monday. Two days later the Soyuz MS-24 undocked. The Soyuz "
     "carried three people home.", "soyuz-ms-24", "Soyuz"),
    ("Crew Dragon Endeavour undocked first. Later the Dragon splashed down off Florida.",
     "crew-dragon-endeavour", "Dragon"),
])
def test_entities_bare_kind_joins_the_vehicle_named_before(nlp, text: str, key: str, bare: str) -> None:
    craft = _craft(nlp, text)
    assert bare in craft.get(key, []), craft
