"""Places: every place an article names (countries, states, towns, regions, seas, facilities, datelines),
not a place's name inside an organisation's, not a country standing for its government.

Sentences are written for these tests (no article text is copied)."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> set[str]:
    return {e.label for e in nlp(text)._.entities if e.type == "Place"}


@pytest.mark.parametrize("text, expected", [
    ("HOUSTON (Reuters) - Two astronauts finished a spacewalk on Tuesday.", {"Houston"}),
    ("Flight controllers in Toulouse, France, and Cologne, Germany, followed the approach.",
     {"Toulouse", "France", "Cologne", "Germany"}),
    ("The crew trained at the Gagarin Cosmonaut Training Center outside Moscow before flying to Kazakhstan.",
     {"Gagarin Cosmonaut Training Center", "Moscow", "Kazakhstan"}),
    ("The cargo ship lifted off from the Yoshinobu Launch Complex on an H-IIB rocket.", {"Yoshinobu Launch Complex"}),
    ("The capsule came down in the Gulf of Mexico, west of Tampa.", {"Gulf of Mexico", "Tampa"}),
    # splashdown zones and recovery areas
    ("The capsule splashed down near the Dry Tortugas, west of Key West.", {"Dry Tortugas", "Key West"}),
    ("Recovery teams waited in the Straits of Florida and off Galveston.", {"Straits of Florida", "Galveston"}),
    ("The spacecraft was built in Hawthorne, California, and shipped to Florida.",
     {"Hawthorne", "California", "Florida"}),
    ("The agency's headquarters in Longueuil, Quebec, hosted the briefing.", {"Longueuil", "Quebec"}),
    ("The return capsule landed in the Inner Mongolia Autonomous Region at dawn.",
     {"Inner Mongolia Autonomous Region"}),
    ("The rocket rolled out at Europe's Spaceport in French Guiana.", {"Europe's Spaceport", "French Guiana"}),
    ("Recovery ships waited in the South Pacific for the uncrewed capsule.", {"South Pacific"}),
    ("The sensor was tested at a plant in Pocatello, Idaho, last spring.", {"Pocatello", "Idaho"}),
    ("The agency's offices in Saint-Hubert, Quebec, hosted reporters.", {"Saint-Hubert", "Quebec"}),
    ("Engineers in Webster, Texas, near Houston, built the trainer.", {"Webster", "Texas", "Houston"}),
    ("The capsule came down in Hainan Province near the South China Sea.", {"Hainan Province", "South China Sea"}),
    ("KOROLEV, Russia (Reuters) - Flight controllers said the crew was well.", {"Korolev", "Russia"}),
    ("LAS CRUCES, N.M. (AP) - The spaceport hosted its first crewed flight.", {"Las Cruces"}),
    ("The capsule splashed down in the Atlantic off Jacksonville at dusk.", {"Atlantic", "Jacksonville"}),
])
def test_entities_places_found(nlp, text: str, expected: set[str]) -> None:
    places = _places(nlp, text)
    assert expected <= places, places


@pytest.mark.parametrize("text, absent", [
    ("Students at the University of Houston built the payload.", "Houston"),
    ("The Houston Chronicle reported the delay on its front page.", "Houston"),
    ("Engineers from Virginia Tech and Texas A&M joined the review.", "Virginia"),
    ("Russia launched an uncrewed cargo ship on Thursday.", "Russia"),
    ("China's Shenzhou-14 crew returned after six months in orbit.", "China"),
    ("The Russian and Japanese crew members shook hands.", "Russia"),
    ("BREAKING NEWS - The crew launches today.", "Breaking News"),
    ("Students from Florida State University built the payload.", "Florida"),
    ("The dictionary by Noah Webster sat on the shelf.", "Webster"),
    ("The rocket lifted off at 9:24 a.m. Moscow time.", "Moscow"),
    ("The launch window opens at 10 a.m. Pacific Time.", "Pacific"),
])
def test_entities_places_not_found(nlp, text: str, absent: str) -> None:
    places = _places(nlp, text)
    assert absent not in places, places
